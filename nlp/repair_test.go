package nlp

import "testing"

// News sentences that open with an adjective, a plural noun and a past
// verb with an object are clauses, not captions.
func TestVerblessRootRepair(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, verb, subj string }{
		{"Israeli warplanes struck military sites in Iran early on Saturday.", "struck", "warplanes"},
		{"Russian troops shelled the city overnight.", "shelled", "troops"},
		{"Chinese coast guard officers seized two Philippine navy boats.", "seized", "officers"},
		{"Police arrested dozens of protesters.", "arrested", "Police"},
		{"Thousands of protesters marched in Tbilisi against the government's decision.", "marched", "Thousands"},
		{"Members of Mali's presidential guard detained President Ibrahim Keita at his residence on Tuesday.", "detained", "Members"},
		{"Officers of Gabon's republican guard detained President Ali Bongo at his palace on Wednesday.", "detained", "Officers"},
		{"Rebel fighters from the eastern Kivu region agreed on Monday to a permanent truce.", "agreed", "fighters"},
		{"Yemen's government and the Houthi movement agreed to a prisoner exchange.", "agreed", "government"},
		{"Sudan's army and the Rapid Support Forces agreed to a truce.", "agreed", "army"},
		// a "whose" clause hung as parataxis, then the main verb
		{"Brazil, Colombia and Mexico, whose leftist presidents have long kept channels open to Maduro, issued a joint statement on Thursday.", "issued", "Brazil"},
		// ... and one whose main verb has an adverb and was read as a participle
		{"The bloc's security council, which met in Addis Ababa, strongly condemned the takeover.", "condemned", "council"},
		// a news verb in -s after the subject's noun is the verb
		{"Japan's foreign minister travels to Seoul on Thursday for talks.", "travels", "minister"},
		// ... or after an opening participle, with an apposition
		{"Announcing the measure on Thursday, Russia's agricultural watchdog, Rosselkhoznadzor, said pests kept turning up.", "said", "watchdog"},
		// after an opening phrase and its comma, the title and name
		{"In Washington, Secretary of State Antony Blinken said on Thursday that the vote was flawed.", "said", "Secretary"},
		// a relative clause, then the main verb read as its object's adjective
		{"Mali's transitional government, which says the wreckage was found inside Malian territory, accused Algiers on Sunday of aggression.", "accused", "government"},
		// a subject interrupted by a relative clause or an apposition, then
		// its verb (with auxiliaries, or read as a loose clause)
		{"The RSF, which controls most of Darfur, did not respond to the statement.", "respond", "RSF"},
		{"The Solomon Islands, a scattered chain of islands, lies north-east of the Australian coast.", "lies", "Islands"},
		{"Opposition candidate Venancio Mondlane, who left the country last month, accuses the ruling party of rigging the vote.", "accuses", "candidate"},
		// a participle between a possessive and its noun describes the noun
		{"Niger's ruling junta revoked a military cooperation agreement with the United States on Saturday.", "revoked", "junta"},
		// a title, then the name set off by commas, then the verb
		{"The UN special envoy for Syria, Geir Pedersen, called on Israel to halt its troop movements.", "called", "envoy"},
		// ... or a bare plural noun the parser hung on the comma, with the
		// place as the root
		{"In Seoul, police detained 16 university students who tried to force their way into the Japanese embassy.", "detained", "police"},
		// with an article and a full stop, a noun and a participle with no
		// object are a sentence too
		{"A few hundred farmers rallied against the trade deal near the parliament.", "rallied", "farmers"},
		// "X fought ..., hours before Y demanded ...": two clauses
		{"Sudan's army and the paramilitary Rapid Support Forces fought for control of El Fasher on Thursday, hours before the UN Security Council demanded that the RSF lift its siege of the city.", "fought", "army"},
		// a participle after the opening noun phrase, with an object and
		// no finite verb in its clause, is the past tense
		{"JERUSALEM (AP) — Israeli forces battled Hamas militants inside southern Israel on Sunday, after the group's fighters broke through the fence.", "battled", "forces"},
		{"Russian troops shelled the city overnight.", "shelled", "troops"},
		// a plural subject and a participle with no object, with a clause
		// of its own hung on the noun: no caption
		{"Relations soured within days of his inauguration, when he demanded that New Delhi withdraw its troops.", "soured", "Relations"},
		// a "relative clause" with neither a relative pronoun nor a
		// subject of its own is the main clause
		{"The two countries have long disputed ownership of several ancient temples along their frontier.", "disputed", "countries"},
		{"The last of the soldiers left in May, replaced by Indian civilian crews.", "left", "last"},
		// a participle phrase set off after the subject, then the main verb
		// read as an adjective of its object
		{"The swap, carried out at the airport in the Turkish capital and coordinated by Turkey's intelligence agency, involved 26 people held in the United States.", "involved", "swap"},
		// after an opening phrase: a long subject, one with an adverb
		// before its verb, two subjects joined by "and"
		{"On Wednesday, the Permanent Council of the Organization of American States adopted a resolution.", "adopted", "Council"},
		{"In March, Yerevan also told Moscow that its border guards must leave.", "told", "Yerevan"},
		{"In a joint statement issued in Beijing on Thursday, China and the Arab League backed the plan.", "backed", "China"},
		// an opening phrase, then the main clause read as its relative clause
		{"On Saturday evening, after polls closed in nationwide municipal elections, opposition demonstrators broke through the iron fence.", "broke", "demonstrators"},
		// after a long opening, a verb with its subject, read as the
		// adjective of its object
		{"Speaking on Sunday at a rally organised by the far-right Vox party, Milei attacked socialism and called the minister corrupt.", "attacked", "Milei"},
		// a span of time and a comma open the sentence, parsed as its root
		{"Hours after the vote, police detained the leaders.", "detained", "police"},
		{"Days after the election, the opposition leader fled the country.", "fled", "leader"},
		{"Minutes before the deadline, Turkish jets struck positions in the north, in answer to a rocket that hit a border town.", "struck", "jets"},
	} {
		sents := m.Annotate(c.text)
		if len(sents) != 1 {
			t.Fatalf("%q: %d sentences", c.text, len(sents))
		}
		toks := sents[0].Tokens
		root, subj := -1, -1
		for i, tk := range toks {
			if tk.Head < 0 {
				root = i
			}
			if tk.Text == c.subj {
				subj = i
			}
		}
		if root < 0 || toks[root].Text != c.verb {
			t.Errorf("%q: root %v, want %q", c.text, root, c.verb)
			continue
		}
		if subj < 0 || toks[subj].Head != root || toks[subj].Dep != "nsubj" {
			t.Errorf("%q: %q is not the subject of %q", c.text, c.subj, c.verb)
		}
	}
}

// The repair itself, on hand-made trees: only a participle with an object
// right after a root noun is moved, and a predicate noun is left alone.
func TestVerblessRootRules(t *testing.T) {
	mk := func(spec [][4]string, heads []int) *Sentence {
		s := &Sentence{}
		for i, f := range spec {
			s.Tokens = append(s.Tokens, Token{Text: f[0], UPOS: f[1], XPOS: f[2], Dep: f[3], Head: heads[i]})
		}
		return s
	}
	// "Troops shelled the town ." as the caption parse.
	s := mk([][4]string{{"Troops", "NOUN", "NNS", "root"}, {"shelled", "VERB", "VBN", "acl"}, {"the", "DET", "DT", "det"},
		{"town", "NOUN", "NN", "obj"}, {".", "PUNCT", ".", "punct"}}, []int{-1, 0, 3, 1, 0})
	if r := verblessRoot(s, 0, 5, 0); r != 1 || s.Tokens[0].Head != 1 || s.Tokens[0].Dep != "nsubj" ||
		s.Tokens[1].Head != -1 || s.Tokens[1].XPOS != "VBD" || s.Tokens[4].Head != 1 {
		t.Errorf("caption parse not repaired: root %d, %+v", r, s.Tokens)
	}
	// "Police arrested dozens ." with the verb read as an adjective of its object.
	s = mk([][4]string{{"Police", "NOUN", "NNS", "root"}, {"arrested", "VERB", "VBN", "amod"}, {"dozens", "NOUN", "NNS", "obj"},
		{".", "PUNCT", ".", "punct"}}, []int{-1, 2, 0, 0})
	if r := verblessRoot(s, 0, 4, 0); r != 1 || s.Tokens[2].Head != 1 || s.Tokens[2].Dep != "obj" || s.Tokens[0].Head != 1 {
		t.Errorf("adjective parse not repaired: root %d, %+v", r, s.Tokens)
	}
	// "Photos taken at night ." has no object: a caption indeed.
	s = mk([][4]string{{"Photos", "NOUN", "NNS", "root"}, {"taken", "VERB", "VBN", "acl"}, {"at", "ADP", "IN", "case"},
		{"night", "NOUN", "NN", "obl"}, {".", "PUNCT", ".", "punct"}}, []int{-1, 0, 3, 1, 0})
	if r := verblessRoot(s, 0, 5, 0); r != 0 || s.Tokens[1].Dep != "acl" {
		t.Errorf("caption without object changed: root %d", r)
	}
	// "He is the man given a medal ." : predicate noun with a copula.
	s = mk([][4]string{{"He", "PRON", "PRP", "nsubj"}, {"is", "AUX", "VBZ", "cop"}, {"the", "DET", "DT", "det"},
		{"man", "NOUN", "NN", "root"}, {"given", "VERB", "VBN", "acl"}, {"a", "DET", "DT", "det"}, {"medal", "NOUN", "NN", "obj"}},
		[]int{3, 3, 3, -1, 3, 6, 4})
	if r := verblessRoot(s, 0, 7, 3); r != 3 {
		t.Errorf("predicate noun repaired: root %d", r)
	}
}

