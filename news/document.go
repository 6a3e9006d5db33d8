// Package news reads articles (plain text, HTML pages, JSON Lines, whole
// directories) into Documents, and finds their datelines.
package news

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/timex"
)

// Document is one article as dyad reads it.
type Document struct {
	ID        string // file name without directory for plain files; the "id" field for JSONL
	Text      string // the article body; all byte offsets downstream index into it
	Published string // ISO 8601 date or date-time, "" when unknown
	Outlet    string // "UPI", "Reuters", ... "" when unknown
	URL       string
	Title     string
	// Place is the dateline's place ("SEOUL"), "" when there is no dateline.
	Place string
	// BodyStart is the byte offset in Text where the story proper begins,
	// after any dateline ("SEOUL, Sept. 9 (UPI) -- "); 0 when there is none.
	BodyStart int
	// Date is the dateline's date at its precision ("2024-09-09"), its year
	// taken from the dateline, from Published (never after publication) or
	// from the text; "" when there is no dated dateline.
	Date string

	dateline    Dateline // the parsed dateline, Month 0 when undated
	pubFromDate bool     // Published was filled from the dateline
}

// SetPublished sets the publication date (ISO 8601 date or RFC 3339
// date-time), as --published does, and re-resolves an undated dateline
// against it.
func (d *Document) SetPublished(iso string) error {
	iso = strings.TrimSpace(iso)
	if _, err := timex.ParseISO(iso); err != nil {
		return fmt.Errorf("published date %q: want YYYY, YYYY-MM, YYYY-MM-DD or an RFC 3339 date-time", iso)
	}
	d.Published = iso
	d.pubFromDate = false
	d.resolveDateline()
	return nil
}

// Dateline gives the parsed dateline; ok is false when the text has none.
func (d *Document) Dateline() (Dateline, bool) {
	return d.dateline, d.dateline.End > 0
}

// applyDateline finds the dateline in Text and fills Place, Outlet,
// BodyStart, Date and (when missing) Published from it.
func (d *Document) applyDateline() {
	dl, ok := FindDateline(d.Text)
	if !ok {
		return
	}
	d.dateline = dl
	if d.Place == "" {
		d.Place = dl.Place
	}
	if d.Outlet == "" {
		d.Outlet = dl.Outlet
	}
	d.BodyStart = dl.End
	d.resolveDateline()
}

func (d *Document) resolveDateline() {
	dl := d.dateline
	if dl.Month == 0 {
		return
	}
	date := timex.Date{Year: dl.Year, Month: dl.Month, Day: dl.Day}
	if date.Year == 0 {
		if pub, err := timex.ParseISO(d.Published); err == nil && !d.pubFromDate {
			date.Year = pub.Year
			// The dateline's day cannot follow publication: "Dec. 31" in a
			// story published on Jan. 1 is the previous year.
			if pub.Month > 0 && (date.Month > pub.Month || date.Month == pub.Month && pub.Day > 0 && date.Day > pub.Day) {
				date.Year--
			}
		} else {
			date.Year = yearNear(d.Text, dl.Month)
		}
	}
	if !date.Valid() {
		d.Date = ""
		return
	}
	d.Date = date.String()
	if d.Published == "" || d.pubFromDate {
		d.Published = d.Date
		d.pubFromDate = true
	}
}

// yearNear finds the year the text gives next to the named month ("Sept. 9,
// 2024", "September 2024"): the dateline's year when the article states it;
// 0 when it does not.
func yearNear(text string, month int) int {
	for i := 0; i+4 <= len(text); i++ {
		if !isDigit(text[i]) || (i > 0 && (isDigit(text[i-1]) || isASCIILetter(text[i-1]))) {
			continue
		}
		if i+4 < len(text) && (isDigit(text[i+4]) || isASCIILetter(text[i+4])) {
			continue
		}
		y := int(text[i]-'0')*1000 + int(text[i+1]-'0')*100 + int(text[i+2]-'0')*10 + int(text[i+3]-'0')
		if !isDigit(text[i+1]) || !isDigit(text[i+2]) || !isDigit(text[i+3]) || y < 1900 || y > 2200 {
			continue
		}
		// The words before the year: "<Month> [day][,] YYYY".
		before := strings.Fields(strings.NewReplacer(",", " ").Replace(text[max(0, i-20):i]))
		for k := len(before) - 1; k >= 0 && k >= len(before)-2; k-- {
			if timex.MonthNumber(before[k]) == month {
				return y
			}
		}
	}
	return 0
}
