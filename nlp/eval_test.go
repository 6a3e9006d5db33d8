package nlp

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

// A tiny treebank written for this test: two sentences, gold and a
// prediction with known mistakes.
const goldBank = `# text = Envoys met in Oslo.
1	Envoys	envoy	NOUN	NNS	_	2	nsubj	_	_
2	met	meet	VERB	VBD	_	0	root	_	_
3	in	in	ADP	IN	_	4	case	_	_
4	Oslo	Oslo	PROPN	NNP	_	2	obl	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_

# text = Talks resumed quietly.
1	Talks	talk	NOUN	NNS	_	2	nsubj	_	_
2	resumed	resume	VERB	VBD	_	0	root	_	_
3	quietly	quietly	ADV	RB	_	2	advmod	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

`

// Mistakes: "Oslo" tagged NOUN/NN (upos and xpos wrong) and attached to
// "in" (head wrong); "quietly" labelled obl (label wrong, head right);
// "Talks" gets XPOS NN (xpos wrong only); "in" labelled "case:x" which
// counts as case.
const predBank = `1	Envoys	envoy	NOUN	NNS	_	2	nsubj	_	_
2	met	meet	VERB	VBD	_	0	root	_	_
3	in	in	ADP	IN	_	4	case:x	_	_
4	Oslo	Oslo	NOUN	NN	_	3	obl	_	_
5	.	.	PUNCT	.	_	2	punct	_	_

1	Talks	talk	NOUN	NN	_	2	nsubj	_	_
2	resumed	resume	VERB	VBD	_	0	root	_	_
3	quietly	quietly	ADV	RB	_	2	obl	_	_
4	.	.	PUNCT	.	_	2	punct	_	_
`

func TestEvaluate(t *testing.T) {
	gold, err := ReadCoNLLU(strings.NewReader(goldBank))
	if err != nil {
		t.Fatal(err)
	}
	pred, err := ReadCoNLLU(strings.NewReader(predBank))
	if err != nil {
		t.Fatal(err)
	}
	sc, err := Evaluate(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	want := Scores{Words: 9, UPOS: 8.0 / 9, XPOS: 7.0 / 9, UAS: 8.0 / 9, LAS: 7.0 / 9}
	for _, c := range []struct {
		name      string
		got, want float64
	}{{"upos", sc.UPOS, want.UPOS}, {"xpos", sc.XPOS, want.XPOS}, {"uas", sc.UAS, want.UAS}, {"las", sc.LAS, want.LAS}} {
		if math.Abs(c.got-c.want) > 1e-9 {
			t.Errorf("%s = %.4f, want %.4f", c.name, c.got, c.want)
		}
	}
	if sc.Words != 9 {
		t.Errorf("words = %d, want 9", sc.Words)
	}
	if _, err := Evaluate(gold, pred[:1]); err == nil {
		t.Error("sentence count mismatch not reported")
	}
}

func TestReadCoNLLU(t *testing.T) {
	gold, err := ReadCoNLLU(strings.NewReader(goldBank))
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 2 || len(gold[0].Tokens) != 5 {
		t.Fatalf("got %d sentences", len(gold))
	}
	if h := gold[0].Tokens[1].Head; h != -1 {
		t.Errorf("root head = %d, want -1", h)
	}
	if h := gold[0].Tokens[3].Head; h != 1 {
		t.Errorf("Oslo head = %d, want 1 (met)", h)
	}
	// SpaceAfter=No puts the period right after "Oslo".
	if o, p := gold[0].Tokens[3], gold[0].Tokens[4]; o.End != p.Start {
		t.Errorf("Oslo ends at %d, period starts at %d", o.End, p.Start)
	}
	for _, bad := range []struct{ in, want string }{
		{"1\tA\ta\tX\tX\t_\t0\troot\t_\n", "line 1: want 10"},
		{"1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", "line 2: word id"},
		{"1\tA\ta\tX\tX\t_\tz\troot\t_\t_\n", "line 1: bad head"},
		{"1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n\n", "head 5"},
	} {
		_, err := ReadCoNLLU(strings.NewReader(bad.in))
		if err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("ReadCoNLLU(%q) error = %v, want %q", bad.in, err, bad.want)
		}
	}
	// Multiword token ranges and empty nodes are skipped.
	mw, err := ReadCoNLLU(strings.NewReader("1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n2.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n"))
	if err != nil || len(mw) != 1 || len(mw[0].Tokens) != 2 {
		t.Errorf("multiword: %v %v", mw, err)
	}
}

func TestWriteCoNLLURoundTrip(t *testing.T) {
	gold, err := ReadCoNLLU(strings.NewReader(goldBank))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, "", gold); err != nil {
		t.Fatal(err)
	}
	back, err := ReadCoNLLU(&buf)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := Evaluate(gold, back)
	if err != nil || sc.LAS != 1 || sc.XPOS != 1 {
		t.Errorf("round trip scores %+v, %v", sc, err)
	}
}
