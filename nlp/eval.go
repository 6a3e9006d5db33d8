package nlp

import "fmt"

// Scores are tagging and parsing accuracies over words, punctuation included,
// as the UD convention has it when the tokenization is gold.
type Scores struct {
	Words                     int
	UPOS, XPOS, UAS, LAS      float64
	upos, xpos, uas, las, all int
}

// Evaluate compares predicted sentences with gold ones word by word. Both must
// have the same words (gold tokenization); a mismatch is an error naming the
// sentence. Labels are compared on their universal part ("nmod:poss" counts
// as "nmod"), as the CoNLL 2018 shared task scored LAS.
func Evaluate(gold, pred []Sentence) (Scores, error) {
	var s Scores
	if len(gold) != len(pred) {
		return s, fmt.Errorf("gold has %d sentences, prediction %d", len(gold), len(pred))
	}
	for i := range gold {
		g, p := gold[i].Tokens, pred[i].Tokens
		if len(g) != len(p) {
			return s, fmt.Errorf("sentence %d: gold has %d words, prediction %d", i+1, len(g), len(p))
		}
		for j := range g {
			if g[j].Text != p[j].Text {
				return s, fmt.Errorf("sentence %d word %d: gold %q, prediction %q", i+1, j+1, g[j].Text, p[j].Text)
			}
			s.all++
			if g[j].UPOS == p[j].UPOS {
				s.upos++
			}
			if g[j].XPOS == p[j].XPOS {
				s.xpos++
			}
			if g[j].Head == p[j].Head {
				s.uas++
				if universal(g[j].Dep) == universal(p[j].Dep) {
					s.las++
				}
			}
		}
	}
	s.Words = s.all
	if s.all > 0 {
		n := float64(s.all)
		s.UPOS, s.XPOS, s.UAS, s.LAS = float64(s.upos)/n, float64(s.xpos)/n, float64(s.uas)/n, float64(s.las)/n
	}
	return s, nil
}

// universal strips a relation's language-specific subtype.
func universal(dep string) string {
	for i := 0; i < len(dep); i++ {
		if dep[i] == ':' {
			return dep[:i]
		}
	}
	return dep
}
