package queue

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres"
	"github.com/dyadproject/dyad/store/postgres/pgtest"
	"github.com/dyadproject/dyad/store/sqlite"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkPipeline measures documents/s through the queue: the example
// corpus (4 editions of each article) published to an embedded NATS server,
// then coded and stored by 1 or 2 workers, each with its own store
// connection and one document at a time, into SQLite or (with
// DYAD_TEST_POSTGRES) PostgreSQL. The coder is loaded before timing.
func BenchmarkPipeline(b *testing.B) {
	code := realCoder(b)
	docs := corpus(b, 4)
	backends := []string{"sqlite"}
	if os.Getenv(pgtest.Env) != "" {
		backends = append(backends, "postgres")
	}
	for _, backend := range backends {
		for _, workers := range []int{1, 2} {
			b.Run(fmt.Sprintf("%s/workers=%d", backend, workers), func(b *testing.B) {
				var total time.Duration
				cpu0 := cpuTime()
				b.ResetTimer()
				for range b.N {
					b.StopTimer()
					srv, err := Embedded(b.TempDir(), "127.0.0.1", -1)
					if err != nil {
						b.Fatal(err)
					}
					nc, err := nats.Connect(srv.ClientURL())
					if err != nil {
						b.Fatal(err)
					}
					p, err := NewPublisher(context.Background(), nc, Config{})
					if err != nil {
						b.Fatal(err)
					}
					for i := range docs {
						p.Publish(context.Background(), &docs[i])
					}
					if err := p.Flush(context.Background()); err != nil {
						b.Fatal(err)
					}
					db := filepath.Join(b.TempDir(), "dyad.db")
					if backend == "postgres" {
						db = pgtest.DSN(b)
					}
					var stores []store.Store
					for range workers {
						var s store.Store
						if backend == "postgres" {
							s, err = postgres.Open(context.Background(), db)
						} else {
							s, err = sqlite.Open(db)
						}
						if err != nil {
							b.Fatal(err)
						}
						stores = append(stores, s)
					}
					ctx, stop := context.WithCancel(context.Background())
					var wg sync.WaitGroup
					b.StartTimer()
					start := time.Now()
					for _, s := range stores {
						wg.Add(1)
						go func() {
							defer wg.Done()
							w := &Worker{Store: s, Code: code}
							if _, err := w.Run(ctx, nc); err != nil {
								b.Error(err)
							}
						}()
					}
					for {
						st, err := stores[0].Stats(context.Background())
						if err != nil {
							b.Fatal(err)
						}
						if st.Documents == len(docs) {
							break
						}
						time.Sleep(20 * time.Millisecond)
					}
					total += time.Since(start)
					b.StopTimer()
					stop()
					wg.Wait()
					for _, s := range stores {
						s.Close()
					}
					nc.Close()
					srv.Shutdown()
				}
				b.ReportMetric(float64(len(docs)*b.N)/total.Seconds(), "docs/s")
				b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(len(docs)*b.N), "cpu-ms/doc")
			})
		}
	}
}
