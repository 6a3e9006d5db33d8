package place

import "testing"

func BenchmarkFind(b *testing.B) {
	g := gaz(b)
	s := sentence("Russian drones struck targets in the southern city of Odesa overnight, while fighting went on near Pokrovsk in eastern Ukraine, officials in Kyiv said.")
	b.ReportAllocs()
	for b.Loop() {
		if len(g.Find(s)) != 4 {
			b.Fatal(g.Find(s))
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	g := gaz(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := g.Lookup("the Gaza Strip"); !ok {
			b.Fatal("missing")
		}
	}
}

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(mustSub(b)); err != nil {
			b.Fatal(err)
		}
	}
}
