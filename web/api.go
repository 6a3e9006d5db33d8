package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/feeds"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/relate"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/timex"
)

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

func jsonError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// paramError is a bad request parameter; its message names it.
type paramError struct{ msg string }

func (e *paramError) Error() string { return e.msg }

func badParam(name, value, want string) error {
	return &paramError{fmt.Sprintf("parameter %s=%q: %s", name, value, want)}
}

// fail answers an error with the status it calls for.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var pe *paramError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &pe):
		jsonError(w, http.StatusBadRequest, pe.msg)
	case errors.As(err, &mbe):
		jsonError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", mbe.Limit))
	case errors.Is(err, store.ErrNotFound), errors.Is(err, feeds.ErrNotFound):
		jsonError(w, http.StatusNotFound, err.Error())
	case errors.Is(err, context.Canceled):
		jsonError(w, 499, "request canceled")
	default:
		s.cfg.Logf("%s %s: %v", r.Method, r.URL.Path, err)
		jsonError(w, http.StatusInternalServerError, "internal error")
	}
}

var (
	actorRe = regexp.MustCompile(`^[A-Z0-9]{3,24}$`)
	cameoRe = regexp.MustCompile(`^[0-9]{2,4}$`)
)

func actorParam(name, v string) (string, error) {
	v = strings.ToUpper(strings.TrimSpace(v))
	if v != "" && !actorRe.MatchString(v) {
		return "", badParam(name, v, "want an actor code: a 3-letter country code (CHN) or a longer CAMEO actor code (CHNGOV)")
	}
	return v, nil
}

// ploverParam reads a PLOVER event type, in any case.
func ploverParam(v string) (string, error) {
	p := strings.ToUpper(strings.TrimSpace(v))
	if p != "" && !store.IsPlover(p) {
		return "", badParam("plover", v, "not a PLOVER event type; want one of "+strings.Join(store.PloverTypes(), ", "))
	}
	return p, nil
}

func dateParam(name, v string) (string, error) {
	if v == "" {
		return "", nil
	}
	if _, err := timex.ParseISO(v); err != nil || len(v) > 10 {
		return "", badParam(name, v, "want an ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
	}
	return v, nil
}

func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, badParam(name, v, fmt.Sprintf("want an integer from %d to %d", lo, hi))
	}
	return n, nil
}

