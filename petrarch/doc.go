// Package petrarch reads PETRARCH/TABARI dictionaries and codes sentences
// with them, so that teams with years of work in those formats can use dyad,
// and so that PETRARCH's own unit tests can serve as an outside check.
//
// # Verb dictionary (ReadVerbs)
//
// Comments are "#" to the end of a line and "<!-- ... -->" blocks. The file
// holds, in any order:
//
//   - synsets: a line "&NAME" followed by member lines "+WORD" or
//     "+WORD WORD" / "+WORD_WORD" (a member of several words matches them
//     adjacent), or "+&OTHER" to include another synset;
//   - verb blocks: a header "--- NAME [CODE] ---" (the trailing "---" may be
//     missing), then verb lines and pattern lines. A verb line names a verb
//     and optionally its irregular forms and own code: "BREAK { BROKE
//     BROKEN }", "DOWNPLAY [014]". Multi-word verbs mark the verb word with
//     "+": "+BREAK_DOWN {+BROKE_DOWN}" (verb first, particle after) or
//     "WIRE_+TAP" (words before the verb). Regular forms (-S/-ES, -ED,
//     -ING) are generated; listed forms are added to them;
//   - patterns: "- PRE * POST [CODE]". Words separated by a space may have
//     other words between them; words joined by "_" must be adjacent
//     ("IN_*", "*_OUT", "NEW_&TIETYPES_RELATIONS"). Special elements: "$"
//     the source is the actor here, "+" the target, "%" a compound actor
//     whose members act on each other, "^" any one noun phrase (skipped),
//     "&NAME" any member of a synset. PETRARCH 2 annotations are also
//     read: "{WORDS}" a noun phrase whose words must all be present and
//     "(PREP WORDS)" a prepositional phrase introduced by PREP;
//   - codes: "[042]", or a pair "[032:033]" (the act, and the act of the
//     target towards the source, e.g. a visit and the hosting of it).
//     "[---]" codes nothing. Any other token is kept as written, since the
//     validation dictionaries use placeholder codes ("174K", "+++").
//   - transformations (PETRARCH 2): in a section started by a line
//     "####### TRANSFORMATIONS #######", lines "LHS = RHS [CODE]" are kept
//     as written (Transform) for tools that rewrite event chains.
//
// # Discard list (ReadDiscards)
//
// One phrase a line: a sentence containing it codes nothing; a phrase
// written "+PHRASE" discards the whole story.
//
// # Actors and agents
//
// Actor and agent dictionaries are read by the actor package
// (actor.KB.LoadPetrarchActors, LoadPetrarchAgents); LoadDir builds a KB
// from them.
//
// # Coding (Coder)
//
// The coder finds the dictionary's verbs in dyad's dependency trees (tagged
// verbs, and words a tagger missed right after a modal or "to"), tries the
// patterns of every block listing the verb form, longest first, against the
// words before and after the verb, and codes the pattern's code, else the
// verb's own, else its block's ("---" codes nothing; an auxiliary codes only
// through a pattern). The source is the subject (inherited through open
// complements and conjoined verbs; the "by" phrase of a passive, none for a
// passive without one), else the nearest actor before the verb in its
// clause; the target is the first actor after the verb in its subtree, else
// in its clause. Pattern slots "$", "+" and "%" override these. An actor's
// code is PETRARCH's: the first actor of its noun phrase with the agents of
// the phrase appended ("Bree Prime Minister Romendacil" BREGOV, "soldiers
// from Gondor" GONMIL, "former ... officials" ELI), "---" for an agent with
// no country; conjuncts expand to one event each. Acts with no target are
// not coded unless OpenTarget is set (PETRARCH's require_dyad).
//
// # Unit tests (ReadRecords, Penn)
//
// PETRARCH's validation file (PETR.UnitTest.records.xml) is read by
// ReadRecords; ParsePenn and (*Tree).Sentence turn its Treebank parses into
// dyad sentences with dependency trees by head rules, so that the coder can
// be measured apart from dyad's own parser.
package petrarch
