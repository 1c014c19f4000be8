package event_test

import (
	"sync"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
)

// fxResolver resolves against a small hand-made gazetteer and catalogue, so
// that the test does not depend on the embedded data.
func fxResolver(t *testing.T, follow bool) *event.Resolver {
	t.Helper()
	sy := place.MustCountry("SY")
	pcode := func(v string) []place.Code { return []place.Code{{Scheme: place.SchemePCode, Value: v}} }
	g, err := place.NewGazetteer(
		place.Place{ID: "syria", Level: place.LevelCountry, Name: "Syria", Country: sy,
			Codes: []place.Code{{Scheme: place.SchemeISOCountry, Value: "SY"}}},
		place.Place{ID: "sy07", Level: place.LevelAdmin1, Name: "Idleb", Parent: "syria", Country: sy, Codes: pcode("SY07"),
			Names: []place.Name{{Text: "Idlib", Lang: language.English}}},
		place.Place{ID: "sy0700", Level: place.LevelAdmin2, Name: "Idleb", Parent: "sy07", Country: sy, Codes: pcode("SY0700")},
		place.Place{ID: "sy070000", Level: place.LevelAdmin3, Name: "Idleb", Parent: "sy0700", Country: sy, Codes: pcode("SY070000")},
		place.Place{ID: "idlib-city", Level: place.LevelLocality, Name: "Idlib", Parent: "sy070000", Country: sy},
	)
	require.NoError(t, err)
	reg, err := actor.NewRegistry(
		actor.Actor{ID: "jabhat-fateh-al-sham", Kind: actor.KindRebelGroup, Name: "Jabhat Fateh al-Sham",
			Founded: actor.MustParseDate("2016-07-28"), Dissolved: actor.MustParseDate("2017-01-28"),
			Links: []actor.Link{{Kind: actor.LinkMergedInto, Actor: "hts", From: actor.MustParseDate("2017-01-28")}}},
		actor.Actor{ID: "hts", Kind: actor.KindRebelGroup, Name: "Hay'at Tahrir al-Sham", Founded: actor.MustParseDate("2017-01-28"),
			Identifiers: []actor.Identifier{{Scheme: actor.SchemeACLED, Value: "HTS: Hayat Tahrir al Sham"}}},
	)
	require.NoError(t, err)
	return &event.Resolver{Places: g, Actors: reg, FollowSuccession: follow}
}

// fxFlat is an event as a flat format gives it: names, no IDs.
func fxFlat(day date.Date, actorName, locality string) event.Event {
	e := event.New(event.AirDroneStrike)
	e.When = event.On(day)
	e.Where = event.In(place.Ref{Name: locality, Level: place.LevelLocality, Path: []place.Unit{
		{Level: place.LevelArea, Name: "Middle East"},
		{Level: place.LevelCountry, Code: "SY", Name: "Syria"},
		{Level: place.LevelAdmin1, Name: "Idlib"},
		{Level: place.LevelAdmin2, Name: "Idleb"},
		{Level: place.LevelAdmin3, Name: "Idleb"},
	}}, place.PrecisionExact)
	e.Participants = []event.Participant{{Actor: actor.Ref{Name: actorName, Kind: actor.KindRebelGroup}, Role: event.Perpetrator}}
	return e
}

