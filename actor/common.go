package actor

// commonWords are surnames of the knowledge base that are also ordinary
// English words (found lower-case in the UD English treebank): "Rice",
// "Hunt", "No". At the start of a sentence, where every word is capitalised,
// such a word is taken for a surname only after the person's full name.
var commonWords = map[uint64]bool{}

func init() {
	for _, w := range []string{"baker", "ban", "bar", "brown", "burns", "bush", "chi", "cleverly", "cook",
		"dempsey", "dung", "english", "gates", "hill", "hunt", "key", "king", "lopez", "major", "may", "moon",
		"no", "pace", "park", "power", "rice", "richard", "song", "store", "struck", "wang", "young", "white",
		"black", "green", "long", "case", "price", "hope", "love", "said", "sun", "li", "will", "rule"} {
		commonWords[hashString(w)] = true
	}
}
