package timex

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/nlp"
)

// sentence tokenizes text as the pipeline does, without tags or parse.
func sentence(text string) *nlp.Sentence {
	return &nlp.Sentence{Start: 0, End: len(text), Tokens: nlp.Tokenize(text)}
}

func render(es []Expr) string {
	var parts []string
	for _, e := range es {
		s := e.String()
		parts = append(parts, s[:strings.LastIndexByte(s, '@')])
	}
	return strings.Join(parts, "; ")
}

func iso(t *testing.T, s string) Date {
	t.Helper()
	if s == "" {
		return Date{}
	}
	d, err := ParseISO(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Reference dates: 2024-09-09 is a Monday; 2025-01-02 a Thursday.
func TestFind(t *testing.T) {
	cases := []struct {
		ref, prev string
		text      string
		want      string
	}{
		// weekdays
		{"2024-09-09", "", "Pyongyang's state media said Monday.", "Monday=2024-09-09"},
		{"2024-09-09", "", "The envoys met on Tuesday in Beijing.", "Tuesday=2024-09-03|future=2024-09-10"},
		{"2024-09-09", "", "Kim will visit Moscow on Friday.", "Friday=2024-09-06|future=2024-09-13"},
		{"2024-09-09", "", "Troops fired shells late Sunday.", "late Sunday=2024-09-08|future=2024-09-15"},
		{"2024-09-09", "", "The talks collapsed last Monday.", "last Monday=2024-09-02"},
		{"2024-09-09", "", "The ministers meet next Monday.", "next Monday=2024-09-16"},
		{"2024-09-09", "", "Drones struck Kyiv on Saturday night.", "Saturday night=2024-09-07|future=2024-09-14"},
		{"2024-09-09", "", "He arrived on Wednesday, Sept. 4, for talks.", "Wednesday, Sept. 4=2024-09-04|future=2025-09-04"},
		// months
		{"2024-09-09", "", "Putin visited Pyongyang in June.", "June=2024-06|future=2025-06"},
		{"2024-09-09", "", "The treaty took effect in December.", "December=2023-12|future=2024-12"},
		{"2024-09-09", "", "Talks are due in May.", "May=2024-05|future=2025-05"},
		{"2024-09-09", "", "Seoul protested last month.", "last month=2024-08"},
		{"2024-01-15", "", "Seoul protested last month.", "last month=2023-12"},
		{"2024-09-09", "", "A delegation will travel next month.", "next month=2024-10"},
		{"2024-12-20", "", "A delegation will travel next month.", "next month=2025-01"},
		{"2024-09-09", "", "Fighting flared this month.", "this month=2024-09"},
		{"2024-09-09", "", "Fighting flared earlier this month near the border.", "earlier this month=2024-09"},
		{"2024-09-09", "", "The North fired rockets in early August.", "early August=2024-08|future=2025-08"},
		{"2024-09-09", "", "Elections were held in mid-March.", "mid-March=2024-03|future=2025-03"},
		{"2024-03-09", "", "Protests erupted last May.", "last May=2023-05"},
		{"2024-09-09", "", "Protests erupted last May.", "last May=2024-05"},
		{"2024-09-09", "", "The summit was held in May 2019.", "May 2019=2019-05"},
		{"2025-10-29", "", "The rebels seized the town in July last year.", "July last year=2024-07"},
		{"2025-10-29", "", "Talks resumed in March of this year.", "March of this year=2025-03"},
		{"2025-10-29", "", "Elections are due in May next year.", "May next year=2026-05"},
		{"2025-10-29", "", "They met on July 9 last year.", "July 9 last year=2024-07-09"},
		{"2024-09-09", "", "Former British prime minister Theresa May spoke.", ""},
		{"2024-09-09", "", "May officials attend? March organizers said no.", ""},
		{"2024-09-09", "", "Lee Jun met June Kim.", ""},
		// explicit dates
		{"2024-09-09", "", "It was a greeting for the new year on Jan. 1.", "Jan. 1=2024-01-01|future=2025-01-01"},
		{"2024-09-09", "", "Xi wrote on Jan.1 to Kim.", "Jan.1=2024-01-01|future=2025-01-01"},
		{"2024-09-09", "", "The pact was signed June 19, 2024, in Pyongyang.", "June 19, 2024=2024-06-19"},
		{"2024-09-09", "", "The pact was signed on 19 June 2024.", "19 June 2024=2024-06-19"},
		{"2024-09-09", "", "The pact was signed on 2024-06-19 in Pyongyang.", "2024-06-19=2024-06-19"},
		{"2024-09-09", "", "Figures for 2024-06 were released.", "2024-06=2024-06"},
		{"2024-09-09", "", "Kim inspected the site on Sept. 12.", "Sept. 12=2023-09-12|future=2024-09-12"},
		{"2025-01-02", "", "Kim spoke on Dec. 31 at a party meeting.", "Dec. 31=2024-12-31|future=2025-12-31"},
		{"2024-09-09", "", "The drills ran on the 5th and the 6th.", "the 5th=2024-09-05|future=2024-10-05"},
		{"2024-09-09", "", "The drills will end on the 20th.", "the 20th=2024-08-20|future=2024-09-20"},
		{"2024-09-09", "", "Leaders met on the 9th of September in Vladivostok.", "the 9th of September=2024-09-09"},
		{"2024-09-09", "", "The hearing is set for September 30th.", "September 30th=2023-09-30|future=2024-09-30"},
		{"2024-09-09", "", "Talks ran June 19-20 in Geneva.", "June 19-20=2024-06-19|future=2025-06-19|to=2024-06-20"},
		{"2024-09-09", "", "Japan marked the anniversary on the 76th anniversary.", ""},
		{"2024-09-09", "", "The SEPT. 9 holiday passed quietly.", "SEPT. 9=2024-09-09"},
		// years
		{"2024-09-09", "", "Diplomatic ties were established in 1959.", "1959=1959"},
		{"2024-09-09", "", "Cuba and North Korea have been allies since 1959.", "1959=1959|since"},
		{"2024-09-09", "", "Relations have soured since last year.", "last year=2023|since"},
		{"2024-09-09", "", "The tribunal ruled last year.", "last year=2023"},
		{"2024-09-09", "", "The bank expects growth next year.", "next year=2025"},
		{"2024-09-09", "", "Turnout rose this year.", "this year=2024"},
		{"2024-09-09", "", "Exports fell earlier this year.", "earlier this year=2024"},
		{"2024-09-09", "", "The 1953 armistice ended the fighting.", "1953=1953"},
		{"2024-09-09", "", "The 1950-53 war killed millions.", "1950-53=1950|to=1953"},
		{"2024-09-09", "", "More than 2024 people fled.", ""},
		{"2024-09-09", "", "By mid-2023 the plant was running.", "mid-2023=2023"},
		// offsets
		{"2024-09-09", "2024-06-19", "A month later, Kim sent troops.", "A month later=2024-07|rel"},
		{"2024-09-09", "2024-06-19", "A day after the summit, the envoys left.", "A day after=2024-06-20|rel"},
		{"2024-09-09", "2024-06-19", "The next day the two leaders toured a plant.", "The next day=2024-06-20|rel"},
		{"2024-09-09", "2024-06-19", "Two days later, Seoul summoned the ambassador.", "Two days later=2024-06-21|rel"},
		{"2024-09-09", "2024-06-19", "Three weeks earlier, the ministers had met.", "Three weeks earlier=2024-05-29|rel"},
		{"2024-09-09", "2024-06-19", "Seoul recalled its envoy at the end of that month.", "that month=2024-06|rel"},
		{"2024-09-09", "2024-06-19", "That month was hot.", ""},
		{"2024-09-09", "2024-06-19", "The following year, the pact lapsed.", "The following year=2025|rel"},
		{"2024-09-09", "2024-06-19", "Later that month, they met again.", "Later that month=2024-06|rel"},
		{"2024-09-09", "2024-06-19", "On the same day, Tokyo protested.", "the same day=2024-06-19|rel"},
		{"2024-09-09", "", "A day later, Tokyo protested.", "A day later=2024-09-10|rel"},
		{"2024-09-09", "", "The plant closed two years ago.", "two years ago=2022"},
		{"2024-09-09", "", "The ban was lifted three months ago.", "three months ago=2024-06"},
		{"2024-09-09", "", "The drills began five days ago.", "five days ago=2024-09-04"},
		{"2024-09-09", "", "Envoys met last week.", "last week=2024-09"},
		{"2024-10-02", "", "Envoys met last week.", "last week=2024-09"},
		{"2024-10-07", "", "Envoys met last week.", "last week=2024-10"},
		{"2024-09-09", "", "Envoys meet this week.", "this week=2024-09"},
		{"2024-09-09", "", "Envoys met last weekend.", "last weekend=2024-09-07"},
		{"2024-09-09", "", "The ministry said yesterday.", "yesterday=2024-09-08"},
		{"2024-03-01", "", "The ministry said yesterday.", "yesterday=2024-02-29"},
		{"2024-09-09", "", "The talks resume today.", "today=2024-09-09"},
		{"2024-09-09", "", "Kim speaks tonight.", "tonight=2024-09-09"},
		{"2024-09-09", "", "Kim speaks tomorrow.", "tomorrow=2024-09-10"},
		{"2024-09-09", "", "Seoul said this morning.", "this morning=2024-09-09"},
		{"2020-06-16", "2020-06-16", "The demolition came three days after Kim Yo Jong said so.", "three days after=2020-06-13|rel"},
		{"2024-06-20", "", "Seoul said Thursday it could send arms, a day after Putin signed the pact.", "Thursday=2024-06-20; a day after=2024-06-19|rel"},
		{"2024-11-01", "", "The test came hours after the chiefs met on Wednesday.", "hours after=2024-10-30|rel; Wednesday=2024-10-30|future=2024-11-06"},
		{"2024-09-09", "2024-06-19", "A day after the summit, the envoys left.", "A day after=2024-06-20|rel"},
		{"2024-09-09", "2024-06-19", "Hours after the vote, Seoul protested.", "Hours after=2024-06-19|rel"},
		{"2024-09-09", "2024-06-19", "Kim left 48 hours later.", "48 hours later=2024-06-21|rel"},
		{"2024-09-09", "", "Talks collapsed over the weekend.", "the weekend=2024-09-07"},
		{"2024-09-09", "", "The camp was built two decades ago.", "two decades ago=2004"},
		{"2024-09-09", "", "The weekend was quiet.", ""},
		{"2024-09-09", "2024-06-19", "Earlier in the day, Kim met Putin.", "Earlier in the day=2024-06-19|rel"},
		{"2024-09-09", "2024-06-19", "That same day, Seoul protested.", "That same day=2024-06-19|rel"},
		{"2024-09-09", "2024-06-19", "The same week, Tokyo protested.", "The same week=2024-06|rel"},
		{"2024-09-09", "2024-06-27", "The following week, Seoul protested.", "The following week=2024-07|rel"},
		// seasons
		{"2018-04-27", "", "Moon will visit Pyongyang in the autumn.", "the autumn=2017|future=2018"},
		{"2024-06-09", "", "Talks stalled last summer.", "last summer=2023"},
		{"2024-09-09", "", "Talks stalled last summer.", "last summer=2024"},
		{"2024-10-09", "", "Talks stalled last summer.", "last summer=2024"},
		{"2024-09-09", "", "Talks resume next spring.", "next spring=2025"},
		{"2024-09-09", "", "Talks resume this winter.", "this winter=2024"},
		{"2024-09-09", "", "The plant opened in the spring of 2019.", "the spring of 2019=2019"},
		{"2024-09-09", "", "Prices fall in winter storms.", "winter=2023|future=2024"},
		{"2024-09-09", "", "Prices fall when rates rise.", ""},
		// ranges
		{"2024-09-09", "", "Drills ran from May to June.", "May to June=2024-05|future=2025-05|to=2024-06"},
		{"2024-09-09", "", "Trade grew between 2019 and 2021.", "2019 and 2021=2019|to=2021"},
		{"2024-09-09", "", "The freeze lasted from 2019 to 2021.", "2019 to 2021=2019|to=2021"},
		// reference precision
		{"2024-06", "", "Seoul protested on Monday.", "Monday="},
		{"2024", "", "Seoul protested in March.", "March=2024-03"},
		{"", "", "Seoul protested in June 2019.", "June 2019=2019-06"},
		{"", "", "Seoul protested yesterday.", "yesterday="},
		// several in one sentence
		{"2024-09-09", "", "After talks on Monday, the envoys flew home on Tuesday, Sept. 3.", "Monday=2024-09-09; Tuesday, Sept. 3=2024-09-03|future=2025-09-03"},
	}
	if len(cases) < 60 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		got := render(Find(sentence(c.text), iso(t, c.ref), iso(t, c.prev)))
		if got != c.want {
			t.Errorf("ref %s prev %s %q:\n got  %s\n want %s", c.ref, c.prev, c.text, got, c.want)
		}
	}
}

// FuzzFind checks that any text, tokenized as the pipeline does, yields
// well-formed expressions and no panic.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Putin visited Pyongyang in June.", "on Jan.1", "the 1950-53 war", "between 2019 and 2021",
		"Two days later, on Tuesday, Sept. 3", "last week", "from May to June 2024", "the 31st of February",
		"on the 5th", "mid-June", "June 31", "Feb. 29, 2023", "SEPT . 9", "a day after", "since 1800",
	} {
		f.Add(s, 2024, 9, 9)
	}
	f.Fuzz(func(t *testing.T, text string, y, m, d int) {
		ref := Date{y % 3000, m % 13, d % 32}
		if !ref.Valid() {
			ref = Date{}
		}
		s := sentence(text)
		for _, e := range Find(s, ref, Date{}) {
			if e.Start < 0 || e.End > len(s.Tokens) || e.Start >= e.End || e.Head < e.Start || e.Head >= e.End {
				t.Fatalf("%q: bad span %+v", text, e)
			}
			for _, x := range []Date{e.Date, e.Future, e.To} {
				if !x.IsZero() && !x.Valid() {
					t.Fatalf("%q: invalid date %+v in %+v", text, x, e)
				}
			}
		}
	})
}

