package geojson_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/geojson"
	"github.com/conflictkit/conflict/place"
)

// flat turns the embedded event off.
func flat(w *geojson.Writer) { w.Full = false }

// checkShape checks that doc is a FeatureCollection as RFC 7946 shapes it
// and returns its features, decoded with encoding/json.
func checkShape(t *testing.T, doc []byte) []map[string]any {
	t.Helper()
	require.True(t, json.Valid(doc), "output is not valid JSON:\n%s", doc)
	var coll map[string]any
	require.NoError(t, json.Unmarshal(doc, &coll))
	require.Equal(t, "FeatureCollection", coll["type"])
	require.Len(t, coll, 2, "a collection has type and features only")
	list, ok := coll["features"].([]any)
	require.True(t, ok, "features is an array")
	out := make([]map[string]any, len(list))
	for i, f := range list {
		feat, ok := f.(map[string]any)
		require.True(t, ok, "feature %d is an object", i)
		assert.Equal(t, "Feature", feat["type"], "feature %d", i)
		assert.IsType(t, "", feat["id"], "feature %d: id", i)
		assert.Contains(t, feat, "geometry", "feature %d", i)
		if g := feat["geometry"]; g != nil {
			geom, ok := g.(map[string]any)
			require.True(t, ok, "feature %d: geometry is an object", i)
			assert.Equal(t, "Point", geom["type"], "feature %d", i)
			coords, ok := geom["coordinates"].([]any)
			require.True(t, ok, "feature %d: coordinates are an array", i)
			assert.Len(t, coords, 2, "feature %d", i)
		}
		props, ok := feat["properties"].(map[string]any)
		require.True(t, ok, "feature %d: properties are an object", i)
		assert.Contains(t, props, "type", "feature %d", i)
		out[i] = feat
	}
	return out
}

func TestWriterFlatFeature(t *testing.T) {
	doc := encode(t, []event.Event{bukamal()}, flat)
	checkShape(t, doc)
	assert.Equal(t, collection(bukamalFeature()), string(doc))
}

func TestWriterFullFeature(t *testing.T) {
	e := bukamal()
	doc := encode(t, []event.Event{e}, nil)
	features := checkShape(t, doc)
	require.Len(t, features, 1)
	canonical, err := event.MarshalEvent(e)
	require.NoError(t, err)
	props := features[0]["properties"].(map[string]any)
	got, err := json.Marshal(props["event"])
	require.NoError(t, err)
	assert.JSONEq(t, string(canonical), string(got))
	// The flat properties are the same as without Full.
	delete(props, "event")
	want := map[string]any{}
	require.NoError(t, json.Unmarshal([]byte(bukamalProps), &want))
	assert.Equal(t, want, props)
	// And the event is embedded byte for byte as MarshalEvent writes it.
	assert.Contains(t, string(doc), `,"event":`+string(canonical)+"}}\n")
}

