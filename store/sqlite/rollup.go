package sqlite

import (
	"context"
	"database/sql"

	"github.com/dyadproject/dyad/store"
)

// Rollups (tables dyad_month and dyad_last) hold per-country-dyad counts by
// month and QuadClass and the latest dates of each CAMEO code. Every write
// of events updates them in the same transaction, so they always agree with
// the events table; queries by country use them instead of reading each
// event of a busy dyad.

type monthKey struct {
	kind, src, tgt, month string
	quad                  int
}

type monthVal struct {
	sc, tc           string
	events, mentions int
	goldstein        float64
}

type lastKey struct{ kind, src, tgt, cameo string }

// bucket cuts an event date to its month, or keeps a year-only date whole,
// so that date windows of a month or a year select the same events on the
// rollups as on the events table.
func bucket(date string) string { return date[:min(7, len(date))] }

// rollup accumulates changes to the rollup tables before writing them.
type rollup struct {
	months map[monthKey]*monthVal
	lasts  map[lastKey]*store.LastDates
	// noTotals skips dyad_total and actor_month, which schema 2 (filling
	// the other rollups) predates; schemas 4 and 5 sum them from dyad_month.
	noTotals bool
}

func newRollup() *rollup {
	return &rollup{months: map[monthKey]*monthVal{}, lasts: map[lastKey]*store.LastDates{}}
}

// month changes the monthly counts of an event's dyads, by country and by
// actor code.
func (r *rollup) month(e *store.Event, date string, events, mentions int, goldstein float64) {
	for _, k := range []monthKey{{"c", e.SourceCountry, e.TargetCountry, bucket(date), e.Quad}, {"a", e.Source, e.Target, bucket(date), e.Quad}} {
		v := r.months[k]
		if v == nil {
			v = &monthVal{sc: e.SourceCountry, tc: e.TargetCountry}
			r.months[k] = v
		}
		v.events += events
		v.mentions += mentions
		v.goldstein += goldstein
	}
}

// last records a date of an event's CAMEO code for its dyads.
func (r *rollup) last(e *store.Event, date string) {
	for _, k := range []lastKey{{"c", e.SourceCountry, e.TargetCountry, e.Cameo}, {"a", e.Source, e.Target, e.Cameo}} {
		l := r.lasts[k]
		if l == nil {
			l = &store.LastDates{}
			r.lasts[k] = l
		}
		l.Fold(date, e.ID)
	}
}

// add counts a new event.
func (r *rollup) add(e *store.Event) {
	r.month(e, e.Date, 1, e.Mentions, e.Goldstein)
	r.last(e, e.Date)
}

// dbtx is what flush needs of a transaction.
type dbtx interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) scanner
}

// plainTx adapts *sql.Tx to dbtx.
type plainTx struct{ tx *sql.Tx }

func (p plainTx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return p.tx.ExecContext(ctx, q, args...)
}

func (p plainTx) QueryRowContext(ctx context.Context, q string, args ...any) scanner {
	return p.tx.QueryRowContext(ctx, q, args...)
}

const (
	upsertActor = `INSERT INTO actor_month (kind, actor, month, quad, events, mentions, goldstein) VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (kind, actor, month, quad) DO UPDATE SET events = events + excluded.events,
		mentions = mentions + excluded.mentions, goldstein = goldstein + excluded.goldstein`
	upsertTotal = `INSERT INTO dyad_total (kind, src, tgt, src_country, tgt_country, events, mentions, goldstein)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (kind, src, tgt) DO UPDATE SET events = events + excluded.events,
		mentions = mentions + excluded.mentions, goldstein = goldstein + excluded.goldstein`
	upsertMonth = `INSERT INTO dyad_month (kind, src, tgt, month, quad, src_country, tgt_country, events, mentions, goldstein)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (kind, src, tgt, month, quad) DO UPDATE SET events = events + excluded.events,
		mentions = mentions + excluded.mentions, goldstein = goldstein + excluded.goldstein`
	selectLast = `SELECT date, prev, event FROM dyad_last WHERE kind = ? AND src = ? AND tgt = ? AND cameo = ?`
	upsertLast = `INSERT OR REPLACE INTO dyad_last (kind, src, tgt, cameo, date, prev, event) VALUES (?, ?, ?, ?, ?, ?, ?)`
)

// flush writes the accumulated changes.
func (r *rollup) flush(ctx context.Context, tx dbtx) error {
	totals := map[monthKey]*monthVal{}
	for k, v := range r.months {
		if _, err := tx.ExecContext(ctx, upsertMonth, k.kind, k.src, k.tgt, k.month, k.quad, v.sc, v.tc, v.events, v.mentions, v.goldstein); err != nil {
			return err
		}
		if !r.noTotals {
			actors := []string{k.src}
			if k.tgt != k.src {
				actors = append(actors, k.tgt)
			}
			for _, a := range actors {
				if _, err := tx.ExecContext(ctx, upsertActor, k.kind, a, k.month, k.quad, v.events, v.mentions, v.goldstein); err != nil {
					return err
				}
			}
		}
		tk := monthKey{kind: k.kind, src: k.src, tgt: k.tgt}
		t := totals[tk]
		if t == nil {
			t = &monthVal{sc: v.sc, tc: v.tc}
			totals[tk] = t
		}
		t.events += v.events
		t.mentions += v.mentions
		t.goldstein += v.goldstein
	}
	for k, v := range totals {
		if r.noTotals {
			break
		}
		if v.events == 0 && v.mentions == 0 && v.goldstein == 0 {
			continue
		}
		if _, err := tx.ExecContext(ctx, upsertTotal, k.kind, k.src, k.tgt, v.sc, v.tc, v.events, v.mentions, v.goldstein); err != nil {
			return err
		}
	}
	for k, l := range r.lasts {
		if l.Date == "" {
			continue
		}
		var old store.LastDates
		err := tx.QueryRowContext(ctx, selectLast, k.kind, k.src, k.tgt, k.cameo).Scan(&old.Date, &old.Previous, &old.Event)
		if err != nil && err != sql.ErrNoRows {
			return err
		}
		old.Merge(*l)
		if _, err := tx.ExecContext(ctx, upsertLast, k.kind, k.src, k.tgt, k.cameo, old.Date, old.Previous, old.Event); err != nil {
			return err
		}
	}
	return nil
}

// fillRollups builds the rollups from the stored events (schema 2).
func fillRollups(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT `+eventCols+` FROM events ORDER BY rowid`)
	if err != nil {
		return err
	}
	r := newRollup()
	r.noTotals = true
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			rows.Close()
			return err
		}
		r.add(&e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	return r.flush(ctx, plainTx{tx})
}
