package sqlite

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/store"
)

// branch is one WHERE clause of a query. Undirected dyads and actors on
// either side become two branches joined by UNION ALL, so that each branch
// walks one index instead of an OR SQLite may scan.
type branch struct {
	where string
	args  []any
	// index lists the branch's events newest first (schema 6, and 9
	// for a PLOVER type); the rollup tables leave it empty.
	index string
}

func side(col, code string, rollup bool) (string, any) {
	if store.IsCountry(code) && !rollup {
		return col + "_country = ?", code
	}
	return col + " = ?", code
}

func pair(a, b string, rollup bool) branch {
	var w []string
	var args []any
	if a != "" {
		c, v := side("src", a, rollup)
		w, args = append(w, c), append(args, v)
	}
	if b != "" {
		c, v := side("tgt", b, rollup)
		w, args = append(w, c), append(args, v)
	}
	br := branch{where: strings.Join(w, " AND "), args: args}
	if !rollup {
		br.index = dateIndex(a, b)
	}
	return br
}

// dateIndex names the index that walks the events of source a and target b
// (either may be empty) in (date, id) order. A country on one side and a
// full code on the other walk the code's index and filter the country.
func dateIndex(a, b string) string {
	ca, cb := store.IsCountry(a), store.IsCountry(b)
	switch {
	case a == "" && b == "":
		return "events_date"
	case b == "" && ca:
		return "events_sd"
	case b == "":
		return "events_src"
	case a == "" && cb:
		return "events_td"
	case a == "":
		return "events_tgtd"
	case ca && cb:
		return "events_scd"
	case !ca && !cb:
		return "events_tgt"
	case ca:
		return "events_tgtd"
	}
	return "events_src"
}

// not adds "and not already selected by o" so the branches never count an
// event twice.
func (b branch) not(o branch) branch {
	return branch{b.where + " AND NOT (" + o.where + ")", append(append([]any{}, b.args...), o.args...), b.index}
}

func branches(q store.Query) []branch {
	bs := actorBranches(q, false)
	var w []string
	var args []any
	if q.Cameo != "" {
		w, args = append(w, "substr(cameo, 1, ?) = ?"), append(args, len(q.Cameo), q.Cameo)
	}
	if q.Quad != 0 {
		w, args = append(w, "quad = ?"), append(args, q.Quad)
	}
	if q.Plover != "" {
		w, args = append(w, "plover = ?"), append(args, q.Plover)
		// With no actor, the type's own index (schema 9) rather than
		// every event's: a rare type would read each row of events_date.
		// An actor's index stays, as the actor narrows the walk first.
		for i := range bs {
			if bs[i].index == "events_date" {
				bs[i].index = "events_plover"
			}
		}
	}
	if q.Since != "" {
		w, args = append(w, "date >= ?"), append(args, q.Since)
	}
	if q.Until != "" {
		// '~' sorts after digits and '-': Until "2024" keeps "2024-12-31".
		w, args = append(w, "date < ?"), append(args, q.Until+"~")
	}
	if q.Text != "" {
		w = append(w, "rowid IN (SELECT m.event FROM mentions m WHERE m.rowid IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?))")
		args = append(args, q.Text)
	}
	if date, id, ok := store.SplitCursor(q.After); ok {
		// A row value, so that the (date, id) indexes search the range.
		w, args = append(w, "(date, id) < (?, ?)"), append(args, date, id)
	}
	return extend(bs, w, args)
}

// extend adds conditions to every branch.
func extend(bs []branch, w []string, args []any) []branch {
	if len(w) > 0 {
		extra := " AND " + strings.Join(w, " AND ")
		for i := range bs {
			bs[i].where += extra
			bs[i].args = append(bs[i].args, args...)
		}
	}
	return bs
}

// actorBranches selects the actors of q; the column names are those of
// events and of the rollup tables alike.
func actorBranches(q store.Query, rollup bool) []branch {
	var bs []branch
	switch {
	case q.A == "" && q.B == "":
		bs = []branch{{where: "1", index: "events_date"}}
	case q.A == "" && q.Directed:
		// B alone, as target.
		bs = []branch{pair("", q.B, rollup)}
	case q.A == "":
		// B alone on either side is A alone.
		return actorBranches(store.Query{A: q.B}, rollup)
	case q.B == "":
		b1 := pair(q.A, "", rollup)
		bs = []branch{b1}
		if !q.Directed {
			bs = append(bs, pair("", q.A, rollup).not(b1))
		}
	default:
		b1 := pair(q.A, q.B, rollup)
		bs = []branch{b1}
		if !q.Directed && q.A != q.B {
			bs = append(bs, pair(q.B, q.A, rollup).not(b1))
		}
	}
	return bs
}