// A nationality before a title and a name stays inside the name's phrase.
func TestDemonymTitleRepair(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, verb, subj, obj string }{
		{"German Chancellor Olaf Scholz hosted Chinese Premier Li Qiang in Berlin.", "hosted", "Chancellor", "Qiang"},
		{"French President Emmanuel Macron hosted Indian Prime Minister Narendra Modi in Paris.", "hosted", "Emmanuel", "Narendra"},
	} {
		toks := m.Annotate(c.text)[0].Tokens
		idx := map[string]int{}
		root := -1
		for i, tk := range toks {
			idx[tk.Text] = i
			if tk.Head < 0 {
				root = i
			}
		}
		v := idx[c.verb]
		if root != v {
			t.Errorf("%q: root %q, want %q", c.text, toks[root].Text, c.verb)
		}
		// the subject and object phrases hang on the verb through their heads
		top := func(i int) int {
			for toks[i].Head >= 0 && toks[i].Head != v {
				i = toks[i].Head
			}
			return i
		}
		if s := top(idx[c.subj]); toks[s].Head != v || toks[s].Dep != "nsubj" {
			t.Errorf("%q: %q does not reach %q as its subject (%s)", c.text, c.subj, c.verb, toks[s].Dep)
		}
		if o := top(idx[c.obj]); toks[o].Head != v || toks[o].Dep != "obj" {
			t.Errorf("%q: %q does not reach %q as its object (%s)", c.text, c.obj, c.verb, toks[o].Dep)
		}
		for i, tk := range toks {
			if tk.UPOS == "ADJ" && startsUpper(tk.Text) && tk.Dep != "amod" {
				t.Errorf("%q: %q is %s of %d, not a modifier", c.text, tk.Text, tk.Dep, toks[i].Head)
			}
		}
	}
}

func TestWellFormed(t *testing.T) {
	s := &Sentence{Tokens: []Token{{Head: 1}, {Head: -1}, {Head: 1}}}
	if !wellFormed(s, 0, 3) {
		t.Error("a tree judged malformed")
	}
	s.Tokens[1].Head = 2 // a cycle and no root
	if wellFormed(s, 0, 3) {
		t.Error("a cycle judged well formed")
	}
	s.Tokens = []Token{{Head: -1}, {Head: -1}}
	if wellFormed(s, 0, 2) {
		t.Error("two roots judged well formed")
	}
}

// A capitalised word the tagger's lexicon never saw is a name, not a verb
// its ending suggests, except a sentence's first word that looks like one.
func TestUnknownCapitalisedIsName(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, word, upos string }{
		{"Pyongyang on Tuesday blew up roads linking the two Koreas.", "Pyongyang", "PROPN"},
		{"Officials in Pyongyang on Tuesday blew up roads.", "Pyongyang", "PROPN"},
		{"Brokering a deal, Qatar hosted the talks.", "Brokering", "VERB"},
	} {
		found := false
		for _, tk := range m.Annotate(c.text)[0].Tokens {
			if tk.Text == c.word {
				found = true
				if tk.UPOS != c.upos {
					t.Errorf("%q: %q tagged %s, want %s", c.text, c.word, tk.UPOS, c.upos)
				}
			}
		}
		if !found {
			t.Fatalf("%q: no token %q", c.text, c.word)
		}
	}
}

// "The junta, which took power in a coup, expelled the ambassador": the
// verb after the relative clause is the main verb, not the clause's
// conjunct.
func TestRelativeThenVerbRepair(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, verb, subj string }{
		{"The junta, which took power in a coup, expelled the French ambassador.", "expelled", "junta"},
		{"The minister, who arrived on Monday, signed the agreement.", "signed", "minister"},
	} {
		toks := m.Annotate(c.text)[0].Tokens
		for i, tk := range toks {
			if tk.Text == c.verb && tk.Head >= 0 {
				t.Errorf("%q: %q hangs on %q as %s, want the root", c.text, c.verb, toks[tk.Head].Text, tk.Dep)
			}
			if tk.Text == c.subj && (tk.Head < 0 || toks[tk.Head].Text != c.verb || tk.Dep != "nsubj") {
				t.Errorf("%q: %q (token %d) is not the subject of %q", c.text, c.subj, i, c.verb)
			}
		}
	}
	// with "and" the second verb is the clause's own: "The junta, which
	// took power and expelled the envoy, ..." is left alone.
	s := &Sentence{Tokens: []Token{
		{Text: "Troops", UPOS: "NOUN", Head: -1, Dep: "root"},
		{Text: ",", UPOS: "PUNCT", Head: 3, Dep: "punct"},
		{Text: "who", UPOS: "PRON", Head: 3, Dep: "nsubj"},
		{Text: "came", UPOS: "VERB", XPOS: "VBD", Head: 0, Dep: "acl:relcl"},
		{Text: "and", UPOS: "CCONJ", Head: 6, Dep: "cc"},
		{Text: ",", UPOS: "PUNCT", Head: 6, Dep: "punct"},
		{Text: "left", UPOS: "VERB", XPOS: "VBD", Head: 3, Dep: "conj"},
	}}
	if r := relativeThenVerb(s, 0, len(s.Tokens), 0); r != 0 {
		t.Errorf("a conjunct with its own 'and' was made the main verb")
	}
}

