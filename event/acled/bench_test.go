package acled_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"runtime"
	"strconv"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/acled"
)

// benchRecords is the size of the generated benchmark input.
const benchRecords = 50000

// generate returns a 2019–2021 layout file of n records made from the
// sample's records in turn, each with a new event_id_cnty, data_id and
// event_id_no_cnty, its date shifted back by a whole number of days (kept
// in the sample's d-Mon-yy form, with a matching year), and its fatalities
// varied. The output is deterministic.
func generate(t testing.TB, n int) []byte {
	t.Helper()
	recs := records(t, readFile(t, samplePath))
	header, rows := recs[0], recs[1:]
	idx := map[string]int{}
	for i, h := range header {
		idx[h] = i
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	require.NoError(t, w.Write(header))
	out := make([]string, len(header))
	for i := range n {
		copy(out, rows[i%len(rows)])
		d, form, err := acled.ParseDate(out[idx["event_date"]])
		require.NoError(t, err)
		d = d.AddDate(0, 0, -7*(i/len(rows)%400)) // whole weeks back, up to about 7.5 years
		out[idx["event_date"]] = form.Format(d)
		out[idx["year"]] = strconv.Itoa(d.Year())
		out[idx["event_id_cnty"]] = "SYR" + strconv.Itoa(100000+i)
		out[idx["event_id_no_cnty"]] = strconv.Itoa(100000 + i)
		out[idx["data_id"]] = strconv.Itoa(9000000 + i)
		if i%5 == 0 {
			out[idx["fatalities"]] = strconv.Itoa(i % 13)
		}
		require.NoError(t, w.Write(out))
	}
	w.Flush()
	require.NoError(t, w.Error())
	return buf.Bytes()
}

var (
	benchOnce   sync.Once
	benchInput  []byte
	benchEvents []event.Event
	benchCells  [][]string
)

func benchData(b *testing.B) ([]byte, []event.Event, [][]string) {
	benchOnce.Do(func() {
		benchInput = generate(b, benchRecords)
		var err error
		benchEvents, err = acled.ReadAll(bytes.NewReader(benchInput))
		require.NoError(b, err)
		benchCells = records(b, benchInput)
	})
	return benchInput, benchEvents, benchCells
}

// TestGenerate checks the generator: every record is read and written back.
func TestGenerate(t *testing.T) {
	in := generate(t, 2000)
	res := readAll(t, in)
	require.Empty(t, res.rejects)
	require.Len(t, res.events, 2000)
	verbatim := 0
	for i, e := range res.events {
		verbatim += len(extra(t, e).Verbatim)
		assert.Empty(t, res.warnings[i])
	}
	assert.Zero(t, verbatim)
	assert.Equal(t, string(in), string(write(t, acled.NewWriter, res.events)))
}

// allocsPerRecord reports the allocations made since before, per record.
func allocsPerRecord(b *testing.B, before *runtime.MemStats, records int) {
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N*records), "allocs/record")
}

func BenchmarkRead(b *testing.B) { benchRead(b, nil) }

// BenchmarkReadResolve reads with resolution against the embedded
// gazetteer and actor catalogue, for the ratio to BenchmarkRead (the
// catalogues are loaded before the timer starts).
func BenchmarkReadResolve(b *testing.B) {
	res := event.DefaultResolver()
	e := event.Event{Participants: []event.Participant{{Actor: actor.Ref{Name: "x"}}}}
	res.Resolve(&e) // load the catalogues
	benchRead(b, res)
}

// BenchmarkReadLoaded reads without resolution but with the catalogues
// loaded, to tell the cost of resolving from that of a larger live heap.
func BenchmarkReadLoaded(b *testing.B) {
	res := event.DefaultResolver()
	e := event.Event{Participants: []event.Participant{{Actor: actor.Ref{Name: "x"}}}}
	res.Resolve(&e)
	benchRead(b, nil)
	runtime.KeepAlive(res)
}

func benchRead(b *testing.B, res *event.Resolver) {
	in, _, _ := benchData(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ResetTimer()
	for range b.N {
		r := acled.NewReader(bytes.NewReader(in))
		r.Resolver = res
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
	b.StopTimer()
	allocsPerRecord(b, &ms, benchRecords)
}

// BenchmarkReadBaseline is a plain encoding/csv read of the same bytes.
func BenchmarkReadBaseline(b *testing.B) {
	in, _, _ := benchData(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ResetTimer()
	for range b.N {
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
	b.StopTimer()
	allocsPerRecord(b, &ms, benchRecords)
}

func BenchmarkWrite(b *testing.B) {
	in, events, _ := benchData(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ResetTimer()
	for range b.N {
		w := acled.NewWriter(io.Discard)
		for _, e := range events {
			if err := w.Write(e); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	allocsPerRecord(b, &ms, benchRecords)
}

// BenchmarkWriteBaseline is a plain encoding/csv write of the same records.
func BenchmarkWriteBaseline(b *testing.B) {
	in, _, cells := benchData(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ResetTimer()
	for range b.N {
		w := csv.NewWriter(io.Discard)
		w.UseCRLF = true
		for _, rec := range cells {
			if err := w.Write(rec); err != nil {
				b.Fatal(err)
			}
		}
		w.Flush()
		if err := w.Error(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	allocsPerRecord(b, &ms, benchRecords)
}
