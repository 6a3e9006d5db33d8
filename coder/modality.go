package coder

import "github.com/dyadproject/dyad/event"

var (
	negWords      = map[string]bool{"not": true, "never": true, "n't": true, "no": true, "neither": true, "nor": true, "without": true}
	noWord        = map[string]bool{"no": true}
	futureAux     = map[string]bool{"will": true, "shall": true, "'ll": true}
	hypoAux       = map[string]bool{"could": true, "might": true, "may": true, "would": true, "should": true, "can": true}
	negatingVerbs = map[string]bool{"fail": true, "refuse": true, "decline": true, "reject": true, "avoid": true, "stop": true, "cease": true}
	futureVerbs   = map[string]bool{"plan": true, "intend": true, "agree": true, "vow": true, "pledge": true, "promise": true,
		"decide": true, "prepare": true, "aim": true, "expect": true, "want": true, "hope": true, "set": true,
		"schedule": true, "offer": true, "propose": true, "threaten": true, "seek": true, "commit": true, "resolve": true,
		"announce": true, "wish": true, "be": true, "ready": true, "willing": true, "determined": true}
	hypoVerbs = map[string]bool{"consider": true, "rule": true, "weigh": true, "mull": true}
	// reporting verbs carry a statement; they are attribution, not acts.
	reportVerbs = map[string]bool{"say": true, "tell": true, "report": true, "add": true, "state": true, "write": true,
		"announce": true, "declare": true, "note": true, "quote": true, "confirm": true, "explain": true, "insist": true,
		"stress": true, "reiterate": true, "comment": true, "show": true, "indicate": true, "disclose": true,
		"reveal": true, "publish": true, "carry": true, "cite": true, "argue": true, "believe": true, "think": true,
		"estimate": true, "find": true, "conclude": true, "determine": true, "hope": true, "know": true, "understand": true, "learn": true,
		"broadcast": true, "respond": true, "remark": true, "emphasize": true, "emphasise": true, "suggest": true,
		"inform": true, "notify": true}
	// allegation verbs make what they carry a claim.
	allegeVerbs = map[string]bool{"accuse": true, "allege": true, "claim": true, "contend": true, "blame": true,
		"charge": true, "suspect": true, "assert": true, "maintain": true}
)

// verdict is the negation and modality of one act.
type verdict struct {
	negated  bool
	modality string
	refused  bool // "refused to ...": the refusal may be an act of its own
}