// union selects cols from every branch and joins them with UNION ALL.
func union(bs []branch, cols string) (string, []any) {
	return unionFrom("events", bs, cols)
}

func unionFrom(table string, bs []branch, cols string) (string, []any) {
	var parts []string
	var args []any
	for _, b := range bs {
		parts = append(parts, "SELECT "+cols+" FROM "+table+" WHERE "+b.where)
		args = append(args, b.args...)
	}
	return strings.Join(parts, " UNION ALL "), args
}

// EventsSQL gives the statement Events runs, for EXPLAIN QUERY PLAN. Each
// branch walks its (date, id) index backwards, and the ORDER BY of the
// compound SELECT merges the branches as they come (MERGE (UNION ALL)), so
// neither sorts: the first rows come at once and a LIMIT stops the walk.
// A text query leaves the choice to SQLite, since its full-text matches
// are usually few and an index walk would visit every event of the actor.
func EventsSQL(q store.Query) (string, []any) {
	var parts []string
	var args []any
	for _, b := range branches(q) {
		from := "events"
		if q.Text == "" && b.index != "" {
			from += " INDEXED BY " + b.index
		}
		parts = append(parts, "SELECT "+eventCols+" FROM "+from+" WHERE "+b.where)
		args = append(args, b.args...)
	}
	sql := strings.Join(parts, " UNION ALL ") + " ORDER BY date DESC, id DESC"
	if q.Limit > 0 {
		sql += fmt.Sprintf(" LIMIT %d", q.Limit)
	}
	return sql, args
}

