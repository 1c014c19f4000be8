package acled_test

import (
	"bytes"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/acled"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// seedPath is the seed article as a Dataset document (testdata/idlib2019).
const seedPath = "../../testdata/idlib2019/dataset.json"

// seed reads the seed Dataset and the registry the converter uses with it:
// its actors merged over the embedded catalogue.
func seed(t *testing.T) (*event.Dataset, *actor.Registry) {
	t.Helper()
	f, err := os.Open(seedPath)
	require.NoError(t, err)
	defer f.Close()
	d, err := event.ReadDataset(f)
	require.NoError(t, err)
	reg := actor.Default().Clone()
	require.NoError(t, reg.Merge(d.Actors...))
	return d, reg
}

// rowOf writes events with w's options and returns each written row by
// column name, and the warnings of each event.
func rowsOf(t *testing.T, setup func(*acled.Writer), events ...event.Event) ([]map[string]string, []event.Problems) {
	t.Helper()
	var buf bytes.Buffer
	w := acled.NewWriter(&buf)
	if setup != nil {
		setup(w)
	}
	var warns []event.Problems
	for _, e := range events {
		require.NoError(t, w.Write(e))
		warns = append(warns, slices.Clone(w.Warnings()))
	}
	require.NoError(t, w.Close())
	recs := records(t, buf.Bytes())
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, name := range recs[0] {
			m[name] = r[i]
		}
		out = append(out, m)
	}
	return out, warns
}

func paths(ps event.Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Path)
	}
	return out
}

// TestSeedAsACLED is the acceptance test: the seed Dataset written
// as ACLED with its actors over the catalogue as the registry.
func TestSeedAsACLED(t *testing.T) {
	d, reg := seed(t)
	var buf bytes.Buffer
	w := acled.NewWriter(&buf)
	w.Actors = reg
	warns := map[string]event.Problems{}
	for _, e := range d.Events {
		require.NoError(t, w.Write(e), e.Title)
		warns[e.Title] = slices.Clone(w.Warnings())
	}
	require.NoError(t, w.Close())
	recs := records(t, buf.Bytes())
	require.Len(t, recs, 1+5, "the strike, the raid, two agreements, the repression; no campaign, war or displacement")

	row := map[string]string{}
	for i, name := range recs[0] {
		row[name] = recs[1][i]
	}
	// The strike: "at least 40" combatants (SOHR) is the only number of
	// people killed; CENTCOM is part of the United States' armed forces,
	// whose ACLED name on 31 August 2019 is the catalogue's; a state's
	// forces outside their own country are External/Other forces (8); the
	// first target is actor2, the other targets associates; every citation
	// was read in Al Jazeera.
	assert.Equal(t, map[string]string{
		"event_date": "2019-08-31", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
		"actor1": "Military Forces of the United States (2017-2021)", "inter1": "8", "assoc_actor_1": "",
		"actor2": "Hurras al-Din", "assoc_actor_2": "Ansar al Tawhid; other allied groups; al-Qaeda", "inter2": "2",
		"interaction": "28", "fatalities": "40", "source": "Al Jazeera", "geo_precision": "2",
	}, pick(row, "event_date", "event_type", "sub_event_type", "actor1", "inter1", "assoc_actor_1", "actor2",
		"assoc_actor_2", "inter2", "interaction", "fatalities", "source", "geo_precision"))

	strike := warns["US strike on a training camp near Idlib city"]
	assert.Equal(t, []string{
		"keys[0]", "id", "title", "when.open_start", "where.relation", "where.text",
		"participants[0]", "participants[1]", "participants[2]", "participants[3]", "participants[4]",
		"casualties[1]", "casualties[2]",
		"citations[0]", "citations[1]", "citations[2]", "citations[3]", "citations[4]", "citations[5]", "citations[6]",
		"claims[0]", "claims[1]", "claims[2]", "claims[3]", "claims[4]", "claims[5]", "claims[6]",
		"claims[7]", "claims[8]", "claims[9]", "claims[10]", "claims[11]", "claims[12]", "claims[13]",
		"related[0]", "related[1]", "related[2]",
	}, paths(strike))
	for _, p := range strike {
		assert.ErrorIs(t, p, event.ErrLost, p.Path)
		assert.Equal(t, event.Warning, p.Severity, p.Path)
	}
	assert.Contains(t, strike[6].Message, `written as "Military Forces of the United States (2017-2021)", the ACLED name of us-military`)
	assert.Contains(t, strike[8].Message, "role target (written in assoc_actor_2, which reads back as target-associate)")
	assert.Contains(t, strike[18].Message, `source "Russian defence ministry", via "TASS", published not written`)

	for _, title := range []string{"Russia-backed Syrian government offensive on Idlib", "The Syrian conflict", "Displacement into the Idlib region"} {
		require.Len(t, warns[title], 1, title)
		assert.Equal(t, "", warns[title][0].Path, title)
		assert.ErrorIs(t, warns[title][0], event.ErrLost, title)
		assert.Contains(t, warns[title][0].Message, "not a single incident", title)
	}
}

