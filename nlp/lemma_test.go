package nlp

import (
	"bufio"
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"
)

func TestLemmaRules(t *testing.T) {
	cases := []struct{ word, upos, xpos, want string }{
		{"signed", "VERB", "VBD", "sign"},
		// irregular past forms the treebank shows under one tag only
		{"fought", "VERB", "VBD", "fight"},
		{"shot", "VERB", "VBP", "shoot"},
		{"stood", "VERB", "VBN", "stand"},
		{"stopped", "VERB", "VBD", "stop"},
		{"called", "VERB", "VBN", "call"},
		{"created", "VERB", "VBN", "create"},
		{"voted", "VERB", "VBD", "vote"},
		{"visited", "VERB", "VBD", "visit"},
		{"opened", "VERB", "VBD", "open"},
		{"agreed", "VERB", "VBD", "agree"},
		{"carried", "VERB", "VBD", "carry"},
		{"died", "VERB", "VBD", "die"},
		{"condemned", "VERB", "VBD", "condemn"},
		{"denounced", "VERB", "VBD", "denounce"},
		{"pledged", "VERB", "VBD", "pledge"},
		{"seized", "VERB", "VBN", "seize"},
		{"resolved", "VERB", "VBN", "resolve"},
		{"settled", "VERB", "VBN", "settle"},
		{"released", "VERB", "VBD", "release"},
		{"accused", "VERB", "VBD", "accuse"},
		{"focused", "VERB", "VBD", "focus"},
		{"required", "VERB", "VBD", "require"},
		{"decided", "VERB", "VBD", "decide"},
		{"negotiated", "VERB", "VBD", "negotiate"},
		{"travelled", "VERB", "VBD", "travel"},
		{"controlled", "VERB", "VBN", "control"},
		{"initialled", "VERB", "VBD", "initial"},
		{"signalled", "VERB", "VBD", "signal"},
		{"annulled", "VERB", "VBN", "annul"},
		{"installed", "VERB", "VBD", "install"},
		{"called", "VERB", "VBD", "call"},
		{"making", "VERB", "VBG", "make"},
		{"running", "VERB", "VBG", "run"},
		{"seeing", "VERB", "VBG", "see"},
		{"lying", "VERB", "VBG", "lie"},
		{"saying", "VERB", "VBG", "say"},
		{"threatening", "VERB", "VBG", "threaten"},
		{"managing", "VERB", "VBG", "manage"},
		{"vows", "VERB", "VBZ", "vow"},
		{"tries", "VERB", "VBZ", "try"},
		{"pushes", "VERB", "VBZ", "push"},
		{"goes", "VERB", "VBZ", "go"},
		{"is", "AUX", "VBZ", "be"},
		{"was", "AUX", "VBD", "be"},
		{"said", "VERB", "VBD", "say"},
		{"talks", "NOUN", "NNS", "talk"},
		{"countries", "NOUN", "NNS", "country"},
		{"churches", "NOUN", "NNS", "church"},
		{"women", "NOUN", "NNS", "woman"},
		{"wolves", "NOUN", "NNS", "wolf"},
		{"analyses", "NOUN", "NNS", "analysis"},
		{"1990s", "NOUN", "NNS", "1990s"},
		{"status", "NOUN", "NN", "status"},
		{"bigger", "ADJ", "JJR", "big"},
		{"larger", "ADJ", "JJR", "large"},
		{"happiest", "ADJ", "JJS", "happy"},
		{"smaller", "ADJ", "JJR", "small"},
		{"stronger", "ADJ", "JJR", "strong"},
		{"better", "ADJ", "JJR", "good"},
		{"Kim", "PROPN", "NNP", "kim"},
		{"The", "DET", "DT", "the"},
		{"them", "PRON", "PRP", "they"},
		{"n't", "PART", "RB", "not"},
		{"n’t", "PART", "RB", "not"},
		{"’s", "AUX", "VBZ", "be"},
		{"Kim’s", "PROPN", "NNP", "kim's"},
		{"Signed", "VERB", "VBD", "sign"},
		{"talks", "NOUN", "", "talks"},
	}
	for _, c := range cases {
		if got := Lemma(c.word, c.upos, c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", c.word, c.upos, c.xpos, got, c.want)
		}
	}
}

