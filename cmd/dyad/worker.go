package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/dyadproject/dyad/queue"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres"
	"github.com/dyadproject/dyad/store/sqlite"
)

func init() {
	register(command{name: "worker", summary: "code documents from a NATS JetStream work queue into the store (PostgreSQL or SQLite)",
		run: func(args []string) error { return runWorker(args, os.Stderr) }})
}

// openStore opens the store a --db argument names: a postgres:// URL or an
// SQLite file.
func openStore(ctx context.Context, db string) (store.Store, error) {
	if postgres.IsDSN(db) {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(db)
}

func runWorker(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(stderr)
	url := fs.String("nats", nats.DefaultURL, "NATS server URL (comma-separated for a cluster)")
	db := fs.String("db", defaultDB, "store: postgres://user@host/db (shared by all workers) or an SQLite file")
	conc := fs.Int("concurrency", 1, "documents coded at once by this worker (about one per core)")
	maxDeliver := fs.Int("max-deliver", 5, "tries before a failing document goes to the dead-letter subject "+queue.DefaultConfig.DeadSubject)
	ackWait := fs.Duration("ack-wait", time.Minute, "time before an unacknowledged document is redelivered to another worker")
	maxPending := fs.Int("max-ack-pending", 1000, "documents delivered and not yet acknowledged, over all workers")
	grace := fs.Duration("grace", 30*time.Second, "at SIGTERM, time given to documents being coded before they are handed back")
	idle := fs.Duration("idle-exit", 0, "exit after the queue has been empty this long (0: run until SIGTERM)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad worker [--nats URL] [--db DSN|FILE] [--concurrency N] ...\n\n"+
			"Pulls documents published by `dyad ingest --nats` (or `dyad publish`), codes them and stores\n"+
			"them, acknowledging each only after the store has committed it. Run any number, on any\n"+
			"machines, against one PostgreSQL store. SIGTERM or SIGINT: stop pulling, finish or hand back\n"+
			"the documents in hand, exit.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errors.New("worker takes no arguments")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	c, err := defaultCoder()
	if err != nil {
		return fmt.Errorf("loading the coder: %w", err)
	}
	nc, err := nats.Connect(*url, nats.Name("dyad worker"), nats.MaxReconnects(-1))
	if err != nil {
		return fmt.Errorf("connecting to NATS at %s: %w", *url, err)
	}
	defer nc.Close()
	w := &queue.Worker{Store: st, Code: c.Code, Concurrency: *conc, MaxDeliver: *maxDeliver, AckWait: *ackWait,
		MaxAckPending: *maxPending, Grace: *grace, IdleExit: *idle, Log: stderr}
	start := time.Now()
	stats, err := w.Run(ctx, nc)
	el := time.Since(start).Seconds()
	fmt.Fprintf(stderr, "dyad worker: %d documents stored in %.1fs (%.1f/s), %d event records, %d already stored, %d retried, %d dead-lettered, %d handed back\n",
		stats.Stored, el, float64(stats.Stored)/el, stats.Events, stats.Existing, stats.Retried, stats.Dead, stats.Returned)
	return err
}
