package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dyadproject/dyad/nlp"
)

func init() {
	register(command{
		name:    "train",
		summary: "train the tagger, parser and lemma table from UD English EWT",
		run:     runTrain,
	})
}

func runTrain(args []string) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	ud := fs.String("ud", "../shared/data/ud-ewt", "`DIR` holding en_ewt-ud-{train,dev}.conllu")
	out := fs.String("out", "nlp/model", "`DIR` to write model.bin.gz into")
	lemmas := fs.String("lemmas", "nlp/data/lemma_exceptions.tsv", "`FILE` to write the lemma exception table into (empty: skip)")
	seed := fs.Uint64("seed", 1, "random seed; the same seed and data give the same model")
	workers := fs.Int("workers", 2, "goroutines for the jackknifed tagger folds")
	if err := fs.Parse(args); err != nil {
		return err
	}
	read := func(part string) ([]nlp.Sentence, error) {
		p := filepath.Join(*ud, "en_ewt-ud-"+part+".conllu")
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		s, err := nlp.ReadCoNLLU(f)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", p, err)
		}
		return s, nil
	}
	train, err := read("train")
	if err != nil {
		return err
	}
	dev, err := read("dev")
	if err != nil {
		return err
	}
	t0 := time.Now()
	m := nlp.Train(train, dev, nlp.TrainOptions{Seed: *seed, Workers: *workers, Log: os.Stderr})
	path := filepath.Join(*out, "model.bin.gz")
	if err := m.SaveFile(path); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s in %s\n", path, time.Since(t0).Round(time.Second))
	if *lemmas != "" {
		if err := trainLemmas(filepath.Join(*ud, "en_ewt-ud-train.conllu"), *lemmas); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "wrote %s\n", *lemmas)
	}
	return nil
}

func trainLemmas(conllu, out string) error {
	f, err := os.Open(conllu)
	if err != nil {
		return err
	}
	defer f.Close()
	var buf bytes.Buffer
	if err := nlp.TrainLemmaExceptions(f, &buf); err != nil {
		return fmt.Errorf("lemma table from %s: %w", conllu, err)
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}
