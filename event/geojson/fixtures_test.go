package geojson_test

import (
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// bukamalKey is the key of the first row of shared/data/acled_sample.csv.
var bukamalKey = event.Key{Scheme: "acled", Value: "SYR78126"}

// bukamal is that row, modelled by hand: an air/drone strike near
// Al-Bukamal (Deir-ez-Zor, Abu Kamal) on 9 May 2020, 34.4546 N 40.9116 E,
// geo_precision 2, by Unidentified Military Forces on the Military Forces of
// Iran (both inter 8), source Liveuamap, fatalities 0. The admin1 P-code
// SY09 is from REFERENCE.md §6.1; ACLED gives no codes for the district and
// sub-district, so they have none.
func bukamal() event.Event {
	e := event.FromKey(event.AirDroneStrike, bukamalKey)
	e.When = event.On(date.New(2020, time.May, 9))
	e.Where = event.Near(place.Ref{Name: "Al-Bukamal", Level: place.LevelLocality, Path: []place.Unit{
		{Level: place.LevelCountry, Code: "SY", Name: "Syria"},
		{Level: place.LevelAdmin1, Code: "SY09", Name: "Deir-ez-Zor"},
		{Level: place.LevelAdmin2, Name: "Abu Kamal"},
		{Level: place.LevelAdmin3, Name: "Abu Kamal"},
	}}, place.PrecisionNear).At(place.MustPoint(34.4546, 40.9116))
	e.Involve(actor.Ref{Name: "Unidentified Military Forces", Kind: actor.KindExternalOther}, event.Perpetrator)
	e.Involve(actor.Ref{Name: "Military Forces of Iran (1989-)", Kind: actor.KindExternalOther}, event.Target)
	e.Cite(source.Citation{ID: "liveuamap", Source: source.Ref{ID: "liveuamap", Name: "Liveuamap"}})
	e.Count(casualty.NewFigure(casualty.Killed, "", casualty.Exactly(0)), "liveuamap")
	e.Notes = "On 9 May 2020, unidentified warplanes reportedly carried out airstrikes on an Iranian site near al-Bukamal in Deir-ez-Zor. Neither fatalities nor injuries were reported."
	return e
}

// bukamalProps is the flat properties of bukamal, written out by hand from
// the property table in doc.go.
const bukamalProps = `{"type":"air-drone-strike","type_label":"Air/drone strike",` +
	`"type_parent":"explosions-remote-violence","type_parent_label":"Explosions/Remote violence",` +
	`"disorder":["political-violence"],"disorder_label":"Political violence",` +
	`"date_start":"2020-05-09","date_end":"2020-05-09","date_precision":"day",` +
	`"place":"Al-Bukamal","place_level":"locality","relation":"near",` +
	`"admin":[{"level":"country","code":"SY","name":"Syria"},{"level":"admin1","code":"SY09","name":"Deir-ez-Zor"},` +
	`{"level":"admin2","name":"Abu Kamal"},{"level":"admin3","name":"Abu Kamal"}],` +
	`"country":"Syria","country_code":"SY","admin1":"Deir-ez-Zor","admin1_code":"SY09","admin2":"Abu Kamal","admin3":"Abu Kamal",` +
	`"geo_precision":"near","geo_precision_acled":2,"geo_precision_ucdp":2,` +
	`"actors":[{"role":"perpetrator","name":"Unidentified Military Forces","kind":"external-other"},` +
	`{"role":"target","name":"Military Forces of Iran (1989-)","kind":"external-other"}],` +
	`"perpetrator":"Unidentified Military Forces","target":"Military Forces of Iran (1989-)",` +
	`"killed":"0","killed_low":0,"killed_best":0,"killed_high":0,"killed_group":"people",` +
	`"sources":["Liveuamap"],` +
	`"notes":"On 9 May 2020, unidentified warplanes reportedly carried out airstrikes on an Iranian site near al-Bukamal in Deir-ez-Zor. Neither fatalities nor injuries were reported.",` +
	`"keys":["acled:SYR78126"]}`

// bukamalFeature is the whole flat feature of bukamal.
func bukamalFeature() string {
	return `{"type":"Feature","id":"` + bukamalKey.ID().String() + `",` +
		`"geometry":{"type":"Point","coordinates":[40.9116,34.4546]},` +
		`"properties":` + bukamalProps + `}`
}

// collection wraps features, one per line, in a FeatureCollection as the
// Writer lays it out.
func collection(features ...string) string {
	if len(features) == 0 {
		return "{\"type\":\"FeatureCollection\",\"features\":[\n]}\n"
	}
	return "{\"type\":\"FeatureCollection\",\"features\":[\n" + strings.Join(features, ",\n") + "\n]}\n"
}

// Feature IDs for hand-written features: IDs derived from made-up keys of
// a test scheme, so that they are valid UUIDs that name nothing real.
var (
	idA = event.DeriveID("geojson-test", "a").String()
	idB = event.DeriveID("geojson-test", "b").String()
	idC = event.DeriveID("geojson-test", "c").String()
)

// point is a minimal flat feature at a REFERENCE.md §6.4 town.
func point(id string) string {
	return `{"type":"Feature","id":"` + id + `","geometry":{"type":"Point","coordinates":[36.72501,35.90403]},"properties":{"type":"armed-clash"}}`
}
