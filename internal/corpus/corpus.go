// Package corpus generates news-style articles for throughput benchmarks:
// datelined stories built from templates written for dyad, filled with state
// names, capitals, leaders, verbs and topics. The same seed always gives the
// same corpus, so figures taken on different days compare.
package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
)

// Doc is one generated article.
type Doc struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// State is a country the stories talk about.
type State struct {
	ISO, Name, Adj, Capital, Leader, Title string
}

// states are the default cast: facts (capital, a head of state or
// government around 2023) kept short on purpose.
var states = []State{
	{"CHN", "China", "Chinese", "Beijing", "Xi Jinping", "President"},
	{"PRK", "North Korea", "North Korean", "Pyongyang", "Kim Jong Un", "leader"},
	{"KOR", "South Korea", "South Korean", "Seoul", "Yoon Suk Yeol", "President"},
	{"JPN", "Japan", "Japanese", "Tokyo", "Fumio Kishida", "Prime Minister"},
	{"RUS", "Russia", "Russian", "Moscow", "Vladimir Putin", "President"},
	{"USA", "the United States", "American", "Washington", "Joe Biden", "President"},
	{"UKR", "Ukraine", "Ukrainian", "Kyiv", "Volodymyr Zelensky", "President"},
	{"FRA", "France", "French", "Paris", "Emmanuel Macron", "President"},
	{"DEU", "Germany", "German", "Berlin", "Olaf Scholz", "Chancellor"},
	{"GBR", "Britain", "British", "London", "Rishi Sunak", "Prime Minister"},
	{"IND", "India", "Indian", "New Delhi", "Narendra Modi", "Prime Minister"},
	{"TUR", "Turkey", "Turkish", "Ankara", "Recep Tayyip Erdogan", "President"},
	{"IRN", "Iran", "Iranian", "Tehran", "Ebrahim Raisi", "President"},
	{"ISR", "Israel", "Israeli", "Jerusalem", "Benjamin Netanyahu", "Prime Minister"},
	{"EGY", "Egypt", "Egyptian", "Cairo", "Abdel Fattah el-Sisi", "President"},
	{"SAU", "Saudi Arabia", "Saudi", "Riyadh", "Mohammed bin Salman", "Crown Prince"},
	{"BRA", "Brazil", "Brazilian", "Brasilia", "Luiz Inacio Lula da Silva", "President"},
	{"ZAF", "South Africa", "South African", "Pretoria", "Cyril Ramaphosa", "President"},
	{"NGA", "Nigeria", "Nigerian", "Abuja", "Bola Tinubu", "President"},
	{"ETH", "Ethiopia", "Ethiopian", "Addis Ababa", "Abiy Ahmed", "Prime Minister"},
	{"PAK", "Pakistan", "Pakistani", "Islamabad", "Shehbaz Sharif", "Prime Minister"},
	{"VNM", "Vietnam", "Vietnamese", "Hanoi", "Nguyen Phu Trong", "party chief"},
	{"PHL", "the Philippines", "Philippine", "Manila", "Ferdinand Marcos Jr.", "President"},
	{"IDN", "Indonesia", "Indonesian", "Jakarta", "Joko Widodo", "President"},
	{"MEX", "Mexico", "Mexican", "Mexico City", "Andres Manuel Lopez Obrador", "President"},
	{"POL", "Poland", "Polish", "Warsaw", "Andrzej Duda", "President"},
	{"GRC", "Greece", "Greek", "Athens", "Kyriakos Mitsotakis", "Prime Minister"},
	{"SDN", "Sudan", "Sudanese", "Khartoum", "Abdel Fattah al-Burhan", "army chief"},
}

// Names lets a caller replace state names with those of a knowledge base
// (iso -> short name); states it does not know keep theirs.
func Names(lookup func(iso string) (string, bool)) []State {
	out := append([]State(nil), states...)
	for i := range out {
		if n, ok := lookup(out[i].ISO); ok && n != "" {
			out[i].Name = n
		}
	}
	return out
}

