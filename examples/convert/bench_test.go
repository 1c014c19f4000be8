package main

import (
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkConvert converts the ACLED sample to NDJSON in-process, as main
// does (with a context a signal can cancel, so the input is read through
// ctxReader) and with one that cannot be cancelled (read directly): the
// difference is what makes a stalled read interruptible.
//
//	go test -run '^$' -bench Convert -count 6 ./examples/convert/
func BenchmarkConvert(b *testing.B) {
	in := readFile(b, filepath.Join(sharedData, "acled_sample.csv"))
	args := []string{"-from", "acled", "-to", "ndjson"}
	for _, bc := range []struct {
		name string
		ctx  func() (context.Context, func())
	}{
		{"interruptible", func() (context.Context, func()) { return context.WithCancel(context.Background()) }},
		{"direct", func() (context.Context, func()) { return context.Background(), func() {} }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				ctx, cancel := bc.ctx()
				if s := run(ctx, args, strings.NewReader(in), io.Discard, io.Discard); s != exitOK {
					b.Fatal("exit", s)
				}
				cancel()
			}
		})
	}
}
