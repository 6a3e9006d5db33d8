package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/dyadproject/dyad/store"
)

var _ store.ServerStore = (*Store)(nil)

// AddToken implements store.Tokens.
func (s *Store) AddToken(ctx context.Context, t store.Token) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO serve_tokens(hash, created) VALUES($1, $2) ON CONFLICT(hash) DO NOTHING`, t.Hash, t.Created)
	return s.wrap("storing a token", err)
}

// CheckToken implements store.Tokens.
func (s *Store) CheckToken(ctx context.Context, hash string) (bool, error) {
	var ok bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM serve_tokens WHERE hash = $1)`, hash).Scan(&ok)
	return ok, s.wrap("checking a token", err)
}

// RevokeToken implements store.Tokens.
func (s *Store) RevokeToken(ctx context.Context, hash string) error {
	tag, err := s.pool.Exec(ctx, `DELETE FROM serve_tokens WHERE hash = $1`, hash)
	if err != nil {
		return s.wrap("revoking a token", err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("token %s: %w", hash, store.ErrNotFound)
	}
	return nil
}

// ListTokens implements store.Tokens.
func (s *Store) ListTokens(ctx context.Context) ([]store.Token, error) {
	rows, err := s.pool.Query(ctx, `SELECT hash, created FROM serve_tokens ORDER BY created, hash`)
	if err != nil {
		return nil, s.wrap("listing tokens", err)
	}
	defer rows.Close()
	out := []store.Token{}
	for rows.Next() {
		var t store.Token
		if err := rows.Scan(&t.Hash, &t.Created); err != nil {
			return nil, s.wrap("listing tokens", err)
		}
		out = append(out, t)
	}
	return out, s.wrap("listing tokens", rows.Err())
}

// AddFeed implements store.Feeds.
func (s *Store) AddFeed(ctx context.Context, url, added string) (store.Feed, error) {
	if _, err := s.pool.Exec(ctx, `INSERT INTO feeds(url, added) VALUES($1, $2) ON CONFLICT(url) DO NOTHING`, url, added); err != nil {
		return store.Feed{}, s.wrap("adding feed "+url, err)
	}
	fs, err := s.feeds(ctx, `WHERE f.url = $1`, url)
	if err != nil {
		return store.Feed{}, err
	}
	if len(fs) == 0 { // removed at once by another process
		return store.Feed{}, fmt.Errorf("feed %s: %w", url, store.ErrNotFound)
	}
	return fs[0], nil
}

// Feed implements store.Feeds.
func (s *Store) Feed(ctx context.Context, id int64) (store.Feed, error) {
	fs, err := s.feeds(ctx, `WHERE f.id = $1`, id)
	if err != nil {
		return store.Feed{}, err
	}
	if len(fs) == 0 {
		return store.Feed{}, fmt.Errorf("feed %d: %w", id, store.ErrNotFound)
	}
	return fs[0], nil
}

// ListFeeds implements store.Feeds.
func (s *Store) ListFeeds(ctx context.Context) ([]store.Feed, error) { return s.feeds(ctx, "") }

func (s *Store) feeds(ctx context.Context, where string, args ...any) ([]store.Feed, error) {
	rows, err := s.pool.Query(ctx, `SELECT f.id, f.url, f.title, f.added, f.polled, f.error, f.etag, f.last_modified,
		(SELECT count(*) FROM feed_items i WHERE i.feed = f.id) FROM feeds f `+where+` ORDER BY f.id`, args...)
	if err != nil {
		return nil, s.wrap("listing feeds", err)
	}
	defer rows.Close()
	out := []store.Feed{}
	for rows.Next() {
		var f store.Feed
		if err := rows.Scan(&f.ID, &f.URL, &f.Title, &f.Added, &f.Polled, &f.Error, &f.ETag, &f.LastModified, &f.Items); err != nil {
			return nil, s.wrap("listing feeds", err)
		}
		out = append(out, f)
	}
	return out, s.wrap("listing feeds", rows.Err())
}

// RemoveFeed implements store.Feeds.
func (s *Store) RemoveFeed(ctx context.Context, id int64) error {
	var n int
	// The items stay, as seen, under no feed, as in store/sqlite.
	err := s.pool.QueryRow(ctx, `WITH gone AS (DELETE FROM feeds WHERE id = $1 RETURNING id),
		moved AS (UPDATE feed_items SET feed = 0 WHERE feed IN (SELECT id FROM gone))
		SELECT count(*) FROM gone`, id).Scan(&n)
	if err != nil {
		return s.wrap(fmt.Sprintf("removing feed %d", id), err)
	}
	if n == 0 {
		return fmt.Errorf("feed %d: %w", id, store.ErrNotFound)
	}
	return nil
}

// UpdateFeed implements store.Feeds.
func (s *Store) UpdateFeed(ctx context.Context, f store.Feed) error {
	tag, err := s.pool.Exec(ctx, `UPDATE feeds SET title = $1, polled = $2, error = $3, etag = $4, last_modified = $5 WHERE id = $6`,
		f.Title, f.Polled, f.Error, f.ETag, f.LastModified, f.ID)
	if err != nil {
		return s.wrap(fmt.Sprintf("recording a poll of feed %d", f.ID), err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("feed %d: %w", f.ID, store.ErrNotFound)
	}
	return nil
}

// FeedItemSeen implements store.Feeds.
func (s *Store) FeedItemSeen(ctx context.Context, guid, url string) (bool, error) {
	var one int
	err := s.pool.QueryRow(ctx, `SELECT 1 FROM feed_items WHERE guid = $1 UNION ALL
		SELECT 1 FROM feed_items WHERE url = $2 AND url <> '' LIMIT 1`, guid, url).Scan(&one)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	return err == nil, s.wrap("looking up feed item "+guid, err)
}

// AddFeedItem implements store.Feeds.
func (s *Store) AddFeedItem(ctx context.Context, it store.FeedItem) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO feed_items(feed, guid, url, doc, seen) VALUES($1, $2, $3, $4, $5)`,
		it.Feed, it.GUID, it.URL, it.Doc, it.Seen)
	return s.wrap("recording feed item "+it.GUID, err)
}
