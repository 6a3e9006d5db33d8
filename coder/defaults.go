package coder

import (
	"os"
	"time"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/place"
	"github.com/dyadproject/dyad/timex"
)

// defaults fills the options left nil with the project's packages.
func defaults(opt *Options) error {
	if opt.Annotate == nil {
		m, err := nlp.Default()
		if p := os.Getenv("DYAD_NLP_MODEL"); p != "" {
			// a model file being trained, for measuring before it is embedded.
			var f *os.File
			if f, err = os.Open(p); err == nil {
				m, err = nlp.LoadModel(f)
				f.Close()
			}
		}
		if err != nil {
			return err
		}
		opt.Annotate = m.Annotate
	}
	if opt.Resolve == nil {
		kb, err := actor.Default()
		if err != nil {
			return err
		}
		opt.Resolve = func(sents []nlp.Sentence, date time.Time) [][]actor.Mention { return kb.Resolve(sents, date) }
	}
	if opt.Times == nil {
		opt.Times = func(s *nlp.Sentence, ref, prev timex.Date) []TimeExpr {
			xs := timex.Find(s, ref, prev)
			out := make([]TimeExpr, 0, len(xs))
			for _, x := range xs {
				// "since 1959" bounds a state and "until 2028" a span: neither
				// says when an act happened.
				if x.Since || x.Prep == "until" || x.Prep == "till" {
					continue
				}
				te := TimeExpr{Start: x.Start, End: x.End, Head: x.Head, Date: x.Date, Future: x.Future, Relative: x.Relative}
				if x.Anchor > 0 && !x.AnchorClause {
					te.AnchorAt, te.Anchored = x.Anchor, x.AnchorDate
				}
				out = append(out, te)
			}
			return out
		}
	}
	if opt.Places == nil || opt.Lookup == nil {
		g, err := place.Default()
		if err != nil {
			return err
		}
		conv := func(m place.Mention) PlaceMention {
			return PlaceMention{Start: m.Start, End: m.End, Head: m.Head, Name: m.Name, Country: m.Country,
				Lat: m.Lat, Lon: m.Lon, HasCoord: m.HasCoords()}
		}
		if opt.Places == nil {
			opt.Places = func(s *nlp.Sentence) []PlaceMention {
				ms := g.Find(s)
				out := make([]PlaceMention, len(ms))
				for k, m := range ms {
					out[k] = conv(m)
				}
				return out
			}
		}
		if opt.Lookup == nil {
			opt.Lookup = func(name string) (PlaceMention, bool) {
				p, ok := g.Lookup(name)
				if !ok {
					return PlaceMention{}, false
				}
				return conv(place.Mention{Start: -1, End: -1, Head: -1, Place: p}), true
			}
		}
	}
	return nil
}