func pick(m map[string]string, keys ...string) map[string]string {
	out := map[string]string{}
	for _, k := range keys {
		out[k] = m[k]
	}
	return out
}

// figureEvent is an air strike in Idlib, read from no file, whose killed
// figures come each from its own source ("s0", "s1", ...).
type fig struct {
	group casualty.Group
	party string
	count casualty.Count
	grade string // Admiralty grade of the figure's source
	cite  string // citation ID; "" means the figure's own source
	out   casualty.Outcome
}

func figureEvent(t *testing.T, figs ...fig) event.Event {
	t.Helper()
	e := event.FromKey(event.AirDroneStrike, event.Key{Scheme: acled.KeyScheme, Value: "SYR1"})
	e.When = event.On(day(2019, 8, 31))
	e.Where = event.In(place.Ref{Name: "Idlib", Level: place.LevelLocality, Path: []place.Unit{{Level: place.LevelCountry, Code: "SY", Name: "Syria"}}}, place.PrecisionExact)
	for i, f := range figs {
		id := f.cite
		if id == "" {
			id = "s" + string(rune('0'+i))
			c := source.Citation{ID: id, Source: source.Ref{Name: "Outlet " + id}}
			if f.grade != "" {
				c.Grade = source.MustParseGrade(f.grade)
			}
			e.Cite(c)
		} else if _, ok := e.Citation(id); !ok {
			e.Cite(source.Citation{ID: id, Source: source.Ref{Name: "ACLED"}})
		}
		o := f.out
		if o == "" {
			o = casualty.Killed
		}
		c := event.Casualty{Figure: casualty.NewFigure(o, f.group, f.count), Citation: id}
		if f.party != "" {
			c.Party = actor.Ref{Name: f.party}
		}
		e.Casualties = append(e.Casualties, c)
	}
	return e
}

// TestFatalitiesRule writes fatalities by event.Toll's rule and reports the
// figures it does not write.
func TestFatalitiesRule(t *testing.T) {
	tests := []struct {
		name string
		figs []fig
		want string
		lost []string
	}{
		{"exact 7 and exact 9: the lower", []fig{{group: casualty.Civilians, count: casualty.Exactly(7)}, {group: casualty.Civilians, count: casualty.Exactly(9)}},
			"7", []string{"casualties[1]"}},
		{"at least 40 combatants", []fig{{group: casualty.Combatants, count: casualty.AtLeast(40)}}, "40", nil},
		{"more than 370,000", []fig{{count: casualty.MoreThan(370000)}}, "370001", nil},
		{"numerous gives no number", []fig{{count: casualty.Some()}}, "", []string{"casualties[0]"}},
		{"children within civilians", []fig{{group: casualty.Civilians, count: casualty.Exactly(10)}, {group: casualty.Children, count: casualty.Exactly(4)}},
			"10", []string{"casualties[1]"}},
		{"people containing combatants and civilians", []fig{{count: casualty.AtLeast(30)}, {group: casualty.Combatants, count: casualty.Exactly(20)}, {group: casualty.Civilians, count: casualty.Exactly(15)}},
			"30", []string{"casualties[1]", "casualties[2]"}},
		{"combatants and civilians with no total", []fig{{group: casualty.Combatants, count: casualty.Exactly(20)}, {group: casualty.Civilians, count: casualty.Exactly(15)}},
			"35", nil},
		{"two parties", []fig{{group: casualty.Combatants, party: "Side A", count: casualty.Exactly(5)}, {group: casualty.Combatants, party: "Side B", count: casualty.Exactly(3)}},
			"8", nil},
		{"a discounted source", []fig{{count: casualty.Exactly(3)}, {count: casualty.Exactly(1), grade: "B5"}}, "3", []string{"casualties[1]"}},
		{"ACLED's own figure wins", []fig{{count: casualty.AtLeast(12), cite: acled.CitationID}, {count: casualty.Exactly(20)}},
			"12", []string{"casualties[1]"}},
		{"injured are not fatalities", []fig{{out: casualty.Injured, count: casualty.Exactly(2)}}, "", []string{"casualties[0]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows, warns := rowsOf(t, nil, figureEvent(t, tc.figs...))
			assert.Equal(t, tc.want, rows[0]["fatalities"])
			var lost []string
			for _, p := range warns[0] {
				if strings.HasPrefix(p.Path, "casualties") {
					lost = append(lost, p.Path)
				}
			}
			assert.Equal(t, tc.lost, lost)
		})
	}
}

