package event

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"
)

// encodingJSON is what JSONLWriter wrote before AppendJSON: encoding/json
// with HTML escaping off.
func encodingJSON(t testing.TB, e *Event) string {
	if e.ReportedBy == nil {
		c := *e
		c.ReportedBy = []Actor{}
		e = &c
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(e); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	evs := sample()
	odd := evs[0]
	odd.Text = "ctl \x00\x01\x1f \b\f del\x7f bad\xff\xfe utf8 é 北 \u2028 \u2029 emoji 🙂 <&> \"q\" \\"
	odd.Source = nil
	odd.ReportedBy = nil
	odd.Goldstein = -0.0000001 // exponent form
	odd.Location = &Location{Name: "x", Country: "", Lat: f64(1e21)}
	big := evs[1]
	big.Goldstein = -10
	big.Location = &Location{Name: "Sanaa", Lon: f64(44.2)}
	zero := Event{}
	for i, e := range append(evs, odd, big, zero) {
		want := encodingJSON(t, &e)
		if got := string(AppendJSON(nil, &e)); got != want {
			t.Errorf("event %d:\n got %s\nwant %s", i, got, want)
		}
	}
}

func TestJSONLWriterRefusesNaN(t *testing.T) {
	e := sample()[0]
	e.Goldstein = math.NaN()
	var buf bytes.Buffer
	w := NewJSONLWriter(&buf)
	if err := w.Write(&e); err == nil {
		t.Fatal("NaN goldstein written without error")
	}
	w.Flush()
	if buf.Len() != 0 {
		t.Fatalf("refused record left output %q", buf.String())
	}
}

func FuzzAppendJSON(f *testing.F) {
	f.Add("Xi wrote to Kim", "CHN", 1.5, 3)
	f.Add("bad \xff \u2028 \x01", "", -7.2, 0)
	f.Fuzz(func(t *testing.T, text, code string, g float64, n int) {
		if math.IsNaN(g) || math.IsInf(g, 0) {
			return
		}
		e := sample()[0]
		e.Text, e.Source.Text, e.Source.Code, e.Goldstein, e.Sentence = text, text, code, g, n
		e.Location.Name = code
		e.Location.Lat = &g
		if got, want := string(AppendJSON(nil, &e)), encodingJSON(t, &e); got != want {
			t.Fatalf("\n got %s\nwant %s", got, want)
		}
	})
}
