package nlp

import (
	_ "embed"
	"fmt"
	"strings"
)

// abbrevClass says how a period-final abbreviation behaves at a possible
// sentence end.
type abbrevClass uint8

const (
	abbrevNone    abbrevClass = iota
	abbrevTitle               // "Mr.": never ends a sentence
	abbrevMonth               // "Sept.": ends one only before a start word
	abbrevNumber              // "No.": an abbreviation only before a digit
	abbrevGeneric             // "Inc.", "U.S.": ends one before a start word or quote
	abbrevTime                // "p.m.": ends one before a capital that is not a timeword
)

//go:embed data/abbrev.txt
var abbrevData string

var (
	abbrevs    map[string]abbrevClass // keyed by the form with its period
	startWords map[string]bool        // capitalised words that often open a sentence
	timeWords  map[string]bool        // capitalised words that often follow "p.m."
)

func init() {
	var err error
	abbrevs, startWords, timeWords, err = parseAbbrevs(abbrevData)
	if err != nil {
		panic(err) // the embedded file is part of the source; tests cover it
	}
}

// parseAbbrevs reads the FORM<TAB>CLASS line format of data/abbrev.txt.
func parseAbbrevs(data string) (ab map[string]abbrevClass, st, tw map[string]bool, err error) {
	ab = make(map[string]abbrevClass)
	st = make(map[string]bool)
	tw = make(map[string]bool)
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		form, class, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, nil, nil, fmt.Errorf("abbrev.txt line %d: want FORM<TAB>CLASS, got %q", n+1, line)
		}
		switch class {
		case "title":
			ab[form] = abbrevTitle
		case "month":
			ab[form] = abbrevMonth
		case "number":
			ab[form] = abbrevNumber
		case "generic":
			ab[form] = abbrevGeneric
		case "time":
			ab[form] = abbrevTime
		case "timeword":
			tw[form] = true
			continue
		case "start":
			st[form] = true
			continue
		default:
			return nil, nil, nil, fmt.Errorf("abbrev.txt line %d: unknown class %q", n+1, class)
		}
		if !strings.HasSuffix(form, ".") {
			return nil, nil, nil, fmt.Errorf("abbrev.txt line %d: abbreviation %q lacks its period", n+1, form)
		}
	}
	return ab, st, tw, nil
}
