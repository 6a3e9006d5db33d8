package nlp

import (
	"strings"
	"testing"
)

// News sentences written for these tests. Each check names a dependent, its
// expected head and relation, only where the tree is unambiguous.
type arcCheck struct{ dep, head, rel string }

func findWord(s *Sentence, w string) int {
	for i, t := range s.Tokens {
		if t.Text == w {
			return i
		}
	}
	return -2
}

func TestParseNews(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text   string
		checks []arcCheck
	}{
		{"Chinese President Xi Jinping sent a letter to Kim.", []arcCheck{
			{"Xi", "sent", "nsubj"}, {"letter", "sent", "obj"}, {"Jinping", "Xi", "flat"},
			{"to", "Kim", "case"}, {"sent", "", "root"}, {"President", "Xi", "nmod:desc"},
		}},
		{"The embassy was attacked by protesters on Tuesday.", []arcCheck{
			{"embassy", "attacked", "nsubj:pass"}, {"was", "attacked", "aux:pass"},
			{"protesters", "attacked", "obl:agent"}, {"by", "protesters", "case"}, {"attacked", "", "root"},
		}},
		{"Police arrested three men in the capital.", []arcCheck{
			{"Police", "arrested", "nsubj"}, {"men", "arrested", "obj"}, {"three", "men", "nummod"},
			{"the", "capital", "det"},
		}},
		{"The minister said the talks would resume next week.", []arcCheck{
			{"minister", "said", "nsubj"}, {"resume", "said", "ccomp"}, {"talks", "resume", "nsubj"},
			{"would", "resume", "aux"},
		}},
		{"North Korean leader Kim Jong Un met the envoy.", []arcCheck{
			{"met", "", "root"}, {"envoy", "met", "obj"}, {"Jong", "Kim", "flat"}, {"Un", "Kim", "flat"},
		}},
	}
	for _, c := range cases {
		sents := m.Annotate(c.text)
		if len(sents) != 1 {
			t.Errorf("%q: %d sentences, want 1", c.text, len(sents))
			continue
		}
		s := &sents[0]
		for _, ch := range c.checks {
			d := findWord(s, ch.dep)
			if d < 0 {
				t.Errorf("%q: no word %q", c.text, ch.dep)
				continue
			}
			tok := s.Tokens[d]
			wantHead := -1
			if ch.head != "" {
				wantHead = findWord(s, ch.head)
			}
			if tok.Head != wantHead || tok.Dep != ch.rel {
				got := "ROOT"
				if tok.Head >= 0 {
					got = s.Tokens[tok.Head].Text
				}
				t.Errorf("%q: %s <-%s- %s, want <-%s- %s", c.text, ch.dep, tok.Dep, got, ch.rel, orRoot(ch.head))
			}
		}
	}
}

func rootOf(s *Sentence) int {
	for i, t := range s.Tokens {
		if t.Head == -1 {
			return i
		}
	}
	return -1
}

func TestDatelineEnd(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // first word after the dateline, "" for none
	}{
		{"SEOUL, Sept. 9 (UPI) -- The North fired a missile.", "The"},
		{"MOSCOW, March 3 -- Russia said it would expel two diplomats.", "Russia"},
		{"KYIV (Reuters) - Ukraine said on Friday it had shot down drones.", "Ukraine"},
		{"Washington, the capital, was quiet -- for now at least.", ""},
		{"NATO, the alliance, said nothing new.", ""},
	} {
		toks := Tokenize(c.text)
		e := datelineEnd(toks)
		got := ""
		if e > 0 {
			got = toks[e].Text
		}
		if got != c.want {
			t.Errorf("datelineEnd(%q) starts body at %q, want %q", c.text, got, c.want)
		}
	}
}

func orRoot(h string) string {
	if h == "" {
		return "ROOT"
	}
	return h
}

// TestAnnotateDateline checks that a dateline opening a story does not
// swallow the sentence's structure: the reporting verb is still the root
// of the clause and its subject is found.
func TestAnnotateDateline(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "SEOUL, Sept. 9 (UPI) -- South Korea's defense ministry said Monday that the North fired two missiles."
	sents := m.Annotate(text)
	if len(sents) != 1 {
		t.Fatalf("%d sentences", len(sents))
	}
	s := &sents[0]
	said := findWord(s, "said")
	ministry := findWord(s, "ministry")
	fired := findWord(s, "fired")
	if s.Tokens[ministry].Head != said || !strings.HasPrefix(s.Tokens[ministry].Dep, "nsubj") {
		t.Errorf("ministry: head %d dep %s, want nsubj of said", s.Tokens[ministry].Head, s.Tokens[ministry].Dep)
	}
	if s.Tokens[fired].Head != said || s.Tokens[fired].Dep != "ccomp" {
		t.Errorf("fired: head %d dep %s, want ccomp of said", s.Tokens[fired].Head, s.Tokens[fired].Dep)
	}
	// The dateline hangs on the sentence's root, the reporting verb.
	if s.Tokens[said].Head != -1 || s.Tokens[0].Head != said {
		t.Errorf("root is %d, SEOUL's head %d; want said (%d) as root and head of the dateline", rootOf(s), s.Tokens[0].Head, said)
	}
	for _, tk := range s.Tokens {
		if tk.UPOS == "" || tk.XPOS == "" || tk.Dep == "" || tk.Lemma == "" {
			t.Errorf("token %q not fully annotated: %+v", tk.Text, tk)
		}
	}
}

// TestAnnotateConcurrent checks that goroutines sharing one model get the
// same trees as a single goroutine does.
func TestAnnotateConcurrent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Ministers from both countries met in Geneva on Monday.",
		"The rebels said they had captured two towns near the border.",
		"Talks collapsed after the delegation walked out, officials said.",
	}
	want := make([][]Sentence, len(texts))
	for i, tx := range texts {
		want[i] = m.Annotate(tx)
	}
	done := make(chan string)
	for g := 0; g < 4; g++ {
		go func(g int) {
			for k := 0; k < 20; k++ {
				i := (g + k) % len(texts)
				got := m.Annotate(texts[i])
				if sc, err := Evaluate(want[i], got); err != nil || sc.LAS != 1 || sc.XPOS != 1 {
					done <- texts[i]
					return
				}
			}
			done <- ""
		}(g)
	}
	for g := 0; g < 4; g++ {
		if bad := <-done; bad != "" {
			t.Errorf("concurrent annotation of %q differs", bad)
		}
	}
}

// TestAnnotateOddInput feeds text no treebank has: it must come back as
// well-formed trees (one root, heads in range), never a panic.
func TestAnnotateOddInput(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("officials met and ", 400) + "agreed."
	for _, text := range []string{"", " ", ".", "\xff\xfe broken \xc3", "--", "A", long,
		"((( ))) ''' ... !!! ???", "中国 外交部 发言人 表示", "SEOUL, --"} {
		for _, s := range m.Annotate(text) {
			roots := 0
			for i, tk := range s.Tokens {
				if tk.Head == -1 {
					roots++
				} else if tk.Head < 0 || tk.Head >= len(s.Tokens) || tk.Head == i {
					t.Errorf("%q: token %d has head %d", text, i, tk.Head)
				}
				if tk.Dep == "" || tk.UPOS == "" {
					t.Errorf("%q: token %d unlabelled", text, i)
				}
			}
			if len(s.Tokens) > 0 && roots != 1 {
				t.Errorf("%q: %d roots", text, roots)
			}
		}
	}
}
