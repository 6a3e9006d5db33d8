package event

import (
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends e as one line of JSON Lines: the bytes encoding/json
// writes with HTML escaping off (TestAppendJSONMatchesEncodingJSON and
// FuzzAppendJSON hold it to that), without its reflection, which cost a
// few percent of coding time. A nil ReportedBy is written as [].
func AppendJSON(b []byte, e *Event) []byte {
	b = append(b, `{"schema":`...)
	b = strconv.AppendInt(b, int64(e.Schema), 10)
	b = appendKeyString(b, `,"id":`, e.ID)
	b = appendKeyString(b, `,"mention":`, e.Mention)
	b = appendKeyString(b, `,"doc":`, e.Doc)
	b = append(b, `,"sentence":`...)
	b = strconv.AppendInt(b, int64(e.Sentence), 10)
	b = append(b, `,"span":[`...)
	b = strconv.AppendInt(b, int64(e.Span[0]), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(e.Span[1]), 10)
	b = append(b, ']')
	b = appendKeyString(b, `,"text":`, e.Text)
	b = append(b, `,"source":`...)
	b = appendActor(b, e.Source)
	b = append(b, `,"target":`...)
	b = appendActor(b, e.Target)
	b = appendKeyString(b, `,"cameo":`, e.Cameo)
	b = appendKeyString(b, `,"plover":`, e.Plover)
	b = appendKeyString(b, `,"mode":`, e.Mode)
	b = append(b, `,"quad":`...)
	b = strconv.AppendInt(b, int64(e.Quad), 10)
	b = append(b, `,"goldstein":`...)
	b = appendFloat(b, e.Goldstein)
	b = appendKeyString(b, `,"date":`, e.Date)
	b = appendKeyString(b, `,"published":`, e.Published)
	b = append(b, `,"negated":`...)
	b = strconv.AppendBool(b, e.Negated)
	b = appendKeyString(b, `,"modality":`, e.Modality)
	b = append(b, `,"reported_by":[`...)
	for i := range e.ReportedBy {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendActor(b, &e.ReportedBy[i])
	}
	b = append(b, `],"location":`...)
	if l := e.Location; l == nil {
		b = append(b, "null"...)
	} else {
		b = appendKeyString(b, `{"name":`, l.Name)
		b = appendKeyString(b, `,"country":`, l.Country)
		if l.Lat != nil {
			b = append(b, `,"lat":`...)
			b = appendFloat(b, *l.Lat)
		}
		if l.Lon != nil {
			b = append(b, `,"lon":`...)
			b = appendFloat(b, *l.Lon)
		}
		b = append(b, '}')
	}
	return append(b, "}\n"...)
}

func appendActor(b []byte, a *Actor) []byte {
	if a == nil {
		return append(b, "null"...)
	}
	b = appendKeyString(b, `{"text":`, a.Text)
	b = appendKeyString(b, `,"code":`, a.Code)
	b = appendKeyString(b, `,"country":`, a.Country)
	b = appendKeyString(b, `,"sector":`, a.Sector)
	b = appendKeyString(b, `,"name":`, a.Name)
	return append(b, '}')
}

func appendKeyString(b []byte, key, s string) []byte {
	return appendString(append(b, key...), s)
}

// appendFloat writes f as encoding/json does: shortest round-trip digits,
// exponent form only for very small or very large magnitudes. Those, and
// the NaN and infinities JSON cannot hold, go through encoding/json itself.
func appendFloat(b []byte, f float64) []byte {
	if a := math.Abs(f); math.IsNaN(f) || math.IsInf(f, 0) || a != 0 && (a < 1e-6 || a >= 1e21) {
		j, err := json.Marshal(f)
		if err != nil {
			return append(b, "null"...)
		}
		return append(b, j...)
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

const hexDigits = "0123456789abcdef"

// appendString quotes s the way encoding/json does with HTML escaping off:
// short escapes for quote, backslash, \b \f \n \r \t, \u00XX for other
// control bytes, U+FFFD for invalid UTF-8, and \u2028 and \u2029 escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
