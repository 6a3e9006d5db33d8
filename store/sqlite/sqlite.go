// Package sqlite is dyad's embedded event store: one SQLite file in WAL
// mode (pure Go, modernc.org/sqlite), implementing store.Store.
package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/store"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Store is a store.Store on one SQLite file.
type Store struct {
	db    *sql.DB
	path  string
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
	// noRollup makes queries read the events table only (tests compare
	// both ways).
	noRollup bool
}

var _ store.Store = (*Store)(nil)

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// checkFile refuses a file that is not an SQLite database, or is another
// program's, before SQLite opens it: opening in WAL mode would write to it.
// It returns whether the file is new (missing or empty).
func checkFile(path string) (fresh bool, err error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return false, err
	}
	if st.IsDir() {
		return false, fmt.Errorf("%s is a directory, not a dyad database", path)
	}
	if st.Size() == 0 {
		return true, nil
	}
	hdr := make([]byte, 100)
	if _, err := io.ReadFull(f, hdr); err != nil || !bytes.Equal(hdr[:16], sqliteMagic) {
		return false, fmt.Errorf("%s is not a dyad database (not an SQLite file, or corrupt); it was left untouched", path)
	}
	// The header's application id may still be 0 when the migration that
	// set it sits in the write-ahead log; checkSchema looks again through
	// SQLite.
	if id := binary.BigEndian.Uint32(hdr[68:72]); id != 0 && id != ApplicationID {
		return false, fmt.Errorf("%s is an SQLite database of another program (application id %#x), not dyad's; it was left untouched", path, id)
	}
	return false, nil
}

// Open opens (creating if needed) the store in the file at path and brings
// its schema up to date. A file that is not dyad's gives an error naming it,
// and is not modified.
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("no database file given")
	}
	fresh, err := checkFile(path)
	if err != nil {
		return nil, err
	}
	u := url.URL{Scheme: "file", Opaque: path}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate")
	u.RawQuery = q.Encode()
	db, err := sql.Open("sqlite", u.String())
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	// database/sql keeps 2 idle connections by default: a server under
	// tens of clients then opened a connection for most queries, each
	// reading the schema again and starting with an empty page cache.
	db.SetMaxIdleConns(32)
	db.SetConnMaxIdleTime(5 * time.Minute)
	s := &Store{db: db, path: path}
	if !fresh {
		if err := s.checkSchema(); err != nil {
			db.Close()
			return nil, err
		}
	}
	if _, err := db.Exec("PRAGMA journal_mode=WAL"); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// checkSchema reads (never writes) the application id and schema version.
func (s *Store) checkSchema() error {
	var appID, version, tables int
	err := s.db.QueryRow("PRAGMA application_id").Scan(&appID)
	if err == nil {
		err = s.db.QueryRow("PRAGMA user_version").Scan(&version)
	}
	if err == nil {
		err = s.db.QueryRow("SELECT count(*) FROM sqlite_schema").Scan(&tables)
	}
	if err != nil {
		return fmt.Errorf("%s is not a readable dyad database (%v); it was left untouched", s.path, err)
	}
	switch {
	case appID == 0 && tables == 0:
		return nil // an empty SQLite file: ours to set up
	case appID != ApplicationID:
		return fmt.Errorf("%s is an SQLite database of another program (application id %#x, %d schema objects), not dyad's; it was left untouched", s.path, appID, tables)
	case version > len(migrations):
		return fmt.Errorf("%s has schema version %d, newer than this dyad knows (%d): upgrade dyad", s.path, version, len(migrations))
	}
	return nil
}

func (s *Store) migrate() error {
	ctx := context.Background()
	for {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migrating %s: %w", s.path, err)
		}
		var version int
		if err := tx.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrating %s: %w", s.path, err)
		}
		if version >= len(migrations) {
			return tx.Rollback()
		}
		m := migrations[version]
		stmts := m.sql + fmt.Sprintf("\nPRAGMA application_id = %d;\nPRAGMA user_version = %d;", ApplicationID, version+1)
		if _, err := tx.Exec(stmts); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrating %s to schema %d: %w", s.path, version+1, err)
		}
		if m.fn != nil {
			if err := m.fn(ctx, tx); err != nil {
				tx.Rollback()
				return fmt.Errorf("migrating %s to schema %d: %w", s.path, version+1, err)
			}
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migrating %s to schema %d: %w", s.path, version+1, err)
		}
	}
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// DB exposes the connection pool for diagnostics (EXPLAIN QUERY PLAN).
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the database.
func (s *Store) Close() error {
	s.mu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.mu.Unlock()
	return s.db.Close()
}