// After help or let and a name or an object pronoun, a rare lower-case verb
// is the object's action, not a noun or part of the name; plural nouns and
// other verbs' objects keep their tags.
func TestCausedActionIsVerb(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, word, upos string }{
		{"Beijing helped Pyongyang dodge the embargo.", "dodge", "VERB"},
		{"Analysts say China helps North Korea evade sanctions.", "evade", "VERB"},
		{"The accord would let them resume exports of grain.", "resume", "VERB"},
		{"Seoul helped Ukraine forces with mine clearing.", "forces", "NOUN"},
		{"The court made Kim chairman of the board.", "chairman", "NOUN"},
	} {
		sents := m.Annotate(c.text)
		if len(sents) != 1 {
			t.Fatalf("%q: %d sentences", c.text, len(sents))
		}
		found := false
		for _, tk := range sents[0].Tokens {
			if tk.Text == c.word {
				found = true
				if tk.UPOS != c.upos {
					t.Errorf("%q: %q tagged %s, want %s", c.text, c.word, tk.UPOS, c.upos)
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q", c.text, c.word)
		}
	}
}

func mkTree(spec [][4]string, heads []int) *Sentence {
	s := &Sentence{}
	for i, f := range spec {
		s.Tokens = append(s.Tokens, Token{Text: f[0], UPOS: f[1], XPOS: f[2], Dep: f[3], Head: heads[i]})
	}
	return s
}

// "The envoy called the rulers of Mali and Niger puppets ." with the
// predicate hung on the object as a bare modifier: it becomes the
// predicate. A modifier with its preposition, or a verb that is not a
// naming one, stays.
func TestPredicateNounRepair(t *testing.T) {
	spec := [][4]string{{"The", "DET", "DT", "det"}, {"envoy", "NOUN", "NN", "nsubj"}, {"called", "VERB", "VBD", "root"},
		{"the", "DET", "DT", "det"}, {"rulers", "NOUN", "NNS", "obj"}, {"of", "ADP", "IN", "case"},
		{"Mali", "PROPN", "NNP", "nmod"}, {"and", "CCONJ", "CC", "cc"}, {"Niger", "PROPN", "NNP", "conj"},
		{"puppets", "NOUN", "NNS", "nmod"}, {".", "PUNCT", ".", "punct"}}
	heads := []int{1, 2, -1, 4, 2, 6, 4, 8, 6, 4, 2}
	s := mkTree(spec, heads)
	predicateNoun(s, 0, len(s.Tokens))
	if p := s.Tokens[9]; p.Head != 2 || p.Dep != "xcomp" {
		t.Errorf("puppets: head %d %s, want 2 xcomp", p.Head, p.Dep)
	}
	if m := s.Tokens[6]; m.Head != 4 || m.Dep != "nmod" {
		t.Errorf("Mali moved: head %d %s", m.Head, m.Dep)
	}
	// "met the rulers ... puppets": not a naming verb, left alone.
	s = mkTree(spec, heads)
	s.Tokens[2].Text = "met"
	predicateNoun(s, 0, len(s.Tokens))
	if p := s.Tokens[9]; p.Head != 4 || p.Dep != "nmod" {
		t.Errorf("met ... puppets changed: head %d %s", p.Head, p.Dep)
	}
	// Through the whole pipeline, on a sentence of the same shape.
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents := m.Annotate("North Korean leader Kim Jong Un called the leaders of the United States and Japan gang bosses on Monday.")
	toks := sents[0].Tokens
	for _, tk := range toks {
		if tk.Text == "bosses" && (tk.Dep != "xcomp" || toks[tk.Head].Text != "called") {
			t.Errorf("bosses: %s of %q, want xcomp of called", tk.Dep, toks[tk.Head].Text)
		}
	}
}

// "Putin wrote that he was confident ." parsed with "that" as the object
// and the clause hung on it: the clause becomes the complement of "wrote"
// and "that" its marker; a "that" already marking stays.
func TestSconjHeadRepair(t *testing.T) {
	s := mkTree([][4]string{{"Putin", "PROPN", "NNP", "nsubj"}, {"wrote", "VERB", "VBD", "root"}, {"that", "SCONJ", "IN", "obj"},
		{"he", "PRON", "PRP", "nsubj"}, {"was", "AUX", "VBD", "cop"}, {"confident", "ADJ", "JJ", "parataxis"}, {".", "PUNCT", ".", "punct"}},
		[]int{1, -1, 1, 5, 5, 2, 1})
	sconjHead(s, 0, len(s.Tokens))
	if c := s.Tokens[5]; c.Head != 1 || c.Dep != "ccomp" {
		t.Errorf("confident: head %d %s, want 1 ccomp", c.Head, c.Dep)
	}
	if c := s.Tokens[2]; c.Head != 5 || c.Dep != "mark" {
		t.Errorf("that: head %d %s, want 5 mark", c.Head, c.Dep)
	}
	if !wellFormed(s, 0, len(s.Tokens)) {
		t.Error("repaired tree not well formed")
	}
	s = mkTree([][4]string{{"He", "PRON", "PRP", "nsubj"}, {"said", "VERB", "VBD", "root"}, {"that", "SCONJ", "IN", "mark"},
		{"it", "PRON", "PRP", "nsubj"}, {"rained", "VERB", "VBD", "ccomp"}}, []int{1, -1, 4, 4, 1})
	sconjHead(s, 0, len(s.Tokens))
	if c := s.Tokens[2]; c.Head != 4 || c.Dep != "mark" {
		t.Errorf("marking that changed: head %d %s", c.Head, c.Dep)
	}
}

// A judging verb's object and predicate both hang on the verb: repaired
// from the predicate taken as the object ("called the threats reckless")
// and from the adjective hung on the noun ("considers the plan
// dangerous"); other verbs keep their adjectives.
func TestSmallClauseRepair(t *testing.T) {
	s := mkTree([][4]string{{"Ali", "PROPN", "NNP", "nsubj"}, {"called", "VERB", "VBD", "root"}, {"the", "DET", "DT", "det"},
		{"threats", "NOUN", "NNS", "nsubj"}, {"reckless", "NOUN", "NN", "obj"}, {".", "PUNCT", ".", "punct"}},
		[]int{1, -1, 3, 4, 1, 1})
	smallClause(s, 0, len(s.Tokens))
	if o, x := s.Tokens[3], s.Tokens[4]; o.Head != 1 || o.Dep != "obj" || x.Head != 1 || x.Dep != "xcomp" {
		t.Errorf("threats %d %s, reckless %d %s; want obj and xcomp of called", o.Head, o.Dep, x.Head, x.Dep)
	}
	spec := [][4]string{{"Seoul", "PROPN", "NNP", "nsubj"}, {"considers", "VERB", "VBZ", "root"}, {"the", "DET", "DT", "det"},
		{"plan", "NOUN", "NN", "obj"}, {"dangerous", "ADJ", "JJ", "amod"}, {".", "PUNCT", ".", "punct"}}
	s = mkTree(spec, []int{1, -1, 3, 1, 3, 1})
	smallClause(s, 0, len(s.Tokens))
	if x := s.Tokens[4]; x.Head != 1 || x.Dep != "xcomp" {
		t.Errorf("dangerous %d %s, want xcomp of considers", x.Head, x.Dep)
	}
	s = mkTree(spec, []int{1, -1, 3, 1, 3, 1})
	s.Tokens[1].Text = "rejects"
	smallClause(s, 0, len(s.Tokens))
	if x := s.Tokens[4]; x.Head != 3 || x.Dep != "amod" {
		t.Errorf("rejects ... dangerous changed: %d %s", x.Head, x.Dep)
	}
}

// A caseless noun phrase right after a verb with no object is its object,
// whatever the labeller called it; times ("met last week") stay.
func TestCaselessObjectRepair(t *testing.T) {
	s := mkTree([][4]string{{"Tehran", "PROPN", "NNP", "nsubj"}, {"summoned", "VERB", "VBD", "root"}, {"the", "DET", "DT", "det"},
		{"ambassadors", "NOUN", "NNS", "obl"}, {".", "PUNCT", ".", "punct"}}, []int{1, -1, 3, 1, 1})
	caselessObject(s, 0, len(s.Tokens))
	if o := s.Tokens[3]; o.Dep != "obj" {
		t.Errorf("ambassadors: %s, want obj", o.Dep)
	}
	s = mkTree([][4]string{{"They", "PRON", "PRP", "nsubj"}, {"met", "VERB", "VBD", "root"}, {"last", "ADJ", "JJ", "amod"},
		{"week", "NOUN", "NN", "obl"}, {".", "PUNCT", ".", "punct"}}, []int{1, -1, 3, 1, 1})
	caselessObject(s, 0, len(s.Tokens))
	if o := s.Tokens[3]; o.Dep != "obl" {
		t.Errorf("week: %s, want obl", o.Dep)
	}
	s = mkTree([][4]string{{"They", "PRON", "PRP", "nsubj"}, {"met", "VERB", "VBD", "root"}, {"in", "ADP", "IN", "case"},
		{"Paris", "PROPN", "NNP", "obl"}, {".", "PUNCT", ".", "punct"}}, []int{1, -1, 3, 1, 1})
	caselessObject(s, 0, len(s.Tokens))
	if o := s.Tokens[3]; o.Dep != "obl" {
		t.Errorf("in Paris: %s, want obl", o.Dep)
	}
}

// A noun with its own possessor is a whole phrase: "Chad's army and rebel
// fighters" are two conjuncts, not one noun with a compound; "US and
// British forces" stay one phrase.
func TestPossessedCompound(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, first, second string
		two                 bool
	}{
		{"Ethiopia's government and rebel forces agreed on Wednesday to a truce.", "government", "forces", true},
		{"Chad's army and rebel fighters signed a truce in Doha.", "army", "fighters", true},
		{"US and British forces struck targets in Yemen.", "US", "forces", false},
	} {
		toks := m.Annotate(c.text)[0].Tokens
		first, second := -1, -1
		for i, tk := range toks {
			if tk.Text == c.first && first < 0 {
				first = i
			}
			if tk.Text == c.second {
				second = i
			}
		}
		if first < 0 || second < 0 {
			t.Fatalf("%q: words not found", c.text)
		}
		got := toks[second].Head == first && toks[second].Dep == "conj" && toks[first].Dep == "nsubj"
		if got != c.two {
			t.Errorf("%q: %q head %d (%s), %q %s; want two conjuncts: %v", c.text, c.second, toks[second].Head, toks[second].Dep, c.first, toks[first].Dep, c.two)
		}
	}
}

