package actor

import (
	"testing"
	"testing/fstest"
	"time"

	"github.com/dyadproject/dyad/nlp"
)

// fixture is a small knowledge base in the real file formats, so the
// resolver's rules are tested independently of the size of the real data.
var fixture = fstest.MapFS{
	"countries.tsv": {Data: []byte(`# iso3	short	names	adjectivals	seats	region
CHN	China	People's Republic of China|PRC	Chinese	Beijing|Zhongnanhai	East Asia
PRK	North Korea	Democratic People's Republic of Korea|DPRK|the DPRK	North Korean|North Koreans	Pyongyang	East Asia
KOR	South Korea	Republic of Korea|ROK	South Korean|South Koreans	Seoul|the Blue House	East Asia
USA	United States	United States of America|US|U.S.|America	American|Americans	Washington|the White House	Americas
RUS	Russia	Russian Federation	Russian|Russians	Moscow|the Kremlin	Europe
JPN	Japan		Japanese	Tokyo	East Asia
ISR	Israel	State of Israel	Israeli|Israelis	Jerusalem	Middle East
JOR	Jordan	Hashemite Kingdom of Jordan	Jordanian|Jordanians	Amman	Middle East
AFG	Afghanistan		Afghan|Afghans	Kabul	South Asia
GNB	Guinea-Bissau		Bissau-Guinean	Bissau	Africa
GEO	Georgia		Georgian|Georgians	Tbilisi	Europe
`)},
	"orgs.tsv": {Data: []byte(`# code	country	sector	name	names	start	end
PRKMED	PRK	MED	Korean Central News Agency	KCNA|Rodong Sinmun		
IGOUNO	IGO		United Nations	UN|U.N.|the United Nations		
AFGREB	AFG	REB	Taliban	the Taliban		2021-08-14
AFGGOV	AFG	GOV	Taliban	the Taliban	2021-08-15	
IGONATO	IGO		North Atlantic Treaty Organization	NATO		
`)},
	"agents.tsv": {Data: []byte(`# phrase	sector	note
government|governments	GOV	
foreign ministry|foreign ministries	GOV	
ministry|ministries	GOV	
troops	MIL	
military|militaries	MIL	
police|policemen	COP	
spokesman|spokeswoman|spokesperson	GOV	
side	GOV	
protester|protesters	OPP	
`)},
	"titles.tsv": {Data: []byte(`# title	sector	note
President|Pres.	GOV	
Foreign Minister	GOV	
Defense Minister|Defence Minister	GOV	
leader	GOV	
Secretary-General	GOV	
`)},
	"descriptions.tsv": {Data: []byte(`# phrase	referent	note
the North	PRK@KOR,PRK	
the South	KOR@KOR,PRK	
the two leaders|both leaders	@PAIR	
the two countries|both countries|both sides	@PAIR	
the bloc|the alliance	@LASTORG	
the regime|the junta|the government	@LASTGOV	
the president	@LASTPERSON	
`)},
	"people/asia.tsv": {Data: []byte(`# name	aliases	code	start	end	role
Xi Jinping	Xi	CHNGOV	2013-03-14		President of China
Xi Jinping	Xi	CHNGOV	2012-11-15		General Secretary of the Communist Party of China
Kim Jong Un	Kim Jong-un|Kim	PRKGOV	2011-12-17		Supreme Leader of North Korea
Kim Yong-hyun	Kim	KORGOV	2024-09-06	2024-12-05	Minister of National Defense of South Korea
Kim Dae-jung	Kim	KORGOV	1998-02-25	2003-02-24	President of South Korea
Vladimir Putin	Putin	RUSGOV	2000-05-07	2008-05-07	President of Russia
Vladimir Putin	Putin	RUSGOV	2008-05-08	2012-05-07	Prime Minister of Russia
Vladimir Putin	Putin	RUSGOV	2012-05-07		President of Russia
Donald Trump	Trump	USAGOV	2017-01-20	2021-01-20	President of the United States
Donald Trump	Trump	USAGOV	2025-01-20		President of the United States
Theresa May	May	GBRGOV	2016-07-13	2019-07-24	Prime Minister of the United Kingdom
Antonio Guterres	Guterres	IGOUNO	2017-01-01		Secretary-General of the United Nations
`)},
}

func fixtureKB(t testing.TB) *KB {
	t.Helper()
	// GBR is needed by a person line; add it here to keep the table above short.
	fs := fstest.MapFS{}
	for k, v := range fixture {
		fs[k] = v
	}
	fs["countries.tsv"] = &fstest.MapFile{Data: append(append([]byte{}, fixture["countries.tsv"].Data...),
		[]byte("GBR\tUnited Kingdom\tUK|Britain\tBritish\tLondon|Downing Street\tEurope\n")...)}
	kb, err := Load(fs)
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// resolveText segments text and resolves its mentions at date.
func resolveText(kb *KB, text, date string) [][]Mention {
	return kb.Resolve(nlp.Segment(text), day(date))
}

// flat lists every mention of a document in order.
func flat(ms [][]Mention) []Mention {
	var out []Mention
	for _, s := range ms {
		out = append(out, s...)
	}
	return out
}

// find returns the mention whose text is want (the n-th such, 0-based).
func find(t *testing.T, ms []Mention, want string, n int) Mention {
	t.Helper()
	for _, m := range ms {
		if m.Text == want {
			if n == 0 {
				return m
			}
			n--
		}
	}
	t.Fatalf("no mention %q in %s", want, dump(ms))
	return Mention{}
}

func noMention(t *testing.T, ms []Mention, text string) {
	t.Helper()
	for _, m := range ms {
		if m.Text == text {
			t.Errorf("unexpected mention %q -> %+v", text, m.Actor)
		}
	}
}

func dump(ms []Mention) string {
	s := ""
	for _, m := range ms {
		s += "\n  " + m.Text + " -> " + m.Code + " " + m.Name
	}
	return s
}

func wantActor(t *testing.T, m Mention, code, country, sector, name string) {
	t.Helper()
	if m.Code != code || m.Country != country || m.Sector != sector || m.Name != name {
		t.Errorf("%q: got %+v, want {%s %s %s %s}", m.Text, m.Actor, code, country, sector, name)
	}
}
