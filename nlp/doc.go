// Package nlp turns plain text into sentences of tokens with part-of-speech
// tags, lemmas and a labelled dependency tree (Universal Dependencies).
//
// Positions are byte offsets into the text that was read, carried unchanged
// through every later stage, so any annotation can be traced back to the words
// it came from.
package nlp

// Token is one word or punctuation mark.
type Token struct {
	Text       string // exactly text[Start:End] of the document
	Start, End int    // byte offsets [Start, End) in the document text
	UPOS       string // Universal POS tag: "NOUN", "PROPN", "VERB", ...
	XPOS       string // Penn Treebank tag: "NN", "NNP", "VBD", ...
	Lemma      string // lower-cased dictionary form: "sign" for "signed"
	Head       int    // index of the head token in Sentence.Tokens; -1 for the root
	Dep        string // UD relation to the head: "nsubj", "obj", "obl", "nmod:poss", ...
}

// Sentence is a run of tokens the splitter judged to be one sentence.
type Sentence struct {
	Index      int // 0-based position in the document
	Start, End int // byte span [Start, End) in the document text
	Tokens     []Token
}

// VerbAbove returns the nearest verb at or above token i in the sentence's
// parse, -1 when there is none (or the sentence is not parsed).
func (s *Sentence) VerbAbove(i int) int {
	for n := 0; i >= 0 && i < len(s.Tokens) && n < len(s.Tokens); n++ {
		if s.Tokens[i].UPOS == "VERB" {
			return i
		}
		i = s.Tokens[i].Head
	}
	return -1
}
