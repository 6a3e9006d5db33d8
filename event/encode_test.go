package event

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
)

func f64(v float64) *float64 { return &v }

func sample() []Event {
	a := Event{Schema: 1, Doc: "seoul-1", Sentence: 2, Span: [2]int{120, 190},
		Text:      "Moon Jae-in sent\ta note of thanks to Kim, \"warm\" & <brief>\\ \nyes.",
		Source:    &Actor{Text: "Moon Jae-in", Code: "KORGOV", Country: "KOR", Sector: "GOV", Name: "Moon Jae-in"},
		Target:    &Actor{Text: "Kim", Code: "PRKGOV", Country: "PRK", Sector: "GOV", Name: "Kim Jong Un"},
		Date:      "2018-09",
		Published: "2018-09-20T08:30:00Z", Modality: Asserted,
		ReportedBy: []Actor{{Text: "Yonhap", Code: "KORMED", Country: "KOR", Sector: "MED"}},
		Location:   &Location{Name: "Pyongyang", Country: "PRK", Lat: f64(39.03), Lon: f64(125.75)}}
	a.SetCameo("051")
	a.Mention = MentionID(a.Doc, a.Sentence, 130, a.Cameo)
	a.SetIDs()
	b := Event{Schema: 1, Doc: "tokyo-7", Sentence: 0, Span: [2]int{0, 44},
		Text:      "Japanese police detained three protesters.",
		Source:    &Actor{Text: "Japanese police", Code: "JPNCOPLEG", Country: "JPN", Sector: "COP"},
		Date:      "2020",
		Published: "2020-01-02", Negated: true, Modality: Future, ReportedBy: []Actor{}}
	b.SetCameo("173")
	b.SetIDs()
	return []Event{a, b}
}

func TestJSONLFieldOrderAndNulls(t *testing.T) {
	var buf bytes.Buffer
	w := NewJSONLWriter(&buf)
	e := sample()[1]
	e.ReportedBy = nil // must still be written as []
	if err := w.Write(&e); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	line := buf.String()
	want := []string{"schema", "id", "mention", "doc", "sentence", "span", "text", "source", "target", "cameo",
		"plover", "mode", "quad", "goldstein", "date", "published", "negated", "modality", "reported_by", "location"}
	dec := json.NewDecoder(strings.NewReader(line))
	dec.Token() // {
	var got []string
	for dec.More() {
		k, _ := dec.Token()
		got = append(got, k.(string))
		var skip json.RawMessage
		dec.Decode(&skip)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("keys %v\nwant %v", got, want)
	}
	for _, frag := range []string{`"target":null`, `"location":null`, `"reported_by":[]`, `"cameo":"173"`, `"plover":"COERCE"`, `"mode":"arrest"`, `"quad":4`, `"goldstein":-5`} {
		if !strings.Contains(line, frag) {
			t.Errorf("%s missing in %s", frag, line)
		}
	}
	if strings.Count(line, "\n") != 1 || !strings.HasSuffix(line, "\n") {
		t.Errorf("not one line: %q", line)
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	w := NewJSONLWriter(&buf)
	in := sample()
	for i := range in {
		if err := w.Write(&in[i]); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	if !strings.Contains(buf.String(), `& <brief>`) {
		t.Errorf("HTML characters escaped: %s", buf.String())
	}
	out, err := ReadJSONL(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Fatalf("round trip differs:\n%+v\n%+v", in, out)
	}
}

func TestJSONLReaderReportsBadLinesAndContinues(t *testing.T) {
	good, _ := json.Marshal(sample()[1])
	input := string(good) + "\n\n{not json\n" + strings.Replace(string(good), `"schema":1`, `"schema":2`, 1) + "\n" +
		strings.Replace(string(good), `"cameo":"173"`, `"cameo":"999"`, 1) + "\n" + string(good) + "\n"
	r := NewJSONLReader(strings.NewReader(input), "events.jsonl")
	var lines []int
	n := 0
	for {
		_, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		var le *LineError
		if errors.As(err, &le) {
			lines = append(lines, le.Line)
			if !strings.HasPrefix(err.Error(), "events.jsonl line ") {
				t.Errorf("error does not name the file: %v", err)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 2 || !reflect.DeepEqual(lines, []int{3, 4, 5}) {
		t.Fatalf("read %d good records, bad lines %v; want 2 and [3 4 5]", n, lines)
	}
}

func TestTSVRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	w := NewTSVWriter(&buf)
	in := sample()
	for i := range in {
		if err := w.Write(&in[i]); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want header + 2:\n%s", len(lines), buf.String())
	}
	for i, l := range lines {
		if n := strings.Count(l, "\t") + 1; n != len(TSVColumns) {
			t.Errorf("line %d has %d columns, want %d", i+1, n, len(TSVColumns))
		}
	}
	row := strings.Split(lines[1], "\t")
	col := func(name string) string { return row[tsvCol[name]] }
	checks := map[string]string{"GLOBALEVENTID": in[0].ID, "SQLDATE": "20180900", "MonthYear": "201809", "Year": "2018",
		"FractionDate": "2018.6658", "Actor1Code": "KORGOV", "Actor1Name": "Moon Jae-in", "Actor1CountryCode": "KOR", "Actor1Type1Code": "GOV",
		"Actor2Code": "PRKGOV", "EventCode": "051", "EventBaseCode": "051", "EventRootCode": "05", "QuadClass": "1",
		"GoldsteinScale": "3.4", "IsRootEvent": "0", "ActionGeo_FullName": "Pyongyang", "ActionGeo_Lat": "39.03",
		"DATEADDED": "20180920083000", "SOURCEURL": "seoul-1"}
	for k, v := range checks {
		if got := col(k); got != v {
			t.Errorf("column %s = %q, want %q", k, got, v)
		}
	}
	if row[5] != "KORGOV" || row[26] != "051" || row[60] != "seoul-1" {
		t.Errorf("GDELT positions moved: Actor1Code=%q EventCode=%q SOURCEURL=%q", row[5], row[26], row[60])
	}
	row2 := strings.Split(lines[2], "\t")
	if row2[tsvCol["Actor1Type2Code"]] != "LEG" || row2[tsvCol["Actor2Code"]] != "" || row2[tsvCol["SQLDATE"]] != "20200000" {
		t.Errorf("second row: %q", lines[2])
	}
	out, err := ReadTSV(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Fatalf("round trip differs:\n%+v\n%+v", in, out)
	}
}

func TestTSVReadErrorsNameTheLine(t *testing.T) {
	_, err := ReadTSV(strings.NewReader(strings.Join(TSVColumns, "\t") + "\nonly\tthree\tcells\n"))
	var le *LineError
	if !errors.As(err, &le) || le.Line != 2 {
		t.Fatalf("err = %v, want a line-2 error", err)
	}
}

func TestSetCameo(t *testing.T) {
	var e Event
	if err := e.SetCameo("0874"); err != nil {
		t.Fatal(err)
	}
	if e.Plover != "RETREAT" || e.Mode != "disarm" || e.Quad != 2 || e.Goldstein != 10 {
		t.Errorf("%+v", e)
	}
	if err := e.SetCameo("77"); err == nil {
		t.Error("unknown code accepted")
	}
}
