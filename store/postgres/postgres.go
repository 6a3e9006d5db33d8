// Package postgres is dyad's shared event store on PostgreSQL (pgx v5),
// implementing store.Store with the same schema steps, merge rules and
// test suite as the embedded store/sqlite, for several workers on several
// machines writing into one database.
//
// Concurrent writers: each AddDocument takes transaction-scoped advisory
// locks on everything it reads to decide what to write (the document id,
// its content hash, its near-duplicate band keys and the merge keys of its
// records), all in one statement in sorted order, so two workers never both
// insert the same document or start the same event, and never deadlock.
// The per-dyad rollups that relations queries read are written in the same
// transaction, under the locking rollup.go describes.
package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"net/url"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/store"
)

// Store is a store.Store on a PostgreSQL database.
type Store struct {
	pool *pgxpool.Pool
	name string // the DSN without its password, for errors
	// noRollup makes queries read the events table only (tests compare
	// both ways).
	noRollup bool
}

var _ store.Store = (*Store)(nil)

// migrateLock is the advisory lock key that serialises schema migrations
// of workers starting at once ("dyadmigr").
const migrateLock = 0x647961646d696772

// IsDSN reports whether a --db argument names a PostgreSQL database rather
// than an SQLite file.
func IsDSN(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Redact gives a DSN without its password, to show in messages.
func Redact(dsn string) string { return redact(dsn) }

// redact drops the password from a DSN.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.User == nil {
		return dsn
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// Open connects to the database at dsn (a postgres:// URL or key=value
// string; unknown parameters such as search_path are passed to the server)
// and brings dyad's schema up to date. A database that holds tables of the
// same names not made by dyad is refused, untouched.
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("database %s: %w", redact(dsn), err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %w", redact(dsn), err)
	}
	s := &Store{pool: pool, name: redact(dsn)}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the connection pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Pool exposes the connection pool for diagnostics and tests.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

func (s *Store) wrap(what string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %s: %w", s.name, what, err)
}

func (s *Store) migrate(ctx context.Context) error {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return s.wrap("connecting", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, int64(migrateLock)); err != nil {
		return s.wrap("locking for migration", err)
	}
	defer conn.Exec(context.Background(), `SELECT pg_advisory_unlock($1)`, int64(migrateLock))

	var hasMeta bool
	var ours int
	err = conn.QueryRow(ctx, `SELECT to_regclass('dyad_meta') IS NOT NULL,
		(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename IN ('documents', 'events', 'mentions', 'doc_bands'))`).
		Scan(&hasMeta, &ours)
	if err != nil {
		return s.wrap("reading the schema", err)
	}
	if !hasMeta && ours > 0 {
		return fmt.Errorf("%s: the schema holds tables named as dyad's (documents, events, ...) that dyad did not make; it was left untouched", s.name)
	}
	if !hasMeta {
		if _, err := conn.Exec(ctx, `CREATE TABLE dyad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
			INSERT INTO dyad_meta VALUES ('schema_version', '0')`); err != nil {
			return s.wrap("creating dyad_meta", err)
		}
	}
	for {
		var version int
		if err := conn.QueryRow(ctx, `SELECT value::int FROM dyad_meta WHERE key = 'schema_version'`).Scan(&version); err != nil {
			return s.wrap("reading the schema version", err)
		}
		if version > len(migrations) {
			return fmt.Errorf("%s has schema version %d, newer than this dyad knows (%d): upgrade dyad", s.name, version, len(migrations))
		}
		if version == len(migrations) {
			return nil
		}
		err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, migrations[version]); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `UPDATE dyad_meta SET value = $1 WHERE key = 'schema_version'`, fmt.Sprint(version+1))
			return err
		})
		if err != nil {
			return s.wrap(fmt.Sprintf("migrating to schema %d", version+1), err)
		}
	}
}

// lockKey maps a lock name to an advisory lock key.
func lockKey(kind, name string) int64 {
	h := fnv.New64a()
	h.Write([]byte(kind))
	h.Write([]byte{0})
	h.Write([]byte(name))
	return int64(h.Sum64())
}

func mergeLock(k store.MergeKey) int64 {
	return lockKey("merge", fmt.Sprintf("%s\x00%s\x00%s\x00%t", k.Source, k.Target, k.Cameo, k.Negated))
}