func TestAnchorDate(t *testing.T) {
	cases := []struct {
		text, main, want string
	}{
		{"Seoul said Thursday it could send arms, a day after Putin signed the pact.", "2024-06-20", "2024-06-19"},
		{"The demolition came three days after Kim Yo Jong said so.", "2020-06-16", "2020-06-13"},
		{"The raid came a day after Quito declared the envoy persona non grata.", "2024-04-05", "2024-04-04"},
		{"The vote came two weeks before the summit opened.", "2024-06-05", "2024-06-19"},
		{"He resigned hours after the vote.", "2024-06-05", "2024-06-05"},
		{"The strike came a month after talks collapsed.", "2024-06-05", "2024-05"},
	}
	for _, c := range cases {
		var anchored []Expr
		for _, e := range Find(sentence(c.text), iso(t, "2024-09-09"), Date{}) {
			if e.Anchor > 0 {
				anchored = append(anchored, e)
			}
		}
		if len(anchored) != 1 {
			t.Errorf("%q: anchored expressions %v", c.text, anchored)
			continue
		}
		if got := anchored[0].AnchorDate(iso(t, c.main)).String(); got != c.want {
			t.Errorf("%q: AnchorDate(%s) = %s, want %s", c.text, c.main, got, c.want)
		}
	}
	for _, e := range Find(sentence("A day later, Tokyo protested."), iso(t, "2024-09-09"), Date{}) {
		if e.Anchor != 0 || !e.AnchorDate(iso(t, "2024-09-09")).IsZero() {
			t.Errorf("unanchored offset got anchor %+v", e)
		}
	}
}

