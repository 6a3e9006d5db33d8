package petrarch

import (
	"time"

	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/timex"
)

// Document codes a news document into schema-1 records: annotate parses its
// text (dyad's pipeline: nlp.Model.Annotate), the PETRARCH dictionaries do
// the rest. The evidence span is the verb's sentence; CAMEO facts are filled
// for the codes the CAMEO table knows (PETRARCH dictionaries may carry
// others, which are kept as written). The act's date is the publication date.
func (c *Coder) Document(doc news.Document, annotate func(string) []nlp.Sentence) ([]event.Event, error) {
	sents := annotate(Underscores(doc.Text))
	var date time.Time
	if d, err := timex.ParseISO(doc.Published); err == nil && !d.IsZero() {
		date = d.Time()
	}
	var out []event.Event
	for _, e := range c.Code(sents, date) {
		s := &sents[e.Sentence]
		ev := event.Event{
			Schema:    event.Schema,
			Doc:       doc.ID,
			Sentence:  e.Sentence,
			Span:      [2]int{s.Start, s.End},
			Text:      doc.Text[s.Start:s.End],
			Source:    codeActor(e.Source, spanText(doc.Text, s, e.SourceSpan)),
			Target:    codeActor(e.Target, spanText(doc.Text, s, e.TargetSpan)),
			Cameo:     e.Code,
			Date:      dateOnly(doc.Published),
			Published: doc.Published,
			Modality:  event.Asserted,
		}
		if info, ok := cameo.Lookup(e.Code); ok {
			ev.Plover, ev.Mode, ev.Quad, ev.Goldstein = info.Plover, info.Mode, info.Quad, info.Goldstein
		}
		ev.SetIDs()
		ev.Mention = event.MentionID(doc.ID, e.Sentence, s.Tokens[e.Verb].Start, e.Code)
		out = append(out, ev)
	}
	return out, nil
}

func dateOnly(iso string) string {
	if len(iso) >= 10 {
		return iso[:10]
	}
	return iso
}

// spanText is the document text of tokens [a, b) of s.
func spanText(text string, s *nlp.Sentence, sp [2]int) string {
	if sp[0] < 0 || sp[1] <= sp[0] || sp[1] > len(s.Tokens) {
		return ""
	}
	st, en := s.Tokens[sp[0]].Start, s.Tokens[sp[1]-1].End
	if st < 0 || en > len(text) || st > en {
		return ""
	}
	return text[st:en]
}

// codeActor splits a PETRARCH code into country and first role code.
func codeActor(code, text string) *event.Actor {
	a := &event.Actor{Code: code, Text: text}
	if len(code) >= 3 && code[:3] != "---" {
		a.Country = code[:3]
	}
	if len(code) >= 6 {
		a.Sector = code[3:6]
	}
	return a
}