// A participle that describes a name after it is an adjective: the
// parser then reads the clause around the name.
func TestDescribingParticiple(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := m.Annotate("Hours after neighbouring Estonia expelled the envoy, Latvia recalled its ambassador.")[0].Tokens
	if toks[2].UPOS != "ADJ" {
		t.Errorf("neighbouring tagged %s", toks[2].UPOS)
	}
	if toks[3].Dep != "nsubj" || toks[toks[3].Head].Text != "expelled" {
		t.Errorf("Estonia is %s of %q, want the subject of expelled", toks[3].Dep, toks[toks[3].Head].Text)
	}
	// a participle before a common noun keeps the treebank's tag.
	toks = m.Annotate("The ruling was read out in court.")[0].Tokens
	if toks[1].UPOS == "ADJ" {
		t.Errorf("the noun ruling tagged ADJ")
	}
}

// A verb with no passive auxiliary has no passive subject: "France, the
// former colonial power, and Japan called for ..." has one coordinated
// subject.
func TestTwoSubjects(t *testing.T) {
	s := &Sentence{}
	for _, f := range []struct {
		text, upos, dep string
		head            int
	}{
		{"France", "PROPN", "nsubj:pass", 6}, {",", "PUNCT", "punct", 3}, {"the", "DET", "det", 3},
		{"power", "NOUN", "appos", 0}, {"and", "CCONJ", "cc", 6}, {"Japan", "PROPN", "nsubj", 6},
		{"called", "VERB", "root", -1},
	} {
		s.Tokens = append(s.Tokens, Token{Text: f.text, UPOS: f.upos, Dep: f.dep, Head: f.head})
	}
	twoSubjects(s, 0, len(s.Tokens))
	if s.Tokens[0].Dep != "nsubj" || s.Tokens[5].Head != 0 || s.Tokens[5].Dep != "conj" || s.Tokens[4].Head != 5 {
		t.Errorf("got %+v", s.Tokens)
	}
	// a true passive keeps its subject.
	p := &Sentence{Tokens: []Token{{Text: "Japan", UPOS: "PROPN", Dep: "nsubj:pass", Head: 2}, {Text: "was", UPOS: "AUX", Dep: "aux:pass", Head: 2}, {Text: "attacked", UPOS: "VERB", Dep: "root", Head: -1}}}
	twoSubjects(p, 0, 3)
	if p.Tokens[0].Dep != "nsubj:pass" {
		t.Errorf("passive subject changed: %+v", p.Tokens)
	}
}

// "French prosecutors arrested and charged an employee": the object the
// conjoined verbs share makes the first one the main verb.
func TestSharedObjectMakesTheVerb(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := m.Annotate("French prosecutors arrested and charged an Algerian consular employee on Friday.")[0].Tokens
	if toks[2].Head != -1 || toks[1].Head != 2 || toks[1].Dep != "nsubj" {
		t.Errorf("arrested is %s of %d, prosecutors %s of %d", toks[2].Dep, toks[2].Head, toks[1].Dep, toks[1].Head)
	}
}

// "kept in place its ban": the ban is the verb's object, not the place's.
func TestInPlace(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := m.Annotate("South Korea kept in place its long-standing ban on fishery products.")[0].Tokens
	for i, tk := range toks {
		if tk.Text == "ban" && (toks[tk.Head].Text != "kept" || tk.Dep != "obj") {
			t.Errorf("ban (%d) is %s of %q", i, tk.Dep, toks[tk.Head].Text)
		}
	}
}

// "At a meeting of the Security Council on Sunday, Chile's foreign
// minister accused ...": the minister is the verb's subject, not a second
// member of the meeting.
func TestLostSubject(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := m.Annotate("At an emergency meeting of the UN Security Council on Sunday, Congolese Foreign Minister Therese Kayikwamba Wagner accused Rwanda of arming the rebels.")[0].Tokens
	subj := -1
	for i, tk := range toks {
		if tk.Text == "accused" {
			for j, d := range toks {
				if d.Head == i && d.Dep == "nsubj" {
					subj = j
				}
			}
		}
	}
	if subj < 0 || toks[subj].Text != "Therese" {
		t.Errorf("subject of accused: %d", subj)
	}
}

// A repair never makes a cycle: a verb inside the would-be subject's own
// phrase is left alone, and a whole sentence stays one tree.
func TestLostSubjectKeepsATree(t *testing.T) {
	s := &Sentence{}
	for _, f := range []struct {
		text, upos, xpos, dep string
		head                  int
	}{
		{"talks", "NOUN", "NNS", "root", -1}, {",", "PUNCT", ",", "punct", 3}, {"a", "DET", "DT", "det", 3},
		{"official", "NOUN", "NN", "conj", 0}, {"said", "VERB", "VBD", "acl:relcl", 3},
	} {
		s.Tokens = append(s.Tokens, Token{Text: f.text, UPOS: f.upos, XPOS: f.xpos, Dep: f.dep, Head: f.head})
	}
	lostSubject(s, 0, len(s.Tokens))
	if !wellFormed(s, 0, len(s.Tokens)) || s.Tokens[3].Head != 0 {
		t.Errorf("got %+v", s.Tokens)
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Japan is about to restore full diplomatic ties with China almost five years after crowds burned down its embassy, a senior official said on Saturday.",
		"At a meeting of the Security Council on Sunday, Chile's foreign minister accused Peru of arming the rebels.",
	} {
		for _, sent := range m.Annotate(text) {
			if !wellFormed(&sent, 0, len(sent.Tokens)) {
				t.Errorf("%q: not one tree", text)
			}
		}
	}
}

// "X fought ..., hours before Y demanded ...": the second verb is the
// first's adverbial clause, with its own subject after "before".
func TestClauseBeforeClause(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Sudan's army and the paramilitary Rapid Support Forces fought for control of El Fasher on Thursday, hours before the UN Security Council demanded that the RSF lift its siege of the city."
	toks := m.Annotate(text)[0].Tokens
	at := func(w string) int { return tokenAt(t, toks, w) }
	fought, demanded, council, before := at("fought"), at("demanded"), at("Council"), at("before")
	if toks[demanded].Head != fought || toks[demanded].Dep != "advcl" {
		t.Errorf("demanded: head %d %s, want advcl of fought", toks[demanded].Head, toks[demanded].Dep)
	}
	if toks[council].Head != demanded || toks[council].Dep != "nsubj" {
		t.Errorf("Council: head %d %s, want nsubj of demanded", toks[council].Head, toks[council].Dep)
	}
	if toks[before].Head != demanded || toks[before].Dep != "mark" {
		t.Errorf("before: head %d %s, want mark of demanded", toks[before].Head, toks[before].Dep)
	}
}

// Past tenses of news verbs the treebank rarely shows are verbs after a
// participle clause, and stay adjectives after a determiner.
func TestNewsPastsAreVerbs(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := m.Annotate("Army chief Abdel Fattah al-Burhan, speaking in front of burning fuel tanks, vowed retribution against the RSF.")[0].Tokens
	for _, tk := range toks {
		if tk.Text == "vowed" && tk.UPOS != "VERB" {
			t.Errorf("vowed tagged %s/%s", tk.UPOS, tk.XPOS)
		}
	}
	// irregular pasts the treebank shows once or never: "fought" after a
	// possessive's noun was read as a preposition.
	toks = m.Annotate("In 2022, the two countries' armies fought each other for days.")[0].Tokens
	for _, tk := range toks {
		if tk.Text == "fought" && tk.UPOS != "VERB" {
			t.Errorf("fought tagged %s/%s", tk.UPOS, tk.XPOS)
		}
	}
	toks = m.Annotate("The condemned building was torn down.")[0].Tokens
	if toks[1].UPOS == "VERB" && toks[1].XPOS == "VBD" {
		t.Errorf("condemned after 'the' tagged VBD")
	}
}

