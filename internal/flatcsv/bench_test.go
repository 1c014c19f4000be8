package flatcsv

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// samplePath is the ACLED sample of the module (2019–2021 layout, CRLF).
const samplePath = "../../testdata/samples/acled_sample.csv"

// benchInput returns the ACLED sample's records repeated under its header
// to about 4 MB.
func benchInput(b *testing.B) []byte {
	in, err := os.ReadFile(samplePath)
	require.NoError(b, err)
	i := bytes.IndexByte(in, '\n') + 1
	header, body := in[:i], in[i:]
	out := append([]byte(nil), header...)
	for len(out) < 4<<20 {
		out = append(out, body...)
	}
	return out
}

// BenchmarkRead reads the input with the Reader: every record's fields,
// text checked and decoded.
func BenchmarkRead(b *testing.B) {
	in := benchInput(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		r := NewReader(bytes.NewReader(in), 0)
		n := 0
		for {
			f, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n += len(f)
		}
	}
}

// BenchmarkReadStdlib is the baseline: encoding/csv over the same bytes,
// reusing its record slice as the Reader does.
func BenchmarkReadStdlib(b *testing.B) {
	in := benchInput(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		r := csv.NewReader(bytes.NewReader(in))
		r.ReuseRecord = true
		n := 0
		for {
			f, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n += len(f)
		}
	}
}

// records returns the input's records, for the writer benchmarks.
func records(b *testing.B, in []byte) [][]string {
	r := csv.NewReader(bytes.NewReader(in))
	recs, err := r.ReadAll()
	require.NoError(b, err)
	return recs
}

// BenchmarkWrite writes the records with the Writer.
func BenchmarkWrite(b *testing.B) {
	in := benchInput(b)
	recs := records(b, in)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		w := NewWriter(io.Discard)
		w.LineEnd = "\r\n"
		for _, rec := range recs {
			if err := w.Write(rec); err != nil {
				b.Fatal(err)
			}
		}
		require.NoError(b, w.Flush())
	}
}

// BenchmarkWriteStdlib is the baseline: encoding/csv's Writer.
func BenchmarkWriteStdlib(b *testing.B) {
	in := benchInput(b)
	recs := records(b, in)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		w := csv.NewWriter(io.Discard)
		w.UseCRLF = true
		for _, rec := range recs {
			if err := w.Write(rec); err != nil {
				b.Fatal(err)
			}
		}
		w.Flush()
		require.NoError(b, w.Error())
	}
}

// BenchmarkScan is the scanner alone.
func BenchmarkScan(b *testing.B) {
	in := benchInput(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		s := scanner{rd: bytes.NewReader(in), max: 1 << 20, line: 1}
		for s.next() == nil {
		}
	}
}
