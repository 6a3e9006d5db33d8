// Package eval scores dyad's events against a gold set exactly as
// shared/tools/score.py does (same reading, matching, rounding and output
// lines), and adds breakdowns by CAMEO root and by phenomenon with the misses
// and false alarms a person needs to see what to fix next.
package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Item is one event as the scorer sees it, normalised the way score.py does.
type Item struct {
	Doc      string
	Src, Tgt string // country codes, upper-cased, JAP -> JPN
	Cameo    string
	Plover   string // gold: PLOVER v0.5 names mapped to v0.8
	Date     string
	Neg      bool
	Sentence int    // -1 when the record has none
	Modality string // "" when absent
	Mention  string // system records only
	Text     string // system records: the evidence sentence
	Note     string // gold records: the annotator's note
	Index    int    // position within its document's list
}

// GoldDoc is one gold document.
type GoldDoc struct {
	ID, Published, Text string
	Events              []Item
}

// Gold is a gold set in file order. A repeated id replaces the earlier
// document, as in score.py.
type Gold struct {
	Docs []*GoldDoc
	byID map[string]*GoldDoc
}

// Doc returns the gold document with the given id.
func (g *Gold) Doc(id string) *GoldDoc { return g.byID[id] }

// System is a set of system events grouped by document, with the number of
// lines that were not records.
type System struct {
	Docs     map[string][]Item
	BadLines int
}

var ploverV05 = map[string]string{"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

// pyLines splits a file the way Python's text mode iterates it (universal
// newlines), dropping lines that are only whitespace.
func pyLines(data []byte) ([][]byte, []int, error) {
	if !utf8.Valid(data) {
		return nil, nil, errors.New("not valid UTF-8")
	}
	var lines [][]byte
	var nums []int
	n := 0
	for len(data) > 0 {
		i := bytes.IndexAny(data, "\r\n")
		var line []byte
		if i < 0 {
			line, data = data, nil
		} else {
			line = data[:i]
			if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
				i++
			}
			data = data[i+1:]
		}
		n++
		if len(bytes.TrimFunc(line, pySpace)) == 0 {
			continue
		}
		lines = append(lines, line)
		nums = append(nums, n)
	}
	return lines, nums, nil
}

// pySpace is Python's str.isspace for one rune.
func pySpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

func decode(line []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(line))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, err
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, errors.New("extra data after the JSON value")
	}
	return v, nil
}

// truthy is Python's bool() of a JSON value.
func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case json.Number:
		f, err := x.Float64()
		return err != nil || f != 0
	case []any:
		return len(x) > 0
	case map[string]any:
		return len(x) > 0
	}
	return true
}

// pyStr is Python's str() of a JSON value; non-strings are marked so that
// they never equal a string, as in Python.
func pyStr(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case json.Number:
		s := x.String()
		if strings.ContainsAny(s, ".eE") {
			if f, err := x.Float64(); err == nil {
				s = strconv.FormatFloat(f, 'f', -1, 64)
				if !strings.Contains(s, ".") {
					s += ".0"
				}
			}
		}
		return s
	case bool:
		if x {
			return "True"
		}
		return "False"
	case nil:
		return "None"
	}
	return fmt.Sprint(v)
}

// orEmpty is Python's `v or ""`.
func orEmpty(v any) any {
	if !truthy(v) {
		return ""
	}
	return v
}

// key turns a JSON value used as a dict key or compared with == into a
// string that is equal only when Python would find the values equal.
func key(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return "\x00" + pyStr(v)
}

func normCountry(v any) (string, error) {
	v = orEmpty(v)
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("country %v is not a string", v)
	}
	s = strings.ToUpper(strings.TrimFunc(s, pySpace))
	if s == "JAP" {
		s = "JPN"
	}
	return s, nil
}

func sentenceOf(m map[string]any) int {
	if n, ok := m["sentence"].(json.Number); ok {
		if i, err := n.Int64(); err == nil {
			return int(i)
		}
	}
	return -1
}

func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

