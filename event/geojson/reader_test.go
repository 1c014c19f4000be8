package geojson_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/geojson"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

func TestIdlibRoundTripFull(t *testing.T) {
	events := idlibEvents(t)
	doc := encode(t, events, func(w *geojson.Writer) { w.NullGeometry = true })
	require.Len(t, checkShape(t, doc), 8)

	r := geojson.NewReader(bytes.NewReader(doc))
	var got []event.Event
	for e, err := range r.All() {
		require.NoError(t, err)
		assert.Empty(t, r.Warnings())
		got = append(got, e)
	}
	require.Len(t, got, len(events))
	var v event.Validator
	for i := range events {
		assert.Equal(t, events[i], got[i], "event %d", i)
		assert.Empty(t, v.Event(&got[i]).Errors(), "event %d", i)
	}
}

func TestIdlibDefaultSkipsUnlocated(t *testing.T) {
	events := idlibEvents(t)
	var buf bytes.Buffer
	w := geojson.NewWriter(&buf)
	for _, e := range events {
		require.NoError(t, w.Write(e))
	}
	require.NoError(t, w.Close())
	sum := w.Summary()
	assert.Equal(t, 1, sum.Written)
	assert.Equal(t, 7, sum.Skipped)
	require.Len(t, sum.SkippedIDs, 7)
	for i, id := range sum.SkippedIDs {
		assert.Equal(t, events[i+1].ID, id, "the strike is event 0, the only one with a point")
	}
	got, err := geojson.ReadAll(&buf)
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, events[0], got[0])
}

// strikeFlat is what the flat properties of the Idlib strike (event 0 of
// testdata/idlib2019.json) give back, written out by hand: IDs, kinds and
// names of the participants without their citations, the killed figure
// SOHR's "at least 40" combatants without attribution, and one citation per
// source name.
func strikeFlat() event.Event {
	k := event.Key{Scheme: "conflictkit-example", Value: "idlib2019/us-strike-near-idlib"}
	e := event.FromKey(event.AirDroneStrike, k)
	e.Title = "US strike on a training camp near Idlib city"
	e.When = event.Until(date.New(2019, time.August, 31), event.DateDay)
	p := place.MustPoint(35.93062, 36.63393)
	e.Where = event.Where{
		Place: place.Ref{ID: "idlib-city", Name: "Idlib", Level: place.LevelLocality, Path: []place.Unit{
			{Level: place.LevelCountry, ID: "syria", Code: "SY", Name: "Syria"},
			{Level: place.LevelAdmin1, ID: "sy07", Code: "SY07", Name: "Idleb"},
			{Level: place.LevelAdmin2, ID: "sy0700", Code: "SY0700", Name: "Idleb"},
			{Level: place.LevelAdmin3, ID: "sy070000", Code: "SY070000", Name: "Idleb"},
		}},
		Relation:  place.RelationNear,
		Point:     &p,
		Precision: place.PrecisionNear,
		Text:      "close to Idlib city, in Idlib province, northwest Syria",
	}
	e.Participants = []event.Participant{
		{Actor: actor.Ref{ID: "centcom", Name: "US Central Command", Kind: actor.KindMilitaryCommand}, Role: event.Perpetrator},
		{Actor: actor.Ref{ID: "hurras-al-din", Name: "Hurras al-Din", Kind: actor.KindRebelGroup}, Role: event.Target},
		{Actor: actor.Ref{ID: "ansar-al-tawhid", Name: "Ansar al-Tawhid", Kind: actor.KindRebelGroup}, Role: event.Target},
		{Actor: actor.Ref{Name: "other allied groups"}, Role: event.TargetAssociate},
		{Actor: actor.Ref{ID: "al-qaeda", Name: "al-Qaeda", Kind: actor.KindArmedGroup}, Role: event.Target},
	}
	e.Casualties = []event.Casualty{{Figure: casualty.NewFigure(casualty.Killed, casualty.Combatants, casualty.AtLeast(40))}}
	for i, name := range []string{"US Central Command", "Syrian Observatory for Human Rights", "Sources on the ground (unnamed)",
		"Al Jazeera", "Videos posted after the attack (unattributed)", "Russian defence ministry"} {
		e.Citations = append(e.Citations, source.Citation{ID: "source-" + string(rune('1'+i)), Source: source.Ref{Name: name}})
	}
	return e
}

