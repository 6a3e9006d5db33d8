// Package store is dyad's event store: the documents it has read, the
// schema-1 event records coded from them (mentions) and the merged facts
// (events) that mentions of the same act across stories collapse into.
//
// Store is the interface every backend implements (store/sqlite is the
// embedded default; a PostgreSQL backend implements the same interface and
// runs the same suite, store/storetest). The merge and deduplication rules
// live here, as plain functions, so that every backend applies the same ones.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/event"
)

// Document is one stored article.
type Document struct {
	ID        string
	Hash      string // ContentHash of Text
	Outlet    string
	URL       string
	Published string // ISO 8601, "" when unknown
	Title     string
	Text      string
	// Story is the id of the first document of the story this one is a copy
	// of (exact or near duplicate); its own ID when it is an original.
	Story string
}

// Result tells what AddDocument did.
type Result struct {
	// Added is false when the document was already stored: the same id, or
	// the same content under another id (Existing names it). Nothing was
	// written then.
	Added    bool
	Existing string
	// Story is the story the document belongs to; CopyOf is set when it is a
	// near duplicate of a stored document (a wire copy with small edits).
	Story  string
	CopyOf string
	// Mentions is the number of records stored, NewEvents how many of them
	// started a new event (the rest merged into known ones).
	Mentions  int
	NewEvents int
}

// Event is a merged fact: every mention of the same act (same source and
// target codes, CAMEO code and negation, compatible dates) across stories,
// with GDELT-style counts.
type Event struct {
	ID            string  `json:"id"`
	Source        string  `json:"source"` // actor code, "" when the record had none
	SourceCountry string  `json:"source_country"`
	Target        string  `json:"target"`
	TargetCountry string  `json:"target_country"`
	Cameo         string  `json:"cameo"`
	Quad          int     `json:"quad"`
	Goldstein     float64 `json:"goldstein"`
	Plover        string  `json:"plover"`
	Negated       bool    `json:"negated"`
	// Date is the most precise date its mentions give ("2024-09-09",
	// "2024-09", "2024"), "" when none.
	Date string `json:"date"`
	// Mentions counts the records merged; Sources the distinct outlets
	// (SourceKey) and Articles the distinct documents they came from.
	Mentions int `json:"mentions"`
	Sources  int `json:"sources"`
	Articles int `json:"articles"`
	// FirstSeen and LastSeen are the earliest and latest publication dates
	// of the documents that mention it.
	FirstSeen string `json:"first_seen"`
	LastSeen  string `json:"last_seen"`
	// Text and Doc are the evidence sentence and document of the first
	// mention stored.
	Text string `json:"text"`
	Doc  string `json:"doc"`
}

// Query selects events. Zero fields select everything.
type Query struct {
	// A and B are actors: a three-letter country (or IGO/NGO/MNC) code
	// matches the actor's country, a longer code matches the actor code
	// exactly. With both set, events between them in either direction
	// (only A->B when Directed); with A alone, events A takes part in
	// (only as source when Directed); with B alone, events B takes part
	// in (only as target when Directed).
	A, B     string
	Directed bool
	Cameo    string // a CAMEO code prefix: "05", "051"
	Quad     int
	// Plover is a PLOVER event type ("CONSULT"), one of PloverTypes.
	Plover string
	// Since and Until bound the event date (inclusive, ISO prefixes:
	// Until "2024" includes all of 2024).
	Since, Until string
	// Text is a full-text query (FTS5 syntax) over evidence sentences.
	Text string
	// Limit caps the rows returned (0: no cap); After is the Cursor of the
	// last row of the previous page. Events come newest first.
	Limit int
	After string
}

// Bucket is one month and QuadClass of a series.
type Bucket struct {
	Month     string  `json:"month"` // "2024-09"
	Quad      int     `json:"quad"`
	Events    int     `json:"events"`
	Mentions  int     `json:"mentions"`
	Goldstein float64 `json:"goldstein_sum"` // sum over events; mean = Goldstein/Events
}

// Last is the latest event of one CAMEO code in a selection and the
// date of the one before it.
type Last struct {
	Cameo    string `json:"cameo"`
	Date     string `json:"date"`
	Previous string `json:"previous"` // "" when it is the only one
	Event    Event  `json:"event"`
}

