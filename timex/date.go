// Package timex finds temporal expressions in sentences and resolves them
// against a reference date (the publication date, or the date of the previous
// event in the story), keeping the precision the text supports.
//
// Resolution rules (shared/spec/ANNOTATION.md, and choices where it is silent):
//   - Weekdays, month names and month-day dates without a year read as the
//     latest such day or month not after the reference (Expr.Date) and as
//     the next one not before it (Expr.Future, for planned acts): "Monday"
//     in a story of Monday 2024-09-09 is 2024-09-09 both ways.
//   - "last/next/this month" and "... year" keep month or year precision;
//     "earlier/later this month/year" is that month or year.
//   - A week is finer than any ISO date precision short of a day, so "last
//     week", "this week", "next week" give the month holding most of that
//     Monday-to-Sunday week (the month of its Thursday, as ISO 8601 assigns
//     weeks): in a story of Wednesday 2024-10-02, "last week" (Sept. 23-29)
//     is 2024-09; in one of Monday 2024-10-07 (week Sept. 30-Oct. 6) 2024-10.
//     "over the weekend" and "last weekend" give the weekend's Saturday.
//   - "N days/weeks ago" count back from the reference at day precision;
//     "N months ago" and "N years ago" at month and year precision.
//   - "a month later", "the next day", "two days earlier", "later that
//     month" count from prev, the previous event's date (the reference
//     when prev is zero) and are marked Relative. "N days after <event>"
//     also sets Anchor, and AnchorDate dates the anchored event from the
//     clause the expression modifies.
//   - "since 1959" is returned with Since set: it bounds a state, it dates
//     no act. Prep gives the preposition ("by April 30" is a deadline).
//   - Ranges ("from May to June", "between 2019 and 2021", "June 19-20",
//     "1950-53") are dated by their start; To holds the end.
//   - Seasons ("in the autumn", "last summer") give a year; winter is the
//     year of its December.
//   - An expression that needs a reference finer than the one given
//     ("Monday" against a month-only date) has a zero Date.
package timex

import (
	"fmt"
	"strconv"
	"strings"
)

// Date is a calendar date with the precision the text supports: Month and Day
// are 0 when the text does not give them. The zero Date means unknown.
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// String gives ISO 8601 at the date's precision: "2024", "2024-06",
// "2024-06-19", or "" when unknown.
func (d Date) String() string {
	if d.Year == 0 {
		return ""
	}
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		return d.slowString()
	}
	// built by hand: events carry several dates each and fmt showed in
	// the end-to-end profile.
	var b [10]byte
	y := d.Year
	b[0], b[1], b[2], b[3] = byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10)
	if d.Month == 0 {
		return string(b[:4])
	}
	b[4], b[5], b[6] = '-', byte('0'+d.Month/10), byte('0'+d.Month%10)
	if d.Day == 0 {
		return string(b[:7])
	}
	b[7], b[8], b[9] = '-', byte('0'+d.Day/10), byte('0'+d.Day%10)
	return string(b[:])
}

// slowString formats dates outside the four-digit range the way fmt does.
func (d Date) slowString() string {
	switch {
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// ParseISO reads "2024", "2024-06", "2024-06-19" or an RFC 3339 date-time
// (whose date part is kept).
func ParseISO(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	parts := strings.Split(s, "-")
	if s == "" || len(parts) > 3 {
		return Date{}, fmt.Errorf("timex: %q is not an ISO 8601 date", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || (i == 0 && len(p) != 4) || (i > 0 && len(p) != 2) {
			return Date{}, fmt.Errorf("timex: %q is not an ISO 8601 date", s)
		}
		n[i] = v
	}
	d := Date{n[0], n[1], n[2]}
	if d.Month > 12 || (len(parts) > 1 && d.Month < 1) || d.Day > daysIn(d.Year, d.Month) || (len(parts) > 2 && d.Day < 1) {
		return Date{}, fmt.Errorf("timex: %q is not a valid date", s)
	}
	return d, nil
}

func daysIn(year, month int) int {
	switch month {
	case 0:
		return 0
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