func TestReadFlat(t *testing.T) {
	doc := encode(t, idlibEvents(t)[:1], flat)
	got, err := geojson.ReadAll(bytes.NewReader(doc))
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, strikeFlat(), got[0])

	// The flat mapping is stable after one pass: written again, the events
	// give the same document.
	assert.Equal(t, string(doc), string(encode(t, got, flat)))
}

func TestReadFlatBukamal(t *testing.T) {
	got, err := geojson.ReadAll(strings.NewReader(collection(bukamalFeature())))
	require.NoError(t, err)
	require.Len(t, got, 1)
	want := bukamal()
	// What the flat form does not carry: the citation's ID and the source's
	// ID, and the figure's attribution.
	want.Citations = []source.Citation{{ID: "source-1", Source: source.Ref{Name: "Liveuamap"}}}
	want.Casualties[0].Citation = ""
	want.Casualties[0].Group = casualty.People
	assert.Equal(t, want, got[0])
}

func TestReadFlatAllDatesAndPlaces(t *testing.T) {
	e := bukamal()
	e.Title = "a \"quoted\"\ntitle"
	e.When = event.WeekOf(date.New(2019, time.August, 31))
	e.Where.Relation = place.RelationBetween
	e.Where.Other = place.Ref{Name: "Saraqib"}
	e.Where.Place.ID = "sarmin"
	e.Where.Text = "between Sarmin and Saraqib"
	e.Tags = []string{"road", ""}
	e.Keys = append(e.Keys, event.Key{Scheme: "ucdp", Value: "306667:x"})
	e.Casualties = append(e.Casualties, event.Casualty{Figure: casualty.NewFigure(casualty.Killed, "", casualty.MoreThan(370000))})
	got, err := geojson.ReadAll(bytes.NewReader(encode(t, []event.Event{e}, flat)))
	require.NoError(t, err)
	require.Len(t, got, 1)
	g := got[0]
	assert.Equal(t, e.Title, g.Title)
	assert.Equal(t, e.When, g.When)
	assert.Equal(t, e.Where, g.Where)
	assert.Equal(t, e.Tags, g.Tags)
	assert.Equal(t, e.Keys, g.Keys, "a value may contain ':'")
	// Two figures, {0, more than 370,000}, conflict: the summary runs from
	// 0 upwards, and exactly 0 is the best estimate.
	require.Len(t, g.Casualties, 1)
	assert.Equal(t, casualty.AtLeast(0), g.Casualties[0].Count)
}

// TestReadForeign reads a collection not written by this package: foreign
// members everywhere, a third coordinate, keys the Writer never writes, and
// a killed count given as bounds only.
func TestReadForeign(t *testing.T) {
	doc := "\ufeff{\r\n  \"name\": \"events\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:OGC:1.3:CRS84\"}},\r\n" +
		"  \"bbox\": [36.6, 35.8, 36.9, 36.1],\r\n" +
		"  \"features\": [ {\r\n" +
		"    \"geometry\": { \"coordinates\": [36.80591, 35.86447, 350.5], \"type\": \"Point\", \"bbox\": [] },\r\n" +
		"    \"properties\": { \"type\": \"armed-clash\", \"colour\": \"red\", \"killed_low\": 2, \"killed_high\": 5, \"place\": \"Saraqib\", \"fid\": 17 },\r\n" +
		"    \"type\": \"Feature\", \"id\": \"" + idA + "\", \"x-note\": null\r\n" +
		"  } ],\r\n" +
		"  \"type\": \"FeatureCollection\"\r\n}\r\n"
	r := geojson.NewReader(strings.NewReader(doc))
	e, err := r.Read()
	require.NoError(t, err)
	p := place.MustPoint(35.86447, 36.80591)
	assert.Equal(t, event.Event{
		ID:         event.DeriveID("geojson-test", "a"),
		Type:       event.ArmedClash,
		Where:      event.Where{Place: place.Ref{Name: "Saraqib"}, Point: &p},
		Casualties: []event.Casualty{{Figure: casualty.NewFigure(casualty.Killed, "", casualty.Between(2, 5))}},
	}, e)
	require.Len(t, r.Warnings(), 1)
	w := r.Warnings()[0]
	assert.Equal(t, "features[0].geometry.coordinates[2]", w.Path)
	assert.ErrorIs(t, w.Code, geojson.ErrAltitude)
	assert.Equal(t, event.Warning, w.Severity)
	assert.Contains(t, w.Message, "350.5")
	assert.Equal(t, `{
    "geometry": { "coordinates": [36.80591, 35.86447, 350.5], "type": "Point", "bbox": [] },
    "properties": { "type": "armed-clash", "colour": "red", "killed_low": 2, "killed_high": 5, "place": "Saraqib", "fid": 17 },
    "type": "Feature", "id": "`+idA+`", "x-note": null
  }`, strings.ReplaceAll(string(r.Raw()), "\r\n", "\n"))
	_, err = r.Read()
	assert.Equal(t, io.EOF, err)
	assert.Nil(t, r.Warnings(), "warnings belong to the last event")
	_, err = r.Read()
	assert.Equal(t, io.EOF, err)
}