var (
	agents = []string{"foreign ministry", "defence ministry", "government", "military", "navy", "police",
		"coast guard", "parliament", "central bank", "state media", "embassy", "security council"}
	topics = []string{"trade", "nuclear weapons", "fishing rights", "the border", "energy supplies", "refugees",
		"grain exports", "missile tests", "the disputed islands", "climate finance", "cyber attacks", "visa rules",
		"the ceasefire", "debt relief", "shipping lanes", "military drills"}
	days    = []string{"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday", "last week", "earlier this month", "late on Tuesday", "this week"}
	months  = []string{"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
	outlets = []string{"UPI", "AP", "AFP", "Reuters", "Yonhap", "Xinhua", "dyad"}
	media   = []string{"the Korean Central News Agency", "Xinhua", "TASS", "Yonhap", "Kyodo", "the state broadcaster"}
	numbers = []string{"two", "three", "four", "five", "a dozen", "several", "dozens of", "about 40", "more than 100"}
)

// Templates use {A} {B} (state names), {Aadj} {Badj}, {AL} {BL} (leader
// with title), {Alast} (leader's surname), {Acap} {Bcap}, {ag} (an agency),
// {topic}, {day}, {n} (a number word), {media}.
var templates = []string{
	"{AL} sent a congratulatory message to {BL} {day}, praising the friendship between the two countries.",
	"{A} and {B} signed an agreement on {topic} in {Acap} {day}.",
	"{A} accused {B} of violating international law over {topic}.",
	"The {Aadj} {ag} summoned the {Badj} ambassador {day} to protest against remarks on {topic}.",
	"{AL} held talks with {BL} in {Bcap}, where the two leaders discussed {topic}.",
	"{A} was criticised by {B} for its handling of {topic}, {media} reported.",
	"{Alast} said {A} would send humanitarian aid to {B} after floods killed {n} people.",
	"{A} has not endorsed {B}'s plan for {topic}, officials said.",
	"{A} imposed sanctions on {n} {Badj} companies accused of helping the {Badj} military.",
	"{A} threatened to cut off supplies of {topic} to {B} if the talks failed.",
	"{Aadj} troops fired artillery at positions held by {Badj} forces near the border {day}.",
	"Thousands of protesters rallied in {Acap} against the government's policy on {topic}.",
	"{A} urged {B} to return to negotiations on {topic} without preconditions.",
	"{B} rejected a proposal by {A} to hold a summit on {topic}.",
	"According to {media}, {AL} told {BL} that {A} was ready to deepen cooperation.",
	"{A} expelled {n} {Badj} diplomats {day}, saying they had engaged in espionage.",
	"{Aadj} police arrested {n} {Badj} nationals suspected of smuggling.",
	"{A} recalled its ambassador from {B} in protest at {topic}.",
	"{AL} paid a state visit to {B} {day}, the first by a {Aadj} leader in five years.",
	"{A} hosted {BL} for two days of talks that ended with a joint statement on {topic}.",
	"{AL} offered condolences to {BL} after an earthquake struck the country {day}.",
	"The two countries agreed to resume talks on {topic} next month.",
	"{A} and {B} will hold joint military drills in the coming weeks, the {Aadj} {ag} said.",
	"{A} could impose new tariffs on {Badj} goods if no deal on {topic} is reached, officials warned.",
	"{B} denied that its forces had attacked a {Aadj} patrol boat.",
	"{A} praised {B} for its role in brokering the deal on {topic}.",
	"{Badj} officials met their {Aadj} counterparts in {Acap} to discuss {topic}.",
	"{A} called on {B} to release the detained journalists immediately.",
	"{AL} spoke by telephone with {BL} about {topic}, the {Aadj} {ag} said.",
	"{A} said it would not accept any demands from {B} on {topic}.",
	"{Aadj} warplanes struck targets in {B} overnight, killing {n} people.",
	"{A} announced it would provide {n} million dollars in economic assistance to {B}.",
	"{A} vowed to retaliate after {B} seized a cargo ship in international waters.",
	"The {Aadj} {ag} condemned the missile launch by {B} as a grave provocation.",
	"{A} apologised to {B} for the incident, which injured {n} fishermen.",
	"{B} agreed to allow United Nations inspectors to visit the site {day}.",
	"{A} blocked a resolution on {topic} that {B} had proposed at the United Nations.",
	"The economy of {A} grew by 2.4 percent in the third quarter, the {ag} said.",
	"Prices of {topic} have risen sharply since the start of the year.",
	"Analysts said the move reflected growing concern in {Acap} over {topic}.",
	"The meeting came a week after {AL} visited {Bcap}.",
	"{Alast}, who took office in 2022, has made {topic} a priority.",
}

// Options controls a corpus.
type Options struct {
	Seed   uint64
	Bytes  int     // stop once the texts total at least this many bytes
	States []State // nil: the default cast
}

// Generate builds articles until their texts reach opt.Bytes.
func Generate(opt Options) []Doc {
	st := opt.States
	if len(st) == 0 {
		st = states
	}
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	var docs []Doc
	total := 0
	for total < opt.Bytes {
		a := &st[rng.IntN(len(st))]
		b := &st[rng.IntN(len(st))]
		for b == a {
			b = &st[rng.IntN(len(st))]
		}
		month := rng.IntN(12)
		day := 1 + rng.IntN(28)
		year := 2019 + rng.IntN(6)
		var sb strings.Builder
		fmt.Fprintf(&sb, "%s, %s %d (%s) -- ", strings.ToUpper(a.Capital), months[month], day, pick(outlets))
		n := 6 + rng.IntN(10)
		for i := 0; i < n; i++ {
			x, y := a, b
			if rng.IntN(3) == 0 {
				x, y = b, a
			}
			s := fill(pick(templates), x, y, pick)
			if i > 0 {
				if rng.IntN(4) == 0 {
					sb.WriteString("\n\n")
				} else {
					sb.WriteString(" ")
				}
			}
			sb.WriteString(s)
		}
		sb.WriteString("\n")
		d := Doc{ID: fmt.Sprintf("gen-%06d", len(docs)), Published: fmt.Sprintf("%04d-%02d-%02d", year, month+1, day), Text: sb.String()}
		docs = append(docs, d)
		total += len(d.Text)
	}
	return docs
}

func fill(t string, a, b *State, pick func([]string) string) string {
	var sb strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			sb.WriteString(t)
			break
		}
		j := strings.IndexByte(t[i:], '}') + i
		sb.WriteString(t[:i])
		sb.WriteString(slot(t[i+1:j], a, b, pick))
		t = t[j+1:]
	}
	s := articles.Replace(sb.String())
	// Sentence-initial "the United States" needs its capital.
	if strings.HasPrefix(s, "the ") {
		s = "The " + s[4:]
	}
	return s
}

