package nlp

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// TrainLemmaExceptions reads a CoNLL-U treebank and writes the exception
// table Lemma embeds (data/lemma_exceptions.tsv): for every lower-cased
// form and Penn tag whose most frequent gold lemma differs from what the
// inflection rules give, one line FORM<TAB>XPOS<TAB>LEMMA<TAB>COUNT, sorted,
// where COUNT is how often the pair occurred. Ties between lemmas go to the
// alphabetically first, so the output depends only on the input.
func TrainLemmaExceptions(conllu io.Reader, out io.Writer) error {
	type key struct{ form, xpos string }
	counts := make(map[key]map[string]int)
	sc := bufio.NewScanner(conllu)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 10 {
			return fmt.Errorf("conllu line %d: %d fields, want 10", line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue // multiword token ranges and empty nodes carry no lemma
		}
		form, lemma, xpos := f[1], f[2], f[4]
		if lemma == "_" && form != "_" || xpos == "_" || strings.ContainsAny(form, "\t\n") {
			continue
		}
		k := key{strings.ToLower(form), xpos}
		if counts[k] == nil {
			counts[k] = make(map[string]int)
		}
		counts[k][strings.ToLower(lemma)]++
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading conllu: %w", err)
	}

	type row struct {
		key
		lemma string
		n     int
	}
	var rows []row
	for k, lemmas := range counts {
		best, bestN, total := "", 0, 0
		for l, n := range lemmas {
			total += n
			if n > bestN || n == bestN && l < best {
				best, bestN = l, n
			}
		}
		if ruleLemma(k.form, k.xpos) != best {
			rows = append(rows, row{k, best, total})
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].form != rows[j].form {
			return rows[i].form < rows[j].form
		}
		return rows[i].xpos < rows[j].xpos
	})
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "# Lemma exceptions learned from a UD treebank by nlp.TrainLemmaExceptions:\n")
	fmt.Fprintf(w, "# lower-cased FORM, Penn XPOS, most frequent gold LEMMA, COUNT of the pair,\n")
	fmt.Fprintf(w, "# for pairs whose lemma the inflection rules in lemma.go get wrong.\n")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%s\t%s\t%d\n", r.form, r.xpos, r.lemma, r.n)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing lemma exceptions: %w", err)
	}
	return nil
}
