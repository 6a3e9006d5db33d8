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

func side(col, code string) (string, any) {
	if store.IsCountry(code) {
		return col + "_country = ?", code
	}
	return col + " = ?", code
}

func pair(a, b string) branch {
	var w []string
	var args []any
	if a != "" {
		c, v := side("src", a)
		w, args = append(w, c), append(args, v)
	}
	if b != "" {
		c, v := side("tgt", b)
		w, args = append(w, c), append(args, v)
	}
	return branch{strings.Join(w, " AND "), args}
}

// not adds "and not already selected by o" so the branches never count an
// event twice.
func (b branch) not(o branch) branch {
	return branch{b.where + " AND NOT (" + o.where + ")", append(append([]any{}, b.args...), o.args...)}
}

func branches(q store.Query) []branch {
	var bs []branch
	switch {
	case q.A == "" && q.B == "":
		bs = []branch{{where: "true"}}
	case q.B == "":
		b1 := pair(q.A, "")
		bs = []branch{b1}
		if !q.Directed {
			bs = append(bs, pair("", q.A).not(b1))
		}
	default:
		a := q.A
		if a == "" {
			a, q.Directed = q.B, false
		}
		b1 := pair(a, q.B)
		bs = []branch{b1}
		if !q.Directed && a != q.B {
			bs = append(bs, pair(q.B, a).not(b1))
		}
	}
	var w []string
	var args []any
	if q.Cameo != "" {
		w, args = append(w, "cameo LIKE ?"), append(args, likePrefix(q.Cameo))
	}
	if q.Quad != 0 {
		w, args = append(w, "quad = ?"), append(args, q.Quad)
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
		w, args = append(w, "(date < ? OR date = ? AND id < ?)"), append(args, date, date, id)
	}
	if len(w) > 0 {
		extra := " AND " + strings.Join(w, " AND ")
		for i := range bs {
			bs[i].where += extra
			bs[i].args = append(bs[i].args, args...)
		}
	}
	return bs
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
	var parts []string
	var args []any
	for _, b := range bs {
		sel := "SELECT " + cols + " FROM events WHERE " + b.where + suffix
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

// MonthlySQL gives the statement Monthly runs.
func MonthlySQL(q store.Query) (string, []any) {
	inner, args := union(branches(q), "date, quad, mentions, goldstein", "")
	return rebind(`SELECT substr(date, 1, 7) AS month, quad, count(*), sum(mentions), sum(goldstein) FROM (` + inner +
		`) AS u WHERE length(date) >= 7 GROUP BY month, quad ORDER BY month, quad`), args
}

// Monthly implements store.Store.
func (s *Store) Monthly(ctx context.Context, q store.Query) ([]store.Bucket, error) {
	sql, args := MonthlySQL(q)
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

// Latest implements store.Store: the (code, date) pairs of the selection
// come from the covering indexes; the latest event of each code is read
// afterwards. Dates before q.Since count only as previous dates: "first
// since" reaches back past the window, as the interface says.
func (s *Store) Latest(ctx context.Context, q store.Query) ([]store.Last, error) {
	since := q.Since
	q.Since = ""
	sql, args := union(branches(q), "cameo, date, rowid", "")
	rows, err := s.pool.Query(ctx, rebind(sql), args...)
	if err != nil {
		return nil, s.wrap("latest events", err)
	}
	type top struct {
		date  string
		row   int64
		dates map[string]bool
	}
	tops := map[string]*top{}
	for rows.Next() {
		var code, date string
		var row int64
		if err := rows.Scan(&code, &date, &row); err != nil {
			rows.Close()
			return nil, s.wrap("latest events", err)
		}
		if date == "" {
			continue
		}
		t := tops[code]
		if t == nil {
			t = &top{dates: map[string]bool{}}
			tops[code] = t
		}
		t.dates[date] = true
		if date < since {
			continue
		}
		if date > t.date || date == t.date && row > t.row {
			t.date, t.row = date, row
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap("latest events", err)
	}
	out := make([]store.Last, 0, len(tops))
	for code, t := range tops {
		if t.date == "" {
			continue // nothing in the window
		}
		e, err := scanEvent(s.pool.QueryRow(ctx, `SELECT `+eventCols+` FROM events WHERE rowid = $1`, t.row))
		if err != nil {
			return nil, s.wrap("latest events", err)
		}
		// The previous event is the latest earlier date; a less precise date
		// that contains the latest ("2024-09" for "2024-09-09") is not earlier.
		prev := ""
		for d := range t.dates {
			if d < t.date && d > prev && !store.CompatibleDates(d, t.date) {
				prev = d
			}
		}
		out = append(out, store.Last{Cameo: code, Date: t.date, Previous: prev, Event: e})
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
	lim := "ALL"
	if limit > 0 {
		lim = strconv.Itoa(limit)
	}
	inner, args := union(branches(q), "src_country, tgt_country, mentions, goldstein", "")
	return rebind(fmt.Sprintf(`SELECT src_country, tgt_country, count(*) AS n, sum(mentions), sum(goldstein) FROM (%s) AS u
		WHERE src_country <> '' AND tgt_country <> '' GROUP BY src_country, tgt_country ORDER BY n DESC, src_country, tgt_country LIMIT %s`, inner, lim)), args
}

// Dyads implements store.Store.
func (s *Store) Dyads(ctx context.Context, q store.Query, limit int) ([]store.Dyad, error) {
	sql, args := DyadsSQL(q, limit)
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
