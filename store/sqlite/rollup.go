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
	sc, tc, month string
	quad          int
}

type monthVal struct {
	events, mentions int
	goldstein        float64
}

type lastKey struct{ sc, tc, cameo string }

// rollup accumulates changes to the rollup tables before writing them.
type rollup struct {
	months map[monthKey]*monthVal
	lasts  map[lastKey]*store.LastDates
}

func newRollup() *rollup {
	return &rollup{months: map[monthKey]*monthVal{}, lasts: map[lastKey]*store.LastDates{}}
}

func (r *rollup) month(sc, tc, date string, quad, events, mentions int, goldstein float64) {
	k := monthKey{sc, tc, store.Month(date), quad}
	v := r.months[k]
	if v == nil {
		v = &monthVal{}
		r.months[k] = v
	}
	v.events += events
	v.mentions += mentions
	v.goldstein += goldstein
}

func (r *rollup) last(sc, tc, cameo, date, id string) {
	k := lastKey{sc, tc, cameo}
	l := r.lasts[k]
	if l == nil {
		l = &store.LastDates{}
		r.lasts[k] = l
	}
	l.Fold(date, id)
}

// add counts a new event.
func (r *rollup) add(e *store.Event) {
	r.month(e.SourceCountry, e.TargetCountry, e.Date, e.Quad, 1, e.Mentions, e.Goldstein)
	r.last(e.SourceCountry, e.TargetCountry, e.Cameo, e.Date, e.ID)
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
	upsertMonth = `INSERT INTO dyad_month (src_country, tgt_country, month, quad, events, mentions, goldstein) VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (src_country, tgt_country, month, quad) DO UPDATE SET events = events + excluded.events,
		mentions = mentions + excluded.mentions, goldstein = goldstein + excluded.goldstein`
	selectLast = `SELECT date, prev, event FROM dyad_last WHERE src_country = ? AND tgt_country = ? AND cameo = ?`
	upsertLast = `INSERT OR REPLACE INTO dyad_last (src_country, tgt_country, cameo, date, prev, event) VALUES (?, ?, ?, ?, ?, ?)`
)

// flush writes the accumulated changes.
func (r *rollup) flush(ctx context.Context, tx dbtx) error {
	for k, v := range r.months {
		if _, err := tx.ExecContext(ctx, upsertMonth, k.sc, k.tc, k.month, k.quad, v.events, v.mentions, v.goldstein); err != nil {
			return err
		}
	}
	for k, l := range r.lasts {
		if l.Date == "" {
			continue
		}
		var old store.LastDates
		err := tx.QueryRowContext(ctx, selectLast, k.sc, k.tc, k.cameo).Scan(&old.Date, &old.Previous, &old.Event)
		if err != nil && err != sql.ErrNoRows {
			return err
		}
		old.Merge(*l)
		if _, err := tx.ExecContext(ctx, upsertLast, k.sc, k.tc, k.cameo, old.Date, old.Previous, old.Event); err != nil {
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