func TestLemmaNoAllocation(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		Lemma("talks", "NOUN", "NN")
		Lemma("the", "DET", "DT")
		Lemma("missile", "NOUN", "NN")
		Lemma("signed", "VERB", "VBD")
		Lemma("was", "AUX", "VBD")
	})
	if allocs != 0 {
		t.Errorf("Lemma allocated %.1f times per run for lower-case words", allocs)
	}
}

// lemmaAccuracy scores Lemma against a CoNLL-U file given its gold tags,
// comparing lower-cased gold lemmas.
func lemmaAccuracy(t *testing.T, path string) (correct, total int, errs map[string]int) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	errs = make(map[string]int)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 10 || strings.ContainsAny(c[0], "-.") {
			continue
		}
		total++
		got, want := Lemma(c[1], c[3], c[4]), strings.ToLower(c[2])
		if got == want {
			correct++
		} else {
			errs[c[1]+"/"+c[4]+" -> "+got+" (gold "+want+")"]++
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return correct, total, errs
}

// TestLemmaDevAccuracy checks the shipped rules and table on the EWT dev
// file (not used to build the table).
func TestLemmaDevAccuracy(t *testing.T) {
	path := sharedTestFile("data/ud-ewt/en_ewt-ud-dev.conllu")
	if path == "" {
		t.Skip("UD EWT dev file not found beside the repository")
	}
	correct, total, errs := lemmaAccuracy(t, path)
	acc := float64(correct) / float64(total)
	t.Logf("lemma accuracy on EWT dev with gold tags: %.4f (%d/%d)", acc, correct, total)
	if testing.Verbose() {
		type kv struct {
			k string
			n int
		}
		var list []kv
		for k, n := range errs {
			list = append(list, kv{k, n})
		}
		sortKV := func(a, b kv) int { return b.n - a.n }
		slices.SortFunc(list, sortKV)
		for i, e := range list {
			if i == 60 {
				break
			}
			t.Logf("%4d %s", e.n, e.k)
		}
	}
	if acc < 0.97 {
		t.Errorf("lemma accuracy %.4f below the 0.97 floor", acc)
	}
}

// TestTrainLemmaExceptionsMatchesShipped rebuilds the table from the EWT
// training file and compares it with the embedded one, so the committed file
// cannot drift from the rules.
func TestTrainLemmaExceptionsMatchesShipped(t *testing.T) {
	path := sharedTestFile("data/ud-ewt/en_ewt-ud-train.conllu")
	if path == "" {
		t.Skip("UD EWT train file not found beside the repository")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var buf bytes.Buffer
	if err := TrainLemmaExceptions(f, &buf); err != nil {
		t.Fatal(err)
	}
	if buf.String() != lemmaExceptionData {
		t.Errorf("data/lemma_exceptions.tsv is stale: regenerate it with TrainLemmaExceptions (got %d bytes, shipped %d)", buf.Len(), len(lemmaExceptionData))
	}
}

func TestTrainLemmaExceptionsSmall(t *testing.T) {
	const tb = "# sent_id = 1\n" +
		"1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n" +
		"2\twere\tbe\tAUX\tVBD\t_\t3\taux\t_\t_\n" +
		"3\tsigning\tsign\tVERB\tVBG\t_\t0\troot\t_\t_\n" +
		"4-5\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"4\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n" +
		"5\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n\n"
	var out bytes.Buffer
	if err := TrainLemmaExceptions(strings.NewReader(tb), &out); err != nil {
		t.Fatal(err)
	}
	m, err := parseLemmaExceptions(out.String())
	if err != nil {
		t.Fatal(err)
	}
	if len(m) != 2 || m["were"][0] != (lemmaEntry{"VBD", "be"}) || m["n't"][0] != (lemmaEntry{"RB", "not"}) {
		t.Errorf("learned %v, want exactly were/VBD->be and n't/RB->not", m)
	}
	if err := TrainLemmaExceptions(strings.NewReader("1\tbad line\n"), &out); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("malformed input gave error %v, want one naming line 1", err)
	}
}
