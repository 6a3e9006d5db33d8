package news

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// HTMLOptions tune the HTML extraction.
type HTMLOptions struct {
	// NoFallback skips the second-opinion extractors (readability and
	// DOM distiller) trafilatura can compare against: faster, less robust.
	NoFallback bool
}

// extractHTML fills doc's Text, Title, URL and Published from a web page.
// The main text is what go-trafilatura keeps (navigation, scripts, comments
// dropped); the lines it lets through that are page furniture (share prompts,
// bylines, comment policy notes) are removed too. Text is the cleaned text, so
// every offset downstream indexes into it.
func extractHTML(data []byte, doc *Document, opt HTMLOptions) error {
	res, text, err := extract(data, opt, pruneSelector)
	if err == nil && len(strings.Fields(text)) < minArticleWords {
		// A site whose story container matches the prune list ("social-news
		// article"): extract again without pruning.
		res, text, err = extract(data, opt, "")
	}
	if err != nil {
		return err
	}
	if len(strings.Fields(text)) < minArticleWords {
		return errors.New("no article text found in the HTML page")
	}
	if doc.Title == "" {
		doc.Title = strings.TrimSpace(res.Metadata.Title)
	}
	// The headline is kept as Title, not as the first sentence of the story.
	if first, rest, ok := strings.Cut(text, "\n"); ok && doc.Title != "" && strings.EqualFold(strings.TrimSpace(first), doc.Title) {
		text = strings.TrimLeft(rest, "\n")
	}
	doc.Text = text
	if doc.URL == "" {
		doc.URL = strings.TrimSpace(res.Metadata.URL)
	}
	if doc.Published == "" && !res.Metadata.Date.IsZero() {
		doc.Published = res.Metadata.Date.Format("2006-01-02")
	}
	return nil
}

// extract runs go-trafilatura and renders the main content as paragraphs.
func extract(data []byte, opt HTMLOptions, prune string) (*trafilatura.ExtractResult, string, error) {
	res, err := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  !opt.NoFallback,
		HtmlDateMode:    trafilatura.Fast,
		Deduplicate:     true,
		PruneSelector:   prune,
	})
	if err != nil {
		return nil, "", fmt.Errorf("extracting the article from HTML: %w", err)
	}
	if res == nil {
		return nil, "", errors.New("no article text found in the HTML page")
	}
	text := res.ContentText
	if res.ContentNode != nil {
		text = nodeText(res.ContentNode)
	}
	return res, cleanExtracted(text), nil
}

// pruneSelector removes page parts that are never the story before
// extraction: comment threads, share bars, bylines, related links, adverts.
const pruneSelector = `nav, footer, aside, form, [id*="comment"], [class*="comment"], [id*="disqus"], ` +
	`[class*="discussion"], [class*="replies"], [class*="share"], [class*="social"], [class*="byline"], ` +
	`[class*="author"], [class*="related"], [class*="newsletter"], [class*="ad-slot"], [class*="advert"], ` +
	`[class*="promo"], [class*="subscribe"]`

// minArticleWords is the least text a page must yield to count as an
// article; a section index or error page yields a handful of link words.
const minArticleWords = 20

// furniture matches whole lines that belong to the page, not the story.
var furniture = []*regexp.Regexp{
	regexp.MustCompile(`(?i)^(please )?let us know if you'?re having issues with commenting\.?$`),
	regexp.MustCompile(`(?i)^(share|tweet|email|print|copy link|whatsapp|facebook|twitter|x|linkedin|reddit|telegram|pinterest)([ ,|/·•]+(share|tweet|email|print|copy link|whatsapp|facebook|twitter|x|linkedin|reddit|telegram|pinterest))*\.?$`),
	regexp.MustCompile(`(?i)^(copyright|©|\(c\)) .{0,80}$`),
}

// labels match short page labels (bylines, prompts, datestamps); a line
// that reads as a sentence is never one ("Comments from Beijing were not
// available.", "By Monday, 40 people had died.").
var labels = []*regexp.Regexp{
	regexp.MustCompile(`(?i)^share (this|on|via|the) .{0,40}$`),
	regexp.MustCompile(`(?i)^(follow us|sign up|subscribe|newsletter|advertisement|sponsored|read more|related( articles| stories| coverage)?|more from|recommended|trending|most read|comments?|\d+ comments?|leave a comment|add a comment|view comments|show comments|log ?in to comment|join the conversation)\b.{0,60}$`),
	regexp.MustCompile(`^(?:[Bb]y|BY) [A-Z][\p{L}'.-]+(?: [A-Z\p{Lu}][\p{L}'.-]+){0,3}(?:(?:,| and) [A-Z][\p{L}'.-]+(?: [A-Z][\p{L}'.-]+){0,3}){0,3}(?: ?[,|] ?.{0,40})?$`),
	regexp.MustCompile(`(?i)^(updated|published|posted|last updated)( on| at)?:? .{0,40}\d.{0,30}$`),
	regexp.MustCompile(`(?i)^(photo|image|file photo|credit)s?: .{0,80}$`),
}

// cleanExtracted drops furniture lines and trims the rest.
func cleanExtracted(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var out []string
	for _, ln := range lines {
		t := strings.TrimSpace(ln)
		if t == "" {
			if len(out) > 0 && out[len(out)-1] != "" {
				out = append(out, "")
			}
			continue
		}
		if isFurniture(t) {
			continue
		}
		out = append(out, t)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}

func isFurniture(line string) bool {
	if len(line) > 200 {
		return false
	}
	for _, re := range furniture {
		if re.MatchString(line) {
			return true
		}
	}
	if isProse(line) {
		return false
	}
	for _, re := range labels {
		if re.MatchString(line) {
			return true
		}
	}
	return false
}

// isProse reports whether a line reads as a sentence: five words or more
// ending in sentence punctuation.
func isProse(line string) bool {
	end := strings.TrimRight(line, "\"'”’)")
	if end == "" {
		return false
	}
	switch end[len(end)-1] {
	case '.', '!', '?':
		return len(strings.Fields(line)) >= 5
	}
	return false
}

// blocks are the elements that end a paragraph in the extracted text.
var blocks = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "blockquote": true, "pre": true, "table": true, "tr": true,
	"section": true, "article": true, "header": true, "footer": true, "figure": true, "figcaption": true,
	"dl": true, "dt": true, "dd": true, "main": true, "aside": true, "hr": true, "body": true,
}

// nodeText renders the extracted tree as paragraphs separated by blank lines,
// so a dateline opens a line and sentences do not run across paragraphs.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "button", "svg", "iframe":
				return
			case "br":
				b.WriteString("\n")
				return
			}
		}
		block := n.Type == html.ElementNode && blocks[n.Data]
		if block {
			b.WriteString("\n\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteString("\n\n")
		}
	}
	walk(n)
	// Collapse runs of spaces inside lines; keep blank lines between paragraphs.
	lines := strings.Split(b.String(), "\n")
	for i, ln := range lines {
		lines[i] = strings.Join(strings.Fields(ln), " ")
	}
	return strings.Join(lines, "\n")
}
