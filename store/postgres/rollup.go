package postgres

import (
	"cmp"
	"context"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/dyadproject/dyad/store"
)

// Rollups (dyad_month, dyad_last, dyad_total, actor_month; schema steps
// 2-5) hold per-dyad counts by month and QuadClass and the latest dates of
// each CAMEO code, by country pair (kind 'c') and by actor-code pair (kind
// 'a'), as store/sqlite's do. Every write of events updates them in the same
// transaction, so they always agree with the events table.
//
// Concurrent writers: the additive tables are upserted in key order, table
// after table, so two transactions take their row locks in one global
// order and never deadlock. dyad_last is read, merged here and written back,
// so no other writer may read it in between: a document's writer locks the
// keys it touches (advisory, sorted; a few a document) and holds dyad_last in
// ROW EXCLUSIVE mode; a bulk load, whose keys are too many for the lock
// table, takes the table in SHARE ROW EXCLUSIVE mode, which excludes every
// other rollup writer until it commits.

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

func (k lastKey) lock() int64 {
	return lockKey("last", k.kind+"\x00"+k.src+"\x00"+k.tgt+"\x00"+k.cameo)
}

// bucket cuts an event date to its month, or keeps a year-only date whole,
// so that date windows select the same events on the rollups as on events.
func bucket(date string) string { return date[:min(7, len(date))] }

// rollup accumulates changes to the rollup tables before writing them.
type rollup struct {
	months map[monthKey]*monthVal
	lasts  map[lastKey]*store.LastDates
}

func newRollup() *rollup {
	return &rollup{months: map[monthKey]*monthVal{}, lasts: map[lastKey]*store.LastDates{}}
}

// month changes the monthly counts of an event's dyads.
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
	if date == "" {
		return
	}
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

// lastKeys gives the dyad_last keys touched, sorted.
func (r *rollup) lastKeys() []lastKey {
	keys := make([]lastKey, 0, len(r.lasts))
	for k := range r.lasts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b lastKey) int {
		return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.src, b.src), cmp.Compare(a.tgt, b.tgt), cmp.Compare(a.cameo, b.cameo))
	})
	return keys
}

// queueLock queues, on b, the locks of the dyad_last keys (bulk: of the
// whole table) and the read of their rows, merging what is stored into
// r.lasts when the batch runs (the merged values are what queueWrites
// writes back).
func (r *rollup) queueLock(b *pgx.Batch, bulk bool) {
	keys := r.lastKeys()
	if len(keys) == 0 {
		return
	}
	if bulk {
		b.Queue(`LOCK TABLE dyad_last IN SHARE ROW EXCLUSIVE MODE`)
	} else {
		b.Queue(`LOCK TABLE dyad_last IN ROW EXCLUSIVE MODE`)
	}
	locks := make([]int64, len(keys))
	kinds, srcs, tgts, cameos := make([]string, len(keys)), make([]string, len(keys)), make([]string, len(keys)), make([]string, len(keys))
	for i, k := range keys {
		locks[i] = k.lock()
		kinds[i], srcs[i], tgts[i], cameos[i] = k.kind, k.src, k.tgt, k.cameo
	}
	if !bulk {
		slices.Sort(locks)
		locks = slices.Compact(locks)
		b.Queue(`SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k`, locks)
	}
	b.Queue(`SELECT l.kind, l.src, l.tgt, l.cameo, l.date, l.prev, l.event FROM dyad_last l
		JOIN unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(kind, src, tgt, cameo)
		ON l.kind = u.kind AND l.src = u.src AND l.tgt = u.tgt AND l.cameo = u.cameo`, kinds, srcs, tgts, cameos).
		Query(func(rows pgx.Rows) error {
			for rows.Next() {
				var k lastKey
				var old store.LastDates
				if err := rows.Scan(&k.kind, &k.src, &k.tgt, &k.cameo, &old.Date, &old.Previous, &old.Event); err != nil {
					return err
				}
				if l := r.lasts[k]; l != nil {
					old.Merge(*l)
					*l = old
				}
			}
			return rows.Err()
		})
}

