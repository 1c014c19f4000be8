package event_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// fxDataset holds the fixture records and two events: events[0] is the July
// raid, events[1] the strike that follows it.
func fxDataset() *event.Dataset {
	d := event.NewDataset("US strike near Idlib city, 31 August 2019")
	d.Actors = fxActors()
	d.Places = fxPlaces()
	d.Sources = fxSources()
	d.Events = []event.Event{fxRaid(), fxStrike()}
	return d
}

func TestNewDataset(t *testing.T) {
	d := event.NewDataset("t")
	assert.Equal(t, &event.Dataset{Schema: "conflictkit/dataset/1", Title: "t"}, d)
	assert.Equal(t, "conflictkit/dataset/1", event.Schema)
}

func TestDatasetEvent(t *testing.T) {
	d := fxDataset()
	e, ok := d.Event(fxRaidID)
	require.True(t, ok)
	assert.Same(t, &d.Events[0], e, "Event returns a pointer into the dataset")
	_, ok = d.Event(uuid.Nil)
	assert.False(t, ok)
}

// TestDatasetRules applies one change per case to the valid fxDataset and
// checks the exact problems found.
func TestDatasetRules(t *testing.T) {
	aleppo := place.Unit{Level: place.LevelAdmin1, ID: "sy02", Code: "SY02", Name: "Aleppo"}
	tests := []struct {
		name   string
		mutate func(d *event.Dataset)
		want   []fxWant
	}{
		{"valid base", func(d *event.Dataset) {}, nil},

		// Schema.
		{"next major schema", func(d *event.Dataset) { d.Schema = "conflictkit/dataset/2" },
			[]fxWant{fxErr("schema", event.ErrSchema)}},
		{"no schema", func(d *event.Dataset) { d.Schema = "" }, []fxWant{fxErr("schema", event.ErrSchema)}},
		{"schema 10 is not 1.x", func(d *event.Dataset) { d.Schema = "conflictkit/dataset/10" },
			[]fxWant{fxErr("schema", event.ErrSchema)}},
		{"minor revision accepted", func(d *event.Dataset) { d.Schema = "conflictkit/dataset/1.1" }, nil},

		// Records' own problems.
		{"actor record problem", func(d *event.Dataset) { d.Actors[3].Name = "" },
			[]fxWant{fxErr("actors[3].name", actor.ErrNoName)}},
		{"source record problem", func(d *event.Dataset) { d.Sources[1].Country = "GBR" },
			[]fxWant{fxErr("sources[1].country", source.ErrBadCountry)}},
		{"place record problem", func(d *event.Dataset) { d.Places[5].Name = "" },
			[]fxWant{fxErr("places[5].name", place.ErrBadName)}},
		{"invalid place is reported once, not again where it is referred to", func(d *event.Dataset) { d.Places[7].Name = "" },
			[]fxWant{fxErr("places[7].name", place.ErrBadName)}},
		{"invalid place under an event is reported once", func(d *event.Dataset) { d.Places[4].Name = "" }, // idlib-city
			[]fxWant{fxErr("places[4].name", place.ErrBadName)}},
		{"invalid ancestor of an event's place is reported once", func(d *event.Dataset) { d.Places[2].Name = "" }, // sy0700
			[]fxWant{fxErr("places[2].name", place.ErrBadName)}},
		{"malformed participant actor ID: one problem, not also dangling", func(d *event.Dataset) { d.Events[1].Participants[1].Actor.ID = "Bad ID" },
			[]fxWant{fxErr("events[1].participants[1].actor.id", event.ErrBadID)}},
		{"unregistered participant actor kind: one problem, not also a mismatch", func(d *event.Dataset) { d.Events[1].Participants[1].Actor.Kind = "martians" },
			[]fxWant{fxErr("events[1].participants[1].actor.kind", actor.ErrUnknownKind)}},
		{"two actors without ID: one problem each, no duplicate", func(d *event.Dataset) {
			d.Actors = append(d.Actors, actor.Actor{Kind: actor.KindPerson, Name: "A"}, actor.Actor{Kind: actor.KindPerson, Name: "B"})
		}, []fxWant{fxErr(fmt.Sprintf("actors[%d].id", len(fxDataset().Actors)), actor.ErrBadID), fxErr(fmt.Sprintf("actors[%d].id", len(fxDataset().Actors)+1), actor.ErrBadID)}},

		// Duplicates.
		{"duplicate actor", func(d *event.Dataset) { d.Actors = append(d.Actors, d.Actors[0]) },
			[]fxWant{fxErr("actors[4].id", event.ErrDuplicate)}},
		{"duplicate place", func(d *event.Dataset) { d.Places = append(d.Places, d.Places[5]) },
			[]fxWant{fxErr("places[8].id", event.ErrDuplicate)}},
		{"duplicate source", func(d *event.Dataset) { d.Sources = append(d.Sources, d.Sources[2]) },
			[]fxWant{fxErr("sources[5].id", event.ErrDuplicate)}},
		{"duplicate event", func(d *event.Dataset) { d.Events = append(d.Events, d.Events[0]) },
			[]fxWant{fxErr("events[2].id", event.ErrDuplicate)}},

		// References between records.
		{"actor link to a missing actor", func(d *event.Dataset) { d.Actors[1].Links[0].Actor = "united-states" },
			[]fxWant{fxErr("actors[1].links[0].actor", event.ErrDangling)}},
		{"place parent missing", func(d *event.Dataset) { d.Places = append(d.Places[:6], d.Places[7]) }, // drops Turkey
			[]fxWant{fxErr("places[6].parent", event.ErrDangling)}},
		{"place within a missing area", func(d *event.Dataset) { d.Places[4].Within = []place.ID{"idlib-de-escalation-zone"} },
			[]fxWant{fxErr("places[4].within[0]", event.ErrDangling)}},
		{"source is a missing actor", func(d *event.Dataset) { d.Sources[4].Actor = "russian-defence-ministry" },
			[]fxWant{fxErr("sources[4].actor", event.ErrDangling)}},

		// Events' own problems, prefixed.
		{"event problem is prefixed", func(d *event.Dataset) {
			d.Events[1].When = event.When{Start: fxStrikeDay, End: date.New(2019, time.August, 30), Precision: event.DateDays}
		}, []fxWant{fxErr("events[1].when.end", event.ErrDateOrder)}},

		// References from events.
		{"participant actor missing", func(d *event.Dataset) { d.Events[1].Participants[1].Actor.ID = "ansar-al-tawhid" },
			[]fxWant{fxErr("events[1].participants[1].actor.id", event.ErrDangling)}},
		{"participant actor under an unknown name", func(d *event.Dataset) {
			d.Events[1].Participants[1].Actor.Name = "Guardians of Religion Organization"
		}, []fxWant{fxWarn("events[1].participants[1].actor.name", event.ErrMismatch)}},
		{"participant actor with the wrong kind", func(d *event.Dataset) {
			d.Events[1].Participants[1].Actor.Kind = actor.KindCivilians
		}, []fxWant{fxErr("events[1].participants[1].actor.kind", event.ErrMismatch)}},
		{"citation source under an unknown name", func(d *event.Dataset) {
			d.Events[1].Citations[0].Source.Name = "The Observatory"
		}, []fxWant{fxWarn("events[1].citations[0].source.name", event.ErrMismatch)}},
		{"place reference under an unknown name", func(d *event.Dataset) {
			d.Events[1].Where.Place.Name = "Edlib"
		}, []fxWant{fxWarn("events[1].where.place.name", event.ErrMismatch)}},
		{"participant actor under an alias", func(d *event.Dataset) { d.Events[1].Participants[1].Actor.Name = "Hurras al-Deen" }, nil},
		{"participant without actor ID is not resolved", func(d *event.Dataset) { d.Events[1].Participants[1].Actor.ID = "" }, nil},
		{"casualty party missing", func(d *event.Dataset) {
			d.Events[1].Casualties[0].Party = actor.Ref{ID: "ansar-al-tawhid", Name: "Ansar al-Tawhid"}
		}, []fxWant{fxErr("events[1].casualties[0].party.id", event.ErrDangling)}},
		{"claim about a missing actor", func(d *event.Dataset) { d.Events[1].Claims[0].About[0].ID = "ansar-al-tawhid" },
			[]fxWant{fxErr("events[1].claims[0].about[0].id", event.ErrDangling)}},
		{"place missing", func(d *event.Dataset) { d.Events[1].Where.Place.ID = "sarmin" },
			[]fxWant{fxErr("events[1].where.place.id", event.ErrDangling)}},
		{"unresolved place with a missing path unit", func(d *event.Dataset) {
			d.Events[1].Where.Place.ID = ""
			d.Events[1].Where.Place.Path[3].ID = "sy070006"
		}, []fxWant{fxErr("events[1].where.place.path[3].id", event.ErrDangling)}},
		{"Idlib city under Aleppo governorate", func(d *event.Dataset) { d.Events[1].Where.Place.Path[1] = aleppo },
			[]fxWant{fxErr("events[1].where.place.path[1].id", event.ErrAdminPath)}},
		{"path unit at the wrong level", func(d *event.Dataset) { d.Events[1].Where.Place.Path[3].Level = place.LevelAdmin4 },
			[]fxWant{fxErr("events[1].where.place.path[3].level", event.ErrAdminPath)}},
		{"path unit with the wrong code", func(d *event.Dataset) { d.Events[1].Where.Place.Path[2].Code = "SY0702" },
			[]fxWant{fxErr("events[1].where.place.path[2].code", event.ErrAdminPath)}},
		{"path unit without code or ID", func(d *event.Dataset) {
			d.Events[1].Where.Place.Path[2].Code = ""
			d.Events[1].Where.Place.Path[3].ID = ""
		}, nil},
		{"shorter path", func(d *event.Dataset) { d.Events[1].Where.Place.Path = d.Events[1].Where.Place.Path[:2] }, nil},
		{"place at the wrong level", func(d *event.Dataset) { d.Events[1].Where.Place.Level = place.LevelAdmin4 },
			[]fxWant{fxErr("events[1].where.place.level", event.ErrAdminPath)}},
		{"other place missing", func(d *event.Dataset) {
			d.Events[1].Where = event.BetweenPlaces(fxIdlibRef(), place.Ref{ID: "saraqib", Name: "Saraqib"}, place.PrecisionRegion)
		}, []fxWant{fxErr("events[1].where.other.id", event.ErrDangling)}},
		{"citation source missing", func(d *event.Dataset) {
			d.Events[1].Citations[1].Source = source.Ref{ID: "sana", Name: "Syrian Arab News Agency"}
		}, []fxWant{fxErr("events[1].citations[1].source.id", event.ErrDangling)}},
		{"citation via missing", func(d *event.Dataset) {
			d.Events[1].Citations[3].Via[1] = source.Ref{ID: "sana", Name: "Syrian Arab News Agency"}
		}, []fxWant{fxErr("events[1].citations[3].via[1].id", event.ErrDangling)}},
		{"citation reported from a missing place", func(d *event.Dataset) { d.Events[1].Citations[2].ReportedFrom = "antakya" },
			[]fxWant{fxErr("events[1].citations[2].reported_from", event.ErrDangling)}},
		{"citation author actor missing", func(d *event.Dataset) { d.Events[1].Citations[2].AuthorActor = "sam-heller" },
			[]fxWant{fxErr("events[1].citations[2].author_actor", event.ErrDangling)}},
		{"related event missing", func(d *event.Dataset) { d.Events = d.Events[1:] },
			[]fxWant{fxErr("events[0].related[0].event", event.ErrDangling)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := fxDataset()
			tc.mutate(d)
			fxAssertProblems(t, tc.want, fxValidator().Dataset(d))
		})
	}
}

