package ucdp_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/ucdp"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// seed reads the seed Dataset (testdata/idlib2019) and the registry the
// converter uses with it: its actors merged over the embedded catalogue.
func seed(t *testing.T) (*event.Dataset, *actor.Registry) {
	t.Helper()
	f, err := os.Open("../../testdata/idlib2019/dataset.json")
	require.NoError(t, err)
	defer f.Close()
	d, err := event.ReadDataset(f)
	require.NoError(t, err)
	reg := actor.Default().Clone()
	require.NoError(t, reg.Merge(d.Actors...))
	return d, reg
}

func paths(ps event.Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Path)
	}
	return out
}

func lostOnly(ps event.Problems) event.Problems {
	var out event.Problems
	for _, p := range ps {
		if errors.Is(p.Code, event.ErrLost) {
			out = append(out, p)
		}
	}
	return out
}

// TestSeedAsUCDP is the acceptance test: the seed Dataset written
// as UCDP GED.
func TestSeedAsUCDP(t *testing.T) {
	d, reg := seed(t)
	var buf bytes.Buffer
	w := ucdp.NewWriter(&buf)
	w.Layout = ucdp.LayoutGED19
	w.Actors = reg
	warns := map[string]event.Problems{}
	for _, e := range d.Events {
		require.NoError(t, w.Write(e), e.Title)
		warns[e.Title] = slices.Clone(w.Warnings())
	}
	require.NoError(t, w.Close())
	for _, title := range []string{"Syrian government agrees to a Moscow-backed ceasefire in Idlib", "Turkey and Russia agree on a de-escalation area for Idlib"} {
		require.Len(t, warns[title], 1, title)
		assert.Equal(t, "", warns[title][0].Path, title)
		assert.Contains(t, warns[title][0].Message, "type agreement has no UCDP type_of_violence", "UCDP codes no agreements")
	}
	rows := records(t, buf.Bytes())
	require.Len(t, rows, 3, "the strike, the raid and the repression; no row for the war, the campaign or the displacement")

	// The strike: its one number of people killed is "at least 40"
	// combatants, of neither side named: 40 whose side the figures do not
	// give; best 40; low 40; no figure has an upper bound, so high is best.
	strike := rows[0]
	assert.Equal(t, map[string]string{"deaths_a": "", "deaths_b": "", "deaths_civilians": "", "deaths_unknown": "40",
		"low": "40", "best": "40", "high": "40", "type_of_violence": "1", "date_start": "2019-08-31", "date_end": "2019-08-31",
		"side_b": "Hurras al-Din", "where_prec": "2"},
		pick(strike, "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high",
			"type_of_violence", "date_start", "date_end", "side_b", "where_prec"))
	// GED 19.1 has no where_description, and UCDP no admin3; the citations
	// all name Al Jazeera's article, with a date and headline UCDP keeps:
	// citation 1 (SOHR, via Al Jazeera, dated) loses nothing, as SOHR goes
	// to source_original.
	assert.Equal(t, []string{
		"keys[0]", "id", "type", "title", "when.open_start", "where.place.path[3]", "where.text",
		"participants[0]", "participants[1]", "participants[2]", "participants[3]", "participants[4]",
		"casualties[1]", "casualties[2]",
		"citations[0]", "citations[2]", "citations[3]", "citations[4]", "citations[5]", "citations[6]",
		"claims[0]", "claims[1]", "claims[2]", "claims[3]", "claims[4]", "claims[5]", "claims[6]",
		"claims[7]", "claims[8]", "claims[9]", "claims[10]", "claims[11]", "claims[12]", "claims[13]",
		"related[0]", "related[1]", "related[2]",
	}, paths(warns["US strike on a training camp near Idlib city"]))

	for _, title := range []string{"Russia-backed Syrian government offensive on Idlib", "The Syrian conflict", "Displacement into the Idlib region"} {
		require.Len(t, warns[title], 1, title)
		assert.Equal(t, "", warns[title][0].Path, title)
		assert.ErrorIs(t, warns[title][0], event.ErrLost, title)
		assert.Contains(t, warns[title][0].Message, "not a single incident", title)
	}

	// The rows read back.
	back, err := ucdp.ReadAll(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	assert.Len(t, back, 3)
}

// deathEvent is an air strike by side A on side B whose killed figures come
// each from its own source ("s0", "s1", ...).
type fig struct {
	group casualty.Group
	party string
	count casualty.Count
	grade string
	own   bool // attributed to UCDP itself
}

func deathEvent(t *testing.T, figs ...fig) event.Event {
	t.Helper()
	e := event.FromKey(event.ArmedClash, event.Key{Scheme: ucdp.KeyScheme, Value: "1"})
	e.When = event.On(day(2019, 8, 31))
	e.Involve(actor.Ref{Name: "Side A", Kind: actor.KindStateForces}, event.Party)
	e.Involve(actor.Ref{Name: "Side B", Kind: actor.KindRebelGroup}, event.Party)
	for i, f := range figs {
		id := "s" + string(rune('0'+i))
		if f.own {
			id = ucdp.CitationID
		}
		if _, ok := e.Citation(id); !ok {
			c := source.Citation{ID: id, Source: source.Ref{Name: "Outlet " + id}}
			if f.grade != "" {
				c.Grade = source.MustParseGrade(f.grade)
			}
			e.Cite(c)
		}
		c := event.Casualty{Figure: casualty.NewFigure(casualty.Killed, f.group, f.count), Citation: id}
		if f.party != "" {
			c.Party = actor.Ref{Name: f.party}
		}
		e.Casualties = append(e.Casualties, c)
	}
	return e
}

// TestDeathsRule places the figures of events from other formats in the
// death columns by event.Toll's rule.
func TestDeathsRule(t *testing.T) {
	cols := []string{"deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high"}
	tests := []struct {
		name string
		figs []fig
		want []string // the columns above
		lost []string
	}{
		{"7 and 9 civilians from two sources", []fig{{group: casualty.Civilians, count: casualty.Exactly(7)}, {group: casualty.Civilians, count: casualty.Exactly(9)}},
			[]string{"", "", "7", "", "7", "7", "9"}, nil},
		{"7 and 9 people from two sources", []fig{{count: casualty.Exactly(7)}, {count: casualty.Exactly(9)}},
			[]string{"", "", "", "7", "7", "7", "9"}, nil},
		{"each side's dead", []fig{{group: casualty.Combatants, party: "Side A", count: casualty.Exactly(5)}, {group: casualty.Combatants, party: "Side B", count: casualty.Exactly(3)}},
			[]string{"5", "3", "", "", "8", "8", "8"}, nil},
		{"civilians and a total", []fig{{count: casualty.AtLeast(40)}, {group: casualty.Civilians, count: casualty.Exactly(12)}},
			[]string{"", "", "12", "28", "40", "40", "40"}, nil},
		{"children within civilians", []fig{{group: casualty.Civilians, count: casualty.Exactly(10)}, {group: casualty.Children, count: casualty.Exactly(4)}},
			[]string{"", "", "10", "", "10", "10", "10"}, []string{"casualties[1]"}},
		{"more than 370,000", []fig{{count: casualty.MoreThan(370000)}},
			[]string{"", "", "", "370001", "370001", "370001", "370001"}, nil},
		{"numerous gives no number", []fig{{count: casualty.Some()}},
			[]string{"", "", "", "", "", "", ""}, []string{"casualties[0]"}},
		{"a discounted source", []fig{{count: casualty.Exactly(3)}, {count: casualty.Exactly(1), grade: "B5"}},
			[]string{"", "", "", "3", "3", "3", "3"}, []string{"casualties[1]"}},
		{"a range", []fig{{count: casualty.Between(2, 5)}},
			[]string{"", "", "", "2", "2", "2", "5"}, nil},
		{"UCDP's own figures win", []fig{{count: casualty.Estimate(3, 4, 6), own: true}, {count: casualty.Exactly(20)}},
			[]string{"", "", "", "", "3", "4", "6"}, []string{"casualties[1]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := ucdp.NewWriter(&buf)
			require.NoError(t, w.Write(deathEvent(t, tc.figs...)))
			var lost []string
			for _, p := range w.Warnings() {
				if len(p.Path) > 10 && p.Path[:10] == "casualties" {
					lost = append(lost, p.Path)
				}
			}
			require.NoError(t, w.Close())
			row := records(t, buf.Bytes())[0]
			var got []string
			for _, c := range cols {
				got = append(got, row[c])
			}
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.lost, lost)
		})
	}
}

