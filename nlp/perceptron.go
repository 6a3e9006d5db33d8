package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
)

// trainer is an averaged multiclass perceptron over hashed features. Rows
// are created on the first update that touches a feature, so features that
// never matter take no memory.
type trainer struct {
	nclass int
	index  map[uint64]int32
	w      []float32
	tot    []float64
	ts     []int32
	step   int32
	rows   []uint64 // feature of each row, for export
	upd    []int32  // updates that touched each row
}

func newTrainer(nclass int) *trainer {
	return &trainer{nclass: nclass, index: make(map[uint64]int32, 1<<16)}
}

// score adds the current weights of feats into scores (len nclass).
func (p *trainer) score(feats []uint64, scores []float32) {
	for i := range scores {
		scores[i] = 0
	}
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			continue
		}
		row := p.w[int(r)*p.nclass : int(r+1)*p.nclass]
		for c, v := range row {
			scores[c] += v
		}
	}
}

// tick advances the example counter used for averaging.
func (p *trainer) tick() { p.step++ }

func (p *trainer) row(f uint64) int {
	r, ok := p.index[f]
	if !ok {
		r = int32(len(p.rows))
		p.index[f] = r
		p.rows = append(p.rows, f)
		p.upd = append(p.upd, 0)
		for i := 0; i < p.nclass; i++ {
			p.w = append(p.w, 0)
			p.tot = append(p.tot, 0)
			p.ts = append(p.ts, p.step)
		}
	}
	return int(r) * p.nclass
}

func (p *trainer) add(f uint64, c int, v float32) {
	i := p.row(f) + c
	p.tot[i] += float64(p.step-p.ts[i]) * float64(p.w[i])
	p.ts[i] = p.step
	p.w[i] += v
}

// update moves weight from the predicted class to the gold one.
func (p *trainer) update(feats []uint64, gold, pred int) {
	if gold == pred {
		return
	}
	for _, f := range feats {
		p.add(f, gold, 1)
		p.add(f, pred, -1)
		p.upd[p.index[f]]++
	}
}

// table averages the weights and packs them into an inference table,
// dropping features touched by fewer than minUpd updates: they are mostly
// one-off words whose weights would not generalize, and they make up most of
// the table.
func (p *trainer) table(minUpd int32, minWeight int16) *table {
	type ent struct {
		c uint8
		v float64
	}
	avg := make([]float64, len(p.w))
	maxAbs := 0.0
	for i := range p.w {
		a := (p.tot[i] + float64(p.step-p.ts[i])*float64(p.w[i])) / float64(max(p.step, 1))
		avg[i] = a
		maxAbs = math.Max(maxAbs, math.Abs(a))
	}
	t := &table{nclass: p.nclass}
	if maxAbs == 0 {
		maxAbs = 1
	}
	t.scale = float32(32000 / maxAbs)
	type frow struct {
		f   uint64
		ent []uint32
	}
	var rows []frow
	for r, f := range p.rows {
		if p.upd[r] < minUpd {
			continue
		}
		var ents []uint32
		for c := 0; c < p.nclass; c++ {
			a := avg[r*p.nclass+c]
			q := int16(math.Round(a * float64(t.scale)))
			if q == 0 {
				continue
			}
			ents = append(ents, uint32(c)<<16|uint32(uint16(q)))
		}
		if len(ents) > 0 {
			rows = append(rows, frow{f, ents})
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].f < rows[j].f })
	keys := make([]uint64, len(rows))
	offs := make([]uint32, len(rows)+1)
	for i, r := range rows {
		keys[i] = r.f
		offs[i] = uint32(len(t.ents))
		t.ents = append(t.ents, r.ent...)
	}
	offs[len(rows)] = uint32(len(t.ents))
	t.build(keys, offs)
	if minWeight > 0 {
		return t.prune(minWeight)
	}
	return t
}

// table is the inference form of a perceptron: an open-addressing hash of
// feature keys to runs of (class, int16 weight) entries. A slot holds only
// 32 bits of the key (the other 32 pick the slot) and a packed reference,
// so the table stays small enough for the caches to help.
type table struct {
	nclass int
	scale  float32
	mask   uint64
	slots  []slot
	ents   []uint32 // class<<16 | uint16(weight)
	keys   []uint64 // full keys, ascending, for writing and pruning
	offs   []uint32 // start of each key's entries in ents, plus the end

	startOnce sync.Once
	starts    [][]int32
}

// startRows returns the summed weights of each feature list that sets
// returns, computed once. Every feature list of a caller begins with one of
// these (the bias, and for the tagger the word's case, hyphen and digit
// flags, which have 8 values), so the caller starts its scores from the
// row and looks up only the rest: that saves lookups and the longest rows
// to add. sets must return the same lists on every call.
func (t *table) startRows(sets func() [][]uint64) [][]int32 {
	t.startOnce.Do(func() {
		for _, fs := range sets() {
			row := make([]int32, t.nclass)
			t.scoreSlow(fs, row)
			t.starts = append(t.starts, row)
		}
	})
	return t.starts
}

