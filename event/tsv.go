package event

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// TSVColumns are the columns of dyad's GDELT-style TSV. The first 61 follow
// the GDELT 2.0 event table in order; columns dyad has no value for stay
// empty. Differences from GDELT:
//   - GLOBALEVENTID is dyad's record id ("ev_..."), not a number.
//   - SQLDATE is the event date as YYYYMMDD; a month-precision date gives
//     YYYYMM00 and a year-precision date YYYY0000 (GDELT has no precision).
//   - FractionDate is Year + (day of year - 1) / days in year, 4 decimals.
//   - Actor country codes and ActionGeo_CountryCode are ISO 3166-1 alpha-3
//     (or IGO/NGO/MNC), not FIPS.
//   - Actor1KnownGroupCode is the organisation code of an IGO/NGO actor
//     ("IGOUNO" -> "UNO"); Type1Code is the actor's sector and Type2/3Code
//     the further role codes of its code.
//   - IsRootEvent is 1 for events of the document's first sentence.
//   - Each record is one mention: NumMentions, NumSources, NumArticles are 1.
//   - DATEADDED is the publication date-time as YYYYMMDDHHMMSS.
//   - SOURCEURL is the document id (dyad's record carries no URL).
//
// The columns after SOURCEURL carry the rest of the schema-1 record so that
// a TSV file converts back to JSONL without loss. ReportedBy is a JSON array.
// Cells escape backslash, tab, newline and carriage return as \\, \t, \n, \r.
var TSVColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
	"Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
	"Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
	"ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
	// dyad's own columns
	"MentionID", "DocID", "Sentence", "SpanStart", "SpanEnd", "Text",
	"Actor1Text", "Actor1Sector", "Actor1HasName", "Actor2Text", "Actor2Sector", "Actor2HasName",
	"PLOVER", "PLOVERMode", "EventDate", "Published", "Negated", "Modality", "ReportedBy",
}

// Column positions used when reading back.
var tsvCol = func() map[string]int {
	m := map[string]int{}
	for i, c := range TSVColumns {
		m[c] = i
	}
	return m
}()

// TSVWriter writes records as GDELT-style TSV; see TSVColumns.
type TSVWriter struct {
	bw     *bufio.Writer
	header bool
	cells  []string
}

// NewTSVWriter returns a writer on w that starts with a header line naming
// the columns. Call Flush when done.
func NewTSVWriter(w io.Writer) *TSVWriter {
	return &TSVWriter{bw: bufio.NewWriterSize(w, 64<<10), header: true, cells: make([]string, len(TSVColumns))}
}

// NoHeader drops the header line (GDELT's own files have none).
func (w *TSVWriter) NoHeader() *TSVWriter { w.header = false; return w }

// Flush writes buffered records to the underlying writer.
func (w *TSVWriter) Flush() error { return w.bw.Flush() }

func (w *TSVWriter) writeRow(cells []string) error {
	for i, c := range cells {
		if i > 0 {
			w.bw.WriteByte('\t')
		}
		w.bw.WriteString(tsvEscape(c))
	}
	return w.bw.WriteByte('\n')
}