// Events implements store.Store.
func (s *Store) Events(ctx context.Context, q store.Query, fn func(store.Event) error) error {
	q, err := q.Prepare()
	if err != nil {
		return s.wrap("querying events", err)
	}
	sql, args := EventsSQL(q)
	rows, err := s.db.QueryContext(ctx, sql, args...)
	if err != nil {
		return s.wrap("querying events", err)
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return s.wrap("querying events", err)
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return s.wrap("querying events", rows.Err())
}

// MonthlySQL gives the statement Monthly runs.
func MonthlySQL(q store.Query) (string, []any) {
	inner, args := union(branches(q), "date, quad, mentions, goldstein")
	return `SELECT substr(date, 1, 7) AS month, quad, count(*), sum(mentions), sum(goldstein) FROM (` + inner +
		`) WHERE length(date) >= 7 GROUP BY month, quad ORDER BY month, quad`, args
}

// rollupOK reports whether q can be answered from the rollup tables: actors
// all countries or all full codes, and only filters the rollups keep (not
// CAMEO codes or PLOVER types: a series by type reads the events).
func (s *Store) rollupOK(q store.Query) bool {
	_, ok := store.RollupKind(q)
	return ok && !s.noRollup && q.Cameo == "" && q.Plover == "" && q.Text == "" && q.After == ""
}

// rollupBranches selects the actors of q in the rollup tables.
func rollupBranches(q store.Query) []branch {
	kind, _ := store.RollupKind(q)
	bs := actorBranches(q, true)
	for i := range bs {
		bs[i].where = "kind = ? AND " + bs[i].where
		bs[i].args = append([]any{kind}, bs[i].args...)
	}
	return bs
}

// MonthlyRollupSQL gives the statement Monthly runs on the rollups.
func MonthlyRollupSQL(q store.Query) (string, []any) {
	var w []string
	var args []any
	if q.Quad != 0 {
		w, args = append(w, "quad = ?"), append(args, q.Quad)
	}
	if q.Since != "" {
		w, args = append(w, "month >= ?"), append(args, q.Since[:min(7, len(q.Since))])
	}
	if q.Until != "" {
		w, args = append(w, "month < ?"), append(args, q.Until[:min(7, len(q.Until))]+"~")
	}
	inner, args := unionFrom("dyad_month", extend(rollupBranches(q), w, args), "month, quad, events, mentions, goldstein")
	return `SELECT month, quad, sum(events) AS n, sum(mentions), sum(goldstein) FROM (` + inner +
		`) WHERE length(month) = 7 GROUP BY month, quad HAVING n > 0 ORDER BY month, quad`, args
}

// MonthlyActorSQL gives the statement Monthly runs for one actor, either
// side, on its own rollup.
func MonthlyActorSQL(q store.Query) (string, []any) {
	kind, _ := store.RollupKind(q)
	w := []string{"kind = ?", "actor = ?", "length(month) = 7"}
	args := []any{kind, q.A}
	if q.Quad != 0 {
		w, args = append(w, "quad = ?"), append(args, q.Quad)
	}
	if q.Since != "" {
		w, args = append(w, "month >= ?"), append(args, q.Since[:min(7, len(q.Since))])
	}
	if q.Until != "" {
		w, args = append(w, "month < ?"), append(args, q.Until[:min(7, len(q.Until))]+"~")
	}
	return `SELECT month, quad, sum(events) AS n, sum(mentions), sum(goldstein) FROM actor_month WHERE ` + strings.Join(w, " AND ") +
		` GROUP BY month, quad HAVING n > 0 ORDER BY month, quad`, args
}

// Monthly implements store.Store. Monthly buckets cannot honour a Since or
// Until finer than a month on the rollups; those scan the events.
func (s *Store) Monthly(ctx context.Context, q store.Query) ([]store.Bucket, error) {
	q, err := q.Prepare()
	if err != nil {
		return nil, s.wrap("monthly series", err)
	}
	sql, args := MonthlySQL(q)
	if s.rollupOK(q) && len(q.Since) <= 7 && len(q.Until) <= 7 {
		sql, args = MonthlyRollupSQL(q)
		if q.A != "" && q.B == "" && !q.Directed {
			sql, args = MonthlyActorSQL(q)
		}
	}
	rows, err := s.db.QueryContext(ctx, sql, args...)
	if err != nil {
		return nil, s.wrap("monthly series", err)
	}
	defer rows.Close()
	var out []store.Bucket
	for rows.Next() {
		var b store.Bucket
		if err := rows.Scan(&b.Month, &b.Quad, &b.Events, &b.Mentions, &b.Goldstein); err != nil {
			return nil, s.wrap("monthly series", err)
		}
		out = append(out, b)
	}
	return out, s.wrap("monthly series", rows.Err())
}

// LatestSQL gives the statement Latest runs: the (code, date) pairs of the
// selection, read from the covering indexes.
func LatestSQL(q store.Query) (string, []any) {
	return union(branches(q), "cameo, date, rowid")
}

// LatestRollupSQL gives the statement Latest runs on the rollups.
func LatestRollupSQL(q store.Query) (string, []any) {
	return unionFrom("dyad_last", rollupBranches(q), "cameo, date, prev, event")
}

// Latest implements store.Store. The previous date is looked up over all
// history, before Since too: "first since" may reach back past the window.
func (s *Store) Latest(ctx context.Context, q store.Query) ([]store.Last, error) {
	q, err := q.Prepare()
	if err != nil {
		return nil, s.wrap("latest events", err)
	}
	tops := map[string]*store.LastDates{}
	byRow := q.Quad != 0 || q.Until != "" || !s.rollupOK(q)
	var sqlText string
	var args []any
	if byRow {
		all := q
		all.Since = ""
		sqlText, args = LatestSQL(all)
	} else {
		sqlText, args = LatestRollupSQL(q)
	}
	rows, err := s.db.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, s.wrap("latest events", err)
	}
	for rows.Next() {
		var code string
		var l store.LastDates
		if byRow {
			var row int64
			err = rows.Scan(&code, &l.Date, &row)
			l.Event = fmt.Sprintf("%015d", row)
		} else {
			err = rows.Scan(&code, &l.Date, &l.Previous, &l.Event)
		}
		if err != nil {
			rows.Close()
			return nil, s.wrap("latest events", err)
		}
		t := tops[code]
		if t == nil {
			t = &store.LastDates{}
			tops[code] = t
		}
		t.Merge(l)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap("latest events", err)
	}
	// The events themselves in one statement: one each would prepare a
	// statement per CAMEO code, most of the cost on a busy dyad.
	col := "id"
	if byRow {
		col = "rowid"
	}
	var keys []any
	for _, t := range tops {
		switch {
		case t.Date == "" || t.Date < q.Since:
		case byRow:
			row, _ := strconv.ParseInt(t.Event, 10, 64)
			keys = append(keys, row)
		default:
			keys = append(keys, t.Event)
		}
	}
	byKey := map[string]store.Event{}
	for len(keys) > 0 {
		n := min(len(keys), 500)
		rows, err := s.db.QueryContext(ctx, `SELECT rowid, `+eventCols+` FROM events WHERE `+col+` IN (?`+strings.Repeat(", ?", n-1)+`)`, keys[:n]...)
		if err != nil {
			return nil, s.wrap("latest events", err)
		}
		for rows.Next() {
			var row int64
			var e store.Event
			if err := rows.Scan(append([]any{&row}, eventDest(&e)...)...); err != nil {
				rows.Close()
				return nil, s.wrap("latest events", err)
			}
			key := e.ID
			if byRow {
				key = fmt.Sprintf("%015d", row)
			}
			byKey[key] = e
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, s.wrap("latest events", err)
		}
		keys = keys[n:]
	}
	out := make([]store.Last, 0, len(tops))
	for code, t := range tops {
		if t.Date == "" || t.Date < q.Since {
			continue
		}
		e, ok := byKey[t.Event]
		if !ok {
			return nil, s.wrap("latest events", fmt.Errorf("event %s of code %s missing", t.Event, code))
		}
		out = append(out, store.Last{Cameo: code, Date: t.Date, Previous: t.Previous, Event: e})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date > out[j].Date
		}
		return out[i].Cameo < out[j].Cameo
	})
	return out, nil
}