// Dyad is a directed pair of actors (country codes) with its volume.
type Dyad struct {
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Events    int     `json:"events"`
	Mentions  int     `json:"mentions"`
	Goldstein float64 `json:"goldstein_sum"`
}

// Stats counts what is stored.
type Stats struct {
	Documents int `json:"documents"`
	Stories   int `json:"stories"`
	Mentions  int `json:"mentions"`
	Events    int `json:"events"`
}

// Hit is a full-text search result.
type Hit struct {
	Doc     string `json:"doc"`
	Title   string `json:"title"`
	Snippet string `json:"snippet"`
}

// Store is an event store. Implementations are safe for concurrent use.
type Store interface {
	// AddDocument stores a document with the records coded from it in one
	// transaction: all of it or nothing. Re-adding a stored document (same
	// id or same content) adds nothing.
	AddDocument(ctx context.Context, doc Document, mentions []event.Event) (Result, error)
	// HasDocument reports whether a document id is stored.
	HasDocument(ctx context.Context, id string) (bool, error)
	Document(ctx context.Context, id string) (Document, error)
	// PutEvents inserts merged events as they are, without mentions or
	// merging, in one transaction (bulk loads and synthetic stores).
	PutEvents(ctx context.Context, evs []Event) error

	// Event gives one event by id; the error wraps ErrNotFound when no
	// event has it.
	Event(ctx context.Context, id string) (Event, error)
	// Events lists events matching q, newest first.
	Events(ctx context.Context, q Query, fn func(Event) error) error
	// Mentions gives the records merged into one event.
	Mentions(ctx context.Context, eventID string) ([]event.Event, error)
	// Monthly aggregates the events matching q by month and QuadClass
	// (events dated only to the year are left out), in month order.
	Monthly(ctx context.Context, q Query) ([]Bucket, error)
	// Latest gives, for each CAMEO code among the events matching q, the
	// latest event and the date of the previous one (see LastDates.Fold),
	// newest first. Previous is looked up over all history, before
	// q.Since too: "first since" may reach back past the window.
	Latest(ctx context.Context, q Query) ([]Last, error)
	// Dyads gives the busiest directed country pairs among the events
	// matching q, at most limit (0: all), busiest first.
	Dyads(ctx context.Context, q Query, limit int) ([]Dyad, error)
	// Search finds documents whose title or text match an FTS5 query.
	Search(ctx context.Context, query string, limit int) ([]Hit, error)
	Stats(ctx context.Context) (Stats, error)
	Close() error
}

// ErrNotFound is returned for an unknown id.
var ErrNotFound = errors.New("not found")

// ploverTypes are the PLOVER types the CAMEO table maps codes to.
var ploverTypes = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range cameo.Codes() {
		if inf, ok := cameo.Lookup(c); ok && inf.Plover != "" {
			m[inf.Plover] = true
		}
	}
	return m
}()

// PloverTypes lists the PLOVER event types a Query may select, sorted.
func PloverTypes() []string {
	out := make([]string, 0, len(ploverTypes))
	for p := range ploverTypes {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// IsPlover reports whether p is one of PloverTypes.
func IsPlover(p string) bool { return ploverTypes[p] }

// Prepare checks q and gives the form backends run: B alone, undirected,
// is A alone. An unknown PLOVER type is an error rather than a query that
// silently selects nothing.
func (q Query) Prepare() (Query, error) {
	if q.Plover != "" && !IsPlover(q.Plover) {
		return q, fmt.Errorf("PLOVER type %q: want one of %s", q.Plover, strings.Join(PloverTypes(), ", "))
	}
	if q.A == "" && q.B != "" && !q.Directed {
		q.A, q.B = q.B, ""
	}
	return q, nil
}

// ContentHash is the hash that identifies a document's content.
func ContentHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:16])
}

// SourceKey is what counts as one source of an event: the outlet, else the
// host of the URL, lowercased; "" when neither is known.
func SourceKey(outlet, rawURL string) string {
	if o := strings.ToLower(strings.TrimSpace(outlet)); o != "" {
		return o
	}
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	return ""
}

// IsCountry reports whether an actor argument names a country (or the
// IGO/NGO/MNC pseudo-countries) rather than a full actor code.
func IsCountry(code string) bool { return len(code) == 3 }

// CompatibleDates reports whether two event dates can be the same act's:
// equal, or one a less precise prefix of the other ("2024-09" and
// "2024-09-09"). An unknown date ("") is compatible with any.
func CompatibleDates(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) && (len(a) == len(b) || b[len(a)] == '-')
}