// Write writes one record.
func (w *TSVWriter) Write(e *Event) error {
	if w.header {
		w.header = false
		if err := w.writeRow(TSVColumns); err != nil {
			return err
		}
	}
	c := w.cells
	for i := range c {
		c[i] = ""
	}
	set := func(name, v string) {
		i, ok := tsvCol[name]
		if !ok {
			panic("event: no TSV column " + name) // a typo in this file, caught by the tests
		}
		c[i] = v
	}
	set("GLOBALEVENTID", e.ID)
	if y, m, d, ok := splitDate(e.Date); ok {
		set("SQLDATE", fmt.Sprintf("%04d%02d%02d", y, m, d))
		set("Year", strconv.Itoa(y))
		if m > 0 {
			set("MonthYear", fmt.Sprintf("%04d%02d", y, m))
		}
		set("FractionDate", fractionDate(y, m, d))
	}
	actorCells(set, "Actor1", e.Source)
	actorCells(set, "Actor2", e.Target)
	if e.Sentence == 0 {
		set("IsRootEvent", "1")
	} else {
		set("IsRootEvent", "0")
	}
	set("EventCode", e.Cameo)
	if len(e.Cameo) >= 3 {
		set("EventBaseCode", e.Cameo[:3])
	}
	if len(e.Cameo) >= 2 {
		set("EventRootCode", e.Cameo[:2])
	}
	set("QuadClass", strconv.Itoa(e.Quad))
	set("GoldsteinScale", strconv.FormatFloat(e.Goldstein, 'f', -1, 64))
	set("NumMentions", "1")
	set("NumSources", "1")
	set("NumArticles", "1")
	if l := e.Location; l != nil {
		set("ActionGeo_FullName", l.Name)
		set("ActionGeo_CountryCode", l.Country)
		if l.Lat != nil {
			set("ActionGeo_Lat", strconv.FormatFloat(*l.Lat, 'f', -1, 64))
		}
		if l.Lon != nil {
			set("ActionGeo_Long", strconv.FormatFloat(*l.Lon, 'f', -1, 64))
		}
	}
	set("DATEADDED", dateAdded(e.Published))
	set("SOURCEURL", e.Doc)
	set("MentionID", e.Mention)
	set("DocID", e.Doc)
	set("Sentence", strconv.Itoa(e.Sentence))
	set("SpanStart", strconv.Itoa(e.Span[0]))
	set("SpanEnd", strconv.Itoa(e.Span[1]))
	set("Text", e.Text)
	set("PLOVER", e.Plover)
	set("PLOVERMode", e.Mode)
	set("EventDate", e.Date)
	set("Published", e.Published)
	set("Negated", strconv.FormatBool(e.Negated))
	set("Modality", e.Modality)
	rb := e.ReportedBy
	if rb == nil {
		rb = []Actor{}
	}
	js, err := json.Marshal(rb)
	if err != nil {
		return err
	}
	set("ReportedBy", string(js))
	return w.writeRow(c)
}

func actorCells(set func(name, v string), p string, a *Actor) {
	if a == nil {
		return
	}
	set(p+"Code", a.Code)
	name := a.Name
	if name == "" {
		name = a.Text
	}
	set(p+"Name", name)
	if a.Name != "" {
		set(p+"HasName", "1")
	}
	set(p+"CountryCode", a.Country)
	if g := a.Country; (g == "IGO" || g == "NGO") && len(a.Code) >= 6 {
		set(p+"KnownGroupCode", a.Code[3:6])
	}
	set(p+"Type1Code", a.Sector)
	// Further three-letter role codes after country and sector.
	if len(a.Code) >= 9 {
		set(p+"Type2Code", a.Code[6:9])
	}
	if len(a.Code) >= 12 {
		set(p+"Type3Code", a.Code[9:12])
	}
	set(p+"Text", a.Text)
	set(p+"Sector", a.Sector)
}

// splitDate parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a date-time keeps its
// date part); missing parts are 0.
func splitDate(s string) (y, m, d int, ok bool) {
	if len(s) > 10 {
		s = s[:10]
	}
	parts := strings.Split(s, "-")
	if len(parts) == 0 || len(parts) > 3 || len(parts[0]) != 4 {
		return 0, 0, 0, false
	}
	nums := [3]int{}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return 0, 0, 0, false
		}
		nums[i] = n
	}
	return nums[0], nums[1], nums[2], true
}

func fractionDate(y, m, d int) string {
	if m == 0 {
		m = 1
	}
	if d == 0 {
		d = 1
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	days := time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24
	return strconv.FormatFloat(float64(y)+float64(t.YearDay()-1)/days, 'f', 4, 64)
}

func dateAdded(published string) string {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, published); err == nil {
			return t.Format("20060102150405")
		}
	}
	return ""
}