// TestSourcesOnce writes each outlet once, by the name of the outlet the
// account was read in.
func TestSourcesOnce(t *testing.T) {
	tests := []struct {
		name  string
		cites []source.Citation
		want  string
	}{
		{"the same outlet twice", []source.Citation{{ID: "a", Source: source.Ref{Name: "Reuters"}}, {ID: "b", Source: source.Ref{Name: "Reuters"}}}, "Reuters"},
		{"an account read in another outlet", []source.Citation{
			{ID: "a", Source: source.Ref{Name: "Reuters"}},
			{ID: "b", Source: source.Ref{Name: "Russian defence ministry"}, Via: []source.Ref{{Name: "TASS"}, {Name: "Reuters"}}},
			{ID: "c", Source: source.Ref{Name: "AFP"}},
		}, "Reuters; AFP"},
		{"ACLED itself is not a source", []source.Citation{{ID: acled.CitationID, Source: source.Ref{Name: "ACLED"}}, {ID: "x", Source: source.Ref{Name: "SOHR"}}}, "SOHR"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := figureEvent(t)
			e.Citations = tc.cites
			rows, _ := rowsOf(t, nil, e)
			assert.Equal(t, tc.want, rows[0]["source"])
		})
	}
}

// TestActorsByRegistry names actors by their ACLED names and codes inter1
// and inter2 by the codebook.
func TestActorsByRegistry(t *testing.T) {
	reg := actor.Default()
	strike := func(country string, a1, a2 actor.Ref) event.Event {
		e := figureEvent(t)
		e.Where.Place.Path = []place.Unit{{Level: place.LevelCountry, Code: country, Name: country}}
		e.Involve(a1, event.Perpetrator)
		if !a2.IsZero() {
			e.Involve(a2, event.Target)
		}
		return e
	}
	usForces := actor.Ref{ID: "us-military", Name: "US forces", Kind: actor.KindStateForces}
	syrianForces := actor.Ref{ID: "syrian-government-forces", Name: "Syrian army", Kind: actor.KindStateForces}
	turkishForces := actor.Ref{ID: "turkish-military", Name: "Turkish army", Kind: actor.KindStateForces}
	hts := actor.Ref{Name: "Hay'at Tahrir al-Sham", Kind: actor.KindRebelGroup}
	tests := []struct {
		name                   string
		reg                    *actor.Registry
		e                      event.Event
		actor1, inter1, actor2 string
		inter2, interaction    string
	}{
		{"US forces in Syria are external", reg, strike("SY", usForces, hts),
			"Military Forces of the United States (2017-2021)", "8", "HTS: Hayat Tahrir al Sham", "2", "28"},
		{"a command by its force", reg, strike("SY", actor.Ref{ID: "centcom", Name: "CENTCOM", Kind: actor.KindMilitaryCommand}, actor.Ref{}),
			"Military Forces of the United States (2017-2021)", "8", "", "0", "80"},
		{"Syrian forces in Syria are state forces", reg, strike("SY", syrianForces, hts),
			"Military Forces of Syria (2000-)", "1", "HTS: Hayat Tahrir al Sham", "2", "12"},
		{"Turkish forces in Syria are external", reg, strike("SY", turkishForces, actor.Ref{}),
			"Military Forces of Turkey (2016-)", "8", "", "0", "80"},
		{"Turkish forces in Turkey are state forces", reg, strike("TR", turkishForces, actor.Ref{}),
			"Military Forces of Turkey (2016-)", "1", "", "0", "10"},
		{"a state acting abroad", reg, strike("SY", actor.Ref{ID: "russia", Name: "Russia", Kind: actor.KindState}, actor.Ref{}),
			"Russia", "8", "", "0", "80"},
		{"an intergovernmental organisation", reg, strike("SY", actor.Ref{ID: "united-nations", Name: "United Nations", Kind: actor.KindIGO}, actor.Ref{}),
			"United Nations", "8", "", "0", "80"},
		{"an armed group of unknown category has no code", reg, strike("SY", actor.Ref{ID: "al-qaeda", Name: "al-Qaeda", Kind: actor.KindArmedGroup}, actor.Ref{}),
			"al-Qaeda", "", "", "0", ""},
		{"no registry: names and kinds as given", nil, strike("SY", usForces, hts),
			"US forces", "1", "Hay'at Tahrir al-Sham", "2", "12"},
		{"an unknown actor keeps its name", reg, strike("SY", actor.Ref{Name: "Some brigade", Kind: actor.KindRebelGroup}, actor.Ref{}),
			"Some brigade", "2", "", "0", "20"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows, _ := rowsOf(t, func(w *acled.Writer) { w.Actors = tc.reg }, tc.e)
			assert.Equal(t, []string{tc.actor1, tc.inter1, tc.actor2, tc.inter2, tc.interaction},
				[]string{rows[0]["actor1"], rows[0]["inter1"], rows[0]["actor2"], rows[0]["inter2"], rows[0]["interaction"]})
		})
	}
	t.Run("events read from ACLED keep their names", func(t *testing.T) {
		in := readFile(t, samplePath)
		res := readAll(t, in)
		out := write(t, func(w io.Writer) *acled.Writer {
			wr := acled.NewWriter(w)
			wr.Actors = reg
			return wr
		}, res.events)
		assert.Equal(t, string(in), string(out))
	})
}

