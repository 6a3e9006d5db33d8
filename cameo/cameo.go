// Package cameo is dyad's table of CAMEO event codes: every code of the 2-,
// 3- and 4-digit levels with a short label, its Goldstein value, QuadClass
// and PLOVER v0.8 type and mode. The table is embedded (data/cameo.tsv), so
// lookups need no files at run time.
package cameo

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Info describes one CAMEO event code.
type Info struct {
	Code      string  // "051", "0311", root codes "05"
	Name      string  // short label
	Goldstein float64 // -10..10
	Quad      int     // QuadClass 1..4
	Plover    string  // PLOVER type, "" when the code has none
	Mode      string  // PLOVER mode, "" when none applies
}

//go:embed data/cameo.tsv
var tableTSV string

var (
	table = map[string]Info{}
	codes []string
)

func init() {
	infos, err := parse(tableTSV)
	if err != nil {
		// The table is embedded and tested; a parse error is a build defect.
		panic(err)
	}
	for _, in := range infos {
		table[in.Code] = in
		codes = append(codes, in.Code)
	}
	sort.Strings(codes)
}

// parse reads the table format: code, quad, goldstein, plover, mode, name,
// tab-separated; '#' lines are comments.
func parse(s string) ([]Info, error) {
	var out []Info
	seen := map[string]bool{}
	for i, line := range strings.Split(s, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("cameo table line %d: %d fields, want 6", i+1, len(f))
		}
		if !wellFormed(f[0]) {
			return nil, fmt.Errorf("cameo table line %d: bad code %q", i+1, f[0])
		}
		if seen[f[0]] {
			return nil, fmt.Errorf("cameo table line %d: code %s listed twice", i+1, f[0])
		}
		seen[f[0]] = true
		q, err := strconv.Atoi(f[1])
		if err != nil || q < 1 || q > 4 {
			return nil, fmt.Errorf("cameo table line %d: bad quad class %q", i+1, f[1])
		}
		g, err := strconv.ParseFloat(f[2], 64)
		if err != nil || g < -10 || g > 10 {
			return nil, fmt.Errorf("cameo table line %d: bad Goldstein value %q", i+1, f[2])
		}
		out = append(out, Info{Code: f[0], Quad: q, Goldstein: g, Plover: f[3], Mode: f[4], Name: f[5]})
	}
	return out, nil
}

// wellFormed reports whether code has the shape of a CAMEO event code: two to
// four digits with a root between 01 and 20.
func wellFormed(code string) bool {
	if len(code) < 2 || len(code) > 4 {
		return false
	}
	for i := 0; i < len(code); i++ {
		if code[i] < '0' || code[i] > '9' {
			return false
		}
	}
	r := int(code[0]-'0')*10 + int(code[1]-'0')
	return r >= 1 && r <= 20
}

// Lookup returns the entry for a CAMEO code ("051", "0311", "05").
func Lookup(code string) (Info, bool) {
	in, ok := table[code]
	return in, ok
}

// Valid reports whether code is a known CAMEO event code.
func Valid(code string) bool {
	_, ok := table[code]
	return ok
}

// Root returns the two-digit root of a code ("0311" -> "03"), or "" when code
// does not start with a valid root.
func Root(code string) string {
	if len(code) < 2 || !wellFormed(code[:2]) {
		return ""
	}
	return code[:2]
}

// Base returns the three-digit base code of a code ("0311" -> "031"; a
// three-digit code is its own base; a root gives "").
func Base(code string) string {
	if len(code) < 3 {
		return ""
	}
	return code[:3]
}

// Codes returns every known code in sorted order.
func Codes() []string {
	return append([]string(nil), codes...)
}

// QuadOf returns the QuadClass of a root: 1 verbal cooperation (01-05), 2
// material cooperation (06-08), 3 verbal conflict (09-13), 4 material
// conflict (14-20); 0 for anything else.
func QuadOf(code string) int {
	r := Root(code)
	if r == "" {
		return 0
	}
	n, _ := strconv.Atoi(r)
	switch {
	case n <= 5:
		return 1
	case n <= 8:
		return 2
	case n <= 13:
		return 3
	default:
		return 4
	}
}
