package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/feeds"
	"github.com/dyadproject/dyad/relate"
	"github.com/dyadproject/dyad/store"
)

var funcs = template.FuncMap{
	"cameoName": func(code string) string {
		if inf, ok := cameo.Lookup(code); ok {
			return inf.Name
		}
		return ""
	},
	"quadName": func(q int) string {
		if q >= 1 && q <= 4 {
			return quadNames[q-1]
		}
		return "unknown"
	},
	"side": func(code, country string) string {
		if code == "" {
			return "—"
		}
		return code
	},
	"actorKey": func(code, country string) string {
		if country != "" {
			return country
		}
		return code
	},
	"signed": func(f float64) string { return fmt.Sprintf("%+.1f", f) },
	"mean": func(sum float64, n int) string {
		if n == 0 {
			return "0.0"
		}
		return fmt.Sprintf("%+.1f", sum/float64(n))
	},
	"query": func(kv ...string) string {
		v := url.Values{}
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i+1] != "" {
				v.Set(kv[i], kv[i+1])
			}
		}
		return v.Encode()
	},
	"httpURL": func(u string) bool { return strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") },
}

func (s *Server) parseTemplates() error {
	s.pages = map[string]*template.Template{}
	names := []string{"overview", "dyad", "actor", "event", "doc", "search", "feeds", "error"}
	for _, n := range names {
		t, err := template.New(n).Funcs(funcs).ParseFS(assets, "templates/layout.html", "templates/"+n+".html")
		if err != nil {
			return fmt.Errorf("parsing template %s: %w", n, err)
		}
		s.pages[n] = t
	}
	return nil
}

// render executes a page into a buffer first, so that a failing template
// gives a clean error page rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data map[string]any) {
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "layout", data); err != nil {
		s.cfg.Logf("rendering %s: %v", name, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func (s *Server) pageError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", map[string]any{"Title": http.StatusText(status), "Status": status, "Message": msg})
}

// pageFail answers a page's error as a page.
func (s *Server) pageFail(w http.ResponseWriter, r *http.Request, err error) {
	var pe *paramError
	switch {
	case errors.As(err, &pe):
		s.pageError(w, r, http.StatusBadRequest, pe.msg)
	case errors.Is(err, store.ErrNotFound), errors.Is(err, feeds.ErrNotFound):
		s.pageError(w, r, http.StatusNotFound, "Not found.")
	default:
		s.cfg.Logf("%s %s: %v", r.Method, r.URL.Path, err)
		s.pageError(w, r, http.StatusInternalServerError, "Something went wrong.")
	}
}

// alert is a warming or cooling month of a busy dyad.
type alert struct {
	Source, Target string
	relate.Change
}

func (s *Server) alerts(ctx context.Context, dyads []store.Dyad) ([]alert, error) {
	var out []alert
	for _, d := range dyads {
		b, err := s.st.Monthly(ctx, store.Query{A: d.Source, B: d.Target})
		if err != nil {
			return nil, err
		}
		for _, c := range relate.Detect(relate.NewSeries(b), relate.Options{}) {
			out = append(out, alert{Source: d.Source, Target: d.Target, Change: c})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Month > out[j].Month })
	return out[:min(len(out), 12)], nil
}

func (s *Server) pageOverview(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	st, err := s.st.Stats(ctx)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	recent, _, err := s.page(ctx, &filter{limit: 15})
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	dyads, err := s.st.Dyads(ctx, store.Query{}, 12)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	// Pairs in both directions are one relation for the alerts.
	seen := map[[2]string]bool{}
	var pairs []store.Dyad
	for _, d := range dyads {
		k := [2]string{min(d.Source, d.Target), max(d.Source, d.Target)}
		if !seen[k] && len(pairs) < 8 {
			seen[k] = true
			pairs = append(pairs, d)
		}
	}
	al, err := s.alerts(ctx, pairs)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "overview", map[string]any{"Title": "Overview", "Stats": st, "Recent": recent, "Dyads": dyads, "Alerts": al})
}

func (s *Server) pageDyad(w http.ResponseWriter, r *http.Request) {
	a, b, since, _, err := s.relParams(r)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	rep, err := s.relations(r.Context(), a, b, since, 0)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	f := &filter{q: store.Query{A: a, B: b, Since: since}, limit: 30}
	if c := r.URL.Query().Get("cursor"); c != "" {
		if _, _, ok := store.SplitCursor(c); !ok {
			s.pageFail(w, r, badParam("cursor", c, "not a cursor"))
			return
		}
		f.q.After = c
	}
	evs, next, err := s.page(r.Context(), f)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "dyad", map[string]any{"Title": a + " – " + b, "A": a, "B": b, "Since": since, "Rep": rep,
		"Chart": timelineSVG(rep.Series), "Events": evs, "Next": next, "Quads": quadLegend()})
}

type legendItem struct{ Color, Name string }

func quadLegend() []legendItem {
	out := make([]legendItem, 4)
	for i := range out {
		out[i] = legendItem{quadColors[i], quadNames[i]}
	}
	return out
}

