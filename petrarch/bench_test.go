package petrarch

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad/nlp"
)

// BenchmarkCodeRecords codes the 284 validation sentences, already parsed
// (Treebank conversion), with the PETR.Validate dictionaries: pattern
// matching and actor resolution only.
func BenchmarkCodeRecords(b *testing.B) {
	c, recs := validation(b)
	var sents [][]nlp.Sentence
	var dates []time.Time
	for _, r := range recs {
		if s, err := TreebankParser(r); err == nil {
			sents = append(sents, s)
			dates = append(dates, recordDate(r.Date))
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, s := range sents {
			c.Code(s, dates[k])
		}
	}
	b.ReportMetric(float64(b.N*len(sents))/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkReadVerbs reads the validation verb dictionary.
func BenchmarkReadVerbs(b *testing.B) {
	for i := 0; i < b.N; i++ {
		validateVerbs(b)
	}
}
