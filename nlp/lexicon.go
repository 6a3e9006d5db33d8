package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
)

// lexicon maps a word (its lower-cased hash) to its ambiguity class: a hash
// of the tags it took in training often enough. It tells the tagger what the
// next words can be before they are tagged.
type lexicon struct {
	mask uint64
	keys []uint64
	vals []uint64
}

const (
	lexMinCount = 2    // words seen fewer times get no class
	lexMinShare = 0.05 // tags a word takes less often are left out
)

// tagCounts counts, for each lower-cased word of train, how often it took
// each tag class.
func tagCounts(train []Sentence, index map[tagClass]int) map[uint64][]int32 {
	counts := map[uint64][]int32{}
	var wi wordInfo
	for _, s := range train {
		for _, t := range s.Tokens {
			describe(t.Text, &wi)
			c := counts[wi.low]
			if c == nil {
				c = make([]int32, len(index))
				counts[wi.low] = c
			}
			c[index[tagClass{t.UPOS, t.XPOS}]]++
		}
	}
	return counts
}

func buildLexicon(train []Sentence, index map[tagClass]int) *lexicon {
	counts := tagCounts(train, index)
	var keys, vals []uint64
	for k, c := range counts {
		total := int32(0)
		for _, v := range c {
			total += v
		}
		if total < lexMinCount {
			continue
		}
		h := uint64(fnvOff)
		for cls, v := range c {
			if float64(v) >= lexMinShare*float64(total) {
				h = mix(h, uint64(cls))
			}
		}
		keys = append(keys, k)
		vals = append(vals, nz(h))
	}
	return newLexicon(keys, vals)
}

// The tag dictionary: words seen at least tagDictMinCount times in training
// with one tag at least tagDictMinShare of the time ("the", "of", commas)
// take that tag without scoring. They are a third of the tokens of news and
// web text, and the tagger nearly always agrees with the dictionary on them
// (on the EWT dev set it differs on 4 of 25,147 tokens), so this saves a
// third of the tagger's work at no cost in accuracy.
const (
	tagDictMinCount = 20
	tagDictMinShare = 0.99
)

// buildTagDict returns a lexicon whose values are class+1.
func buildTagDict(train []Sentence, index map[tagClass]int) *lexicon {
	counts := tagCounts(train, index)
	var keys, vals []uint64
	for k, c := range counts {
		total, best := int32(0), 0
		for cls, v := range c {
			total += v
			if v > c[best] {
				best = cls
			}
		}
		if total >= tagDictMinCount && float64(c[best]) >= tagDictMinShare*float64(total) {
			keys = append(keys, k)
			vals = append(vals, uint64(best)+1)
		}
	}
	return newLexicon(keys, vals)
}

func newLexicon(keys, vals []uint64) *lexicon {
	size := 1
	for size < len(keys)*2 {
		size <<= 1
	}
	l := &lexicon{mask: uint64(size - 1), keys: make([]uint64, size), vals: make([]uint64, size)}
	for i, k := range keys {
		j := k & l.mask
		for l.keys[j] != 0 {
			j = (j + 1) & l.mask
		}
		l.keys[j], l.vals[j] = k, vals[i]
	}
	return l
}

// class returns the ambiguity class of a word, 0 if the word is unknown.
func (l *lexicon) class(low uint64) uint64 {
	j := low & l.mask
	for {
		switch l.keys[j] {
		case low:
			return l.vals[j]
		case 0:
			return 0
		}
		j = (j + 1) & l.mask
	}
}

// fill sets the ambiguity class of each word.
func (l *lexicon) fill(ws []wordInfo) {
	for i := range ws {
		ws[i].amb = l.class(ws[i].low)
	}
}

func (l *lexicon) write(w io.Writer) error {
	type kv struct{ k, v uint64 }
	var kvs []kv
	for i, k := range l.keys {
		if k != 0 {
			kvs = append(kvs, kv{k, l.vals[i]})
		}
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].k < kvs[j].k })
	out := make([]uint64, 0, 1+2*len(kvs))
	out = append(out, uint64(len(kvs)))
	for _, e := range kvs {
		out = append(out, e.k, e.v)
	}
	return binary.Write(w, binary.LittleEndian, out)
}

func readLexicon(r io.Reader) (*lexicon, error) {
	var n uint64
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return nil, fmt.Errorf("lexicon size: %w", err)
	}
	if n > 1<<24 {
		return nil, errors.New("lexicon size out of range")
	}
	kv := make([]uint64, 2*n)
	if err := binary.Read(r, binary.LittleEndian, kv); err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	keys, vals := make([]uint64, n), make([]uint64, n)
	for i := range keys {
		keys[i], vals[i] = kv[2*i], kv[2*i+1]
		if keys[i] == 0 {
			return nil, errors.New("lexicon key 0")
		}
	}
	return newLexicon(keys, vals), nil
}