// TestLossPerFact gives an event that ACLED holds whole one fact at a time
// that it cannot hold, and checks the one warning each gives.
func TestLossPerFact(t *testing.T) {
	base := func() event.Event {
		e := event.FromKey(event.ArmedClash, event.Key{Scheme: acled.KeyScheme, Value: "SYR1"})
		e.When = event.When{Start: day(2019, 8, 31), End: day(2019, 8, 31), Precision: event.DateDay}
		e.Where = event.In(place.Ref{Name: "Idlib", Level: place.LevelLocality, Path: []place.Unit{
			{Level: place.LevelCountry, Code: "SY", Name: "Syria"}, {Level: place.LevelAdmin1, Name: "Idleb"}}}, place.PrecisionExact).At(place.MustPoint(35.93062, 36.63393))
		e.Involve(actor.Ref{Name: "Military Forces of Syria (2000-)", Kind: actor.KindStateForces}, event.Perpetrator)
		e.Involve(actor.Ref{Name: "HTS: Hayat Tahrir al Sham", Kind: actor.KindRebelGroup}, event.Target)
		e.Involve(actor.Ref{Name: "Ansar al Tawhid"}, event.TargetAssociate)
		e.Cite(source.Citation{ID: "source-1", Source: source.Ref{Name: "SOHR"}})
		e.Count(casualty.NewFigure(casualty.Killed, casualty.Combatants, casualty.AtLeast(4)), "source-1")
		e.Notes = "Clashes near Idlib."
		e.Tags = []string{"crowd size=no report"}
		return e
	}
	tests := []struct {
		name   string
		layout acled.Layout
		edit   func(*event.Event)
		want   []string
	}{
		{"nothing lost", acled.Current, func(*event.Event) {}, nil},
		{"a second key", acled.Current, func(e *event.Event) { e.Keys = append(e.Keys, event.Key{Scheme: "ucdp", Value: "1"}) }, []string{"keys[1]"}},
		{"no key of ACLED's", acled.Current, func(e *event.Event) { e.Keys[0].Scheme = "example" }, []string{"keys[0]", "id"}},
		{"a title", acled.Current, func(e *event.Event) { e.Title = "Clashes" }, []string{"title"}},
		{"a range of days", acled.Current, func(e *event.Event) { e.When.End = day(2019, 9, 2) }, []string{"when.end"}},
		{"an open end", acled.Current, func(e *event.Event) { e.When = event.Since(day(2019, 8, 31), event.DateDay) }, []string{"when.open_end"}},
		{"a precision ACLED lacks", acled.Current, func(e *event.Event) { e.When.Precision = event.DateYear }, []string{"when.precision"}},
		{"near", acled.Current, func(e *event.Event) { e.Where.Relation = place.RelationNear }, []string{"where.relation"}},
		{"between two places", acled.Current, func(e *event.Event) {
			e.Where.Relation, e.Where.Other = place.RelationBetween, place.Ref{Name: "Sarmin"}
		}, []string{"where.relation", "where.other"}},
		{"an area in the path", acled.Current, func(e *event.Event) {
			e.Where.Place.Path = append(e.Where.Place.Path, place.Unit{Level: place.LevelArea, Name: "northwest Syria"})
		}, []string{"where.place.path[2]"}},
		{"a place that is no locality", acled.Current, func(e *event.Event) { e.Where.Place.Level = place.LevelArea }, []string{"where.place.level"}},
		{"location text", acled.Current, func(e *event.Event) { e.Where.Text = "near the city" }, []string{"where.text"}},
		{"a sponsor", acled.Current, func(e *event.Event) { e.Involve(actor.Ref{Name: "Russia"}, event.Sponsor) }, []string{"participants[3]"}},
		{"a second target", acled.Current, func(e *event.Event) { e.Involve(actor.Ref{Name: "Hurras al-Din"}, event.Target) }, []string{"participants[3]"}},
		{"a third party", acled.Current, func(e *event.Event) { e.Involve(actor.Ref{Name: "Turkey"}, event.Party) }, []string{"participants[3]"}},
		{"who says an actor took part", acled.Current, func(e *event.Event) { e.Participants[1].Citations = []string{"source-1"} }, []string{"participants[1]"}},
		{"an injured count", acled.Current, func(e *event.Event) {
			e.Count(casualty.NewFigure(casualty.Injured, "", casualty.Exactly(3)), "source-1")
		}, []string{"casualties[1]"}},
		{"a citation's date", acled.Current, func(e *event.Event) { e.Citations[0].Published = new(day(2019, 9, 1)) }, []string{"citations[0]"}},
		{"a claim", acled.Current, func(e *event.Event) {
			e.Say(event.Claim{Citation: "source-1", Kind: event.Asserts, Aspect: event.AspectWeapon, Value: "missile"})
		}, []string{"claims[0]"}},
		{"a relation", acled.Current, func(e *event.Event) { e.Relate(event.PartOf, event.NewID(), "") }, []string{"related[0]"}},
		{"another format's extension", acled.Current, func(e *event.Event) {
			e.Ext = event.Ext{"org.example/weapon": []byte(`"missile"`)}
		}, []string{`ext["org.example/weapon"]`}},
		{"tags in the 2019 layout", acled.Export2019, func(*event.Event) {}, []string{"tags"}},
		{"a sub-event type the 2016 layout lacks", acled.Realtime2016, func(e *event.Event) { e.Type = event.AirDroneStrike }, []string{"type", "tags"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := base()
			tc.edit(&e)
			_, warns := rowsOf(t, func(w *acled.Writer) { w.Layout = tc.layout }, e)
			assert.Equal(t, tc.want, paths(warns[0]))
			for _, p := range warns[0] {
				assert.ErrorIs(t, p, event.ErrLost)
				assert.NotEmpty(t, p.Message)
			}
		})
	}
}

