package web

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Tokens holds the SHA-256 hashes of the bearer tokens write endpoints
// accept. The tokens themselves are never stored.
type Tokens struct {
	mu     sync.RWMutex
	hashes [][32]byte
}

// HashToken is what is stored for a token.
func HashToken(tok string) [32]byte { return sha256.Sum256([]byte(tok)) }

// NewToken makes a random token.
func NewToken() string {
	b := make([]byte, 24)
	rand.Read(b)
	return "dyad_" + hex.EncodeToString(b)
}

// Allow accepts a token (by its hash).
func (t *Tokens) Allow(hash [32]byte) {
	t.mu.Lock()
	t.hashes = append(t.hashes, hash)
	t.mu.Unlock()
}

// Check reports whether tok is accepted, in time independent of where it
// differs.
func (t *Tokens) Check(tok string) bool {
	if tok == "" {
		return false
	}
	h := HashToken(tok)
	t.mu.RLock()
	defer t.mu.RUnlock()
	ok := 0
	for _, k := range t.hashes {
		ok |= subtle.ConstantTimeCompare(h[:], k[:])
	}
	return ok == 1
}

const tokenSchema = `CREATE TABLE IF NOT EXISTS serve_tokens (hash TEXT PRIMARY KEY, created TEXT NOT NULL)`

// LoadTokens reads the token hashes kept in db. When there is none it
// creates a token, stores its hash and returns the token itself (to be
// shown once); otherwise the returned token is "".
func LoadTokens(ctx context.Context, db *sql.DB) (*Tokens, string, error) {
	if _, err := db.ExecContext(ctx, tokenSchema); err != nil {
		return nil, "", fmt.Errorf("creating the token table: %w", err)
	}
	t := &Tokens{}
	rows, err := db.QueryContext(ctx, `SELECT hash FROM serve_tokens`)
	if err != nil {
		return nil, "", fmt.Errorf("reading tokens: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var hx string
		if err := rows.Scan(&hx); err != nil {
			return nil, "", fmt.Errorf("reading tokens: %w", err)
		}
		var h [32]byte
		if b, err := hex.DecodeString(hx); err == nil && len(b) == 32 {
			copy(h[:], b)
			t.Allow(h)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("reading tokens: %w", err)
	}
	if len(t.hashes) > 0 {
		return t, "", nil
	}
	tok, err := AddToken(ctx, db, t)
	return t, tok, err
}

// AddToken creates a token, stores its hash in db and accepts it.
func AddToken(ctx context.Context, db *sql.DB, t *Tokens) (string, error) {
	tok := NewToken()
	h := HashToken(tok)
	if _, err := db.ExecContext(ctx, tokenSchema); err != nil {
		return "", fmt.Errorf("creating the token table: %w", err)
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO serve_tokens(hash, created) VALUES(?, ?)`,
		hex.EncodeToString(h[:]), time.Now().UTC().Format(time.RFC3339)); err != nil {
		return "", fmt.Errorf("storing the token: %w", err)
	}
	t.Allow(h)
	return tok, nil
}

// requireToken lets a request through only with an accepted bearer token
// (or, for the HTML forms, a "token" form field).
func (s *Server) requireToken(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		tok, ok := strings.CutPrefix(auth, "Bearer ")
		if !ok || !s.tokens.Check(strings.TrimSpace(tok)) {
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