// "hours after the defence chiefs met at the Pentagon": the noun after
// "after" right before a verb with no subject is its subject.
func TestSubjectAfterLink(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := m.Annotate("The test came hours after the defence chiefs of South Korea and the United States met at the Pentagon on Wednesday and jointly condemned the deployment.")[0].Tokens
	at := func(w string) int { return tokenAt(t, toks, w) }
	chiefs, met, after := at("chiefs"), at("met"), at("after")
	if toks[chiefs].Head != met || toks[chiefs].Dep != "nsubj" {
		t.Errorf("chiefs: head %d %s, want nsubj of met", toks[chiefs].Head, toks[chiefs].Dep)
	}
	if toks[after].Head != met || toks[after].Dep != "mark" {
		t.Errorf("after: head %d %s, want mark of met", toks[after].Head, toks[after].Dep)
	}
}

// tokenAt returns the index of the first token written w.
func tokenAt(t *testing.T, toks []Token, w string) int {
	t.Helper()
	for i, tk := range toks {
		if tk.Text == w {
			return i
		}
	}
	t.Fatalf("no %q", w)
	return -1
}

// "said on Wednesday that the law ran counter to its values": a clause
// that "that" opens as a mark, with its own subject, is the saying verb's
// complement, not a relative clause of "Wednesday".
func TestThatClauseOnTime(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := m.Annotate("The European Union said on Wednesday that Georgia's new law on foreign agents ran counter to the bloc's core values.")[0].Tokens
	said, ran := tokenAt(t, toks, "said"), tokenAt(t, toks, "ran")
	if toks[ran].Head != said || toks[ran].Dep != "ccomp" {
		t.Errorf("ran: head %d %s, want ccomp of said", toks[ran].Head, toks[ran].Dep)
	}
}

// "after" and its noun hung on the main verb, with the clause's verb after
// them: the noun is that verb's subject.
func TestSubjectAfterLinkOnMainVerb(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents := m.Annotate("The removal began after the agency's Board of Governors passed a resolution late on Wednesday criticising Tehran.")
	toks := sents[0].Tokens
	board, passed := -1, -1
	for i, tk := range toks {
		switch tk.Text {
		case "Board":
			board = i
		case "passed":
			passed = i
		}
	}
	if board < 0 || passed < 0 || toks[board].Head != passed || toks[board].Dep != "nsubj" {
		t.Errorf("Board: head %d dep %s, want nsubj of passed (%d)", toks[board].Head, toks[board].Dep, passed)
	}
}

// A news participle before a title is its adjective, a sentence's opening
// noun before a comma is its verb's subject, and an opening phrase is
// neither the root nor the main verb.
func TestTitleParticipleAndOpeningSubject(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, subj, verb string }{
		{"Opening the hearing at the Peace Palace, acting Justice Minister Muawia Osman told the judges that the Emirates was arming the rebels.", "Muawia", "told"},
		{"Santos, who signed the accord with FARC commander Rodrigo Londono, known as Timochenko, in Cartagena last Monday, accepted the result.", "Santos", "accepted"},
		{"On Monday the Philippine defence secretary again accused Beijing of piracy over that incident.", "secretary", "accused"},
		{"In a television interview aired on Monday, Information Minister George Kordahi called the campaign futile.", "George", "called"},
		{"Albanese said on Wednesday that the agreement was about Pacific security.", "Albanese", "said"},
		{"Japan lodged a formal protest with the North, Defence Minister Gen Nakatani said.", "Nakatani", "said"},
		{"North Korean leader Kim Jong Un stepped across the military demarcation line on Friday.", "Kim", "stepped"},
	} {
		toks := m.Annotate(c.text)[0].Tokens
		s, v := -1, -1
		for i, tk := range toks {
			if tk.Text == c.subj && s < 0 {
				s = i
			}
			if tk.Text == c.verb {
				v = i
			}
		}
		if s < 0 || v < 0 || toks[s].Head != v || toks[s].Dep != "nsubj" {
			t.Errorf("%q: %q is not the subject of %q", c.text, c.subj, c.verb)
		}
	}
}

// A participle set off by commas between a subject and its verb is the
// verb's adverbial clause, not the subject's conjunct; with "and" it is a
// conjunct.
func TestParticipleAfterSubject(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	dep := func(text, word string) (string, string) {
		toks := m.Annotate(text)[0].Tokens
		for _, tk := range toks {
			if tk.Text == word {
				if tk.Head < 0 {
					return tk.Dep, ""
				}
				return tk.Dep, toks[tk.Head].Text
			}
		}
		t.Fatalf("%q: no %q", text, word)
		return "", ""
	}
	if d, h := dep("UN Deputy Secretary-General Amina Mohammed, speaking on Friday on the Chadian side of the frontier, urged the authorities in Port Sudan to keep the crossing open.", "speaking"); d != "advcl" || h != "urged" {
		t.Errorf("speaking: %s of %q, want advcl of urged", d, h)
	}
}

// A form that is only ever a past ("shot", "struck") is no present tense,
// even after a plural; a form that is also a present ("put") keeps it.
func TestIrregularPastAfterPlural(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, word, xpos string }{
		{"Polish fighter jets shot down several Russian drones early on Wednesday.", "shot", "VBD"},
		{"Israeli warplanes struck targets in Lebanon on Sunday.", "struck", "VBD"},
	} {
		for _, tk := range m.Annotate(c.text)[0].Tokens {
			if tk.Text == c.word && tk.XPOS != c.xpos {
				t.Errorf("%q: %s tagged %s, want %s", c.text, c.word, tk.XPOS, c.xpos)
			}
		}
	}
	if !irregularPasts["shot"] || irregularPasts["put"] || irregularPasts["read"] {
		t.Errorf("irregular pasts: shot %v, put %v, read %v", irregularPasts["shot"], irregularPasts["put"], irregularPasts["read"])
	}
}

// After a relative "which" (following a comma) or "who", a word in -s is
// the relative clause's verb, and the main verb after the clause is the
// root; a "which" that asks keeps its noun.
func TestRelativeVerbInS(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, word, xpos, root string }{
		{"Beijing, which shares a long land border with Vietnam, gave a guarded response.", "shares", "VBZ", "gave"},
		{"Moldova, which borders Ukraine and Romania, relies heavily on farming.", "borders", "VBZ", "relies"},
		{"It is unclear which countries will attend.", "countries", "NNS", "unclear"},
		// after a name (and an adverb), a news verb in -s that is also a
		// plural is the verb; after a common noun it stays a plural
		{"China accounts for the bulk of world production.", "accounts", "VBZ", "accounts"},
		{"Armenia still hosts a Russian military base in the city of Gyumri.", "hosts", "VBZ", "hosts"},
		{"Swiss bank accounts in Geneva were frozen.", "accounts", "NNS", "frozen"},
	} {
		toks := m.Annotate(c.text)[0].Tokens
		for _, tk := range toks {
			if tk.Text == c.word && tk.XPOS != c.xpos {
				t.Errorf("%q: %s tagged %s, want %s", c.text, c.word, tk.XPOS, c.xpos)
			}
			if tk.Head < 0 && tk.Text != c.root {
				t.Errorf("%q: root %s, want %s", c.text, tk.Text, c.root)
			}
		}
	}
}

// A name read as a second subject beside the noun it modifies is the noun's
// compound: the verb keeps one subject.
func TestAdjacentSubjects(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name, subj string }{
		{"Air Self-Defense Force interceptor jets were scrambled on Sunday.", "Air", "jets"},
		{"Coast Guard rescue teams were sent to the island.", "Coast", "teams"},
	} {
		toks := m.Annotate(c.text)[0].Tokens
		subjects, name, subj := 0, -1, -1
		for i, tk := range toks {
			if tk.Dep == "nsubj" || tk.Dep == "nsubj:pass" {
				subjects++
			}
			switch tk.Text {
			case c.name:
				name = i
			case c.subj:
				subj = i
			}
		}
		if subjects != 1 || name < 0 || subj < 0 || toks[subj].Dep != "nsubj:pass" {
			t.Errorf("%q: %d subjects, %q not the passive subject", c.text, subjects, c.subj)
			continue
		}
		if toks[name].Head != subj || toks[name].Dep != "compound" {
			t.Errorf("%q: %q hangs on %d as %s, want a compound of %q", c.text, c.name, toks[name].Head, toks[name].Dep, c.subj)
		}
	}
	// two subjects of two clauses stay apart.
	toks := m.Annotate("Russia on Monday reimposed restrictions on imports from Moldova, as ties between the two continued to sour.")[0].Tokens
	for _, tk := range toks {
		if tk.Text == "Russia" && tk.Dep == "compound" {
			t.Errorf("Russia made a compound: %+v", tk)
		}
	}
}

