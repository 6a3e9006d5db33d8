package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/news"
)

func init() {
	register(command{name: "eval", summary: "score events against a gold set (as shared/tools/score.py) with breakdowns",
		run: func(args []string) error { return runEval(args, os.Stdout, os.Stderr) }})
}

// parseInterleaved parses flags that may come before, between or after the
// positional arguments, as score.py's command line allows.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func runEval(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print score.py's --json line instead of the text report (no breakdown)")
	levels := fs.String("levels", "root,plover,exact", "matching levels, comma-separated")
	noBreakdown := fs.Bool("no-breakdown", false, "print only the score.py lines")
	out := fs.String("out", "", "also write the coded events to this file (when coding the gold documents)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents coded at once")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad eval [flags] GOLD.jsonl [EVENTS.jsonl]\n\n"+
			"Without EVENTS, codes the gold documents first. Prints the scores exactly as\n"+
			"shared/tools/score.py does, then per-root and per-phenomenon breakdowns and\n"+
			"every miss and false alarm with its sentence.")
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 1 || len(pos) > 2 {
		fs.Usage()
		return errors.New("want GOLD.jsonl and optionally EVENTS.jsonl")
	}
	gf, err := os.Open(pos[0])
	if err != nil {
		return fmt.Errorf("reading gold: %w", err)
	}
	gold, err := eval.ReadGold(gf, pos[0])
	gf.Close()
	if err != nil {
		return err
	}

	var sys *eval.System
	failed := 0
	if len(pos) == 2 {
		f, err := os.Open(pos[1])
		if err != nil {
			return fmt.Errorf("reading events: %w", err)
		}
		sys, err = eval.ReadSystem(f, pos[1])
		f.Close()
		if err != nil {
			return err
		}
	} else {
		c, err := defaultCoder()
		if err != nil {
			return fmt.Errorf("loading the coder: %w", err)
		}
		var buf bytes.Buffer
		w := event.NewJSONLWriter(&buf)
		failed, err = codeStream(pos[:1], "", *workers, c.Code, func(_ *news.Document, evs []event.Event) error {
			for i := range evs {
				if err := w.Write(&evs[i]); err != nil {
					return err
				}
			}
			return nil
		}, stderr)
		if err == nil {
			err = w.Flush()
		}
		if err != nil {
			return fmt.Errorf("coding the gold documents: %w", err)
		}
		if *out != "" {
			if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
				return fmt.Errorf("writing --out: %w", err)
			}
		}
		if sys, err = eval.ReadSystem(&buf, "coded events"); err != nil {
			return err
		}
	}

	rep, err := eval.Score(gold, sys, strings.Split(*levels, ",")...)
	if err != nil {
		return fmt.Errorf("--levels: %w", err)
	}
	if *asJSON {
		_, err = io.WriteString(stdout, rep.JSON())
	} else {
		_, err = io.WriteString(stdout, rep.String())
		if err == nil && !*noBreakdown {
			err = eval.Analyse(gold, sys).Write(stdout)
		}
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d gold document(s) could not be coded (see above)", failed)
	}
	return nil
}