func TestReadEmbeddedWarnings(t *testing.T) {
	e := bukamal()
	full := encode(t, []event.Event{e}, nil)
	tests := []struct {
		name  string
		edit  func(doc string) string
		paths []string
	}{
		{"agrees", func(d string) string { return d }, nil},
		{"upper-case id agrees", func(d string) string {
			return strings.Replace(d, `"id":"`+e.ID.String(), `"id":"`+strings.ToUpper(e.ID.String()), 1)
		}, nil},
		{"point moved", func(d string) string {
			return strings.Replace(d, "[40.9116,34.4546]", "[40.9,34.4546]", 1)
		}, []string{"features[0].geometry"}},
		{"null geometry", func(d string) string {
			return strings.Replace(d, `{"type":"Point","coordinates":[40.9116,34.4546]}`, "null", 1)
		}, []string{"features[0].geometry"}},
		{"other id", func(d string) string {
			return strings.Replace(d, `"id":"`+e.ID.String(), `"id":"`+idB, 1)
		}, []string{"features[0].id"}},
		{"numeric id", func(d string) string {
			return strings.Replace(d, `"id":"`+e.ID.String()+`"`, `"id":7`, 1)
		}, []string{"features[0].id"}},
		{"flat properties edited are not read", func(d string) string {
			return strings.Replace(d, `"place":"Al-Bukamal"`, `"place":"Elsewhere"`, 1)
		}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := geojson.NewReader(strings.NewReader(tc.edit(string(full))))
			got, err := r.Read()
			require.NoError(t, err)
			assert.Equal(t, e, got, "the embedded event is authoritative")
			var paths []string
			for _, p := range r.Warnings() {
				assert.ErrorIs(t, p.Code, geojson.ErrMismatch)
				assert.Equal(t, event.Warning, p.Severity)
				paths = append(paths, p.Path)
			}
			assert.Equal(t, tc.paths, paths)
		})
	}
	// Without a point in the event but with a geometry.
	noPoint := bukamal()
	noPoint.Where.Point = nil
	doc := encode(t, []event.Event{noPoint}, func(w *geojson.Writer) { w.NullGeometry = true })
	doc = bytes.Replace(doc, []byte(`"geometry":null`), []byte(`"geometry":{"type":"Point","coordinates":[1,2]}`), 1)
	r := geojson.NewReader(bytes.NewReader(doc))
	got, err := r.Read()
	require.NoError(t, err)
	assert.Nil(t, got.Where.Point)
	require.Len(t, r.Warnings(), 1)
	assert.Contains(t, r.Warnings()[0].Message, "embedded event has no point")
}

// lineCol returns the 1-based line and byte column of offset off in s.
func lineCol(s string, off int) (int, int) {
	line := 1 + strings.Count(s[:off], "\n")
	return line, off - strings.LastIndexByte(s[:off], '\n')
}