func TestWriterCoordinates(t *testing.T) {
	tests := []struct {
		name     string
		lat, lon float64
		want     string
	}{
		{"ordinary", 35.93062, 36.63393, `[36.63393,35.93062]`},
		{"zero latitude", 0, 36.63393, `[36.63393,0]`},
		{"zero longitude", 35.93062, 0, `[0,35.93062]`},
		{"both zero", 0, 0, `[0,0]`},
		{"negative zero", math.Copysign(0, -1), -0.5, `[-0.5,-0]`},
		{"southern and western", -33.5102, -36.29128, `[-36.29128,-33.5102]`},
		{"bounds", 90, -180, `[-180,90]`},
		{"tiny", 1e-7, -2.5e-9, `[-2.5e-9,1e-7]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := bukamal()
			p := place.MustPoint(tc.lat, tc.lon)
			e.Where.Point = &p
			doc := encode(t, []event.Event{e}, flat)
			checkShape(t, doc)
			assert.Contains(t, string(doc), `"geometry":{"type":"Point","coordinates":`+tc.want+`}`)
			got, err := geojson.ReadAll(bytes.NewReader(doc))
			require.NoError(t, err)
			require.Len(t, got, 1)
			require.NotNil(t, got[0].Where.Point)
			assert.Equal(t, p, *got[0].Where.Point)
			assert.Equal(t, math.Signbit(tc.lat), math.Signbit(got[0].Where.Point.Lat), "sign of latitude")
		})
	}
}

func TestWriterSkipsEventsWithoutPoint(t *testing.T) {
	located := bukamal()
	unlocated := bukamal()
	unlocated.ID = event.DeriveID("geojson-test", "unlocated")
	unlocated.Where.Point = nil
	nowhere := bukamal()
	nowhere.ID = event.DeriveID("geojson-test", "nowhere")
	nowhere.Where = event.Where{}

	var buf bytes.Buffer
	w := geojson.NewWriter(&buf)
	for _, e := range []event.Event{unlocated, located, nowhere} {
		require.NoError(t, w.Write(e))
	}
	require.NoError(t, w.Close())
	features := checkShape(t, buf.Bytes())
	require.Len(t, features, 1)
	assert.Equal(t, located.ID.String(), features[0]["id"])
	assert.Equal(t, geojson.Summary{Written: 1, Skipped: 2, SkippedIDs: []uuid.UUID{unlocated.ID, nowhere.ID}}, w.Summary())
	assert.Equal(t, []uuid.UUID{unlocated.ID, nowhere.ID}, w.Skipped())
	assert.Equal(t, "wrote 1 feature; skipped 2 events without a point", w.Summary().String())
}

func TestWriterNullGeometry(t *testing.T) {
	unlocated := bukamal()
	unlocated.Where.Point = nil
	var buf bytes.Buffer
	w := geojson.NewWriter(&buf)
	w.NullGeometry = true
	require.NoError(t, w.Write(unlocated))
	require.NoError(t, w.Write(bukamal()))
	require.NoError(t, w.Close())
	features := checkShape(t, buf.Bytes())
	require.Len(t, features, 2)
	assert.Nil(t, features[0]["geometry"])
	assert.NotNil(t, features[1]["geometry"])
	assert.Contains(t, buf.String(), `"geometry":null,`)
	assert.Equal(t, geojson.Summary{Written: 2, NullGeometry: 1}, w.Summary())
	assert.Equal(t, "wrote 2 features (1 with null geometry)", w.Summary().String())
	assert.Empty(t, w.Skipped())
}

func TestWriterEmpty(t *testing.T) {
	var buf bytes.Buffer
	w := geojson.NewWriter(&buf)
	require.NoError(t, w.Close())
	assert.Equal(t, "{\"type\":\"FeatureCollection\",\"features\":[\n]}\n", buf.String())
	assert.Empty(t, checkShape(t, buf.Bytes()))
	assert.Equal(t, "wrote 0 features", w.Summary().String())

	// Only events without a point: still a valid, empty collection.
	buf.Reset()
	w = geojson.NewWriter(&buf)
	require.NoError(t, w.Write(event.New(event.Protests)))
	require.NoError(t, w.Close())
	assert.Empty(t, checkShape(t, buf.Bytes()))
	assert.Equal(t, "wrote 0 features; skipped 1 event without a point", w.Summary().String())
}

func TestWriterClose(t *testing.T) {
	var buf bytes.Buffer
	w := geojson.NewWriter(&buf)
	require.NoError(t, w.Write(bukamal()))
	assert.Empty(t, buf.String(), "buffered until Close")
	require.NoError(t, w.Close())
	n := buf.Len()
	require.NoError(t, w.Close(), "a second Close does nothing")
	assert.Equal(t, n, buf.Len())
	assert.ErrorIs(t, w.Write(bukamal()), geojson.ErrClosed)
}

// failWriter accepts n bytes, then fails.
type failWriter struct{ n int }

var errDisk = errors.New("disk full")

func (f *failWriter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		n := f.n
		f.n = 0
		return n, errDisk
	}
	f.n -= len(p)
	return len(p), nil
}

func TestWriterIOError(t *testing.T) {
	e := bukamal()
	w := geojson.NewWriter(&failWriter{n: 100})
	var err error
	for range 100 { // enough to fill the buffer
		if err = w.Write(e); err != nil {
			break
		}
	}
	require.ErrorIs(t, err, errDisk)
	assert.ErrorIs(t, w.Write(e), errDisk, "an I/O error is sticky")
	assert.ErrorIs(t, w.Close(), errDisk)

	w = geojson.NewWriter(&failWriter{n: 10})
	require.NoError(t, w.Write(e))
	assert.ErrorIs(t, w.Close(), errDisk, "Close reports the flush")
}

func TestWriterErrors(t *testing.T) {
	nan := place.Point{Lat: math.NaN(), Lon: 36}
	far := place.Point{Lat: 35, Lon: 181}
	tests := []struct {
		name   string
		edit   func(e *event.Event)
		field  string
		target error
	}{
		{"NaN latitude", func(e *event.Event) { e.Where.Point = &nan }, "where.point", event.ErrBadPoint},
		{"longitude out of range", func(e *event.Event) { e.Where.Point = &far }, "where.point", place.ErrLongitude},
		{"end before start", func(e *event.Event) {
			e.When = event.When{Start: date.New(2020, time.May, 9), End: date.New(2020, time.May, 8), Precision: event.DateDays}
		}, "when", event.ErrDateOrder},
		{"malformed type", func(e *event.Event) { e.Type = "Air strike" }, "type", event.ErrUnknownType},
		{"bad precision", func(e *event.Event) { e.Where.Precision = 99 }, "where", place.ErrBadPrecision},
		{"bad relation", func(e *event.Event) { e.Where.Relation = 7 }, "where", place.ErrBadRelation},
		{"bad admin level", func(e *event.Event) { e.Where.Place.Path[1].Level = 42 }, "where", place.ErrBadLevel},
		{"bad role", func(e *event.Event) { e.Participants[1].Role = "Target" }, "participants[1].role", event.ErrUnknownRole},
		{"invalid count", func(e *event.Event) { e.Casualties[0].Count = casualty.Exactly(-1) }, "casualties[0].count", casualty.ErrNegative},
		{"bad key", func(e *event.Event) { e.Keys = append(e.Keys, event.Key{Scheme: "a:b", Value: "c"}) }, "keys[1]", event.ErrBadID},
	}
	for _, tc := range tests {
		for _, full := range []bool{false, true} {
			name := tc.name + map[bool]string{false: " flat", true: " full"}[full]
			t.Run(name, func(t *testing.T) {
				e := bukamal()
				tc.edit(&e)
				var buf bytes.Buffer
				w := geojson.NewWriter(&buf)
				w.Full = full
				err := w.Write(e)
				var we *geojson.WriteError
				require.ErrorAs(t, err, &we)
				assert.Equal(t, e.ID, we.ID)
				assert.Equal(t, tc.field, we.Field)
				assert.ErrorIs(t, err, tc.target)
				assert.Contains(t, err.Error(), e.ID.String())
				// Nothing of the event was written, and the writer goes on.
				require.NoError(t, w.Write(bukamal()))
				require.NoError(t, w.Close())
				assert.Len(t, checkShape(t, buf.Bytes()), 1)
				assert.Equal(t, 1, w.Summary().Written)
			})
		}
	}
}

func TestWriterKilled(t *testing.T) {
	fig := func(g casualty.Group, c casualty.Count) event.Casualty {
		return event.Casualty{Figure: casualty.NewFigure(casualty.Killed, g, c)}
	}
	injured := event.Casualty{Figure: casualty.NewFigure(casualty.Injured, "", casualty.AtLeast(1))}
	tests := []struct {
		name string
		figs []event.Casualty
		want map[string]any // the killed* properties; nil: none
	}{
		{"people preferred over groups",
			[]event.Casualty{fig(casualty.Combatants, casualty.AtLeast(40)), fig("", casualty.Between(10, 50)), fig(casualty.Civilians, casualty.Exactly(3))},
			map[string]any{"killed": "10-50", "killed_low": 10.0, "killed_high": 50.0, "killed_group": "people"}},
		{"one group, two sources",
			[]event.Casualty{fig(casualty.Civilians, casualty.Exactly(3)), fig(casualty.Civilians, casualty.AtLeast(2))},
			map[string]any{"killed": "at least 3", "killed_low": 3.0, "killed_best": 3.0, "killed_group": "civilians"}},
		{"groups: highest lower bound",
			[]event.Casualty{fig(casualty.Children, casualty.AtLeast(1)), fig(casualty.Combatants, casualty.AtLeast(40))},
			map[string]any{"killed": "at least 40", "killed_low": 40.0, "killed_group": "combatants"}},
		{"groups: a tie goes to the first",
			[]event.Casualty{fig(casualty.Civilians, casualty.Exactly(5)), fig(casualty.Combatants, casualty.Exactly(5))},
			map[string]any{"killed": "5", "killed_low": 5.0, "killed_best": 5.0, "killed_high": 5.0, "killed_group": "civilians"}},
		{"conflicting sources",
			[]event.Casualty{fig(casualty.People, casualty.Exactly(3)), fig("", casualty.AtLeast(40))},
			map[string]any{"killed": "at least 3", "killed_low": 3.0, "killed_best": 3.0, "killed_group": "people", "killed_conflicting": true}},
		{"zero is written",
			[]event.Casualty{fig("", casualty.Exactly(0))},
			map[string]any{"killed": "0", "killed_low": 0.0, "killed_best": 0.0, "killed_high": 0.0, "killed_group": "people"}},
		{"unknown only",
			[]event.Casualty{fig("", casualty.Unknown())},
			map[string]any{"killed": "unknown", "killed_group": "people"}},
		{"other outcomes ignored",
			[]event.Casualty{injured, fig("", casualty.About(12))},
			map[string]any{"killed": "about 12", "killed_best": 12.0, "killed_group": "people"}},
		{"no killed figure", []event.Casualty{injured}, nil},
		{"no figure", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := bukamal()
			e.Casualties = tc.figs
			features := checkShape(t, encode(t, []event.Event{e}, flat))
			require.Len(t, features, 1)
			got := map[string]any{}
			for k, v := range features[0]["properties"].(map[string]any) {
				if len(k) >= 6 && k[:6] == "killed" {
					got[k] = v
				}
			}
			if tc.want == nil {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestWriterAdminFromPlace(t *testing.T) {
	// An event coded to the governorate itself: admin1 comes from the
	// place, not the path.
	e := bukamal()
	e.Where = event.In(place.Ref{ID: "sy09", Name: "Deir-ez-Zor", Level: place.LevelAdmin1, Path: []place.Unit{
		{Level: place.LevelCountry, Code: "SY", Name: "Syria"},
	}}, place.PrecisionAdmin1).At(place.MustPoint(34.4546, 40.9116))
	features := checkShape(t, encode(t, []event.Event{e}, flat))
	props := features[0]["properties"].(map[string]any)
	assert.Equal(t, "Deir-ez-Zor", props["admin1"])
	assert.NotContains(t, props, "admin1_code", "the place's own code is not in its reference")
	assert.Equal(t, "Syria", props["country"])
	assert.Equal(t, "in", props["relation"])
	assert.Equal(t, "admin1", props["geo_precision"])
	assert.Equal(t, 3.0, props["geo_precision_acled"])
	assert.Equal(t, 4.0, props["geo_precision_ucdp"])
	assert.Equal(t, "sy09", props["place_id"])
	assert.Equal(t, []any{map[string]any{"level": "country", "code": "SY", "name": "Syria"}}, props["admin"])

	// A country-level place fills country.
	e.Where = event.In(place.Ref{ID: "syria", Name: "Syria", Level: place.LevelCountry}, place.PrecisionCountry).At(place.MustPoint(34.4546, 40.9116))
	props = checkShape(t, encode(t, []event.Event{e}, flat))[0]["properties"].(map[string]any)
	assert.Equal(t, "Syria", props["country"])
	assert.NotContains(t, props, "admin")
	assert.Equal(t, 3.0, props["geo_precision_acled"])
	assert.Equal(t, 6.0, props["geo_precision_ucdp"])
}

func TestWriterOpenDatesAndBetween(t *testing.T) {
	e := bukamal()
	e.When = event.Since(date.New(2019, time.April, 20), event.DateDay)
	e.Where.Relation = place.RelationBetween
	e.Where.Other = place.Ref{Name: "Saraqib"}
	e.Where.Text = "on the road between Sarmin and Saraqib"
	e.Tags = []string{"idlib", "road"}
	props := checkShape(t, encode(t, []event.Event{e}, flat))[0]["properties"].(map[string]any)
	assert.Equal(t, "2019-04-20", props["date_start"])
	assert.NotContains(t, props, "date_end")
	assert.Equal(t, true, props["date_open_end"])
	assert.NotContains(t, props, "date_open_start")
	assert.Equal(t, "between", props["relation"])
	assert.Equal(t, "Saraqib", props["other_place"])
	assert.Equal(t, "on the road between Sarmin and Saraqib", props["location_text"])
	assert.Equal(t, []any{"idlib", "road"}, props["tags"])
}

func TestWriterUnregisteredType(t *testing.T) {
	e := bukamal()
	e.Type = "org.example/drone-sighting"
	props := checkShape(t, encode(t, []event.Event{e}, flat))[0]["properties"].(map[string]any)
	assert.Equal(t, "org.example/drone-sighting", props["type"])
	for _, k := range []string{"type_label", "type_parent", "type_parent_label", "disorder", "disorder_label"} {
		assert.NotContains(t, props, k)
	}
}

func TestZeroValues(t *testing.T) {
	var w geojson.Writer
	assert.ErrorIs(t, w.Write(bukamal()), geojson.ErrNotReady)
	assert.ErrorIs(t, w.Close(), geojson.ErrNotReady)

	var r geojson.Reader
	_, err := r.Read()
	assert.ErrorIs(t, err, geojson.ErrNotReady)
	n := 0
	for _, err := range r.All() {
		assert.ErrorIs(t, err, geojson.ErrNotReady)
		n++
	}
	assert.Equal(t, 1, n, "All stops after the error")
}