// A "that" clause after its verb is its complement, not its subject.
func TestThatClauseAfterVerb(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali agreed on Thursday that neither of their countries would threaten or use force against the other, easing a standoff over the region."
	for _, tk := range m.Annotate(text)[0].Tokens {
		if tk.Text == "threaten" && tk.Dep != "ccomp" {
			t.Errorf("threaten: %s, want ccomp", tk.Dep)
		}
	}
}

// An opening prepositional phrase read as the verb's subject is an oblique,
// and the noun phrase after the comma is the subject.
func TestOpeningPhraseIsNoSubject(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := m.Annotate("During a visit to Seoul last week, US Defense Secretary Mark Esper urged the government to keep the pact.")[0].Tokens
	for _, tk := range toks {
		if tk.Text == "visit" && tk.Dep != "obl" {
			t.Errorf("visit: %s, want obl", tk.Dep)
		}
	}
}

// After a span of time, "after" or "before" followed by a noun phrase and
// a verb opens a clause whose subject is that noun phrase.
func TestTimeLinkClause(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, verb, subj, obj string }{
		{"The arrests came three days after Russian police detained several Azerbaijanis.", "detained", "police", "Azerbaijanis"},
		{"The arrests came three days after Russian police, backed by special forces, detained several Azerbaijanis.", "detained", "police", "Azerbaijanis"},
		{"The talks opened hours after Pakistani jets struck targets in Afghanistan.", "struck", "jets", "targets"},
	} {
		toks := m.Annotate(c.text)[0].Tokens
		at := func(w string) int {
			for i, tk := range toks {
				if tk.Text == w {
					return i
				}
			}
			t.Fatalf("%q: no %q", c.text, w)
			return -1
		}
		v, s, o := at(c.verb), at(c.subj), at(c.obj)
		if toks[v].Dep != "advcl" || toks[s].Head != v || toks[s].Dep != "nsubj" || toks[o].Head != v || toks[o].Dep != "obj" {
			t.Errorf("%q: %s %s/%d, %s %s/%d, %s %s/%d", c.text, c.verb, toks[v].Dep, toks[v].Head, c.subj, toks[s].Dep, toks[s].Head, c.obj, toks[o].Dep, toks[o].Head)
		}
	}
	// a span after which only a noun follows is left alone.
	for _, tk := range m.Annotate("He resigned two weeks after the election.")[0].Tokens {
		if tk.Dep == "advcl" || tk.Dep == "mark" {
			t.Errorf("no clause here: %+v", tk)
		}
	}
}

func TestConjoinedClause(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// "and Lima responded by ...": a clause of its own, not one more
	// conjunct of the noun before it with the verb as a marker.
	for _, c := range []struct{ text, verb, subj string }{
		{"In December 2022, Mexico granted asylum to the family of Pedro Castillo, and Lima responded by expelling the Mexican ambassador.", "responded", "Lima"},
		{"Relations have been strained since 2022, when Mexico granted asylum to Castillo's wife and children and Lima responded by expelling the Mexican ambassador.", "responded", "Lima"},
	} {
		toks := m.Annotate(c.text)[0].Tokens
		v, s := -1, -1
		for i, tk := range toks {
			switch tk.Text {
			case c.verb:
				v = i
			case c.subj:
				s = i
			}
		}
		if v < 0 || s < 0 {
			t.Fatalf("%q: words not found", c.text)
		}
		if toks[v].Dep != "conj" || toks[s].Head != v || toks[s].Dep != "nsubj" {
			t.Errorf("%q: %s %s/%d, %s %s/%d", c.text, c.verb, toks[v].Dep, toks[v].Head, c.subj, toks[s].Dep, toks[s].Head)
		}
	}
}

func TestNearParticiple(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// the participle after "a statement" describes the statement.
	toks := m.Annotate("President Vladimir Putin thanked Kim and the North Korean people in a statement released by the Kremlin.")[0].Tokens
	v, n := -1, -1
	for i, tk := range toks {
		switch tk.Text {
		case "released":
			v = i
		case "statement":
			n = i
		}
	}
	if v < 0 || n < 0 || toks[v].Head != n {
		t.Errorf("released should hang on statement: %+v", toks[v])
	}
}

func TestParticipleAfterNumberDescribes(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// "the last 20 living Israeli hostages": "living" describes the hostages,
	// who are the object of "freed".
	toks := m.Annotate("Hamas freed the last 20 living Israeli hostages on Monday.")[0].Tokens
	if toks[5].Text != "living" || toks[5].UPOS != "ADJ" || toks[7].Text != "hostages" || toks[7].Head != 1 || toks[7].Dep != "obj" {
		t.Errorf("living %s/%d, hostages %s/%d", toks[5].UPOS, toks[5].Head, toks[7].Dep, toks[7].Head)
	}
}

func TestPronounAfterTimeIsSubject(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// "it" after "on Monday" is the subject of "had sent", not the day's apposition.
	toks := m.Annotate("North Korea said on Monday it had sent troops to fight for Russia in the Kursk region.")[0].Tokens
	idx := firstIndex(toks)
	p, v := idx["it"], idx["sent"]
	if toks[p].Head != v || toks[p].Dep != "nsubj" {
		t.Errorf("it should be the subject of sent: %+v", toks[p])
	}
}

func TestRelativeThenVerbWithoutComma(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// "arrived" is the main verb; the relative clause describes the migrants.
	toks := m.Annotate("About 200 Colombian migrants who had been deported by the United States arrived in Bogota on Tuesday aboard two Colombian air force planes.")[0].Tokens
	idx := firstIndex(toks)
	n, v := idx["migrants"], idx["arrived"]
	if toks[v].Head != -1 || toks[n].Head != v || toks[n].Dep != "nsubj" {
		t.Errorf("arrived should be the root with migrants its subject: %+v %+v", toks[v], toks[n])
	}
}

func TestToldThatOpensTheClause(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// "the president" is the one told, not the subject of "posed".
	toks := m.Annotate("At their meeting, Rubio told the president that Chinese influence over the area around the canal posed a threat to the waterway.")[0].Tokens
	idx := firstIndex(toks)
	if p := toks[idx["president"]]; p.Head != idx["told"] {
		t.Errorf("president should hang on told: %+v", p)
	}
	if th := toks[idx["that"]]; th.Dep != "mark" || th.Head != idx["posed"] {
		t.Errorf("that should mark posed: %+v", th)
	}
	if in := toks[idx["influence"]]; in.Dep != "nsubj" || in.Head != idx["posed"] {
		t.Errorf("influence should be the subject of posed: %+v", in)
	}
}

func TestThatIfClause(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// what is warned is that Washington would act; the condition hangs on it.
	toks := m.Annotate("He warned that unless the situation changed immediately, Washington would take whatever measures were needed.")[0].Tokens
	idx := firstIndex(toks)
	if tk := toks[idx["take"]]; tk.Dep != "ccomp" || tk.Head != idx["warned"] {
		t.Errorf("take should be the clause warned: %+v", tk)
	}
	if tk := toks[idx["changed"]]; tk.Dep != "advcl" || tk.Head != idx["take"] {
		t.Errorf("changed should be the condition of take: %+v", tk)
	}
}

// firstIndex maps each word of a sentence to the index of its first token.
func firstIndex(toks []Token) map[string]int {
	idx := map[string]int{}
	for i, tk := range toks {
		if _, seen := idx[tk.Text]; !seen {
			idx[tk.Text] = i
		}
	}
	return idx
}

