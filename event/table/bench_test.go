package table

import (
	"bytes"
	"encoding/csv"
	"io"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
)

// benchEvents is the number of generated events: each has the child rows
// of one of the seed article's events (about 25 rows in all).
const benchEvents = 50_000

// genEvents returns n events made by cycling through the Idlib events and
// varying them: a new derived ID and key, dates shifted by up to a year,
// points moved, casualty counts changed. It is deterministic.
func genEvents(tb testing.TB, n int) []event.Event {
	tb.Helper()
	seed := readJSON(tb, seedJSON).Events
	out := make([]event.Event, n)
	for i := range out {
		e := cloneEvent(tb, seed[i%len(seed)])
		key := event.Key{Scheme: "bench", Value: "e" + strconv.Itoa(i)}
		e.ID, e.Keys = key.ID(), []event.Key{key}
		shift := i % 365
		if !e.When.IsZero() {
			if !e.When.OpenStart {
				e.When.Start += date.Date(shift)
			}
			if !e.When.OpenEnd {
				e.When.End += date.Date(shift)
			}
		}
		if p := e.Where.Point; p != nil {
			e.Where.Point = &place.Point{Lat: p.Lat + float64(i%100)*0.001, Lon: p.Lon - float64(i%70)*0.001}
		}
		for j := range e.Casualties {
			if lo, ok := e.Casualties[j].Count.Low(); ok && e.Casualties[j].Count == casualty.AtLeast(lo) {
				e.Casualties[j].Count = casualty.AtLeast(lo + int64(i%50))
			}
		}
		out[i] = e
	}
	return out
}

// cloneEvent deep-copies e through its JSON form, so varied copies share
// nothing.
func cloneEvent(tb testing.TB, e event.Event) event.Event {
	b, err := event.MarshalEvent(e)
	if err != nil {
		tb.Fatal(err)
	}
	c, err := event.UnmarshalEvent(b)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// benchData is the generated input, built once: the events, their tables,
// and the tables as records for the encoding/csv baselines.
type benchData struct {
	events  []event.Event
	tables  memDest
	fsys    fstest.MapFS
	records map[string][][]string
	bytes   int64
	rows    int
	wide    []byte
	wideRec [][]string
}

var (
	benchOnce sync.Once
	bench     benchData
)

func loadBench(b *testing.B) *benchData {
	benchOnce.Do(func() {
		bench.events = genEvents(b, benchEvents)
		bench.tables = memDest{}
		w := NewWriter(bench.tables)
		for _, e := range bench.events {
			if err := w.Write(e); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		bench.fsys = bench.tables.fs()
		bench.records = map[string][][]string{}
		for name, buf := range bench.tables {
			bench.bytes += int64(buf.Len())
			recs, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
			if err != nil {
				b.Fatal(err)
			}
			bench.records[name] = recs
			bench.rows += len(recs) - 1
		}
		var wb bytes.Buffer
		ww := NewWideWriter(&wb)
		for _, e := range bench.events {
			if err := ww.Write(e); err != nil {
				b.Fatal(err)
			}
		}
		if err := ww.Close(); err != nil {
			b.Fatal(err)
		}
		bench.wide = wb.Bytes()
		recs, err := csv.NewReader(bytes.NewReader(bench.wide)).ReadAll()
		if err != nil {
			b.Fatal(err)
		}
		bench.wideRec = recs
	})
	return &bench
}

// discard is a Dest that drops what is written.
type discard struct{}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

func (discard) Create(string) (io.WriteCloser, error) { return nopCloser{io.Discard}, nil }

// measure runs f b.N times and reports allocations per event and per row.
func measure(b *testing.B, d *benchData, size int64, f func()) {
	b.SetBytes(size)
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for range b.N {
		f()
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	allocs := float64(after.Mallocs - before.Mallocs)
	b.ReportMetric(allocs/float64(b.N*len(d.events)), "allocs/event")
	b.ReportMetric(allocs/float64(b.N*d.rows), "allocs/row")
}

func BenchmarkRead(b *testing.B) {
	d := loadBench(b)
	measure(b, d, d.bytes, func() {
		r := NewReader(d.fsys)
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
		if n != len(d.events) {
			b.Fatalf("read %d events, want %d", n, len(d.events))
		}
	})
}

// BenchmarkReadBaseline reads the same tables with a plain encoding/csv
// Read loop.
func BenchmarkReadBaseline(b *testing.B) {
	d := loadBench(b)
	measure(b, d, d.bytes, func() {
		for _, buf := range d.tables {
			r := csv.NewReader(bytes.NewReader(buf.Bytes()))
			for {
				_, err := r.Read()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

func BenchmarkWrite(b *testing.B) {
	d := loadBench(b)
	measure(b, d, d.bytes, func() {
		w := NewWriter(discard{})
		for _, e := range d.events {
			if err := w.Write(e); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkWriteBaseline writes the same tables, as [][]string, with an
// encoding/csv Writer.
func BenchmarkWriteBaseline(b *testing.B) {
	d := loadBench(b)
	measure(b, d, d.bytes, func() {
		for _, recs := range d.records {
			w := csv.NewWriter(io.Discard)
			for _, r := range recs {
				if err := w.Write(r); err != nil {
					b.Fatal(err)
				}
			}
			w.Flush()
		}
	})
}

func BenchmarkWideWrite(b *testing.B) {
	d := loadBench(b)
	measure(b, d, int64(len(d.wide)), func() {
		w := NewWideWriter(io.Discard)
		for _, e := range d.events {
			if err := w.Write(e); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkWideWriteBaseline writes the same wide rows with an
// encoding/csv Writer.
func BenchmarkWideWriteBaseline(b *testing.B) {
	d := loadBench(b)
	measure(b, d, int64(len(d.wide)), func() {
		w := csv.NewWriter(io.Discard)
		for _, r := range d.wideRec {
			if err := w.Write(r); err != nil {
				b.Fatal(err)
			}
		}
		w.Flush()
	})
}

// TestGenEvents checks the generator: deterministic, distinct IDs, and
// every event valid where its seed is.
func TestGenEvents(t *testing.T) {
	a, b := genEvents(t, 40), genEvents(t, 40)
	if len(a) != 40 {
		t.Fatal(len(a))
	}
	ids := map[string]bool{}
	for i := range a {
		ja, _ := event.MarshalEvent(a[i])
		jb, _ := event.MarshalEvent(b[i])
		if string(ja) != string(jb) {
			t.Fatalf("event %d differs between runs", i)
		}
		ids[a[i].ID.String()] = true
		if errs := (event.Validator{}).Event(&a[i]).Errors(); len(errs) > 0 {
			t.Errorf("event %d: %v", i, errs)
		}
	}
	if len(ids) != 40 {
		t.Fatalf("%d distinct IDs", len(ids))
	}
}
