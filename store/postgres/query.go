package postgres

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/store"
)

// branch is one WHERE clause of a query, with ? placeholders (numbered by
// rebind once the statement is assembled). Undirected dyads and actors on
// either side become two branches joined by UNION ALL, each served by one
// index (events_sc or events_tc), as in store/sqlite.
type branch struct {
	where string
	args  []any
}

// side selects an actor on one side; on the rollups src and tgt hold the
// country or the actor code as the row's kind says.
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
	return branch{strings.Join(w, " AND "), args}
}

// not adds "and not already selected by o" so the branches never count an
// event twice.
func (b branch) not(o branch) branch {
	return branch{b.where + " AND NOT (" + o.where + ")", append(append([]any{}, b.args...), o.args...)}
}

// actorBranches selects the actors of q; the column names are those of
// events and of the rollup tables alike.
func actorBranches(q store.Query, rollup bool) []branch {
	switch {
	case q.A == "" && q.B == "":
		return []branch{{where: "true"}}
	case q.A == "" && q.Directed:
		// B alone, as target.
		return []branch{pair("", q.B, rollup)}
	case q.A == "":
		// B alone on either side is A alone.
		return actorBranches(store.Query{A: q.B}, rollup)
	case q.B == "":
		b1 := pair(q.A, "", rollup)
		bs := []branch{b1}
		if !q.Directed {
			bs = append(bs, pair("", q.A, rollup).not(b1))
		}
		return bs
	default:
		b1 := pair(q.A, q.B, rollup)
		bs := []branch{b1}
		if !q.Directed && q.A != q.B {
			bs = append(bs, pair(q.B, q.A, rollup).not(b1))
		}
		return bs
	}
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

func branches(q store.Query) []branch {
	bs := actorBranches(q, false)
	var w []string
	var args []any
	if q.Cameo != "" {
		w, args = append(w, "cameo LIKE ?"), append(args, likePrefix(q.Cameo))
	}
	if q.Quad != 0 {
		w, args = append(w, "quad = ?"), append(args, q.Quad)
	}
	if q.Plover != "" {
		w, args = append(w, "plover = ?"), append(args, q.Plover)
	}
	if q.Since != "" {
		w, args = append(w, "date >= ?"), append(args, q.Since)
	}
	if q.Until != "" {
		// '~' sorts after digits and '-' in the C collation: Until "2024"
		// keeps "2024-12-31".
		w, args = append(w, "date < ?"), append(args, q.Until+"~")
	}
	if q.Text != "" {
		w = append(w, "rowid IN (SELECT m.event FROM mentions m WHERE to_tsvector('english', m.text) @@ websearch_to_tsquery('english', ?))")
		args = append(args, q.Text)
	}
	if date, id, ok := store.SplitCursor(q.After); ok {
		// A row value, so that the (date, id) indexes search the range
		// rather than filter every entry newer than the cursor.
		w, args = append(w, "(date, id) < (?, ?)"), append(args, date, id)
	}
	return extend(bs, w, args)
}

// likePrefix escapes a CAMEO code prefix for LIKE.
func likePrefix(p string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(p) + "%"
}

// rebind numbers the ? placeholders of sql ($1, $2, ...). dyad's
// statements have no ? inside string literals.
func rebind(sql string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(sql); i++ {
		if sql[i] == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(sql[i])
	}
	return b.String()
}

// union selects cols from every branch (each with suffix: ORDER/LIMIT) and
// joins them with UNION ALL.
func union(bs []branch, cols, suffix string) (string, []any) {
	return unionFrom("events", bs, cols, suffix)
}

func unionFrom(table string, bs []branch, cols, suffix string) (string, []any) {
	var parts []string
	var args []any
	for _, b := range bs {
		sel := "SELECT " + cols + " FROM " + table + " WHERE " + b.where + suffix
		if len(bs) > 1 {
			sel = "(" + sel + ")"
		}
		parts = append(parts, sel)
		args = append(args, b.args...)
	}
	return strings.Join(parts, " UNION ALL "), args
}

// EventsSQL gives the statement Events runs, for EXPLAIN.
func EventsSQL(q store.Query) (string, []any) {
	limit := "ALL"
	if q.Limit > 0 {
		limit = strconv.Itoa(q.Limit)
	}
	suffix := " ORDER BY date DESC, id DESC LIMIT " + limit
	bs := branches(q)
	sql, args := union(bs, eventCols, suffix)
	if len(bs) > 1 {
		sql = "SELECT * FROM (" + sql + ") AS u" + suffix
	}
	return rebind(sql), args
}

// Events implements store.Store.
func (s *Store) Events(ctx context.Context, q store.Query, fn func(store.Event) error) error {
	q, err := q.Prepare()
	if err != nil {
		return s.wrap("querying events", err)
	}
	sql, args := EventsSQL(q)
	rows, err := s.pool.Query(ctx, sql, args...)
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

// MonthlySQL gives the statement Monthly runs on the events table.
func MonthlySQL(q store.Query) (string, []any) {
	inner, args := union(branches(q), "date, quad, mentions, goldstein", "")
	return rebind(`SELECT substr(date, 1, 7) AS month, quad, count(*), sum(mentions), sum(goldstein) FROM (` + inner +
		`) AS u WHERE length(date) >= 7 GROUP BY month, quad ORDER BY month, quad`), args
}

// rollupOK reports whether q can be answered from the rollup tables: actors
// all countries or all full codes, and only filters the rollups keep (not
// CAMEO codes or PLOVER types: a series by type reads the events).
func (s *Store) rollupOK(q store.Query) bool {
	_, ok := store.RollupKind(q)
	return ok && !s.noRollup && q.Cameo == "" && q.Plover == "" && q.Text == "" && q.After == ""
}

// rollupBranches selects the actors of q in the rollup tables, with the
// QuadClass and a month window.
func rollupBranches(q store.Query) []branch {
	kind, _ := store.RollupKind(q)
	bs := actorBranches(q, true)
	for i := range bs {
		bs[i].where = "kind = ? AND " + bs[i].where
		bs[i].args = append([]any{kind}, bs[i].args...)
	}
	return bs
}

// monthWindow gives the QuadClass and date window of q on a month column.
func monthWindow(q store.Query) ([]string, []any) {
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
	return w, args
}

// MonthlyRollupSQL gives the statement Monthly runs on the rollups: for one
// actor on either side its own series (actor_month), else the sum of the
// dyads' months.
func MonthlyRollupSQL(q store.Query) (string, []any) {
	w, args := monthWindow(q)
	if q.A != "" && q.B == "" && !q.Directed {
		kind, _ := store.RollupKind(q)
		w = append([]string{"kind = ?", "actor = ?", "length(month) = 7"}, w...)
		args = append([]any{kind, q.A}, args...)
		return rebind(`SELECT month, quad, sum(events) AS n, sum(mentions), sum(goldstein) FROM actor_month WHERE ` + strings.Join(w, " AND ") +
			` GROUP BY month, quad HAVING sum(events) > 0 ORDER BY month, quad`), args
	}
	inner, args := unionFrom("dyad_month", extend(rollupBranches(q), w, args), "month, quad, events, mentions, goldstein", "")
	return rebind(`SELECT month, quad, sum(events) AS n, sum(mentions), sum(goldstein) FROM (` + inner +
		`) AS u WHERE length(month) = 7 GROUP BY month, quad HAVING sum(events) > 0 ORDER BY month, quad`), args
}

// Monthly implements store.Store. Windows finer than a month cannot be
// cut on the rollups; those read the events.
func (s *Store) Monthly(ctx context.Context, q store.Query) ([]store.Bucket, error) {
	q, err := q.Prepare()
	if err != nil {
		return nil, s.wrap("monthly series", err)
	}
	sql, args := MonthlySQL(q)
	if s.rollupOK(q) && len(q.Since) <= 7 && len(q.Until) <= 7 {
		sql, args = MonthlyRollupSQL(q)
	}
	rows, err := s.pool.Query(ctx, sql, args...)
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

// LatestRollupSQL gives the statement Latest runs on the rollups.
func LatestRollupSQL(q store.Query) (string, []any) {
	sql, args := unionFrom("dyad_last", rollupBranches(q), "cameo, date, prev, event", "")
	return rebind(sql), args
}

// Latest implements store.Store: the latest two dates of each code come
// from dyad_last (or, with a QuadClass or an end date the rollups do not
// keep, from every (code, date, id) of the selection), folded as
// store.LastDates does, so both ways pick the same event (the greatest id
// on the latest date); the latest events are read afterwards in one
// statement. Dates before q.Since count
// only as previous dates: "first since" reaches back past the window, as
// the interface says.
func (s *Store) Latest(ctx context.Context, q store.Query) ([]store.Last, error) {
	q, err := q.Prepare()
	if err != nil {
		return nil, s.wrap("latest events", err)
	}
	byRow := q.Quad != 0 || q.Until != "" || !s.rollupOK(q)
	var sqlText string
	var args []any
	if byRow {
		all := q
		all.Since = ""
		sqlText, args = union(branches(all), "cameo, date, id", "")
		sqlText = rebind(sqlText)
	} else {
		sqlText, args = LatestRollupSQL(q)
	}
	rows, err := s.pool.Query(ctx, sqlText, args...)
	if err != nil {
		return nil, s.wrap("latest events", err)
	}
	tops := map[string]*store.LastDates{}
	for rows.Next() {
		var code string
		var l store.LastDates
		if byRow {
			err = rows.Scan(&code, &l.Date, &l.Event)
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
	var ids []string
	for _, t := range tops {
		if t.Date != "" && t.Date >= q.Since {
			ids = append(ids, t.Event)
		}
	}
	evs := map[string]store.Event{}
	evRows, err := s.pool.Query(ctx, `SELECT `+eventCols+` FROM events WHERE id = ANY($1)`, ids)
	if err != nil {
		return nil, s.wrap("latest events", err)
	}
	for evRows.Next() {
		e, err := scanEvent(evRows)
		if err != nil {
			evRows.Close()
			return nil, s.wrap("latest events", err)
		}
		evs[e.ID] = e
	}
	evRows.Close()
	if err := evRows.Err(); err != nil {
		return nil, s.wrap("latest events", err)
	}
	out := make([]store.Last, 0, len(tops))
	for code, t := range tops {
		if t.Date == "" || t.Date < q.Since {
			continue
		}
		e, ok := evs[t.Event]
		if !ok {
			return nil, s.wrap("latest events", fmt.Errorf("event %s of code %s is missing", t.Event, code))
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

// DyadsSQL gives the statement Dyads runs on the events table.
func DyadsSQL(q store.Query, limit int) (string, []any) {
	inner, args := union(branches(q), "src_country, tgt_country, mentions, goldstein", "")
	return rebind(fmt.Sprintf(`SELECT src_country, tgt_country, count(*) AS n, sum(mentions), sum(goldstein) FROM (%s) AS u
		WHERE src_country <> '' AND tgt_country <> '' GROUP BY src_country, tgt_country ORDER BY n DESC, src_country, tgt_country LIMIT %s`, inner, limitSQL(limit))), args
}

func limitSQL(limit int) string {
	if limit > 0 {
		return strconv.Itoa(limit)
	}
	return "ALL"
}

// DyadsRollupSQL gives the statement Dyads runs on the rollups: the
// running totals without a window or QuadClass, else the months.
func DyadsRollupSQL(q store.Query, limit int) (string, []any) {
	table, cols := "dyad_total", "src_country, tgt_country, events, mentions, goldstein"
	bs := rollupBranches(q)
	if q.Since != "" || q.Until != "" || q.Quad != 0 {
		w, args := monthWindow(q)
		table, bs = "dyad_month", extend(bs, w, args)
	}
	inner, args := unionFrom(table, bs, cols, "")
	return rebind(fmt.Sprintf(`SELECT src_country, tgt_country, sum(events) AS n, sum(mentions), sum(goldstein) FROM (%s) AS u
		WHERE src_country <> '' AND tgt_country <> '' GROUP BY src_country, tgt_country HAVING sum(events) > 0
		ORDER BY n DESC, src_country, tgt_country LIMIT %s`, inner, limitSQL(limit))), args
}

// Dyads implements store.Store.
func (s *Store) Dyads(ctx context.Context, q store.Query, limit int) ([]store.Dyad, error) {
	q, err := q.Prepare()
	if err != nil {
		return nil, s.wrap("dyads", err)
	}
	sql, args := DyadsSQL(q, limit)
	if s.rollupOK(q) && len(q.Since) <= 7 && len(q.Until) <= 7 {
		sql, args = DyadsRollupSQL(q, limit)
	}
	rows, err := s.pool.Query(ctx, sql, args...)
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