// ReadGold reads a gold file. Like score.py, any malformed line is an error.
func ReadGold(r io.Reader, name string) (*Gold, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	lines, nums, err := pyLines(data)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	g := &Gold{byID: map[string]*GoldDoc{}}
	for i, line := range lines {
		v, err := decode(line)
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %w", name, nums[i], err)
		}
		d, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%s line %d: not a JSON object", name, nums[i])
		}
		idv, ok := d["id"]
		if !ok {
			return nil, fmt.Errorf("%s line %d: field id missing", name, nums[i])
		}
		doc := &GoldDoc{ID: key(idv), Published: str(d, "published"), Text: str(d, "text")}
		var evs []any
		if x, ok := d["events"]; ok {
			if evs, ok = x.([]any); !ok {
				return nil, fmt.Errorf("%s line %d: field events is not a list", name, nums[i])
			}
		}
		for j, x := range evs {
			e, ok := x.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("%s line %d: event %d is not an object", name, nums[i], j)
			}
			src, err := normCountry(e["source"])
			if err != nil {
				return nil, fmt.Errorf("%s line %d: event %d source: %w", name, nums[i], j, err)
			}
			tgt, err := normCountry(e["target"])
			if err != nil {
				return nil, fmt.Errorf("%s line %d: event %d target: %w", name, nums[i], j, err)
			}
			p := key(orEmpty(e["plover"]))
			if m, ok := ploverV05[p]; ok {
				p = m
			}
			doc.Events = append(doc.Events, Item{Doc: doc.ID, Src: src, Tgt: tgt, Cameo: pyStr(orEmpty(e["cameo"])),
				Plover: p, Date: key(orEmpty(e["date"])), Neg: truthy(e["negated"]), Sentence: sentenceOf(e),
				Modality: str(e, "modality"), Note: str(e, "note"), Index: j})
		}
		if old := g.byID[doc.ID]; old != nil {
			*old = *doc // a repeated id replaces the earlier document in place
			continue
		}
		g.byID[doc.ID] = doc
		g.Docs = append(g.Docs, doc)
	}
	return g, nil
}

// ReadSystem reads system events leniently, like score.py: a line that is not
// a JSON object with a "doc" field counts as bad and is skipped.
func ReadSystem(r io.Reader, name string) (*System, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	lines, nums, err := pyLines(data)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	s := &System{Docs: map[string][]Item{}}
	for i, line := range lines {
		v, err := decode(line)
		if err != nil {
			s.BadLines++
			continue
		}
		e, ok := v.(map[string]any)
		if !ok {
			s.BadLines++
			continue
		}
		docv, ok := e["doc"]
		if !ok {
			s.BadLines++
			continue
		}
		var cc [2]string
		for k, f := range []string{"source", "target"} {
			a := orEmpty(e[f])
			if a == "" {
				continue
			}
			am, ok := a.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("%s line %d: field %s is not an object", name, nums[i], f)
			}
			if cc[k], err = normCountry(am["country"]); err != nil {
				return nil, fmt.Errorf("%s line %d: %s: %w", name, nums[i], f, err)
			}
		}
		doc := key(docv)
		s.Docs[doc] = append(s.Docs[doc], Item{Doc: doc, Src: cc[0], Tgt: cc[1], Cameo: pyStr(orEmpty(e["cameo"])),
			Plover: key(orEmpty(e["plover"])), Date: key(orEmpty(e["date"])), Neg: truthy(e["negated"]),
			Sentence: sentenceOf(e), Modality: str(e, "modality"), Mention: str(e, "mention"), Text: str(e, "text"),
			Index: len(s.Docs[doc])})
	}
	return s, nil
}

// Levels are the matching levels score.py knows, in its default order.
var Levels = []string{"root", "plover", "exact"}

