package queue

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/store"
)

// CodeFunc codes one document.
type CodeFunc func(news.Document) ([]event.Event, error)

// Worker pulls documents from the work queue, codes them and stores them.
type Worker struct {
	Store store.Store
	Code  CodeFunc
	// Config names the streams (zero fields: DefaultConfig).
	Config Config
	// Durable is the consumer all workers share ("dyad-workers").
	Durable string
	// Concurrency is how many documents this worker codes at once (1).
	Concurrency int
	// MaxDeliver is how many times a failing document is tried before it
	// goes to the dead-letter stream (5).
	MaxDeliver int
	// AckWait is how long the server waits for an acknowledgement before
	// redelivering a document to another worker (1 minute).
	AckWait time.Duration
	// MaxAckPending bounds the documents delivered and not yet acknowledged
	// across all workers of the consumer (1000): backpressure on the queue.
	MaxAckPending int
	// Grace is how long a shutdown waits for documents being coded before
	// handing them back (30 s).
	Grace time.Duration
	// IdleExit, when positive, ends Run after that long without a document
	// (batch runs and benchmarks); 0 runs until the context ends.
	IdleExit time.Duration
	// Log receives one line per failure (nil: discarded).
	Log io.Writer

	pauseUntil atomic.Int64 // unix ns: no pulls before, while the store is down
}

// Stats is what a worker did.
type Stats struct {
	Stored   int // documents committed by this worker
	Existing int // documents found already stored (redeliveries, duplicates)
	Events   int // event records stored
	Retried  int // failures handed back for another try
	Dead     int // documents sent to the dead-letter stream
	Returned int // documents handed back unprocessed at shutdown
	// Redelivered counts documents this worker received that had been
	// delivered before (to a worker that died, or failed, or shut down).
	Redelivered int
}

func (w *Worker) defaults() {
	if w.Durable == "" {
		w.Durable = "dyad-workers"
	}
	if w.Concurrency < 1 {
		w.Concurrency = 1
	}
	if w.MaxDeliver < 1 {
		w.MaxDeliver = 5
	}
	if w.AckWait <= 0 {
		w.AckWait = time.Minute
	}
	if w.MaxAckPending < 1 {
		w.MaxAckPending = 1000
	}
	if w.Grace <= 0 {
		w.Grace = 30 * time.Second
	}
	if w.Log == nil {
		w.Log = io.Discard
	}
}

// Run consumes documents until ctx ends (or the queue stays empty for
// IdleExit). When ctx ends it stops pulling, hands back the documents it
// holds but has not started, and lets the ones being coded finish within
// Grace; those still unfinished then are handed back too (nak), so another
// worker takes them at once instead of after AckWait.
func (w *Worker) Run(ctx context.Context, nc *nats.Conn) (Stats, error) {
	w.defaults()
	js, err := jetstream.New(nc)
	if err != nil {
		return Stats{}, err
	}
	cfg, err := Setup(ctx, js, w.Config)
	if err != nil {
		return Stats{}, err
	}
	w.Config = cfg
	cons, err := js.CreateOrUpdateConsumer(ctx, cfg.Stream, jetstream.ConsumerConfig{
		Durable:       w.Durable,
		Description:   "dyad coding workers",
		FilterSubject: cfg.Subject,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       w.AckWait,
		// Two deliveries of slack over our own limit: a document whose
		// worker was killed on its last try is still retried before the
		// server gives up on it (and emits a MAX_DELIVERIES advisory).
		MaxDeliver:    w.MaxDeliver + 2,
		MaxAckPending: w.MaxAckPending,
	})
	if err != nil {
		return Stats{}, fmt.Errorf("creating consumer %s on %s: %w", w.Durable, cfg.Stream, err)
	}
	// work is the context of documents being processed: it outlives ctx by
	// Grace so that in-flight documents can finish.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	go func() {
		<-ctx.Done()
		t := time.NewTimer(w.Grace)
		defer t.Stop()
		select {
		case <-t.C:
			cancelWork()
		case <-work.Done():
		}
	}()

	var (
		mu    sync.Mutex
		stats Stats
		wg    sync.WaitGroup
	)
	jobs := make(chan jetstream.Msg)
	for range w.Concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range jobs {
				w.handle(work, js, m, &mu, &stats)
			}
		}()
	}

	// Pull in batches of Concurrency with a short wait: every message the
	// server delivers belongs to a batch this loop reads to its end, so at
	// shutdown none is left delivered and unseen (it would wait AckWait).
	var runErr error
	lastMsg := time.Now()
	for ctx.Err() == nil {
		if d := time.Until(time.Unix(0, w.pauseUntil.Load())); d > 0 {
			select {
			case <-time.After(d):
			case <-ctx.Done():
			}
			lastMsg = time.Now()
			continue
		}
		batch, err := cons.Fetch(w.Concurrency, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			if ctx.Err() == nil {
				runErr = fmt.Errorf("pulling from %s: %w", cfg.Stream, err)
			}
			break
		}
		got := 0
		for m := range batch.Messages() {
			got++
			if ctx.Err() != nil {
				w.giveBack(m, &mu, &stats)
				continue
			}
			select {
			case jobs <- m:
			case <-ctx.Done():
				w.giveBack(m, &mu, &stats)
			}
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && ctx.Err() == nil {
			fmt.Fprintf(w.Log, "dyad worker: pulling from %s: %v\n", cfg.Stream, err)
			time.Sleep(time.Second)
		}
		if got > 0 {
			lastMsg = time.Now()
		} else if w.IdleExit > 0 && time.Since(lastMsg) >= w.IdleExit {
			break
		}
	}
	close(jobs)
	wg.Wait()
	cancelWork()
	return stats, runErr
}