func TestDatasetValidateZeroValidator(t *testing.T) {
	d := fxDataset()
	assert.Empty(t, d.Validate())
	d.Events[0].Casualties = append(d.Events[0].Casualties, event.Casualty{
		Figure: casualty.Figure{Outcome: casualty.Killed, Count: casualty.Estimate(3, 1, 5)}, Citation: "aj"})
	fxAssertProblems(t, []fxWant{fxWarn("events[0].casualties[0].count", event.ErrCountOrder)}, d.Validate())
}

// TestDatasetPlaceCycle: parent links that loop are reported on every place
// of the loop, and a reference to a place below the loop cannot be checked.
func TestDatasetPlaceCycle(t *testing.T) {
	d := fxDataset()
	d.Places[1].Parent = "sy070000" // Idleb governorate inside its own sub-district
	ps := fxValidator().Dataset(d)
	for _, path := range []string{"places[1].parent", "places[2].parent", "places[3].parent", "places[4].parent"} {
		assert.True(t, ps.Has(path, event.ErrAdminPath), "want ErrAdminPath at %s in %v", path, ps)
	}
	assert.True(t, ps.Has("events[1].where.place", event.ErrAdminPath), "%v", ps)
	assert.Empty(t, ps.Warnings())
}

func TestDatasetEmpty(t *testing.T) {
	assert.Empty(t, fxValidator().Dataset(event.NewDataset("")))
	fxAssertProblems(t, []fxWant{fxErr("schema", event.ErrSchema)}, fxValidator().Dataset(&event.Dataset{}))
}

