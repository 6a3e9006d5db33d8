package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// ApplicationID marks a database file as dyad's ("dyad" in ASCII), so that
// dyad never writes into another program's SQLite file.
const ApplicationID = 0x64796164

// migrations are applied in order; user_version holds how many have run.
// Append new steps, never edit an old one: files in the field are at every
// version.
var migrations = []migration{
	// 1: documents, near-duplicate bands, events, mentions, full-text search.
	{sql: `
CREATE TABLE documents (
	rowid     INTEGER PRIMARY KEY,
	id        TEXT NOT NULL UNIQUE,
	hash      TEXT NOT NULL,
	outlet    TEXT NOT NULL,
	source    TEXT NOT NULL, -- store.SourceKey: what counts as one source
	url       TEXT NOT NULL,
	published TEXT NOT NULL,
	title     TEXT NOT NULL,
	text      TEXT NOT NULL,
	story     TEXT NOT NULL, -- id of the story's first document
	copy_of   TEXT NOT NULL, -- the near duplicate it was matched to, or ''
	sig       BLOB           -- MinHash signature, NULL for very short texts
);
CREATE INDEX documents_hash ON documents(hash);
CREATE INDEX documents_story ON documents(story);

CREATE TABLE doc_bands (
	band INTEGER NOT NULL,
	key  INTEGER NOT NULL,
	doc  INTEGER NOT NULL REFERENCES documents(rowid),
	PRIMARY KEY (band, key, doc)
) WITHOUT ROWID;

CREATE TABLE events (
	rowid       INTEGER PRIMARY KEY,
	id          TEXT NOT NULL UNIQUE,
	src         TEXT NOT NULL,
	src_country TEXT NOT NULL,
	tgt         TEXT NOT NULL,
	tgt_country TEXT NOT NULL,
	cameo       TEXT NOT NULL,
	quad        INTEGER NOT NULL,
	goldstein   REAL NOT NULL,
	plover      TEXT NOT NULL,
	negated     INTEGER NOT NULL,
	date        TEXT NOT NULL,
	mentions    INTEGER NOT NULL,
	sources     INTEGER NOT NULL,
	articles    INTEGER NOT NULL,
	first_seen  TEXT NOT NULL,
	last_seen   TEXT NOT NULL,
	text        TEXT NOT NULL,
	doc         TEXT NOT NULL
);
-- Merging looks mentions up by their key.
CREATE INDEX events_key ON events(src, tgt, cameo, negated, date);
-- Dyad and actor queries by country: covering for the monthly series, the
-- latest-per-code scan and the busiest-dyad counts, so they never touch
-- the table rows.
CREATE INDEX events_sc ON events(src_country, tgt_country, date, quad, goldstein, mentions, cameo);
CREATE INDEX events_tc ON events(tgt_country, src_country, date, quad, goldstein, mentions, cameo);
-- Full actor codes as target; as source events_key serves.
CREATE INDEX events_tgt ON events(tgt, date);
CREATE INDEX events_date ON events(date);

CREATE TABLE mentions (
	rowid  INTEGER PRIMARY KEY,
	id     TEXT NOT NULL,
	event  INTEGER NOT NULL REFERENCES events(rowid),
	doc    INTEGER NOT NULL REFERENCES documents(rowid),
	record TEXT NOT NULL, -- the schema-1 record as JSON
	text   TEXT NOT NULL
);
CREATE INDEX mentions_event ON mentions(event, doc);
CREATE INDEX mentions_doc ON mentions(doc);

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
CREATE VIRTUAL TABLE evidence_fts USING fts5(text, content='mentions', content_rowid='rowid');
`},
	// 2: rollups by country dyad, so relations need not read every event of
	// a busy dyad: counts by month and QuadClass, and the latest two dates
	// of each CAMEO code. Filled from the events already stored.
	{sql: `
CREATE TABLE dyad_month (
	kind        TEXT NOT NULL, -- 'c': src and tgt are countries; 'a': full actor codes
	src         TEXT NOT NULL,
	tgt         TEXT NOT NULL,
	month       TEXT NOT NULL, -- the event date cut to the month: "2024-09", or "2024" when only the year is known
	quad        INTEGER NOT NULL,
	src_country TEXT NOT NULL,
	tgt_country TEXT NOT NULL,
	events      INTEGER NOT NULL,
	mentions    INTEGER NOT NULL,
	goldstein   REAL NOT NULL, -- sum over events
	PRIMARY KEY (kind, src, tgt, month, quad)
) WITHOUT ROWID;
CREATE INDEX dyad_month_tgt ON dyad_month(kind, tgt, src, month);

CREATE TABLE dyad_last (
	kind  TEXT NOT NULL,
	src   TEXT NOT NULL,
	tgt   TEXT NOT NULL,
	cameo TEXT NOT NULL,
	date  TEXT NOT NULL,
	prev  TEXT NOT NULL,
	event TEXT NOT NULL, -- id of the event on date
	PRIMARY KEY (kind, src, tgt, cameo)
) WITHOUT ROWID;
CREATE INDEX dyad_last_tgt ON dyad_last(kind, tgt, src);

-- An actor's latest events, newest first, without sorting all of them.
CREATE INDEX events_sd ON events(src_country, date);
CREATE INDEX events_td ON events(tgt_country, date);
`, fn: fillRollups},
	// 3: an actor's rollups as target read from the index alone; events
	// between two actor codes found by both codes in either direction.
	{sql: `
DROP INDEX dyad_month_tgt;
CREATE INDEX dyad_month_tgt ON dyad_month(kind, tgt, src, month, quad, src_country, tgt_country, events, mentions, goldstein);
DROP INDEX events_tgt;
CREATE INDEX events_tgt ON events(tgt, src, date);
`},
	// 4: totals per dyad, for the busiest dyads and an actor's partners.
	{sql: `
CREATE TABLE dyad_total (
	kind        TEXT NOT NULL,
	src         TEXT NOT NULL,
	tgt         TEXT NOT NULL,
	src_country TEXT NOT NULL,
	tgt_country TEXT NOT NULL,
	events      INTEGER NOT NULL,
	mentions    INTEGER NOT NULL,
	goldstein   REAL NOT NULL,
	PRIMARY KEY (kind, src, tgt)
) WITHOUT ROWID;
CREATE INDEX dyad_total_tgt ON dyad_total(kind, tgt, src, src_country, tgt_country, events, mentions, goldstein);
INSERT INTO dyad_total SELECT kind, src, tgt, max(src_country), max(tgt_country), sum(events), sum(mentions), sum(goldstein)
	FROM dyad_month GROUP BY kind, src, tgt;
`},
	// 5: monthly counts per actor (either side, once), for one actor's
	// series without adding up all its dyads.
	{sql: `
CREATE TABLE actor_month (
	kind      TEXT NOT NULL,
	actor     TEXT NOT NULL,
	month     TEXT NOT NULL,
	quad      INTEGER NOT NULL,
	events    INTEGER NOT NULL,
	mentions  INTEGER NOT NULL,
	goldstein REAL NOT NULL,
	PRIMARY KEY (kind, actor, month, quad)
) WITHOUT ROWID;
INSERT INTO actor_month SELECT kind, actor, month, quad, sum(events), sum(mentions), sum(goldstein) FROM (
	SELECT kind, src AS actor, month, quad, events, mentions, goldstein FROM dyad_month
	UNION ALL
	SELECT kind, tgt, month, quad, events, mentions, goldstein FROM dyad_month WHERE tgt <> src
) GROUP BY kind, actor, month, quad;
`},
	// 6: event lists newest first (date DESC, id DESC) read in index order
	// for every shape of actor selection, so that a page stops after its
	// LIMIT rows instead of sorting every matching event; the id breaks
	// ties between events of one date.
	{sql: `
DROP INDEX events_date;
CREATE INDEX events_date ON events(date, id);
DROP INDEX events_sd;
CREATE INDEX events_sd ON events(src_country, date, id);
DROP INDEX events_td;
CREATE INDEX events_td ON events(tgt_country, date, id);
CREATE INDEX events_scd ON events(src_country, tgt_country, date, id);
CREATE INDEX events_src ON events(src, date, id);
CREATE INDEX events_tgtd ON events(tgt, date, id);
DROP INDEX events_tgt;
CREATE INDEX events_tgt ON events(tgt, src, date, id);
`},
	// 7: the QuadClass and CAMEO code in the event-list indexes too, so a
	// filter on them ("root 19", "quad 4") skips the rows it rejects in
	// the index instead of reading each from the table.
	{sql: `
DROP INDEX events_date;
CREATE INDEX events_date ON events(date, id, quad, cameo);
DROP INDEX events_sd;
CREATE INDEX events_sd ON events(src_country, date, id, quad, cameo);
DROP INDEX events_td;
CREATE INDEX events_td ON events(tgt_country, date, id, quad, cameo);
DROP INDEX events_scd;
CREATE INDEX events_scd ON events(src_country, tgt_country, date, id, quad, cameo);
DROP INDEX events_src;
CREATE INDEX events_src ON events(src, date, id, quad, cameo);
DROP INDEX events_tgtd;
CREATE INDEX events_tgtd ON events(tgt, date, id, quad, cameo);
DROP INDEX events_tgt;
CREATE INDEX events_tgt ON events(tgt, src, date, id, quad, cameo);
`},
	// 8: the server's records (store.Tokens, store.Feeds): the hashes of its
	// API write tokens, its feeds and the items taken from them. Older
	// dyad serve made these very tables itself in the same file, with these
	// columns: a file that has them keeps them, rows and all (IF NOT
	// EXISTS), and checkServeTables makes sure they have the columns the
	// store reads.
	{sql: `
CREATE TABLE IF NOT EXISTS serve_tokens (hash TEXT PRIMARY KEY, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS feeds (
	id            INTEGER PRIMARY KEY,
	url           TEXT NOT NULL UNIQUE,
	title         TEXT NOT NULL DEFAULT '',
	added         TEXT NOT NULL,
	polled        TEXT NOT NULL DEFAULT '',
	error         TEXT NOT NULL DEFAULT '',
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS feed_items (
	feed INTEGER NOT NULL,
	guid TEXT NOT NULL,
	url  TEXT NOT NULL,
	doc  TEXT NOT NULL,
	seen TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS feed_items_guid ON feed_items(guid);
CREATE INDEX IF NOT EXISTS feed_items_url ON feed_items(url);
-- A feed's item count without reading every item.
CREATE INDEX IF NOT EXISTS feed_items_feed ON feed_items(feed);
`, fn: checkServeTables},
	// 9: events of one PLOVER type newest first (Query.Plover with no
	// actor): walked in (date, id) order within the type, so a page of a
	// rare type stops after its LIMIT rows instead of reading every event
	// of the date index to test its type. The QuadClass and CAMEO code
	// filter in the index as in step 7; the countries, mentions and
	// Goldstein score make the type's series, busiest dyads and latest
	// codes read the index alone.
	{sql: `
CREATE INDEX events_plover ON events(plover, date, id, quad, cameo, src_country, tgt_country, mentions, goldstein);
`},
}

// checkServeTables makes sure the server tables a file already had (made by
// an older dyad serve) have every column the store reads: a file with some
// other shape fails to migrate, untouched, rather than losing rows.
func checkServeTables(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{
		`SELECT hash, created FROM serve_tokens LIMIT 0`,
		`SELECT id, url, title, added, polled, error, etag, last_modified FROM feeds LIMIT 0`,
		`SELECT feed, guid, url, doc, seen FROM feed_items LIMIT 0`,
	} {
		rows, err := tx.QueryContext(ctx, q)
		if err != nil {
			return fmt.Errorf("the server tables already in the file are not the ones dyad serve made (%s): %w", q, err)
		}
		rows.Close()
	}
	return nil
}

// migration is one schema step: SQL, then optionally Go (data moves).
type migration struct {
	sql string
	fn  func(ctx context.Context, tx *sql.Tx) error
}
