package event_test

import (
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
)

// fxGazetteer is a small gazetteer with points from REFERENCE.md §6.4.
func fxGazetteer(t *testing.T) *place.Gazetteer {
	t.Helper()
	sy := place.MustCountry("SY")
	pcode := func(v string) []place.Code { return []place.Code{{Scheme: place.SchemePCode, Value: v}} }
	idlib, saraqib := place.MustPoint(35.93062, 36.63393), place.MustPoint(35.86447, 36.80591)
	g, err := place.NewGazetteer(
		place.Place{ID: "syria", Level: place.LevelCountry, Name: "Syria", Country: sy},
		place.Place{ID: "sy02", Level: place.LevelAdmin1, Name: "Aleppo", Parent: "syria", Country: sy, Codes: pcode("SY02")},
		place.Place{ID: "sy07", Level: place.LevelAdmin1, Name: "Idleb", Parent: "syria", Country: sy, Codes: pcode("SY07")},
		place.Place{ID: "sy0700", Level: place.LevelAdmin2, Name: "Idleb", Parent: "sy07", Country: sy, Codes: pcode("SY0700")},
		place.Place{ID: "sy070000", Level: place.LevelAdmin3, Name: "Idleb", Parent: "sy0700", Country: sy, Codes: pcode("SY070000")},
		place.Place{ID: "idlib-city", Level: place.LevelLocality, Name: "Idlib", Parent: "sy070000", Country: sy, Point: &idlib},
		place.Place{ID: "saraqib", Level: place.LevelLocality, Name: "Saraqib", Parent: "sy0700", Country: sy, Point: &saraqib},
	)
	require.NoError(t, err)
	return g
}

func TestCheckPlaces(t *testing.T) {
	unit := func(l place.Level, id place.ID, code, name string) place.Unit {
		return place.Unit{Level: l, ID: id, Code: code, Name: name}
	}
	path := func(admin1 place.Unit) []place.Unit {
		return []place.Unit{
			unit(place.LevelCountry, "syria", "SY", "Syria"), admin1,
			unit(place.LevelAdmin2, "sy0700", "SY0700", "Idleb"), unit(place.LevelAdmin3, "sy070000", "SY070000", "Idleb"),
		}
	}
	idleb := unit(place.LevelAdmin1, "sy07", "SY07", "Idleb")
	at := func(lat, lon float64) *place.Point { p := place.MustPoint(lat, lon); return &p }
	tests := []struct {
		name     string
		where    event.Where
		problems []string // path: code
	}{
		{name: "agrees", where: event.Where{Place: place.Ref{ID: "idlib-city", Name: "Idlib", Level: place.LevelLocality, Path: path(idleb)},
			Point: at(35.93062, 36.63393)}},
		{name: "a unit inside the wrong governorate", where: event.Where{Place: place.Ref{ID: "idlib-city", Name: "Idlib", Level: place.LevelLocality,
			Path: path(unit(place.LevelAdmin1, "sy02", "SY02", "Aleppo"))}},
			problems: []string{"where.place.path[2].id: admin path"}},
		{name: "a P-code naming another place than the ID", where: event.Where{Place: place.Ref{ID: "idlib-city", Name: "Idlib", Level: place.LevelLocality,
			Path: path(unit(place.LevelAdmin1, "sy07", "SY02", "Idleb"))}},
			problems: []string{"where.place.path[1].code: admin path"}},
		{name: "codes alone are checked too", where: event.Where{Place: place.Ref{Name: "Idlib", Level: place.LevelLocality,
			Path: []place.Unit{unit(place.LevelAdmin1, "", "SY02", "Aleppo"), unit(place.LevelAdmin2, "", "SY0700", "Idleb")}}},
			problems: []string{"where.place.path[1].id: admin path"}},
		{name: "the place outside its path", where: event.Where{Place: place.Ref{ID: "saraqib", Name: "Saraqib", Level: place.LevelLocality, Path: path(idleb)}},
			problems: []string{"where.place.id: admin path"}},
		{name: "a point in Damascus for Idlib city", where: event.Where{Place: place.Ref{ID: "idlib-city", Name: "Idlib", Level: place.LevelLocality, Path: path(idleb)},
			Point: at(33.5102, 36.29128)},
			problems: []string{"where.point: far"}},
		{name: "Saraqib's point, about 17 km from Idlib city, is near enough", where: event.Where{Place: place.Ref{ID: "idlib-city", Name: "Idlib", Level: place.LevelLocality, Path: path(idleb)},
			Point: at(35.86447, 36.80591)}},
		{name: "a place that names its deepest unit (UCDP, coded to the country)", where: event.Where{Place: place.Ref{ID: "syria", Name: "Syria",
			Path: []place.Unit{unit(place.LevelCountry, "syria", "SY", "Syria")}}}},
		{name: "a town that carries its sub-district's ID", where: event.Where{Place: place.Ref{ID: "sy070000", Name: "Idlib", Level: place.LevelLocality, Path: path(idleb)}},
			problems: []string{"where.place.id: admin path"}},
		{name: "unknown IDs are the user's own", where: event.Where{Place: place.Ref{ID: "my-village", Name: "My village", Level: place.LevelLocality,
			Path: []place.Unit{unit(place.LevelAdmin1, "my-province", "", "Mine")}}, Point: at(0.5, 0.5)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := event.New(event.AirDroneStrike)
			e.When = event.On(date.New(2019, time.August, 31))
			e.Where = tc.where
			var got []string
			for _, p := range (event.Validator{Places: fxGazetteer(t)}).Event(&e) {
				switch {
				case assert.ObjectsAreEqual(event.ErrAdminPath, p.Code):
					got = append(got, p.Path+": admin path")
					assert.Equal(t, event.Error, p.Severity)
				case assert.ObjectsAreEqual(event.ErrFarAway, p.Code):
					got = append(got, p.Path+": far")
					assert.Equal(t, event.Warning, p.Severity)
				}
			}
			assert.Equal(t, tc.problems, got)
		})
	}
}
