package web

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/dyadproject/dyad/store"
)

// eventGetter is the lookup by id the store may grow (requested in
// notes/server-needs.md); until then eventByID reads the SQLite table.
type eventGetter interface {
	Event(ctx context.Context, id string) (store.Event, error)
}

func (s *Server) eventByID(ctx context.Context, id string) (store.Event, error) {
	if g, ok := s.st.(eventGetter); ok {
		return g.Event(ctx, id)
	}
	if s.cfg.DB == nil {
		return store.Event{}, errors.New("looking up events by id needs the SQLite database")
	}
	var e store.Event
	err := s.cfg.DB.QueryRowContext(ctx, `SELECT id, src, src_country, tgt, tgt_country, cameo, quad, goldstein, plover,
		negated, date, mentions, sources, articles, first_seen, last_seen, text, doc FROM events WHERE id = ?`, id).Scan(
		&e.ID, &e.Source, &e.SourceCountry, &e.Target, &e.TargetCountry, &e.Cameo, &e.Quad, &e.Goldstein, &e.Plover,
		&e.Negated, &e.Date, &e.Mentions, &e.Sources, &e.Articles, &e.FirstSeen, &e.LastSeen, &e.Text, &e.Doc)
	if errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("event %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return e, fmt.Errorf("event %q: %w", id, err)
	}
	return e, nil
}
