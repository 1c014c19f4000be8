package geojson_test

import (
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/geojson"
)

// benchN is the number of generated events in the benchmarks.
const benchN = 50_000

// Benchmarks, run with
//
//	go test -run '^$' -bench . -benchmem -count 5 ./event/geojson/
//
// compare each codec with plain encoding/json on the same data in the same
// run: the Writer with json.Marshal of equivalent feature structs (decoded
// from the Writer's own output, so the content is the same), the Reader
// with json.Unmarshal of the same bytes into map[string]any.
//
// Figures on 50,000 generated events (2 shared cores, medians of 5
// interleaved runs; times are noisy, bytes and allocations exact):
//
//	Write     0.65x the baseline's time, 0.41x its B/op, 118 vs 97 allocs/event
//	WriteFlat 27.7 MB/op, 26 allocs/event, about 4-5 µs/event
//	Read      2.1x the baseline's time, 1.10x its B/op, 462 vs 536 allocs/event
//	ReadFlat  1.9x the baseline's time, 0.86x its B/op, 111 vs 163 allocs/event
//
// About three quarters of Read's time is event's strict decoding of the
// embedded events; the GeoJSON layer around it costs little.

var benchEvents []event.Event

func benchData(b *testing.B) []event.Event {
	if benchEvents == nil {
		benchEvents = generate(b, benchN)
	}
	return benchEvents
}

// Equivalent feature structs for the baseline: the same members, typed.
type (
	baseCollection struct {
		Type     string        `json:"type"`
		Features []baseFeature `json:"features"`
	}
	baseFeature struct {
		Type       string        `json:"type"`
		ID         string        `json:"id"`
		Geometry   *baseGeometry `json:"geometry"`
		Properties baseProps     `json:"properties"`
	}
	baseGeometry struct {
		Type        string    `json:"type"`
		Coordinates []float64 `json:"coordinates"`
	}
	baseUnit struct {
		Level string `json:"level"`
		Code  string `json:"code,omitempty"`
		Name  string `json:"name"`
		ID    string `json:"id,omitempty"`
	}
	baseActor struct {
		Role string `json:"role"`
		Name string `json:"name"`
		Kind string `json:"kind,omitempty"`
		ID   string `json:"id,omitempty"`
	}
	baseProps struct {
		Type              string      `json:"type"`
		TypeLabel         string      `json:"type_label,omitempty"`
		TypeParent        string      `json:"type_parent,omitempty"`
		TypeParentLabel   string      `json:"type_parent_label,omitempty"`
		Disorder          []string    `json:"disorder,omitempty"`
		DisorderLabel     string      `json:"disorder_label,omitempty"`
		Title             string      `json:"title,omitempty"`
		DateStart         string      `json:"date_start,omitempty"`
		DateEnd           string      `json:"date_end,omitempty"`
		DatePrecision     string      `json:"date_precision,omitempty"`
		DateOpenStart     bool        `json:"date_open_start,omitempty"`
		DateOpenEnd       bool        `json:"date_open_end,omitempty"`
		Place             string      `json:"place,omitempty"`
		PlaceID           string      `json:"place_id,omitempty"`
		PlaceLevel        string      `json:"place_level,omitempty"`
		Relation          string      `json:"relation,omitempty"`
		OtherPlace        string      `json:"other_place,omitempty"`
		LocationText      string      `json:"location_text,omitempty"`
		Admin             []baseUnit  `json:"admin,omitempty"`
		Country           string      `json:"country,omitempty"`
		CountryCode       string      `json:"country_code,omitempty"`
		Admin1            string      `json:"admin1,omitempty"`
		Admin1Code        string      `json:"admin1_code,omitempty"`
		Admin2            string      `json:"admin2,omitempty"`
		Admin2Code        string      `json:"admin2_code,omitempty"`
		Admin3            string      `json:"admin3,omitempty"`
		Admin3Code        string      `json:"admin3_code,omitempty"`
		GeoPrecision      string      `json:"geo_precision,omitempty"`
		GeoPrecisionACLED int         `json:"geo_precision_acled,omitempty"`
		GeoPrecisionUCDP  int         `json:"geo_precision_ucdp,omitempty"`
		Actors            []baseActor `json:"actors,omitempty"`
		Perpetrator       string      `json:"perpetrator,omitempty"`
		Target            string      `json:"target,omitempty"`
		Killed            string      `json:"killed,omitempty"`
		KilledLow         *int64      `json:"killed_low,omitempty"`
		KilledBest        *int64      `json:"killed_best,omitempty"`
		KilledHigh        *int64      `json:"killed_high,omitempty"`
		KilledGroup       string      `json:"killed_group,omitempty"`
		KilledConflicting bool        `json:"killed_conflicting,omitempty"`
		Sources           []string    `json:"sources,omitempty"`
		Notes             string      `json:"notes,omitempty"`
		Tags              []string    `json:"tags,omitempty"`
		Keys              []string    `json:"keys,omitempty"`
		Event             event.Event `json:"event"`
	}
)

