package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/conflictkit/conflict/event"
)

// The Dataset decoder against the standard library's baseline on the same
// document (the seed article, about 50 KB): encoding/json into an untyped
// value, which checks nothing. Compare the two in one run; the ratio is
// the cost of strict, positioned decoding into the typed model.
func benchDoc(b *testing.B) []byte {
	d, err := Article()
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := event.WriteDataset(&buf, d); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

func BenchmarkReadDataset(b *testing.B) {
	doc := benchDoc(b)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := event.ReadDataset(bytes.NewReader(doc)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStdlibUnmarshalAny(b *testing.B) {
	doc := benchDoc(b)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		var v any
		if err := json.Unmarshal(doc, &v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteDataset(b *testing.B) {
	d, err := Article()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := event.WriteDataset(&buf, d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStdlibMarshalAny(b *testing.B) {
	var v any
	if err := json.Unmarshal(benchDoc(b), &v); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := json.MarshalIndent(v, "", "  "); err != nil {
			b.Fatal(err)
		}
	}
}