func TestPrep(t *testing.T) {
	cases := map[string]string{
		"Pakistan ordered the advisers to leave by April 30.": "by",
		"They promised to stop the broadcasts from May 1.":    "from",
		"The envoys met on Tuesday.":                          "on",
		"The envoys met Tuesday.":                             "",
		"Relations have been frozen since 2019.":              "since",
		"The sanctions stay in force until next year.":        "until",
		"Trade grew between 2019 and 2021.":                   "between",
	}
	for text, want := range cases {
		es := Find(sentence(text), Date{2024, 9, 9}, Date{})
		if len(es) != 1 || es[0].Prep != want {
			t.Errorf("%q: %v, want Prep %q", text, es, want)
		}
	}
}

// With a parse, Head is the span's syntactic root; without, the pattern's head.
func TestHeadFromParse(t *testing.T) {
	s := sentence("Seoul protested two days later.")
	// Seoul(0) protested(1) two(2) days(3) later(4) .(5), parsed as UD would:
	// later <-advmod- protested; days <-obl:npmod- later; two <-nummod- days.
	heads := []int{1, -1, 3, 4, 1, 1}
	deps := []string{"nsubj", "root", "nummod", "obl:npmod", "advmod", "punct"}
	for i := range s.Tokens {
		s.Tokens[i].Head, s.Tokens[i].Dep = heads[i], deps[i]
	}
	es := Find(s, Date{2024, 9, 9}, Date{2024, 6, 19})
	if len(es) != 1 || es[0].Head != 4 || es[0].Start != 2 || es[0].End != 5 {
		t.Fatalf("got %+v", es)
	}
	// A parse that splits the span leaves the pattern's head.
	s.Tokens[3].Head = 1
	if es := Find(s, Date{2024, 9, 9}, Date{}); es[0].Head != 4 {
		t.Errorf("split span: head %d", es[0].Head)
	}
	// "June 19, 2024": the month is the head without a parse.
	s = sentence("They met on June 19, 2024.")
	if es := Find(s, Date{2024, 9, 9}, Date{}); len(es) != 1 || s.Tokens[es[0].Head].Text != "June" {
		t.Errorf("got %+v", es)
	}
}

