package web

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium finds the browser; without one the browser tests skip, except
// in CI (CI set), where a missing browser is a failure.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium not found, and CI is set: .ci/run must install Debian's chromium")
	}
	t.Skip("chromium not installed")
	return ""
}

func browser(t *testing.T) (context.Context, context.CancelFunc) {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 90*time.Second)
	return ctx, func() { cancelTime(); cancelCtx(); cancelAlloc() }
}

// TestBrowser walks the UI as a person would: the overview, a dyad with
// its chart, an event with its evidence sentence. With DYAD_SCREENSHOTS
// set to a directory it saves screenshots of the main pages there.
func TestBrowser(t *testing.T) {
	f := demoFixture(t)
	ctx, cancel := browser(t)
	defer cancel()

	css := func(sel string) chromedp.CSS { return chromedp.CSS(sel) }
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(chromedp.Do(ctx, chromedp.Navigate(f.srv.URL+"/"), chromedp.WaitVisible(css(`table.dyads a.dyad`))))
	attr, err := chromedp.Run(ctx, chromedp.AttributeValue(css(`table.dyads a.dyad`), "href"))
	must(err)
	dyadHref := attr.Value
	must(chromedp.Do(ctx, chromedp.Click(css(`table.dyads a.dyad`)), chromedp.WaitVisible(css(`svg.chart`))))
	loc, err := chromedp.Run(ctx, chromedp.Location())
	must(err)
	charts, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("svg.chart").length`))
	must(err)
	bars, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("svg.chart rect").length`))
	must(err)
	must(chromedp.Do(ctx, chromedp.Click(css(`table.events td.date a`)), chromedp.WaitVisible(css(`blockquote.evidence-sentence`))))
	evidence, err := chromedp.Run(ctx, chromedp.Text(css(`blockquote.evidence-sentence`)))
	must(err)
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("blockquote.evidence-sentence mark").length`))
	must(err)
	if !strings.HasSuffix(loc, dyadHref) || !strings.HasPrefix(dyadHref, "/dyad/") {
		t.Errorf("after clicking the busiest dyad (%s) the browser is at %s", dyadHref, loc)
	}
	if charts != 1 || bars == 0 {
		t.Errorf("dyad page: %d charts with %d bars", charts, bars)
	}
	// The evidence shown is an event's sentence of this dyad.
	parts := strings.Split(strings.TrimPrefix(dyadHref, "/dyad/"), "/")
	evs := allEvents(t, f, "actor="+parts[0]+"&country="+parts[1])
	found := false
	for _, e := range evs {
		if strings.TrimSpace(evidence) == strings.TrimSpace(e.Text) {
			found = true
		}
	}
	if !found || marks == 0 {
		t.Errorf("evidence %q (%d marks) is not a sentence of %s's events", evidence, marks, dyadHref)
	}

	if dir := os.Getenv("DYAD_SCREENSHOTS"); dir != "" {
		screenshots(t, ctx, f, dir)
	}
}

func screenshots(t *testing.T, ctx context.Context, f *fixture, dir string) {
	evs := allEvents(t, f, "source=CHN&target=PRK&cameo=051")
	shots := []struct{ name, path string }{
		{"overview", "/"},
		{"dyad", "/dyad/PRK/KOR"},
		{"actor", "/actor/PRK"},
		{"event", "/event/" + evs[0].ID},
	}
	for _, s := range shots {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(f.srv.URL+s.path),
			chromedp.WaitVisible(chromedp.CSS(`footer.foot`))); err != nil {
			t.Fatal(err)
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "ui-"+s.name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile),
		chromedp.Navigate(f.srv.URL+"/dyad/CHN/PRK"), chromedp.WaitVisible(chromedp.CSS(`footer.foot`))); err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ui-dyad-phone.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBrowserNoScriptRuns loads pages showing an article full of script in
// a real browser and checks that none of it ran.
func TestBrowserNoScriptRuns(t *testing.T) {
	f := newFixture(t, nil)
	ctx, cancel := browser(t)
	defer cancel()
	text := "Chinese President Xi Jinping sent a letter to Kim Jong Un <script>window.owned = 1</script>" +
		` <img src="/x" onerror="window.owned = 2"> <svg onload="window.owned = 3"></svg> on Monday.`
	res := f.ingest([]inDoc{{ID: "evil.txt", Text: text, Published: "2024-09-09"}})
	if !res[0].Added || res[0].Records == 0 {
		t.Fatalf("not coded: %+v", res[0])
	}
	evs := allEvents(t, f, "")
	for _, p := range []string{"/", "/event/" + evs[0].ID, "/doc/evil.txt", "/dyad/CHN/PRK"} {
		if err := chromedp.Do(ctx, chromedp.Navigate(f.srv.URL+p), chromedp.WaitVisible(chromedp.CSS(`footer.foot`)),
			chromedp.Sleep(200*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
		owned, err := chromedp.Run(ctx, chromedp.Evaluate[string](`String(window.owned)`))
		if err != nil {
			t.Fatal(err)
		}
		shown, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.body.innerText.includes("<script>window.owned = 1</script>")`))
		if err != nil {
			t.Fatal(err)
		}
		if owned != "undefined" {
			t.Errorf("%s: the article's script ran (window.owned = %s)", p, owned)
		}
		if !shown {
			t.Errorf("%s: the article's markup is not shown as text", p)
		}
	}
}

// TestBrowserAddFeed subscribes through the feeds page's form, whose
// script (the only one, served from /static under the CSP) sends the token.
func TestBrowserAddFeed(t *testing.T) {
	f := newFixture(t, nil)
	ctx, cancel := browser(t)
	defer cancel()
	css := func(sel string) chromedp.CSS { return chromedp.CSS(sel) }
	feedURL := "https://news.example.org/world/rss.xml"
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.srv.URL+"/feeds"),
		chromedp.WaitVisible(css(`#addfeed`)),
		chromedp.SendKeys(css(`#addfeed input[name=url]`), feedURL),
		chromedp.SendKeys(css(`#addfeed input[name=token]`), "dyad_wrong"),
		chromedp.Click(css(`#addfeed button`)),
		chromedp.Sleep(500*time.Millisecond),
	)
	if err != nil {
		t.Fatal(err)
	}
	status, err := chromedp.Run(ctx, chromedp.Text(css(`#addfeed .status`)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(status, "invalid bearer token") {
		t.Errorf("a wrong token shows %q", status)
	}
	err = chromedp.Do(ctx,
		chromedp.SetValue(css(`#addfeed input[name=token]`), f.token),
		chromedp.Click(css(`#addfeed button`)),
		chromedp.WaitVisible(css(`table.feeds td span.code`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	listed, err := chromedp.Run(ctx, chromedp.Text(css(`table.feeds td span.code`)))
	if err != nil {
		t.Fatal(err)
	}
	if listed != feedURL {
		t.Errorf("feeds page lists %q, want %q", listed, feedURL)
	}
}
