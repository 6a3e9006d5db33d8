package nlp

import "testing"

// FuzzAnnotate runs the whole tagger, parser and the news repairs on
// arbitrary text: no panic, and every sentence stays one well-formed tree
// with a label on every word.
func FuzzAnnotate(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, s := range []string{
		"Israeli warplanes struck military sites in Iran. Police arrested dozens of protesters.",
		"French President Emmanuel Macron hosted Indian Prime Minister Narendra Modi in Paris.",
		"The junta, which took power in a coup, expelled the French ambassador.",
		"Pyongyang on Tuesday blew up roads. German Chancellor Olaf Scholz hosted Chinese Premier Li Qiang.",
		"SEOUL, Sept. 9 (UPI) -- Nigerian President Bola Tinubu, who chairs the bloc, told the coup leaders to leave.",
	} {
		f.Add(s)
	}
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, s := range m.Annotate(text) {
			n := len(s.Tokens)
			if n == 0 {
				continue
			}
			if !wellFormed(&s, 0, n) {
				t.Fatalf("malformed tree for %q", text)
			}
			for _, tk := range s.Tokens {
				if tk.Dep == "" || tk.UPOS == "" {
					t.Fatalf("unlabelled token %q in %q", tk.Text, text)
				}
			}
		}
	})
}
