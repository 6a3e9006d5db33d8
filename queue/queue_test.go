package queue

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres"
	"github.com/dyadproject/dyad/store/postgres/pgtest"
	"github.com/dyadproject/dyad/store/sqlite"
)

// server starts an embedded NATS server for one test and connects to it.
func natsServer(t *testing.T) (url string, nc *nats.Conn) {
	t.Helper()
	s, err := Embedded(t.TempDir(), "127.0.0.1", -1)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Shutdown)
	nc, err = nats.Connect(s.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	return s.ClientURL(), nc
}

// testStore opens an empty store: PostgreSQL when DYAD_TEST_POSTGRES is set
// (and always under CI, where pgtest fails without it), else SQLite. It
// returns the store and what a worker process passes as --db.
func testStore(t *testing.T) (store.Store, string) {
	t.Helper()
	if os.Getenv(pgtest.Env) != "" || os.Getenv("CI") == "true" {
		dsn := pgtest.DSN(t)
		s, err := postgres.Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		return s, dsn
	}
	path := filepath.Join(t.TempDir(), "dyad.db")
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return s, path
}

func openDB(ctx context.Context, db string) (store.Store, error) {
	if postgres.IsDSN(db) {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(db)
}

var (
	coderOnce sync.Once
	theCoder  *coder.Coder
	coderErr  error
)

func realCoder(t testing.TB) CodeFunc {
	coderOnce.Do(func() { theCoder, coderErr = coder.New(coder.Options{}) })
	if coderErr != nil {
		t.Fatal(coderErr)
	}
	return theCoder.Code
}

// corpus reads the example articles, and with copies > 1 makes that many
// variants of each (another id and a closing line of their own), so that
// runs are long enough to interrupt. The variants are near duplicates: the
// store keeps each as a document of the original's story.
func corpus(t testing.TB, copies int) []news.Document {
	paths, err := news.Expand([]string{"../examples"})
	if err != nil {
		t.Fatal(err)
	}
	var base []news.Document
	for _, p := range paths {
		r, err := news.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		for {
			d, err := r.Next()
			if err != nil {
				break
			}
			base = append(base, d)
		}
		r.Close()
	}
	if len(base) < 20 {
		t.Fatalf("only %d example documents in ../examples", len(base))
	}
	out := append([]news.Document{}, base...)
	for c := 1; c < copies; c++ {
		for _, d := range base {
			d.ID = fmt.Sprintf("%s~%d", d.ID, c)
			d.Text += fmt.Sprintf("\n\nThis is edition %d of the story.", c)
			out = append(out, d)
		}
	}
	return out
}

func publish(t *testing.T, nc *nats.Conn, docs []news.Document) *Publisher {
	t.Helper()
	p, err := NewPublisher(context.Background(), nc, Config{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range docs {
		if err := p.Publish(context.Background(), &docs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	return p
}

func streamMsgs(t *testing.T, nc *nats.Conn, name string) uint64 {
	t.Helper()
	js, _ := jetstream.New(nc)
	s, err := js.Stream(context.Background(), name)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return info.State.Msgs
}

func TestPublishDeduplicates(t *testing.T) {
	_, nc := natsServer(t)
	docs := corpus(t, 1)
	p := publish(t, nc, docs)
	if p.Published != len(docs) || p.Duplicates != 0 {
		t.Fatalf("first publication: %d published, %d duplicates; want %d, 0", p.Published, p.Duplicates, len(docs))
	}
	p = publish(t, nc, docs)
	if p.Published != 0 || p.Duplicates != len(docs) {
		t.Errorf("publishing again: %d published, %d duplicates; want 0, %d", p.Published, p.Duplicates, len(docs))
	}
	if n := streamMsgs(t, nc, DefaultConfig.Stream); n != uint64(len(docs)) {
		t.Errorf("stream holds %d messages, want %d", n, len(docs))
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	d := corpus(t, 1)[0]
	data, id, err := Encode(&d)
	if err != nil || id != d.ID {
		t.Fatalf("Encode: id %q, %v", id, err)
	}
	back, err := Decode(data, "test")
	if err != nil {
		t.Fatal(err)
	}
	if back.ID != d.ID || back.Text != d.Text || back.Published != d.Published || back.Place != d.Place || back.Date != d.Date {
		t.Errorf("decoded %+v\nwant %+v", back, d)
	}
	if _, err := Decode([]byte("{not json"), "bad"); err == nil {
		t.Error("a malformed message decoded")
	}
}

// codeAll codes the documents here, the reference a pipeline run must match.
func codeAll(t *testing.T, code CodeFunc, docs []news.Document) map[string]int {
	want := map[string]int{}
	for _, d := range docs {
		evs, err := code(d)
		if err != nil {
			t.Fatalf("coding %s: %v", d.ID, err)
		}
		want[d.ID] = len(evs)
	}
	return want
}

// checkExactlyOnce checks that every document is stored once with the
// records coding it gives, and nothing else is.
func checkExactlyOnce(t *testing.T, s store.Store, want map[string]int) {
	t.Helper()
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for id, n := range want {
		total += n
		if ok, err := s.HasDocument(ctx, id); !ok || err != nil {
			t.Errorf("document %s not stored (%v)", id, err)
		}
	}
	if st.Documents != len(want) || st.Mentions != total {
		t.Errorf("store holds %d documents and %d records; want %d and %d", st.Documents, st.Mentions, len(want), total)
	}
	// Every record is counted in exactly one event, and no record id
	// appears twice.
	seen := map[string]bool{}
	sum := 0
	err = s.Events(ctx, store.Query{}, func(e store.Event) error {
		sum += e.Mentions
		ms, err := s.Mentions(ctx, e.ID)
		if err != nil {
			return err
		}
		for _, m := range ms {
			if seen[m.ID] {
				t.Errorf("record %s stored twice", m.ID)
			}
			seen[m.ID] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum != total || len(seen) != total {
		t.Errorf("events count %d mentions over %d distinct records, want %d", sum, len(seen), total)
	}
}

func TestWorkerStoresEachDocumentOnce(t *testing.T) {
	_, nc := natsServer(t)
	s, _ := testStore(t)
	defer s.Close()
	code := realCoder(t)
	docs := corpus(t, 1)
	want := codeAll(t, code, docs)
	publish(t, nc, docs)
	// A second publication of a few documents beyond the dedup window
	// would reach the workers: simulate it with another stream message id.
	js, _ := jetstream.New(nc)
	for _, d := range docs[:3] {
		data, id, _ := Encode(&d)
		if _, err := js.Publish(context.Background(), DefaultConfig.Subject, data, jetstream.WithMsgID(id+"-again")); err != nil {
			t.Fatal(err)
		}
	}
	w := &Worker{Store: s, Code: code, Concurrency: 2, IdleExit: 2 * time.Second}
	st, err := w.Run(context.Background(), nc)
	if err != nil {
		t.Fatal(err)
	}
	if st.Stored != len(docs) || st.Existing != 3 || st.Dead != 0 {
		t.Errorf("worker stats %+v, want %d stored, 3 found stored", st, len(docs))
	}
	checkExactlyOnce(t, s, want)
	if n := streamMsgs(t, nc, DefaultConfig.Stream); n != 0 {
		t.Errorf("%d messages left on the work queue after acknowledgement", n)
	}
}

func TestDeadLetter(t *testing.T) {
	_, nc := natsServer(t)
	s, _ := testStore(t)
	defer s.Close()
	docs := corpus(t, 1)[:6]
	bad := docs[2].ID
	real := realCoder(t)
	// A coder that fails on one document every time, as a document that
	// trips a bug would.
	var mu sync.Mutex
	tries := 0
	code := func(d news.Document) ([]event.Event, error) {
		if d.ID == bad {
			mu.Lock()
			tries++
			mu.Unlock()
			return nil, errors.New("the parser gave up on sentence 3")
		}
		return real(d)
	}
	publish(t, nc, docs)
	w := &Worker{Store: s, Code: code, MaxDeliver: 3, IdleExit: 6 * time.Second}
	st, err := w.Run(context.Background(), nc)
	if err != nil {
		t.Fatal(err)
	}
	if st.Stored != 5 || st.Dead != 1 || st.Retried != 2 || tries != 3 {
		t.Errorf("stats %+v after %d tries; want 5 stored, 2 retries, 1 dead after 3 tries", st, tries)
	}
	if ok, _ := s.HasDocument(context.Background(), bad); ok {
		t.Error("the failing document is stored")
	}
	js, _ := jetstream.New(nc)
	ds, err := js.Stream(context.Background(), DefaultConfig.DeadStream)
	if err != nil {
		t.Fatal(err)
	}
	dead, err := ds.GetLastMsgForSubject(context.Background(), DefaultConfig.DeadSubject)
	if err != nil {
		t.Fatalf("reading the dead letter: %v", err)
	}
	if dead.Header.Get(HeaderDoc) != bad || !strings.Contains(dead.Header.Get(HeaderError), "parser gave up") ||
		dead.Header.Get(HeaderDeliveries) != "3" {
		t.Errorf("dead letter headers %v", dead.Header)
	}
	if back, err := Decode(dead.Data, "dead"); err != nil || back.Text != docs[2].Text {
		t.Errorf("dead letter does not carry the document: %v", err)
	}
	if n := streamMsgs(t, nc, DefaultConfig.Stream); n != 0 {
		t.Errorf("%d messages left on the work queue", n)
	}
}

// TestGracefulShutdown stops a worker in the middle of the queue: what it
// holds is handed back at once (no wait for AckWait), and a second worker
// completes the store with no document twice.
func TestGracefulShutdown(t *testing.T) {
	_, nc := natsServer(t)
	s, _ := testStore(t)
	defer s.Close()
	real := realCoder(t)
	docs := corpus(t, 2)
	want := codeAll(t, real, docs)
	publish(t, nc, docs)
	ctx, cancel := context.WithCancel(context.Background())
	var once sync.Once
	n := 0
	code := func(d news.Document) ([]event.Event, error) {
		n++
		if n == 10 {
			once.Do(cancel) // SIGTERM arrives while document 10 is coded
		}
		return real(d)
	}
	w := &Worker{Store: s, Code: code, AckWait: time.Hour}
	st, err := w.Run(ctx, nc)
	if err != nil {
		t.Fatal(err)
	}
	if st.Stored != 10 {
		t.Errorf("first worker %+v: want the 10th document finished and nothing after it", st)
	}
	// With AckWait an hour, only documents handed back (or never pulled) are
	// available now: whether any were buffered at the signal depends on
	// timing, so the proof that none was lost is that the second worker
	// stores all the rest.
	w2 := &Worker{Store: s, Code: real, IdleExit: 2 * time.Second, AckWait: time.Hour}
	st2, err := w2.Run(context.Background(), nc)
	if err != nil {
		t.Fatal(err)
	}
	if st2.Stored != len(docs)-10 {
		t.Errorf("second worker stored %d, want %d", st2.Stored, len(docs)-10)
	}
	checkExactlyOnce(t, s, want)
}

// TestStoreOutage runs a worker against a store that has gone away (its
// database closed): documents are handed back, none is dead-lettered, and a
// worker with a working store later stores them all.
func TestStoreOutage(t *testing.T) {
	_, nc := natsServer(t)
	path := filepath.Join(t.TempDir(), "dyad.db")
	down, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	down.Close()
	docs := corpus(t, 1)[:5]
	publish(t, nc, docs)
	code := realCoder(t)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Second)
	defer cancel()
	w := &Worker{Store: down, Code: code, MaxDeliver: 1}
	st, err := w.Run(ctx, nc)
	if err != nil {
		t.Fatal(err)
	}
	if st.Dead != 0 || st.Stored != 0 || st.Retried == 0 {
		t.Errorf("worker on a closed store: %+v, want retries and nothing dead", st)
	}
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	w2 := &Worker{Store: s, Code: code, IdleExit: 8 * time.Second}
	st2, err := w2.Run(context.Background(), nc)
	if err != nil {
		t.Fatal(err)
	}
	if st2.Stored != len(docs) || st2.Dead != 0 {
		t.Errorf("worker after the outage: %+v, want %d stored", st2, len(docs))
	}
}

// TestSetupKeepsOperatorStreams checks that workers and publishers never
// rewrite a stream an operator configured (replicas, limits).
func TestSetupKeepsOperatorStreams(t *testing.T) {
	_, nc := natsServer(t)
	js, _ := jetstream.New(nc)
	ctx := context.Background()
	if _, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: DefaultConfig.Stream, Subjects: []string{DefaultConfig.Subject},
		Retention: jetstream.WorkQueuePolicy, Duplicates: 10 * time.Minute, MaxMsgs: 12345}); err != nil {
		t.Fatal(err)
	}
	publish(t, nc, corpus(t, 1)[:2])
	s, err := js.Stream(ctx, DefaultConfig.Stream)
	if err != nil {
		t.Fatal(err)
	}
	info, _ := s.Info(ctx)
	if info.Config.MaxMsgs != 12345 || info.Config.Duplicates != 10*time.Minute {
		t.Errorf("stream config rewritten: %+v", info.Config)
	}
	if _, err := js.Stream(ctx, DefaultConfig.DeadStream); err != nil {
		t.Errorf("dead-letter stream not created: %v", err)
	}
}
