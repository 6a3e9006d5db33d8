package event

import (
	"bytes"
	"io"
	"testing"
)

func BenchmarkJSONLWrite(b *testing.B) {
	evs := sample()
	w := NewJSONLWriter(io.Discard)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if err := w.Write(&evs[i&1]); err != nil {
			b.Fatal(err)
		}
	}
	w.Flush()
}

func BenchmarkTSVWrite(b *testing.B) {
	evs := sample()
	w := NewTSVWriter(io.Discard)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if err := w.Write(&evs[i&1]); err != nil {
			b.Fatal(err)
		}
	}
	w.Flush()
}

func BenchmarkJSONLRead(b *testing.B) {
	var buf bytes.Buffer
	w := NewJSONLWriter(&buf)
	evs := sample()
	for i := 0; i < 1000; i++ {
		w.Write(&evs[i&1])
	}
	w.Flush()
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadJSONL(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