// AddDocument implements store.Store. It takes three round trips to the
// server whatever the number of records (each a batch of statements): the
// locks and every read the decisions need; the sequence numbers of new rows
// and whether merged events already count this document's source; then
// every write. The merging itself runs here, with the same rules, in the
// same record order, as store/sqlite's statement-by-statement version.
func (s *Store) AddDocument(ctx context.Context, doc store.Document, mentions []event.Event) (store.Result, error) {
	if doc.ID == "" {
		return store.Result{}, errors.New("document without an id")
	}
	if doc.Hash == "" {
		doc.Hash = store.ContentHash(doc.Text)
	}
	var res store.Result
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var err error
		res, err = addDocument(ctx, tx, doc, mentions)
		if err == nil && !res.Added {
			return errUnchanged
		}
		return err
	})
	if errors.Is(err, errUnchanged) {
		err = nil
	}
	return res, s.wrap("adding document "+doc.ID, err)
}

// errUnchanged rolls back a transaction that found the document stored.
var errUnchanged = errors.New("document already stored")

// candidate is an event a record of the document may merge into.
type candidate struct {
	row  int64
	date string
	// known is the stored event as it was before this document (the
	// columns the rollups need), for stored events.
	known store.Event
	// fresh is the event when this document starts it (row reserved).
	fresh *store.Event
	// For stored events: what this document adds.
	merged        bool
	mentions, art int
	sameDoc       bool
}

