package geojson_test

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/geojson"
	"github.com/conflictkit/conflict/place"
)

// The first row of the ACLED sample: an air strike near Al-Bukamal.
func exampleEvent() event.Event {
	e := event.FromKey(event.AirDroneStrike, event.Key{Scheme: "acled", Value: "SYR78126"})
	e.When = event.On(date.New(2020, time.May, 9))
	e.Where = event.Near(place.Ref{Name: "Al-Bukamal", Level: place.LevelLocality}, place.PrecisionNear).
		At(place.MustPoint(34.4546, 40.9116))
	e.Count(casualty.NewFigure(casualty.Killed, "", casualty.Exactly(0)), "")
	return e
}

func ExampleNewWriter() {
	w := geojson.NewWriter(os.Stdout)
	w.Full = false // flat properties only: a map layer

	located := exampleEvent()
	unlocated := event.FromKey(event.Protests, event.Key{Scheme: "acled", Value: "SYR78192"})
	for _, e := range []event.Event{located, unlocated} {
		if err := w.Write(e); err != nil {
			fmt.Println(err)
		}
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(w.Summary())
	// Output:
	// {"type":"FeatureCollection","features":[
	// {"type":"Feature","id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","geometry":{"type":"Point","coordinates":[40.9116,34.4546]},"properties":{"type":"air-drone-strike","type_label":"Air/drone strike","type_parent":"explosions-remote-violence","type_parent_label":"Explosions/Remote violence","disorder":["political-violence"],"disorder_label":"Political violence","date_start":"2020-05-09","date_end":"2020-05-09","date_precision":"day","place":"Al-Bukamal","place_level":"locality","relation":"near","geo_precision":"near","geo_precision_acled":2,"geo_precision_ucdp":2,"killed":"0","killed_low":0,"killed_best":0,"killed_high":0,"killed_group":"people","keys":["acled:SYR78126"]}}
	// ]}
	// wrote 1 feature; skipped 1 event without a point
}

func ExampleNewReader() {
	doc := `{"type": "FeatureCollection", "features": [
  {"type": "Feature", "id": "ce58a2d3-27d1-546c-8b01-4e01a6572b53",
   "geometry": {"type": "Point", "coordinates": [40.9116, 34.4546]},
   "properties": {"type": "air-drone-strike", "date_start": "2020-05-09", "date_end": "2020-05-09",
                  "date_precision": "day", "place": "Al-Bukamal", "killed": "0", "colour": "red"}},
  {"type": "Feature", "id": "not-a-uuid", "geometry": null, "properties": {}}
]}`
	r := geojson.NewReader(strings.NewReader(doc))
	for e, err := range r.All() {
		if err != nil {
			fmt.Println("rejected:", err)
			continue
		}
		fmt.Println(e.ID, e.Type, e.When, e.Where.Place.Name, *e.Where.Point, e.Casualties[0].Figure)
	}
	// Output:
	// ce58a2d3-27d1-546c-8b01-4e01a6572b53 air-drone-strike 2020-05-09 Al-Bukamal 34.4546,40.9116 0 people killed
	// rejected: event: line 6, column 29, field "features[1].id": geojson: invalid identifier: id "not-a-uuid" is not a UUID string
}

func ExampleReadAll() {
	// With Full (the default) the reader gives back exactly the events
	// written.
	var buf bytes.Buffer
	w := geojson.NewWriter(&buf)
	e := exampleEvent()
	if err := w.Write(e); err != nil {
		fmt.Println(err)
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	events, err := geojson.ReadAll(&buf)
	fmt.Println(len(events), err, reflect.DeepEqual(events[0], e))
	// Output:
	// 1 <nil> true
}

func ExampleReader_Warnings() {
	// A feature whose point was moved in a map editor: the embedded event
	// wins, and the reader says so.
	var buf bytes.Buffer
	w := geojson.NewWriter(&buf)
	if err := w.Write(exampleEvent()); err != nil {
		fmt.Println(err)
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	doc := strings.Replace(buf.String(), "[40.9116,34.4546]", "[40.92,34.45]", 1)

	r := geojson.NewReader(strings.NewReader(doc))
	e, err := r.Read()
	fmt.Println(*e.Where.Point, err)
	for _, p := range r.Warnings() {
		fmt.Println(p)
	}
	// Output:
	// 34.4546,40.9116 <nil>
	// features[0].geometry: warning: geometry at 34.45,40.92, embedded event at 34.4546,40.9116
}

func ExampleReader_Line() {
	// Line names the record of each warning and each rejected feature; a
	// feature with broken JSON is rejected alone.
	doc := `{"type": "FeatureCollection", "features": [
  {"type": "Feature", "id": "ce58a2d3-27d1-546c-8b01-4e01a6572b53",
   "geometry": {"type": "Point", "coordinates": [0, 0]}, "properties": {"type": "battles"}},
  {"type": "Feature", "id": "ce58a2d3-27d1-546c-8b01-4e01a6572b53",
   "geometry": {"type": "Point", "coordinates": [NaN, 0]}, "properties": {"type": "battles"}},
  {"type": "Feature", "id": "ce58a2d3-27d1-546c-8b01-4e01a6572b53",
   "geometry": {"type": "Point", "coordinates": [40.9116, 34.4546]}, "properties": {"type": "battles"}}
]}`
	r := geojson.NewReader(strings.NewReader(doc))
	for e, err := range r.All() {
		switch {
		case err != nil:
			fmt.Println("line", r.Line(), "rejected:", err)
		case len(r.Warnings()) > 0:
			fmt.Println("line", r.Line(), r.Warnings()[0])
		default:
			fmt.Println("line", r.Line(), *e.Where.Point)
		}
	}
	// Output:
	// line 2 features[0].geometry.coordinates: warning: point is exactly (0, 0), which almost always stands for missing coordinates
	// line 4 rejected: event: line 5, column 50, field "features[1]": geojson: malformed JSON: invalid character 'N' looking for beginning of value
	// line 6 34.4546,40.9116
}
