// Package pgtest gives tests a fresh PostgreSQL schema of their own in the
// database named by DYAD_TEST_POSTGRES. Without it tests skip, except under
// CI (CI=true), where a missing database is a failure: the pipeline must
// run these tests, not silently pass them.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// Env is the variable holding the test database's DSN (a postgres:// URL).
const Env = "DYAD_TEST_POSTGRES"

// DSN creates an empty schema for the test, dropped at its end, and returns
// a DSN whose connections use it (search_path).
func DSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv(Env)
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set under CI: PostgreSQL tests must run there (see .ci/run)", Env)
		}
		t.Skipf("%s not set: no PostgreSQL to test against", Env)
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		t.Fatalf("%s=%q: want a postgres:// URL", Env, base)
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "dyadtest_" + hex.EncodeToString(b)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connecting to %s: %v", Env, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("creating schema %s: %v", schema, err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), base)
		if err != nil {
			t.Errorf("dropping schema %s: %v", schema, err)
			return
		}
		defer c.Close(context.Background())
		if _, err := c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil && !strings.Contains(err.Error(), "does not exist") {
			t.Errorf("dropping schema %s: %v", schema, err)
		}
	})
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