func addDocument(ctx context.Context, tx pgx.Tx, doc store.Document, mentions []event.Event) (store.Result, error) {
	sig, hasSig := store.MinHash(doc.Text)
	var bands [store.Bands]int64
	bandNo := make([]int32, store.Bands)
	for b := range bandNo {
		bandNo[b] = int32(b)
	}
	locks := []int64{lockKey("doc", doc.ID), lockKey("hash", doc.Hash)}
	if hasSig {
		bands = sig.BandKeys()
		for b, k := range bands {
			locks = append(locks, lockKey("band", fmt.Sprint(b, k)))
		}
	}
	var ksrc, ktgt, kcameo []string
	var kneg []bool
	keys := map[store.MergeKey]bool{}
	for i := range mentions {
		k := store.KeyOf(&mentions[i])
		if !keys[k] {
			keys[k] = true
			locks = append(locks, mergeLock(k))
			ksrc, ktgt, kcameo, kneg = append(ksrc, k.Source), append(ktgt, k.Target), append(kcameo, k.Cameo), append(kneg, k.Negated)
		}
	}
	slices.Sort(locks)
	locks = slices.Compact(locks)

	// Round trip 1: locks, then the reads.
	b := &pgx.Batch{}
	// unnest yields the keys in array order, so every writer takes its
	// locks in sorted order.
	b.Queue(`SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k`, locks)
	var existing string
	b.Queue(`SELECT id FROM documents WHERE id = $1 OR hash = $2 ORDER BY id = $1 DESC, rowid LIMIT 1`, doc.ID, doc.Hash).
		QueryRow(func(r pgx.Row) error {
			if err := r.Scan(&existing); err != nil && !errors.Is(err, pgx.ErrNoRows) {
				return err
			}
			return nil
		})
	best, copyOf, story := 0.0, "", ""
	if hasSig {
		b.Queue(`SELECT d.id, d.story, d.sig FROM documents d WHERE d.rowid IN
			(SELECT b.doc FROM doc_bands b JOIN unnest($1::int[], $2::bigint[]) AS u(band, key) ON b.band = u.band AND b.key = u.key)`,
			bandNo, bands[:]).Query(func(rows pgx.Rows) error {
			for rows.Next() {
				var id, st string
				var raw []byte
				if err := rows.Scan(&id, &st, &raw); err != nil {
					return err
				}
				other, ok := store.SignatureFrom(raw)
				if !ok {
					continue
				}
				sim := sig.Similarity(&other)
				if sim >= store.CopyThreshold && (sim > best || sim == best && id < copyOf) {
					best, copyOf, story = sim, id, st
				}
			}
			return rows.Err()
		})
	}
	byKey := map[store.MergeKey][]*candidate{}
	if len(keys) > 0 {
		b.Queue(`SELECT e.rowid, e.src, e.tgt, e.cameo, e.negated, e.date, e.id, e.src_country, e.tgt_country, e.quad, e.goldstein, e.mentions FROM events e
			JOIN unnest($1::text[], $2::text[], $3::text[], $4::bool[]) AS k(src, tgt, cameo, neg)
			ON e.src = k.src AND e.tgt = k.tgt AND e.cameo = k.cameo AND e.negated = k.neg ORDER BY e.rowid`,
			ksrc, ktgt, kcameo, kneg).Query(func(rows pgx.Rows) error {
			for rows.Next() {
				var k store.MergeKey
				c := &candidate{}
				kn := &c.known
				if err := rows.Scan(&c.row, &k.Source, &k.Target, &k.Cameo, &k.Negated, &c.date,
					&kn.ID, &kn.SourceCountry, &kn.TargetCountry, &kn.Quad, &kn.Goldstein, &kn.Mentions); err != nil {
					return err
				}
				kn.Source, kn.Target, kn.Cameo, kn.Negated, kn.Date = k.Source, k.Target, k.Cameo, k.Negated, c.date
				byKey[k] = append(byKey[k], c)
			}
			return rows.Err()
		})
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return store.Result{}, err
	}
	if existing != "" {
		return store.Result{Existing: existing}, nil
	}

	res := store.Result{Added: true, Story: doc.ID}
	if copyOf != "" {
		res.CopyOf, res.Story = copyOf, story
	}
	source := store.SourceKey(doc.Outlet, doc.URL)
	// Merge in record order, as store/sqlite does one statement at a time.
	of := make([]*candidate, len(mentions))
	var fresh, merged []*candidate
	for i := range mentions {
		m := &mentions[i]
		k := store.KeyOf(m)
		var c *candidate
		for _, e := range byKey[k] {
			// An equal date wins over a merely compatible one.
			if e.date == m.Date {
				c = e
				break
			}
			if c == nil && store.CompatibleDates(e.date, m.Date) {
				c = e
			}
		}
		switch {
		case c == nil:
			ev := store.NewEvent(m, doc.Published)
			c = &candidate{date: ev.Date, fresh: &ev, sameDoc: true}
			byKey[k] = append(byKey[k], c)
			fresh = append(fresh, c)
			res.NewEvents++
		case c.fresh != nil:
			// Started by this document: same article, same source.
			c.fresh.Mentions++
			c.fresh.Date = store.MoreExact(c.fresh.Date, m.Date)
			c.date = c.fresh.Date
			c.fresh.Seen(doc.Published)
		default:
			if !c.merged {
				c.merged = true
				merged = append(merged, c)
			}
			c.mentions++
			if !c.sameDoc {
				c.art++
				c.sameDoc = true
			}
			c.date = store.MoreExact(c.date, m.Date)
		}
		of[i] = c
		res.Mentions++
	}

	// The rollups change as store/sqlite's do one record at a time: a new
	// event counts whole; a merged one adds its mentions, and moves to
	// another month when its date became more precise across one.
	roll := newRollup()
	for _, c := range fresh {
		roll.add(c.fresh)
	}
	for _, c := range merged {
		kn := &c.known
		if bucket(c.date) != bucket(kn.Date) {
			roll.month(kn, kn.Date, -1, -kn.Mentions, -kn.Goldstein)
			roll.month(kn, c.date, 1, kn.Mentions+c.mentions, kn.Goldstein)
		} else {
			roll.month(kn, c.date, 0, c.mentions, 0)
		}
		if c.date != kn.Date {
			roll.last(kn, c.date)
		}
	}

	// Round trip 2: row numbers, which merged events already have a
	// mention from this document's source, and the rollups' latest dates
	// (locked).
	b = &pgx.Batch{}
	roll.queueLock(b, false)
	var docRow int64
	b.Queue(`SELECT nextval(pg_get_serial_sequence('documents', 'rowid'))`).QueryRow(func(r pgx.Row) error { return r.Scan(&docRow) })
	if len(fresh) > 0 {
		b.Queue(`SELECT nextval(pg_get_serial_sequence('events', 'rowid')) FROM generate_series(1, $1)`, len(fresh)).
			Query(func(rows pgx.Rows) error {
				i := 0
				for rows.Next() {
					if err := rows.Scan(&fresh[i].row); err != nil {
						return err
					}
					i++
				}
				return rows.Err()
			})
	}
	sameSource := map[int64]bool{}
	if len(merged) > 0 {
		rowsOf := make([]int64, len(merged))
		for i, c := range merged {
			rowsOf[i] = c.row
		}
		b.Queue(`SELECT DISTINCT m.event FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE m.event = ANY($1) AND d.source = $2`,
			rowsOf, source).Query(func(rows pgx.Rows) error {
			for rows.Next() {
				var r int64
				if err := rows.Scan(&r); err != nil {
					return err
				}
				sameSource[r] = true
			}
			return rows.Err()
		})
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return res, err
	}

	// Round trip 3: every write.
	b = &pgx.Batch{}
	b.Queue(`INSERT INTO documents (rowid, id, hash, outlet, source, url, published, title, text, story, copy_of, sig)
		OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
		docRow, doc.ID, doc.Hash, doc.Outlet, source, doc.URL, doc.Published, doc.Title, doc.Text, res.Story, res.CopyOf, sigBytes(hasSig, &sig))
	if hasSig {
		b.Queue(`INSERT INTO doc_bands (band, key, doc) SELECT b, k, $3 FROM unnest($1::int[], $2::bigint[]) AS u(b, k)`, bandNo, bands[:], docRow)
	}
	for _, c := range fresh {
		b.Queue(`INSERT INTO events (rowid, `+eventCols+`) VALUES ($19, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
			append(eventArgs(c.fresh), c.row)...)
	}
	for _, c := range merged {
		b.Queue(`UPDATE events SET mentions = mentions + $1, articles = articles + $2, sources = sources + $3, date = $4,
			first_seen = CASE WHEN $5 <> '' AND (first_seen = '' OR $5 < first_seen) THEN $5 ELSE first_seen END,
			last_seen = CASE WHEN $5 > last_seen THEN $5 ELSE last_seen END
			WHERE rowid = $6`, c.mentions, c.art, b2i(!sameSource[c.row]), c.date, doc.Published, c.row)
	}
	if len(mentions) > 0 {
		ids, texts := make([]string, len(mentions)), make([]string, len(mentions))
		evRows := make([]int64, len(mentions))
		recs := make([]string, len(mentions))
		for i := range mentions {
			rec, err := json.Marshal(&mentions[i])
			if err != nil {
				return res, fmt.Errorf("record %d (%s): %w", i+1, mentions[i].ID, err)
			}
			ids[i], texts[i], evRows[i], recs[i] = mentions[i].ID, mentions[i].Text, of[i].row, string(rec)
		}
		// WITH ORDINALITY keeps the records' order in their row numbers.
		b.Queue(`INSERT INTO mentions (id, event, doc, record, text)
			SELECT id, ev, $3, rec::jsonb, txt FROM unnest($1::text[], $2::bigint[], $4::text[], $5::text[]) WITH ORDINALITY AS u(id, ev, rec, txt, n) ORDER BY n`,
			ids, evRows, docRow, recs, texts)
	}
	roll.queueWrites(b)
	return res, tx.SendBatch(ctx, b).Close()
}

