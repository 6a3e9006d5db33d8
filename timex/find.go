package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad/nlp"
)

// Expr is one temporal expression found in a sentence.
//
// Spans leave out the preposition ("in May" is the token "May"; "on Tuesday"
// is "Tuesday") but keep modifiers that change the date ("last month",
// "earlier this year", "two days later", "late Monday").
type Expr struct {
	Start, End int    // token span [Start, End) in Sentence.Tokens
	Head       int    // the expression's head token: the month, weekday, unit or "later"/"ago"
	Text       string // the words of the span, as in the document
	// Date is the past-leaning reading: "Tuesday" is the latest Tuesday not
	// after the reference. Zero when the expression cannot be resolved (a
	// weekday with no reference date).
	Date Date
	// Future is the reading for a future or planned verb ("will meet on
	// Tuesday" = the next Tuesday); equal to Date when unambiguous.
	Future Date
	// To is the end of a range ("from May to June": Date May, To June);
	// zero otherwise.
	To Date
	// Relative marks expressions resolved against the previous event's date
	// ("a month later", "the next day").
	Relative bool
	// Since marks "since 1959": the expression bounds a state that lasts to
	// the reference, it dates no event. Date is still 1959.
	Since bool
	// Modifier marks an expression that modifies a noun rather than a verb:
	// "last month's election", "Monday's attack", "the 1953 armistice". It
	// dates that noun's event, not the clause around it.
	Modifier bool
	// Prep is the lower-cased preposition before the expression ("in",
	// "on", "since", "by", "until", "from", "before", "after", "during"),
	// "" when none: "by April 30" is a deadline and "from May 1" an onset,
	// neither the date of the act that sets them.
	Prep string
	// Anchor, when > 0, is the first token of the event an offset is
	// counted from: "three days after [Kim Yo Jong said ...]". AnchorDate
	// dates the anchored event from the date of the clause the expression
	// modifies.
	Anchor int
	// AnchorClause tells that the anchor is a clause ("a day after Putin
	// signed the pact"). A parser attaches the expression to that clause's
	// verb (UD: obl:unmarked of "signed"), so Date is then the anchored
	// event's date: the main clause's date (an earlier expression in the
	// sentence, else prev) moved back by the offset, or a date the clause
	// itself gives. With a noun anchor ("a day after the summit") Date is
	// the main clause's reading, prev moved forward.
	AnchorClause bool

	n, sign int    // the offset: count and direction (+1 after, -1 before)
	unit    string // "day", "week", "month", "year", "hour"
}

// AnchorDate dates the event named after "after"/"before" in an anchored
// offset, given the date of the clause the offset modifies: in "Seoul said
// Thursday, a day after Putin signed the pact", the signing is the day
// before Thursday. Zero when the expression has no anchor or the offset is
// vague ("days after").
func (e Expr) AnchorDate(main Date) Date {
	if e.Anchor == 0 || e.unit == "" || main.IsZero() {
		return Date{}
	}
	if e.n == 0 { // "hours after": the same day
		if e.unit == "hour" {
			return main
		}
		return Date{}
	}
	return shift(main, e.unit, -e.sign*e.n)
}

// Find returns the temporal expressions of s in token order, resolved against
// ref (the publication or dateline date) and prev (the previous event's date,
// for "a month later"; when prev is zero, ref stands in for it). Tags and the
// dependency tree are used when present (to choose Head) but not needed.
func Find(s *nlp.Sentence, ref, prev Date) []Expr {
	if s == nil || len(s.Tokens) == 0 {
		return nil
	}
	f := finder{toks: s.Tokens, lw: lowerAll(s.Tokens), ref: ref, prev: prev}
	if f.prev.IsZero() {
		f.prev = ref
	}
	var out []Expr
	for i := 0; i < len(f.toks); {
		e, ok := f.match(i)
		if !ok {
			i++
			continue
		}
		if f.isWord(i-1, "since") || (f.isWord(i-1, "ever") && f.isWord(i-2, "since")) {
			e.Since = true
		}
		if w := f.word(e.Start - 1); preps[w] {
			e.Prep = w
		}
		if w := f.word(e.End); w == "'s" || w == "’s" || e.Modifier {
			e.Modifier = true
		}
		e.Text = s.Tokens[e.Start].Text
		if e.End-e.Start > 1 {
			e.Text = spanText(s.Tokens[e.Start:e.End])
		}
		out = append(out, e)
		i = e.End
		if !e.Relative && !e.Since && e.Prep != "until" && e.Prep != "till" && e.Date.Day != 0 {
			f.local = e.Date
		}
	}
	out = f.ranges(out)
	f.heads(out)
	f.anchors(out)
	return out
}

// anchors re-dates offsets anchored on a clause (see Expr.AnchorClause).
func (f *finder) anchors(es []Expr) {
	for k := range es {
		e := &es[k]
		if e.Anchor == 0 || !f.clauseAt(e.Anchor) {
			continue
		}
		e.AnchorClause = true
		var d Date
		// A date inside the anchored clause wins: "hours after the chiefs
		// met on Wednesday". With a parse it must date that clause's own
		// verb, not one embedded deeper: in "a day after Trudeau said he
		// was investigating allegations of a killing in June", June is the
		// killing's.
		verb := -1
		if p := f.toks[e.Anchor-1]; p.Dep == "mark" {
			verb = p.Head
		}
		for m := k + 1; m < len(es); m++ {
			if x := es[m]; !x.Relative && !x.Since && !x.Date.IsZero() {
				if verb >= 0 && (&nlp.Sentence{Tokens: f.toks}).VerbAbove(x.Head) != verb {
					continue
				}
				d = x.Date
				break
			}
		}
		if d.IsZero() {
			main := f.prev
			for m := k - 1; m >= 0; m-- {
				if x := es[m]; !x.Relative && !x.Since && !x.Date.IsZero() {
					main = x.Date
					break
				}
			}
			d = e.AnchorDate(main)
		}
		if !d.IsZero() {
			e.Date, e.Future = d, d
		}
	}
}