// ftsQuery turns words typed by a person into an FTS5 query that cannot be
// a syntax error: each word a quoted string, all required.
func ftsQuery(q string) string {
	var parts []string
	for _, w := range strings.Fields(q) {
		w = strings.Trim(w, `"`)
		if w == "" {
			continue
		}
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	return strings.Join(parts, " ")
}

// filter is an events query: what the store selects, and what is checked
// on each row the store gives (a direction or country the query could not
// say).
type filter struct {
	q              store.Query
	source, target string
	country        string
	limit          int
}

func sideMatches(code, country, want string) bool {
	if store.IsCountry(want) {
		return country == want
	}
	return code == want
}

func (f *filter) keep(e *store.Event) bool {
	if f.source != "" && !sideMatches(e.Source, e.SourceCountry, f.source) {
		return false
	}
	if f.target != "" && !sideMatches(e.Target, e.TargetCountry, f.target) {
		return false
	}
	if f.country != "" && e.SourceCountry != f.country && e.TargetCountry != f.country {
		return false
	}
	return true
}

func parseFilter(r *http.Request) (*filter, error) {
	v := r.URL.Query()
	f := &filter{}
	var err error
	if f.source, err = actorParam("source", v.Get("source")); err != nil {
		return nil, err
	}
	if f.target, err = actorParam("target", v.Get("target")); err != nil {
		return nil, err
	}
	actor, err := actorParam("actor", v.Get("actor"))
	if err != nil {
		return nil, err
	}
	if f.country = strings.ToUpper(strings.TrimSpace(v.Get("country"))); f.country != "" && !regexp.MustCompile(`^[A-Z]{3}$`).MatchString(f.country) {
		return nil, badParam("country", f.country, "want a 3-letter country code (ISO 3166-1 alpha-3, or IGO/NGO/MNC)")
	}
	// The store selects a source or a target alone (A or B with
	// Directed); with an actor besides, the pair is asked undirected and
	// keep() checks the direction.
	switch {
	case f.source != "" && f.target != "":
		f.q.A, f.q.B, f.q.Directed = f.source, f.target, true
	case f.source != "":
		f.q.A, f.q.Directed = f.source, true
	case f.target != "":
		f.q.B, f.q.Directed = f.target, true
	}
	switch {
	case actor == "":
		f.source, f.target = "", ""
	case f.q.A == "" && f.q.B == "":
		f.q.A = actor
	case f.q.B == "":
		f.q.B, f.q.Directed = actor, false
	case f.q.A == "":
		f.q.A, f.q.Directed = actor, false
	default:
		return nil, badParam("actor", actor, "cannot be combined with both source and target")
	}
	if f.country != "" && f.q.A == "" && f.q.B == "" {
		f.q.A, f.country = f.country, ""
	}
	code := v.Get("cameo")
	if code != "" {
		if !cameoRe.MatchString(code) {
			return nil, badParam("cameo", code, "want a CAMEO code of 2 to 4 digits (e.g. 051)")
		}
		if _, ok := cameo.Lookup(code); !ok {
			return nil, badParam("cameo", code, "not a CAMEO code")
		}
		f.q.Cameo = code
	}
	if root := v.Get("root"); root != "" {
		n, err := strconv.Atoi(root)
		if err != nil || len(root) != 2 || n < 1 || n > 20 {
			return nil, badParam("root", root, "want a CAMEO root code from 01 to 20")
		}
		if code != "" && !strings.HasPrefix(code, root) {
			return nil, badParam("root", root, "does not match cameo="+code)
		}
		if code == "" {
			f.q.Cameo = root
		}
	}
	if f.q.Plover, err = ploverParam(v.Get("plover")); err != nil {
		return nil, err
	}
	if f.q.Quad, err = intParam(r, "quad", 0, 1, 4); err != nil {
		return nil, err
	}
	if f.q.Since, err = dateParam("since", v.Get("since")); err != nil {
		return nil, err
	}
	if f.q.Until, err = dateParam("until", v.Get("until")); err != nil {
		return nil, err
	}
	if f.q.Since != "" && f.q.Until != "" && f.q.Until < f.q.Since[:min(len(f.q.Since), len(f.q.Until))] {
		return nil, badParam("until", f.q.Until, "is before since="+f.q.Since)
	}
	if q := strings.TrimSpace(v.Get("q")); q != "" {
		if len(q) > 500 {
			return nil, badParam("q", q[:40]+"...", "longer than 500 bytes")
		}
		f.q.Text = ftsQuery(q)
	}
	if f.limit, err = intParam(r, "limit", DefaultPageLimit, 1, MaxPageLimit); err != nil {
		return nil, err
	}
	if c := v.Get("cursor"); c != "" {
		if _, _, ok := store.SplitCursor(c); !ok {
			return nil, badParam("cursor", c, "not a cursor from a previous page's next_cursor")
		}
		f.q.After = c
	}
	return f, nil
}

var errPageFull = errors.New("page full")

// minChunk is the fewest rows asked of the store at once (a variable so
// that tests can make chunks small).
var minChunk = 200

// page lists one page of events; next is the cursor of the following page,
// "" on the last. The store is asked in bounded chunks (each with a LIMIT,
// which lets it stop early in its date index) continuing from the last row
// seen, since rows filtered out here make the number needed unknown.
func (s *Server) page(ctx context.Context, f *filter) (evs []store.Event, next string, err error) {
	evs = []store.Event{}
	q := f.q
	chunk := max(f.limit+1, minChunk)
	q.Limit = chunk
	for {
		n, last := 0, ""
		full := false
		err = s.st.Events(ctx, q, func(e store.Event) error {
			n++
			last = e.Cursor()
			if !f.keep(&e) {
				return nil
			}
			if len(evs) == f.limit {
				full = true
				return errPageFull
			}
			evs = append(evs, e)
			return nil
		})
		if errors.Is(err, errPageFull) {
			err = nil
		}
		if err != nil || full {
			if full {
				next = evs[len(evs)-1].Cursor()
			}
			return evs, next, err
		}
		if n < chunk {
			return evs, "", nil
		}
		q.After = last
	}
}

type eventsPage struct {
	Events     []store.Event `json:"events"`
	NextCursor string        `json:"next_cursor,omitempty"`
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	evs, next, err := s.page(r.Context(), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, eventsPage{Events: evs, NextCursor: next})
}

// eventDetail is an event with the records merged into it.
type eventDetail struct {
	store.Event
	Name     string `json:"cameo_name"`
	Mentions any    `json:"records"`
}

func (s *Server) apiEvent(w http.ResponseWriter, r *http.Request) {
	ev, err := s.st.Event(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ms, err := s.st.Mentions(r.Context(), ev.ID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d := eventDetail{Event: ev, Mentions: ms}
	if inf, ok := cameo.Lookup(ev.Cameo); ok {
		d.Name = inf.Name
	}
	writeJSON(w, http.StatusOK, d)
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.st.Stats(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

func (s *Server) apiDyads(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r, "limit", 20, 1, MaxPageLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var q store.Query
	if q.Since, err = dateParam("since", r.URL.Query().Get("since")); err == nil {
		q.Until, err = dateParam("until", r.URL.Query().Get("until"))
	}
	if err == nil {
		q.Plover, err = ploverParam(r.URL.Query().Get("plover"))
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ds, err := s.st.Dyads(r.Context(), q, limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if ds == nil {
		ds = []store.Dyad{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"dyads": ds})
}

// relationsReport is relate's report with the last contact spelled out.
type relationsReport struct {
	relate.Report
	LastContact     string `json:"last_contact,omitempty"`
	DaysSinceLatest int    `json:"days_since_last_contact"`
}

func (s *Server) relations(ctx context.Context, a, b, since string, recent int) (relationsReport, error) {
	rep, err := relate.Relations(ctx, s.st, a, b, since, recent)
	out := relationsReport{Report: rep, DaysSinceLatest: -1}
	if err != nil {
		return out, err
	}
	for _, g := range rep.Gaps {
		if g.Date > out.LastContact {
			out.LastContact = g.Date
		}
	}
	if out.LastContact != "" {
		out.DaysSinceLatest = relate.Elapsed(out.LastContact, s.cfg.Now())
	}
	return out, nil
}

func (s *Server) relParams(r *http.Request) (a, b, since string, recent int, err error) {
	if a, err = actorParam("a", r.PathValue("a")); err != nil {
		return
	}
	if r.PathValue("b") != "" {
		if b, err = actorParam("b", r.PathValue("b")); err != nil {
			return
		}
	}
	if since, err = dateParam("since", r.URL.Query().Get("since")); err != nil {
		return
	}
	recent, err = intParam(r, "recent", 20, 0, MaxPageLimit)
	return
}

func (s *Server) apiRelations(w http.ResponseWriter, r *http.Request) {
	a, b, since, recent, err := s.relParams(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	rep, err := s.relations(r.Context(), a, b, since, recent)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

func (s *Server) apiActor(w http.ResponseWriter, r *http.Request) {
	code, err := actorParam("code", r.PathValue("code"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	since, err := dateParam("since", r.URL.Query().Get("since"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	recent, err := intParam(r, "recent", 20, 0, MaxPageLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	rep, err := s.relations(r.Context(), code, "", since, recent)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

func (s *Server) partners(ctx context.Context, code, since string, limit int) (relate.Graph, error) {
	ds, err := s.st.Dyads(ctx, store.Query{A: code, Since: since}, limit)
	if err != nil {
		return relate.Graph{}, err
	}
	return relate.Network(ds), nil
}

func (s *Server) apiPartners(w http.ResponseWriter, r *http.Request) {
	code, err := actorParam("code", r.PathValue("code"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	limit, err := intParam(r, "limit", 30, 1, MaxPageLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	since, err := dateParam("since", r.URL.Query().Get("since"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	g, err := s.partners(r.Context(), code, since, limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"actor": code, "network": g})
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		s.fail(w, r, badParam("q", q, "required: words to search for"))
		return
	}
	if len(q) > 500 {
		s.fail(w, r, badParam("q", q[:40]+"...", "longer than 500 bytes"))
		return
	}
	limit, err := intParam(r, "limit", 20, 1, MaxPageLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	hits, err := s.st.Search(r.Context(), ftsQuery(q), limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if hits == nil {
		hits = []store.Hit{}
	}
	evs, _, err := s.page(r.Context(), &filter{q: store.Query{Text: ftsQuery(q)}, limit: limit})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"documents": hits, "events": evs})
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) {
	d, err := s.st.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": d.ID, "outlet": d.Outlet, "url": d.URL, "published": d.Published,
		"title": d.Title, "text": d.Text, "story": d.Story})
}

// inDoc is a document as the ingest endpoint takes it (the JSON Lines
// fields of the news reader).
type inDoc struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
}

// ingestResult is what happened to one posted document.
type ingestResult struct {
	ID        string `json:"id"`
	Added     bool   `json:"added"`
	Existing  string `json:"existing,omitempty"`
	Story     string `json:"story,omitempty"`
	CopyOf    string `json:"copy_of,omitempty"`
	Records   int    `json:"records"`
	NewEvents int    `json:"new_events"`
	Error     string `json:"error,omitempty"`
}

func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Code == nil {
		jsonError(w, http.StatusServiceUnavailable, "this server has no coder")
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		jsonError(w, http.StatusUnsupportedMediaType, "Content-Type must be application/json")
		return
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(r.Body); err != nil {
		s.fail(w, r, err)
		return
	}
	body := bytes.TrimSpace(buf.Bytes())
	var docs []inDoc
	var err error
	switch {
	case len(body) > 0 && body[0] == '[':
		err = json.Unmarshal(body, &docs)
	case len(body) > 0 && body[0] == '{':
		var d inDoc
		err = json.Unmarshal(body, &d)
		docs = []inDoc{d}
	default:
		err = errors.New("want a JSON object or an array of objects")
	}
	if err != nil {
		jsonError(w, http.StatusBadRequest, "request body: "+err.Error())
		return
	}
	if len(docs) == 0 {
		jsonError(w, http.StatusBadRequest, "request body: no documents")
		return
	}
	if len(docs) > s.cfg.MaxDocs {
		jsonError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("%d documents in one request; the limit is %d", len(docs), s.cfg.MaxDocs))
		return
	}
	parsed := make([]news.Document, len(docs))
	for i, d := range docs {
		field := fmt.Sprintf("documents[%d]", i)
		if strings.TrimSpace(d.Text) == "" {
			jsonError(w, http.StatusBadRequest, field+".text: missing or empty")
			return
		}
		if len(d.Text) > s.cfg.MaxDoc {
			jsonError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("%s.text: %d bytes; the limit is %d", field, len(d.Text), s.cfg.MaxDoc))
			return
		}
		if d.ID == "" {
			d.ID = "api-" + store.ContentHash(d.Text)
		}
		line, _ := json.Marshal(d)
		nd, err := news.NewReader(bytes.NewReader(line), "request", news.JSONL).Next()
		if err != nil {
			msg := err.Error()
			var de *news.DocError
			if errors.As(err, &de) {
				msg = de.Err.Error()
			}
			jsonError(w, http.StatusBadRequest, field+": "+msg)
			return
		}
		parsed[i] = nd
	}
	out := make([]ingestResult, len(parsed))
	status := http.StatusOK
	var nDocs, nRecs int
	for i, d := range parsed {
		res := ingestResult{ID: d.ID}
		evs, err := s.cfg.Code(d)
		if err == nil {
			var sr store.Result
			sr, err = s.st.AddDocument(r.Context(), store.Document{ID: d.ID, Outlet: d.Outlet, URL: d.URL,
				Published: d.Published, Title: d.Title, Text: d.Text}, evs)
			res.Added, res.Existing, res.Story, res.CopyOf = sr.Added, sr.Existing, sr.Story, sr.CopyOf
			res.Records, res.NewEvents = sr.Mentions, sr.NewEvents
		}
		if err != nil {
			res.Error = err.Error()
		} else if res.Added {
			status = http.StatusCreated
			nDocs++
			nRecs += res.Records
		}
		out[i] = res
	}
	s.metrics.ingested(nDocs, nRecs)
	writeJSON(w, status, map[string]any{"results": out})
}

func (s *Server) feedsOr503(w http.ResponseWriter) bool {
	if s.cfg.Feeds == nil {
		jsonError(w, http.StatusServiceUnavailable, "feeds are not enabled on this server")
		return false
	}
	return true
}

func (s *Server) apiFeeds(w http.ResponseWriter, r *http.Request) {
	if !s.feedsOr503(w) {
		return
	}
	fs, err := s.cfg.Feeds.List(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"feeds": fs})
}

func (s *Server) apiAddFeed(w http.ResponseWriter, r *http.Request) {
	if !s.feedsOr503(w) {
		return
	}
	var in struct {
		URL string `json:"url"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			s.fail(w, r, err)
			return
		}
		jsonError(w, http.StatusBadRequest, "request body: want {\"url\": \"https://...\"}: "+err.Error())
		return
	}
	if _, err := feeds.CheckURL(in.URL); err != nil {
		jsonError(w, http.StatusBadRequest, "url: "+err.Error())
		return
	}
	f, err := s.cfg.Feeds.Add(r.Context(), in.URL)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, f)
}

func feedID(r *http.Request) (int64, error) {
	v := r.PathValue("id")
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return 0, badParam("id", v, "want a feed id (a positive integer)")
	}
	return id, nil
}

func (s *Server) apiRemoveFeed(w http.ResponseWriter, r *http.Request) {
	if !s.feedsOr503(w) {
		return
	}
	id, err := feedID(r)
	if err == nil {
		err = s.cfg.Feeds.Remove(r.Context(), id)
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) apiPollFeed(w http.ResponseWriter, r *http.Request) {
	if !s.feedsOr503(w) {
		return
	}
	id, err := feedID(r)
	var f feeds.Feed
	if err == nil {
		f, err = s.cfg.Feeds.Get(r.Context(), id)
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.cfg.Feeds.Poll(r.Context(), f)
	out := map[string]any{"result": res}
	if err != nil {
		out["error"] = err.Error()
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	b, _ := assets.ReadFile("openapi.json")
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
}
