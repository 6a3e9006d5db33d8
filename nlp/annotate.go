package nlp

// Annotate splits text into sentences and tags, lemmatizes and parses each.
func (m *Model) Annotate(text string) []Sentence {
	a := m.annotator()
	sents := a.Annotate(text)
	m.pool.Put(a)
	return sents
}

// Annotate splits text into sentences and tags, lemmatizes and parses each.
func (a *Annotator) Annotate(text string) []Sentence {
	sents := Segment(text)
	for i := range sents {
		a.TagParse(&sents[i])
		lemmatize(&sents[i])
	}
	return sents
}

func lemmatize(s *Sentence) {
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if t.Lemma == "" {
			t.Lemma = Lemma(t.Text, t.UPOS, t.XPOS)
		}
	}
}
