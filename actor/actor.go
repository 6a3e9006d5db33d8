// Package actor holds dyad's knowledge base of political actors (states,
// organisations, media, armed groups, office-holders with dated roles, generic
// agents) and resolves their mentions in parsed sentences, with in-document
// coreference.
package actor

// Actor is a resolved actor, in the terms of shared/spec/EVENTS.md.
type Actor struct {
	Code    string // CAMEO-style code: country plus role codes ("CHNGOV"), or IGO/NGO/MNC codes
	Country string // ISO 3166-1 alpha-3, or "IGO", "NGO", "MNC"
	Sector  string // primary role code ("GOV", "MIL", "MED", ...) or ""
	Name    string // canonical name of a resolved person or organisation, else ""
}

// Kind says how a mention named its actor.
type Kind uint8

const (
	KindCountry     Kind = iota + 1 // "China", "North Korean", "the DPRK"
	KindCapital                     // "Beijing", "the Kremlin": the government
	KindOrg                         // "NATO", "KCNA", "Hamas"
	KindPerson                      // "Xi Jinping", "Kim"
	KindAgent                       // "protesters", "the foreign ministry", "South Korean troops"
	KindPronoun                     // "he", "it", "they"
	KindDescription                 // "the North", "the two leaders", "the bloc"
)

// Mention is a span of a sentence that names an actor.
type Mention struct {
	Sentence   int    // index of the sentence in the document
	Start, End int    // token indices [Start, End) in the sentence
	Head       int    // token index of the mention's syntactic head
	Text       string // the words as written
	Span       [2]int // byte offsets [start, end) in the document text
	Kind       Kind
	// Plural marks a plural phrase: "South Koreans" (a people, not the
	// state), "troops", "the two leaders".
	Plural bool
	Actor  // the resolution; for plural mentions, the first member
	// Members lists every actor a plural mention stands for ("the two
	// leaders" after Putin and Kim); nil for singular mentions.
	Members []Actor

	// What the mention was resolved from, for ResolveAt.
	refKind entKind
	ref     int32
}
