package nlp

// The labeller names each arc as the parser adds it. By then the dependent
// has all its own dependents ("by" under an agent, "to" under an oblique),
// and the labels it picks become features for the parser's later moves.

const rootLabel = 0 // labels[0] is "root", given only to the word under the root

func (st *pstate) labelFeats(buf []uint64, h, d int32) []uint64 {
	w := func(i int32) uint64 {
		switch {
		case i < 0:
			return noWord
		case int(i) >= st.n:
			return noWord + 1
		}
		return st.ws[i].low
	}
	p := func(i int32) uint64 {
		switch {
		case i < 0:
			return noTag
		case int(i) >= st.n:
			return rootTag
		}
		return uint64(st.tags[i])
	}
	dir := boolU(d < h)
	dist := distBucket(abs(int(h - d)))
	dw, dp, hw, hp := w(d), p(d), w(h), p(h)
	buf = append(buf,
		feat1(300, 0),
		feat1(301, dp), feat1(302, dw), feat2(303, dw, dp),
		feat1(304, hp), feat1(305, hw), feat2(306, hp, dp), feat3(307, hp, dp, dir),
		feat2(308, hw, dp), feat2(309, hp, dw), feat2(310, hw, dw),
		feat3(311, dist, dir, dp), feat4(313, dir, dist, hp, dp),
		feat2(315, valency(st.nl[d]+st.nr[d]), dp),
		feat2(316, boolU(d == 0), dp), feat2(317, w(d-1), dp), feat2(318, w(d+1), dp),
		feat1(319, st.ws[d].raw), feat2(320, st.ws[d].suf[2], dp),
		feat3(322, p(d-1), dp, hp), feat3(323, p(d+1), dp, hp),
		feat3(324, st.lset[d], st.rset[d], dp), feat3(325, st.lset[h], st.rset[h], hp),
		feat3(326, p(h+1), hp, dp), feat3(327, p(h-1), hp, dp),
	)
	// A few dependents on each side say most: the case marker or auxiliary
	// of the dependent, the subject or object the head already has.
	k := 0
	for c := st.kid[d]; c >= 0 && k < 4; c = st.sib[c] {
		cw, cp := w(c), p(c)
		buf = append(buf, feat2(330, cw, cp), feat3(331, cw, dp, boolU(c < d)), feat3(334, uint64(st.lab[c]), dp, hp))
		k++
	}
	k = 0
	for c := st.kid[h]; c >= 0 && k < 4; c = st.sib[c] {
		side := boolU(c < d)
		buf = append(buf, feat4(340, w(c), p(c), side, dp), feat4(342, uint64(st.lab[c]), side, dp, hp))
		k++
	}
	return buf
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// bestLabel picks the highest scoring label other than root.
func bestLabel(scores []int32) int32 {
	best := 1
	for i := 2; i < len(scores); i++ {
		if scores[i] > scores[best] {
			best = i
		}
	}
	return int32(best)
}

func bestLabelF(scores []float32) int {
	best := 1
	for i := 2; i < len(scores); i++ {
		if scores[i] > scores[best] {
			best = i
		}
	}
	return best
}

// labelSet lists the labels of a treebank, root first.
func labelSet(train []Sentence) ([]string, map[string]int) {
	labels := []string{"root"}
	index := map[string]int{"root": rootLabel}
	for _, s := range train {
		for _, t := range s.Tokens {
			if _, ok := index[t.Dep]; !ok && t.Head >= 0 {
				index[t.Dep] = len(labels)
				labels = append(labels, t.Dep)
			}
		}
	}
	return labels, index
}

type labeler struct {
	labels []string
	t      *table
}