// modality judges the act carried by verb v (a trigger, or the light verb of
// an event noun). commit is true for acts of commitment (03x vows), whose
// "will" belongs to the promised act, not to the vow.
func (t *tree) modality(v int, commit bool) verdict {
	out := verdict{modality: event.Asserted}
	if v < 0 {
		return out
	}
	t.negation(v, &out)
	if out.negated && t.lemma(v) == "rule" && t.particle(v, outWord) {
		// "did not rule out": a possibility.
		out.negated, out.modality = false, event.Hypothetical
		return out
	}
	// auxiliaries of v.
	for _, c := range t.kids[v] {
		if base(t.toks[c].Dep) != "aux" {
			continue
		}
		l := t.lemma(c)
		switch {
		case futureAux[l]:
			out.modality = event.Future
		case l == "would":
			if t.reported(v) {
				out.modality = event.Future
			} else {
				out.modality = event.Hypothetical
			}
		case hypoAux[l]:
			out.modality = event.Hypothetical
		}
	}
	// "if" clause of its own.
	if base(t.dep(v)) == "advcl" && t.hasChildLemma(v, "mark", ifMark) {
		out.modality = event.Hypothetical
	}
	// climb infinitives and conjuncts: "plans to visit", "refused to sign".
	cur := v
	for depth := 0; depth < 4; depth++ {
		d := base(t.dep(cur))
		h := t.head(cur)
		if h < 0 {
			break
		}
		if d == "conj" {
			cur = h
			continue
		}
		// "had no plans to break off relations": a plan had is the act in
		// the future, and none had is the act negated.
		if t.ownPlan(cur) {
			if t.hasChildLemma(h, "det", noWord) {
				out.negated = !out.negated
			}
			if out.modality == event.Asserted && !commit {
				out.modality = event.Future
			}
			cur = t.head(h)
			continue
		}
		// "would not retaliate by pulling its ambassador": the means of an
		// act shares its negation and modality.
		if d != "xcomp" && !(d == "ccomp" && t.hasChildLemma(cur, "mark", toMark)) &&
			!(d == "advcl" && (t.hasChildLemma(cur, "mark", toMark) || t.hasChildLemma(cur, "mark", byMark) && t.toks[cur].XPOS == "VBG")) {
			break
		}
		l := t.lemma(h)
		switch {
		case negatingVerbs[l]:
			out.negated = !out.negated
			if l == "refuse" || l == "reject" {
				out.refused = true
			}
		case l == "rule" && t.hasChildLemma(h, "compound", map[string]bool{"out": true}):
			out.modality = event.Hypothetical
		case hypoVerbs[l]:
			out.modality = event.Hypothetical
		case futureVerbs[l] && out.modality == event.Asserted && !commit:
			out.modality = event.Future
		}
		var hv verdict
		hv.modality = out.modality
		t.negation(h, &hv)
		if hv.negated && l != "rule" {
			out.negated = !out.negated
		}
		if l == "rule" && hv.negated {
			out.modality = event.Hypothetical
		}
		if out.modality == event.Asserted {
			for _, c := range t.kids[h] {
				if base(t.toks[c].Dep) == "aux" {
					switch l := t.lemma(c); {
					case futureAux[l]:
						if !commit {
							out.modality = event.Future
						}
					case l == "would" && !t.reported(h):
						out.modality = event.Hypothetical
					case l == "would":
						if !commit {
							out.modality = event.Future
						}
					case hypoAux[l]:
						out.modality = event.Hypothetical
					}
				}
			}
		}
		cur = h
	}
	if commit && out.modality == event.Future {
		out.modality = event.Asserted
	}
	if out.modality == event.Asserted && t.alleged(v) {
		out.modality = event.Alleged
	}
	return out
}

var outWord = map[string]bool{"out": true}

var ifMark = map[string]bool{"if": true, "unless": true, "whether": true}

var shortWord, shortOfVerbs = map[string]bool{"short": true}, map[string]bool{"stop": true, "fall": true, "come": true}

func (t *tree) negation(v int, out *verdict) {
	for _, c := range t.kids[v] {
		d := t.toks[c].Dep
		if (d == "advmod" || d == "neg" || d == "cc:preconj" || d == "det" || (d == "cc" && t.lemma(c) == "nor")) && negWords[t.lemma(c)] {
			out.negated = true
		}
		if d == "aux" && (t.toks[c].Text == "cannot" || t.toks[c].Text == "can't") {
			out.negated = true
		}
		// "did not, however, order": the "not" hung on the auxiliary.
		if base(d) == "aux" && t.hasChildLemma(c, "advmod", notWord) {
			out.negated = true
		}
	}
	// "no US official would go to the summit": no one did it.
	if s := t.subject(v); s >= 0 && t.hasChildLemma(s, "det", noWord) {
		out.negated = true
	}
	// "stopped short of offering an apology", "fell short of recognising".
	if h := t.head(v); h >= 0 && t.hasChildLemma(v, "mark", ofMark) {
		if t.lemma(h) == "short" {
			h = t.head(h)
		} else if !t.hasChildLemma(h, "xcomp", shortWord) && !t.hasChildLemma(h, "advmod", shortWord) {
			h = -1
		}
		if h >= 0 && shortOfVerbs[t.lemma(h)] {
			out.negated = true
		}
	}
	// "has yet to sign".
	if t.hasChildLemma(v, "mark", toMark) {
		if h := t.head(v); t.hasChildLemma(v, "advmod", yetWord) || h >= 0 && (t.lemma(h) == "have" || t.lemma(h) == "be") && t.hasChildLemma(h, "advmod", yetWord) {
			out.negated = true
		}
	}
}

