package nlp

import "testing"

// newsSample is invented news-style text (written for these benchmarks) with
// the usual hard cases: datelines, abbreviations, quotes, numbers, clitics.
const newsSample = `SEOUL, Oct. 14 (Yonhap) -- South Korea's defense ministry said Monday that North Korea had fired two short-range ballistic missiles into the East Sea, the third such launch in as many weeks. "We strongly condemn this provocation," ministry spokesman Lee Dong-hoon told reporters, adding that the military was "ready to respond overwhelmingly" to any attack.

The launches came hours after U.S. and South Korean forces wrapped up a 10-day joint exercise that Pyongyang's state media had called a rehearsal for invasion. Gen. Park Sang-min, who heads the Joint Chiefs of Staff, said the missiles flew about 350 km (217 miles) before landing outside Japan's exclusive economic zone.

Japan's Prime Minister said Tokyo had lodged a protest through diplomatic channels in Beijing. "It's unacceptable," he said. "We won't tolerate threats to our citizens' safety."

In Washington, a State Department spokesperson urged Pyongyang to return to talks "without preconditions." The U.S. has offered dialogue since early 2021, but the North hasn't responded. Analysts at the Institute for Peace and Security Studies said the North was likely testing an upgraded version of its KN-23 missile.

Mr. Kim, 40, has overseen more than 100 missile tests since taking power in Dec. 2011, far more than his father Kim Jong Il and grandfather Kim Il Sung combined. According to the institute's estimate, each launch costs between $2 million and $5.5 million -- a heavy burden for an economy that shrank 4.5% in 2020.

Meanwhile, China's foreign ministry called on "all parties" to show restraint. Spokeswoman Mao Ning told a briefing at 3 p.m. on Tuesday that Beijing "doesn't want to see tensions escalate" on the Korean Peninsula... She did not say whether China would support new sanctions at the U.N. Security Council, where it holds a veto.

Russia's ambassador, meanwhile, blamed the U.S. for the crisis. The envoy said Washington's "reckless" drills with Seoul and Tokyo had left the North no choice. No. 2 on the council's agenda, he added, was Ukraine.

Experts were divided. Some, like Dr. Choi Eun-ju of Seoul National University, said the tests were aimed at domestic audiences ahead of the party's anniversary on Oct. 10; others saw a message to the incoming U.S. administration. "Pyongyang is signalling that it can't be ignored," said Choi. "Whoever wins in November will have to deal with this."

The North's official Korean Central News Agency (KCNA) said Tuesday that leader Kim Jong Un had personally guided the test and was "greatly satisfied." It published photos showing Kim, flanked by aides, watching from an observation post — a scene that has become familiar to viewers at home and abroad.

South Korea's Unification Ministry, which handles inter-Korean affairs, said separately that it had sent a message to the North via the liaison line at 9 a.m., but there was no answer. The line, restored in Oct. 2021 after a 13-month suspension, has gone unanswered since April 7.
`

// BenchmarkTokenize reports tokenizer throughput on newsSample.
func BenchmarkTokenize(b *testing.B) {
	b.SetBytes(int64(len(newsSample)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(newsSample)
	}
}

// BenchmarkSegment reports tokenizing plus sentence splitting throughput.
func BenchmarkSegment(b *testing.B) {
	b.SetBytes(int64(len(newsSample)))
	b.ReportAllocs()
	for b.Loop() {
		Segment(newsSample)
	}
}