// queueWrites queues the upserts of every rollup table, each in key order.
// The dyad_last rows must have been locked and merged by queueLock in an
// earlier batch of the same transaction.
func (r *rollup) queueWrites(b *pgx.Batch) {
	mkeys := make([]monthKey, 0, len(r.months))
	for k := range r.months {
		mkeys = append(mkeys, k)
	}
	slices.SortFunc(mkeys, func(a, b monthKey) int {
		return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.src, b.src), cmp.Compare(a.tgt, b.tgt), cmp.Compare(a.month, b.month), cmp.Compare(a.quad, b.quad))
	})
	type total struct {
		kind, src, tgt string
		v              monthVal
	}
	type actorKey struct {
		kind, actor, month string
		quad               int
	}
	var m struct {
		kind, src, tgt, month, sc, tc []string
		quad, events, mentions        []int
		gold                          []float64
	}
	var totals []*total
	actors := map[actorKey]*monthVal{}
	for _, k := range mkeys {
		v := r.months[k]
		m.kind, m.src, m.tgt, m.month, m.sc, m.tc = append(m.kind, k.kind), append(m.src, k.src), append(m.tgt, k.tgt), append(m.month, k.month), append(m.sc, v.sc), append(m.tc, v.tc)
		m.quad, m.events, m.mentions, m.gold = append(m.quad, k.quad), append(m.events, v.events), append(m.mentions, v.mentions), append(m.gold, v.goldstein)
		// mkeys are sorted by dyad first: one total per run of months.
		if n := len(totals); n == 0 || totals[n-1].kind != k.kind || totals[n-1].src != k.src || totals[n-1].tgt != k.tgt {
			totals = append(totals, &total{kind: k.kind, src: k.src, tgt: k.tgt, v: monthVal{sc: v.sc, tc: v.tc}})
		}
		t := totals[len(totals)-1]
		t.v.events += v.events
		t.v.mentions += v.mentions
		t.v.goldstein += v.goldstein
		as := []string{k.src}
		if k.tgt != k.src {
			as = append(as, k.tgt)
		}
		for _, a := range as {
			ak := actorKey{k.kind, a, k.month, k.quad}
			av := actors[ak]
			if av == nil {
				av = &monthVal{}
				actors[ak] = av
			}
			av.events += v.events
			av.mentions += v.mentions
			av.goldstein += v.goldstein
		}
	}
	if len(mkeys) > 0 {
		b.Queue(`INSERT INTO dyad_month (kind, src, tgt, month, quad, src_country, tgt_country, events, mentions, goldstein)
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::int[], $9::int[], $10::float8[])
			ON CONFLICT (kind, src, tgt, month, quad) DO UPDATE SET events = dyad_month.events + excluded.events,
			mentions = dyad_month.mentions + excluded.mentions, goldstein = dyad_month.goldstein + excluded.goldstein`,
			m.kind, m.src, m.tgt, m.month, m.quad, m.sc, m.tc, m.events, m.mentions, m.gold)
	}
	var t struct {
		kind, src, tgt, sc, tc []string
		events, mentions       []int
		gold                   []float64
	}
	for _, x := range totals {
		if x.v.events == 0 && x.v.mentions == 0 && x.v.goldstein == 0 {
			continue
		}
		t.kind, t.src, t.tgt, t.sc, t.tc = append(t.kind, x.kind), append(t.src, x.src), append(t.tgt, x.tgt), append(t.sc, x.v.sc), append(t.tc, x.v.tc)
		t.events, t.mentions, t.gold = append(t.events, x.v.events), append(t.mentions, x.v.mentions), append(t.gold, x.v.goldstein)
	}
	if len(t.kind) > 0 {
		b.Queue(`INSERT INTO dyad_total (kind, src, tgt, src_country, tgt_country, events, mentions, goldstein)
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::float8[])
			ON CONFLICT (kind, src, tgt) DO UPDATE SET events = dyad_total.events + excluded.events,
			mentions = dyad_total.mentions + excluded.mentions, goldstein = dyad_total.goldstein + excluded.goldstein`,
			t.kind, t.src, t.tgt, t.sc, t.tc, t.events, t.mentions, t.gold)
	}
	akeys := make([]actorKey, 0, len(actors))
	for k := range actors {
		akeys = append(akeys, k)
	}
	slices.SortFunc(akeys, func(a, b actorKey) int {
		return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.actor, b.actor), cmp.Compare(a.month, b.month), cmp.Compare(a.quad, b.quad))
	})
	var a struct {
		kind, actor, month     []string
		quad, events, mentions []int
		gold                   []float64
	}
	for _, k := range akeys {
		v := actors[k]
		a.kind, a.actor, a.month, a.quad = append(a.kind, k.kind), append(a.actor, k.actor), append(a.month, k.month), append(a.quad, k.quad)
		a.events, a.mentions, a.gold = append(a.events, v.events), append(a.mentions, v.mentions), append(a.gold, v.goldstein)
	}
	if len(akeys) > 0 {
		b.Queue(`INSERT INTO actor_month (kind, actor, month, quad, events, mentions, goldstein)
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::int[], $7::float8[])
			ON CONFLICT (kind, actor, month, quad) DO UPDATE SET events = actor_month.events + excluded.events,
			mentions = actor_month.mentions + excluded.mentions, goldstein = actor_month.goldstein + excluded.goldstein`,
			a.kind, a.actor, a.month, a.quad, a.events, a.mentions, a.gold)
	}
	keys := r.lastKeys()
	if len(keys) == 0 {
		return
	}
	var l struct{ kind, src, tgt, cameo, date, prev, event []string }
	for _, k := range keys {
		v := r.lasts[k]
		l.kind, l.src, l.tgt, l.cameo = append(l.kind, k.kind), append(l.src, k.src), append(l.tgt, k.tgt), append(l.cameo, k.cameo)
		l.date, l.prev, l.event = append(l.date, v.Date), append(l.prev, v.Previous), append(l.event, v.Event)
	}
	b.Queue(`INSERT INTO dyad_last (kind, src, tgt, cameo, date, prev, event)
		SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
		ON CONFLICT (kind, src, tgt, cameo) DO UPDATE SET date = excluded.date, prev = excluded.prev, event = excluded.event`,
		l.kind, l.src, l.tgt, l.cameo, l.date, l.prev, l.event)
}

// flush locks, merges and writes the rollups of a bulk load in two round
// trips (AddDocument queues the same statements in its own round trips).
func (r *rollup) flush(ctx context.Context, tx pgx.Tx) error {
	b := &pgx.Batch{}
	r.queueLock(b, true)
	if b.Len() > 0 {
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return err
		}
	}
	b = &pgx.Batch{}
	r.queueWrites(b)
	if b.Len() == 0 {
		return nil
	}
	return tx.SendBatch(ctx, b).Close()
}