func TestResolver(t *testing.T) {
	y2016, y2018 := date.New(2016, time.September, 1), date.New(2018, time.May, 1)
	tests := []struct {
		name     string
		follow   bool
		event    event.Event
		actorID  actor.ID
		placeID  place.ID
		problems []string // "path: code" of the warnings
	}{
		{name: "the ACLED string, the admin path by name", event: fxFlat(y2018, "HTS: Hayat Tahrir al Sham", "Idlib"),
			actorID: "hts", placeID: "idlib-city"},
		{name: "a predecessor's name in its own time", event: fxFlat(y2016, "Jabhat Fateh al-Sham", "Idlib"),
			actorID: "jabhat-fateh-al-sham", placeID: "idlib-city"},
		{name: "a predecessor's name later, not followed: kept, out of period", event: fxFlat(y2018, "Jabhat Fateh al-Sham", "Idlib"),
			actorID: "jabhat-fateh-al-sham", placeID: "idlib-city", problems: []string{"participants[0].actor: " + event.ErrOutOfPeriod.Error()}},
		{name: "a name before the actor existed", event: fxFlat(date.New(2010, time.January, 1), "HTS: Hayat Tahrir al Sham", "Idlib"),
			actorID: "hts", placeID: "idlib-city", problems: []string{"participants[0].actor: " + event.ErrOutOfPeriod.Error()}},
		{name: "a predecessor's name later, followed", follow: true, event: fxFlat(y2018, "Jabhat Fateh al-Sham", "Idlib"),
			actorID: "hts", placeID: "idlib-city"},
		{name: "unknown actor and village are reported, the rest resolves", event: fxFlat(y2018, "Liwa Unknown", "Kafr Nowhere"),
			problems: []string{"where.place: " + event.ErrUnresolved.Error(), "participants[0].actor: " + event.ErrUnresolved.Error()}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := fxResolver(t, tc.follow)
			for range 2 { // the second time from the cache
				e := tc.event
				e.Where.Place.Path = append([]place.Unit(nil), tc.event.Where.Place.Path...)
				e.Participants = append([]event.Participant(nil), tc.event.Participants...)
				ps := r.Resolve(&e)
				var paths []string
				for _, p := range ps {
					assert.Equal(t, event.Warning, p.Severity)
					paths = append(paths, p.Path+": "+p.Code.Error())
				}
				assert.Equal(t, tc.problems, paths)
				assert.Equal(t, tc.actorID, e.Participants[0].Actor.ID)
				assert.Equal(t, tc.event.Participants[0].Actor.Name, e.Participants[0].Actor.Name, "the name stays as given")
				assert.Equal(t, tc.placeID, e.Where.Place.ID)
				want := []place.Unit{
					{Level: place.LevelArea, Name: "Middle East"},
					{Level: place.LevelCountry, ID: "syria", Code: "SY", Name: "Syria"},
					{Level: place.LevelAdmin1, ID: "sy07", Code: "SY07", Name: "Idlib"},
					{Level: place.LevelAdmin2, ID: "sy0700", Code: "SY0700", Name: "Idleb"},
					{Level: place.LevelAdmin3, ID: "sy070000", Code: "SY070000", Name: "Idleb"},
				}
				assert.Equal(t, want, e.Where.Place.Path, "IDs and P-codes filled in, names kept")
			}
		})
	}
}

func TestResolverLeavesIDsAlone(t *testing.T) {
	r := fxResolver(t, false)
	e := fxFlat(date.New(2018, time.May, 1), "HTS: Hayat Tahrir al Sham", "Idlib")
	e.Participants[0].Actor.ID = "someone-else"
	e.Where.Place.ID = "elsewhere"
	assert.Empty(t, r.Resolve(&e))
	assert.Equal(t, actor.ID("someone-else"), e.Participants[0].Actor.ID)
	assert.Equal(t, place.ID("elsewhere"), e.Where.Place.ID)
}

// TestResolverPlaceIsItsUnit: UCDP codes some rows to a country or
// governorate, naming it as the place and as the last unit of the path.
func TestResolverPlaceIsItsUnit(t *testing.T) {
	syria := place.Unit{Level: place.LevelCountry, Code: "SY", Name: "Syria"}
	idlib := place.Unit{Level: place.LevelAdmin1, Name: "Idlib"}
	tests := []struct {
		name     string
		ref      place.Ref
		want     place.ID
		problems []string
	}{
		{name: "the country", ref: place.Ref{Name: "Syria", Path: []place.Unit{syria}}, want: "syria"},
		{name: "the governorate, its level given", ref: place.Ref{Name: "Idlib", Level: place.LevelAdmin1, Path: []place.Unit{syria, idlib}}, want: "sy07"},
		{name: "a town inside comes first", ref: place.Ref{Name: "Idlib", Path: []place.Unit{syria, idlib}}, want: "idlib-city"},
		{name: "another level is not the unit", ref: place.Ref{Name: "Idlib", Level: place.LevelAdmin3, Path: []place.Unit{syria, idlib}},
			problems: []string{"where.place"}},
		{name: "another name is not the unit", ref: place.Ref{Name: "Kafr Nowhere", Path: []place.Unit{syria, idlib}},
			problems: []string{"where.place"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := event.New(event.AirDroneStrike)
			e.Where.Place = tc.ref
			e.Where.Place.Path = append([]place.Unit(nil), tc.ref.Path...)
			var paths []string
			for _, p := range fxResolver(t, false).Resolve(&e) {
				assert.ErrorIs(t, p, event.ErrUnresolved)
				paths = append(paths, p.Path)
			}
			assert.Equal(t, tc.problems, paths)
			assert.Equal(t, tc.want, e.Where.Place.ID)
			assert.Equal(t, tc.ref.Name, e.Where.Place.Name)
		})
	}
}

