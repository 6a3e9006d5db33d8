package petrarch

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// Expected is one expected event of a validation record.
type Expected struct {
	Source, Target, Code string
}

func (e Expected) String() string { return e.Source + " " + e.Target + " " + e.Code }

// Record is one <Sentence> of PETRARCH's validation file.
type Record struct {
	ID, Date, Category string
	Text               string // whitespace collapsed
	Parse              string // Penn Treebank parse
	Events             []Expected
	NoEvents           bool   // noevents="True"
	Error              string // an expected error ("storydiscard", "bad_input_parse"); no events then
	Line               int    // line of the <Sentence> tag
}

type xmlCoding struct {
	Source   string `xml:"sourcecode,attr"`
	Target   string `xml:"targetcode,attr"`
	Code     string `xml:"eventcode,attr"`
	NoEvents string `xml:"noevents,attr"`
	Error    string `xml:"error,attr"`
}

type xmlSentence struct {
	ID       string      `xml:"id,attr"`
	Date     string      `xml:"date,attr"`
	Category string      `xml:"category,attr"`
	Codings  []xmlCoding `xml:"EventCoding"`
	Text     string      `xml:"Text"`
	Parse    string      `xml:"Parse"`
}

// ReadRecords reads the <Sentence> records of a PETRARCH validation file.
func ReadRecords(r io.Reader, name string) ([]Record, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	var out []Record
	for {
		line, _ := dec.InputPos()
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return out, fmt.Errorf("petrarch: %s line %d: %w", name, line, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Sentence" {
			continue
		}
		start, _ := dec.InputPos()
		var xs xmlSentence
		if err := dec.DecodeElement(&xs, &se); err != nil {
			return out, fmt.Errorf("petrarch: %s line %d: %w", name, start, err)
		}
		rec := Record{ID: xs.ID, Date: xs.Date, Category: xs.Category,
			Text: strings.Join(strings.Fields(xs.Text), " "), Parse: strings.TrimSpace(xs.Parse), Line: start}
		for _, c := range xs.Codings {
			switch {
			case strings.EqualFold(strings.TrimSpace(c.NoEvents), "true"):
				rec.NoEvents = true
			case c.Error != "":
				rec.Error = c.Error
			default:
				if c.Code == "" {
					return out, fmt.Errorf("petrarch: %s line %d: record %s: EventCoding without eventcode", name, start, xs.ID)
				}
				rec.Events = append(rec.Events, Expected{c.Source, c.Target, c.Code})
			}
		}
		out = append(out, rec)
	}
	return out, nil
}