// The parse decides whether an anchor is a clause: "after" as mark or case.
func TestAnchorClauseFromParse(t *testing.T) {
	for _, c := range []struct {
		dep, want string
		clause    bool
	}{{"mark", "2024-06-18", true}, {"case", "2024-06-20", false}} {
		s := sentence("Seoul protested a day after Kim arrived.")
		for i := range s.Tokens {
			s.Tokens[i].Head, s.Tokens[i].Dep = 1, "dep"
		}
		s.Tokens[4].Dep = c.dep
		es := Find(s, Date{2024, 9, 9}, Date{2024, 6, 19})
		if len(es) != 1 || es[0].AnchorClause != c.clause || es[0].Date.String() != c.want {
			t.Errorf("after as %s: %+v", c.dep, es)
		}
	}
}

func TestModifier(t *testing.T) {
	cases := map[string]bool{
		"The EU rejected last month's election.": true,
		"Monday's attack killed three.":          true,
		"The 1953 armistice ended the fighting.": true,
		"The 1950-53 war killed millions.":       true,
		"Envoys met last month.":                 false,
		"The attack on Monday killed three.":     false,
		"Ties were established in 1959.":         false,
	}
	for text, want := range cases {
		es := Find(sentence(text), Date{2024, 9, 9}, Date{})
		if len(es) != 1 || es[0].Modifier != want {
			t.Errorf("%q: %+v, want Modifier %v", text, es, want)
		}
	}
}

