package main

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/queue"
	"github.com/dyadproject/dyad/store/sqlite"
)

// TestPublishAndWorker runs the distributed pipeline end to end on an
// embedded NATS server: ingest --nats publishes the examples twice (the
// second time everything is a duplicate), a worker codes and stores them
// and exits when the queue is empty.
func TestPublishAndWorker(t *testing.T) {
	srv, err := queue.Embedded(t.TempDir(), "127.0.0.1", -1)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Shutdown()
	url := srv.ClientURL()
	paths, err := news.Expand([]string{"../../examples"})
	if err != nil || len(paths) < 20 {
		t.Fatalf("examples: %d files, %v", len(paths), err)
	}
	var out bytes.Buffer
	if err := ingestNATS(url, []string{"../../examples"}, "", false, &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if err := runPublish([]string{"--nats", url, "../../examples"}, &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	t.Log(out.String())
	db := filepath.Join(t.TempDir(), "dyad.db")
	out.Reset()
	if err := runWorker([]string{"--nats", url, "--db", db, "--concurrency", "2", "--idle-exit", "2s"}, &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	t.Log(out.String())
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != len(paths) || st.Mentions == 0 {
		t.Errorf("store %+v after the worker, want %d documents with records", st, len(paths))
	}
}
