package sqlite

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/store"
)

// plan gives SQLite's EXPLAIN QUERY PLAN lines for a statement.
func plan(t *testing.T, s *Store, query string, args []any) string {
	t.Helper()
	rows, err := s.db.Query("EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		t.Fatalf("%v\n%s", err, query)
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, detail)
	}
	return strings.Join(lines, "\n")
}

// TestQueryPlans checks that the relations queries walk the indexes chosen
// for them and never scan the events table, and that event lists never
// sort.
func TestQueryPlans(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	dyad := store.Query{A: "CHN", B: "PRK", Since: "2023"}
	codes := store.Query{A: "CHNGOV", B: "PRKGOV"}
	actor := store.Query{A: "PRK"}
	type check struct {
		name  string
		sql   string
		args  []any
		wants []string
	}
	var checks []check
	add := func(name string, sql string, args []any, wants ...string) {
		checks = append(checks, check{name, sql, args, wants})
	}
	q, a := MonthlySQL(dyad)
	add("monthly dyad", q, a, "COVERING INDEX events_sc|COVERING INDEX events_tc")
	q, a = LatestSQL(dyad)
	add("latest dyad", q, a, "COVERING INDEX events_sc|COVERING INDEX events_tc")
	q, a = DyadsSQL(actor, 0)
	add("partners", q, a, "COVERING INDEX events_sc", "COVERING INDEX events_tc")
	q, a = EventsSQL(store.Query{A: "CHN", B: "PRK", Limit: 50})
	add("events page", q, a, "INDEX events_sc|INDEX events_tc")
	q, a = EventsSQL(codes)
	add("events by codes", q, a, "INDEX events_key|INDEX events_tgt")
	q, a = MonthlySQL(codes)
	add("monthly codes", q, a, "INDEX events_key|INDEX events_tgt")
	q, a = MonthlyRollupSQL(dyad)
	add("monthly dyad rollup", q, a, "COVERING INDEX dyad_month_tgt|dyad_month USING PRIMARY KEY")
	q, a = MonthlyRollupSQL(store.Query{B: "PRK", Directed: true})
	add("monthly target rollup", q, a, "COVERING INDEX dyad_month_tgt")
	q, a = MonthlyActorSQL(actor)
	add("monthly actor rollup", q, a, "actor_month USING PRIMARY KEY")
	q, a = LatestRollupSQL(dyad)
	add("latest dyad rollup", q, a, "dyad_last USING PRIMARY KEY")
	q, a = DyadsTotalSQL(actor, 0)
	add("partners rollup", q, a, "dyad_total USING PRIMARY KEY", "COVERING INDEX dyad_total_tgt")
	// A PLOVER type alone reads its own index only (schema 9).
	aid := store.Query{Plover: "AID", Since: "2023"}
	q, a = DyadsSQL(aid, 0)
	add("dyads of a type", q, a, "COVERING INDEX events_plover (plover=? AND date>?)")
	q, a = MonthlySQL(aid)
	add("monthly of a type", q, a, "COVERING INDEX events_plover (plover=? AND date>?)")
	q, a = LatestSQL(store.Query{Plover: "AID"})
	add("latest of a type", q, a, "COVERING INDEX events_plover (plover=?)")
	// Every event list the server asks for walks a (date, id) index: no
	// sort, so a page stops after its LIMIT rows.
	cursor := "2024-02-19|ef_syn000000000"
	for _, c := range []struct {
		q     store.Query
		index string
	}{
		{store.Query{Limit: 50}, "events_date"},
		{store.Query{Limit: 50, After: cursor}, "events_date (date<?)|events_date ((date,id)<(?,?))"},
		{store.Query{A: "JPN", Quad: 4, Limit: 200}, "events_sd (src_country=?)\nRIGHT\nSEARCH events USING INDEX events_td (tgt_country=?)"},
		{store.Query{A: "JPN", Quad: 4}, "events_sd (src_country=?)\nRIGHT\nSEARCH events USING INDEX events_td (tgt_country=?)"},
		{store.Query{A: "RUS", Cameo: "05", Since: "2020", Until: "2022", Limit: 200}, "events_sd (src_country=? AND date>? AND date<?)"},
		{store.Query{A: "USA", Directed: true, Cameo: "19", Limit: 200, After: cursor}, "events_sd (src_country=? AND "},
		{store.Query{A: "CHN", B: "PRK", Directed: true, Limit: 51}, "events_scd (src_country=? AND tgt_country=?)"},
		{store.Query{A: "CHN", B: "PRK", Directed: true, Limit: 51, After: cursor}, "events_scd (src_country=? AND tgt_country=? AND "},
		{store.Query{A: "CHN", B: "PRK", Since: "2023", Limit: 200}, "events_scd (src_country=? AND tgt_country=? AND date>?)"},
		{store.Query{A: "CHNGOV", B: "PRKGOV", Quad: 1, Limit: 200}, "events_tgt (tgt=? AND src=?)"},
		{store.Query{A: "PRKGOV", Limit: 200}, "events_src (src=?)\nRIGHT\nSEARCH events USING INDEX events_tgtd (tgt=?)"},
		{store.Query{A: "CHN", B: "PRKGOV", Limit: 200}, "events_tgtd (tgt=?)\nRIGHT\nSEARCH events USING INDEX events_src (src=?)"},
		{store.Query{B: "PRK", Directed: true, Limit: 200}, "events_td (tgt_country=?)"},
		{store.Query{B: "PRKGOV", Directed: true, Plover: "ASSAULT", Limit: 200}, "events_tgtd (tgt=?)"},
		{store.Query{Plover: "CONSULT", Limit: 50}, "events_plover (plover=?)"},
		{store.Query{Plover: "AID", Limit: 200, After: cursor}, "events_plover (plover=? AND (date,id)<(?,?))"},
		{store.Query{Plover: "SANCTION", Since: "2023", Until: "2024", Limit: 200}, "events_plover (plover=? AND date>? AND date<?)"},
	} {
		sql, args := EventsSQL(c.q)
		p := plan(t, s, sql, args)
		ok := false
		for _, alt := range strings.Split(c.index, "|") {
			ok = ok || strings.Contains(p, "INDEX "+strings.ReplaceAll(alt, "\\n", "\n"))
		}
		if !ok || strings.Contains(p, "TEMP B-TREE") || strings.Contains(p, "SCAN events\n") || strings.HasSuffix(p, "SCAN events") {
			t.Errorf("events %+v: want a walk of %s without a sort:\n%s", c.q, c.index, p)
		}
		t.Logf("events %+v:\n%s", c.q, p)
	}
	for _, c := range checks {
		p := plan(t, s, c.sql, c.args)
		for _, w := range c.wants {
			// Either index of an alternative may serve: SQLite picks by
			// its statistics, and both make a range search.
			ok := false
			for _, alt := range strings.Split(w, "|") {
				ok = ok || strings.Contains(p, alt)
			}
			if !ok {
				t.Errorf("%s: plan lacks %q:\n%s", c.name, w, p)
			}
		}
		for _, line := range strings.Split(p, "\n") {
			if l := strings.TrimSpace(line); (strings.HasPrefix(l, "SCAN events") || strings.HasPrefix(l, "SCAN dyad_") || strings.HasPrefix(l, "SCAN actor_")) && !strings.Contains(line, "INDEX") {
				t.Errorf("%s: full scan of events:\n%s", c.name, p)
			}
		}
		t.Logf("%s:\n%s", c.name, p)
	}
}
