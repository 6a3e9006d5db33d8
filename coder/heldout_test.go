package coder

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/news"
)

// testdata/heldout.jsonl is a small gold set of the project's own: six
// stories on other regions than most of shared/gold/dev.jsonl, written in
// our words and coded by ANNOTATION.md before being run through dyad (one
// code was changed after the first run: a closed airspace is 191, restrict
// movement, as dyad had it, not the 163 first written). It checks that
// rules tuned on dev carry over to stories they have never seen. One
// change was found from its misses: the parse repair of "Israeli
// warplanes struck ..." (nlp verblessRoot), which no dev story exercises;
// keep further fixes away from it, or it stops measuring anything. Figures
// are in BENCHMARKS.md.
//
// testdata/heldout2.jsonl is a second set of four longer stories (22
// events: reported speech, negation, a future visit, conditional threats),
// written and coded the same way and scored once; nothing was changed
// after seeing its misses, and nothing should be: it is the untouched one.
//
// testdata/heldout3.jsonl (session 3, six stories, 38 events) was scored,
// then used to find general causes (casualties of a strike, a shared
// subject's "its", seizures, content clauses, small clauses); four of its
// events were first corrected to the dev gold's conventions. Like
// heldout.jsonl it now measures little. testdata/heldout4.jsonl (four
// stories, 19 events) was written after those fixes and scored once:
// untouched, like heldout2.jsonl. heldout5.jsonl (five stories, 30
// events) and heldout6.jsonl (four stories, 16 events) were then written,
// scored once (0.545 and 0.750) and used in turn, and heldout7.jsonl (four
// stories, 19 events, first run 0.800) after them; heldout8.jsonl (four
// stories, 19 events, first run 0.432) last. heldout9.jsonl (three
// stories, 11 events) was written at the end of session 3 and scored once:
// untouched, like heldout2 and heldout4. heldout10.jsonl (three stories,
// 10 events, first run 0.778) was used for one fix after that;
// heldout11.jsonl (three stories, 16 events) was written last and scored
// once: untouched. Session 4 opened with heldout12.jsonl and
// heldout13.jsonl (four stories and 25 events each, written by a helper
// from ANNOTATION.md and the dev conventions without running dyad), scored
// once by the session-3 coder (0.714 and 0.833) and kept untouched: their
// misses were not looked at while the session's fixes were made.
// heldout14.jsonl and heldout15.jsonl (four stories and 25 events each,
// written the same way halfway through session 4) first scored 0.681 and
// 0.605 with the session-3 coder and the same with the coder of that
// moment; they were then used to find general causes. heldout16.jsonl and
// heldout17.jsonl (the same size, new regions and topics: coups, mass
// protests, provinces, extraditions) scored only 0.444 and 0.429 at first,
// for the session-3 coder and the fixed one alike; they were then used.
// heldout18.jsonl and heldout19.jsonl (written last, untouched) scored
// 0.571 and 0.558 with the session-3 coder and 0.600 and 0.651 with the
// coder of that moment, at their first run. heldout20.jsonl and
// heldout21.jsonl were written at the very end of session 4 and scored
// once: 0.565 and 0.653 with the session-3 coder, 0.565 and 0.694 with the
// final one. All four are untouched.
// Session 5 opened with four more sets of the same size (heldout22-25:
// Latin America; Africa; Asia; Europe and the Middle East), first scored
// 0.478, 0.627, 0.582 and 0.370 by the session-4 coder. heldout23 and
// heldout24 were then used to find general causes; heldout22 and heldout25
// stayed untouched (0.489 and 0.385 at the end of session 5). Four more
// were written halfway through session 5 (heldout26-29: trade coercion;
// coups and elections; weapons and drills; prisoners, aid and peace texts),
// first scored 0.500, 0.304, 0.510 and 0.490 by the session-4 coder;
// heldout26 and heldout27 were then used, heldout28 and heldout29 were not
// (0.565 and 0.531 at the end). heldout30 and heldout31 (Gulf diplomacy;
// Europe and Central Asia) were written last, scored 0.571 and 0.706 by the
// session-4 coder and 0.706 and 0.720 by the session-5 one, and not used.
// Session 6 learnt from heldout22 and heldout25 first, then from ten new
// sets written by helpers (heldout32-41; first runs of the session-5
// coder in /work/notes terms: 0.640, 0.612, 0.643, 0.346, 0.435, 0.549,
// 0.511, 0.500, 0.531, 0.538). heldout35 and heldout36 were used to find
// causes, heldout37 and heldout38 took part in one table of root
// confusions; heldout32-34 and heldout39-41 were never looked at.
// Session 7 added heldout42-47 (first runs of the session-6 coder: 0.600,
// 0.640, 0.538, 0.478, 0.449, 0.500); 43, 45 and 47 were used to find
// causes, 42, 44 and 46 were scored once at the end and not looked at.
// Session 8 added heldout48-53 (first runs of the session-7 coder: 0.476,
// 0.630, 0.300, 0.553, 0.408, 0.419); 49, 50 and 52 were used to find
// causes; 48, 51 and 53 were scored once at the end (0.476, 0.531, 0.419),
// after which one regression seen in 51's diff was mended (a person the
// new people data knew only in an earlier role).
// Session 9 added heldout54-59 (first runs of the session-8 coder: 0.577,
// 0.400, 0.533, 0.444, 0.500, 0.439); 54, 56 and 58 were used, 55, 57 and
// 59 scored once at the end and read afterwards. Session 10 added
// heldout60-65 (first runs of the session-9 coder: 0.588, 0.471, 0.667,
// 0.681, 0.431, 0.449); 60, 62 and 64 were used, 61, 63 and 65 were
// scored once at the end (0.471, 0.723, 0.449) and not looked at.
// Session 11 added heldout66-71 (first runs of the session-10 coder: 0.692,
// 0.400, 0.591, 0.615, 0.622, 0.667); 66, 68 and 70 were used, 67, 69 and
// 71 were scored once at the end (unchanged) and not looked at.
// Session 12 added heldout72-80 (first runs of the session-11 coder: 0.704,
// 0.500, 0.545, 0.696, 0.364, 0.456, 0.591, 0.520, 0.488); 72, 74 and 76
// were used; 78 and 80 were read after they lost an event each mid-session
// (both losses were matches by accident); 73, 75, 77 and 79 were not
// looked at. Session 13 opened with heldout81-84 (four stories and 31
// events each, the same way), first scored by the session-12 coder at
// 0.545, 0.483, 0.636 and 0.515; 81 and 83 were then used, 82 and 84 kept
// untouched. heldout85-87 came halfway through (0.644, 0.536 and 0.575
// with the session-12 coder); 85 was used, 86 and 87 kept untouched.
// Session 14 opened with heldout88-93 (same way; first runs of the
// session-13 coder: 0.742, 0.533, 0.414, 0.576, 0.640, 0.500); 88, 90 and
// 92 were used, 89, 91 and 93 kept untouched.
func TestHeldOutStories(t *testing.T) {
	for _, c := range []struct {
		file  string
		floor float64
	}{{"testdata/heldout.jsonl", 0.7}, {"testdata/heldout2.jsonl", 0.55}, {"testdata/heldout3.jsonl", 0.8}, {"testdata/heldout4.jsonl", 0.6},
		{"testdata/heldout5.jsonl", 0.75}, {"testdata/heldout6.jsonl", 0.75}, {"testdata/heldout7.jsonl", 0.8}, {"testdata/heldout8.jsonl", 0.45}, {"testdata/heldout9.jsonl", 0.7}, {"testdata/heldout10.jsonl", 0.7}, {"testdata/heldout11.jsonl", 0.7},
		{"testdata/heldout12.jsonl", 0.65}, {"testdata/heldout13.jsonl", 0.7},
		{"testdata/heldout14.jsonl", 0.6}, {"testdata/heldout15.jsonl", 0.55},
		{"testdata/heldout16.jsonl", 0.4}, {"testdata/heldout17.jsonl", 0.4},
		{"testdata/heldout18.jsonl", 0.5}, {"testdata/heldout19.jsonl", 0.5},
		{"testdata/heldout20.jsonl", 0.5}, {"testdata/heldout21.jsonl", 0.55},
		{"testdata/heldout22.jsonl", 0.4}, {"testdata/heldout23.jsonl", 0.8},
		{"testdata/heldout24.jsonl", 0.6}, {"testdata/heldout25.jsonl", 0.3},
		{"testdata/heldout26.jsonl", 0.45}, {"testdata/heldout27.jsonl", 0.4},
		{"testdata/heldout28.jsonl", 0.5}, {"testdata/heldout29.jsonl", 0.45},
		{"testdata/heldout30.jsonl", 0.6}, {"testdata/heldout31.jsonl", 0.6},
		{"testdata/heldout32.jsonl", 0.55}, {"testdata/heldout33.jsonl", 0.55},
		{"testdata/heldout34.jsonl", 0.55}, {"testdata/heldout35.jsonl", 0.4},
		{"testdata/heldout36.jsonl", 0.55}, {"testdata/heldout37.jsonl", 0.55},
		{"testdata/heldout38.jsonl", 0.5}, {"testdata/heldout39.jsonl", 0.45},
		{"testdata/heldout40.jsonl", 0.45}, {"testdata/heldout41.jsonl", 0.45},
		{"testdata/heldout42.jsonl", 0.5}, {"testdata/heldout43.jsonl", 0.6},
		{"testdata/heldout44.jsonl", 0.45}, {"testdata/heldout45.jsonl", 0.45},
		{"testdata/heldout46.jsonl", 0.4}, {"testdata/heldout47.jsonl", 0.45},
		{"testdata/heldout48.jsonl", 0.4}, {"testdata/heldout49.jsonl", 0.7},
		{"testdata/heldout50.jsonl", 0.45}, {"testdata/heldout51.jsonl", 0.55},
		{"testdata/heldout52.jsonl", 0.5}, {"testdata/heldout53.jsonl", 0.35},
		{"testdata/heldout54.jsonl", 0.5}, {"testdata/heldout55.jsonl", 0.3},
		{"testdata/heldout56.jsonl", 0.45}, {"testdata/heldout57.jsonl", 0.35},
		{"testdata/heldout58.jsonl", 0.45}, {"testdata/heldout59.jsonl", 0.35},
		{"testdata/heldout60.jsonl", 0.65}, {"testdata/heldout61.jsonl", 0.4},
		{"testdata/heldout62.jsonl", 0.7}, {"testdata/heldout63.jsonl", 0.6},
		{"testdata/heldout64.jsonl", 0.55}, {"testdata/heldout65.jsonl", 0.4},
		{"testdata/heldout66.jsonl", 0.65}, {"testdata/heldout67.jsonl", 0.35},
		{"testdata/heldout68.jsonl", 0.55}, {"testdata/heldout69.jsonl", 0.55},
		{"testdata/heldout70.jsonl", 0.7}, {"testdata/heldout71.jsonl", 0.6},
		{"testdata/heldout72.jsonl", 0.75}, {"testdata/heldout73.jsonl", 0.45},
		{"testdata/heldout74.jsonl", 0.6}, {"testdata/heldout75.jsonl", 0.6},
		{"testdata/heldout76.jsonl", 0.4}, {"testdata/heldout77.jsonl", 0.4},
		{"testdata/heldout78.jsonl", 0.6}, {"testdata/heldout79.jsonl", 0.45},
		{"testdata/heldout80.jsonl", 0.45}, {"testdata/heldout81.jsonl", 0.45},
		{"testdata/heldout82.jsonl", 0.4}, {"testdata/heldout83.jsonl", 0.5},
		{"testdata/heldout84.jsonl", 0.4}, {"testdata/heldout85.jsonl", 0.5},
		{"testdata/heldout86.jsonl", 0.45}, {"testdata/heldout87.jsonl", 0.4},
		{"testdata/heldout88.jsonl", 0.6}, {"testdata/heldout89.jsonl", 0.45},
		{"testdata/heldout90.jsonl", 0.35}, {"testdata/heldout91.jsonl", 0.45},
		{"testdata/heldout92.jsonl", 0.5}, {"testdata/heldout93.jsonl", 0.4}} {
		dateFloor := 0.8
		switch c.file {
		case "testdata/heldout16.jsonl", "testdata/heldout19.jsonl", "testdata/heldout24.jsonl", "testdata/heldout25.jsonl", "testdata/heldout26.jsonl":
			dateFloor = 0.7 // few matches, some dated only by the story's flow
		case "testdata/heldout23.jsonl":
			dateFloor = 0.65 // 26 matches, 8 dated by the story's flow ("in the same statement")
		case "testdata/heldout22.jsonl", "testdata/heldout28.jsonl":
			dateFloor = 0.5 // untouched; dates from later sentences, "that evening", "at the launch site"
		case "testdata/heldout29.jsonl":
			dateFloor = 0.6 // untouched; dates by coreference ("in the swap")
		case "testdata/heldout32.jsonl", "testdata/heldout35.jsonl", "testdata/heldout38.jsonl":
			dateFloor = 0.6 // dates from the story's flow ("in the same statement", "at the time")
		case "testdata/heldout40.jsonl", "testdata/heldout41.jsonl":
			dateFloor = 0.45 // untouched; measured 0.538 and 0.5 on first run, few matches
		case "testdata/heldout43.jsonl", "testdata/heldout47.jsonl":
			dateFloor = 0.5 // 0.588 and 0.583: dates from the story's flow ("the same day", "a day earlier")
		case "testdata/heldout44.jsonl":
			dateFloor = 0.7 // untouched; 0.857 over 14 matches
		case "testdata/heldout46.jsonl":
			dateFloor = 0.4 // untouched; 0.455 over 11 matches
		case "testdata/heldout49.jsonl":
			dateFloor = 0.5 // 0.55 over 20 matches: several dated by the story's flow
		case "testdata/heldout52.jsonl":
			dateFloor = 0.7 // 0.786 over 14 matches
		case "testdata/heldout56.jsonl":
			dateFloor = 0.45 // 0.538 over 13 matches: "the same day", "in the debate before the vote"
		case "testdata/heldout57.jsonl", "testdata/heldout58.jsonl":
			dateFloor = 0.6 // untouched 57: 0.7 over 10 matches; 58: 0.8 over 15
		case "testdata/heldout59.jsonl":
			dateFloor = 0.35 // untouched; 0.444 over 9 matches
		case "testdata/heldout61.jsonl":
			dateFloor = 0.4 // untouched; 0.5 over 12 matches
		case "testdata/heldout63.jsonl", "testdata/heldout65.jsonl":
			dateFloor = 0.65 // untouched; 0.765 over 17 and 0.818 over 11 matches
		case "testdata/heldout64.jsonl":
			dateFloor = 0.5 // 0.625 over 16 matches: "within hours", "at their meeting" after a misdated visit
		case "testdata/heldout68.jsonl":
			dateFloor = 0.4 // 0.5 over 14 matches: "In an interview broadcast on Monday", "hours after"
		case "testdata/heldout70.jsonl", "testdata/heldout71.jsonl":
			dateFloor = 0.7 // 0.778 over 18 and 0.812 over 16 matches
		case "testdata/heldout72.jsonl", "testdata/heldout73.jsonl", "testdata/heldout74.jsonl", "testdata/heldout76.jsonl", "testdata/heldout78.jsonl", "testdata/heldout79.jsonl":
			dateFloor = 0.65 // 0.75-0.83 over 12-21 matches
		case "testdata/heldout75.jsonl":
			dateFloor = 0.4 // untouched; 0.5 over 16 matches
		case "testdata/heldout81.jsonl", "testdata/heldout82.jsonl", "testdata/heldout84.jsonl":
			dateFloor = 0.65 // 0.765-0.786 over 14-18 matches
		case "testdata/heldout83.jsonl":
			dateFloor = 0.55 // 0.667 over 21 matches
		case "testdata/heldout85.jsonl":
			dateFloor = 0.55 // 0.684 over 19 matches
		case "testdata/heldout86.jsonl":
			dateFloor = 0.65 // 0.8 over 15 matches
		case "testdata/heldout87.jsonl":
			dateFloor = 0.45 // untouched; 0.565 over 23 matches
		case "testdata/heldout90.jsonl":
			dateFloor = 0.6 // 0.75 over 12 matches: "the next day", "in March" across a story of two years
		case "testdata/heldout91.jsonl":
			dateFloor = 0.45 // untouched; 0.529 over 17 matches
		case "testdata/heldout93.jsonl":
			dateFloor = 0.7 // untouched; 0.8 over 15 matches
		}
		t.Run(c.file, func(t *testing.T) { heldOut(t, c.file, c.floor, dateFloor) })
	}
}

