package nlp

import (
	"bytes"
	"testing"
)

// The tag dictionary must agree with the tagger it short-cuts: on the dev
// treebank the two may differ on a handful of tokens, not more.
func TestTagDictAgreesWithTagger(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.tagger.sure == nil {
		t.Fatal("shipped model has no tag dictionary")
	}
	plain := &Model{tagger: m.tagger, parser: m.parser, labeler: m.labeler}
	plain.tagger.sure = nil
	with, without := m.NewAnnotator(), plain.NewAnnotator()
	dev := readUD(t, "dev")
	all, covered, differ := 0, 0, 0
	for i := range dev {
		s := dev[i]
		s.Tokens = append([]Token(nil), s.Tokens...)
		with.Tag(&s)
		a := append([]int32(nil), with.tags...)
		without.Tag(&s)
		for j, w := range with.ws {
			all++
			if m.tagger.sure.class(w.low) != 0 {
				covered++
			}
			if a[j] != without.tags[j] {
				differ++
			}
		}
	}
	if covered < all/4 {
		t.Errorf("dictionary covers %d of %d dev tokens; expected about a third", covered, all)
	}
	if differ > all/1000 {
		t.Errorf("dictionary changes %d of %d dev tags", differ, all)
	}
	t.Logf("dev: %d tokens, %d from the dictionary, %d tags differ", all, covered, differ)

	// "to" is a particle before verbs and a preposition before nouns: the
	// tagger must decide it.
	var to wordInfo
	describe("to", &to)
	if m.tagger.sure.class(to.low) != 0 {
		t.Error(`ambiguous "to" is in the tag dictionary`)
	}
	for word, want := range map[string]string{"the": "DET", ",": "PUNCT", ".": "PUNCT"} {
		var wi wordInfo
		describe(word, &wi)
		c := m.tagger.sure.class(wi.low)
		if c == 0 || m.tagger.classes[c-1].upos != want {
			t.Errorf("dictionary tag of %q: class %d, want %s", word, c, want)
		}
	}
}

// A model saved without a tag dictionary (the format before it) still loads
// and tags.
func TestModelWithoutTagDict(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	old := &Model{tagger: m.tagger, parser: m.parser, labeler: m.labeler}
	old.tagger.sure = nil
	var buf bytes.Buffer
	if err := old.Save(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := LoadModel(&buf)
	if err != nil {
		t.Fatalf("loading a model without a tag dictionary: %v", err)
	}
	if back.tagger.sure != nil {
		t.Fatal("tag dictionary appeared from nowhere")
	}
	s := Sentence{Tokens: []Token{{Text: "The"}, {Text: "envoy"}, {Text: "left"}, {Text: "."}}}
	back.Tag(&s)
	if s.Tokens[0].UPOS != "DET" || s.Tokens[3].UPOS != "PUNCT" {
		t.Errorf("tags %v", s.Tokens)
	}
}