func TestReadFeatureErrors(t *testing.T) {
	ev := func(inner string) string {
		return `{"type":"Feature","id":"` + idB + `","geometry":null,"properties":{"event":{"id":"` + idB + `",` + inner + `}}}`
	}
	props := func(p string) string {
		return `{"type":"Feature","id":"` + idB + `","geometry":null,"properties":{` + p + `}}`
	}
	tests := []struct {
		name    string
		feature string
		field   string // after "features[1]"
		at      string // the offending value: its first occurrence in the feature; "" for the feature's start
		atLast  bool   // the last occurrence instead
		target  error
	}{
		{"not an object", `42`, "", "", false, geojson.ErrNotFeature},
		{"null", `null`, "", "", false, geojson.ErrNotFeature},
		{"wrong type", `{"type":"Point","coordinates":[1,2]}`, ".type", `"Point"`, false, geojson.ErrNotFeature},
		{"no type", `{"id":"` + idB + `","geometry":null,"properties":null}`, "", "", false, geojson.ErrNotFeature},
		{"no geometry", `{"type":"Feature","id":"` + idB + `","properties":{}}`, "", "", false, geojson.ErrNotFeature},
		{"no properties", `{"type":"Feature","id":"` + idB + `","geometry":null}`, "", "", false, geojson.ErrNotFeature},
		{"repeated member", `{"type":"Feature","id":"` + idB + `","geometry":null,"geometry":null,"properties":{}}`, ".geometry", `null`, true, geojson.ErrNotFeature},
		{"properties not an object", `{"type":"Feature","id":"` + idB + `","geometry":null,"properties":[]}`, ".properties", `[]`, false, geojson.ErrNotFeature},
		{"polygon", `{"type":"Feature","id":"` + idB + `","geometry":{"type":"Polygon","coordinates":[]},"properties":{}}`, ".geometry.type", `"Polygon"`, false, geojson.ErrGeometry},
		{"geometry a string", `{"type":"Feature","id":"` + idB + `","geometry":"here","properties":{}}`, ".geometry", `"here"`, false, geojson.ErrGeometry},
		{"no coordinates", `{"type":"Feature","id":"` + idB + `","geometry":{"type":"Point"},"properties":{}}`, ".geometry", `{"type":"Point"}`, false, geojson.ErrGeometry},
		{"one coordinate", `{"type":"Feature","id":"` + idB + `","geometry":{"type":"Point","coordinates":[40.9]},"properties":{}}`, ".geometry.coordinates", `[40.9]`, false, geojson.ErrGeometry},
		{"four coordinates", `{"type":"Feature","id":"` + idB + `","geometry":{"type":"Point","coordinates":[40.9,34.4,1,2]},"properties":{}}`, ".geometry.coordinates[3]", `2]`, false, geojson.ErrGeometry},
		{"coordinate a string", `{"type":"Feature","id":"` + idB + `","geometry":{"type":"Point","coordinates":["40.9",34.4]},"properties":{}}`, ".geometry.coordinates[0]", `"40.9"`, false, geojson.ErrGeometry},
		{"nested coordinates", `{"type":"Feature","id":"` + idB + `","geometry":{"type":"Point","coordinates":[[40.9,34.4]]},"properties":{}}`, ".geometry.coordinates[0]", `[40.9`, false, geojson.ErrGeometry},
		{"longitude out of range", `{"type":"Feature","id":"` + idB + `","geometry":{"type":"Point","coordinates":[200,34.4]},"properties":{}}`, ".geometry.coordinates", `[200`, false, place.ErrLongitude},
		{"latitude out of range", `{"type":"Feature","id":"` + idB + `","geometry":{"type":"Point","coordinates":[40,-95]},"properties":{}}`, ".geometry.coordinates", `[40`, false, event.ErrBadPoint},
		{"huge coordinate", `{"type":"Feature","id":"` + idB + `","geometry":{"type":"Point","coordinates":[1e400,0]},"properties":{}}`, ".geometry.coordinates[0]", `1e400`, false, event.ErrBadPoint},
		{"no id", `{"type":"Feature","geometry":null,"properties":{}}`, "", "", false, event.ErrBadID},
		{"numeric id", `{"type":"Feature","id":7,"geometry":null,"properties":{}}`, ".id", `7`, false, event.ErrBadID},
		{"id not a UUID", `{"type":"Feature","id":"SYR78126","geometry":null,"properties":{}}`, ".id", `"SYR78126"`, false, event.ErrBadID},
		{"bad date", props(`"date_start":"2020-02-30","date_end":"2020-03-01"`), ".properties.date_start", `"2020-02-30"`, false, event.ErrBadDate},
		{"end before start", props(`"date_start":"2020-03-02","date_end":"2020-03-01"`), ".properties.date_end", `"2020-03-01"`, false, event.ErrDateOrder},
		{"no start, not open", props(`"date_end":"2020-03-01"`), ".properties.date_start", `"2020-03-01"`, false, event.ErrMissing},
		{"date given and open", props(`"date_start":"2020-03-01","date_end":"2020-03-01","date_open_end":true`), ".properties.date_end", `"2020-03-01"`, true, event.ErrBadDate},
		{"bad precision", props(`"date_start":"2020-03-01","date_end":"2020-03-01","date_precision":"fortnight"`), ".properties.date_precision", `"fortnight"`, false, event.ErrBadPrecision},
		{"date a number", props(`"date_start":20200301,"date_end":"2020-03-01"`), ".properties.date_start", `20200301`, false, event.ErrBadDate},
		{"malformed type", props(`"type":"Air strike"`), ".properties.type", `"Air strike"`, false, event.ErrUnknownType},
		{"title a number", props(`"title":5`), ".properties.title", `5}`, false, geojson.ErrBadProperty},
		{"repeated property", props(`"title":"a","notes":"b","title":"c"`), ".properties.title", `"c"`, false, geojson.ErrBadProperty},
		{"invalid UTF-8", props("\"title\":\"bad \xff\""), ".properties.title", "\xff", false, event.ErrBadText},
		{"bad place level", props(`"place":"x","place_level":"town"`), ".properties.place_level", `"town"`, false, place.ErrBadLevel},
		{"bad place ID", props(`"place_id":"Idlib City"`), ".properties.place_id", `"Idlib City"`, false, place.ErrBadID},
		{"bad admin level", props(`"admin":[{"level":"country","name":"Syria"},{"level":"province","name":"Idleb"}]`), ".properties.admin[1].level", `"province"`, false, place.ErrBadLevel},
		{"unknown admin member", props(`"admin":[{"level":"country","name":"Syria","colour":"red"}]`), ".properties.admin[0].colour", `"colour"`, false, geojson.ErrBadProperty},
		{"bad relation", props(`"relation":"inside"`), ".properties.relation", `"inside"`, false, place.ErrBadRelation},
		{"bad geo precision", props(`"geo_precision":"2"`), ".properties.geo_precision", `"2"`, false, place.ErrBadPrecision},
		{"bad role", props(`"actors":[{"role":"Perpetrator","name":"x"}]`), ".properties.actors[0].role", `"Perpetrator"`, false, event.ErrUnknownRole},
		{"actors an object", props(`"actors":{"perpetrator":["x"]}`), ".properties.actors", `{"perpetrator"`, false, geojson.ErrBadProperty},
		{"killed phrase", props(`"killed":"lots"`), ".properties.killed", `"lots"`, false, casualty.ErrBadPhrase},
		{"killed negative bound", props(`"killed_low":-1`), ".properties.killed_low", `-1`, false, casualty.ErrNegative},
		{"killed bound a string", props(`"killed_best":"3"`), ".properties.killed_best", `"3"`, false, geojson.ErrBadProperty},
		{"killed group", props(`"killed":"3","killed_group":"Civilians"`), ".properties.killed_group", `"Civilians"`, false, casualty.ErrUnknownGroup},
		{"sources not strings", props(`"sources":[1]`), ".properties.sources[0]", `1]`, false, geojson.ErrBadProperty},
		{"key without scheme", props(`"keys":["acled:SYR1","SYR78126"]`), ".properties.keys[1]", `"SYR78126"`, false, event.ErrBadID},
		{"tags a string", props(`"tags":"idlib"`), ".properties.tags", `"idlib"`, false, geojson.ErrBadProperty},
		{"embedded event null", props(`"event":null`), ".properties.event", `null`, true, geojson.ErrBadProperty},
		{"embedded event bad date", ev(`"type":"battles","when":{"start":"2019-02-30","end":"2019-03-01"}`), ".properties.event.when.start", `"2019-02-30"`, false, event.ErrBadDate},
		{"embedded event unknown member", ev(`"type":"battles","colour":"red"`), ".properties.event.colour", `"colour"`, false, event.ErrSyntax},
		{"embedded event bad point", ev(`"where":{"point":{"lat":91,"lon":0}}`), ".properties.event.where.point.lat", `91`, false, place.ErrLatitude},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := collection(point(idA), tc.feature, point(idC))
			r := geojson.NewReader(strings.NewReader(doc))
			first, err := r.Read()
			require.NoError(t, err)
			assert.Equal(t, event.DeriveID("geojson-test", "a"), first.ID)

			e, err := r.Read()
			require.Error(t, err)
			assert.Zero(t, e)
			assert.ErrorIs(t, err, tc.target)
			var pe *event.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, "features[1]"+tc.field, pe.Field)
			assert.Equal(t, tc.feature, string(pe.Record), "the feature verbatim")
			start := strings.Index(doc, tc.feature)
			off := start
			if tc.at != "" {
				i := strings.Index(tc.feature, tc.at)
				if tc.atLast {
					i = strings.LastIndex(tc.feature, tc.at)
				}
				require.GreaterOrEqual(t, i, 0)
				off += i
			}
			line, col := lineCol(doc, off)
			assert.Equal(t, line, pe.Line, "line")
			assert.Equal(t, col, pe.Column, "column")
			assert.Equal(t, int64(off), pe.Offset, "offset")
			assert.Contains(t, err.Error(), "features[1]")

			// The stream goes on.
			last, err := r.Read()
			require.NoError(t, err)
			assert.Equal(t, event.DeriveID("geojson-test", "c"), last.ID)
			_, err = r.Read()
			assert.Equal(t, io.EOF, err)
		})
	}
}

