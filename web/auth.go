package web

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad/store"
)

// Tokens decides which bearer tokens the write endpoints accept. With a
// store, the store's hashes (store.Tokens), read at each request: a token
// added or revoked by another process (dyad serve token, another server on
// the same PostgreSQL) counts at once. Without one, the hashes allowed in
// memory. The tokens themselves are never stored.
type Tokens struct {
	db     store.Tokens
	mu     sync.RWMutex
	hashes [][32]byte
}

// NewTokens gives the tokens kept in db; nil keeps them in memory (Allow).
func NewTokens(db store.Tokens) *Tokens { return &Tokens{db: db} }

// HashToken is what is stored for a token.
func HashToken(tok string) [32]byte { return sha256.Sum256([]byte(tok)) }

// HashHex is the stored form of a token's hash.
func HashHex(tok string) string {
	h := HashToken(tok)
	return hex.EncodeToString(h[:])
}

// NewToken makes a random token.
func NewToken() string {
	b := make([]byte, 24)
	rand.Read(b)
	return "dyad_" + hex.EncodeToString(b)
}

// Allow accepts a token (by its hash) in memory, for a Tokens without a
// store.
func (t *Tokens) Allow(hash [32]byte) {
	t.mu.Lock()
	t.hashes = append(t.hashes, hash)
	t.mu.Unlock()
}

// Check reports whether tok is accepted. In memory, it takes time
// independent of where the token differs; the store looks up its hash,
// which tells nothing of the token.
func (t *Tokens) Check(ctx context.Context, tok string) (bool, error) {
	if tok == "" {
		return false, nil
	}
	if t.db != nil {
		ok, err := t.db.CheckToken(ctx, HashHex(tok))
		if err != nil {
			return false, fmt.Errorf("checking the token: %w", err)
		}
		return ok, nil
	}
	h := HashToken(tok)
	t.mu.RLock()
	defer t.mu.RUnlock()
	ok := 0
	for _, k := range t.hashes {
		ok |= subtle.ConstantTimeCompare(h[:], k[:])
	}
	return ok == 1, nil
}

// LoadTokens gives the tokens the store holds. When it holds none it
// creates a token, stores its hash and returns the token itself (to be
// shown once); otherwise the returned token is "".
func LoadTokens(ctx context.Context, db store.Tokens) (*Tokens, string, error) {
	t := NewTokens(db)
	list, err := db.ListTokens(ctx)
	if err != nil {
		return nil, "", fmt.Errorf("reading tokens: %w", err)
	}
	if len(list) > 0 {
		return t, "", nil
	}
	tok, err := t.Create(ctx)
	return t, tok, err
}

// Create makes a token, stores its hash (in memory without a store) and
// returns the token.
func (t *Tokens) Create(ctx context.Context) (string, error) {
	tok := NewToken()
	if t.db == nil {
		t.Allow(HashToken(tok))
		return tok, nil
	}
	if err := t.db.AddToken(ctx, store.Token{Hash: HashHex(tok), Created: time.Now().UTC().Format(time.RFC3339)}); err != nil {
		return "", fmt.Errorf("storing the token: %w", err)
	}
	return tok, nil
}

// requireToken lets a request through only with an accepted bearer token
// (or, for the HTML forms, a "token" form field).
func (s *Server) requireToken(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		tok, ok := strings.CutPrefix(auth, "Bearer ")
		if ok {
			var err error
			if ok, err = s.tokens.Check(r.Context(), strings.TrimSpace(tok)); err != nil {
				s.cfg.Logf("%s %s: %v", r.Method, r.URL.Path, err)
				jsonError(w, http.StatusServiceUnavailable, "the token could not be checked; try again")
				return
			}
		}
		if !ok {
			w.Header().Set("WWW-Authenticate", `Bearer realm="dyad"`)
			msg := "missing bearer token (Authorization: Bearer TOKEN)"
			if auth != "" {
				msg = "invalid bearer token"
			}
			jsonError(w, http.StatusUnauthorized, msg)
			return
		}
		h(w, r)
	}
}
