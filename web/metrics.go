package web

import (
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"sync"
	"time"
)

// metrics counts requests by route and status and their latency, exposed in
// the Prometheus text format.
type metrics struct {
	mu       sync.Mutex
	requests map[[2]string]uint64 // route, status -> count
	hist     map[string]*histogram
	docs     uint64 // documents ingested through the API
	events   uint64 // event records coded through the API
}

var buckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

type histogram struct {
	counts []uint64 // per bucket, not cumulative
	sum    float64
	n      uint64
}

func newMetrics() *metrics {
	return &metrics{requests: map[[2]string]uint64{}, hist: map[string]*histogram{}}
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (m *metrics) wrap(route string, h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			st := sw.status
			if st == 0 {
				st = http.StatusOK
			}
			m.observe(route, st, time.Since(start).Seconds())
		}()
		h(sw, r)
	})
}

func (m *metrics) observe(route string, status int, secs float64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[[2]string{route, strconv.Itoa(status)}]++
	h := m.hist[route]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(buckets))}
		m.hist[route] = h
	}
	for i, b := range buckets {
		if secs <= b {
			h.counts[i]++
			break
		}
	}
	h.sum += secs
	h.n++
}

func (m *metrics) ingested(docs, events int) {
	m.mu.Lock()
	m.docs += uint64(docs)
	m.events += uint64(events)
	m.mu.Unlock()
}

func (m *metrics) serve(s *Server) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		st, err := s.st.Stats(r.Context())
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		m.mu.Lock()
		defer m.mu.Unlock()
		fmt.Fprintln(w, "# HELP dyad_http_requests_total HTTP requests by route pattern and status code.")
		fmt.Fprintln(w, "# TYPE dyad_http_requests_total counter")
		keys := make([][2]string, 0, len(m.requests))
		for k := range m.requests {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			return keys[i][0] < keys[j][0] || keys[i][0] == keys[j][0] && keys[i][1] < keys[j][1]
		})
		for _, k := range keys {
			fmt.Fprintf(w, "dyad_http_requests_total{route=%q,code=%q} %d\n", k[0], k[1], m.requests[k])
		}
		fmt.Fprintln(w, "# HELP dyad_http_request_duration_seconds HTTP request latency by route pattern.")
		fmt.Fprintln(w, "# TYPE dyad_http_request_duration_seconds histogram")
		routes := make([]string, 0, len(m.hist))
		for r := range m.hist {
			routes = append(routes, r)
		}
		sort.Strings(routes)
		for _, rt := range routes {
			h := m.hist[rt]
			var cum uint64
			for i, b := range buckets {
				cum += h.counts[i]
				fmt.Fprintf(w, "dyad_http_request_duration_seconds_bucket{route=%q,le=%q} %d\n", rt, strconv.FormatFloat(b, 'g', -1, 64), cum)
			}
			fmt.Fprintf(w, "dyad_http_request_duration_seconds_bucket{route=%q,le=\"+Inf\"} %d\n", rt, h.n)
			fmt.Fprintf(w, "dyad_http_request_duration_seconds_sum{route=%q} %g\n", rt, h.sum)
			fmt.Fprintf(w, "dyad_http_request_duration_seconds_count{route=%q} %d\n", rt, h.n)
		}
		fmt.Fprintln(w, "# HELP dyad_ingested_documents_total Documents ingested through the API since start.")
		fmt.Fprintln(w, "# TYPE dyad_ingested_documents_total counter")
		fmt.Fprintf(w, "dyad_ingested_documents_total %d\n", m.docs)
		fmt.Fprintln(w, "# HELP dyad_ingested_records_total Event records coded through the API since start.")
		fmt.Fprintln(w, "# TYPE dyad_ingested_records_total counter")
		fmt.Fprintf(w, "dyad_ingested_records_total %d\n", m.events)
		if err == nil {
			fmt.Fprintln(w, "# HELP dyad_store_events Merged events in the store.")
			fmt.Fprintln(w, "# TYPE dyad_store_events gauge")
			fmt.Fprintf(w, "dyad_store_events %d\n", st.Events)
			fmt.Fprintln(w, "# HELP dyad_store_documents Documents in the store.")
			fmt.Fprintln(w, "# TYPE dyad_store_documents gauge")
			fmt.Fprintf(w, "dyad_store_documents %d\n", st.Documents)
			fmt.Fprintln(w, "# HELP dyad_store_mentions Event records in the store.")
			fmt.Fprintln(w, "# TYPE dyad_store_mentions gauge")
			fmt.Fprintf(w, "dyad_store_mentions %d\n", st.Mentions)
		}
	}
}
