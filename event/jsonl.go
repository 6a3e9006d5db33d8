package event

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/dyadproject/dyad/cameo"
)

// JSONLWriter writes schema-1 records as JSON Lines, one object a line, with
// the fields in the order of EVENTS.md.
type JSONLWriter struct {
	bw  *bufio.Writer
	buf []byte
}

// NewJSONLWriter returns a writer on w. Call Flush when done.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	// Evidence sentences are read by people: AppendJSON keeps <, > and &
	// as they are.
	return &JSONLWriter{bw: bufio.NewWriterSize(w, 64<<10)}
}

// Write writes one record. reported_by is always written as an array.
func (w *JSONLWriter) Write(e *Event) error {
	for _, f := range []*float64{&e.Goldstein, lat(e.Location), lon(e.Location)} {
		if f != nil && (math.IsNaN(*f) || math.IsInf(*f, 0)) {
			return fmt.Errorf("event %s: %v is not a JSON number", e.ID, *f)
		}
	}
	w.buf = AppendJSON(w.buf[:0], e)
	_, err := w.bw.Write(w.buf)
	return err
}

func lat(l *Location) *float64 {
	if l == nil {
		return nil
	}
	return l.Lat
}

func lon(l *Location) *float64 {
	if l == nil {
		return nil
	}
	return l.Lon
}

// Flush writes buffered records to the underlying writer.
func (w *JSONLWriter) Flush() error { return w.bw.Flush() }

// JSONLReader reads schema-1 records line by line. A bad line yields a
// *LineError and the reader carries on with the next line.
type JSONLReader struct {
	br   *bufio.Reader
	line int
	name string
}

// NewJSONLReader reads records from r; name (a file name, may be "") is used
// in error messages.
func NewJSONLReader(r io.Reader, name string) *JSONLReader {
	return &JSONLReader{br: bufio.NewReaderSize(r, 64<<10), name: name}
}

// LineError is a record that could not be read.
type LineError struct {
	File string
	Line int
	Err  error
}

func (e *LineError) Error() string {
	if e.File != "" {
		return fmt.Sprintf("%s line %d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("line %d: %v", e.Line, e.Err)
}

func (e *LineError) Unwrap() error { return e.Err }

// Next returns the next record, io.EOF at the end, or a *LineError for a line
// that is not a schema-1 record. Blank lines are skipped.
func (r *JSONLReader) Next() (Event, error) {
	for {
		raw, err := r.br.ReadBytes('\n')
		if len(raw) == 0 && err != nil {
			if err == io.EOF {
				return Event{}, io.EOF
			}
			return Event{}, fmt.Errorf("reading %s: %w", r.name, err)
		}
		r.line++
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			continue
		}
		var e Event
		if err := json.Unmarshal(raw, &e); err != nil {
			return Event{}, &LineError{r.name, r.line, err}
		}
		if err := e.Check(); err != nil {
			return Event{}, &LineError{r.name, r.line, err}
		}
		if e.ReportedBy == nil {
			e.ReportedBy = []Actor{}
		}
		return e, nil
	}
}

// ReadJSONL reads every record of r; it stops at the first bad line.
func ReadJSONL(r io.Reader) ([]Event, error) {
	jr := NewJSONLReader(r, "")
	var out []Event
	for {
		e, err := jr.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, e)
	}
}

// Check reports the first way e breaks the schema-1 contract, naming the
// field.
func (e *Event) Check() error {
	switch {
	case e.Schema != Schema:
		return fmt.Errorf("field schema: %d, want %d", e.Schema, Schema)
	case e.Doc == "":
		return errors.New("field doc: empty")
	case e.Sentence < 0:
		return fmt.Errorf("field sentence: %d is negative", e.Sentence)
	case e.Span[0] < 0 || e.Span[1] < e.Span[0]:
		return fmt.Errorf("field span: bad range [%d, %d)", e.Span[0], e.Span[1])
	case !cameo.Valid(e.Cameo):
		return fmt.Errorf("field cameo: %q is not a CAMEO code", e.Cameo)
	case e.Quad < 0 || e.Quad > 4:
		return fmt.Errorf("field quad: %d", e.Quad)
	}
	switch e.Modality {
	case Asserted, Future, Hypothetical, Alleged, "":
	default:
		return fmt.Errorf("field modality: unknown value %q", e.Modality)
	}
	return nil
}