// report adds per-event figures to a benchmark.
func report(b *testing.B, n int, size int64, run func()) {
	b.Helper()
	b.SetBytes(size)
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for b.Loop() {
		run()
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N)/float64(n), "allocs/event")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
}

func BenchmarkWrite(b *testing.B) {
	events := benchData(b)
	doc := encode(b, events, nil)
	report(b, len(events), int64(len(doc)), func() {
		w := geojson.NewWriter(io.Discard)
		for _, e := range events {
			if err := w.Write(e); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkWriteFlat(b *testing.B) {
	events := benchData(b)
	flat := func(w *geojson.Writer) { w.Full = false }
	doc := encode(b, events, flat)
	report(b, len(events), int64(len(doc)), func() {
		w := geojson.NewWriter(io.Discard)
		flat(w)
		for _, e := range events {
			if err := w.Write(e); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkWriteBaseline(b *testing.B) {
	events := benchData(b)
	doc := encode(b, events, nil)
	var coll baseCollection
	require.NoError(b, json.Unmarshal(doc, &coll))
	require.Len(b, coll.Features, len(events))
	report(b, len(events), int64(len(doc)), func() {
		enc := json.NewEncoder(io.Discard)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(&coll); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkRead(b *testing.B) {
	events := benchData(b)
	doc := encode(b, events, nil)
	report(b, len(events), int64(len(doc)), func() {
		r := geojson.NewReader(bytes.NewReader(doc))
		n := 0
		for _, err := range r.All() {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != len(events) {
			b.Fatalf("read %d events, want %d", n, len(events))
		}
	})
}

func BenchmarkReadFlat(b *testing.B) {
	events := benchData(b)
	doc := encode(b, events, func(w *geojson.Writer) { w.Full = false })
	report(b, len(events), int64(len(doc)), func() {
		r := geojson.NewReader(bytes.NewReader(doc))
		for _, err := range r.All() {
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkReadBaseline(b *testing.B) {
	events := benchData(b)
	doc := encode(b, events, nil)
	report(b, len(events), int64(len(doc)), func() {
		var v map[string]any
		if err := json.Unmarshal(doc, &v); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkReadFlatBaseline(b *testing.B) {
	events := benchData(b)
	doc := encode(b, events, func(w *geojson.Writer) { w.Full = false })
	report(b, len(events), int64(len(doc)), func() {
		var v map[string]any
		if err := json.Unmarshal(doc, &v); err != nil {
			b.Fatal(err)
		}
	})
}

// TestBaselineEquivalent checks that the baseline structs hold the same
// document: re-encoded, they give the Writer's output again, so the write
// benchmarks compare like with like.
func TestBaselineEquivalent(t *testing.T) {
	events := generate(t, 40)
	doc := encode(t, events, nil)
	var coll baseCollection
	require.NoError(t, json.Unmarshal(doc, &coll))
	got, err := json.Marshal(&coll)
	require.NoError(t, err)
	require.JSONEq(t, string(doc), string(got))
}