func TestPassiveAgentAfterPlace(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// the "by" name is who signed, not a modifier of the capital.
	toks := m.Annotate("The memorandum was signed on Monday in the Ethiopian capital by Prime Minister Abiy Ahmed.")[0].Tokens
	idx := firstIndex(toks)
	a, v := idx["Abiy"], idx["signed"]
	if toks[a].Head != v || toks[a].Dep != "obl:agent" {
		t.Errorf("Abiy should be the agent of signed: %+v", toks[a])
	}
	// ... or on a time phrase hung on an adverb
	toks = m.Annotate("The Turkish president had been received earlier in the day by Iraqi Prime Minister Mohammed Shia al-Sudani.")[0].Tokens
	idx = firstIndex(toks)
	if s, v := idx["al-Sudani"], idx["received"]; toks[s].Head != v || toks[s].Dep != "obl:agent" {
		t.Errorf("al-Sudani should be the agent of received: %+v", toks[s])
	}
}

func TestRelativeThatThenVerbInS(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// "that" cannot determine a plural: "bars" is the relative clause's verb.
	toks := m.Annotate("Trump waived a 1992 law that bars most US government aid to Azerbaijan.")[0].Tokens
	if b := toks[firstIndex(toks)["bars"]]; b.XPOS != "VBZ" {
		t.Errorf("bars tagged %s/%s", b.UPOS, b.XPOS)
	}
	// a complementizer "that" after a verb keeps its plural subject.
	toks = m.Annotate("Officials said that talks would resume in May.")[0].Tokens
	if b := toks[firstIndex(toks)["talks"]]; b.UPOS != "NOUN" {
		t.Errorf("talks tagged %s/%s", b.UPOS, b.XPOS)
	}
}

func TestSubjectAfterLinkOnASpanOfTime(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// "a day after the court threw out": the court is the subject of threw,
	// and the clause tells when the cut came.
	toks := m.Annotate("Sudan cut ties on Tuesday, a day after the International Court of Justice threw out its genocide case.")[0].Tokens
	idx := firstIndex(toks)
	c, v := idx["Court"], idx["threw"]
	if toks[c].Head != v || toks[c].Dep != "nsubj" || toks[v].Dep != "advcl" {
		t.Errorf("Court should be the subject of threw, an adverbial clause: %+v %+v", toks[c], toks[v])
	}
}

func TestShiftedObjectAfterAsAdjective(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// "as baseless" is what the accusation was rejected as; the accusation
	// is the object.
	toks := m.Annotate("Israel on Friday rejected as baseless South Africa's accusation of genocide.")[0].Tokens
	idx := firstIndex(toks)
	n, v := idx["accusation"], idx["rejected"]
	if toks[n].Head != v || toks[n].Dep != "obj" {
		t.Errorf("accusation should be the object of rejected: %+v", toks[n])
	}
}

func TestObjectBeforeAttribution(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// "China" is what Honduras recognised; the ministry is who said so.
	toks := m.Annotate("Honduras recognised China, the foreign ministry said on Sunday.")[0].Tokens
	idx := firstIndex(toks)
	c, v, n, s := idx["China"], idx["recognised"], idx["ministry"], idx["said"]
	if toks[c].Head != v || toks[c].Dep != "obj" || toks[n].Head != s || toks[n].Dep != "nsubj" {
		t.Errorf("China should be the object of recognised and the ministry the subject of said: %+v %+v", toks[c], toks[n])
	}
}

func TestContactRelative(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// "Americans" is whom the government arrested; "it accused ..." is a
	// relative clause on them.
	toks := m.Annotate("Venezuela's government arrested three Americans it accused of plotting against Maduro.")[0].Tokens
	idx := firstIndex(toks)
	n, g, v := idx["Americans"], idx["arrested"], idx["accused"]
	if toks[n].Head != g || toks[n].Dep != "obj" || toks[v].Head != n || toks[v].Dep != "acl:relcl" {
		t.Errorf("Americans should be the object of arrested with the clause on it: %+v %+v", toks[n], toks[v])
	}
}

func TestSubjectAfterLinkOnANoun(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// "France" is who backed the plan, not a phrase of "Paris".
	toks := m.Annotate("Algeria recalled its ambassador to Paris after France backed Morocco's autonomy plan.")[0].Tokens
	idx := firstIndex(toks)
	f, v := idx["France"], idx["backed"]
	if toks[f].Head != v || toks[f].Dep != "nsubj" || toks[v].Dep != "advcl" {
		t.Errorf("France should be the subject of backed, an adverbial clause: %+v %+v", toks[f], toks[v])
	}
}

func TestPluralSubjectBeforePast(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// "drones" after a nationality and before "struck" is the subject.
	toks := m.Annotate("Ukrainian drones struck an oil refinery in Russia's Ryazan region overnight, officials said.")[0].Tokens
	if d := toks[firstIndex(toks)["drones"]]; d.UPOS != "NOUN" {
		t.Errorf("drones tagged %s/%s", d.UPOS, d.XPOS)
	}
}

func TestVerbConjunctOnNoun(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// France recalled its ambassador; the diplomats did not.
	toks := m.Annotate("France responded by expelling the same number of Algerian diplomats and recalling its ambassador for consultations.")[0].Tokens
	idx := firstIndex(toks)
	if r, e := idx["recalling"], idx["expelling"]; toks[r].Head != e || toks[r].Dep != "conj" {
		t.Errorf("recalling should be a conjunct of expelling: %+v", toks[r])
	}
}

func TestRelativeAfterCommaOnTheNounBeforeIt(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// the court issued the warrant, not Duterte.
	toks := m.Annotate("Manila surrendered former president Rodrigo Duterte to the International Criminal Court, which had issued a warrant for his arrest.")[0].Tokens
	idx := firstIndex(toks)
	if v, c := idx["issued"], idx["Court"]; toks[v].Head != c || toks[v].Dep != "acl:relcl" {
		t.Errorf("the relative clause should hang on Court: %+v", toks[v])
	}
}

func TestPastConjunctOfABaseForm(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// the president rejected the claims; the canal did not.
	toks := m.Annotate("Panama's president said the canal would remain Panamanian and rejected Trump's claims.")[0].Tokens
	idx := firstIndex(toks)
	if r, s := idx["rejected"], idx["said"]; toks[r].Head != s || toks[r].Dep != "conj" {
		t.Errorf("rejected should be a conjunct of said: %+v", toks[r])
	}
}

func TestIrregularPastsAndDescribingParticiples(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, word, xpos, lemma string }{
		// past forms the treebank never shows
		{"The European Union froze its financial assistance to Tbilisi.", "froze", "VBD", "freeze"},
		{"The European Union froze part of its financial assistance to Tbilisi.", "froze", "VBD", "freeze"},
		{"Thousands fled the city on Sunday.", "fled", "VBD", "flee"},
		{"The army overthrew the president in July.", "overthrew", "VBD", "overthrow"},
		// after a possessive a word in -ed describes its noun
		{"India and China reached an agreement along their disputed frontier.", "disputed", "VBN", "dispute"},
	} {
		toks := m.Annotate(c.text)[0].Tokens
		k := firstIndex(toks)[c.word]
		if toks[k].XPOS != c.xpos || toks[k].Lemma != c.lemma {
			t.Errorf("%q: %s tagged %s lemma %s, want %s %s", c.text, c.word, toks[k].XPOS, toks[k].Lemma, c.xpos, c.lemma)
		}
	}
}

func TestInfinitiveOnTheObjectOfHave(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// the plans are to break off relations; Poland does not have to.
	toks := m.Annotate("Poland had no plans to break off diplomatic relations with Russia.")[0].Tokens
	idx := firstIndex(toks)
	if b, p := idx["break"], idx["plans"]; toks[b].Head != p || toks[b].Dep != "acl" {
		t.Errorf("break should be a clause on plans: %+v", toks[b])
	}
}

func TestPairedParticiples(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// Warsaw backs Ukraine; Budapest keeps the ties.
	toks := m.Annotate("Relations have soured, with Warsaw firmly backing Ukraine and Budapest keeping close ties with Moscow.")[0].Tokens
	idx := firstIndex(toks)
	u, b, back, keep := idx["Ukraine"], idx["Budapest"], idx["backing"], idx["keeping"]
	if toks[u].Head != back || toks[u].Dep != "obj" || toks[b].Head != keep || toks[b].Dep != "nsubj" || toks[keep].Head != back || toks[keep].Dep != "conj" {
		t.Errorf("Ukraine is backed and Budapest keeps ties: %+v %+v %+v", toks[u], toks[b], toks[keep])
	}
}