func slot(name string, a, b *State, pick func([]string) string) string {
	switch name {
	case "A":
		return a.Name
	case "B":
		return b.Name
	case "Aadj":
		return a.Adj
	case "Badj":
		return b.Adj
	case "AL":
		return a.Adj + " " + a.Title + " " + a.Leader
	case "BL":
		return b.Adj + " " + b.Title + " " + b.Leader
	case "Alast":
		f := strings.Fields(a.Leader)
		if len(f) > 1 && f[len(f)-1] == "Jr." {
			f = f[:len(f)-1]
		}
		return f[len(f)-1]
	case "Acap":
		return a.Capital
	case "Bcap":
		return b.Capital
	case "ag":
		return pick(agents)
	case "topic":
		return pick(topics)
	case "day":
		return pick(days)
	case "n":
		return pick(numbers)
	case "media":
		return pick(media)
	}
	return "{" + name + "}"
}

// articles fixes "a" before an adjective starting with a vowel sound.
var articles = strings.NewReplacer(" a A", " an A", " a E", " an E", " a I", " an I", " a O", " an O")

// WriteJSONL writes docs as dyad JSON Lines input documents.
func WriteJSONL(w io.Writer, docs []Doc) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range docs {
		if err := enc.Encode(&docs[i]); err != nil {
			return err
		}
	}
	return bw.Flush()
}
