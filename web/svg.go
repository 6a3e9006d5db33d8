package web

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"sort"
	"strings"

	"github.com/dyadproject/dyad/relate"
)

// quadColors are the QuadClass colours: verbal and material cooperation in
// greens, verbal and material conflict in oranges and red.
var quadColors = [4]string{"#8cc68c", "#2e7d32", "#f0a04b", "#c62828"}

var quadNames = [4]string{"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}

// timelineSVG draws a monthly series as stacked bars by QuadClass with the
// month's mean Goldstein value as a line on its own axis (-10..10). Every
// text in it is escaped; the numbers are the server's own.
func timelineSVG(s relate.Series) template.HTML {
	const W, H, left, right, top, bottom = 760.0, 280.0, 40.0, 40.0, 16.0, 34.0
	if len(s) == 0 {
		return ""
	}
	pw, ph := W-left-right, H-top-bottom
	maxN := 1
	for _, p := range s {
		maxN = max(maxN, p.Events)
	}
	bw := pw / float64(len(s))
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %g %g" role="img" aria-label="Events per month by QuadClass with mean Goldstein" xmlns="http://www.w3.org/2000/svg">`, W, H)
	// Axes and grid.
	for i := 0; i <= 4; i++ {
		y := top + ph*float64(i)/4
		fmt.Fprintf(&b, `<line class="grid" x1="%g" y1="%.1f" x2="%g" y2="%.1f"/>`, left, y, W-right, y)
		fmt.Fprintf(&b, `<text class="axis" x="%g" y="%.1f" text-anchor="end">%d</text>`, left-4, y+4, int(math.Round(float64(maxN)*float64(4-i)/4)))
		fmt.Fprintf(&b, `<text class="axis gs" x="%g" y="%.1f">%+d</text>`, W-right+4, y+4, 10-5*i)
	}
	// Bars.
	for i, p := range s {
		x := left + float64(i)*bw
		y := top + ph
		for q := 0; q < 4; q++ {
			if p.ByQuad[q] == 0 {
				continue
			}
			h := ph * float64(p.ByQuad[q]) / float64(maxN)
			y -= h
			fmt.Fprintf(&b, `<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="%s"><title>%s: %d %s</title></rect>`,
				x+bw*0.1, y, math.Max(bw*0.8, 0.5), h, quadColors[q], html.EscapeString(p.Month), p.ByQuad[q], quadNames[q])
		}
	}
	// Goldstein line through months with events.
	var pts []string
	for i, p := range s {
		if p.Events == 0 {
			continue
		}
		x := left + (float64(i)+0.5)*bw
		y := top + ph*(10-p.Goldstein)/20
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", x, y))
		fmt.Fprintf(&b, `<circle class="gdot" cx="%.1f" cy="%.1f" r="2.5"><title>%s: mean Goldstein %.1f over %d events</title></circle>`,
			x, y, html.EscapeString(p.Month), p.Goldstein, p.Events)
	}
	if len(pts) > 1 {
		fmt.Fprintf(&b, `<polyline class="gline" points="%s"/>`, strings.Join(pts, " "))
	}
	// Year labels.
	lastYear := ""
	for i, p := range s {
		if len(p.Month) < 4 || p.Month[:4] == lastYear {
			continue
		}
		lastYear = p.Month[:4]
		x := left + float64(i)*bw
		fmt.Fprintf(&b, `<line class="tick" x1="%.1f" y1="%g" x2="%.1f" y2="%g"/>`, x, top+ph, x, top+ph+5)
		fmt.Fprintf(&b, `<text class="axis" x="%.1f" y="%g">%s</text>`, x+2, H-bottom+18, html.EscapeString(lastYear))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// partner is one actor linked to the centre of a network.
type partner struct {
	ID        string
	Out, In   int // events from and to the centre
	Goldstein float64
}

// networkSVG draws an actor's partners on a circle around it; a line's
// width is the events between them, its colour the mean Goldstein value.
func networkSVG(center string, g relate.Graph, maxPartners int) template.HTML {
	ps := map[string]*partner{}
	for _, e := range g.Edges {
		other, out := e.Target, true
		if e.Target == center {
			other, out = e.Source, false
		} else if e.Source != center {
			continue
		}
		if other == center {
			continue // an actor's events with itself (internal affairs)
		}
		p := ps[other]
		if p == nil {
			p = &partner{ID: other}
			ps[other] = p
		}
		n := p.Out + p.In
		p.Goldstein = (p.Goldstein*float64(n) + e.Goldstein*float64(e.Events)) / float64(n+e.Events)
		if out {
			p.Out += e.Events
		} else {
			p.In += e.Events
		}
	}
	list := make([]*partner, 0, len(ps))
	for _, p := range ps {
		list = append(list, p)
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i].Out+list[i].In, list[j].Out+list[j].In
		return a > b || a == b && list[i].ID < list[j].ID
	})
	if len(list) > maxPartners {
		list = list[:maxPartners]
	}
	const W, H = 560.0, 460.0
	cx, cy, R := W/2, H/2, 175.0
	maxN := 1
	for _, p := range list {
		maxN = max(maxN, p.Out+p.In)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="network" viewBox="0 0 %g %g" role="img" aria-label="Partners of %s" xmlns="http://www.w3.org/2000/svg">`,
		W, H, html.EscapeString(center))
	type pos struct{ x, y float64 }
	at := make([]pos, len(list))
	for i, p := range list {
		a := 2*math.Pi*float64(i)/float64(max(len(list), 1)) - math.Pi/2
		at[i] = pos{cx + R*math.Cos(a), cy + R*math.Sin(a)}
		n := p.Out + p.In
		w := 1 + 9*float64(n)/float64(maxN)
		fmt.Fprintf(&b, `<line class="edge" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="%.1f"><title>%s: %d events to, %d from; mean Goldstein %.1f</title></line>`,
			cx, cy, at[i].x, at[i].y, toneColor(p.Goldstein), w, html.EscapeString(p.ID), p.Out, p.In, p.Goldstein)
	}
	for i, p := range list {
		n := p.Out + p.In
		r := 6 + 14*math.Sqrt(float64(n)/float64(maxN))
		id := html.EscapeString(p.ID)
		fmt.Fprintf(&b, `<a href="/actor/%s"><circle class="node" cx="%.1f" cy="%.1f" r="%.1f"/><text class="label" x="%.1f" y="%.1f" text-anchor="middle">%s</text></a>`,
			id, at[i].x, at[i].y, r, at[i].x, at[i].y-r-4, id)
	}
	c := html.EscapeString(center)
	fmt.Fprintf(&b, `<circle class="node center" cx="%g" cy="%g" r="26"/><text class="label center" x="%g" y="%g" text-anchor="middle">%s</text>`,
		cx, cy, cx, cy+5, c)
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// toneColor maps a Goldstein value (-10..10) from red through grey to green.
func toneColor(g float64) string {
	t := math.Max(-1, math.Min(1, g/10))
	if t < 0 {
		return fmt.Sprintf("rgb(%d,%d,%d)", 150+int(-t*60), 150-int(-t*110), 150-int(-t*110))
	}
	return fmt.Sprintf("rgb(%d,%d,%d)", 150-int(t*110), 150+int(t*20), 150-int(t*110))
}
