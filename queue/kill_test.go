package queue

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyadproject/dyad/coder"
)

// Environment of the worker child process of TestKilledWorker.
const (
	childEnv = "DYAD_QUEUE_TEST_WORKER" // the NATS URL
	childDB  = "DYAD_QUEUE_TEST_DB"
)

func TestMain(m *testing.M) {
	if url := os.Getenv(childEnv); url != "" {
		os.Exit(childWorker(url, os.Getenv(childDB)))
	}
	os.Exit(m.Run())
}

// childWorker is the worker the test kills: the real coder and store, with
// a short AckWait so that its unacknowledged documents return quickly.
func childWorker(url, db string) int {
	ctx := context.Background()
	s, err := openDB(ctx, db)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	nc, err := nats.Connect(url)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	c, err := coder.New(coder.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	w := &Worker{Store: s, Code: c.Code, Concurrency: 2, AckWait: 3 * time.Second, Log: os.Stderr}
	if _, err := w.Run(ctx, nc); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// TestKilledWorker runs two workers on one queue, kills one with SIGKILL
// while it holds documents, and checks that the other completes the store
// with every document coded exactly once.
func TestKilledWorker(t *testing.T) {
	url, nc := natsServer(t)
	s, db := testStore(t)
	defer s.Close()
	code := realCoder(t)
	docs := corpus(t, 6)
	want := codeAll(t, code, docs)
	publish(t, nc, docs)

	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), childEnv+"="+url, childDB+"="+db)
	child.Stderr = os.Stderr
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	defer child.Process.Kill()

	// The child starts alone; once it has stored some documents the
	// survivor starts here, with the same short AckWait, and the child is
	// killed while both work and it holds delivered, unacknowledged ones.
	js, _ := jetstream.New(nc)
	waitFor := func(what string, ok func(stored int, info *jetstream.ConsumerInfo) bool) (int, *jetstream.ConsumerInfo) {
		t.Helper()
		deadline := time.Now().Add(2 * time.Minute)
		for {
			st, err := s.Stats(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			var info *jetstream.ConsumerInfo
			if cons, err := js.Consumer(context.Background(), DefaultConfig.Stream, "dyad-workers"); err == nil {
				info, _ = cons.Info(context.Background())
			}
			if info != nil && ok(st.Documents, info) {
				return st.Documents, info
			}
			if time.Now().After(deadline) {
				t.Fatalf("waited 2 minutes for %s: %d documents stored, consumer %+v", what, st.Documents, info)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	byChild, _ := waitFor("the child to store 20 documents", func(n int, _ *jetstream.ConsumerInfo) bool { return n >= 20 })

	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	type result struct {
		st  Stats
		err error
	}
	done := make(chan result, 1)
	go func() {
		w := &Worker{Store: s, Code: code, Concurrency: 1, AckWait: 3 * time.Second}
		st, err := w.Run(ctx, nc)
		done <- result{st, err}
	}()

	stored, info := waitFor("both workers at work", func(n int, info *jetstream.ConsumerInfo) bool {
		return n >= byChild+20 && info.NumAckPending >= 3
	})
	if err := child.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	pendingAtKill := info.NumAckPending
	t.Logf("killed the child worker with %d documents stored, %d delivered and unacknowledged, %d waiting",
		stored, info.NumAckPending, info.NumPending)
	if stored >= len(docs)-10 {
		t.Fatalf("killed too late to test anything: %d of %d stored", stored, len(docs))
	}
	child.Wait()

	deadline := time.Now().Add(3 * time.Minute)
	for {
		st, err := s.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if st.Documents >= len(docs) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the surviving worker stopped at %d of %d documents", st.Documents, len(docs))
		}
		time.Sleep(100 * time.Millisecond)
	}
	// Let redeliveries of documents the child committed but never
	// acknowledged reach the survivor, then stop it.
	cons, err := js.Consumer(context.Background(), DefaultConfig.Stream, "dyad-workers")
	if err != nil {
		t.Fatal(err)
	}
	for {
		info, err := cons.Info(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if info.NumAckPending == 0 && info.NumPending == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue not drained: %d pending, %d unacknowledged", info.NumPending, info.NumAckPending)
		}
		time.Sleep(100 * time.Millisecond)
	}
	stop()
	r := <-done
	if r.err != nil {
		t.Fatal(r.err)
	}
	t.Logf("survivor: %+v", r.st)
	if r.st.Redelivered == 0 {
		t.Errorf("the survivor took over none of the killed worker's %d unacknowledged documents", pendingAtKill)
	}
	if r.st.Stored >= len(docs) {
		t.Errorf("the survivor stored all %d documents: the killed worker committed none", r.st.Stored)
	}
	checkExactlyOnce(t, s, want)
}