func TestReadFatal(t *testing.T) {
	good := point(idA)
	tests := []struct {
		name   string
		doc    string
		events int    // events read before the error
		field  string // of the error
		at     string // the error is at the first occurrence of at after the events; "" at the end of input
		target error
	}{
		{"empty", "", 0, "", "", event.ErrSyntax},
		{"white space", " \n ", 0, "", "", event.ErrSyntax},
		{"an array", `[]`, 0, "", `[]`, geojson.ErrNotCollection},
		{"a string", `"FeatureCollection"`, 0, "", `"Feature`, geojson.ErrNotCollection},
		{"a feature", good, 0, "type", `"Feature"`, geojson.ErrNotCollection},
		{"no features", `{"type":"FeatureCollection"}`, 0, "features", "", geojson.ErrNotCollection},
		{"no type", `{"features":[` + good + `]}`, 1, "type", "", geojson.ErrNotCollection},
		{"empty object", `{}`, 0, "type", "", geojson.ErrNotCollection},
		{"type after features", `{"features":[` + good + `],"type":"GeometryCollection"}`, 1, "type", `"GeometryCollection"`, geojson.ErrNotCollection},
		{"type twice", `{"type":"FeatureCollection","type":"FeatureCollection","features":[]}`, 0, "type", `"FeatureCollection","features"`, geojson.ErrNotCollection},
		{"features twice", `{"type":"FeatureCollection","features":[],"features":[]}`, 0, "features", `[]}`, geojson.ErrNotCollection},
		{"features an object", `{"type":"FeatureCollection","features":{}}`, 0, "features", `{}}`, geojson.ErrNotCollection},
		{"features null", `{"type":"FeatureCollection","features":null}`, 0, "features", `null`, geojson.ErrNotCollection},
		{"truncated feature", `{"type":"FeatureCollection","features":[` + good + `,{"type":"Feature",`, 1, "features[1]", "", event.ErrSyntax},
		{"truncated array", `{"type":"FeatureCollection","features":[` + good, 1, "features", "", event.ErrSyntax},
		{"truncated collection", `{"type":"FeatureCollection","features":[]`, 0, "", "", event.ErrSyntax},
		{"mismatched bracket", `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null]]}`, 0, "features[0]", `]]}`, event.ErrSyntax},
		{"missing comma", `{"type":"FeatureCollection","features":[` + good + " " + good + `]}`, 1, "features", `{"type":"Feature","id":"` + idA + `","geometry":{"type":"Point","coordinates":[36.72501,35.90403]},"properties":{"type":"armed-clash"}}]}`, event.ErrSyntax},
		{"trailing comma in features", `{"type":"FeatureCollection","features":[` + good + `,]}`, 1, "features[1]", `]}`, event.ErrSyntax},
		{"trailing comma in collection", `{"type":"FeatureCollection","features":[],}`, 0, "", `}`, event.ErrSyntax},
		{"unquoted member name", `{type:"FeatureCollection","features":[]}`, 0, "", `type`, event.ErrSyntax},
		{"missing colon", `{"type" "FeatureCollection","features":[]}`, 0, "type", `"FeatureCollection"`, event.ErrSyntax},
		{"broken foreign member", `{"type":"FeatureCollection","bbox":[1,2,,],"features":[]}`, 0, "bbox", `,],`, event.ErrSyntax},
		{"data after the end", `{"type":"FeatureCollection","features":[]} x`, 0, "", `x`, event.ErrSyntax},
		{"two documents", `{"type":"FeatureCollection","features":[]}{}`, 0, "", `{}`, event.ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := geojson.NewReader(strings.NewReader(tc.doc))
			for i := range tc.events {
				_, err := r.Read()
				require.NoError(t, err, "event %d", i)
			}
			_, err := r.Read()
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.target)
			var pe *event.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tc.field, pe.Field)
			off := len(tc.doc)
			if tc.at != "" {
				from := 0
				if tc.events > 0 {
					from = strings.Index(tc.doc, good) + len(good)
				}
				i := strings.Index(tc.doc[from:], tc.at)
				require.GreaterOrEqual(t, i, 0)
				off = from + i
			}
			line, col := lineCol(tc.doc, off)
			assert.Equal(t, line, pe.Line, "line")
			assert.Equal(t, col, pe.Column, "column")
			assert.Equal(t, int64(off), pe.Offset, "offset")
			// Fatal: the same error again, every time.
			_, again := r.Read()
			assert.Same(t, err, again)
			_, again = r.Read()
			assert.Same(t, err, again)
		})
	}
}

