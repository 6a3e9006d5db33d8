package coder

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefaultDictionaryCoverage(t *testing.T) {
	d, err := DefaultDictionary()
	if err != nil {
		t.Fatal(err)
	}
	roots := map[string]bool{}
	for _, c := range d.Codes() {
		roots[c[:2]] = true
	}
	t.Logf("%d pattern lines, %d expanded patterns, %d codes, %d roots", d.Lines, d.Patterns, len(d.Codes()), len(roots))
	if len(roots) != 20 {
		t.Errorf("dictionary covers %d CAMEO roots, want all 20", len(roots))
	}
	if len(d.Codes()) < 200 {
		t.Errorf("dictionary has %d distinct codes, want >= 200", len(d.Codes()))
	}
	if d.Patterns < 2000 {
		t.Errorf("dictionary has %d expanded patterns, want >= 2000", d.Patterns)
	}
}

func TestLoaderErrorsNameFileAndLine(t *testing.T) {
	cases := []struct{ file, want string }{
		{"&A = x y\n051 praise obj:&B\n", "verbs.txt line 2"},
		{"\n\n05x praise\n", "verbs.txt line 3"},
		{"051 praise to=X\n", "verbs.txt line 1"},
		{"&A = x\n&A = y\n", "verbs.txt line 2"},
		{"051\n", "verbs.txt line 1"},
	}
	for _, c := range cases {
		fs := fstest.MapFS{"d/verbs.txt": {Data: []byte(c.file)}}
		_, err := LoadDictionary(fs, "d")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want one naming %q", c.file, err, c.want)
		}
	}
}

func TestLoaderExpandsSets(t *testing.T) {
	fs := fstest.MapFS{
		"d/sets.txt":  {Data: []byte("&CRIT = criticize denounce\n")},
		"d/verbs.txt": {Data: []byte("# comment\n111 &CRITICIZE|slam obj:@actor  # inline\n057/057 sign with=T\n")},
		"d/nouns.txt": {Data: []byte("040/040 summit\n")},
	}
	_, err := LoadDictionary(fs, "d")
	if err == nil {
		t.Fatal("unknown set &CRITICIZE accepted")
	}
	fs["d/verbs.txt"] = &fstest.MapFile{Data: []byte("111 &CRIT|slam obj:@actor\n057/057 sign with=T\n")}
	d, err := LoadDictionary(fs, "d")
	if err != nil {
		t.Fatal(err)
	}
	if d.Patterns != 5 || d.Lines != 3 {
		t.Errorf("got %d patterns from %d lines, want 5 from 3", d.Patterns, d.Lines)
	}
	if len(d.verbs["denounce"]) != 1 || d.verbs["denounce"][0].Code != "111" {
		t.Errorf("denounce not indexed: %v", d.verbs["denounce"])
	}
	if p := d.verbs["sign"][0]; !p.Symmetric() {
		t.Errorf("057/057 not symmetric")
	}
	if len(d.nouns["summit"]) != 1 || len(d.verbs["summit"]) != 0 {
		t.Errorf("noun file patterns misfiled")
	}
}