func (s *Store) wrap(what string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %s: %w", s.path, what, err)
}

// AddDocument implements store.Store.
func (s *Store) AddDocument(ctx context.Context, doc store.Document, mentions []event.Event) (store.Result, error) {
	if doc.ID == "" {
		return store.Result{}, errors.New("document without an id")
	}
	if doc.Hash == "" {
		doc.Hash = store.ContentHash(doc.Text)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return store.Result{}, s.wrap("adding document "+doc.ID, err)
	}
	res, err := s.addDocument(ctx, tx, doc, mentions)
	if err != nil {
		tx.Rollback()
		return store.Result{}, s.wrap("adding document "+doc.ID, err)
	}
	if !res.Added {
		return res, s.wrap("adding document "+doc.ID, tx.Rollback())
	}
	return res, s.wrap("adding document "+doc.ID, tx.Commit())
}

func (s *Store) addDocument(ctx context.Context, sqlTx *sql.Tx, doc store.Document, mentions []event.Event) (store.Result, error) {
	tx := &stmtTx{s: s, tx: sqlTx}
	var existing string
	err := tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE id = ?`, doc.ID).Scan(&existing)
	if err == nil {
		return store.Result{Existing: existing}, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return store.Result{}, err
	}
	err = tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE hash = ? LIMIT 1`, doc.Hash).Scan(&existing)
	if err == nil {
		return store.Result{Existing: existing}, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return store.Result{}, err
	}

	res := store.Result{Added: true, Story: doc.ID}
	sig, hasSig := store.MinHash(doc.Text)
	var bands [store.Bands]int64
	var sigBytes []byte
	if hasSig {
		bands = sig.BandKeys()
		sigBytes = sig.Bytes()
		copyOf, story, err := nearest(ctx, tx, &sig, &bands)
		if err != nil {
			return res, err
		}
		if copyOf != "" {
			res.CopyOf, res.Story = copyOf, story
		}
	}
	source := store.SourceKey(doc.Outlet, doc.URL)
	r, err := tx.ExecContext(ctx, `INSERT INTO documents (id, hash, outlet, source, url, published, title, text, story, copy_of, sig)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		doc.ID, doc.Hash, doc.Outlet, source, doc.URL, doc.Published, doc.Title, doc.Text, res.Story, res.CopyOf, sigBytes)
	if err != nil {
		return res, err
	}
	docRow, err := r.LastInsertId()
	if err != nil {
		return res, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)`, docRow, doc.Title, doc.Text); err != nil {
		return res, err
	}
	if hasSig {
		args := make([]any, 0, 3*store.Bands)
		for b, k := range bands {
			args = append(args, b, k, docRow)
		}
		if _, err := tx.ExecContext(ctx, insertBands, args...); err != nil {
			return res, err
		}
	}
	for i := range mentions {
		isNew, err := s.addMention(ctx, tx, &mentions[i], docRow, doc.Published, source)
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
func nearest(ctx context.Context, tx *stmtTx, sig *store.Signature, bands *[store.Bands]int64) (copyOf, story string, err error) {
	args := make([]any, 0, 2*store.Bands)
	for b, k := range bands {
		args = append(args, b, k)
	}
	rows, err := tx.QueryContext(ctx, lookupBands, args...)
	if err != nil {
		return "", "", err
	}
	var cand []int64
	for rows.Next() {
		var d int64
		if err := rows.Scan(&d); err != nil {
			rows.Close()
			return "", "", err
		}
		cand = append(cand, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return "", "", err
	}
	best := 0.0
	for _, d := range cand {
		var id, st string
		var raw []byte
		if err := tx.QueryRowContext(ctx, `SELECT id, story, sig FROM documents WHERE rowid = ?`, d).Scan(&id, &st, &raw); err != nil {
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
	return copyOf, story, nil
}

// addMention stores one record, merging it into a known event of the same
// act or starting a new one.
func (s *Store) addMention(ctx context.Context, tx *stmtTx, m *event.Event, docRow int64, published, source string) (isNew bool, err error) {
	k := store.KeyOf(m)
	rows, err := tx.QueryContext(ctx, `SELECT rowid, `+eventCols+` FROM events WHERE src = ? AND tgt = ? AND cameo = ? AND negated = ? ORDER BY rowid`,
		k.Source, k.Target, k.Cameo, k.Negated)
	if err != nil {
		return false, err
	}
	var evRow int64 = -1
	var known store.Event
	for rows.Next() {
		var r int64
		var e store.Event
		if err := rows.Scan(append([]any{&r}, eventDest(&e)...)...); err != nil {
			rows.Close()
			return false, err
		}
		// An equal date wins over a merely compatible one.
		if e.Date == m.Date {
			evRow, known = r, e
			break
		}
		if evRow < 0 && store.CompatibleDates(e.Date, m.Date) {
			evRow, known = r, e
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return false, err
	}
	roll := newRollup()
	if evRow < 0 {
		ev := store.NewEvent(m, published)
		r, err := tx.ExecContext(ctx, insertEvent, eventArgs(&ev)...)
		if err != nil {
			return false, err
		}
		if evRow, err = r.LastInsertId(); err != nil {
			return false, err
		}
		roll.add(&ev)
		isNew = true
	} else {
		var sameDoc, sameSource bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM mentions WHERE event = ? AND doc = ?)`, evRow, docRow).Scan(&sameDoc); err != nil {
			return false, err
		}
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE m.event = ? AND d.source = ?)`,
			evRow, source).Scan(&sameSource); err != nil {
			return false, err
		}
		date := store.MoreExact(known.Date, m.Date)
		_, err := tx.ExecContext(ctx, `UPDATE events SET mentions = mentions + 1, articles = articles + ?, sources = sources + ?, date = ?,
			first_seen = CASE WHEN ? <> '' AND (first_seen = '' OR ? < first_seen) THEN ? ELSE first_seen END,
			last_seen = CASE WHEN ? > last_seen THEN ? ELSE last_seen END
			WHERE rowid = ?`,
			b2i(!sameDoc), b2i(!sameSource), date,
			published, published, published, published, published, evRow)
		if err != nil {
			return false, err
		}
		// Move the event's contribution when its date became more precise
		// in another month ("2024" -> "2024-03-02"), else add the mention.
		if bucket(date) != bucket(known.Date) {
			roll.month(&known, known.Date, -1, -known.Mentions, -known.Goldstein)
			roll.month(&known, date, 1, known.Mentions+1, known.Goldstein)
		} else {
			roll.month(&known, date, 0, 1, 0)
		}
		if date != known.Date {
			roll.last(&known, date)
		}
	}
	if err := roll.flush(ctx, tx); err != nil {
		return false, err
	}
	rec, err := json.Marshal(m)
	if err != nil {
		return false, err
	}
	r, err := tx.ExecContext(ctx, `INSERT INTO mentions (id, event, doc, record, text) VALUES (?, ?, ?, ?, ?)`, m.ID, evRow, docRow, rec, m.Text)
	if err != nil {
		return false, err
	}
	mRow, err := r.LastInsertId()
	if err != nil {
		return false, err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO evidence_fts (rowid, text) VALUES (?, ?)`, mRow, m.Text)
	return isNew, err
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Statements of AddDocument with many parameters, built once.
var (
	insertBands = "INSERT INTO doc_bands (band, key, doc) VALUES " + strings.TrimSuffix(strings.Repeat("(?, ?, ?), ", store.Bands), ", ")
	lookupBands = strings.TrimSuffix(strings.Repeat("SELECT doc FROM doc_bands WHERE band = ? AND key = ? UNION ", store.Bands), " UNION ")
)

// stmtTx runs statements in a transaction through the store's cache of
// prepared statements: SQLite's parser was a third of ingest's time.
type stmtTx struct {
	s  *Store
	tx *sql.Tx
}

func (s *Store) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st, ok := s.stmts[query]; ok {
		return st, nil
	}
	st, err := s.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if s.stmts == nil {
		s.stmts = map[string]*sql.Stmt{}
	}
	s.stmts[query] = st
	return st, nil
}

func (t *stmtTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := t.s.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return t.tx.StmtContext(ctx, st).ExecContext(ctx, args...)
}

func (t *stmtTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := t.s.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return t.tx.StmtContext(ctx, st).QueryContext(ctx, args...)
}

type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }

func (t *stmtTx) QueryRowContext(ctx context.Context, query string, args ...any) scanner {
	st, err := t.s.prepared(ctx, query)
	if err != nil {
		return errRow{err}
	}
	return t.tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
}

const eventCols = `id, src, src_country, tgt, tgt_country, cameo, quad, goldstein, plover, negated, date, mentions, sources, articles, first_seen, last_seen, text, doc`

const insertEvent = `INSERT INTO events (` + eventCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

func eventArgs(e *store.Event) []any {
	return []any{e.ID, e.Source, e.SourceCountry, e.Target, e.TargetCountry, e.Cameo, e.Quad, e.Goldstein, e.Plover,
		e.Negated, e.Date, e.Mentions, e.Sources, e.Articles, e.FirstSeen, e.LastSeen, e.Text, e.Doc}
}

type scanner interface{ Scan(...any) error }

func eventDest(e *store.Event) []any {
	return []any{&e.ID, &e.Source, &e.SourceCountry, &e.Target, &e.TargetCountry, &e.Cameo, &e.Quad, &e.Goldstein, &e.Plover,
		&e.Negated, &e.Date, &e.Mentions, &e.Sources, &e.Articles, &e.FirstSeen, &e.LastSeen, &e.Text, &e.Doc}
}

func scanEvent(r scanner) (store.Event, error) {
	var e store.Event
	err := r.Scan(eventDest(&e)...)
	return e, err
}

// PutEvents implements store.Store.
func (s *Store) PutEvents(ctx context.Context, evs []store.Event) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.wrap("putting events", err)
	}
	st, err := tx.PrepareContext(ctx, insertEvent)
	if err != nil {
		tx.Rollback()
		return s.wrap("putting events", err)
	}
	roll := newRollup()
	for i := range evs {
		if _, err := st.ExecContext(ctx, eventArgs(&evs[i])...); err != nil {
			tx.Rollback()
			return s.wrap(fmt.Sprintf("putting event %s", evs[i].ID), err)
		}
		roll.add(&evs[i])
	}
	st.Close()
	if err := roll.flush(ctx, plainTx{tx}); err != nil {
		tx.Rollback()
		return s.wrap("putting events", err)
	}
	return s.wrap("putting events", tx.Commit())
}

// HasDocument implements store.Store.
func (s *Store) HasDocument(ctx context.Context, id string) (bool, error) {
	var ok bool
	err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE id = ?)`, id).Scan(&ok)
	return ok, s.wrap("looking up document "+id, err)
}

// Document implements store.Store.
func (s *Store) Document(ctx context.Context, id string) (store.Document, error) {
	var d store.Document
	err := s.db.QueryRowContext(ctx, `SELECT id, hash, outlet, url, published, title, text, story FROM documents WHERE id = ?`, id).
		Scan(&d.ID, &d.Hash, &d.Outlet, &d.URL, &d.Published, &d.Title, &d.Text, &d.Story)
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("document %q: %w", id, store.ErrNotFound)
	}
	return d, s.wrap("reading document "+id, err)
}

// Event implements store.Store.
func (s *Store) Event(ctx context.Context, id string) (store.Event, error) {
	e, err := scanEvent(s.db.QueryRowContext(ctx, `SELECT `+eventCols+` FROM events WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("event %q: %w", id, store.ErrNotFound)
	}
	return e, s.wrap(fmt.Sprintf("reading event %q", id), err)
}

// Mentions implements store.Store.
func (s *Store) Mentions(ctx context.Context, eventID string) ([]event.Event, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT m.record FROM mentions m JOIN events e ON e.rowid = m.event WHERE e.id = ? ORDER BY m.rowid`, eventID)
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
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(DISTINCT story) FROM documents),
		(SELECT count(*) FROM mentions), (SELECT count(*) FROM events)`).Scan(&st.Documents, &st.Stories, &st.Mentions, &st.Events)
	return st, s.wrap("counting", err)
}

// Search implements store.Store.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]store.Hit, error) {
	if limit <= 0 {
		limit = 20
	}
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, d.title, snippet(documents_fts, 1, '[', ']', '…', 12)
		FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
		WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`, query, limit)
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
