package postgres

import (
	"context"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres/pgtest"
	"github.com/dyadproject/dyad/store/storetest"
)

// TestPloverIndexUpgrade brings a database with events from schema 8 to
// 9 (the PLOVER index): the events stay, listed and selected by type, and
// a page of one type is a backward scan of the new index, starting at
// the cursor.
func TestPloverIndexUpgrade(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	all := migrations
	migrations = migrations[:8]
	old, err := Open(ctx, dsn)
	migrations = all
	if err != nil {
		t.Fatal(err)
	}
	s := storetest.Upgrade(t, old, func() store.Store { return open(t, dsn) }).(*Store)
	defer s.Close()
	var n int
	s.pool.QueryRow(ctx, `SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'events_plover'`).Scan(&n)
	if n != 1 {
		t.Fatalf("events_plover: %d indexes after the upgrade", n)
	}
	// With the table's statistics, as autovacuum would have them.
	if _, err := s.pool.Exec(ctx, `ANALYZE events`); err != nil {
		t.Fatal(err)
	}
	sql, args := EventsSQL(store.Query{Plover: "CONSULT", Limit: 20, After: "2022-06-01|ef_syn000000500"})
	rows, err := s.pool.Query(ctx, "EXPLAIN "+sql, args...)
	if err != nil {
		t.Fatal(err)
	}
	var plan string
	for rows.Next() {
		var line string
		rows.Scan(&line)
		plan += line + "\n"
	}
	rows.Close()
	if !strings.Contains(plan, "Index Scan Backward using events_plover") || !strings.Contains(plan, "ROW(date, id) < ROW(") || strings.Contains(plan, "Sort") {
		t.Errorf("a page of one type: want a backward scan of events_plover from the cursor on, without a sort:\n%s", plan)
	}
	t.Logf("a page of one type:\n%s", plan)
}
