package news

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readAll reads every document of path, collecting document errors.
func readAll(t testing.TB, path string) ([]Document, []*DocError) {
	t.Helper()
	r, err := Open(path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	defer r.Close()
	var docs []Document
	var errs []*DocError
	for {
		d, err := r.Next()
		if err == io.EOF {
			return docs, errs
		}
		var de *DocError
		if errors.As(err, &de) {
			errs = append(errs, de)
			continue
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		docs = append(docs, d)
	}
}

func write(t testing.TB, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPlainText(t *testing.T) {
	dir := t.TempDir()
	text := "SEOUL, Sept. 9 (UPI) -- South Korea's spy agency said Monday that the North had test-fired two missiles.\n\nThe launches followed drills.\n"
	p := write(t, dir, "stories/seoul-0909.txt", text)
	docs, errs := readAll(t, p)
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("docs %d errs %v", len(docs), errs)
	}
	d := docs[0]
	if d.ID != "seoul-0909.txt" || d.Text != text {
		t.Errorf("ID %q, text changed: %v", d.ID, d.Text != text)
	}
	if d.Place != "SEOUL" || d.Outlet != "UPI" || d.Text[d.BodyStart:d.BodyStart+5] != "South" {
		t.Errorf("dateline: place %q outlet %q body %q", d.Place, d.Outlet, d.Text[d.BodyStart:])
	}
	// Undated file: the dateline has no year and nothing in the text gives it.
	if d.Published != "" || d.Date != "" {
		t.Errorf("published %q date %q, want both empty", d.Published, d.Date)
	}
	if err := d.SetPublished("2024-09-10"); err != nil {
		t.Fatal(err)
	}
	if d.Date != "2024-09-09" || d.Published != "2024-09-10" {
		t.Errorf("after SetPublished: date %q published %q", d.Date, d.Published)
	}
}

func TestSetPublishedRejects(t *testing.T) {
	var d Document
	for _, bad := range []string{"yesterday", "2024-13-01", "2024-02-30", "24-06-19", "2024/06/19"} {
		err := d.SetPublished(bad)
		if err == nil || !strings.Contains(err.Error(), bad) {
			t.Errorf("SetPublished(%q) = %v, want an error naming the value", bad, err)
		}
	}
	for _, good := range []string{"2024", "2024-06", "2024-06-19", "2024-06-19T08:15:00Z", "2024-06-19T08:15:00+09:00"} {
		if err := d.SetPublished(good); err != nil || d.Published != good {
			t.Errorf("SetPublished(%q) = %v, Published %q", good, err, d.Published)
		}
	}
}

func TestDatelineYearNotAfterPublication(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.jsonl", `{"text":"TOKYO, Dec. 31 (Kyodo) -- Japan's prime minister said.","published":"2025-01-02"}`+"\n")
	docs, _ := readAll(t, p)
	if len(docs) != 1 || docs[0].Date != "2024-12-31" {
		t.Fatalf("got %+v", docs)
	}
}

func TestDatelineYearFromText(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "story", "BEIJING, March 28 (Xinhua) -- Chinese and Cambodian officials met in Beijing on March 28, 2025 to sign a trade memorandum.")
	docs, errs := readAll(t, p)
	if len(docs) != 1 || len(errs) != 0 {
		t.Fatalf("docs %v errs %v", docs, errs)
	}
	if docs[0].Date != "2025-03-28" || docs[0].Published != "2025-03-28" {
		t.Errorf("date %q published %q", docs[0].Date, docs[0].Published)
	}
}

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		`{"id":"k1","text":"BEIJING (Reuters) - China urged restraint.","published":"2024-06-19","outlet":"Reuters wire","url":"https://example.org/k1","title":"China urges restraint"}`,
		`{"id": "k2", "text": broken}`,
		`{"title":"a story without text"}`,
		``,
		`{"text":"MOSCOW, June 19, 2024 /TASS/. Russia and North Korea signed a treaty."}`,
		`{"id":7,"text":"Tehran, IRNA -- Iran's foreign minister met his Omani counterpart.","published":"19 June"}`,
		"{\"id\":\"k8\",\"text\":\"bad \xff bytes\"}",
		`{"id":"k9","text":"Plain story with no dateline.","published":"2024-06-20T10:00:00Z"}`,
	}
	p := write(t, dir, "feed.jsonl", strings.Join(lines, "\n")+"\n")
	docs, errs := readAll(t, p)
	if len(docs) != 3 {
		t.Fatalf("got %d docs, want 3: %+v", len(docs), docs)
	}
	wantErr := map[int]string{2: "bad JSON", 3: `missing field "text"`, 6: `field "published"`, 7: "invalid UTF-8"}
	if len(errs) != len(wantErr) {
		t.Fatalf("errors %v, want lines %v", errs, wantErr)
	}
	for _, e := range errs {
		if e.File != p || !strings.Contains(e.Error(), wantErr[e.Line]) || !strings.Contains(e.Error(), "line ") {
			t.Errorf("error %q (line %d) does not match %q", e, e.Line, wantErr[e.Line])
		}
	}
	if d := docs[0]; d.ID != "k1" || d.Outlet != "Reuters wire" || d.URL != "https://example.org/k1" || d.Title != "China urges restraint" || d.Place != "BEIJING" || d.Published != "2024-06-19" {
		t.Errorf("doc 0: %+v", d)
	}
	if d := docs[1]; d.ID != "feed.jsonl:5" || d.Published != "2024-06-19" || d.Outlet != "TASS" || d.Place != "MOSCOW" {
		t.Errorf("doc 1: %+v", d)
	}
	if d := docs[2]; d.ID != "k9" || d.BodyStart != 0 || d.Place != "" {
		t.Errorf("doc 2: %+v", d)
	}
}

