package coder

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/nlp"
)

// Throwaway: a quick small parser model for coder development while the real one trains.
func TestZZQuickModel(t *testing.T) {
	out := os.Getenv("DYAD_QUICK_MODEL")
	if out == "" {
		t.Skip()
	}
	f, err := os.Open(filepath.Join(sharedDir(t), "data", "ud-ewt", "en_ewt-ud-train.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	train, err := nlp.ReadCoNLLU(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	m := nlp.Train(train, nil, nlp.TrainOptions{TagEpochs: 3, ParseEpochs: 4, LabelEpochs: 3, Folds: 2, Workers: 1, Log: os.Stderr})
	if err := m.SaveFile(out); err != nil {
		t.Fatal(err)
	}
}