// TestSidesByRegistry names the sides by their UCDP names.
func TestSidesByRegistry(t *testing.T) {
	e := deathEvent(t)
	e.Participants[0].Actor = actor.Ref{ID: "centcom", Name: "CENTCOM", Kind: actor.KindMilitaryCommand}
	e.Participants[1].Actor = actor.Ref{Name: "Hay'at Tahrir al-Sham", Kind: actor.KindRebelGroup}
	tests := []struct {
		name         string
		reg          *actor.Registry
		sideA, sideB string
	}{
		{"the catalogue", actor.Default(), "Government of United States of America", "HTS"},
		{"no registry", nil, "CENTCOM", "Hay'at Tahrir al-Sham"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := ucdp.NewWriter(&buf)
			w.Actors = tc.reg
			require.NoError(t, w.Write(e))
			require.NoError(t, w.Close())
			row := records(t, buf.Bytes())[0]
			assert.Equal(t, []string{tc.sideA, tc.sideB}, []string{row["side_a"], row["side_b"]})
		})
	}
}

// TestSourceItemsOnce writes an article cited twice once.
func TestSourceItemsOnce(t *testing.T) {
	e := deathEvent(t)
	pub := day(2019, 8, 31)
	e.Cite(source.Citation{ID: "a", Source: source.Ref{Name: "Reuters"}, Published: &pub, Title: "Strike"},
		source.Citation{ID: "b", Source: source.Ref{Name: "Reuters"}, Published: &pub, Title: "Strike"},
		source.Citation{ID: "c", Source: source.Ref{Name: "Army"}, Via: []source.Ref{{Name: "Reuters"}}, Published: &pub, Title: "Strike"},
		source.Citation{ID: "d", Source: source.Ref{Name: "AFP"}})
	var buf bytes.Buffer
	w := ucdp.NewWriter(&buf)
	require.NoError(t, w.Write(e))
	require.NoError(t, w.Close())
	row := records(t, buf.Bytes())[0]
	assert.Equal(t, map[string]string{"source_office": "Reuters;AFP", "source_date": "2019-08-31;", "source_headline": "Strike;",
		"number_of_sources": "2", "source_original": "Army"},
		pick(row, "source_office", "source_date", "source_headline", "number_of_sources", "source_original"))
}