// giveBack returns an unstarted document to the queue for another worker.
func (w *Worker) giveBack(m jetstream.Msg, mu *sync.Mutex, st *Stats) {
	m.Nak()
	mu.Lock()
	st.Returned++
	mu.Unlock()
}

// handle processes one message: decode, code unless stored, store, and
// acknowledge only after the commit.
func (w *Worker) handle(ctx context.Context, js jetstream.JetStream, m jetstream.Msg, mu *sync.Mutex, st *Stats) {
	md, err := m.Metadata()
	if err != nil {
		fmt.Fprintf(w.Log, "dyad worker: message without metadata on %s: %v\n", m.Subject(), err)
		m.Term()
		return
	}
	if md.NumDelivered > 1 {
		mu.Lock()
		st.Redelivered++
		mu.Unlock()
	}
	name := fmt.Sprintf("%s message %d", w.Config.Stream, md.Sequence.Stream)
	doc, err := Decode(m.Data(), name)
	if err != nil {
		// A message that cannot be read will never succeed: no retries.
		w.dead(ctx, js, m, md, "", err, mu, st)
		return
	}
	stored, events, err := w.process(ctx, doc)
	if err != nil {
		if ctx.Err() != nil {
			// Shut down mid-document: hand it back, not counted as a failure.
			w.giveBack(m, mu, st)
			return
		}
		var ce *codingError
		if !errors.As(err, &ce) && w.storeDown(ctx) {
			// The store is unreachable (a database restart, a network cut):
			// not the document's fault, so it is not dead-lettered; the
			// worker stops pulling for a while instead.
			fmt.Fprintf(w.Log, "dyad worker: store unavailable, pausing %s: %v\n", storePause, err)
			m.NakWithDelay(storePause)
			w.pauseUntil.Store(time.Now().Add(storePause).UnixNano())
			mu.Lock()
			st.Retried++
			mu.Unlock()
			return
		}
		if md.NumDelivered >= uint64(w.MaxDeliver) {
			w.dead(ctx, js, m, md, doc.ID, err, mu, st)
			return
		}
		fmt.Fprintf(w.Log, "dyad worker: document %s (delivery %d of %d): %v\n", doc.ID, md.NumDelivered, w.MaxDeliver, err)
		// Back off a little more on every try.
		m.NakWithDelay(time.Duration(md.NumDelivered) * time.Second)
		mu.Lock()
		st.Retried++
		mu.Unlock()
		return
	}
	// The document is committed: a lost acknowledgement only means a
	// redelivery that the store recognises.
	if err := m.DoubleAck(ctx); err != nil {
		fmt.Fprintf(w.Log, "dyad worker: acknowledging document %s: %v (it will be redelivered and found stored)\n", doc.ID, err)
	}
	mu.Lock()
	if stored {
		st.Stored++
		st.Events += events
	} else {
		st.Existing++
	}
	mu.Unlock()
}

// process codes and stores one document; stored is false when the store
// already held it.
func (w *Worker) process(ctx context.Context, doc news.Document) (stored bool, events int, err error) {
	if ok, err := w.Store.HasDocument(ctx, doc.ID); err != nil || ok {
		return false, 0, err
	}
	evs, err := w.code(doc)
	if err != nil {
		return false, 0, &codingError{err}
	}
	res, err := w.Store.AddDocument(ctx, store.Document{ID: doc.ID, Outlet: doc.Outlet, URL: doc.URL,
		Published: doc.Published, Title: doc.Title, Text: doc.Text}, evs)
	if err != nil {
		return false, 0, err
	}
	return res.Added, res.Mentions, nil
}

// codingError is a failure of the coder, as opposed to the store.
type codingError struct{ err error }

func (e *codingError) Error() string { return "coding: " + e.err.Error() }
func (e *codingError) Unwrap() error { return e.err }

// storePause is how long a worker stops pulling when the store is down.
const storePause = 5 * time.Second

// storeDown reports whether the store fails a trivial read.
func (w *Worker) storeDown(ctx context.Context) bool {
	_, err := w.Store.HasDocument(ctx, "")
	return err != nil
}

// code runs the coder, turning a panic into an error: one bad document
// must not take the worker (and its other documents) down.
func (w *Worker) code(doc news.Document) (evs []event.Event, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("coder panic: %v", r)
		}
	}()
	return w.Code(doc)
}

// dead publishes a document to the dead-letter subject, with the error,
// and terminates it on the work queue.
func (w *Worker) dead(ctx context.Context, js jetstream.JetStream, m jetstream.Msg, md *jetstream.MsgMetadata, docID string, cause error, mu *sync.Mutex, st *Stats) {
	dm := nats.NewMsg(w.Config.DeadSubject)
	dm.Data = m.Data()
	dm.Header.Set(HeaderError, cause.Error())
	dm.Header.Set(HeaderDoc, docID)
	dm.Header.Set(HeaderDeliveries, strconv.FormatUint(md.NumDelivered, 10))
	dm.Header.Set(jetstream.MsgIDHeader, fmt.Sprintf("dead-%s-%d", w.Config.Stream, md.Sequence.Stream))
	if _, err := js.PublishMsg(ctx, dm); err != nil {
		// Keep the document on the queue rather than lose it.
		fmt.Fprintf(w.Log, "dyad worker: dead-lettering document %s: %v\n", docID, err)
		m.NakWithDelay(5 * time.Second)
		return
	}
	fmt.Fprintf(w.Log, "dyad worker: document %s sent to %s after %d deliveries: %v\n", docID, w.Config.DeadSubject, md.NumDelivered, cause)
	m.TermWithReason(cause.Error())
	mu.Lock()
	st.Dead++
	mu.Unlock()
}
