package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/relate"
	"github.com/dyadproject/dyad/store/storetest"
)

// historyDB ingests a small recorded history (documents and the records a
// coder gave for them) and returns the database path.
func historyDB(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	type item struct{ src, tgt, code, date, text string }
	items := []item{
		{"CHNGOV", "PRKGOV", "051", "2023-09-09", "Xi Jinping praised Kim Jong Un on the founding anniversary."},
		{"CHNGOV", "PRKGOV", "051", "2024-01-01", "Xi and Kim traded New Year greetings."},
		{"PRKGOV", "CHNGOV", "051", "2024-01-01", "Kim thanked Xi for his greetings."},
		{"PRKGOV", "CHN", "042", "2024-04-12", "A senior Chinese official visited Pyongyang."},
		{"RUSGOV", "PRKGOV", "057", "2024-06-19", "Putin and Kim signed a mutual defence treaty."},
		{"CHNGOV", "PRKGOV", "051", "2024-09-09", "Xi sent a congratulatory message to Kim."},
		{"KORMIL", "PRK", "111", "2024-05-29", "Seoul's military condemned balloons sent from the North."},
	}
	var docs, evs bytes.Buffer
	ew := event.NewJSONLWriter(&evs)
	for i, it := range items {
		id := fmt.Sprintf("doc-%d", i)
		line, _ := json.Marshal(map[string]string{"id": id, "text": it.text + " Further reporting followed.", "published": it.date, "outlet": "Wire"})
		docs.Write(append(line, '\n'))
		r := storetest.Rec(id, 0, it.src, it.tgt, it.code, it.date, it.text)
		r.Published = it.date
		ew.Write(&r)
	}
	ew.Flush()
	docsPath, evPath := filepath.Join(dir, "docs.jsonl"), filepath.Join(dir, "events.jsonl")
	os.WriteFile(docsPath, docs.Bytes(), 0o644)
	os.WriteFile(evPath, evs.Bytes(), 0o644)
	db := filepath.Join(dir, "dyad.db")
	var stderr bytes.Buffer
	if err := runIngest([]string{"--db", db, docsPath}, &stderr, recorded(t, evPath)); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "7 new") || !strings.Contains(stderr.String(), "7 event records") {
		t.Errorf("ingest summary %q", stderr.String())
	}
	return db
}

func TestRelationsCommand(t *testing.T) {
	db := historyDB(t)
	var out, errb bytes.Buffer
	if err := runRelations([]string{"--db", db, "chn", "PRK", "--json"}, &out, &errb); err != nil {
		t.Fatalf("%v\n%s", err, errb.String())
	}
	var r relate.Report
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("JSON output: %v\n%s", err, out.String())
	}
	if r.A != "CHN" || r.B != "PRK" || r.Events != 5 || len(r.Series) != 13 {
		t.Errorf("report %s-%s: %d events over %d months, want 5 over 13", r.A, r.B, r.Events, len(r.Series))
	}
	found := false
	for _, g := range r.Gaps {
		if g.String() == "CHN->PRK 051 on 2024-09-09, first since 2024-01-01, 252 days" {
			found = true
		}
	}
	if !found {
		t.Errorf("no 051 gap sentence in %+v", r.Gaps)
	}

	out.Reset()
	if err := runRelations([]string{"--db", db, "CHN", "PRK", "--since", "2024"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"CHN – PRK: 4 events since 2024", "2024-09", "first since 2024-01-01, 252 days", "Latest events:", "Xi sent a congratulatory"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table output lacks %q:\n%s", want, out.String())
		}
	}

	out.Reset()
	if err := runRelations([]string{"--db", db, "PRK"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Partners:") || !strings.Contains(out.String(), "RUS") {
		t.Errorf("actor report lacks partners:\n%s", out.String())
	}

	err := runRelations([]string{"--db", filepath.Join(t.TempDir(), "missing.db"), "CHN", "PRK"}, &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "missing.db") || !strings.Contains(err.Error(), "dyad ingest") {
		t.Errorf("missing database: %v", err)
	}
}

func TestTimelineCommand(t *testing.T) {
	db := historyDB(t)
	var out, errb bytes.Buffer
	if err := runTimeline([]string{"--db", db, "--json", "PRK"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 7 {
		t.Fatalf("PRK timeline: %d events, want 7", len(lines))
	}
	prev := ""
	for _, l := range lines {
		var e struct{ Date string }
		json.Unmarshal([]byte(l), &e)
		if e.Date < prev {
			t.Errorf("timeline out of order: %s after %s", e.Date, prev)
		}
		prev = e.Date
	}
	out.Reset()
	if err := runTimeline([]string{"--db", db, "--cameo", "05", "--limit", "2", "CHN", "PRK"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if strings.Count(s, "\n") != 3 || strings.Index(s, "2024-01-01") > strings.Index(s, "2024-09-09") || strings.Contains(s, "2023") {
		t.Errorf("latest two 05 events, oldest first:\n%s", s)
	}
	// --plover keeps the PRK events of that type, as the full list says.
	want := 0
	for _, l := range lines {
		var e struct{ Plover string }
		json.Unmarshal([]byte(l), &e)
		if e.Plover == "SUPPORT" {
			want++
		}
	}
	out.Reset()
	if err := runTimeline([]string{"--db", db, "--json", "--plover", "support", "PRK"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(out.String(), `"plover":"SUPPORT"`); want == 0 || got != want || strings.Count(out.String(), "\n") != want {
		t.Errorf("--plover support: %d SUPPORT events in\n%s\nwant %d", got, out.String(), want)
	}
	if err := runTimeline([]string{"--db", db, "--plover", "HUG", "PRK"}, &out, &errb); err == nil || !strings.Contains(err.Error(), "--plover") {
		t.Errorf("--plover HUG: error %v, want one naming --plover", err)
	}
}

func TestTopCommand(t *testing.T) {
	db := historyDB(t)
	var out, errb bytes.Buffer
	if err := runTop([]string{"--db", db, "--json", "--limit", "3"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	var r struct {
		Dyads []topRow
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Dyads) != 3 || r.Dyads[0].Source != "CHN" || r.Dyads[0].Target != "PRK" || r.Dyads[0].Events != 3 {
		t.Errorf("top dyads %+v", r.Dyads)
	}
	out.Reset()
	if err := runTop([]string{"--db", db}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "source") || !strings.Contains(out.String(), "KOR") {
		t.Errorf("top table:\n%s", out.String())
	}
}