// clauseVerbs are past-tense verbs that open no noun phrase; with "-ed"
// words they mark an anchor as a clause when the sentence has no tags.
var clauseVerbs = map[string]bool{
	"said": true, "met": true, "took": true, "came": true, "made": true, "held": true, "won": true,
	"lost": true, "left": true, "sent": true, "told": true, "began": true, "gave": true, "broke": true,
	"fell": true, "struck": true, "shot": true, "ran": true, "spoke": true, "wrote": true, "went": true,
	"saw": true, "set": true, "put": true, "hit": true, "cut": true, "led": true, "sought": true,
	"threw": true, "drew": true, "flew": true, "withdrew": true, "became": true, "brought": true,
	"was": true, "were": true, "had": true, "did": true, "is": true, "are": true, "has": true, "have": true,
	"will": true, "would": true, "announced": true, "says": true,
}

// clauseAt reports whether the words from token a on form a clause (with
// a verb) rather than a noun phrase. With a parse it asks whether the
// "after"/"before" before a is a subordinator (mark); with tags it looks
// for a verb before the next punctuation; with neither it takes a name or
// pronoun start as a clause's subject, a determiner as a noun phrase.
func (f *finder) clauseAt(a int) bool {
	if a <= 0 || a >= len(f.toks) {
		return false
	}
	prep := f.toks[a-1]
	if prep.Dep != "" {
		if prep.Dep == "mark" {
			return true
		}
		if prep.Dep == "case" {
			return false
		}
	}
	tagged := f.toks[a].UPOS != ""
	for i := a; i < len(f.toks); i++ {
		t := f.toks[i]
		w := f.lw[i]
		if w == "," || w == "." || w == ";" || w == ":" || w == "--" || w == "—" {
			break
		}
		if tagged {
			if t.UPOS == "VERB" || t.UPOS == "AUX" {
				return true
			}
			continue
		}
		if clauseVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && i > a && !determiners[f.lw[i-1]] {
			return true
		}
	}
	if tagged {
		return false
	}
	w := f.lw[a]
	if determiners[w] {
		return false
	}
	switch w {
	case "he", "she", "they", "it", "we", "i", "you":
		return true
	}
	return capitalized(f.toks[a].Text) && MonthNumber(w) == 0 && !triggerWords[w]
}

var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"this": true, "that": true, "these": true, "those": true, "our": true, "my": true, "your": true,
}

// preps are the prepositions reported in Expr.Prep.
var preps = map[string]bool{
	"in": true, "on": true, "at": true, "since": true, "by": true, "until": true, "till": true,
	"from": true, "before": true, "after": true, "during": true, "through": true, "for": true,
	"of": true, "to": true, "between": true, "throughout": true, "within": true, "around": true,
}