func heldOut(t *testing.T, file string, floor, dateFloor float64) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	gold, err := eval.ReadGold(bytes.NewReader(data), file)
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d struct{ ID, Text, Published, Outlet string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		evs, err := c.Code(news.Document{ID: d.ID, Text: d.Text, Published: d.Published, Outlet: d.Outlet})
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		for _, e := range evs {
			if err := enc.Encode(e); err != nil {
				t.Fatal(err)
			}
		}
	}
	sys, err := eval.ReadSystem(&out, "system")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := eval.Score(gold, sys)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range rep.Levels {
		t.Logf("%-6s P=%.3f R=%.3f F1=%.3f (tp=%d gold=%d system=%d)", l.Level, l.P, l.R, l.F1, l.TP, l.Gold, l.System)
		// Loose floors: six stories are few, but a coder that loses a
		// third of them has broken something general.
		if (l.Level == "root" || l.Level == "plover") && (l.F1 < floor || l.P < floor) {
			t.Errorf("%s level below floor: P=%.3f F1=%.3f", l.Level, l.P, l.F1)
		}
	}
	if rep.DateAcc != nil {
		t.Logf("date accuracy %.3f", *rep.DateAcc)
		if *rep.DateAcc < dateFloor {
			t.Errorf("date accuracy %.3f below %.2f", *rep.DateAcc, dateFloor)
		}
	}
}
