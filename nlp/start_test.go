package nlp

import (
	"slices"
	"testing"
)

// TestStartRows checks that starting scores from the precomputed rows of
// the leading features gives the same scores as looking up every feature,
// for the tagger, the parser and the labeller on dev sentences.
func TestStartRows(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	dev := readUD(t, "dev")[:200]
	tstarts := m.tagger.t.startRows(tagStarts)
	mstart := m.parser.t.startRows(moveBias)[0]
	lstart := m.labeler.t.startRows(labelBias)[0]
	full := func(tb *table, feats []uint64) []int32 {
		s := make([]int32, tb.nclass)
		tb.scoreSlow(feats, s)
		return s
	}
	quick := func(tb *table, start []int32, feats []uint64) []int32 {
		s := slices.Clone(start)
		tb.score(feats, s)
		return s
	}
	checked := 0
	for i := range dev {
		ws := describeAll(nil, &dev[i])
		m.tagger.lex.fill(ws)
		tags, _ := m.tagger.tag(ws, nil, nil, make([]int32, len(m.tagger.classes)))
		for j := range ws {
			f := tagFeats(nil, ws, tags, j)
			if got, want := quick(m.tagger.t, tstarts[flagIndex(&ws[j])], f[2:]), full(m.tagger.t, f); !slices.Equal(got, want) {
				t.Fatalf("sentence %d word %d: tagger scores %v, want %v", i, j, got, want)
			}
		}
		var st pstate
		st.reset(ws, tags)
		for !st.done() {
			m0 := st.forced()
			f := st.feats(nil)
			if got, want := quick(m.parser.t, mstart, f[1:]), full(m.parser.t, f); !slices.Equal(got, want) {
				t.Fatalf("sentence %d: move scores %v, want %v", i, got, want)
			}
			// The parser's inline table keeps only differences to the
			// first move's weight; they must be exact.
			var s3 [3]int32
			m.parser.t3.score(f, &s3)
			if fs := full(m.parser.t, f); s3[1] != fs[1]-fs[0] || s3[2] != fs[2]-fs[0] {
				t.Fatalf("sentence %d: inline move differences %v, want %d %d", i, s3[1:], fs[1]-fs[0], fs[2]-fs[0])
			}
			if m0 < 0 {
				m0 = argmaxValid(&st, full(m.parser.t, f))
			}
			lab := int32(1)
			if m0 != shift {
				h, d := st.arcOf(m0)
				if int(h) < st.n {
					lf := st.labelFeats(nil, h, d)
					if got, want := quick(m.labeler.t, lstart, lf[1:]), full(m.labeler.t, lf); !slices.Equal(got, want) {
						t.Fatalf("sentence %d: label scores %v, want %v", i, got, want)
					}
				}
			}
			st.apply(m0, lab)
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no configurations checked")
	}
}

func argmaxValid(st *pstate, scores []int32) int {
	best := -1
	for m := 0; m < nMoves; m++ {
		if st.valid(m) && (best < 0 || scores[m] > scores[best]) {
			best = m
		}
	}
	return best
}

// TestInlineWide checks that weights whose differences overflow int16 go to
// the side map and come back exact.
func TestInlineWide(t *testing.T) {
	keys := []uint64{0x100000001, 0x200000002, 0x300000003}
	ent := func(c uint32, w int16) uint32 { return c<<16 | uint32(uint16(w)) }
	ents := []uint32{
		ent(0, -30000), ent(1, 30000), // difference 60000
		ent(1, 5), ent(2, -7),
		ent(2, 32000),
	}
	tb := &table{nclass: 3, ents: ents}
	tb.build(keys, []uint32{0, 2, 4, 5})
	t3 := tb.inline()
	if len(t3.wide) != 1 {
		t.Fatalf("wide entries %d, want 1", len(t3.wide))
	}
	var s [3]int32
	t3.score(keys, &s)
	full := make([]int32, 3)
	tb.scoreSlow(keys, full)
	if s[1] != full[1]-full[0] || s[2] != full[2]-full[0] {
		t.Fatalf("differences %v, want %d %d (full %v)", s[1:], full[1]-full[0], full[2]-full[0], full)
	}
}

// TestCascade checks the parser's two-step scoring on the dev treebank: at
// least one in four scored moves must stop after the first cascadeK
// features (else the cascade saves nothing), and at most one in a thousand
// may differ from the move the full scores choose (else its margin no
// longer suits the model, e.g. after a retraining changed the weights'
// scale).
func TestCascade(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a := m.NewAnnotator()
	bias := m.parser.t.startRows(moveBias)[0]
	scored, early, differ := 0, 0, 0
	for _, s := range readUD(t, "dev") {
		a.Tag(&s)
		var st pstate
		st.reset(a.ws, a.tags)
		for !st.done() {
			mv := st.forced()
			if mv < 0 {
				f := st.feats(nil)
				var part, full [3]int32
				copy(part[:], bias)
				m.parser.t3.score(f[1:cascadeK], &part)
				full = part
				m.parser.t3.score(f[cascadeK:], &full)
				mv = st.bestMove(&full, 0)
				scored++
				if b := st.bestMove(&part, cascadeMargin); b >= 0 {
					early++
					if b != mv {
						differ++
					}
				}
			}
			st.apply(mv, 1)
		}
	}
	t.Logf("dev: %d scored moves, %d decided early, %d of them differ", scored, early, differ)
	if early*4 < scored {
		t.Errorf("only %d of %d moves decided early", early, scored)
	}
	if differ*1000 > scored {
		t.Errorf("%d of %d early moves differ from the full scores", differ, scored)
	}
}
