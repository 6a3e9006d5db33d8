// Package web is dyad's HTTP server: a JSON API under /api/v1 (described by
// the OpenAPI file it serves), server-rendered pages with SVG charts, and
// Prometheus metrics. Article text is untrusted: pages are html/template
// with a Content-Security-Policy that allows no inline script, and every
// write endpoint needs a bearer token.
package web

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"html/template"
	"io/fs"
	"log"
	"net/http"
	"strings"
	"time"

	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/feeds"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/store"
)

//go:embed templates/*.html static/* openapi.json
var assets embed.FS

// Limits on what a request may carry.
const (
	DefaultMaxBody   = 8 << 20 // one request body
	DefaultMaxDoc    = 1 << 20 // one document's text
	DefaultMaxDocs   = 100     // documents in one ingest request
	DefaultPageLimit = 50
	MaxPageLimit     = 500
)

// Config is what a Server is built from.
type Config struct {
	// Store holds the events; the caller gives its tokens (LoadTokens)
	// and feeds (feeds.Open) to the server too, when it implements
	// store.Tokens and store.Feeds, as both backends do.
	Store store.Store
	// Code codes a document; nil makes ingest unavailable (503).
	Code func(news.Document) ([]event.Event, error)
	// Feeds is the subscription registry; nil makes feed endpoints 503.
	Feeds *feeds.Registry
	// Highlight finds the verb of an event in its sentence (byte offsets
	// in the sentence); nil highlights actors only.
	Highlight func(sentence string, avoid [][2]int) (start, end int, ok bool)
	MaxBody   int64
	MaxDoc    int
	MaxDocs   int
	Now       func() time.Time
	Logf      func(string, ...any)
}

// Server serves the API and the pages.
type Server struct {
	cfg     Config
	st      store.Store
	tokens  *Tokens
	pages   map[string]*template.Template
	metrics *metrics
	mux     *http.ServeMux
}

// New builds a server; tokens holds the hashes of the accepted tokens.
func New(cfg Config, tokens *Tokens) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("web: no store")
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.MaxDoc <= 0 {
		cfg.MaxDoc = DefaultMaxDoc
	}
	if cfg.MaxDocs <= 0 {
		cfg.MaxDocs = DefaultMaxDocs
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logf == nil {
		cfg.Logf = log.Printf
	}
	if tokens == nil {
		tokens = &Tokens{}
	}
	s := &Server{cfg: cfg, st: cfg.Store, tokens: tokens, metrics: newMetrics(), mux: http.NewServeMux()}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	api := func(pattern string, h http.HandlerFunc) { s.handle(pattern, h) }
	write := func(pattern string, h http.HandlerFunc) { s.handle(pattern, s.requireToken(h)) }

	api("GET /api/v1/openapi.json", s.openapi)
	api("GET /api/v1/stats", s.apiStats)
	api("GET /api/v1/events", s.apiEvents)
	api("GET /api/v1/events/{id}", s.apiEvent)
	api("GET /api/v1/dyads", s.apiDyads)
	api("GET /api/v1/relations/{a}/{b}", s.apiRelations)
	api("GET /api/v1/actors/{code}", s.apiActor)
	api("GET /api/v1/actors/{code}/partners", s.apiPartners)
	api("GET /api/v1/search", s.apiSearch)
	api("GET /api/v1/documents/{id}", s.apiDocument)
	write("POST /api/v1/documents", s.apiIngest)
	// The catch-all GET / would make this a 404; it is a 405.
	api("GET /api/v1/documents", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", "POST")
		jsonError(w, http.StatusMethodNotAllowed, "method not allowed; allowed: POST")
	})
	api("GET /api/v1/feeds", s.apiFeeds)
	write("POST /api/v1/feeds", s.apiAddFeed)
	write("DELETE /api/v1/feeds/{id}", s.apiRemoveFeed)
	write("POST /api/v1/feeds/{id}/poll", s.apiPollFeed)

	s.handle("GET /metrics", s.metrics.serve(s))
	s.handle("GET /healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok\n")) })
	static, _ := fs.Sub(assets, "static")
	s.handle("GET /static/", http.StripPrefix("/static/", staticFiles(static)).ServeHTTP)

	s.handle("GET /{$}", s.pageOverview)
	s.handle("GET /dyad/{a}/{b}", s.pageDyad)
	s.handle("GET /actor/{code}", s.pageActor)
	s.handle("GET /event/{id}", s.pageEvent)
	s.handle("GET /doc/{id}", s.pageDocument)
	s.handle("GET /search", s.pageSearch)
	s.handle("GET /feeds", s.pageFeeds)
	s.handle("GET /", func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/api/") {
			jsonError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
			return
		}
		s.pageError(w, r, http.StatusNotFound, "No such page.")
	})
}

// handle registers h under pattern, measured under the pattern's name.
func (s *Server) handle(pattern string, h http.HandlerFunc) {
	route := pattern
	if i := strings.IndexByte(route, ' '); i >= 0 {
		route = route[i+1:]
	}
	s.mux.Handle(pattern, s.metrics.wrap(route, h))
}

// ServeHTTP applies the headers and limits every response gets.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
		"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	if r.Body != nil {
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.cfg.Logf("panic serving %s %s: %v", r.Method, r.URL.Path, v)
			jsonError(w, http.StatusInternalServerError, "internal error")
		}
	}()
	// A wrong method on a known API path gets the JSON 405 the mux would
	// send as text.
	if strings.HasPrefix(r.URL.Path, "/api/") {
		w = &apiWriter{ResponseWriter: w, path: r.URL.Path}
	}
	s.mux.ServeHTTP(w, r)
}

// apiWriter turns the mux's plain-text 404 and 405 into JSON errors.
type apiWriter struct {
	http.ResponseWriter
	path    string
	swallow bool
}

func (a *apiWriter) WriteHeader(code int) {
	if (code == http.StatusMethodNotAllowed || code == http.StatusNotFound) && !strings.HasPrefix(a.Header().Get("Content-Type"), "application/json") {
		a.Header().Set("Content-Type", "application/json")
		a.ResponseWriter.WriteHeader(code)
		msg := "no such endpoint: " + a.path
		if code == http.StatusMethodNotAllowed {
			msg = "method not allowed; allowed: " + a.Header().Get("Allow")
		}
		b, _ := json.Marshal(map[string]string{"error": msg})
		a.ResponseWriter.Write(append(b, '\n'))
		a.swallow = true
		return
	}
	a.ResponseWriter.WriteHeader(code)
}

func (a *apiWriter) Write(b []byte) (int, error) {
	if a.swallow {
		return len(b), nil
	}
	return a.ResponseWriter.Write(b)
}

func (a *apiWriter) Unwrap() http.ResponseWriter { return a.ResponseWriter }

func staticFiles(fsys fs.FS) http.Handler {
	fileServer := http.FileServerFS(fsys)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		fileServer.ServeHTTP(w, r)
	})
}

// NewHTTPServer wraps a handler in an http.Server with timeouts.
func NewHTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      120 * time.Second, // ingest codes documents before answering
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

// Shutdown is a helper for graceful stops.
func Shutdown(srv *http.Server, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	return srv.Shutdown(ctx)
}