func TestReadPositionsAcrossLines(t *testing.T) {
	// CRLF line ends, a BOM, and the bad feature on line 4.
	doc := "\ufeff{\"type\":\"FeatureCollection\",\r\n\"features\":[\r\n" + point(idA) + ",\r\n" +
		"{\"type\":\"Feature\",\"id\":\"" + idB + "\",\r\n \"geometry\":null,\"properties\":{\"date_start\":\"2019-13-01\",\"date_end\":\"2019-12-01\"}}\r\n]}"
	r := geojson.NewReader(strings.NewReader(doc))
	_, err := r.Read()
	require.NoError(t, err)
	_, err = r.Read()
	var pe *event.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 5, pe.Line)
	assert.Equal(t, 1+len(` "geometry":null,"properties":{"date_start":`), pe.Column)
	assert.Equal(t, int64(strings.Index(doc, `"2019-13-01"`)), pe.Offset, "offsets count the BOM")
	assert.Equal(t, "features[1].properties.date_start", pe.Field)
	assert.ErrorIs(t, err, event.ErrBadDate)
	assert.Contains(t, string(pe.Record), "\r\n \"geometry\"", "the record is verbatim")
}

func TestReadTooLong(t *testing.T) {
	long := `{"type":"Feature","id":"` + idB + `","geometry":null,"properties":{"type":"armed-clash","notes":"` + strings.Repeat("x", 500) + `"}}`
	doc := collection(point(idA), long, point(idC))
	r := geojson.NewReader(strings.NewReader(doc))
	r.MaxRecordBytes = 300
	_, err := r.Read()
	require.NoError(t, err)
	_, err = r.Read()
	require.ErrorIs(t, err, event.ErrTooLong)
	var pe *event.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "features[1]", pe.Field)
	assert.Equal(t, long[:300], string(pe.Record), "the first MaxRecordBytes bytes")
	line, col := lineCol(doc, strings.Index(doc, long))
	assert.Equal(t, line, pe.Line)
	assert.Equal(t, col, pe.Column)
	e, err := r.Read()
	require.NoError(t, err, "a long feature is skipped, not fatal")
	assert.Equal(t, event.DeriveID("geojson-test", "c"), e.ID)
	_, err = r.Read()
	assert.Equal(t, io.EOF, err)

	// A feature exactly at the limit is read.
	r = geojson.NewReader(strings.NewReader(collection(long)))
	r.MaxRecordBytes = len(long)
	_, err = r.Read()
	require.NoError(t, err)

	// A long member outside the features ends the stream.
	doc = `{"type":"FeatureCollection","name":"` + strings.Repeat("n", 400) + `","features":[]}`
	r = geojson.NewReader(strings.NewReader(doc))
	r.MaxRecordBytes = 300
	_, err = r.Read()
	require.ErrorIs(t, err, event.ErrTooLong)
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "name", pe.Field)
	_, again := r.Read()
	assert.Same(t, err, again)
}