// TestUCDPAggregates: records that are not single incidents are reported
// and not written, unless asked; then they are event_clarity 2.
func TestUCDPAggregates(t *testing.T) {
	require.NoError(t, event.RegisterType(event.TypeInfo{Code: "org.example/ucdp-test-siege", Label: "Siege", Parent: event.Campaign, UCDP: []int{1}}))
	for _, typ := range []event.Type{event.Campaign, event.ArmedConflict, "org.example/ucdp-test-siege"} {
		t.Run(string(typ), func(t *testing.T) {
			e := deathEvent(t, fig{count: casualty.MoreThan(370000)})
			e.Type = typ
			var buf bytes.Buffer
			w := ucdp.NewWriter(&buf)
			require.NoError(t, w.Write(e))
			require.Len(t, w.Warnings(), 1)
			assert.Equal(t, "", w.Warnings()[0].Path)
			assert.ErrorIs(t, w.Warnings()[0], event.ErrLost)
			require.NoError(t, w.Close())
			assert.Empty(t, records(t, buf.Bytes()))

			buf.Reset()
			w = ucdp.NewWriter(&buf)
			w.Aggregates = true
			require.NoError(t, w.Write(e))
			assert.NotContains(t, paths(w.Warnings()), "")
			require.NoError(t, w.Close())
			rows := records(t, buf.Bytes())
			require.Len(t, rows, 1)
			assert.Equal(t, "2", rows[0]["event_clarity"])
			assert.Equal(t, "370001", rows[0]["best"])
		})
	}
	t.Run("displacement, asked, has no type_of_violence", func(t *testing.T) {
		e := deathEvent(t)
		e.Type = event.Displacement
		w := ucdp.NewWriter(io.Discard)
		w.Aggregates = true
		require.NoError(t, w.Write(e))
		require.Len(t, w.Warnings(), 1)
		assert.Equal(t, "", w.Warnings()[0].Path)
		assert.Contains(t, w.Warnings()[0].Message, "type displacement has no UCDP type_of_violence")
	})
}

