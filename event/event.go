// Package event defines dyad's output record, schema 1 of
// shared/spec/EVENTS.md: one dyadic event per record, with the evidence
// sentence it was coded from.
package event

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// Schema is the version of the record this package writes.
const Schema = 1

// Actor is a resolved participant of an event.
type Actor struct {
	Text    string `json:"text"`    // the words in the sentence that name it
	Code    string `json:"code"`    // CAMEO-style code: "CHNGOV", "IGOUNO", "PRKMED"
	Country string `json:"country"` // ISO 3166-1 alpha-3, or IGO/NGO/MNC
	Sector  string `json:"sector"`  // primary role code ("GOV", "MIL", ...) or ""
	Name    string `json:"name"`    // canonical name of a resolved person or organisation
}

// Location is where an event took place.
type Location struct {
	Name    string   `json:"name"`
	Country string   `json:"country"`
	Lat     *float64 `json:"lat,omitempty"`
	Lon     *float64 `json:"lon,omitempty"`
}

// Event is one record of schema 1. Field order follows EVENTS.md so that the
// JSON reads the way the contract is written.
type Event struct {
	Schema     int       `json:"schema"`
	ID         string    `json:"id"`
	Mention    string    `json:"mention"`
	Doc        string    `json:"doc"`
	Sentence   int       `json:"sentence"`
	Span       [2]int    `json:"span"`
	Text       string    `json:"text"`
	Source     *Actor    `json:"source"`
	Target     *Actor    `json:"target"`
	Cameo      string    `json:"cameo"`
	Plover     string    `json:"plover"`
	Mode       string    `json:"mode"`
	Quad       int       `json:"quad"`
	Goldstein  float64   `json:"goldstein"`
	Date       string    `json:"date"`
	Published  string    `json:"published"`
	Negated    bool      `json:"negated"`
	Modality   string    `json:"modality"`
	ReportedBy []Actor   `json:"reported_by"`
	Location   *Location `json:"location"`
}

// Modality values.
const (
	Asserted     = "asserted"
	Future       = "future"
	Hypothetical = "hypothetical"
	Alleged      = "alleged"
)

func code(a *Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

func hashID(prefix string, parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return prefix + hex.EncodeToString(h.Sum(nil)[:8])
}

// EventID is the deterministic id of EVENTS.md: a hash of the document, the
// sentence, the source and target codes and the CAMEO code.
func EventID(doc string, sentence int, source, target, cameo string) string {
	return hashID("ev_", doc, strconv.Itoa(sentence), source, target, cameo)
}

// MentionID identifies one textual mention of an act: the records a compound
// mention expands into share it. trigger is the byte offset of the word that
// carries the act (the verb or event noun).
func MentionID(doc string, sentence, trigger int, cameo string) string {
	return hashID("mn_", doc, strconv.Itoa(sentence), strconv.Itoa(trigger), cameo)
}

// SetIDs fills ID from the record's own fields.
func (e *Event) SetIDs() {
	e.ID = EventID(e.Doc, e.Sentence, code(e.Source), code(e.Target), e.Cameo)
}
