package nlp

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ReadCoNLLU reads a CoNLL-U treebank into sentences of syntactic words.
// Multiword-token ranges ("3-4") and empty nodes ("8.1") are skipped, as the
// UD evaluation does with gold tokenization. Token offsets are those of a text
// rebuilt from the forms, with a space after each word unless its MISC column
// says SpaceAfter=No. Errors name the line.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var (
		out    []Sentence
		cur    Sentence
		heads  []int
		lineNo int
		pos    int
	)
	flush := func() error {
		if len(cur.Tokens) == 0 {
			return nil
		}
		for i, h := range heads {
			if h > len(cur.Tokens) {
				return fmt.Errorf("line %d: sentence %d: head %d of word %d is beyond the sentence", lineNo, len(out)+1, h, i+1)
			}
			cur.Tokens[i].Head = h - 1
		}
		cur.Index = len(out)
		cur.End = cur.Tokens[len(cur.Tokens)-1].End
		out = append(out, cur)
		pos += 1 // sentence separator in the rebuilt text
		cur = Sentence{}
		heads = heads[:0]
		return nil
	}
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if line == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		if line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("line %d: want 10 tab-separated fields, got %d", lineNo, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue // multiword token range or empty node
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != len(cur.Tokens)+1 {
			return nil, fmt.Errorf("line %d: word id %q, want %d", lineNo, f[0], len(cur.Tokens)+1)
		}
		head := 0
		if f[6] != "_" {
			head, err = strconv.Atoi(f[6])
			if err != nil || head < 0 {
				return nil, fmt.Errorf("line %d: bad head %q", lineNo, f[6])
			}
		}
		if len(cur.Tokens) == 0 {
			cur.Start = pos
		}
		t := Token{Text: f[1], Start: pos, End: pos + len(f[1]), Lemma: unscore(f[2]),
			UPOS: unscore(f[3]), XPOS: unscore(f[4]), Dep: unscore(f[7])}
		pos = t.End
		if !strings.Contains(f[9], "SpaceAfter=No") {
			pos++
		}
		cur.Tokens = append(cur.Tokens, t)
		heads = append(heads, head)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", lineNo, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

func unscore(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

func score(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// WriteCoNLLU writes sentences in CoNLL-U. text is the document the token
// offsets point into; when it is given, each sentence gets a "# text" comment
// and SpaceAfter=No marks words not followed by a space.
func WriteCoNLLU(w io.Writer, text string, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for si := range sents {
		s := &sents[si]
		fmt.Fprintf(bw, "# sent_id = %d\n", si+1)
		if text != "" && s.Start >= 0 && s.End <= len(text) && s.Start <= s.End {
			fmt.Fprintf(bw, "# text = %s\n", strings.Join(strings.Fields(text[s.Start:s.End]), " "))
		}
		for i := range s.Tokens {
			t := &s.Tokens[i]
			misc := "_"
			if i+1 < len(s.Tokens) && s.Tokens[i+1].Start == t.End {
				misc = "SpaceAfter=No"
			}
			dep := t.Dep
			head := t.Head + 1
			if t.Head < 0 && dep == "" {
				dep = "root"
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t_\t%d\t%s\t_\t%s\n", i+1, score(t.Text), score(t.Lemma),
				score(t.UPOS), score(t.XPOS), head, score(dep), misc)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