// TestUCDPLossPerFact gives an event one fact at a time that UCDP cannot
// hold.
func TestUCDPLossPerFact(t *testing.T) {
	base := func() event.Event {
		e := deathEvent(t, fig{group: casualty.Combatants, party: "Side A", count: casualty.Exactly(2)})
		e.Type = event.Battles
		e.When.Precision = event.DateDay
		e.Where = event.In(place.Ref{Name: "Idlib", Level: place.LevelLocality, Path: []place.Unit{
			{Level: place.LevelCountry, Code: "SY", Name: "Syria"}, {Level: place.LevelAdmin1, Name: "Idleb"}}}, place.PrecisionExact).At(place.MustPoint(35.93062, 36.63393))
		return e
	}
	tests := []struct {
		name string
		edit func(*event.Event)
		want []string
	}{
		{"nothing lost", func(*event.Event) {}, nil},
		{"a type UCDP reads back as battles", func(e *event.Event) { e.Type = event.AirDroneStrike }, []string{"type"}},
		{"a title", func(e *event.Event) { e.Title = "Clashes" }, []string{"title"}},
		{"notes", func(e *event.Event) { e.Notes = "Clashes near Idlib." }, []string{"notes"}},
		{"tags", func(e *event.Event) { e.Tags = []string{"x"} }, []string{"tags"}},
		{"an open end", func(e *event.Event) { e.When = event.Since(day(2019, 8, 31), event.DateDay) }, []string{"when.open_end"}},
		{"a third side", func(e *event.Event) { e.Involve(actor.Ref{Name: "Side C"}, event.Party) }, []string{"participants[2]"}},
		{"an admin3 unit", func(e *event.Event) {
			e.Where.Place.Path = append(e.Where.Place.Path, place.Unit{Level: place.LevelAdmin3, Name: "Idleb"})
		}, []string{"where.place.path[2]"}},
		{"location text in GED 19.1", func(e *event.Event) { e.Where.Text = "near the city" }, []string{"where.text"}},
		{"an injured count", func(e *event.Event) {
			e.Count(casualty.NewFigure(casualty.Injured, "", casualty.Exactly(3)), "s0")
		}, []string{"casualties[1]"}},
		{"a citation's URL", func(e *event.Event) { e.Citations[0].URL = "https://example.org/a" }, []string{"citations[0]"}},
		{"a claim", func(e *event.Event) {
			e.Say(event.Claim{Citation: "s0", Kind: event.Asserts, Aspect: event.AspectWeapon})
		}, []string{"claims[0]"}},
		{"a relation", func(e *event.Event) { e.Relate(event.Follows, event.NewID(), "") }, []string{"related[0]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := base()
			tc.edit(&e)
			w := ucdp.NewWriter(io.Discard)
			w.Layout = ucdp.LayoutGED19
			require.NoError(t, w.Write(e))
			assert.Equal(t, tc.want, paths(w.Warnings()))
		})
	}
}

// TestUCDPFormulaCells: cells a spreadsheet would run are written raw and
// reported, or neutralised on request.
func TestUCDPFormulaCells(t *testing.T) {
	e := deathEvent(t)
	e.Participants[0].Actor.Name = "=cmd"
	e.Where = event.In(place.Ref{Name: "@SUM(1)", Level: place.LevelLocality}, place.PrecisionExact).At(place.Point{Lat: -5.2, Lon: -0.5})
	for _, tc := range []struct {
		name       string
		neutralise bool
		sideA      string
		warned     []string
	}{
		{"raw", false, "=cmd", []string{"side_a", "where_coordinates"}},
		{"neutralised", true, "'=cmd", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := ucdp.NewWriter(&buf)
			w.Neutralise = tc.neutralise
			require.NoError(t, w.Write(e))
			var warned []string
			for _, p := range w.Warnings() {
				if errors.Is(p.Code, event.ErrFormula) {
					warned = append(warned, p.Path)
				}
			}
			require.NoError(t, w.Close())
			row := records(t, buf.Bytes())[0]
			assert.Equal(t, tc.sideA, row["side_a"])
			assert.Equal(t, "-5.2", row["latitude"], "a number is no formula")
			assert.Equal(t, tc.warned, warned)
		})
	}
}

// TestRoundTripWithoutLosses: an event read from UCDP and written back in
// its layout loses nothing.
func TestRoundTripWithoutLosses(t *testing.T) {
	for _, f := range files {
		t.Run(f.name, func(t *testing.T) {
			r, evs, _ := readFile(t, f.path)
			w := ucdp.NewWriter(io.Discard)
			w.Header = r.Header()
			for _, e := range evs {
				require.NoError(t, w.Write(e))
				assert.Empty(t, lostOnly(w.Warnings()), "event %s", e.ID)
			}
		})
	}
}
