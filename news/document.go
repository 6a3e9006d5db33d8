// Package news reads articles (plain text, HTML, JSON Lines, directories and
// feeds) into Documents, and finds their datelines.
package news

// Document is one article as dyad reads it.
type Document struct {
	ID        string // file name without directory for plain files; the "id" field for JSONL
	Text      string // the article body; all byte offsets downstream index into it
	Published string // ISO 8601 date or date-time, "" when unknown
	Outlet    string // "UPI", "Reuters", ... "" when unknown
	URL       string
	Title     string
	// Place is the dateline's place ("SEOUL"), "" when there is no dateline.
	Place string
	// BodyStart is the byte offset in Text where the story proper begins,
	// after any dateline ("SEOUL, Sept. 9 (UPI) -- "); 0 when there is none.
	BodyStart int
}