// A record's own problem carries the model package's sentinel itself as
// Code, and its message does not repeat the path.
func TestDatasetRecordProblemCode(t *testing.T) {
	d := fxDataset()
	d.Sources[1].Country = "GBR"
	ps := d.Validate()
	require.Len(t, ps, 1)
	assert.Equal(t, "sources[1].country", ps[0].Path)
	assert.Same(t, source.ErrBadCountry, ps[0].Code)
	assert.Equal(t, `"GBR": invalid country code: canonical form is "GB"`, ps[0].Message)
}

// The one-sided-violence rule resolves a target's kind from the dataset's
// record when the reference does not carry it.
func TestDatasetCivilianTargetKindFromRecord(t *testing.T) {
	d := fxDataset()
	d.Actors = append(d.Actors, actor.Actor{ID: "civilians-syria", Kind: actor.KindCivilians, Name: "Civilians (Syria)"})
	e := &d.Events[1]
	e.Type = event.Attack
	e.Casualties = nil
	e.Participants = []event.Participant{{Actor: actor.Ref{ID: "civilians-syria", Name: "Civilians (Syria)"}, Role: event.Target}}

	alone := e.Validate()
	assert.True(t, alone.Has("participants", event.ErrNoTarget), "without the record the kind is unknown: %v", alone)
	assert.Empty(t, d.Validate(), "the record says civilians")
}
