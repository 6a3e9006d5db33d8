package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/petrarch"
)

func init() {
	register(command{name: "petrarch-test", summary: "run PETRARCH's unit-test records with its validation dictionaries",
		run: func(args []string) error { return runPetrarchTest(args, os.Stdout, os.Stderr) }})
	register(command{name: "petrarch-code", summary: "code documents with PETRARCH/TABARI dictionaries (--dict DIR)",
		run: func(args []string) error { return runPetrarchCode(args, os.Stdout, os.Stderr) }})
}

// findShared walks up from the working directory to shared/data/rel.
func findShared(rel string) (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, "shared", "data", rel)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("shared/data/%s not found above the working directory (use --dir)", rel)
		}
		dir = parent
	}
}

func runPetrarchTest(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("petrarch-test", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "", "directory with PETR.UnitTest.records.xml and the PETR.Validate.* dictionaries (default: ../shared/data/petrarch)")
	mode := fs.String("mode", "both", "parses to code from: text (dyad's parser), treebank (the records' parses) or both")
	verbose := fs.Bool("v", false, "list every failing record with what was expected and coded")
	show := fs.String("show", "", "comma-separated record ids: print their tokens, parse, actors and events")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dir == "" {
		p, err := findShared("petrarch")
		if err != nil {
			return err
		}
		*dir = p
	}
	d, err := petrarch.LoadDir(*dir, nil)
	if err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(*dir, "PETR.UnitTest.records.xml"))
	if err != nil {
		return err
	}
	recs, err := petrarch.ReadRecords(f, "PETR.UnitTest.records.xml")
	f.Close()
	if err != nil {
		return err
	}
	c := petrarch.NewCoder(d)
	if *mode != "both" && *mode != "text" && *mode != "treebank" {
		return fmt.Errorf("--mode %q: want text, treebank or both", *mode)
	}
	var text petrarch.Parser
	if *mode != "treebank" {
		m, err := nlp.Default()
		if err != nil {
			return err
		}
		text = petrarch.TextParser(m.Annotate)
	}
	if *show != "" {
		ids := map[string]bool{}
		for _, id := range strings.Split(*show, ",") {
			ids[strings.TrimSpace(id)] = true
		}
		for _, r := range recs {
			if !ids[r.ID] {
				continue
			}
			if *mode != "text" {
				petrarch.Explain(stdout, c, r, "treebank", petrarch.TreebankParser)
			}
			if text != nil {
				petrarch.Explain(stdout, c, r, "text", text)
			}
		}
		return nil
	}
	if *mode == "both" || *mode == "treebank" {
		petrarch.Report(stdout, "treebank", petrarch.Run(c, recs, petrarch.TreebankParser), *verbose)
	}
	if text != nil {
		petrarch.Report(stdout, "text", petrarch.Run(c, recs, text), *verbose)
	}
	return nil
}

// petrarchCoder returns a document coder for "--dict petrarch:DIR" (or a
// bare DIR): PETRARCH dictionaries over dyad's parser. With onTop, the
// PETRARCH actors and agents are added to dyad's own knowledge base;
// otherwise they stand alone.
func petrarchCoder(spec string, onTop bool) (func(news.Document) ([]event.Event, error), error) {
	dir := strings.TrimPrefix(spec, "petrarch:")
	var base *actor.KB
	if onTop {
		kb, err := actor.Default()
		if err != nil {
			return nil, err
		}
		base = kb
	}
	d, err := petrarch.LoadDir(dir, base)
	if err != nil {
		return nil, err
	}
	m, err := nlp.Default()
	if err != nil {
		return nil, err
	}
	c := petrarch.NewCoder(d)
	return func(doc news.Document) ([]event.Event, error) { return c.Document(doc, m.Annotate) }, nil
}

// runPetrarchCode is `dyad code --dict`, kept under the name PETRARCH users
// look for: --dict is required here.
func runPetrarchCode(args []string, stdout, stderr io.Writer) error {
	for _, a := range args {
		if a == "--dict" || a == "-dict" || strings.HasPrefix(a, "--dict=") || strings.HasPrefix(a, "-dict=") {
			return runCode(args, stdout, stderr)
		}
	}
	fmt.Fprintln(stderr, "usage: dyad petrarch-code --dict DIR [--with-kb] [--published DATE] [--format jsonl|tsv] FILE...|- (the same as dyad code --dict)")
	return errors.New("need --dict and at least one input")
}
