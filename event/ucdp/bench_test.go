package ucdp_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/ucdp"
)

// benchRecords is the size of the generated benchmark input.
const benchRecords = 50_000

// generate builds a large GED 19.1 file in memory from the 150 records of
// the GED 19.1 sample, deterministically: record i is sample record i%150
// with a new id (1000000+i), its dates (and year) shifted by i/150 days,
// and i%4 more deaths of unknown side (added to low, best and high too, so
// that the sums still hold). Everything else, sources and newlines in
// quoted cells included, is the sample's text.
func generate(tb testing.TB, n int) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(sharedData, "ucdp_ged191_verbatim_sample.csv"))
	require.NoError(tb, err)
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	require.NoError(tb, err)
	header, sample := rows[0], rows[1:]
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	shift := func(s string, days int) string {
		d, err := time.Parse("2006-01-02", s)
		require.NoError(tb, err)
		return d.AddDate(0, 0, days).Format("2006-01-02")
	}
	add := func(s string, k int) string {
		v, err := strconv.Atoi(s)
		require.NoError(tb, err)
		return strconv.Itoa(v + k)
	}
	var out bytes.Buffer
	w := csv.NewWriter(&out)
	require.NoError(tb, w.Write(header))
	row := make([]string, len(header))
	for i := range n {
		copy(row, sample[i%len(sample)])
		days, k := i/len(sample), i%4
		row[col["id"]] = strconv.Itoa(1_000_000 + i)
		row[col["date_start"]] = shift(row[col["date_start"]], days)
		row[col["date_end"]] = shift(row[col["date_end"]], days)
		row[col["year"]] = row[col["date_start"]][:4]
		for _, c := range []string{"deaths_unknown", "low", "best", "high"} {
			row[col[c]] = add(row[col[c]], k)
		}
		require.NoError(tb, w.Write(row))
	}
	w.Flush()
	require.NoError(tb, w.Error())
	return out.Bytes()
}

var (
	benchOnce  sync.Once
	benchInput []byte
)

func input(tb testing.TB) []byte {
	benchOnce.Do(func() { benchInput = generate(tb, benchRecords) })
	return benchInput
}

// TestGenerate checks the generator: every record reads without error,
// validates without errors beyond the known source-ID gap, and needs no
// verbatim cell.
func TestGenerate(t *testing.T) {
	in := generate(t, 600)
	r := ucdp.NewReader(bytes.NewReader(in))
	n := 0
	for e, err := range r.All() {
		require.NoError(t, err)
		n++
		x, _, err := ucdp.GetExtra(e)
		require.NoError(t, err)
		require.Empty(t, x.Verbatim, e.Keys[0].Value)
		require.Empty(t, (event.Validator{}).Event(&e).Errors(), e.Keys[0].Value)
	}
	require.Equal(t, 600, n)
}

// mallocs runs f and returns the number of heap allocations it made.
func mallocs(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.Mallocs - a.Mallocs
}

func BenchmarkRead(b *testing.B) {
	in := input(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	allocs := mallocs(func() {
		for b.Loop() {
			r := ucdp.NewReader(bytes.NewReader(in))
			n := 0
			for {
				_, err := r.Read()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.Fatal(err)
				}
				n++
			}
			if n != benchRecords {
				b.Fatalf("read %d records", n)
			}
		}
	})
	b.ReportMetric(float64(allocs)/float64(b.N*benchRecords), "allocs/record")
}

func BenchmarkReadBaseline(b *testing.B) {
	in := input(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	allocs := mallocs(func() {
		for b.Loop() {
			r := csv.NewReader(bytes.NewReader(in))
			n := 0
			for {
				_, err := r.Read()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.Fatal(err)
				}
				n++
			}
			if n != benchRecords+1 {
				b.Fatalf("read %d records", n)
			}
		}
	})
	b.ReportMetric(float64(allocs)/float64(b.N*benchRecords), "allocs/record")
}

func BenchmarkWrite(b *testing.B) {
	in := input(b)
	evs, err := ucdp.ReadAll(bytes.NewReader(in))
	require.NoError(b, err)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	allocs := mallocs(func() {
		for b.Loop() {
			w := ucdp.NewWriter(io.Discard)
			for _, e := range evs {
				if err := w.Write(e); err != nil {
					b.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.ReportMetric(float64(allocs)/float64(b.N*benchRecords), "allocs/record")
}

func BenchmarkWriteBaseline(b *testing.B) {
	in := input(b)
	rows, err := csv.NewReader(bytes.NewReader(in)).ReadAll()
	require.NoError(b, err)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	allocs := mallocs(func() {
		for b.Loop() {
			w := csv.NewWriter(io.Discard)
			for _, row := range rows {
				if err := w.Write(row); err != nil {
					b.Fatal(err)
				}
			}
			w.Flush()
			if err := w.Error(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.ReportMetric(float64(allocs)/float64(b.N*benchRecords), "allocs/record")
}