type slot struct {
	fp  uint32 // high half of the key, never 0 in a used slot
	ref uint32 // offset into ents << 8 | entry count
}

func fingerprint(k uint64) uint32 {
	if fp := uint32(k >> 32); fp != 0 {
		return fp
	}
	return 1
}

// tableSize is the power-of-two slot count for n keys, at most 70% full.
func tableSize(n int) int {
	size := 1
	for size*7 < n*10 {
		size <<= 1
	}
	return size
}

func (t *table) build(keys []uint64, offs []uint32) {
	t.keys, t.offs = keys, offs
	size := tableSize(len(keys))
	t.mask = uint64(size - 1)
	t.slots = makeHuge[slot](size)
	for i, k := range keys {
		j := k & t.mask
		for t.slots[j].fp != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = slot{fp: fingerprint(k), ref: offs[i]<<8 | (offs[i+1] - offs[i])}
	}
}

// score adds the weights of feats into scores (len nclass), without
// clearing it first.
func (t *table) score(feats []uint64, scores []int32) {
	// The tables are larger than the caches. Work in passes whose loads do
	// not depend on each other, so cache misses overlap: touch every home
	// slot, then find each feature's entries and touch their first line, and
	// only then add them up.
	var refs [128]uint32
	if len(feats) > len(refs) || len(t.ents) == 0 {
		t.scoreSlow(feats, scores)
		return
	}
	var touch uint32
	for _, f := range feats {
		touch += t.slots[f&t.mask].fp
	}
	for i, f := range feats {
		refs[i] = t.find(f)
		touch += t.ents[refs[i]>>8]
	}
	if touch == 1 { // practically never; keeps the loads alive
		scores[0]++
	}
	for _, ref := range refs[:len(feats)] {
		off := ref >> 8
		for _, e := range t.ents[off : off+ref&0xff] {
			scores[e>>16] += int32(int16(uint16(e)))
		}
	}
}

// find returns the packed entry reference of feature f, 0 if it is absent.
func (t *table) find(f uint64) uint32 {
	j := f & t.mask
	fp := fingerprint(f)
	for {
		s := t.slots[j]
		if s.fp == fp {
			return s.ref
		}
		if s.fp == 0 {
			return 0
		}
		j = (j + 1) & t.mask
	}
}

func (t *table) scoreSlow(feats []uint64, scores []int32) {
	for _, f := range feats {
		ref := t.find(f)
		off := ref >> 8
		for _, e := range t.ents[off : off+ref&0xff] {
			scores[e>>16] += int32(int16(uint16(e)))
		}
	}
}

// write stores the table as: nclass, scale, nkeys, nents, then the keys, then
// each key's entry count, then the entries; all little-endian.
func (t *table) write(w io.Writer) error {
	ns := make([]uint32, len(t.keys))
	for i := range ns {
		ns[i] = t.offs[i+1] - t.offs[i]
	}
	hdr := []uint64{uint64(t.nclass), uint64(math.Float32bits(t.scale)), uint64(len(t.keys)), uint64(len(t.ents))}
	for _, v := range []any{hdr, t.keys, ns, t.ents} {
		if err := binary.Write(w, binary.LittleEndian, v); err != nil {
			return err
		}
	}
	return nil
}

func readTable(r io.Reader) (*table, error) {
	hdr := make([]uint64, 4)
	if err := binary.Read(r, binary.LittleEndian, hdr); err != nil {
		return nil, fmt.Errorf("table header: %w", err)
	}
	if hdr[0] == 0 || hdr[0] > 255 || hdr[2] > 1<<26 || hdr[3] > 1<<24 {
		return nil, errors.New("table header out of range")
	}
	t := &table{nclass: int(hdr[0]), scale: math.Float32frombits(uint32(hdr[1]))}
	keys := make([]uint64, hdr[2])
	ns := make([]uint32, hdr[2])
	t.ents = makeHuge[uint32](int(hdr[3]))
	for _, v := range []any{keys, ns, t.ents} {
		if err := binary.Read(r, binary.LittleEndian, v); err != nil {
			return nil, fmt.Errorf("table body: %w", err)
		}
	}
	offs := make([]uint32, len(keys)+1)
	for i, n := range ns {
		if n > 255 {
			return nil, errors.New("table row too long")
		}
		offs[i+1] = offs[i] + n
	}
	if int(offs[len(keys)]) != len(t.ents) {
		return nil, errors.New("table entry counts do not add up")
	}
	for i, k := range keys {
		if k == 0 || (i > 0 && k <= keys[i-1]) {
			return nil, errors.New("table keys not ascending")
		}
	}
	for _, e := range t.ents {
		if int(e>>16) >= t.nclass {
			return nil, errors.New("table entry class out of range")
		}
	}
	t.build(keys, offs)
	return t, nil
}

