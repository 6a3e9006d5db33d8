package store

import (
	"encoding/binary"
	"hash/fnv"
	"strings"
	"unicode"
)

// Near-duplicate detection: MinHash signatures over word 3-shingles with
// locality-sensitive banding. Two documents whose signatures agree on every
// row of at least one band are candidates; a candidate is a copy when the
// signatures agree on at least CopyThreshold of their rows (an estimate of
// the Jaccard similarity of the shingle sets). With 32 bands of 4 rows, pairs
// at Jaccard 0.7 become candidates with probability 1-(1-0.7^4)^32 > 0.9999
// and pairs at 0.2 with under 5%.
const (
	SigRows       = 128
	Bands         = 32
	RowsPerBand   = SigRows / Bands
	CopyThreshold = 0.7
	shingleWords  = 3
)

// Signature is a MinHash signature.
type Signature [SigRows]uint32

// seeds of the row hash functions, fixed so signatures are stable across
// runs and backends.
var seeds = func() [SigRows]uint64 {
	var s [SigRows]uint64
	x := uint64(0x9E3779B97F4A7C15)
	for i := range s {
		// splitmix64
		x += 0x9E3779B97F4A7C15
		z := x
		z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
		z = (z ^ (z >> 27)) * 0x94D049BB133111EB
		s[i] = z ^ (z >> 31)
	}
	return s
}()

func mix(h, seed uint64) uint32 {
	z := h ^ seed
	z = (z ^ (z >> 33)) * 0xFF51AFD7ED558CCD
	z = (z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53
	return uint32(z ^ (z >> 33))
}

// words lowercases the text and splits it into words of letters and digits,
// so punctuation and spacing edits do not change shingles.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// MinHash computes a document's signature; ok is false when the text is too
// short to have one (fewer than shingleWords words).
func MinHash(text string) (sig Signature, ok bool) {
	w := words(text)
	if len(w) < shingleWords {
		return sig, false
	}
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	seen := map[uint64]bool{}
	for i := 0; i+shingleWords <= len(w); i++ {
		h := fnv.New64a()
		for _, x := range w[i : i+shingleWords] {
			h.Write([]byte(x))
			h.Write([]byte{' '})
		}
		v := h.Sum64()
		if seen[v] {
			continue
		}
		seen[v] = true
		for r := range sig {
			if m := mix(v, seeds[r]); m < sig[r] {
				sig[r] = m
			}
		}
	}
	return sig, true
}

// BandKeys gives the LSH bucket key of each band.
func (s *Signature) BandKeys() [Bands]int64 {
	var out [Bands]int64
	var buf [4 * RowsPerBand]byte
	for b := range out {
		for r := range RowsPerBand {
			binary.LittleEndian.PutUint32(buf[4*r:], s[b*RowsPerBand+r])
		}
		h := fnv.New64a()
		h.Write(buf[:])
		out[b] = int64(h.Sum64() >> 1) // non-negative for SQL integer columns
	}
	return out
}

// Similarity estimates the Jaccard similarity of two documents' shingles.
func (s *Signature) Similarity(o *Signature) float64 {
	n := 0
	for i := range s {
		if s[i] == o[i] {
			n++
		}
	}
	return float64(n) / SigRows
}

// Bytes encodes the signature for storage.
func (s *Signature) Bytes() []byte {
	b := make([]byte, 4*SigRows)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// SignatureFrom decodes Bytes; ok is false for a malformed value.
func SignatureFrom(b []byte) (s Signature, ok bool) {
	if len(b) != 4*SigRows {
		return s, false
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, true
}
