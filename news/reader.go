package news

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// DocError reports one bad document; the Reader can go on to the next.
type DocError struct {
	File string // the file as given ("-" reads as "stdin")
	Line int    // 1-based line for JSON Lines, 0 for whole-file formats
	Err  error
}

func (e *DocError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s line %d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *DocError) Unwrap() error { return e.Err }

// Format is how a file's articles are encoded.
type Format int

const (
	Text  Format = iota // one plain-text article per file
	JSONL               // one JSON object per line
	HTML                // one web page per file
)

func (f Format) String() string {
	switch f {
	case JSONL:
		return "jsonl"
	case HTML:
		return "html"
	}
	return "text"
}

// maxDocBytes bounds one article (a whole text or HTML file, or one JSON line):
// anything larger is not a news story. A variable so tests can lower it.
var maxDocBytes = 32 << 20

// Reader reads the documents of one file or of standard input.
type Reader struct {
	name   string // for errors: the path, or "stdin"
	base   string // for ids: the file name without directory
	closer io.Closer
	br     *bufio.Reader
	format Format
	line   int  // JSONL lines read so far
	done   bool // no more documents
	// HTML options
	html HTMLOptions
}

// Open opens a file of articles, or standard input for "-". The format comes
// from the extension (.jsonl/.ndjson/.json: JSON Lines; .html/.htm: HTML), or
// for other names and stdin from the content: '<' starts HTML, '{' JSON Lines
// (stdin and files without extension), anything else is plain text.
func Open(path string) (*Reader, error) {
	r := &Reader{name: path, base: filepath.Base(path)}
	var src io.Reader
	if path == "-" {
		r.name, r.base = "stdin", "stdin"
		src = os.Stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("opening article file: %w", err)
		}
		if st, err := f.Stat(); err == nil && st.IsDir() {
			f.Close()
			return nil, fmt.Errorf("opening article file %s: is a directory (use news.Expand)", path)
		}
		src, r.closer = f, f
	}
	r.br = bufio.NewReaderSize(src, 64<<10)
	r.format = r.sniff(path)
	return r, nil
}

// NewReader reads documents from src in the given format; name labels errors
// and ids.
func NewReader(src io.Reader, name string, format Format) *Reader {
	return &Reader{name: name, base: filepath.Base(name), br: bufio.NewReaderSize(src, 64<<10), format: format}
}

// SetHTMLOptions tunes how HTML pages are extracted.
func (r *Reader) SetHTMLOptions(o HTMLOptions) { r.html = o }

// Format is the format the reader detected.
func (r *Reader) Format() Format { return r.format }

func (r *Reader) sniff(path string) Format {
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".jsonl", ".ndjson", ".json":
		return JSONL
	case ".html", ".htm", ".xhtml", ".shtml":
		return HTML
	}
	head, _ := r.br.Peek(512)
	head = bytes.TrimPrefix(head, bom)
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) > 0 && head[0] == '<' {
		return HTML
	}
	if len(head) > 0 && head[0] == '{' && (path == "-" || ext == "") {
		return JSONL
	}
	return Text
}

var bom = []byte("\xef\xbb\xbf")

// Close releases the file.
func (r *Reader) Close() error {
	if r.closer != nil {
		err := r.closer.Close()
		r.closer = nil
		return err
	}
	return nil
}

// Next returns the next document, io.EOF after the last one, or a *DocError
// for a bad document (call Next again to continue). Any other error is an I/O
// failure that ends the file.
func (r *Reader) Next() (Document, error) {
	if r.done {
		return Document{}, io.EOF
	}
	if r.format == JSONL {
		return r.nextJSONL()
	}
	r.done = true
	data, err := io.ReadAll(io.LimitReader(r.br, int64(maxDocBytes)+1))
	if err != nil {
		return Document{}, fmt.Errorf("reading %s: %w", r.name, err)
	}
	if len(data) > maxDocBytes {
		return Document{}, &DocError{File: r.name, Err: fmt.Errorf("larger than %d bytes, not an article", maxDocBytes)}
	}
	if kind := binaryKind(data); kind != "" {
		return Document{}, &DocError{File: r.name, Err: fmt.Errorf("binary data (%s), not a text article", kind)}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return Document{}, &DocError{File: r.name, Err: errors.New("empty file")}
	}
	doc := Document{ID: r.base}
	if r.format == HTML {
		if err := extractHTML(data, &doc, r.html); err != nil {
			return Document{}, &DocError{File: r.name, Err: err}
		}
	} else {
		data = bytes.TrimPrefix(data, bom)
		if line, ok := invalidUTF8(data); !ok {
			return Document{}, &DocError{File: r.name, Line: line, Err: errors.New("invalid UTF-8 (convert the file to UTF-8)")}
		}
		doc.Text = string(data)
	}
	doc.applyDateline()
	return doc, nil
}

// record is one JSON Lines article.
type record struct {
	ID        flexString `json:"id"`
	Text      *string    `json:"text"`
	Published flexString `json:"published"`
	Outlet    string     `json:"outlet"`
	URL       string     `json:"url"`
	Title     string     `json:"title"`
}

// flexString accepts a JSON string or number (feeds give numeric ids).
type flexString string

func (f *flexString) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexString(s)
		return nil
	}
	if string(b) == "null" {
		return nil
	}
	if _, err := strconv.ParseFloat(string(b), 64); err != nil {
		return fmt.Errorf("want a string or number, got %s", b)
	}
	*f = flexString(b)
	return nil
}