// table3 holds a table of three classes for the parser, which scores three
// moves about twice per word and spends most of its time here. Only the
// argmax of the moves matters, and it does not change when all three
// weights of a feature shift by the same amount, so a slot keeps the second
// and third weights minus the first: with the 32-bit fingerprint that is 8
// bytes (12 with three weights and padding), a lookup touches one line and
// the table is a third smaller. The few features whose differences do not
// fit 16 bits carry wideMark and keep theirs in a side map.
type table3 struct {
	mask  uint64
	slots []slot3
	wide  map[uint64][2]int32 // slot index -> differences too wide for int16
}

type slot3 struct {
	fp uint32
	d  [2]int16 // w[1]-w[0], w[2]-w[0]; wideMark: look in wide
}

const wideMark = math.MinInt16

func (t *table) inline() *table3 {
	if t.nclass > 3 {
		panic("table3 holds at most three classes")
	}
	size := tableSize(len(t.keys))
	t3 := &table3{mask: uint64(size - 1), slots: makeHuge[slot3](size)}
	for i, k := range t.keys {
		var w [3]int32
		for _, e := range t.ents[t.offs[i]:t.offs[i+1]] {
			w[e>>16] = int32(int16(uint16(e)))
		}
		j := k & t3.mask
		for t3.slots[j].fp != 0 {
			j = (j + 1) & t3.mask
		}
		s := slot3{fp: fingerprint(k)}
		d := [2]int32{w[1] - w[0], w[2] - w[0]}
		if d[0] <= wideMark || d[0] > math.MaxInt16 || d[1] <= wideMark || d[1] > math.MaxInt16 {
			if t3.wide == nil {
				t3.wide = make(map[uint64][2]int32)
			}
			t3.wide[j] = d
			s.d = [2]int16{wideMark, wideMark}
		} else {
			s.d = [2]int16{int16(d[0]), int16(d[1])}
		}
		t3.slots[j] = s
	}
	return t3
}

// score adds the features' weight differences into scores[1] and scores[2].
// scores[0] gets none, so every score is off from the full sum by the same
// amount (the first weights' sum) and the best move is the same.
func (t *table3) score(feats []uint64, scores *[3]int32) {
	var touch uint32
	for _, f := range feats {
		touch += t.slots[f&t.mask].fp
	}
	if touch == 1 {
		scores[0]++
	}
	for _, f := range feats {
		j := f & t.mask
		fp := fingerprint(f)
		for {
			s := &t.slots[j]
			if s.fp == fp {
				if s.d[0] == wideMark {
					d := t.wide[j]
					scores[1] += d[0]
					scores[2] += d[1]
					break
				}
				scores[1] += int32(s.d[0])
				scores[2] += int32(s.d[1])
				break
			}
			if s.fp == 0 {
				break
			}
			j = (j + 1) & t.mask
		}
	}
}

// dropSmall drops the entries whose magnitude is below min (quantized units)
// and the features left without any. The tagger and labeller add every
// entry of a feature's row, 28 on average per tagger feature; the small
// ones rarely change the best class: at 500 of 32000 a third of the
// tagger's entries go, dev UPOS moves by -0.01 and UAS by +0.08 points, and
// tagging and labelling get cheaper.
func (t *table) dropSmall(min int16) *table {
	nt := &table{nclass: t.nclass, scale: t.scale}
	var keys []uint64
	var offs []uint32
	for i, k := range t.keys {
		start := len(nt.ents)
		for _, e := range t.ents[t.offs[i]:t.offs[i+1]] {
			if w := int16(uint16(e)); w >= min || w <= -min {
				nt.ents = append(nt.ents, e)
			}
		}
		if len(nt.ents) > start {
			keys = append(keys, k)
			offs = append(offs, uint32(start))
		}
	}
	offs = append(offs, uint32(len(nt.ents)))
	nt.build(keys, offs)
	return nt
}

// prune drops features whose largest weight magnitude is below min (in
// quantized units).
func (t *table) prune(min int16) *table {
	nt := &table{nclass: t.nclass, scale: t.scale}
	var keys []uint64
	var offs []uint32
	for i, k := range t.keys {
		big := false
		for _, e := range t.ents[t.offs[i]:t.offs[i+1]] {
			if w := int16(uint16(e)); w >= min || w <= -min {
				big = true
				break
			}
		}
		if !big {
			continue
		}
		keys = append(keys, k)
		offs = append(offs, uint32(len(nt.ents)))
		nt.ents = append(nt.ents, t.ents[t.offs[i]:t.offs[i+1]]...)
	}
	offs = append(offs, uint32(len(nt.ents)))
	nt.build(keys, offs)
	return nt
}