func prefix(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

func levelKey(e *Item, level string) string {
	var k string
	switch level {
	case "root":
		k = prefix(e.Cameo, 2)
	case "plover":
		k = e.Plover
	default:
		k = e.Cameo
	}
	neg := "0"
	if e.Neg {
		neg = "1"
	}
	return e.Src + "\x00" + e.Tgt + "\x00" + neg + "\x00" + k
}

// Pair is a matched gold and system event.
type Pair struct{ Gold, Sys *Item }

// Match matches the events of each gold document one-to-one at a level, as
// score.py does: gold events in order, each taking the first free system
// event with the same key, preferring one with the gold date.
func Match(g *Gold, s *System, level string) (tp, nGold, nSys int, pairs []Pair) {
	for _, doc := range g.Docs {
		ge, se := doc.Events, s.Docs[doc.ID]
		nGold += len(ge)
		nSys += len(se)
		free := map[string][]*Item{}
		for i := range se {
			k := levelKey(&se[i], level)
			free[k] = append(free[k], &se[i])
		}
		for i := range ge {
			k := levelKey(&ge[i], level)
			cands := free[k]
			if len(cands) == 0 {
				continue
			}
			best := 0
			for j, c := range cands {
				if c.Date == ge[i].Date {
					best = j
					break
				}
			}
			pairs = append(pairs, Pair{&ge[i], cands[best]})
			free[k] = append(cands[:best:best], cands[best+1:]...)
			tp++
		}
	}
	return tp, nGold, nSys, pairs
}

func prf(tp, ng, ns int) (p, r, f float64) {
	if ns > 0 {
		p = float64(tp) / float64(ns)
	}
	if ng > 0 {
		r = float64(tp) / float64(ng)
	}
	if p+r != 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// LevelScore is one line of the report.
type LevelScore struct {
	Level            string
	P, R, F1         float64 // unrounded
	TP, Gold, System int
}

// Report is what score.py prints.
type Report struct {
	Levels   []LevelScore
	HasDate  bool     // the root level was scored
	DateAcc  *float64 // share of dated root matches with the gold date; nil when none is dated
	BadLines int
	Pairs    map[string][]Pair // matched pairs per level
}

// Score scores system events against gold at the given levels (default:
// root, plover, exact).
func Score(g *Gold, s *System, levels ...string) (*Report, error) {
	if len(levels) == 0 {
		levels = Levels
	}
	rep := &Report{BadLines: s.BadLines, Pairs: map[string][]Pair{}}
	for _, level := range levels {
		switch level {
		case "root", "plover", "exact":
		default:
			return nil, fmt.Errorf("unknown level %q (want root, plover or exact)", level)
		}
		tp, ng, ns, pairs := Match(g, s, level)
		p, r, f := prf(tp, ng, ns)
		rep.Levels = append(rep.Levels, LevelScore{level, p, r, f, tp, ng, ns})
		rep.Pairs[level] = pairs
		if level == "root" {
			rep.HasDate = true
			same, dated := 0, 0
			for _, pr := range pairs {
				if pr.Gold.Date != "" {
					dated++
					if pr.Sys.Date == pr.Gold.Date {
						same++
					}
				}
			}
			if dated > 0 {
				v := float64(same) / float64(dated)
				rep.DateAcc = &v
			}
		}
	}
	return rep, nil
}

// round3 is Python's round(x, 3) as a decimal string with three places.
func round3(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }

// pyRepr3 is repr(round(x, 3)) in Python: the shortest form, with ".0" for
// whole numbers.
func pyRepr3(x float64) string {
	v, _ := strconv.ParseFloat(round3(x), 64)
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// String is score.py's text output, byte for byte.
func (r *Report) String() string {
	var b strings.Builder
	for _, m := range r.Levels {
		fmt.Fprintf(&b, "%-7s P=%s R=%s F1=%s  (tp=%d gold=%d system=%d)\n", m.Level,
			round3(m.P), round3(m.R), round3(m.F1), m.TP, m.Gold, m.System)
	}
	if r.HasDate {
		acc := "None"
		if r.DateAcc != nil {
			acc = pyRepr3(*r.DateAcc)
		}
		fmt.Fprintf(&b, "date    accuracy over root matches = %s\n", acc)
	}
	if r.BadLines > 0 {
		fmt.Fprintf(&b, "unparsable system lines: %d\n", r.BadLines)
	}
	return b.String()
}

// JSON is score.py's --json output, byte for byte.
func (r *Report) JSON() string {
	var b strings.Builder
	fmt.Fprintf(&b, `{"bad_lines": %d`, r.BadLines)
	for _, m := range r.Levels {
		fmt.Fprintf(&b, `, "%s": {"p": %s, "r": %s, "f1": %s, "tp": %d, "gold": %d, "system": %d}`, m.Level,
			pyRepr3(m.P), pyRepr3(m.R), pyRepr3(m.F1), m.TP, m.Gold, m.System)
		if m.Level == "root" {
			acc := "null"
			if r.DateAcc != nil {
				acc = pyRepr3(*r.DateAcc)
			}
			fmt.Fprintf(&b, `, "date_acc": %s`, acc)
		}
	}
	b.WriteString("}\n")
	return b.String()
}
