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
