// Package queue distributes documents to coding workers through NATS
// JetStream: a publisher puts documents on a work-queue stream (each
// document once, deduplicated by its id), and any number of workers on any
// machines pull them, code them and store the events, acknowledging a
// document only after the store has committed it.
//
// Delivery is at least once: a worker that dies before acknowledging leaves
// its documents to be redelivered to another. Nothing is stored twice
// because the store refuses a document it holds (same id or content) in the
// same transaction that would add it. A document that fails MaxDeliver times
// goes to a dead-letter stream with the error in a header.
package queue

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/store"
)

// Config names the streams and sets their limits. Zero fields take the
// defaults of DefaultConfig.
type Config struct {
	Stream  string // the work queue of documents
	Subject string
	// DeadStream keeps, on DeadSubject, the documents that failed
	// MaxDeliver times, with the error in the Dyad-Error header.
	DeadStream  string
	DeadSubject string
	// Dedup is the window in which a document published again (same
	// Nats-Msg-Id) is dropped by the server.
	Dedup time.Duration
	// Replicas is the stream replication factor: 1 on one server, 3 on a
	// three-node cluster.
	Replicas int
}

// DefaultConfig is the configuration dyad uses unless told otherwise.
var DefaultConfig = Config{
	Stream: "DYAD_DOCS", Subject: "dyad.docs",
	DeadStream: "DYAD_DEAD", DeadSubject: "dyad.dead",
	Dedup: time.Hour, Replicas: 1,
}

func (c Config) withDefaults() Config {
	d := DefaultConfig
	if c.Stream != "" {
		d.Stream = c.Stream
	}
	if c.Subject != "" {
		d.Subject = c.Subject
	}
	if c.DeadStream != "" {
		d.DeadStream = c.DeadStream
	}
	if c.DeadSubject != "" {
		d.DeadSubject = c.DeadSubject
	}
	if c.Dedup > 0 {
		d.Dedup = c.Dedup
	}
	if c.Replicas > 0 {
		d.Replicas = c.Replicas
	}
	return d
}

// Headers set on dead letters.
const (
	HeaderError      = "Dyad-Error"
	HeaderDoc        = "Dyad-Doc"
	HeaderDeliveries = "Dyad-Deliveries"
)

// Setup creates the document and dead-letter streams when they are missing.
// Existing streams are left as they are: an operator may have made them
// with three replicas or other limits, which a worker must not undo.
func Setup(ctx context.Context, js jetstream.JetStream, cfg Config) (Config, error) {
	cfg = cfg.withDefaults()
	_, err := ensureStream(ctx, js, jetstream.StreamConfig{
		Name:        cfg.Stream,
		Description: "dyad: documents waiting to be coded",
		Subjects:    []string{cfg.Subject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  cfg.Dedup,
		Replicas:    cfg.Replicas,
	})
	if err != nil {
		return cfg, fmt.Errorf("creating stream %s: %w", cfg.Stream, err)
	}
	_, err = ensureStream(ctx, js, jetstream.StreamConfig{
		Name:        cfg.DeadStream,
		Description: "dyad: documents that failed coding or storing repeatedly",
		Subjects:    []string{cfg.DeadSubject},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		MaxAge:      30 * 24 * time.Hour,
		Replicas:    cfg.Replicas,
	})
	if err != nil {
		return cfg, fmt.Errorf("creating stream %s: %w", cfg.DeadStream, err)
	}
	return cfg, nil
}

func ensureStream(ctx context.Context, js jetstream.JetStream, sc jetstream.StreamConfig) (jetstream.Stream, error) {
	st, err := js.Stream(ctx, sc.Name)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		st, err = js.CreateStream(ctx, sc)
		if errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
			// Another worker created it meanwhile.
			st, err = js.Stream(ctx, sc.Name)
		}
	}
	return st, err
}

// message is a document on the wire: the fields news reads from JSON Lines,
// so the worker reads it back with news' own reader (dateline and all).
type message struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
}

// Encode gives a document's message body and its message id: the document
// id, or when it has none the hash of its text.
func Encode(d *news.Document) (data []byte, msgID string, err error) {
	msgID = d.ID
	if msgID == "" {
		msgID = store.ContentHash(d.Text)
	}
	data, err = json.Marshal(message{ID: d.ID, Text: d.Text, Published: d.Published, Outlet: d.Outlet, URL: d.URL, Title: d.Title})
	return data, msgID, err
}

// Decode reads a message body back into a document.
func Decode(data []byte, name string) (news.Document, error) {
	r := news.NewReader(bytes.NewReader(data), name, news.JSONL)
	defer r.Close()
	d, err := r.Next()
	if errors.Is(err, io.EOF) {
		return d, fmt.Errorf("%s: empty message", name)
	}
	return d, err
}