func sigBytes(ok bool, sig *store.Signature) []byte {
	if !ok {
		return nil
	}
	return sig.Bytes()
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

const eventCols = `id, src, src_country, tgt, tgt_country, cameo, quad, goldstein, plover, negated, date, mentions, sources, articles, first_seen, last_seen, text, doc`

const insertEvent = `INSERT INTO events (` + eventCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`

func eventArgs(e *store.Event) []any {
	return []any{e.ID, e.Source, e.SourceCountry, e.Target, e.TargetCountry, e.Cameo, e.Quad, e.Goldstein, e.Plover,
		e.Negated, e.Date, e.Mentions, e.Sources, e.Articles, e.FirstSeen, e.LastSeen, e.Text, e.Doc}
}

func scanEvent(r pgx.Row) (store.Event, error) {
	var e store.Event
	err := r.Scan(&e.ID, &e.Source, &e.SourceCountry, &e.Target, &e.TargetCountry, &e.Cameo, &e.Quad, &e.Goldstein, &e.Plover,
		&e.Negated, &e.Date, &e.Mentions, &e.Sources, &e.Articles, &e.FirstSeen, &e.LastSeen, &e.Text, &e.Doc)
	return e, err
}

// PutEvents implements store.Store: one COPY and the rollups' upserts in
// one transaction.
func (s *Store) PutEvents(ctx context.Context, evs []store.Event) error {
	cols := strings.Split(eventCols, ", ")
	roll := newRollup()
	for i := range evs {
		roll.add(&evs[i])
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"events"}, cols, pgx.CopyFromSlice(len(evs), func(i int) ([]any, error) {
			return eventArgs(&evs[i]), nil
		}))
		if err != nil {
			return err
		}
		return roll.flush(ctx, tx)
	})
	return s.wrap(fmt.Sprintf("putting %d events", len(evs)), err)
}

// HasDocument implements store.Store.
func (s *Store) HasDocument(ctx context.Context, id string) (bool, error) {
	var ok bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE id = $1)`, id).Scan(&ok)
	return ok, s.wrap("looking up document "+id, err)
}

