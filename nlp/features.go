package nlp

import (
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit hashes of a template number and the values it joins
// (word hashes, tag ids, small counts). Hashing words straight from their
// bytes keeps the hot path free of string building and map lookups.

const (
	hashSeed = 0x9E3779B97F4A7C15
	hashMul  = 0xD6E8FEB86659FD93
)

func mix(a, b uint64) uint64 {
	h := a ^ (b+hashSeed)*hashMul
	h ^= h >> 32
	h *= hashMul
	h ^= h >> 29
	return h
}

func feat1(t, a uint64) uint64       { return nz(mix(t, a)) }
func feat2(t, a, b uint64) uint64    { return nz(mix(mix(t, a), b)) }
func feat3(t, a, b, c uint64) uint64 { return nz(mix(mix(mix(t, a), b), c)) }
func feat4(t, a, b, c, d uint64) uint64 {
	return nz(mix(mix(mix(mix(t, a), b), c), d))
}

// nz keeps 0 free to mark empty slots in the weight table.
func nz(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

// wordInfo is what the tagger and parser need to know of a word, computed
// once per token.
type wordInfo struct {
	raw, low    uint64    // case-kept form; lower-cased with digits as 0
	pre         [3]uint64 // lower-cased prefixes of 1..3 characters
	suf         [4]uint64 // lower-cased suffixes of 1..4 characters
	shape       uint64    // Xxxx, dd/dd, X.X. ... with runs cut at two
	amb         uint64    // ambiguity class from the tagger's lexicon
	upper, hyph bool
	digit       bool
}

const fnvOff = 14695981039346656037
const fnvPrime = 1099511628211

func fnvByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

// describe fills wi for word w without allocating.
func describe(w string, wi *wordInfo) {
	raw := uint64(fnvOff)
	low := uint64(fnvOff)
	shape := uint64(fnvOff)
	var last, last2 byte
	*wi = wordInfo{}
	// Lower-cased character boundaries for prefixes and suffixes: keep the
	// hash after each of the first 3 runes, and the start byte of the last 4.
	var sufStart [4]int
	nr := 0
	for i := 0; i < len(w); {
		r, size := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(w[i:])
		}
		for k := 3; k > 0; k-- {
			sufStart[k] = sufStart[k-1]
		}
		sufStart[0] = i
		for j := i; j < i+size; j++ {
			raw = fnvByte(raw, w[j])
		}
		lr := r
		var cls byte
		switch {
		case r >= '0' && r <= '9':
			lr = '0'
			cls = 'd'
			wi.digit = true
		case r >= 'a' && r <= 'z':
			cls = 'x'
		case r >= 'A' && r <= 'Z':
			lr = r + 32
			cls = 'X'
			wi.upper = wi.upper || i == 0
		case r < utf8.RuneSelf:
			cls = byte(r)
			if r == '-' {
				wi.hyph = true
			}
		default:
			if unicode.IsUpper(r) {
				lr = unicode.ToLower(r)
				cls = 'X'
				wi.upper = wi.upper || i == 0
			} else if unicode.IsLetter(r) {
				cls = 'x'
			} else {
				cls = '*'
			}
		}
		low = hashRune(low, lr)
		if nr < 3 {
			wi.pre[nr] = low
		}
		if !(cls == last && cls == last2) {
			shape = fnvByte(shape, cls)
		}
		last2, last = last, cls
		nr++
		i += size
	}
	for k := nr; k < 3; k++ {
		wi.pre[k] = wi.pre[nr-1+boolInt(nr == 0)]
	}
	wi.raw, wi.low, wi.shape = raw, low, shape
	for k := 0; k < 4; k++ {
		if k >= nr {
			wi.suf[k] = wi.suf[k-1+boolInt(k == 0)]
			continue
		}
		h := uint64(fnvOff) + uint64(k)
		for i := sufStart[k]; i < len(w); {
			r, size := rune(w[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(w[i:])
			}
			if r >= 'A' && r <= 'Z' {
				r += 32
			} else if r >= utf8.RuneSelf {
				r = unicode.ToLower(r)
			}
			h = hashRune(h, r)
			i += size
		}
		wi.suf[k] = h
	}
}

func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return fnvByte(h, byte(r))
	}
	for r > 0 {
		h = fnvByte(h, byte(r))
		r >>= 8
	}
	return h
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func boolU(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
