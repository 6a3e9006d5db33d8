package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDocsCommand(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("PYONGYANG, Sept. 16 (KCNA) -- Kim Jong Un inspected a shipyard in Nampo on Sunday, the agency said."), 0o644)
	os.WriteFile(filepath.Join(dir, "b.jsonl"), []byte("{\"id\":\"x\",\"text\":\"BEIJING (Reuters) - China protested in May.\",\"published\":\"2024-09-09\"}\n{bad json\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00"), 0o644)
	var out, errb bytes.Buffer
	err := runDocs([]string{"--published", "2024-09-17", "--times", dir}, &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "2 document(s)") {
		t.Errorf("error %v, want 2 unreadable documents", err)
	}
	if !strings.Contains(errb.String(), "b.jsonl line 2: bad JSON") || !strings.Contains(errb.String(), "c.txt: binary data (PNG image)") {
		t.Errorf("stderr:\n%s", errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("stdout:\n%s", out.String())
	}
	var a docView
	if err := json.Unmarshal([]byte(lines[0]), &a); err != nil {
		t.Fatal(err)
	}
	if a.ID != "a.txt" || a.Date != "2024-09-16" || a.Published != "2024-09-17" || a.Place != "PYONGYANG" || a.Outlet != "KCNA" {
		t.Errorf("doc a: %+v", a)
	}
	if len(a.Times) != 1 || a.Times[0].Text != "Sunday" || a.Times[0].Date != "2024-09-15" {
		t.Errorf("times: %+v", a.Times)
	}
	if len(a.Places) != 1 || a.Places[0].Name != "Nampo" || a.Places[0].Country != "PRK" || a.Places[0].Lat == nil {
		t.Errorf("places: %+v", a.Places)
	}
	if err := runDocs([]string{"--published", "soon", dir}, &out, &errb); err == nil || !strings.Contains(err.Error(), `"soon"`) {
		t.Errorf("bad --published: %v", err)
	}
}