// Document implements store.Store.
func (s *Store) Document(ctx context.Context, id string) (store.Document, error) {
	var d store.Document
	err := s.pool.QueryRow(ctx, `SELECT id, hash, outlet, url, published, title, text, story FROM documents WHERE id = $1`, id).
		Scan(&d.ID, &d.Hash, &d.Outlet, &d.URL, &d.Published, &d.Title, &d.Text, &d.Story)
	if errors.Is(err, pgx.ErrNoRows) {
		return d, fmt.Errorf("document %q: %w", id, store.ErrNotFound)
	}
	return d, s.wrap("reading document "+id, err)
}

// Event implements store.Store.
func (s *Store) Event(ctx context.Context, id string) (store.Event, error) {
	e, err := scanEvent(s.pool.QueryRow(ctx, `SELECT `+eventCols+` FROM events WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return e, fmt.Errorf("event %q: %w", id, store.ErrNotFound)
	}
	return e, s.wrap(fmt.Sprintf("reading event %q", id), err)
}

// Mentions implements store.Store.
func (s *Store) Mentions(ctx context.Context, eventID string) ([]event.Event, error) {
	rows, err := s.pool.Query(ctx, `SELECT m.record FROM mentions m JOIN events e ON e.rowid = m.event WHERE e.id = $1 ORDER BY m.rowid`, eventID)
	if err != nil {
		return nil, s.wrap("reading mentions of "+eventID, err)
	}
	defer rows.Close()
	var out []event.Event
	for rows.Next() {
		var raw []byte
		if err := rows.Scan(&raw); err != nil {
			return nil, s.wrap("reading mentions of "+eventID, err)
		}
		var e event.Event
		if err := json.Unmarshal(raw, &e); err != nil {
			return nil, s.wrap("decoding a mention of "+eventID, err)
		}
		out = append(out, e)
	}
	return out, s.wrap("reading mentions of "+eventID, rows.Err())
}

// Stats implements store.Store.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(DISTINCT story) FROM documents),
		(SELECT count(*) FROM mentions), (SELECT count(*) FROM events)`).Scan(&st.Documents, &st.Stories, &st.Mentions, &st.Events)
	return st, s.wrap("counting", err)
}

// Search implements store.Store. The query is read as web-search syntax
// (words, "phrases", OR, -word), which covers the plain FTS5 queries dyad's
// commands pass; snippets mark matches with [ ] as the SQLite store does.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]store.Hit, error) {
	if limit <= 0 {
		limit = 20
	}
	rows, err := s.pool.Query(ctx, `SELECT id, title, ts_headline('english', text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…')
		FROM documents, websearch_to_tsquery('english', $1) AS q
		WHERE fts @@ q ORDER BY ts_rank(fts, q) DESC, rowid LIMIT $2`, query, limit)
	if err != nil {
		return nil, s.wrap(fmt.Sprintf("searching %q", query), err)
	}
	defer rows.Close()
	var out []store.Hit
	for rows.Next() {
		var h store.Hit
		if err := rows.Scan(&h.Doc, &h.Title, &h.Snippet); err != nil {
			return nil, s.wrap(fmt.Sprintf("searching %q", query), err)
		}
		out = append(out, h)
	}
	return out, s.wrap(fmt.Sprintf("searching %q", query), rows.Err())
}
