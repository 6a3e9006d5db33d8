package queue

import (
	"fmt"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// Embedded starts a NATS server with JetStream inside this process, storing
// streams under dir, listening on host:port (port -1: any free port). Tests
// use it, and so can a single machine that wants the queue without running
// a separate nats-server. Stop it with Shutdown.
func Embedded(dir, host string, port int) (*server.Server, error) {
	s, err := server.NewServer(&server.Options{
		ServerName: "dyad-embedded",
		Host:       host,
		Port:       port,
		JetStream:  true,
		StoreDir:   dir,
		NoSigs:     true,
		NoLog:      true,
	})
	if err != nil {
		return nil, fmt.Errorf("starting embedded NATS: %w", err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		s.Shutdown()
		return nil, fmt.Errorf("embedded NATS on %s:%d not ready after 10s", host, port)
	}
	return s, nil
}
