package petrarch

import (
	"testing"

	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/nlp"
)

func TestDocument(t *testing.T) {
	c := testCoder(t)
	tr, err := ParsePenn("(S (NP (DT The) (NNP Keldor) (NN minister)) (VP (VBD visited) (NP (NNP Varnan))) (. .))")
	if err != nil {
		t.Fatal(err)
	}
	s := tr.Sentence()
	text := "The Keldor minister visited Varnan ."
	doc := news.Document{ID: "d1", Text: text, Published: "2020-03-04"}
	evs, err := c.Document(doc, func(string) []nlp.Sentence { return []nlp.Sentence{s} })
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 {
		t.Fatalf("%d events, want the visit and its hosting", len(evs))
	}
	e := evs[0]
	if e.Source.Code != "KELGOV" || e.Source.Country != "KEL" || e.Source.Sector != "GOV" || e.Source.Text != "The Keldor minister" ||
		e.Target.Code != "VAR" || e.Target.Text != "Varnan" || e.Cameo != "042" || e.Quad == 0 || e.Date != "2020-03-04" ||
		e.Text != text || e.Span != [2]int{0, len(text)} || e.ID == "" || e.Mention == "" {
		t.Errorf("visit: %+v %+v %+v", e, *e.Source, *e.Target)
	}
	h := evs[1]
	if h.Source.Code != "VAR" || h.Target.Code != "KELGOV" || h.Cameo != "043" || h.Mention == e.Mention || h.ID == e.ID {
		t.Errorf("hosting: %+v", h)
	}
	again, _ := c.Document(doc, func(string) []nlp.Sentence { return []nlp.Sentence{s} })
	if again[0].ID != e.ID || again[0].Mention != e.Mention {
		t.Errorf("ids are not deterministic")
	}
}

func TestUnderscores(t *testing.T) {
	if got := Underscores("the Prince of Dol_Amroth"); got != "the Prince of Dol Amroth" {
		t.Errorf("%q", got)
	}
}
