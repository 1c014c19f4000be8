package geojson_test

import (
	"bytes"
	"os"
	"strconv"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/geojson"
	"github.com/conflictkit/conflict/place"
)

// idlibEvents returns the events of testdata/idlib2019.json, the seed
// article as data (see testdata/README.md).
func idlibEvents(tb testing.TB) []event.Event {
	tb.Helper()
	f, err := os.Open("testdata/idlib2019.json")
	require.NoError(tb, err)
	defer f.Close()
	d, err := event.ReadDataset(f)
	require.NoError(tb, err)
	require.Len(tb, d.Events, 8)
	return d.Events
}

// towns are points from REFERENCE.md §6.4 (GeoNames-derived), used to vary
// the generated events' locations.
var towns = []place.Point{
	{Lat: 35.93062, Lon: 36.63393}, // Idlib city
	{Lat: 36.20124, Lon: 37.16117}, // Aleppo
	{Lat: 33.5102, Lon: 36.29128},  // Damascus
	{Lat: 35.90403, Lon: 36.72501}, // Sarmin
	{Lat: 35.86447, Lon: 36.80591}, // Saraqib
	{Lat: 36.01152, Lon: 36.67183}, // Ma'arratmisrin
}

// generate returns n events made deterministically from the Idlib events:
// each a copy of one of them with a new derived ID and key, dates shifted
// by whole days, a point from towns, and its casualty counts varied. The
// place references are the template's; only the point moves, which is
// enough for a codec benchmark.
func generate(tb testing.TB, n int) []event.Event {
	tb.Helper()
	base := idlibEvents(tb)
	out := make([]event.Event, n)
	for i := range out {
		src := base[i%len(base)]
		// A deep copy through the canonical JSON, so that no slice is
		// shared between generated events.
		b, err := event.MarshalEvent(src)
		require.NoError(tb, err)
		e, err := event.UnmarshalEvent(b)
		require.NoError(tb, err)
		k := event.Key{Scheme: "conflictkit-bench", Value: strconv.Itoa(i)}
		e.ID, e.Keys = k.ID(), []event.Key{k}
		shift := date.Date(i % 2000)
		w := &e.When
		if !w.OpenStart {
			w.Start -= shift
		}
		if !w.OpenEnd {
			w.End -= shift
		}
		if w.IsZero() {
			*w = event.On(date.New(2019, 8, 31) - shift)
		}
		p := towns[i%len(towns)]
		e.Where.Point = &p
		for j := range e.Casualties {
			if lo, ok := e.Casualties[j].Count.Low(); ok && lo > 0 {
				e.Casualties[j].Count = casualty.AtLeast(lo + int64(i%37))
			}
		}
		if i%5 == 0 {
			e.Casualties = append(e.Casualties, event.Casualty{Figure: casualty.NewFigure(casualty.Killed, casualty.Civilians, casualty.Exactly(int64(i%11)))})
		}
		out[i] = e
	}
	return out
}

// encode writes events with a Writer configured by opt.
func encode(tb testing.TB, events []event.Event, opt func(*geojson.Writer)) []byte {
	tb.Helper()
	var buf bytes.Buffer
	w := geojson.NewWriter(&buf)
	if opt != nil {
		opt(w)
	}
	for _, e := range events {
		require.NoError(tb, w.Write(e))
	}
	require.NoError(tb, w.Close())
	return buf.Bytes()
}

// TestGenerate checks the generator: the events are valid (no errors) and
// distinct, so the benchmarks measure realistic data.
func TestGenerate(t *testing.T) {
	events := generate(t, 200)
	seen := map[string]bool{}
	var v event.Validator
	for i := range events {
		require.Empty(t, v.Event(&events[i]).Errors(), "event %d", i)
		seen[events[i].ID.String()] = true
	}
	require.Len(t, seen, 200)
}
