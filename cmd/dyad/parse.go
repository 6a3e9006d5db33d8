package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/dyadproject/dyad/nlp"
)

func init() {
	register(command{
		name:    "parse",
		summary: "tag and parse text, printing CoNLL-U (or --eval a treebank)",
		run:     runParse,
	})
}

func runParse(args []string) error {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	eval := fs.String("eval", "", "re-tag and re-parse `GOLD.conllu` from its gold tokens and print upos, xpos, uas, las")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: dyad parse [FILE|-]\n       dyad parse --eval GOLD.conllu")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	m, err := nlp.Default()
	if err != nil {
		return err
	}
	if *eval != "" {
		return evalTreebank(m, *eval)
	}
	var r io.Reader = os.Stdin
	name := "-"
	if fs.NArg() > 1 {
		return fmt.Errorf("want at most one input file, got %d", fs.NArg())
	}
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		name = fs.Arg(0)
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	text := string(b)
	sents := m.Annotate(text)
	w := bufio.NewWriter(os.Stdout)
	if err := nlp.WriteCoNLLU(w, text, sents); err != nil {
		return err
	}
	return w.Flush()
}

func evalTreebank(m *nlp.Model, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	gold, err := nlp.ReadCoNLLU(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	sc, err := nlp.Evaluate(gold, m.Reannotate(gold))
	if err != nil {
		return err
	}
	fmt.Printf("words=%d\nupos=%.4f\nxpos=%.4f\nuas=%.4f\nlas=%.4f\n", sc.Words, sc.UPOS, sc.XPOS, sc.UAS, sc.LAS)
	return nil
}
