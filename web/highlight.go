package web

import "github.com/dyadproject/dyad/nlp"

// Annotator tags and parses text (nlp.Model).
type Annotator interface {
	Annotate(text string) []nlp.Sentence
}

// VerbFinder finds the verb of an event in its evidence sentence for the
// event page: the tagger's verbs outside the actors' words, preferring one
// between the source and the target, else the sentence's root verb.
func VerbFinder(m Annotator) func(string, [][2]int) (int, int, bool) {
	return func(sent string, avoid [][2]int) (int, int, bool) {
		sents := m.Annotate(sent)
		inside := func(t nlp.Token) bool {
			for _, a := range avoid {
				if t.Start < a[1] && a[0] < t.End {
					return true
				}
			}
			return false
		}
		lo, hi := -1, -1
		if len(avoid) == 2 {
			lo, hi = min(avoid[0][1], avoid[1][1]), max(avoid[0][0], avoid[1][0])
		}
		var root, first *nlp.Token
		for si := range sents {
			for ti := range sents[si].Tokens {
				t := &sents[si].Tokens[ti]
				if t.UPOS != "VERB" || inside(*t) {
					continue
				}
				if lo >= 0 && t.Start >= lo && t.End <= hi {
					return t.Start, t.End, true
				}
				if first == nil {
					first = t
				}
				if t.Head == -1 && root == nil {
					root = t
				}
			}
		}
		if root != nil {
			return root.Start, root.End, true
		}
		if first != nil {
			return first.Start, first.End, true
		}
		return 0, 0, false
	}
}