// DyadsSQL gives the statement Dyads runs.
func DyadsSQL(q store.Query, limit int) (string, []any) {
	if limit <= 0 {
		limit = -1
	}
	inner, args := union(branches(q), "src_country, tgt_country, mentions, goldstein")
	return fmt.Sprintf(`SELECT src_country, tgt_country, count(*) AS n, sum(mentions), sum(goldstein) FROM (%s)
		WHERE src_country <> '' AND tgt_country <> '' GROUP BY src_country, tgt_country ORDER BY n DESC, src_country, tgt_country LIMIT %d`, inner, limit), args
}

// DyadsRollupSQL gives the statement Dyads runs on the rollups.
func DyadsRollupSQL(q store.Query, limit int) (string, []any) {
	if limit <= 0 {
		limit = -1
	}
	var w []string
	var args []any
	if q.Quad != 0 {
		w, args = append(w, "quad = ?"), append(args, q.Quad)
	}
	if q.Since != "" {
		w, args = append(w, "month >= ?"), append(args, q.Since)
	}
	if q.Until != "" {
		w, args = append(w, "month < ?"), append(args, q.Until+"~")
	}
	inner, args := unionFrom("dyad_month", extend(rollupBranches(q), w, args), "src_country, tgt_country, events, mentions, goldstein")
	return fmt.Sprintf(`SELECT src_country, tgt_country, sum(events) AS n, sum(mentions), sum(goldstein) FROM (%s)
		WHERE src_country <> '' AND tgt_country <> '' GROUP BY src_country, tgt_country HAVING n > 0 ORDER BY n DESC, src_country, tgt_country LIMIT %d`, inner, limit), args
}

// DyadsTotalSQL gives the statement Dyads runs without a date window or a
// QuadClass: the dyads' running totals.
func DyadsTotalSQL(q store.Query, limit int) (string, []any) {
	if limit <= 0 {
		limit = -1
	}
	inner, args := unionFrom("dyad_total", rollupBranches(q), "src_country, tgt_country, events, mentions, goldstein")
	return fmt.Sprintf(`SELECT src_country, tgt_country, sum(events) AS n, sum(mentions), sum(goldstein) FROM (%s)
		WHERE src_country <> '' AND tgt_country <> '' GROUP BY src_country, tgt_country HAVING n > 0 ORDER BY n DESC, src_country, tgt_country LIMIT %d`, inner, limit), args
}

// Dyads implements store.Store.
func (s *Store) Dyads(ctx context.Context, q store.Query, limit int) ([]store.Dyad, error) {
	q, err := q.Prepare()
	if err != nil {
		return nil, s.wrap("dyads", err)
	}
	sql, args := DyadsSQL(q, limit)
	switch {
	case s.rollupOK(q) && q.Since == "" && q.Until == "" && q.Quad == 0:
		sql, args = DyadsTotalSQL(q, limit)
	case s.rollupOK(q) && len(q.Since) <= 7 && len(q.Until) <= 7:
		sql, args = DyadsRollupSQL(q, limit)
	}
	rows, err := s.db.QueryContext(ctx, sql, args...)
	if err != nil {
		return nil, s.wrap("dyads", err)
	}
	defer rows.Close()
	var out []store.Dyad
	for rows.Next() {
		var d store.Dyad
		if err := rows.Scan(&d.Source, &d.Target, &d.Events, &d.Mentions, &d.Goldstein); err != nil {
			return nil, s.wrap("dyads", err)
		}
		out = append(out, d)
	}
	return out, s.wrap("dyads", rows.Err())
}
