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

// AddDocument implements store.Store.
func (s *Store) AddDocument(ctx context.Context, doc store.Document, mentions []event.Event) (store.Result, error) {
	if doc.ID == "" {
		return store.Result{}, errors.New("document without an id")
	}
	if doc.Hash == "" {
		doc.Hash = store.ContentHash(doc.Text)
	}
	sig, hasSig := store.MinHash(doc.Text)
	var bands [store.Bands]int64
	locks := []int64{lockKey("doc", doc.ID), lockKey("hash", doc.Hash)}
	if hasSig {
		bands = sig.BandKeys()
		for b, k := range bands {
			locks = append(locks, lockKey("band", fmt.Sprint(b, k)))
		}
	}
	for i := range mentions {
		locks = append(locks, mergeLock(store.KeyOf(&mentions[i])))
	}
	slices.Sort(locks)
	locks = slices.Compact(locks)

	var res store.Result
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// unnest yields the keys in array order, so the locks are taken in
		// sorted order by every writer.
		if _, err := tx.Exec(ctx, `SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k`, locks); err != nil {
			return err
		}
		var err error
		res, err = s.addDocument(ctx, tx, doc, mentions, hasSig, &sig, &bands)
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

func (s *Store) addDocument(ctx context.Context, tx pgx.Tx, doc store.Document, mentions []event.Event,
	hasSig bool, sig *store.Signature, bands *[store.Bands]int64) (store.Result, error) {
	var existing string
	err := tx.QueryRow(ctx, `SELECT id FROM documents WHERE id = $1`, doc.ID).Scan(&existing)
	if err == nil {
		return store.Result{Existing: existing}, nil
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return store.Result{}, err
	}
	err = tx.QueryRow(ctx, `SELECT id FROM documents WHERE hash = $1 ORDER BY rowid LIMIT 1`, doc.Hash).Scan(&existing)
	if err == nil {
		return store.Result{Existing: existing}, nil
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return store.Result{}, err
	}

	res := store.Result{Added: true, Story: doc.ID}
	var sigBytes []byte
	bandNo := make([]int32, store.Bands)
	for b := range bandNo {
		bandNo[b] = int32(b)
	}
	if hasSig {
		sigBytes = sig.Bytes()
		copyOf, story, err := nearest(ctx, tx, sig, bandNo, bands[:])
		if err != nil {
			return res, err
		}
		if copyOf != "" {
			res.CopyOf, res.Story = copyOf, story
		}
	}
	source := store.SourceKey(doc.Outlet, doc.URL)
	var docRow int64
	err = tx.QueryRow(ctx, `INSERT INTO documents (id, hash, outlet, source, url, published, title, text, story, copy_of, sig)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING rowid`,
		doc.ID, doc.Hash, doc.Outlet, source, doc.URL, doc.Published, doc.Title, doc.Text, res.Story, res.CopyOf, sigBytes).Scan(&docRow)
	if err != nil {
		return res, err
	}
	if hasSig {
		if _, err := tx.Exec(ctx, `INSERT INTO doc_bands (band, key, doc) SELECT b, k, $3 FROM unnest($1::int[], $2::bigint[]) AS u(b, k)`,
			bandNo, bands[:], docRow); err != nil {
			return res, err
		}
	}
	for i := range mentions {
		isNew, err := addMention(ctx, tx, &mentions[i], docRow, doc.Published, source)
		if err != nil {
			return res, fmt.Errorf("record %d (%s): %w", i+1, mentions[i].ID, err)
		}
		res.Mentions++
		if isNew {
			res.NewEvents++
		}
	}
	return res, nil
}

// nearest finds the stored document most similar to sig among those sharing
// a band, if it is similar enough to be a copy.
func nearest(ctx context.Context, tx pgx.Tx, sig *store.Signature, bandNo []int32, keys []int64) (copyOf, story string, err error) {
	rows, err := tx.Query(ctx, `SELECT d.id, d.story, d.sig FROM documents d WHERE d.rowid IN
		(SELECT b.doc FROM doc_bands b JOIN unnest($1::int[], $2::bigint[]) AS u(band, key) ON b.band = u.band AND b.key = u.key)`,
		bandNo, keys)
	if err != nil {
		return "", "", err
	}
	defer rows.Close()
	best := 0.0
	for rows.Next() {
		var id, st string
		var raw []byte
		if err := rows.Scan(&id, &st, &raw); err != nil {
			return "", "", err
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
	return copyOf, story, rows.Err()
}

// addMention stores one record, merging it into a known event of the same
// act or starting a new one.
func addMention(ctx context.Context, tx pgx.Tx, m *event.Event, docRow int64, published, source string) (isNew bool, err error) {
	k := store.KeyOf(m)
	rows, err := tx.Query(ctx, `SELECT rowid, date FROM events WHERE src = $1 AND tgt = $2 AND cameo = $3 AND negated = $4 ORDER BY rowid`,
		k.Source, k.Target, k.Cameo, k.Negated)
	if err != nil {
		return false, err
	}
	var evRow int64 = -1
	var evDate string
	for rows.Next() {
		var r int64
		var d string
		if err := rows.Scan(&r, &d); err != nil {
			rows.Close()
			return false, err
		}
		// An equal date wins over a merely compatible one.
		if d == m.Date {
			evRow, evDate = r, d
			break
		}
		if evRow < 0 && store.CompatibleDates(d, m.Date) {
			evRow, evDate = r, d
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return false, err
	}
	if evRow < 0 {
		ev := store.NewEvent(m, published)
		if err := tx.QueryRow(ctx, insertEvent+` RETURNING rowid`, eventArgs(&ev)...).Scan(&evRow); err != nil {
			return false, err
		}
		isNew = true
	} else {
		var sameDoc, sameSource bool
		if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM mentions WHERE event = $1 AND doc = $2),
			EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE m.event = $1 AND d.source = $3)`,
			evRow, docRow, source).Scan(&sameDoc, &sameSource); err != nil {
			return false, err
		}
		_, err := tx.Exec(ctx, `UPDATE events SET mentions = mentions + 1, articles = articles + $1, sources = sources + $2, date = $3,
			first_seen = CASE WHEN $4 <> '' AND (first_seen = '' OR $4 < first_seen) THEN $4 ELSE first_seen END,
			last_seen = CASE WHEN $4 > last_seen THEN $4 ELSE last_seen END
			WHERE rowid = $5`,
			b2i(!sameDoc), b2i(!sameSource), store.MoreExact(evDate, m.Date), published, evRow)
		if err != nil {
			return false, err
		}
	}
	rec, err := json.Marshal(m)
	if err != nil {
		return false, err
	}
	_, err = tx.Exec(ctx, `INSERT INTO mentions (id, event, doc, record, text) VALUES ($1, $2, $3, $4, $5)`, m.ID, evRow, docRow, rec, m.Text)
	return isNew, err
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

// PutEvents implements store.Store: one COPY in one transaction.
func (s *Store) PutEvents(ctx context.Context, evs []store.Event) error {
	cols := strings.Split(eventCols, ", ")
	_, err := s.pool.CopyFrom(ctx, pgx.Identifier{"events"}, cols, pgx.CopyFromSlice(len(evs), func(i int) ([]any, error) {
		return eventArgs(&evs[i]), nil
	}))
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