// MoreExact gives the more precise of two compatible dates.
func MoreExact(a, b string) string {
	if len(b) > len(a) {
		return b
	}
	return a
}

// MergeKey is what mentions of one act share.
type MergeKey struct {
	Source, Target, Cameo string
	Negated               bool
}

// KeyOf gives a record's merge key.
func KeyOf(e *event.Event) MergeKey {
	k := MergeKey{Cameo: e.Cameo, Negated: e.Negated}
	if e.Source != nil {
		k.Source = e.Source.Code
	}
	if e.Target != nil {
		k.Target = e.Target.Code
	}
	return k
}

// FactID is the id of the event a record starts: derived from that first
// record's id, so a rerun over the same input gives the same ids.
func FactID(first *event.Event) string {
	h := sha256.Sum256([]byte("fact\x00" + first.ID + "\x00" + first.Doc))
	return "ef_" + hex.EncodeToString(h[:8])
}

// NewEvent is the event a record starts.
func NewEvent(e *event.Event, published string) Event {
	ev := Event{
		ID: FactID(e), Cameo: e.Cameo, Quad: e.Quad, Goldstein: e.Goldstein, Plover: e.Plover,
		Negated: e.Negated, Date: e.Date, Mentions: 1, Sources: 1, Articles: 1,
		FirstSeen: published, LastSeen: published, Text: e.Text, Doc: e.Doc,
	}
	if e.Source != nil {
		ev.Source, ev.SourceCountry = e.Source.Code, e.Source.Country
	}
	if e.Target != nil {
		ev.Target, ev.TargetCountry = e.Target.Code, e.Target.Country
	}
	return ev
}

// Seen widens an event's first/last-seen range by a publication date.
func (ev *Event) Seen(published string) {
	if published == "" {
		return
	}
	if ev.FirstSeen == "" || published < ev.FirstSeen {
		ev.FirstSeen = published
	}
	if published > ev.LastSeen {
		ev.LastSeen = published
	}
}

// Cursor is the position of an event in the newest-first order, for
// Query.After.
func (ev *Event) Cursor() string { return ev.Date + "|" + ev.ID }

// SplitCursor undoes Cursor.
func SplitCursor(c string) (date, id string, ok bool) {
	i := strings.LastIndexByte(c, '|')
	if i < 0 {
		return "", "", false
	}
	return c[:i], c[i+1:], true
}

// LastDates tracks the latest date of a kind of event and the latest date
// before it; backends keep one per dyad and CAMEO code so that "first since"
// needs no scan.
type LastDates struct {
	Date, Previous, Event string // Event: id of the event on Date
}

// Fold adds an event date (with its event id, "" when only the date
// matters). A date that is a less precise prefix of the latest ("2024-09"
// for "2024-09-09") is the same time, never an earlier one.
func (l *LastDates) Fold(date, id string) {
	switch {
	case date == "":
	case l.Date == "":
		l.Date, l.Event = date, id
	case date > l.Date:
		if !CompatibleDates(date, l.Date) {
			l.Previous = l.Date
		}
		l.Date, l.Event = date, id
	case date == l.Date:
		if id != "" && (l.Event == "" || id > l.Event) {
			l.Event = id
		}
	case !CompatibleDates(date, l.Date) && date > l.Previous:
		l.Previous = date
	}
}

// Merge folds another tracker's dates into l.
func (l *LastDates) Merge(o LastDates) {
	l.Fold(o.Date, o.Event)
	l.Fold(o.Previous, "")
}

// Month is the month bucket of an event date: "2024-09" for "2024-09-09"
// and "2024-09"; "" for a date known only to the year, or none.
func Month(date string) string {
	if len(date) >= 7 {
		return date[:7]
	}
	return ""
}

// RollupKind gives the rollup rows a query reads, for backends that keep
// per-dyad rollups: by country ("c") or by actor code ("a"); ok is false
// when the query mixes a country with a full actor code.
func RollupKind(q Query) (kind string, ok bool) {
	ca, cb := q.A == "" || IsCountry(q.A), q.B == "" || IsCountry(q.B)
	switch {
	case ca && cb:
		return "c", true
	case (q.A == "" || !ca) && (q.B == "" || !cb):
		return "a", true
	}
	return "", false
}
