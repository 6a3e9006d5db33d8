// Package timex finds temporal expressions in sentences and resolves them
// against a reference date (the publication date, or the date of the previous
// event in the story), keeping the precision the text supports.
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
	switch {
	case d.Year == 0:
		return ""
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