// spanText gives the document's words of a token span: tokens are substrings
// of one text, so the gaps between them are restored as single spaces unless
// the tokens touched.
func spanText(toks []nlp.Token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && t.Start > toks[k-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

type finder struct {
	toks      []nlp.Token
	lw        []string // lower-cased token texts (ASCII letters only)
	ref, prev Date
	// local is the last day named earlier in the sentence: "denounced the
	// plan on Thursday and filed a protest the following day" counts from
	// Thursday, not from the event before the sentence.
	local Date
}

// word gives the lower-cased text of token i, "" outside the sentence.
func (f *finder) word(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	return f.lw[i]
}

// lowerAll lower-cases every token's text into one string, so word() costs
// nothing: three allocations per sentence instead of one per capitalised word.
func lowerAll(toks []nlp.Token) []string {
	n := 0
	for _, t := range toks {
		n += len(t.Text)
	}
	buf := make([]byte, 0, n)
	for _, t := range toks {
		for k := 0; k < len(t.Text); k++ {
			c := t.Text[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
		}
	}
	all := string(buf)
	out := make([]string, len(toks))
	at := 0
	for i, t := range toks {
		out[i] = all[at : at+len(t.Text)]
		at += len(t.Text)
	}
	return out
}

func (f *finder) isWord(i int, words ...string) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	t := f.toks[i].Text
	for _, w := range words {
		if strings.EqualFold(t, w) {
			return true
		}
	}
	return false
}

func capitalized(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// match tries every pattern at token i, longest first.
func (f *finder) match(i int) (Expr, bool) {
	w := f.word(i)
	if w == "" {
		return Expr{}, false
	}
	if !trigger(w) {
		return Expr{}, false
	}
	e, ok := f.dayWord(i)
	if !ok {
		e, ok = f.modifiedUnit(i)
	}
	if !ok {
		e, ok = f.offset(i)
	}
	if !ok {
		e, ok = f.anaphoric(i)
	}
	if !ok {
		e, ok = f.weekday(i)
	}
	if !ok {
		e, ok = f.monthDate(i)
	}
	if !ok {
		e, ok = f.dayMonth(i)
	}
	if !ok {
		e, ok = f.iso(i)
	}
	if !ok {
		e, ok = f.ordinalDay(i)
	}
	if !ok {
		e, ok = f.season(i)
	}
	if !ok {
		e, ok = f.year(i)
	}
	if !ok {
		return Expr{}, false
	}
	if e.Future.IsZero() {
		e.Future = e.Date
	}
	return e, true
}

// triggerWords can open an expression; most tokens cannot, and are passed
// over without trying the patterns.
var triggerWords = map[string]bool{
	"yesterday": true, "today": true, "tonight": true, "tomorrow": true, "the": true, "this": true,
	"last": true, "next": true, "earlier": true, "later": true, "early": true, "late": true, "mid": true,
	"past": true, "coming": true, "that": true, "hours": true, "minutes": true, "spring": true,
	"summer": true, "autumn": true, "fall": true, "winter": true,
}

// triggerSet joins the lower-case words trigger accepts (trigger words,
// number words, month and weekday names) into one lookup, since trigger
// runs on every token.
var triggerSet = func() map[string]bool {
	m := map[string]bool{}
	for k, v := range triggerWords {
		if v {
			m[k] = true
		}
	}
	for k, v := range numberWords {
		if v != 0 {
			m[k] = true
		}
	}
	for k := range monthNames {
		for _, w := range []string{k, k + "."} {
			if MonthNumber(w) != 0 {
				m[w] = true
			}
		}
	}
	for k := range weekdayNames {
		if _, ok := WeekdayNumber(k); ok {
			m[k] = true
		}
	}
	return m
}()

// plainLower reports whether s is ASCII with no upper-case letter, so
// lower-casing leaves it as it is.
func plainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

func trigger(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return true
	}
	if triggerSet[w] {
		return true
	}
	if !plainLower(w) {
		// triggerSet holds lower-case forms; others take the full checks.
		if triggerWords[w] || numberWords[w] != 0 || MonthNumber(w) != 0 {
			return true
		}
		if _, ok := WeekdayNumber(w); ok {
			return true
		}
	}
	return strings.HasPrefix(w, "mid-") || strings.HasPrefix(w, "early-") || strings.HasPrefix(w, "late-")
}

// ---- calendar arithmetic ----

func addDays(d Date, n int) Date {
	if d.Day == 0 {
		return d // no finer than the reference
	}
	return FromTime(d.Time().AddDate(0, 0, n))
}

func addMonths(d Date, n int) Date {
	if d.IsZero() {
		return d
	}
	if d.Month == 0 {
		return Date{Year: d.Year + floorDiv(n, 12)}
	}
	m := d.Year*12 + d.Month - 1 + n
	return Date{Year: floorDiv(m, 12), Month: m - floorDiv(m, 12)*12 + 1}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func yearOf(d Date) Date {
	if d.IsZero() {
		return d
	}
	return Date{Year: d.Year}
}

func monthOf(d Date) Date {
	if d.Month == 0 {
		return yearOf(d)
	}
	return Date{Year: d.Year, Month: d.Month}
}

// weekMonth gives the month holding most of the Monday-to-Sunday week that
// contains d (the month of its Thursday, as ISO 8601 assigns weeks): a week is
// finer than a month, and a month is the finest precision a week fits in.
func weekMonth(d Date) Date {
	if d.Day == 0 {
		return monthOf(d)
	}
	t := d.Time()
	off := (int(t.Weekday()) + 6) % 7 // days since Monday
	return monthOf(FromTime(t.AddDate(0, 0, 3-off)))
}

// weekdayOnOrBefore gives the latest day with weekday wd not after d (strictly
// before when strict).
func weekdayOnOrBefore(d Date, wd time.Weekday, strict bool) Date {
	if d.Day == 0 {
		return Date{}
	}
	t := d.Time()
	back := (int(t.Weekday()) - int(wd) + 7) % 7
	if strict && back == 0 {
		back = 7
	}
	return FromTime(t.AddDate(0, 0, -back))
}

func weekdayOnOrAfter(d Date, wd time.Weekday, strict bool) Date {
	if d.Day == 0 {
		return Date{}
	}
	t := d.Time()
	fwd := (int(wd) - int(t.Weekday()) + 7) % 7
	if strict && fwd == 0 {
		fwd = 7
	}
	return FromTime(t.AddDate(0, 0, fwd))
}

// latestMonth gives month m of the latest year in which it does not start
// after ref (or strictly before ref's month when strict); earliest gives the
// first not before ref.
func latestMonth(ref Date, m int, strict bool) Date {
	if ref.IsZero() {
		return Date{}
	}
	y := ref.Year
	if ref.Month != 0 && (m > ref.Month || strict && m == ref.Month) {
		y--
	}
	return Date{Year: y, Month: m}
}

func earliestMonth(ref Date, m int, strict bool) Date {
	if ref.IsZero() {
		return Date{}
	}
	y := ref.Year
	if ref.Month != 0 && (m < ref.Month || strict && m == ref.Month) {
		y++
	}
	return Date{Year: y, Month: m}
}

// latestDay gives month m, day d in the latest year where it is not after ref.
func latestDay(ref Date, m, d int) Date {
	if ref.IsZero() {
		return Date{}
	}
	y := ref.Year
	if ref.Month != 0 && (m > ref.Month || m == ref.Month && ref.Day != 0 && d > ref.Day) {
		y--
	}
	return validOrZero(Date{y, m, d})
}

func earliestDay(ref Date, m, d int) Date {
	if ref.IsZero() {
		return Date{}
	}
	y := ref.Year
	if ref.Month != 0 && (m < ref.Month || m == ref.Month && ref.Day != 0 && d < ref.Day) {
		y++
	}
	return validOrZero(Date{y, m, d})
}

func validOrZero(d Date) Date {
	if d.Valid() {
		return d
	}
	if d.Month == 2 && d.Day == 29 { // Feb. 29 exists only in leap years: keep the month
		return Date{Year: d.Year, Month: 2}
	}
	return Date{}
}

// ---- numbers ----

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}

// count reads a small cardinal ("two", "3"), 0 when token i is none.
func (f *finder) count(i int) int {
	w := f.word(i)
	if n, ok := numberWords[w]; ok {
		return n
	}
	n, ok := digits(w, 1, 3)
	if !ok {
		return 0
	}
	return n
}

// digits parses a token of min..max ASCII digits.
func digits(w string, min, max int) (int, bool) {
	if len(w) < min || len(w) > max {
		return 0, false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0, false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n, true
}

// dayNumber reads "9", "09", "9th", "1st", "22nd", "3rd".
func dayNumber(w string) (int, bool) {
	if n, ok := digits(w, 1, 2); ok {
		return n, n >= 1 && n <= 31
	}
	if len(w) >= 3 && len(w) <= 4 {
		suf := w[len(w)-2:]
		if suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
			if n, ok := digits(w[:len(w)-2], 1, 2); ok {
				return n, n >= 1 && n <= 31
			}
		}
	}
	return 0, false
}

// yearNumber reads a four-digit year 1000..2199.
func yearNumber(w string) (int, bool) {
	n, ok := digits(w, 4, 4)
	return n, ok && n >= 1000 && n < 2200
}

// ---- patterns ----

// dayWord: yesterday, today, tonight, tomorrow, "the day before yesterday",
// "this morning", "last night", "earlier today".
func (f *finder) dayWord(i int) (Expr, bool) {
	ref := f.ref
	at := func(end, head int, d Date) (Expr, bool) {
		if ref.IsZero() {
			d = Date{}
		}
		return Expr{Start: i, End: end, Head: head, Date: d}, true
	}
	switch f.word(i) {
	case "yesterday":
		return at(i+1, i, addDays(ref, -1))
	case "today", "tonight":
		return at(i+1, i, ref)
	case "tomorrow":
		return at(i+1, i, addDays(ref, 1))
	case "overnight":
		return Expr{}, false
	case "the":
		if f.word(i+1) == "weekend" && f.isWord(i-1, "over", "at", "during", "on") {
			// "over the weekend": the one just gone, dated by its Saturday.
			return at(i+2, i+1, weekdayOnOrBefore(ref, time.Saturday, false))
		}
		if f.word(i+1) == "day" && f.word(i+3) == "yesterday" && f.word(i+2) == "before" {
			return at(i+4, i+1, addDays(ref, -2))
		}
		if f.word(i+1) == "day" && f.word(i+3) == "tomorrow" && f.word(i+2) == "after" {
			return at(i+4, i+1, addDays(ref, 2))
		}
	case "this":
		switch f.word(i + 1) {
		case "morning", "afternoon", "evening":
			return at(i+2, i+1, ref)
		}
	case "last":
		if f.word(i+1) == "night" {
			return at(i+2, i+1, addDays(ref, -1))
		}
	case "earlier", "later":
		if f.word(i+1) == "today" || f.word(i+1) == "tonight" {
			return at(i+2, i+1, ref)
		}
	}
	return Expr{}, false
}

var units = map[string]string{
	"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
	"year": "year", "years": "year", "weekend": "weekend", "fortnight": "fortnight",
	"hour": "hour", "hours": "hour", "minute": "hour", "minutes": "hour",
	"decade": "decade", "decades": "decade",
}

// modifiedUnit: "last month", "next year", "this week", "earlier this year",
// "later this month", "last weekend".
func (f *finder) modifiedUnit(i int) (Expr, bool) {
	j := i
	if w := f.word(j); w == "earlier" || w == "later" || w == "early" || w == "late" {
		if f.word(j+1) != "this" {
			return Expr{}, false
		}
		j++
	}
	mod := f.word(j)
	switch mod {
	case "last", "next", "this", "past", "coming":
	default:
		return Expr{}, false
	}
	unit := units[f.word(j+1)]
	if unit == "" || unit == "day" || unit == "fortnight" || unit == "hour" || unit == "decade" || strings.HasSuffix(f.word(j+1), "s") {
		return Expr{}, false
	}
	if mod == "past" || mod == "coming" {
		// "the past week" is a stretch of time, not a date; "the coming year"
		// likewise: leave them to duration handling (none).
		return Expr{}, false
	}
	ref := f.ref
	var d Date
	switch unit {
	case "week":
		switch mod {
		case "last":
			d = weekMonth(addDays(ref, -7))
		case "next":
			d = weekMonth(addDays(ref, 7))
		default:
			d = weekMonth(ref)
		}
	case "weekend":
		switch mod {
		case "last":
			d = weekdayOnOrBefore(ref, time.Saturday, true)
		case "next":
			d = weekdayOnOrAfter(ref, time.Saturday, true)
		default: // "this weekend": past-leaning the one just gone, future the next
			e := Expr{Start: i, End: j + 2, Head: j + 1, Date: weekdayOnOrBefore(ref, time.Saturday, false), Future: weekdayOnOrAfter(ref, time.Saturday, false)}
			return e, true
		}
	case "month":
		switch mod {
		case "last":
			d = addMonths(monthOf(ref), -1)
		case "next":
			d = addMonths(monthOf(ref), 1)
		default:
			d = monthOf(ref)
		}
	case "year":
		switch mod {
		case "last":
			d = yearOf(addMonths(yearOf(ref), -12))
		case "next":
			d = yearOf(addMonths(yearOf(ref), 12))
		default:
			d = yearOf(ref)
		}
	}
	return Expr{Start: i, End: j + 2, Head: j + 1, Date: d}, true
}

// offset: "two years ago", "a month later", "three days earlier",
// "a day after" (the last relative to the previous event), "hours after".
func (f *finder) offset(i int) (Expr, bool) {
	n := f.count(i)
	j := i + 1
	if n == 0 && (f.word(i) == "hours" || f.word(i) == "minutes") {
		j = i // "hours after the vote": the same day, count unknown
	} else if n == 0 || n > 100 {
		return Expr{}, false
	}
	unit := units[f.word(j)]
	if unit == "" || unit == "weekend" {
		return Expr{}, false
	}
	if n > 0 && (n == 1) != !strings.HasSuffix(f.word(j), "s") && f.word(i) != "1" {
		// "a days later" is no expression; "one years" neither.
		return Expr{}, false
	}
	if unit == "hour" && n >= 24 {
		unit, n = "day", n/24
	}
	dir := f.word(j + 1)
	sign := 0
	relative := false
	switch dir {
	case "ago":
		sign = -1
	case "later", "after", "afterwards", "afterward":
		sign, relative = 1, true
	case "earlier", "before", "prior":
		sign, relative = -1, true
	default:
		return Expr{}, false
	}
	if dir == "ago" && n == 0 {
		return Expr{}, false // "hours ago" is today: leave it to the story date
	}
	base := f.ref
	if relative {
		base = f.prev
	}
	e := Expr{Start: i, End: j + 2, Head: j + 1, Date: shift(base, unit, sign*n), Relative: relative, n: n, sign: sign, unit: unit}
	if dir == "prior" && f.word(j+2) == "to" {
		e.End++
	}
	// "a day after Putin signed": the event counted from follows.
	if (dir == "after" || dir == "before" || dir == "prior") && e.End < len(f.toks) && startsPhrase(f.toks[e.End].Text) {
		e.Anchor = e.End
	}
	return e, true
}

// startsPhrase reports whether a token can open the phrase after "after"
// (a word, not punctuation).
func startsPhrase(t string) bool {
	if t == "" {
		return false
	}
	c := t[0]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// shift moves d by n units, at the precision the unit supports.
func shift(d Date, unit string, n int) Date {
	switch unit {
	case "day":
		if d.Day == 0 {
			return monthOf(d)
		}
		return addDays(d, n)
	case "week", "fortnight":
		k := 7
		if unit == "fortnight" {
			k = 14
		}
		if d.Day == 0 {
			return monthOf(d)
		}
		return addDays(d, k*n)
	case "month":
		return addMonths(monthOf(d), n)
	case "year":
		return yearOf(addMonths(yearOf(d), 12*n))
	case "decade":
		return yearOf(addMonths(yearOf(d), 120*n))
	case "hour":
		return d
	}
	return Date{}
}

// anaphoric: "the next day", "the following month", "the previous year",
// "the same day", "later that day", "that day", "the day before/after".
func (f *finder) anaphoric(i int) (Expr, bool) {
	base := f.prev
	if !f.local.IsZero() {
		base = f.local
	}
	rel := func(end, head int, d Date) (Expr, bool) {
		return Expr{Start: i, End: end, Head: head, Date: d, Relative: true}, true
	}
	w := f.word(i)
	switch w {
	case "the":
		mod := f.word(i + 1)
		unit := units[f.word(i+2)]
		if mod == "day" && (f.word(i+2) == "before" || f.word(i+2) == "after") {
			// "the day after" standing alone; "the day after the summit"
			// is still one day after the event just told.
			if f.word(i+3) == "yesterday" || f.word(i+3) == "tomorrow" {
				return Expr{}, false
			}
			sign := 1
			if f.word(i+2) == "before" {
				sign = -1
			}
			return rel(i+3, i+1, shift(base, "day", sign))
		}
		if unit == "" || unit == "weekend" || strings.HasSuffix(f.word(i+2), "s") {
			return Expr{}, false
		}
		// "the following week" is a week, not a day: its month, as for
		// "last week".
		week := func(n int) Date {
			if unit == "week" {
				return weekMonth(shift(base, unit, n))
			}
			return shift(base, unit, n)
		}
		switch mod {
		case "next", "following", "subsequent":
			return rel(i+3, i+2, week(1))
		case "previous", "preceding", "prior":
			return rel(i+3, i+2, week(-1))
		case "same":
			if unit == "week" {
				return rel(i+3, i+2, weekMonth(base))
			}
			return rel(i+3, i+2, shift(base, unit, 0))
		}
	case "later", "earlier":
		// "earlier in the day", "later in the week".
		if f.word(i+1) == "in" && f.word(i+2) == "the" {
			if unit := units[f.word(i+3)]; unit == "day" || unit == "week" || unit == "month" || unit == "year" {
				if !strings.HasSuffix(f.word(i+3), "s") {
					d := shift(base, unit, 0)
					if unit == "week" {
						d = weekMonth(base)
					}
					return rel(i+4, i+3, d)
				}
			}
		}
		if f.word(i+1) == "that" {
			if unit := units[f.word(i+2)]; unit != "" && unit != "weekend" && !strings.HasSuffix(f.word(i+2), "s") {
				return rel(i+3, i+2, shift(base, unit, 0))
			}
		}
	case "that":
		if f.word(i+1) == "same" {
			if unit := units[f.word(i+2)]; unit != "" && unit != "weekend" && unit != "hour" && !strings.HasSuffix(f.word(i+2), "s") {
				d := shift(base, unit, 0)
				if unit == "week" {
					d = weekMonth(base)
				}
				return rel(i+3, i+2, d)
			}
		}
		if unit := units[f.word(i+1)]; (unit == "month" || unit == "year" || unit == "week") && !strings.HasSuffix(f.word(i+1), "s") &&
			f.isWord(i-1, "of", "in", "during", "within", "by") {
			// "at the end of that month", "in that year": the period of
			// the time told before.
			d := shift(base, unit, 0)
			if unit == "week" {
				d = weekMonth(base)
			}
			return rel(i+2, i+1, d)
		}
		if f.word(i+1) == "day" || f.word(i+1) == "night" || f.word(i+1) == "morning" || f.word(i+1) == "evening" {
			// "that day" only as a time adverbial: after a preposition or
			// before a comma/verb; "on that day" is the usual form.
			if f.isWord(i-1, "on", "by", "until", "since", "of", "later", "earlier") {
				return rel(i+2, i+1, shift(base, "day", 0))
			}
		}
	}
	return Expr{}, false
}

var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// weekday: "Monday", "on Tuesday", "last Friday", "next Monday", "late
// Sunday", "Monday night", and "Monday, Sept. 9" (read as the date).
func (f *finder) weekday(i int) (Expr, bool) {
	start := i
	mod := ""
	j := i
	switch f.word(j) {
	case "last", "next", "this", "coming", "early", "late", "past":
		mod = f.word(j)
		j++
	}
	wd, ok := WeekdayNumber(f.word(j))
	if !ok || !capitalized(f.toks[j].Text) {
		return Expr{}, false
	}
	head := j
	end := j + 1
	if dayParts[f.word(end)] {
		end++
	}
	// "Monday, Sept. 9" / "Monday Sept. 9": the explicit date wins.
	k := end
	if f.word(k) == "," {
		k++
	}
	if e, ok := f.monthDate(k); ok && e.Date.Day != 0 {
		e.Start = start
		return e, true
	}
	if e, ok := f.dayMonth(k); ok && e.Date.Day != 0 {
		e.Start = start
		return e, true
	}
	ref := f.ref
	e := Expr{Start: start, End: end, Head: head}
	switch mod {
	case "last", "past":
		e.Date = weekdayOnOrBefore(ref, wd, true)
	case "next", "coming":
		e.Date = weekdayOnOrAfter(ref, wd, true)
	default:
		e.Date = weekdayOnOrBefore(ref, wd, false)
		e.Future = weekdayOnOrAfter(ref, wd, false)
	}
	return e, true
}

// monthContext are the words that make a bare month name a date ("in May",
// "since March") rather than a name ("Theresa May") or a verb.
var monthContext = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true, "during": true,
	"before": true, "after": true, "between": true, "through": true, "to": true, "of": true, "and": true,
	"early": true, "late": true, "mid": true, "last": true, "next": true, "this": true, "each": true,
	"every": true, "throughout": true, "or": true, "-": true, "on": true, "for": true, "that": true, "past": true,
}

// monthDate: "Sept. 9", "Jan. 1, 2024", "June 19-20", "May 2024", "in May",
// "last May", "mid-June", "May of 2024".
func (f *finder) monthDate(i int) (Expr, bool) {
	if i < 0 || i >= len(f.toks) {
		return Expr{}, false
	}
	start := i
	mod := ""
	switch f.word(i) {
	case "last", "next", "this", "early", "late", "mid", "past", "coming":
		if MonthNumber(f.word(i+1)) > 0 {
			mod = f.word(i)
			i++
		}
	}
	tok := f.toks[i].Text
	m := MonthNumber(tok)
	if m == 0 || !capitalized(tok) {
		// "mid-June", "early-May"
		if p, rest, ok := strings.Cut(tok, "-"); ok && (strings.EqualFold(p, "mid") || strings.EqualFold(p, "early") || strings.EqualFold(p, "late")) {
			if m = MonthNumber(rest); m > 0 && capitalized(rest) {
				mod = "mid"
			}
		}
		if m == 0 {
			return Expr{}, false
		}
	}
	head := i
	abbrev := len(strings.TrimSuffix(tok, ".")) <= 4 && !strings.EqualFold(tok, "june") && !strings.EqualFold(tok, "july") && !strings.EqualFold(tok, "may")
	// Day: "Sept. 9", "Sept. 9th", "June 19-20"; "SEPT . 9" when the
	// tokenizer did not know the capitalised abbreviation.
	dayAt := i + 1
	if f.word(dayAt) == "." && abbrev {
		dayAt++
	}
	if day, to, ok := dayOrRange(f.word(dayAt)); ok {
		end := dayAt + 1
		year := 0
		k := end
		if f.word(k) == "," {
			k++
		}
		if y, ok := yearNumber(f.word(k)); ok {
			year, end = y, k+1
		} else if y, n := f.relativeYear(end); n > 0 {
			year, end = y, end+n
		}
		return f.dayExpr(start, end, head, m, day, to, year), true
	}
	// Year: "May 2024", "May of 2024", "May, 2024".
	k := i + 1
	if f.word(k) == "of" || f.word(k) == "," {
		k++
	}
	if y, ok := yearNumber(f.word(k)); ok {
		return Expr{Start: start, End: k + 1, Head: head, Date: Date{Year: y, Month: m}}, true
	}
	// "July last year", "March of this year".
	if y, n := f.relativeYear(i + 1); n > 0 && mod == "" {
		return Expr{Start: start, End: i + 1 + n, Head: head, Date: Date{Year: y, Month: m}}, true
	}
	// A bare month needs context: a preposition or modifier before it, and
	// not an abbreviation ("Jun" is also a given name).
	if abbrev && mod == "" {
		return Expr{}, false
	}
	if mod == "" && !monthContext[f.word(i-1)] {
		if strings.EqualFold(tok, "may") || strings.EqualFold(tok, "march") {
			return Expr{}, false
		}
		if i+1 < len(f.toks) && capitalized(f.toks[i+1].Text) && MonthNumber(f.word(i+1)) == 0 {
			return Expr{}, false // "June Lee"
		}
	}
	e := Expr{Start: start, End: i + 1, Head: head}
	switch mod {
	case "last", "past":
		e.Date = latestMonth(f.ref, m, true)
	case "next", "coming":
		e.Date = earliestMonth(f.ref, m, true)
	case "this":
		if !f.ref.IsZero() {
			e.Date = Date{Year: f.ref.Year, Month: m}
		}
	default:
		e.Date = latestMonth(f.ref, m, false)
		e.Future = earliestMonth(f.ref, m, false)
	}
	return e, true
}

// relativeYear reads "last year", "this year", "next year" (perhaps after
// "of") from token k: the year it names and the tokens it takes, 0 when
// there is none or no reference date.
func (f *finder) relativeYear(k int) (year, n int) {
	if f.ref.IsZero() {
		return 0, 0
	}
	if f.word(k) == "of" {
		k++
		n++
	}
	if f.word(k+1) != "year" {
		return 0, 0
	}
	switch f.word(k) {
	case "last":
		return f.ref.Year - 1, n + 2
	case "this":
		return f.ref.Year, n + 2
	case "next":
		return f.ref.Year + 1, n + 2
	}
	return 0, 0
}

// dayOrRange reads "9", "9th" or "19-20".
func dayOrRange(w string) (day, to int, ok bool) {
	if d, ok := dayNumber(w); ok {
		return d, 0, true
	}
	a, b, cut := strings.Cut(w, "-")
	if !cut {
		return 0, 0, false
	}
	d1, ok1 := dayNumber(a)
	d2, ok2 := dayNumber(b)
	if ok1 && ok2 && d2 > d1 {
		return d1, d2, true
	}
	return 0, 0, false
}

// dayExpr resolves month m, day d (with an optional year and range end).
func (f *finder) dayExpr(start, end, head, m, d, to, year int) Expr {
	e := Expr{Start: start, End: end, Head: head}
	if year != 0 {
		e.Date = validOrZero(Date{year, m, d})
		if to != 0 {
			e.To = validOrZero(Date{year, m, to})
		}
		return e
	}
	e.Date = latestDay(f.ref, m, d)
	e.Future = earliestDay(f.ref, m, d)
	if to != 0 && !e.Date.IsZero() {
		e.To = validOrZero(Date{e.Date.Year, m, to})
	}
	return e
}

// dayMonth: "19 June 2024", "9 September", "the 9th of September".
func (f *finder) dayMonth(i int) (Expr, bool) {
	start := i
	if f.word(i) == "the" {
		i++
	}
	day, to, ok := dayOrRange(f.word(i))
	if !ok {
		return Expr{}, false
	}
	k := i + 1
	if f.word(k) == "of" {
		k++
	} else if start != i {
		return Expr{}, false // "the 9 September" is not English
	}
	tok := ""
	if k < len(f.toks) {
		tok = f.toks[k].Text
	}
	m := MonthNumber(tok)
	if m == 0 || !capitalized(tok) {
		return Expr{}, false
	}
	end := k + 1
	year := 0
	if y, ok := yearNumber(f.word(end)); ok {
		year, end = y, end+1
	} else if f.word(end) == "," {
		if y, ok := yearNumber(f.word(end + 1)); ok {
			year, end = y, end+2
		}
	}
	return f.dayExpr(start, end, k, m, day, to, year), true
}

// iso: "2024-06-19" and "2024-06" as single tokens.
func (f *finder) iso(i int) (Expr, bool) {
	w := f.word(i)
	if len(w) != 7 && len(w) != 10 || w[4] != '-' {
		return Expr{}, false
	}
	d, err := ParseISO(w)
	if err != nil || d.Month == 0 {
		return Expr{}, false
	}
	return Expr{Start: i, End: i + 1, Head: i, Date: d}, true
}

// ordinalFollowers may follow "the 5th" when it names a day of the month.
var ordinalFollowers = map[string]bool{
	"": true, ",": true, ".": true, ";": true, ":": true, ")": true, "and": true, "when": true,
	"at": true, "in": true, "after": true, "before": true, "as": true, "'s": true, "-": true, "--": true,
}

// ordinalDay: "on the 5th" = the 5th of the reference month, or of the
// previous month when the 5th is still to come.
func (f *finder) ordinalDay(i int) (Expr, bool) {
	if f.word(i) != "the" || !f.isWord(i-1, "on", "since", "until", "by") {
		return Expr{}, false
	}
	w := f.word(i + 1)
	if _, isDigits := digits(w, 1, 2); isDigits {
		return Expr{}, false // "on the 5" is not a date
	}
	d, ok := dayNumber(w)
	if !ok || !ordinalFollowers[f.word(i+2)] {
		return Expr{}, false
	}
	e := Expr{Start: i, End: i + 2, Head: i + 1}
	ref := f.ref
	if ref.Month == 0 {
		return e, true // no month to put the day in
	}
	this := validOrZero(Date{ref.Year, ref.Month, d})
	prevMonth := addMonths(monthOf(ref), -1)
	nextMonth := addMonths(monthOf(ref), 1)
	switch {
	case ref.Day == 0 || d == ref.Day:
		e.Date = this
	case d > ref.Day: // still to come this month: past-leaning reads last month
		e.Date = validOrZero(Date{prevMonth.Year, prevMonth.Month, d})
		e.Future = this
	default:
		e.Date = this
		e.Future = validOrZero(Date{nextMonth.Year, nextMonth.Month, d})
	}
	return e, true
}

// yearContext are the words after which a four-digit number is a year.
var yearContext = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true, "during": true,
	"before": true, "after": true, "between": true, "through": true, "to": true, "of": true, "and": true,
	"early": true, "late": true, "mid": true, "circa": true, "throughout": true, "or": true, "-": true,
	"–": true, "year": true, "around": true, "for": true, "spring": true, "summer": true,
	"autumn": true, "fall": true, "winter": true, "end": true, "start": true,
}

// year: "in 1959", "since 2019", "the 1953 armistice", "2024's", "mid-1990".
func (f *finder) year(i int) (Expr, bool) {
	w := f.word(i)
	if p, rest, ok := strings.Cut(w, "-"); ok && (p == "mid" || p == "early" || p == "late") {
		w = rest
	}
	y, ok := yearNumber(w)
	to := 0
	if !ok {
		// "1950-53", "2019-2021": a span of years.
		a, b, cut := strings.Cut(w, "-")
		y, ok = yearNumber(a)
		if !cut || !ok {
			return Expr{}, false
		}
		if len(b) == 2 {
			b = a[:2] + b
		}
		if to, ok = yearNumber(b); !ok || to <= y {
			return Expr{}, false
		}
	}
	if y < 1800 {
		return Expr{}, false
	}
	prevWord := f.word(i - 1)
	next := f.word(i + 1)
	switch {
	case w != f.word(i) || to != 0: // "mid-1990", "1950-53"
	case yearContext[prevWord]:
	case next == "'s":
	case (prevWord == "the" || prevWord == "its" || prevWord == "their" || prevWord == "his" || prevWord == "her") && i+1 < len(f.toks) && !capitalized(f.toks[i+1].Text) && next != "," && next != ".":
		// "the 1953 armistice"
	case i == 0 && next == ",": // "2019, the year ..."
	default:
		return Expr{}, false
	}
	if next == "people" || next == "troops" || next == "soldiers" || next == "tons" || next == "km" {
		return Expr{}, false
	}
	e := Expr{Start: i, End: i + 1, Head: i, Date: Date{Year: y}}
	if to != 0 {
		e.To = Date{Year: to}
	}
	// "the 1953 armistice", "its 2023 budget": a year before a noun.
	if determiners[prevWord] && i+1 < len(f.toks) && !capitalized(f.toks[i+1].Text) && startsPhrase(f.toks[i+1].Text) {
		e.Modifier = true
	}
	return e, true
}

// ranges merges "from May to June", "between 2019 and 2021", "May-June"
// into one expression dated by its start, To holding its end.
func (f *finder) ranges(es []Expr) []Expr {
	if len(es) < 2 {
		return es
	}
	out := es[:0]
	for k := 0; k < len(es); k++ {
		e := es[k]
		if k+1 < len(es) {
			n := es[k+1]
			gap := n.Start - e.End
			link := f.word(e.End)
			opener := f.word(e.Start - 1)
			if gap == 1 && !e.Relative && !n.Relative && e.To.IsZero() &&
				((link == "to" || link == "until" || link == "till" || link == "through" || link == "-" || link == "–") && opener != "between" ||
					link == "and" && opener == "between") {
				// The end inherits the start's year when it has none of
				// its own ("from May to June": same year unless it wraps).
				e.End = n.End
				e.To = n.Date
				e.Text = spanText(f.toks[e.Start:e.End])
				if e.Since && n.Since {
					e.Since = false
				}
				out = append(out, e)
				k++
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// heads moves Head to the span's syntactic root when the sentence is parsed:
// the token of the span whose head lies outside it.
func (f *finder) heads(es []Expr) {
	parsed := false
	for _, t := range f.toks {
		if t.Dep != "" {
			parsed = true
			break
		}
	}
	if !parsed {
		return
	}
	for k := range es {
		e := &es[k]
		root := -1
		for i := e.Start; i < e.End; i++ {
			h := f.toks[i].Head
			if h < e.Start || h >= e.End {
				if root >= 0 {
					root = -1 // two roots: the parse splits the span; keep ours
					break
				}
				root = i
			}
		}
		if root >= 0 {
			e.Head = root
		}
	}
}

// String formats an expression for tests and debugging: "Sept. 9=2024-09-09".
func (e Expr) String() string {
	s := e.Text + "=" + e.Date.String()
	if e.Future != e.Date {
		s += "|future=" + e.Future.String()
	}
	if !e.To.IsZero() {
		s += "|to=" + e.To.String()
	}
	if e.Relative {
		s += "|rel"
	}
	if e.Since {
		s += "|since"
	}
	return s + "@" + strconv.Itoa(e.Head)
}

// seasons give each season's first and last month (northern hemisphere);
// winter is dated by the year of its December.
var seasons = map[string][2]int{
	"spring": {3, 5}, "summer": {6, 8}, "autumn": {9, 11}, "fall": {9, 11}, "winter": {12, 14},
}

var seasonPreps = map[string]bool{"in": true, "during": true, "by": true, "until": true, "since": true, "through": true, "over": true, "this": true}

// season: "in the autumn", "this spring", "last summer", "next winter",
// "the spring of 2019", "summer 2024"; year precision.
func (f *finder) season(i int) (Expr, bool) {
	start := i
	mod := ""
	switch f.word(i) {
	case "this", "last", "next", "early", "late", "past", "coming":
		mod = f.word(i)
		i++
	case "the":
		i++
	}
	se, ok := seasons[f.word(i)]
	if !ok {
		return Expr{}, false
	}
	head := i
	end := i + 1
	k := end
	if f.word(k) == "of" {
		k++
	}
	if y, ok := yearNumber(f.word(k)); ok {
		return Expr{Start: start, End: k + 1, Head: head, Date: Date{Year: y}}, true
	}
	if mod == "" && !seasonPreps[f.word(start-1)] {
		return Expr{}, false // "prices fall", "a winter of discontent"
	}
	if mod == "early" || mod == "late" {
		if !seasonPreps[f.word(start-1)] {
			return Expr{}, false
		}
		mod = ""
	}
	ref := f.ref
	if ref.IsZero() {
		return Expr{Start: start, End: end, Head: head}, true
	}
	m := ref.Month
	if m == 0 {
		return Expr{Start: start, End: end, Head: head, Date: yearOf(ref)}, true
	}
	first, last := se[0], se[1]
	if first == 12 && m <= 2 {
		m += 12 // January and February belong to the winter begun last December
		ref.Year--
	}
	y := ref.Year
	e := Expr{Start: start, End: end, Head: head}
	switch mod {
	case "last", "past":
		if m <= last {
			y--
		}
		e.Date = Date{Year: y}
	case "next", "coming":
		if m >= first {
			y++
		}
		e.Date = Date{Year: y}
	case "this":
		e.Date = Date{Year: y}
	default:
		if m < first {
			e.Date = Date{Year: y - 1}
		} else {
			e.Date = Date{Year: y}
		}
		if m > last {
			e.Future = Date{Year: y + 1}
		} else {
			e.Future = Date{Year: y}
		}
	}
	return e, true
}
