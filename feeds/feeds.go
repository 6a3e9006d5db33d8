// Package feeds keeps RSS and Atom subscriptions and polls them: each poll
// is a conditional GET (ETag, Last-Modified), new items are fetched, their
// article text extracted through the news package's HTML reader and handed
// to an ingest function (which codes and stores them). Items already seen,
// by GUID or by URL in any feed, are skipped.
//
// Subscriptions and the items taken from them are kept by the event store
// (store.Feeds), in SQLite or PostgreSQL alike.
package feeds

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/store"
)

// Feed is one subscription.
type Feed = store.Feed

// Ingest codes and stores one document fetched from a feed.
type Ingest func(ctx context.Context, doc news.Document) error

// ErrNotFound is returned for an unknown feed id: the store's.
var ErrNotFound = store.ErrNotFound

// Limits on what a poll downloads.
const (
	MaxFeedBytes = 8 << 20
	MaxPageBytes = 4 << 20
	MaxItems     = 100 // items taken from one poll of one feed
)

// Registry is the set of subscriptions and the poller.
type Registry struct {
	db     store.Feeds
	ingest Ingest
	// Client fetches feeds and pages; its Timeout bounds each request.
	Client *http.Client
	// UserAgent is sent with every request.
	UserAgent string
	Now       func() time.Time
	polling   sync.Mutex // one poll of all feeds at a time
}

// Open gives the registry of the subscriptions kept in db; ingest stores
// the documents polls fetch.
func Open(db store.Feeds, ingest Ingest) (*Registry, error) {
	if db == nil {
		return nil, errors.New("feeds: no store")
	}
	return &Registry{db: db, ingest: ingest, Client: &http.Client{Timeout: 30 * time.Second},
		UserAgent: "dyad-feeds/1", Now: time.Now}, nil
}

// CheckURL accepts absolute http and https URLs only.
func CheckURL(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("feed URL %q: want an absolute http or https URL", raw)
	}
	return u.String(), nil
}

// Add subscribes to a feed URL; adding a known URL returns the known feed.
func (r *Registry) Add(ctx context.Context, raw string) (Feed, error) {
	u, err := CheckURL(raw)
	if err != nil {
		return Feed{}, err
	}
	return r.db.AddFeed(ctx, u, r.Now().UTC().Format(time.RFC3339))
}

// Remove drops a subscription (the items already stored stay).
func (r *Registry) Remove(ctx context.Context, id int64) error {
	return r.db.RemoveFeed(ctx, id)
}

// List gives the subscriptions in the order they were added.
func (r *Registry) List(ctx context.Context) ([]Feed, error) { return r.db.ListFeeds(ctx) }

// Get gives one subscription.
func (r *Registry) Get(ctx context.Context, id int64) (Feed, error) { return r.db.Feed(ctx, id) }

// PollResult tells what one poll of one feed did.
type PollResult struct {
	NotModified bool `json:"not_modified"` // the server answered 304
	Items       int  `json:"items"`        // items in the feed
	New         int  `json:"new"`          // items fetched and ingested
	Skipped     int  `json:"skipped"`      // items seen before (GUID or URL)
	Failed      int  `json:"failed"`       // items whose page could not be fetched or ingested
}

// Poll fetches one feed and ingests its new items. Item failures are
// counted, not returned: one bad page never stops the others.
func (r *Registry) Poll(ctx context.Context, f Feed) (PollResult, error) {
	res, err := r.poll(ctx, &f)
	msg := ""
	if err != nil {
		msg = err.Error()
	}
	f.Polled, f.Error = r.Now().UTC().Format(time.RFC3339), msg
	uerr := r.db.UpdateFeed(ctx, f)
	if err == nil && uerr != nil {
		err = fmt.Errorf("recording poll of %s: %w", f.URL, uerr)
	}
	return res, err
}

