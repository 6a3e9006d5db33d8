package nlp

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// TrainOptions control Train. The zero value of a field picks its default.
type TrainOptions struct {
	TagEpochs, ParseEpochs, LabelEpochs int
	Folds                               int     // jackknife folds for the parser's training tags
	Explore                             float64 // chance of following the model's own move
	Seed                                uint64
	Workers                             int   // goroutines for the jackknife folds
	MinUpdates                          int32 // features updated fewer times are dropped
	MinWeight                           int16 // features whose weights all stay below this (of 32000) are dropped
	MinEntry                            int16 // tagger and labeller weights below this (of 32000) are dropped
	Log                                 io.Writer
}

func (o *TrainOptions) defaults() {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&o.TagEpochs, 8)
	def(&o.ParseEpochs, 12)
	def(&o.LabelEpochs, 8)
	def(&o.Folds, 5)
	def(&o.Workers, 2)
	if o.MinUpdates == 0 {
		o.MinUpdates = 2
	}
	if o.MinWeight == 0 {
		o.MinWeight = 400
	}
	if o.MinEntry == 0 {
		o.MinEntry = 500
	}
	if o.Explore == 0 {
		o.Explore = 0.9
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// Train builds a model from a training treebank; dev, if not empty, is
// tagged and parsed after each parser epoch to report progress.
func Train(train, dev []Sentence, o TrainOptions) *Model {
	o.defaults()
	t0 := time.Now()
	logf := func(format string, args ...any) {
		fmt.Fprintf(o.Log, "%6.1fs "+format+"\n", append([]any{time.Since(t0).Seconds()}, args...)...)
	}
	// Tagger on all the training data.
	tt := newTagTrainer(train)
	tt.train(train, o.TagEpochs, o.Seed)
	m := &Model{}
	m.tagger = tagger{classes: tt.classes, lex: tt.lex, t: tt.p.table(o.MinUpdates, o.MinWeight).dropSmall(o.MinEntry)}
	logf("tagger: %d classes, %d features", len(tt.classes), len(tt.p.rows))
	// The parser learns from the jackknifed taggers' own tags; the tag
	// dictionary joins the final tagger only (it nearly never disagrees).
	m.tagger.sure = buildTagDict(train, tt.index)
	m.tagger.prepare()

	// Jackknifed tags: each fold tagged by a tagger that did not see it, so
	// the parser learns from tags as wrong as they will be on new text. Folds
	// are contiguous so that a document's sentences stay together.
	jtags := make([][]int32, len(train))
	var wg sync.WaitGroup
	sem := make(chan struct{}, o.Workers)
	for f := 0; f < o.Folds; f++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(f int) {
			defer wg.Done()
			defer func() { <-sem }()
			lo, hi := f*len(train)/o.Folds, (f+1)*len(train)/o.Folds
			in := append(append([]Sentence(nil), train[:lo]...), train[hi:]...)
			ft := &tagTrainer{classes: tt.classes, index: tt.index, p: newTrainer(len(tt.classes)),
				lex: buildLexicon(in, tt.index)}
			ft.train(in, o.TagEpochs, o.Seed+uint64(f)+1)
			tg := &tagger{classes: tt.classes, lex: ft.lex, t: ft.p.table(o.MinUpdates, o.MinWeight)}
			var ws []wordInfo
			var feats []uint64
			scores := make([]int32, len(tt.classes))
			for i := lo; i < hi; i++ {
				{
					ws = describeAll(ws[:0], &train[i])
					var tags []int32
					tags, feats = tg.tag(ws, nil, feats, scores)
					jtags[i] = tags
				}
			}
		}(f)
	}
	wg.Wait()
	right, all := 0, 0
	for i := range train {
		for j, t := range train[i].Tokens {
			all++
			if tt.classes[jtags[i][j]].upos == t.UPOS {
				right++
			}
		}
	}
	logf("jackknifed tags: %d folds, UPOS %.4f", o.Folds, float64(right)/float64(all))

	labels, lindex := labelSet(train)
	pt := &parseTrainer{p: newTrainer(nMoves), labels: labels, index: lindex, l: newTrainer(len(labels))}
	pt.train(train, jtags, o.ParseEpochs, o.Explore, o.Seed, func(e int) {
		if len(dev) == 0 {
			logf("parser epoch %d", e+1)
			return
		}
		m.parser.t = pt.p.table(o.MinUpdates, o.MinWeight)
		m.parser.t3 = m.parser.t.inline()
		m.labeler = labeler{labels: labels, t: pt.l.table(o.MinUpdates, o.MinWeight).dropSmall(o.MinEntry)}
		sc := m.evaluate(dev)
		logf("parser epoch %d: %d features; dev upos=%.4f uas=%.4f las=%.4f", e+1, len(pt.p.rows), sc.UPOS, sc.UAS, sc.LAS)
	})
	m.parser.t = pt.p.table(o.MinUpdates, o.MinWeight)
	m.parser.t3 = m.parser.t.inline()
	m.labeler = labeler{labels: labels, t: pt.l.table(o.MinUpdates, o.MinWeight).dropSmall(o.MinEntry)}
	logf("parser: %d move features, %d label features", len(m.parser.t.keys), len(m.labeler.t.keys))
	return m
}

// evaluate re-tags and re-parses copies of gold sentences and scores them.
func (m *Model) evaluate(gold []Sentence) Scores {
	pred := m.Reannotate(gold)
	sc, _ := Evaluate(gold, pred)
	return sc
}

// Reannotate returns copies of sents with tags, heads and labels predicted
// from their words alone.
func (m *Model) Reannotate(sents []Sentence) []Sentence {
	a := m.NewAnnotator()
	out := make([]Sentence, len(sents))
	for i, s := range sents {
		s.Tokens = append([]Token(nil), s.Tokens...)
		for j := range s.Tokens {
			t := &s.Tokens[j]
			t.UPOS, t.XPOS, t.Head, t.Dep = "", "", -1, ""
		}
		a.TagParse(&s)
		out[i] = s
	}
	return out
}

// SaveFile writes the model to path, creating its directory.
func (m *Model) SaveFile(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := m.Save(f); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Close()
}
