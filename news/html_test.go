package news

import (
	"path/filepath"
	"strings"
	"testing"
)

// furnitureWords must never reach the text: navigation, comments, scripts,
// share buttons, bylines, adverts, footers.
var furnitureWords = []string{
	"Home", "Sport", "Log in", "Front page", "Newsletters", "Reader42", "Observer:", "falcon77", "grainwatcher",
	"mark my words", "Please let us know", "issues with commenting", "Share", "Facebook", "Twitter",
	"By Mira", "By Jane Roe", "Staff Reporters", "trackEvent", "dataLayer", "protested the article view",
	"condemned the tracker", "condemned the advertisers", "praised the comment", "Related", "Copyright", "©",
	"Privacy", "Terms", "Advertisement", "Join the conversation", "sanction everyone", "Japan and China sign",
}

func TestHTMLArticle(t *testing.T) {
	cases := []struct {
		file, title, published, place, outlet, body string
		paragraphs                                  []string
	}{
		{
			file: "article.html", title: "Border talks resume as envoys meet in Panmunjom", published: "2024-03-14",
			place: "SEOUL", outlet: "HLN", body: "Envoys from the two Koreas",
			paragraphs: []string{
				"The unification ministry said the delegations discussed reopening a military hotline",
				"Pyongyang's delegation, led by a vice minister,",
				"depend on whether the military hotline is actually restored.",
			},
		},
		{
			file: "opinion-page.html", title: "Ministers agree on grain corridor", published: "2023-07-02",
			place: "ANKARA", outlet: "NCR", body: "Foreign ministers from Turkey and Ukraine",
			paragraphs: []string{
				"inspections of cargo ships would resume in Istanbul",
				"Russia's foreign ministry did not comment on the agreement",
				"the first vessels to leave Odesa by the middle of the month.",
			},
		},
	}
	for _, c := range cases {
		docs, errs := readAll(t, filepath.Join("testdata", c.file))
		if len(errs) != 0 || len(docs) != 1 {
			t.Fatalf("%s: docs %d errs %v", c.file, len(docs), errs)
		}
		d := docs[0]
		if d.Title != c.title || d.Published != c.published || d.Place != c.place || d.Outlet != c.outlet {
			t.Errorf("%s: title %q published %q place %q outlet %q", c.file, d.Title, d.Published, d.Place, d.Outlet)
		}
		if !strings.HasPrefix(d.Text[d.BodyStart:], c.body) {
			t.Errorf("%s: body starts %q", c.file, d.Text[d.BodyStart:min(len(d.Text), d.BodyStart+60)])
		}
		if strings.HasPrefix(d.Text, c.title) {
			t.Errorf("%s: headline left in the text", c.file)
		}
		for _, p := range c.paragraphs {
			if !strings.Contains(d.Text, p) {
				t.Errorf("%s: text lacks %q:\n%s", c.file, p, d.Text)
			}
		}
		for _, w := range furnitureWords {
			if strings.Contains(d.Text, w) {
				t.Errorf("%s: page furniture %q reached the text:\n%s", c.file, w, d.Text)
			}
		}
		// Paragraphs stay apart so sentences never run across them.
		if strings.Count(d.Text, "\n\n") < 2 {
			t.Errorf("%s: paragraphs merged:\n%s", c.file, d.Text)
		}
	}
}

func TestHTMLCharset(t *testing.T) {
	docs, errs := readAll(t, filepath.Join("testdata", "latin1.html"))
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("docs %d errs %v", len(docs), errs)
	}
	if d := docs[0]; !strings.Contains(d.Text, "met at a café near the Élysée") || d.Title != "Café talks" || d.Place != "PARIS" || d.Outlet != "AFP" {
		t.Errorf("got %+v", d)
	}
}

func TestHTMLWithoutArticle(t *testing.T) {
	p := filepath.Join("testdata", "navonly.html")
	docs, errs := readAll(t, p)
	if len(docs) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "no article text") || !strings.Contains(errs[0].Error(), p) {
		t.Errorf("docs %v errs %v", docs, errs)
	}
}

func TestCleanExtracted(t *testing.T) {
	in := "Share\n\nFacebook Twitter Email\n\nBy Jane Roe\n\nSEOUL (AP) — The envoys met.\nBy the end of the day they agreed.\n\n12 Comments\n\nPlease let us know if you're having issues with commenting."
	in += "\n\nComments from Beijing were not immediately available.\nBy Monday, 40 people had died.\nBy Jane Roe, Reuters\nUpdated: Sept. 9, 2024 10:00 GMT\n\nCopyright 2024 Harbor Ledger. All rights reserved."
	want := "SEOUL (AP) — The envoys met.\nBy the end of the day they agreed.\n\nComments from Beijing were not immediately available.\nBy Monday, 40 people had died."
	if got := cleanExtracted(in); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
