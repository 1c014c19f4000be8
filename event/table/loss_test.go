package table

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// problemPaths returns the paths of the problems with the code, checking
// that each is a warning.
func problemPaths(t *testing.T, ps event.Problems, code error) []string {
	t.Helper()
	var out []string
	for _, p := range ps {
		if errors.Is(p.Code, code) {
			out = append(out, p.Path)
			assert.Equal(t, event.Warning, p.Severity, p.Path)
		}
	}
	return out
}

// TestWideLosses gives an event that the wide table holds whole one fact at
// a time that it drops.
func TestWideLosses(t *testing.T) {
	base := func() event.Event {
		e := event.FromKey(event.ArmedClash, event.Key{Scheme: "acled", Value: "SYR1"})
		e.Title = "Clashes"
		e.When = event.On(date.New(2019, 8, 31))
		e.Where = event.Near(place.Ref{Name: "Idlib", Level: place.LevelLocality, Path: []place.Unit{
			{Level: place.LevelCountry, Code: "SY", Name: "Syria"}, {Level: place.LevelAdmin1, Code: "SY07", Name: "Idleb"}}}, place.PrecisionNear)
		e.Involve(actor.Ref{Name: "HTS", Kind: actor.KindRebelGroup}, event.Perpetrator)
		e.Involve(actor.Ref{Name: "Russia"}, event.Sponsor)
		e.Cite(source.Citation{ID: "sohr", Source: source.Ref{Name: "SOHR"}, Via: []source.Ref{{Name: "Al Jazeera"}}})
		e.Count(casualty.Figure{Outcome: casualty.Killed, Count: casualty.AtLeast(40), Text: "at least 40"}, "sohr")
		e.Notes = "A note."
		e.Tags = []string{"t"}
		return e
	}
	tests := []struct {
		name string
		edit func(*event.Event)
		want []string
	}{
		{"nothing lost", func(*event.Event) {}, nil},
		{"an open start", func(e *event.Event) { e.When = event.Until(date.New(2019, 8, 31), event.DateDay) }, []string{"when.open_start"}},
		{"an area in the path", func(e *event.Event) {
			e.Where.Place.Path = append(e.Where.Place.Path, place.Unit{Level: place.LevelArea, Name: "northwest Syria"})
		}, []string{"where.place.path[2]"}},
		{"who places an actor", func(e *event.Event) { e.Participants[0].Citations = []string{"sohr"} }, []string{"participants[0]"}},
		{"an actor without a name", func(e *event.Event) { e.Involve(actor.Ref{}, event.Target) }, []string{"participants[2]"}},
		{"a figure's phrase", func(e *event.Event) { e.Casualties[0].Text = "dozens" }, []string{"casualties[0]"}},
		{"a citation's date", func(e *event.Event) { e.Citations[0].Published = new(date.New(2019, 9, 1)) }, []string{"citations[0]"}},
		{"a claim", func(e *event.Event) {
			e.Say(event.Claim{Citation: "sohr", Kind: event.Asserts, Aspect: event.AspectWeapon})
		}, []string{"claims[0]"}},
		{"a relation", func(e *event.Event) { e.Relate(event.PartOf, event.NewID(), "") }, []string{"related[0]"}},
		{"an extension", func(e *event.Event) { e.Ext = event.Ext{"org.example/x": []byte(`1`)} }, []string{`ext["org.example/x"]`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := base()
			tc.edit(&e)
			w := NewWideWriter(io.Discard)
			require.NoError(t, w.Write(e))
			assert.Equal(t, tc.want, problemPaths(t, w.Warnings(), event.ErrLost))
		})
	}
}

// TestFormulaWarnings: with NoNeutralise the table writers write formula
// cells raw and report each; by default they neutralise and do not.
func TestFormulaWarnings(t *testing.T) {
	e := event.FromKey(event.ArmedClash, event.Key{Scheme: "acled", Value: "SYR1"})
	e.When = event.On(date.New(2019, 8, 31))
	e.Where = event.In(place.Ref{Name: "Idlib"}, place.PrecisionExact).At(place.Point{Lat: 35.9, Lon: -0.5})
	e.Notes = "=1+1"
	e.Involve(actor.Ref{Name: "@SUM(1)"}, event.Perpetrator)
	t.Run("wide", func(t *testing.T) {
		for _, tc := range []struct {
			name   string
			raw    bool
			warned []string
		}{{"neutralised", false, nil}, {"raw", true, []string{"perpetrators", "notes"}}} {
			t.Run(tc.name, func(t *testing.T) {
				var buf bytes.Buffer
				w := NewWideWriter(&buf)
				w.NoNeutralise = tc.raw
				require.NoError(t, w.Write(e))
				assert.Equal(t, tc.warned, problemPaths(t, w.Warnings(), event.ErrFormula))
			})
		}
	})
	t.Run("linked", func(t *testing.T) {
		for _, tc := range []struct {
			name   string
			raw    bool
			warned []string
		}{{"neutralised", false, nil}, {"raw", true, []string{"events.csv: notes", "participants.csv: actor_name"}}} {
			t.Run(tc.name, func(t *testing.T) {
				w := NewWriter(memDest{})
				w.NoNeutralise = tc.raw
				require.NoError(t, w.Write(e))
				assert.Equal(t, tc.warned, problemPaths(t, w.Warnings(), event.ErrFormula))
				assert.Empty(t, problemPaths(t, w.Warnings(), event.ErrLost), "the linked tables lose nothing")
				require.NoError(t, w.Close())
			})
		}
	})
}
