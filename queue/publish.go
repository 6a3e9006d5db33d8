package queue

import (
	"context"
	"fmt"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyadproject/dyad/news"
)

// maxPending bounds the documents published and not yet acknowledged by
// the server: the publisher's backpressure.
const maxPending = 512

// Publisher puts documents on the work queue.
type Publisher struct {
	js      jetstream.JetStream
	cfg     Config
	pending []pending
	// Published counts documents the stream took; Duplicates those it
	// dropped as already published within the dedup window.
	Published, Duplicates int
}

type pending struct {
	id string
	f  jetstream.PubAckFuture
}

// NewPublisher sets up the streams on nc's JetStream and returns a publisher.
func NewPublisher(ctx context.Context, nc *nats.Conn, cfg Config) (*Publisher, error) {
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncMaxPending(maxPending))
	if err != nil {
		return nil, err
	}
	cfg, err = Setup(ctx, js, cfg)
	if err != nil {
		return nil, err
	}
	return &Publisher{js: js, cfg: cfg}, nil
}

// Publish queues one document. It returns once the document is on its way;
// Flush waits for the server to have taken all of them.
func (p *Publisher) Publish(ctx context.Context, d *news.Document) error {
	data, id, err := Encode(d)
	if err != nil {
		return fmt.Errorf("encoding document %s: %w", d.ID, err)
	}
	f, err := p.js.PublishAsync(p.cfg.Subject, data, jetstream.WithMsgID(id), jetstream.WithExpectStream(p.cfg.Stream))
	if err != nil {
		return fmt.Errorf("publishing document %s: %w", id, err)
	}
	p.pending = append(p.pending, pending{id, f})
	if len(p.pending) >= maxPending {
		return p.settle(ctx, len(p.pending)/2)
	}
	return nil
}

// settle waits for the server's answer to the oldest n publications.
func (p *Publisher) settle(ctx context.Context, n int) error {
	for i := range n {
		pd := p.pending[i]
		select {
		case ack := <-pd.f.Ok():
			if ack.Duplicate {
				p.Duplicates++
			} else {
				p.Published++
			}
		case err := <-pd.f.Err():
			p.pending = p.pending[i+1:]
			return fmt.Errorf("publishing document %s: %w", pd.id, err)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	p.pending = append(p.pending[:0], p.pending[n:]...)
	return nil
}

// Flush waits until the server has acknowledged every document published.
func (p *Publisher) Flush(ctx context.Context) error {
	return p.settle(ctx, len(p.pending))
}
