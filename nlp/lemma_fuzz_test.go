package nlp

import (
	"strings"
	"testing"
)

func FuzzLemma(f *testing.F) {
	for _, s := range []string{"signed", "Countries", "lying", "80's", "bigger", "x", "", "ÉTÉS", "qu", "\xffed"} {
		for _, x := range []string{"VBD", "VBG", "NNS", "JJR", "JJS", "VBZ", ""} {
			f.Add(s, x)
		}
	}
	f.Fuzz(func(t *testing.T, word, xpos string) {
		got := Lemma(word, "", xpos)
		if got != strings.ToLower(got) {
			t.Errorf("Lemma(%q, %q) = %q, not lower case", word, xpos, got)
		}
		if again := Lemma(word, "", xpos); again != got {
			t.Errorf("Lemma(%q, %q) not deterministic: %q then %q", word, xpos, got, again)
		}
	})
}

// BenchmarkLemma lemmatizes a mix of news words with their Penn tags.
func BenchmarkLemma(b *testing.B) {
	words := [][2]string{
		{"the", "DT"}, {"North", "NNP"}, {"fired", "VBD"}, {"missiles", "NNS"}, {"into", "IN"},
		{"sea", "NN"}, {"said", "VBD"}, {"officials", "NNS"}, {"was", "VBD"}, {"launching", "VBG"},
		{"talks", "NNS"}, {"agreed", "VBN"}, {"bigger", "JJR"}, {"Kim", "NNP"}, {"has", "VBZ"},
		{"urges", "VBZ"}, {"countries", "NNS"}, {"of", "IN"}, {"and", "CC"}, {"military", "JJ"},
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Lemma(w[0], "", w[1])
		}
	}
}
