package coder

import (
	"os"
	"time"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/nlp"
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
				if x.Since {
					continue
				}
				out = append(out, TimeExpr{Start: x.Start, End: x.End, Head: x.Head, Date: x.Date, Future: x.Future})
			}
			return out
		}
	}
	return nil
}