// reported reports whether v's clause is what someone said: "X said it
// would ...".
func (t *tree) reported(v int) bool {
	cur := v
	for depth := 0; depth < 4; depth++ {
		h := t.head(cur)
		if h < 0 {
			return false
		}
		d := base(t.dep(cur))
		if d == "ccomp" || d == "parataxis" {
			return reportVerbs[t.lemma(h)] || allegeVerbs[t.lemma(h)] || futureVerbs[t.lemma(h)] || t.lemma(h) == "warn"
		}
		if d != "conj" && d != "xcomp" {
			return false
		}
		cur = h
	}
	return false
}

// alleged reports whether v is a claim: the complement of "accuse", "claim",
// "contend" ("accused Pyongyang of shipping shells").
func (t *tree) alleged(v int) bool {
	cur := v
	for depth := 0; depth < 5; depth++ {
		h := t.head(cur)
		if h < 0 {
			return false
		}
		d := base(t.dep(cur))
		switch d {
		case "ccomp", "advcl", "xcomp", "acl":
			if allegeVerbs[t.lemma(h)] {
				return true
			}
		case "conj":
		case "obl", "nmod", "obj":
			// a nominal event under "accuse X of": "accused Moscow of purchases".
			if allegeVerbs[t.lemma(h)] {
				return true
			}
		default:
			return false
		}
		cur = h
	}
	return false
}

// speakers returns the tokens of those a clause is attributed to, innermost
// first: the subjects of the reporting verbs above v, and "according to" phrases.
func (t *tree) speakers(v int) []int {
	var out []int
	cur := v
	for depth := 0; depth < 5; depth++ {
		// "..., KCNA said": a reporting clause hanging under the event clause.
		for _, c := range t.kids[cur] {
			d := base(t.toks[c].Dep)
			if (d == "parataxis" || d == "ccomp") && reportVerbs[t.lemma(c)] && t.child(c, "ccomp") < 0 {
				if s := t.subject(c); s >= 0 {
					out = append(out, s)
				}
			}
			if (d == "obl" || d == "nmod" || d == "advcl") && t.caseOf(c) == "according_to" {
				out = append(out, c)
			}
		}
		h := t.head(cur)
		if h < 0 {
			break
		}
		d := base(t.dep(cur))
		if (d == "ccomp" || d == "parataxis") && (reportVerbs[t.lemma(h)] || allegeVerbs[t.lemma(h)]) {
			s := t.subject(h)
			if s < 0 && base(t.dep(h)) == "conj" {
				s = t.agentOf(h, 0) // "said ... and argued that": the first verb's speaker
			}
			if s >= 0 {
				if t.ment[s] < 0 && t.toks[s].UPOS == "PRON" && base(t.dep(h)) == "conj" {
					// "Pyongyang pulled ..., but it announced": an
					// unresolved pronoun takes the first conjunct's subject.
					if s2 := t.agentOf(t.head(h), 0); s2 >= 0 {
						s = s2
					}
				}
				out = append(out, s)
			}
		} else if d != "conj" && d != "xcomp" && d != "advcl" && d != "ccomp" {
			break
		}
		cur = h
	}
	// "according to X" hanging anywhere on the root.
	for i := range t.toks {
		if t.toks[i].Head < 0 || t.head(i) < 0 {
			for _, c := range t.kids[i] {
				if t.caseOf(c) == "according_to" {
					dup := false
					for _, o := range out {
						dup = dup || o == c
					}
					if !dup {
						out = append(out, c)
					}
				}
			}
		}
	}
	return out
}

// yetWord marks acts still to come: "has yet to sign", "is yet to reply".
var yetWord = map[string]bool{"yet": true}

// notWord negates the auxiliary it hangs on, and so the verb.
var notWord = map[string]bool{"not": true, "n't": true, "never": true}