var (
	tsvEscaper   = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)
	tsvUnescaper = strings.NewReplacer(`\\`, `\`, `\t`, "\t", `\n`, "\n", `\r`, "\r")
)

func tsvEscape(s string) string {
	if !strings.ContainsAny(s, "\\\t\n\r") {
		return s
	}
	return tsvEscaper.Replace(s)
}

// ReadTSV reads records written by TSVWriter (with or without the header
// line) back into schema-1 records.
func ReadTSV(r io.Reader) ([]Event, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	var out []Event
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "GLOBALEVENTID\t") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != len(TSVColumns) {
			return out, &LineError{Line: line, Err: fmt.Errorf("%d columns, want %d", len(f), len(TSVColumns))}
		}
		for i := range f {
			if strings.IndexByte(f[i], '\\') >= 0 {
				f[i] = tsvUnescaper.Replace(f[i])
			}
		}
		e, err := fromTSV(f)
		if err != nil {
			return out, &LineError{Line: line, Err: err}
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("reading TSV line %d: %w", line+1, err)
	}
	return out, nil
}

func fromTSV(f []string) (Event, error) {
	get := func(name string) string { return f[tsvCol[name]] }
	atoi := func(name string) (int, error) {
		n, err := strconv.Atoi(get(name))
		if err != nil {
			return 0, fmt.Errorf("column %s: %w", name, err)
		}
		return n, nil
	}
	e := Event{Schema: Schema, ID: get("GLOBALEVENTID"), Mention: get("MentionID"), Doc: get("DocID"),
		Text: get("Text"), Cameo: get("EventCode"), Plover: get("PLOVER"), Mode: get("PLOVERMode"),
		Date: get("EventDate"), Published: get("Published"), Modality: get("Modality")}
	var err error
	if e.Sentence, err = atoi("Sentence"); err != nil {
		return e, err
	}
	if e.Span[0], err = atoi("SpanStart"); err != nil {
		return e, err
	}
	if e.Span[1], err = atoi("SpanEnd"); err != nil {
		return e, err
	}
	if e.Quad, err = atoi("QuadClass"); err != nil {
		return e, err
	}
	if e.Goldstein, err = strconv.ParseFloat(get("GoldsteinScale"), 64); err != nil {
		return e, fmt.Errorf("column GoldsteinScale: %w", err)
	}
	if e.Negated, err = strconv.ParseBool(get("Negated")); err != nil {
		return e, fmt.Errorf("column Negated: %w", err)
	}
	e.Source = actorFrom(get, "Actor1")
	e.Target = actorFrom(get, "Actor2")
	if err := json.Unmarshal([]byte(get("ReportedBy")), &e.ReportedBy); err != nil {
		return e, fmt.Errorf("column ReportedBy: %w", err)
	}
	if e.ReportedBy == nil {
		e.ReportedBy = []Actor{}
	}
	if n, c := get("ActionGeo_FullName"), get("ActionGeo_CountryCode"); n != "" || c != "" {
		l := &Location{Name: n, Country: c}
		for _, p := range []struct {
			col string
			dst **float64
		}{{"ActionGeo_Lat", &l.Lat}, {"ActionGeo_Long", &l.Lon}} {
			if s := get(p.col); s != "" {
				v, err := strconv.ParseFloat(s, 64)
				if err != nil {
					return e, fmt.Errorf("column %s: %w", p.col, err)
				}
				*p.dst = &v
			}
		}
		e.Location = l
	}
	return e, nil
}

func actorFrom(get func(string) string, p string) *Actor {
	code, text := get(p+"Code"), get(p+"Text")
	if code == "" && text == "" && get(p+"CountryCode") == "" {
		return nil
	}
	a := &Actor{Text: text, Code: code, Country: get(p + "CountryCode"), Sector: get(p + "Sector")}
	if get(p+"HasName") == "1" {
		a.Name = get(p + "Name")
	}
	return a
}