func (r *Registry) poll(ctx context.Context, f *Feed) (PollResult, error) {
	var res PollResult
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.URL, nil)
	if err != nil {
		return res, fmt.Errorf("feed %s: %w", f.URL, err)
	}
	req.Header.Set("User-Agent", r.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
	if f.ETag != "" {
		req.Header.Set("If-None-Match", f.ETag)
	}
	if f.LastModified != "" {
		req.Header.Set("If-Modified-Since", f.LastModified)
	}
	resp, err := r.Client.Do(req)
	if err != nil {
		return res, fmt.Errorf("fetching feed %s: %w", f.URL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		res.NotModified = true
		return res, nil
	}
	if resp.StatusCode != http.StatusOK {
		return res, fmt.Errorf("fetching feed %s: HTTP %s", f.URL, resp.Status)
	}
	body, err := readLimited(resp.Body, MaxFeedBytes)
	if err != nil {
		return res, fmt.Errorf("reading feed %s: %w", f.URL, err)
	}
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return res, fmt.Errorf("parsing feed %s: %w", f.URL, err)
	}
	f.ETag, f.LastModified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	if parsed.Title != "" {
		f.Title = parsed.Title
	}
	base, _ := url.Parse(f.URL)
	res.Items = len(parsed.Items)
	for i, it := range parsed.Items {
		if i >= MaxItems {
			break
		}
		if err := ctx.Err(); err != nil {
			return res, err
		}
		link := resolve(base, it.Link)
		guid := strings.TrimSpace(it.GUID)
		if guid == "" {
			guid = link
		}
		if guid == "" {
			res.Failed++
			continue
		}
		seen, err := r.db.FeedItemSeen(ctx, guid, link)
		if err != nil {
			return res, err
		}
		if seen {
			res.Skipped++
			continue
		}
		doc, err := r.item(ctx, it, link)
		if err == nil {
			err = r.ingest(ctx, doc)
		}
		if err != nil {
			res.Failed++
			continue
		}
		if err := r.db.AddFeedItem(ctx, store.FeedItem{Feed: f.ID, GUID: guid, URL: link, Doc: doc.ID,
			Seen: r.Now().UTC().Format(time.RFC3339)}); err != nil {
			return res, fmt.Errorf("recording item %s: %w", guid, err)
		}
		res.New++
	}
	return res, nil
}

func resolve(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

// item builds the document of a feed item: the linked page's article text
// when it can be fetched, else the item's own content or description.
func (r *Registry) item(ctx context.Context, it *gofeed.Item, link string) (news.Document, error) {
	var doc news.Document
	var err error
	if link != "" {
		doc, err = r.page(ctx, link)
	} else {
		err = errors.New("item has no link")
	}
	if err != nil || strings.TrimSpace(doc.Text) == "" {
		inline := it.Content
		if inline == "" {
			inline = it.Description
		}
		if strings.TrimSpace(inline) == "" {
			if err == nil {
				err = errors.New("no article text")
			}
			return doc, err
		}
		rd := news.NewReader(strings.NewReader("<html><body><article><p>"+inline+"</p></article></body></html>"), "item.html", news.HTML)
		d, derr := rd.Next()
		if derr != nil || strings.TrimSpace(d.Text) == "" {
			d = news.Document{Text: stripTags(inline)}
		}
		doc = d
	}
	if doc.Title == "" {
		doc.Title = it.Title
	}
	doc.URL = link
	if doc.Published == "" && it.PublishedParsed != nil {
		_ = doc.SetPublished(it.PublishedParsed.UTC().Format("2006-01-02"))
	}
	key := link
	if key == "" {
		key = it.GUID
	}
	h := sha256.Sum256([]byte(key))
	doc.ID = "feed-" + hex.EncodeToString(h[:8])
	return doc, nil
}

func (r *Registry) page(ctx context.Context, link string) (news.Document, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, link, nil)
	if err != nil {
		return news.Document{}, err
	}
	req.Header.Set("User-Agent", r.UserAgent)
	resp, err := r.Client.Do(req)
	if err != nil {
		return news.Document{}, fmt.Errorf("fetching %s: %w", link, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return news.Document{}, fmt.Errorf("fetching %s: HTTP %s", link, resp.Status)
	}
	body, err := readLimited(resp.Body, MaxPageBytes)
	if err != nil {
		return news.Document{}, fmt.Errorf("reading %s: %w", link, err)
	}
	doc, err := news.NewReader(bytes.NewReader(body), "page.html", news.HTML).Next()
	if err != nil {
		return news.Document{}, fmt.Errorf("extracting %s: %w", link, err)
	}
	return doc, nil
}

func readLimited(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("larger than %d bytes", limit)
	}
	return b, nil
}

func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, c := range s {
		switch {
		case c == '<':
			in = true
		case c == '>':
			in = false
		case !in:
			b.WriteRune(c)
		}
	}
	return strings.TrimSpace(b.String())
}

// PollAll polls every feed once, one after another.
func (r *Registry) PollAll(ctx context.Context) (map[int64]PollResult, error) {
	r.polling.Lock()
	defer r.polling.Unlock()
	fs, err := r.List(ctx)
	if err != nil {
		return nil, err
	}
	out := map[int64]PollResult{}
	var errs []error
	for _, f := range fs {
		res, err := r.Poll(ctx, f)
		out[f.ID] = res
		if err != nil {
			errs = append(errs, err)
		}
	}
	return out, errors.Join(errs...)
}

// Run polls every feed each interval until ctx ends; errors are reported
// through logf and recorded on the feed.
func (r *Registry) Run(ctx context.Context, every time.Duration, logf func(string, ...any)) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := r.PollAll(ctx); err != nil && ctx.Err() == nil && logf != nil {
			logf("feeds: %v", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