func (s *Server) pageActor(w http.ResponseWriter, r *http.Request) {
	code, err := actorParam("code", r.PathValue("code"))
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	rep, err := s.relations(r.Context(), code, "", "", 20)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "actor", map[string]any{"Title": code, "Code": code, "Rep": rep,
		"Network": networkSVG(code, rep.Partners, 16), "Chart": timelineSVG(rep.Series), "Quads": quadLegend()})
}

// segment is a piece of an evidence sentence, marked or not.
type segment struct {
	Text  string
	Class string // "", "src", "tgt", "verb"
}

// highlight cuts a sentence into segments marking the actors' words and
// the verb. The record keeps the sentence and the actors' texts, so the
// actors are found in the sentence by their text.
func (s *Server) highlight(m event.Event) []segment {
	sent := m.Text
	type mark struct {
		start, end int
		class      string
	}
	var marks []mark
	overlaps := func(a, b int) bool {
		for _, k := range marks {
			if a < k.end && k.start < b {
				return true
			}
		}
		return false
	}
	find := func(text, class string) {
		if text == "" {
			return
		}
		from := 0
		for {
			i := strings.Index(sent[from:], text)
			if i < 0 {
				return
			}
			a, b := from+i, from+i+len(text)
			if !overlaps(a, b) {
				marks = append(marks, mark{a, b, class})
				return
			}
			from = b
		}
	}
	if m.Source != nil {
		find(m.Source.Text, "src")
	}
	if m.Target != nil {
		find(m.Target.Text, "tgt")
	}
	if s.cfg.Highlight != nil {
		var avoid [][2]int
		for _, k := range marks {
			avoid = append(avoid, [2]int{k.start, k.end})
		}
		if a, b, ok := s.cfg.Highlight(sent, avoid); ok && a >= 0 && b <= len(sent) && a < b && !overlaps(a, b) {
			marks = append(marks, mark{a, b, "verb"})
		}
	}
	sort.Slice(marks, func(i, j int) bool { return marks[i].start < marks[j].start })
	var out []segment
	pos := 0
	for _, k := range marks {
		if k.start > pos {
			out = append(out, segment{Text: sent[pos:k.start]})
		}
		out = append(out, segment{Text: sent[k.start:k.end], Class: k.class})
		pos = k.end
	}
	if pos < len(sent) {
		out = append(out, segment{Text: sent[pos:]})
	}
	return out
}

type recordView struct {
	event.Event
	Segments []segment
	Document store.Document
	HasDoc   bool
}

func (s *Server) pageEvent(w http.ResponseWriter, r *http.Request) {
	ev, err := s.st.Event(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	ms, err := s.st.Mentions(r.Context(), ev.ID)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	var recs []recordView
	for _, m := range ms {
		rv := recordView{Event: m, Segments: s.highlight(m)}
		if d, err := s.st.Document(r.Context(), m.Doc); err == nil {
			rv.Document, rv.HasDoc = d, true
		}
		recs = append(recs, rv)
	}
	if len(recs) == 0 {
		// A bulk-loaded event has no records: show its own evidence.
		m := event.Event{Text: ev.Text, Doc: ev.Doc, Date: ev.Date}
		rv := recordView{Event: m, Segments: []segment{{Text: ev.Text}}}
		if d, err := s.st.Document(r.Context(), ev.Doc); err == nil {
			rv.Document, rv.HasDoc = d, true
		}
		recs = append(recs, rv)
	}
	s.render(w, r, http.StatusOK, "event", map[string]any{"Title": "Event " + ev.ID, "Ev": ev, "Records": recs})
}

func (s *Server) pageDocument(w http.ResponseWriter, r *http.Request) {
	d, err := s.st.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	var paras []string
	for _, p := range strings.Split(d.Text, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	title := d.Title
	if title == "" {
		title = d.ID
	}
	s.render(w, r, http.StatusOK, "doc", map[string]any{"Title": title, "Doc": d, "Paras": paras})
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	data := map[string]any{"Title": "Search", "Q": q}
	if q != "" {
		if len(q) > 500 {
			s.pageFail(w, r, badParam("q", q[:40]+"...", "longer than 500 bytes"))
			return
		}
		hits, err := s.st.Search(r.Context(), ftsQuery(q), 20)
		if err != nil {
			s.pageFail(w, r, err)
			return
		}
		evs, _, err := s.page(r.Context(), &filter{q: store.Query{Text: ftsQuery(q)}, limit: 30})
		if err != nil {
			s.pageFail(w, r, err)
			return
		}
		data["Hits"], data["Events"], data["Searched"] = hits, evs, true
	}
	s.render(w, r, http.StatusOK, "search", data)
}

func (s *Server) pageFeeds(w http.ResponseWriter, r *http.Request) {
	data := map[string]any{"Title": "Feeds", "Enabled": s.cfg.Feeds != nil}
	if s.cfg.Feeds != nil {
		fs, err := s.cfg.Feeds.List(r.Context())
		if err != nil {
			s.pageFail(w, r, err)
			return
		}
		data["Feeds"] = fs
	}
	s.render(w, r, http.StatusOK, "feeds", data)
}