func TestResolverAppendResolve(t *testing.T) {
	earlier := event.Problem{Path: "notes", Code: event.ErrUnresolved, Severity: event.Warning, Message: "a reader's own warning"}
	tests := []struct {
		name   string
		actors int // participants, all unknown but the first
		dst    event.Problems
		want   []string
	}{
		{name: "nothing to report, nil stays nil", actors: 1, want: nil},
		{name: "appended after the reader's warnings", actors: 2, dst: event.Problems{earlier},
			want: []string{"notes", "participants[1].actor"}},
		{name: "paths past the prebuilt ones", actors: 11, want: []string{
			"participants[1].actor", "participants[2].actor", "participants[3].actor", "participants[4].actor", "participants[5].actor",
			"participants[6].actor", "participants[7].actor", "participants[8].actor", "participants[9].actor", "participants[10].actor"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := fxResolver(t, false)
			e := fxFlat(date.New(2018, time.May, 1), "HTS: Hayat Tahrir al Sham", "Idlib")
			for i := 1; i < tc.actors; i++ {
				e.Participants = append(e.Participants, event.Participant{Actor: actor.Ref{Name: "Liwa Unknown"}, Role: event.Target})
			}
			ps := r.AppendResolve(tc.dst, &e)
			var paths []string
			for _, p := range ps {
				paths = append(paths, p.Path)
			}
			assert.Equal(t, tc.want, paths)
			if tc.want == nil {
				assert.Nil(t, ps)
			}
			assert.Equal(t, actor.ID("hts"), e.Participants[0].Actor.ID)
		})
	}
}

func TestResolverConcurrent(t *testing.T) {
	// One Resolver, following successions, asked from many goroutines about
	// one name on dates either side of the merger: each answer must be the
	// one for its own date, whatever the cache holds from the others.
	r := fxResolver(t, true)
	days := []struct {
		day  date.Date
		want actor.ID
	}{
		{date.New(2016, time.September, 1), "jabhat-fateh-al-sham"},
		{date.New(2017, time.March, 1), "hts"},
		{date.New(2018, time.May, 1), "hts"},
	}
	var wg sync.WaitGroup
	for i := range 12 {
		wg.Go(func() {
			d := days[i%len(days)]
			for range 200 {
				e := fxFlat(d.day, "Jabhat Fateh al-Sham", "Idlib")
				r.Resolve(&e)
				if e.Participants[0].Actor.ID != d.want {
					t.Errorf("on %s: %q, want %q", d.day, e.Participants[0].Actor.ID, d.want)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestDefaultResolver(t *testing.T) {
	// The embedded catalogues know the sample's places and actors (their
	// own tests list them); this checks the wiring on one ACLED-like event.
	e := fxFlat(date.New(2019, time.August, 31), "HTS: Hayat Tahrir al Sham", "Idlib")
	ps := event.DefaultResolver().Resolve(&e)
	assert.Empty(t, ps)
	assert.Equal(t, actor.ID("hts"), e.Participants[0].Actor.ID)
	assert.Equal(t, place.ID("idlib-city"), e.Where.Place.ID)
	assert.Equal(t, "SY07", e.Where.Place.Path[2].Code)
}