// TestTriggerSetAgreesWithFullChecks compares the joined lookup with the
// separate word lists it replaces, on words of every kind and near misses.
func TestTriggerSetAgreesWithFullChecks(t *testing.T) {
	words := []string{"may", "may.", "sept.", "sept", "ma", "june", "junes", "monday", "mon", "tuesday.",
		"yesterday", "two", "twelve", "a", "an", "the", "ago", "said", "spring", "dec.", "decembers", "friday"}
	for k := range monthNames {
		words = append(words, k, k+".", k+"..")
	}
	for k := range weekdayNames {
		words = append(words, k, k+".")
	}
	for _, w := range words {
		_, wd := WeekdayNumber(w)
		want := triggerWords[w] || numberWords[w] != 0 || MonthNumber(w) != 0 || wd
		if got := triggerSet[w]; got != want {
			t.Errorf("triggerSet[%q] = %v, full checks give %v", w, got, want)
		}
	}
}

// A date inside the anchored clause dates it only when it hangs on that
// clause's own verb: in "a day after Kim said talks in June failed", June
// is the talks', and the saying is a day before the main clause's date.
func TestAnchorClauseIgnoresDeeperDates(t *testing.T) {
	s := sentence("Seoul protested a day after Kim said talks in June failed .")
	heads := []int{1, -1, 3, 6, 6, 6, 1, 10, 9, 7, 6, 1}
	deps := []string{"nsubj", "root", "det", "obl:unmarked", "mark", "nsubj", "advcl", "nsubj", "case", "nmod", "ccomp", "punct"}
	for i := range s.Tokens {
		s.Tokens[i].Head, s.Tokens[i].Dep = heads[i], deps[i]
		switch i {
		case 1, 6, 10:
			s.Tokens[i].UPOS = "VERB"
		}
	}
	es := Find(s, Date{2024, 9, 9}, Date{2024, 6, 19})
	for _, e := range es {
		if e.Anchor > 0 && e.Date.String() != "2024-06-18" {
			t.Errorf("anchored %q dated %s, want 2024-06-18", e.Text, e.Date)
		}
	}
	if len(es) != 2 {
		t.Errorf("expressions %+v, want the offset and June", es)
	}
}

// "the following day" after a day named earlier in the same sentence counts
// from that day, not from the previous sentence's event.
func TestAnaphoricCountsFromTheSentencesDay(t *testing.T) {
	s := sentence("Manila denounced the reserve on Thursday and filed a protest the following day .")
	es := Find(s, Date{2025, 9, 17}, Date{2025, 9, 23})
	var got []string
	for _, e := range es {
		got = append(got, e.Date.String())
	}
	if strings.Join(got, " ") != "2025-09-11 2025-09-12" {
		t.Errorf("dates %v, want Thursday 2025-09-11 and the day after", got)
	}
	// alone, it counts from the previous event
	es = Find(sentence("Manila filed a protest the following day ."), Date{2025, 9, 17}, Date{2025, 9, 11})
	if len(es) != 1 || es[0].Date.String() != "2025-09-12" {
		t.Errorf("alone: %+v", es)
	}
}