func TestThatClauseAfterAName(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// what was said is the "that" clause; the name names the ambassador.
	toks := m.Annotate("Levente Magyar said after meeting the ambassador, Sandor Fegyir, that it was outrageous to beat someone to death.")[0].Tokens
	idx := firstIndex(toks)
	o, s, f, a := idx["outrageous"], idx["said"], idx["Fegyir"], idx["ambassador"]
	if toks[o].Head != s || toks[o].Dep != "ccomp" || toks[f].Head != a || toks[f].Dep != "appos" {
		t.Errorf("the clause should be what was said, the name the ambassador's: %+v %+v", toks[o], toks[f])
	}
}

func TestLinkedParticipleClause(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// the ships fired; the clause tells when the summons came.
	toks := m.Annotate("The Philippines summoned China's ambassador after Chinese coast guard ships fired water cannon at a Philippine vessel.")[0].Tokens
	idx := firstIndex(toks)
	f, sh, s := idx["fired"], idx["ships"], idx["summoned"]
	if toks[sh].Head != f || toks[sh].Dep != "nsubj" || toks[f].Head != s || toks[f].Dep != "advcl" {
		t.Errorf("ships should be the subject of fired, a clause on summoned: %+v %+v", toks[sh], toks[f])
	}
	// "her" before an adjective and a noun is the possessive
	toks = m.Annotate("South Korea's foreign minister telephoned her Japanese counterpart on Friday.")[0].Tokens
	if h := firstIndex(toks)["her"]; toks[h].XPOS != "PRP$" {
		t.Errorf("her: %s, want PRP$", toks[h].XPOS)
	}
}

func TestPossessedAdjectivalParticiple(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// the border is disputed; the countries dispute nothing in this clause.
	toks := m.Annotate("A boy was shot dead in a forest along the two countries' disputed border.")[0].Tokens
	idx := firstIndex(toks)
	d, b, c := idx["disputed"], idx["border"], idx["countries"]
	if toks[d].Head != b || toks[d].Dep != "amod" || toks[c].Head != b || toks[c].Dep != "nmod:poss" {
		t.Errorf("disputed and the countries should describe the border: %+v %+v", toks[d], toks[c])
	}
}

func TestPastAfterParentheticalAndPhraseOnTime(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := m.Annotate("Washington, for its part, imposed sanctions in March on Mnangagwa.")[0].Tokens
	idx := firstIndex(toks)
	w, v, s, n := idx["Washington"], idx["imposed"], idx["sanctions"], idx["Mnangagwa"]
	if toks[v].Dep != "root" || toks[w].Head != v || toks[w].Dep != "nsubj" || toks[s].Head != v || toks[s].Dep != "obj" {
		t.Errorf("Washington imposed sanctions: %+v %+v %+v", toks[w], toks[v], toks[s])
	}
	if toks[n].Head != v || toks[n].Dep != "obl" {
		t.Errorf("the 'on' phrase belongs to the verb, not the month: %+v", toks[n])
	}
}

func TestSubjectOfAJoinedClauseAfterAfter(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// the parliament backed the resolution, after which Serbia recalled.
	toks := m.Annotate("Serbia recalled its ambassador to Montenegro after the Montenegrin parliament backed a resolution on the camp.")[0].Tokens
	idx := firstIndex(toks)
	p, b := idx["parliament"], idx["backed"]
	if toks[p].Head != b || toks[p].Dep != "nsubj" || toks[b].Dep != "advcl" {
		t.Errorf("parliament should be the subject of backed, a clause on recalled: %+v %+v", toks[p], toks[b])
	}
}

// A clause that "that" opens after a noun, with a subject and an object of
// its own, is what the verb before says (or what the noun holds), not a
// relative clause; a verb of saying takes no object, so the noun before
// the clause's auxiliary is its subject; a name with its title between
// commas is the subject of the verb after them.
func TestThatAndSaidClauses(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, word, head, dep string }{
		{"Prime Minister Donald Tusk told parliament on Tuesday that Russian intelligence had used two Ukrainian citizens to carry out the blast.", "used", "told", "ccomp"},
		{"Prime Minister Donald Tusk told parliament on Tuesday that Russian intelligence had used two Ukrainian citizens to carry out the blast.", "that", "used", "mark"},
		{"The Polish prime minister said on Tuesday that Russian intelligence had ordered the sabotage.", "that", "ordered", "mark"},
		{"India escalated the row over Trudeau's allegation that Indian agents were behind the killing of a Sikh activist.", "that", "killing", "mark"},
		{"India escalated the row over Trudeau's allegation that Indian agents were behind the killing of a Sikh activist.", "killing", "allegation", "acl"},
		{"Canada's prime minister said Indian agents were behind the killing of a Sikh activist.", "agents", "killing", "nsubj"},
		// a name, its title between commas, then the verb with its object
		{"Kaja Kallas, the EU's foreign policy chief, criticised Fico's Moscow trip on Monday.", "Kaja", "criticised", "nsubj"},
		{"Paul Atanga Nji, the minister of territorial administration, accused Tchiroma on Tuesday of stirring up the unrest.", "Paul", "accused", "nsubj"},
		// "as" and a name before a verb open a clause; an unknown
		// capitalised word is a name, not an adverb; a gerund that "of"
		// opens after a day belongs to the verb; a described name after
		// its comma
		{"Bukele spoke as President Donald Trump received him at the White House.", "Donald", "received", "nsubj"},
		{"Bukele spoke as President Donald Trump received him at the White House.", "Bukele", "spoke", "nsubj"},
		{"Chile accused Venezuela's government on Monday of ordering the murder of the dissident.", "ordering", "accused", "advcl"},
		{"Chile accused Venezuela of ordering the murder of Ronald Ojeda, a former Venezuelan army lieutenant.", "lieutenant", "Ronald", "appos"},
		// a relative "that" with a gap keeps its clause
		{"The treaty that Moscow signed with Pyongyang last year expired in May.", "signed", "treaty", "acl:relcl"},
	} {
		sents := m.Annotate(c.text)
		if len(sents) != 1 {
			t.Fatalf("%q: %d sentences", c.text, len(sents))
		}
		toks := sents[0].Tokens
		found := false
		for _, tk := range toks {
			if tk.Text != c.word {
				continue
			}
			found = true
			if tk.Head < 0 || toks[tk.Head].Text != c.head || tk.Dep != c.dep {
				h := "root"
				if tk.Head >= 0 {
					h = toks[tk.Head].Text
				}
				t.Errorf("%q: %q hangs on %q as %s, want %q as %s", c.text, c.word, h, tk.Dep, c.head, c.dep)
			}
		}
		if !found {
			t.Errorf("%q: no %q", c.text, c.word)
		}
	}
}

func TestAuxiliaryPartedByParenthetical(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, subj, aux, verb, xpos string }{
		{"Algiers has not, however, cut off gas deliveries to Madrid.", "Algiers", "has", "cut", "VBN"},
		{"The government has, for its part, cut its budget.", "government", "has", "cut", "VBN"},
		{"Minsk did not, in the end, expel the envoy.", "Minsk", "did", "expel", "VB"},
	} {
		toks := m.Annotate(c.text)[0].Tokens
		idx := firstIndex(toks)
		s, a, v := idx[c.subj], idx[c.aux], idx[c.verb]
		if toks[v].Dep != "root" || toks[v].XPOS != c.xpos || toks[a].Head != v || toks[a].Dep != "aux" || toks[s].Head != v || toks[s].Dep != "nsubj" {
			t.Errorf("%q: want %s the %s root with %s as aux and %s as subject: %+v %+v %+v", c.text, c.verb, c.xpos, c.aux, c.subj, toks[s], toks[a], toks[v])
		}
		if n, ok := idx["not"]; ok && toks[n].Head != v {
			t.Errorf("%q: 'not' hangs on %d, not the verb", c.text, toks[n].Head)
		}
	}
}

func TestPastAfterParticipleClause(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := m.Annotate("Foreign Minister Sergei Lavrov, speaking in Moscow on Monday, praised the two envoys.")[0].Tokens
	idx := firstIndex(toks)
	p, v, o := idx["Sergei"], idx["praised"], idx["envoys"]
	if toks[v].Dep != "root" || toks[v].XPOS != "VBD" || toks[p].Head != v || toks[p].Dep != "nsubj" || toks[o].Head != v || toks[o].Dep != "obj" {
		t.Errorf("Lavrov praised the envoys: %+v %+v %+v", toks[p], toks[v], toks[o])
	}
}