func TestBinaryAndInvalidInput(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]string{
		"image.txt":  "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
		"nul.txt":    "SEOUL -- text\x00with a NUL",
		"latin1.txt": "line one\nPyongyang said caf\xe9 prices rose\n",
		"image.html": "\x89PNG\r\n\x1a\n\x00\x00",
		"empty.txt":  " \n\n",
		"pic.jsonl":  "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n{\"text\":\"never read\"}\n",
		"utf16.txt":  "\xff\xfeS\x00E\x00",
		"array.json": `[{"text":"a"},{"text":"b"}]`,
	}
	want := map[string]string{
		"image.txt": "PNG image", "nul.txt": "NUL", "latin1.txt": "invalid UTF-8", "image.html": "PNG image",
		"empty.txt": "empty", "pic.jsonl": "PNG image", "utf16.txt": "UTF-16", "array.json": "JSON array",
	}
	for name, content := range cases {
		p := write(t, dir, name, content)
		docs, errs := readAll(t, p)
		if len(docs) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), want[name]) || !strings.Contains(errs[0].Error(), p) {
			t.Errorf("%s: docs %d errs %v, want one error naming the file and %q", name, len(docs), errs, want[name])
		}
	}
	if _, errs := readAll(t, filepath.Join(dir, "latin1.txt")); len(errs) == 1 && errs[0].Line != 2 {
		t.Errorf("latin1 error line %d, want 2", errs[0].Line)
	}
}

func TestStdinSniffing(t *testing.T) {
	cases := []struct {
		in     string
		format Format
	}{
		{`{"text":"x"}` + "\n", JSONL},
		{"  <!doctype html><p>hi</p>", HTML},
		{"SEOUL (Yonhap) -- text", Text},
	}
	for _, c := range cases {
		f, err := os.CreateTemp(t.TempDir(), "stdin")
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString(c.in)
		f.Seek(0, 0)
		old := os.Stdin
		os.Stdin = f
		r, err := Open("-")
		os.Stdin = old
		if err != nil {
			t.Fatal(err)
		}
		if r.Format() != c.format {
			t.Errorf("%q sniffed as %v, want %v", c.in, r.Format(), c.format)
		}
		if c.format != HTML {
			d, err := r.Next()
			if err != nil || !strings.HasPrefix(d.ID, "stdin") {
				t.Errorf("%q: %+v %v", c.in, d, err)
			}
		}
		f.Close()
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b/2.txt", "b/1.html", "a.jsonl", "c/.hidden.txt", ".git/config", "d/photo.png", "d/notes.md", "d/wire", "z.ndjson"} {
		write(t, dir, n, "x")
	}
	got, err := Expand([]string{dir, "-"})
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, g := range got {
		if g == "-" {
			rel = append(rel, g)
			continue
		}
		r, _ := filepath.Rel(dir, g)
		rel = append(rel, filepath.ToSlash(r))
	}
	want := "a.jsonl b/1.html b/2.txt d/wire z.ndjson -"
	if strings.Join(rel, " ") != want {
		t.Errorf("Expand = %v, want %s", rel, want)
	}
	if _, err := Expand([]string{filepath.Join(dir, "missing")}); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("missing path: %v", err)
	}
}

// FuzzReader feeds arbitrary bytes to every format: each document either
// reads or fails with a *DocError; nothing panics and reading always ends.
func FuzzReader(f *testing.F) {
	for _, s := range []string{
		`{"text":"SEOUL (Yonhap) -- x"}` + "\n{bad\n",
		"\x89PNG\r\n\x1a\n\x00",
		"<html><body><p>PARIS (AFP) - text</p></body></html>",
		"plain \xff text",
		"",
	} {
		f.Add([]byte(s), uint8(0))
	}
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		if format%3 == uint8(HTML) && len(data) > 4096 {
			return // trafilatura is slow on large random pages; keep the fuzzer fast
		}
		r := NewReader(bytes.NewReader(data), "fuzz", Format(format%3))
		for n := 0; n < len(data)+2; n++ {
			d, err := r.Next()
			if err == io.EOF {
				return
			}
			var de *DocError
			if err != nil && !errors.As(err, &de) {
				t.Fatalf("non-document error %v", err)
			}
			if err == nil && (d.BodyStart < 0 || d.BodyStart > len(d.Text)) {
				t.Fatalf("BodyStart %d outside text of %d", d.BodyStart, len(d.Text))
			}
		}
		t.Fatalf("reader did not end")
	})
}

func TestLongLines(t *testing.T) {
	old := maxDocBytes
	maxDocBytes = 100
	defer func() { maxDocBytes = old }()
	dir := t.TempDir()
	long := `{"id":"big","text":"` + strings.Repeat("x", 200000) + `"}`
	p := write(t, dir, "f.jsonl", `{"id":"a","text":"first"}`+"\n"+long+"\n"+`{"id":"c","text":"last"}`+"\n")
	docs, errs := readAll(t, p)
	if len(docs) != 2 || docs[0].ID != "a" || docs[1].ID != "c" || len(errs) != 1 || errs[0].Line != 2 || !strings.Contains(errs[0].Error(), "too long") {
		t.Errorf("docs %+v errs %v", docs, errs)
	}
	p = write(t, dir, "big.txt", strings.Repeat("word ", 100))
	if docs, errs := readAll(t, p); len(docs) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "larger than") {
		t.Errorf("big text: docs %d errs %v", len(docs), errs)
	}
}