func TestReadDeepNesting(t *testing.T) {
	doc := `{"type":"FeatureCollection","features":[` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `,` + point(idA) + `]}`
	r := geojson.NewReader(strings.NewReader(doc))
	_, err := r.Read()
	require.ErrorIs(t, err, event.ErrSyntax)
	var pe *event.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "features[0]", pe.Field)
	assert.Equal(t, 41, pe.Column, "at the start of the feature")
	assert.Contains(t, err.Error(), "feature nests deeper than 10000")
	assert.Len(t, pe.Record, 40000, "the feature verbatim")
	e, err := r.Read()
	require.NoError(t, err, "the next feature is read")
	assert.Equal(t, event.DeriveID("geojson-test", "a"), e.ID)
	_, err = r.Read()
	assert.Equal(t, io.EOF, err)
	// Outside the features, deep nesting ends the stream.
	doc = `{"type":"FeatureCollection","bbox":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `,"features":[]}`
	_, err = geojson.NewReader(strings.NewReader(doc)).Read()
	require.ErrorIs(t, err, event.ErrSyntax)
	assert.Contains(t, err.Error(), `member "bbox" nests deeper than 10000`)
}

// errReader returns data, then err.
type errReader struct {
	data []byte
	err  error
}

func (r *errReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestReadIOError(t *testing.T) {
	doc := collection(point(idA), point(idB))
	cut := strings.Index(doc, point(idB)) + 10
	r := geojson.NewReader(&errReader{data: []byte(doc[:cut]), err: errDisk})
	_, err := r.Read()
	require.NoError(t, err)
	_, err = r.Read()
	require.ErrorIs(t, err, errDisk)
	var pe *event.ParseError
	assert.False(t, errors.As(err, &pe), "an I/O error is no parse error")
	_, again := r.Read()
	assert.ErrorIs(t, again, errDisk)
}

func TestReadEmptyCollection(t *testing.T) {
	for _, doc := range []string{
		`{"type":"FeatureCollection","features":[]}`,
		"\ufeff {\n\t\"features\" : [ ] ,\r\n \"type\" : \"FeatureCollection\" }\n\n",
		collection(),
	} {
		events, err := geojson.ReadAll(strings.NewReader(doc))
		require.NoError(t, err, "%q", doc)
		assert.Empty(t, events)
	}
}

func TestReaderAll(t *testing.T) {
	doc := `{"type":"FeatureCollection","features":[` + point(idA) + `,42,` + point(idB) + `,{"type":"Feature"` + `]}`
	var ids []string
	var errs []error
	for e, err := range geojson.NewReader(strings.NewReader(doc)).All() {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids = append(ids, e.ID.String())
	}
	assert.Equal(t, []string{idA, idB}, ids)
	require.Len(t, errs, 2, "a rejected feature, then the fatal error")
	assert.ErrorIs(t, errs[0], geojson.ErrNotFeature)
	assert.ErrorIs(t, errs[1], event.ErrSyntax)

	// Breaking out of the loop stops it.
	n := 0
	for range geojson.NewReader(strings.NewReader(doc)).All() {
		n++
		break
	}
	assert.Equal(t, 1, n)
}

func TestReadAllStopsAtFirstError(t *testing.T) {
	doc := collection(point(idA), `42`, point(idB))
	events, err := geojson.ReadAll(strings.NewReader(doc))
	require.ErrorIs(t, err, geojson.ErrNotFeature)
	require.Len(t, events, 1)
	assert.Equal(t, event.DeriveID("geojson-test", "a"), events[0].ID)
}

func TestReadEscapedNames(t *testing.T) {
	// Member names and type strings may be escaped; they mean the same.
	doc := `{"typ\u0065":"Feature\u0043ollection","features":[{"type":"\u0046eature","\u0069d":"` + idA +
		`","geometry":{"type":"Poin\u0074","coordinates":[36.72501,35.90403]},"properties":{"type":"armed-clash","t\u0069tle":"a\tb"}}]}`
	events, err := geojson.ReadAll(strings.NewReader(doc))
	require.NoError(t, err)
	require.Len(t, events, 1)
	assert.Equal(t, "a\tb", events[0].Title)
	assert.Equal(t, event.DeriveID("geojson-test", "a"), events[0].ID)
}
