package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"strconv"
	"syscall"

	"github.com/dyadproject/dyad/queue"
)

func init() {
	register(command{name: "nats", summary: "run a one-node NATS JetStream server for dyad publish/worker on one machine",
		run: func(args []string) error { return runNATS(args, os.Stderr) }})
}

func runNATS(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("nats", flag.ContinueOnError)
	fs.SetOutput(stderr)
	listen := fs.String("listen", "127.0.0.1:4222", "address to listen on")
	dir := fs.String("dir", "dyad-nats", "directory for the JetStream streams")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad nats [--listen HOST:PORT] [--dir DIR]\n\n"+
			"Runs the NATS server (with JetStream) inside dyad, so that `dyad ingest --nats` and several\n"+
			"`dyad worker` processes can share a queue on one machine without installing nats-server.\n"+
			"For several machines run a nats-server cluster instead (docs/deploy.md). Stops on SIGTERM/SIGINT.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errors.New("nats takes no arguments")
	}
	host, p, err := net.SplitHostPort(*listen)
	if err != nil {
		return fmt.Errorf("--listen %q: %w", *listen, err)
	}
	port, err := strconv.Atoi(p)
	if err != nil {
		return fmt.Errorf("--listen %q: port: %w", *listen, err)
	}
	srv, err := queue.Embedded(*dir, host, port)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "dyad nats: listening on %s, streams in %s\n", srv.ClientURL(), *dir)
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
	<-sig
	srv.Shutdown()
	srv.WaitForShutdown()
	return nil
}