// TestAggregates: records that are not single incidents are reported and
// not written, unless asked.
func TestAggregates(t *testing.T) {
	require.NoError(t, event.RegisterType(event.TypeInfo{Code: "org.example/acled-test-siege", Label: "Siege", Parent: event.Campaign}))
	for _, typ := range []event.Type{event.Campaign, event.ArmedConflict, event.Displacement, "org.example/acled-test-siege"} {
		t.Run(string(typ), func(t *testing.T) {
			e := figureEvent(t)
			e.Type = typ
			var buf bytes.Buffer
			w := acled.NewWriter(&buf)
			require.NoError(t, w.Write(e))
			require.Len(t, w.Warnings(), 1)
			assert.Equal(t, "", w.Warnings()[0].Path)
			assert.ErrorIs(t, w.Warnings()[0], event.ErrLost)
			require.NoError(t, w.Close())
			assert.Len(t, records(t, buf.Bytes()), 1, "the header only")

			w = acled.NewWriter(io.Discard)
			w.Aggregates = true
			require.NoError(t, w.Write(e), "asked, it still has no ACLED type: not written, and reported")
			require.Len(t, w.Warnings(), 1)
			assert.Equal(t, "", w.Warnings()[0].Path)
			assert.Equal(t, "type "+string(e.Type)+" has no ACLED event type: the event is not written", w.Warnings()[0].Message)
		})
	}
}