func (r *Reader) nextJSONL() (Document, error) {
	if r.line == 0 {
		head, _ := r.br.Peek(512)
		head = bytes.TrimPrefix(head, bom)
		if kind := binaryKind(head); kind != "" {
			r.done = true // nothing after a binary header is worth reading
			return Document{}, &DocError{File: r.name, Line: 1, Err: fmt.Errorf("binary data (%s), not JSON Lines", kind)}
		}
		if t := bytes.TrimLeft(head, " \t\r\n"); len(t) > 0 && t[0] == '[' {
			r.done = true
			return Document{}, &DocError{File: r.name, Line: 1, Err: errors.New("a JSON array, not JSON Lines: write one article object per line")}
		}
	}
	for {
		line, err := r.readLine()
		if err == io.EOF && len(line) == 0 {
			r.done = true
			return Document{}, io.EOF
		}
		if err != nil && err != io.EOF {
			if errors.Is(err, errLongLine) {
				return Document{}, &DocError{File: r.name, Line: r.line, Err: err}
			}
			r.done = true
			return Document{}, fmt.Errorf("reading %s line %d: %w", r.name, r.line, err)
		}
		if r.line == 1 {
			line = bytes.TrimPrefix(line, bom)
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		if bytes.IndexByte(line, 0) >= 0 {
			return Document{}, &DocError{File: r.name, Line: r.line, Err: errors.New("binary data (NUL byte), not JSON")}
		}
		if !utf8.Valid(line) {
			return Document{}, &DocError{File: r.name, Line: r.line, Err: errors.New("invalid UTF-8")}
		}
		var rec record
		if err := json.Unmarshal(line, &rec); err != nil {
			return Document{}, &DocError{File: r.name, Line: r.line, Err: fmt.Errorf("bad JSON: %w", err)}
		}
		if rec.Text == nil {
			return Document{}, &DocError{File: r.name, Line: r.line, Err: errors.New(`missing field "text"`)}
		}
		if strings.IndexByte(*rec.Text, 0) >= 0 {
			return Document{}, &DocError{File: r.name, Line: r.line, Err: errors.New(`field "text" holds binary data (NUL)`)}
		}
		doc := Document{
			ID:     string(rec.ID),
			Text:   *rec.Text,
			Outlet: strings.TrimSpace(rec.Outlet),
			URL:    strings.TrimSpace(rec.URL),
			Title:  strings.TrimSpace(rec.Title),
		}
		if doc.ID == "" {
			doc.ID = r.base + ":" + strconv.Itoa(r.line)
		}
		if p := strings.TrimSpace(string(rec.Published)); p != "" {
			if err := doc.SetPublished(p); err != nil {
				return Document{}, &DocError{File: r.name, Line: r.line, Err: fmt.Errorf(`field "published": %w`, err)}
			}
		}
		doc.applyDateline()
		return doc, nil
	}
}

var errLongLine = errors.New("line too long for one article (over 32 MiB)")

// readLine reads one line of any length up to maxDocBytes; a longer line is
// consumed whole and reported, so reading goes on at the next line.
func (r *Reader) readLine() ([]byte, error) {
	r.line++
	var buf []byte
	long := false
	for {
		chunk, err := r.br.ReadSlice('\n')
		if !long {
			if len(buf)+len(chunk) > maxDocBytes {
				long, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if long {
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, errLongLine
		}
		return buf, err
	}
}

// binaryKind names the kind of binary data data starts with, "" for text.
func binaryKind(data []byte) string {
	magic := []struct {
		prefix, name string
	}{
		{"\x89PNG\r\n\x1a\n", "PNG image"}, {"\xff\xd8\xff", "JPEG image"}, {"GIF8", "GIF image"},
		{"%PDF-", "PDF document"}, {"PK\x03\x04", "ZIP archive"}, {"\x1f\x8b", "gzip data"},
		{"\x7fELF", "executable"}, {"RIFF", "RIFF media"}, {"BZh", "bzip2 data"},
		{"\xfd7zXZ\x00", "xz data"}, {"\x28\xb5\x2f\xfd", "zstd data"}, {"SQLite format 3\x00", "SQLite database"},
	}
	for _, m := range magic {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.name
		}
	}
	head := data
	if len(head) > 8000 {
		head = head[:8000]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
			return "UTF-16 text; convert it to UTF-8"
		}
		return "NUL bytes"
	}
	return ""
}

// invalidUTF8 gives the 1-based line of the first invalid byte.
func invalidUTF8(data []byte) (line int, ok bool) {
	if utf8.Valid(data) {
		return 0, true
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return 1 + bytes.Count(data[:i], []byte{'\n'}), false
		}
		i += n
	}
	return 0, true
}

// articleExts are the file names Expand keeps when walking a directory.
var articleExts = map[string]bool{
	"": true, ".txt": true, ".text": true, ".story": true, ".html": true, ".htm": true,
	".xhtml": true, ".shtml": true, ".jsonl": true, ".ndjson": true, ".json": true,
}

// IsArticleFile reports whether a directory walk reads the named file.
func IsArticleFile(name string) bool {
	base := filepath.Base(name)
	if strings.HasPrefix(base, ".") || strings.HasSuffix(base, "~") {
		return false
	}
	return articleExts[strings.ToLower(filepath.Ext(base))]
}

// Expand turns paths into the files to read: a directory is walked
// recursively in lexical order, skipping hidden files and folders and files
// that are not articles; files and "-" named directly are kept as given.
func Expand(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("expanding %s: %w", p, err)
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("walking %s: %w", path, err)
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && IsArticleFile(path) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}
