package timex

import (
	"strings"
	"time"
)

// FromTime gives the day-precision Date of t; the zero time gives the zero Date.
func FromTime(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	y, m, d := t.Date()
	return Date{y, int(m), d}
}

// Time gives the first day of the period at midnight UTC; the zero Date gives
// the zero time.
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// Valid reports whether the fields form a real date at their precision
// (the zero Date is not valid).
func (d Date) Valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 {
		return false
	}
	if d.Month == 0 {
		return d.Day == 0
	}
	return d.Day <= daysIn(d.Year, d.Month)
}

// Before reports whether d starts before e, comparing at the coarser of the
// two precisions ("2024-06" is not before "2024-06-19").
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month == 0 || e.Month == 0 || d.Month == e.Month && (d.Day == 0 || e.Day == 0) {
		return false
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// After reports whether d starts after e at the coarser of the two precisions.
func (d Date) After(e Date) bool { return e.Before(d) }

var monthNames = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
	"oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// MonthNumber gives 1..12 for an English month name or its abbreviation, with
// or without a final period, in any case ("Sept.", "JUNE"); 0 otherwise.
func MonthNumber(word string) int {
	word = strings.TrimSuffix(word, ".")
	if len(word) < 3 || len(word) > 9 {
		return 0
	}
	return monthNames[strings.ToLower(word)]
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// WeekdayNumber gives the weekday named by an English word ("Monday",
// "tuesday"), ok false when it names none.
func WeekdayNumber(word string) (time.Weekday, bool) {
	if len(word) < 6 || len(word) > 9 {
		return 0, false
	}
	w, ok := weekdayNames[strings.ToLower(word)]
	return w, ok
}