// TestFormulaCells: cells a spreadsheet would run are written raw and
// reported, or neutralised on request; numbers are not formulas.
func TestFormulaCells(t *testing.T) {
	e := figureEvent(t)
	e.Where.Point = &place.Point{Lat: -5.2, Lon: -0.5}
	e.Involve(actor.Ref{Name: "+cmd|' /C calc'!A0", Kind: actor.KindRebelGroup}, event.Perpetrator)
	e.Cite(source.Citation{ID: "x", Source: source.Ref{Name: "@SUM(1+1)"}})
	e.Notes = `=HYPERLINK("http://example.com","click")`
	e.Tags = []string{"-x"}
	tests := []struct {
		name       string
		neutralise bool
		want       map[string]string
		warned     []string
	}{
		{"raw", false, map[string]string{"actor1": "+cmd|' /C calc'!A0", "source": "@SUM(1+1)", "notes": `=HYPERLINK("http://example.com","click")`, "tags": "-x", "latitude": "-5.2", "longitude": "-0.5"},
			[]string{"actor1", "source", "notes", "tags"}},
		{"neutralised", true, map[string]string{"actor1": "'+cmd|' /C calc'!A0", "source": "'@SUM(1+1)", "notes": `'=HYPERLINK("http://example.com","click")`, "tags": "'-x", "latitude": "-5.2", "longitude": "-0.5"},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows, warns := rowsOf(t, func(w *acled.Writer) { w.Neutralise = tc.neutralise }, e)
			assert.Equal(t, tc.want, pick(rows[0], "actor1", "source", "notes", "tags", "latitude", "longitude"))
			var warned []string
			for _, p := range warns[0] {
				if p.Code == event.ErrFormula {
					warned = append(warned, p.Path)
					assert.Equal(t, event.Warning, p.Severity)
				}
			}
			assert.Equal(t, tc.warned, warned)
		})
	}
}

// TestSampleWrittenBackWithoutWarnings: an event read from ACLED and written
// back in its layout has no loss.
func TestSampleWrittenBackWithoutWarnings(t *testing.T) {
	for _, path := range []string{samplePath, "testdata/realtime2016.csv", "testdata/v5.csv"} {
		t.Run(path, func(t *testing.T) {
			res := readAll(t, readFile(t, path))
			w := acled.NewWriter(io.Discard)
			for _, e := range res.events {
				require.NoError(t, w.Write(e))
				assert.Nil(t, w.Warnings(), "event %s", e.ID)
			}
		})
	}
}
