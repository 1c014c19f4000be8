package ucdp_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/ucdp"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

func ptr[T any](v T) *T { return &v }

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

// byID reads a file and returns its events by UCDP id, with the warnings
// of each.
func byID(t *testing.T, path string) (map[string]event.Event, map[string]event.Problems) {
	t.Helper()
	_, evs, warns := readFile(t, path)
	out, ws := map[string]event.Event{}, map[string]event.Problems{}
	for i, e := range evs {
		out[e.Keys[0].Value] = e
		ws[e.Keys[0].Value] = warns[i]
	}
	return out, ws
}

// extra returns the Extra of e, which must have one.
func extra(t *testing.T, e event.Event) ucdp.Extra {
	t.Helper()
	x, ok, err := ucdp.GetExtra(e)
	require.NoError(t, err)
	require.True(t, ok)
	return x
}

// ucdpFigure is a death figure as the reader makes it.
func ucdpFigure(g casualty.Group, c casualty.Count, party actor.Ref, note string) event.Casualty {
	return event.Casualty{Figure: casualty.Figure{Outcome: casualty.Killed, Group: g, Count: c}, Party: party, Citation: "ucdp", Note: note}
}

const (
	noteUnknown = "deaths whose side UCDP could not tell (deaths_unknown)"
	noteTotal   = "all deaths, UCDP's low, best and high estimates"
)

var ucdpCite = source.Citation{ID: "ucdp", Source: source.Ref{Name: "Uppsala Conflict Data Program"}}

// TestReadGED19Record checks every field of GED 19.1 record 209406 (four
// packed sources, a newline in source_original), against the record's text
// in testdata/ged19.csv.
func TestReadGED19Record(t *testing.T) {
	evs, warns := byID(t, "testdata/ged19.csv")
	e := evs["209406"]
	gov := actor.Ref{Name: "Government of Myanmar (Burma)", Kind: actor.KindStateForces}
	mndaa := actor.Ref{Name: "MNDAA", Kind: actor.KindRebelGroup}
	want := event.Event{
		ID:   event.DeriveID("ucdp", "209406"),
		Keys: []event.Key{{Scheme: "ucdp", Value: "209406"}},
		Type: event.Battles,
		When: event.When{Start: day(2015, 5, 14), End: day(2015, 5, 15), Precision: event.DateDays},
		Where: event.Where{
			Place: place.Ref{Name: "Laukkaing Town", Level: place.LevelLocality, Path: []place.Unit{
				{Level: place.LevelArea, Name: "Asia"},
				{Level: place.LevelCountry, Name: "Myanmar (Burma)"},
				{Level: place.LevelAdmin1, Name: "Shan State"},
				{Level: place.LevelAdmin2, Name: "Laukkaing District"},
			}},
			Relation:  place.RelationNear,
			Point:     &place.Point{Lat: 23.690225, Lon: 98.765042},
			Precision: place.PrecisionNear,
		},
		Participants: []event.Participant{{Actor: gov, Role: event.Party}, {Actor: mndaa, Role: event.Party}},
		Casualties: []event.Casualty{
			ucdpFigure(casualty.Combatants, casualty.Exactly(2), gov, ""),
			ucdpFigure(casualty.Combatants, casualty.Exactly(0), mndaa, ""),
			ucdpFigure(casualty.Civilians, casualty.Exactly(0), actor.Ref{}, ""),
			ucdpFigure(casualty.Unidentified, casualty.Exactly(0), actor.Ref{}, noteUnknown),
			ucdpFigure(casualty.People, casualty.Estimate(0, 2, 24), actor.Ref{}, noteTotal),
		},
		Citations: []source.Citation{
			ucdpCite,
			{ID: "src-1", Source: source.Ref{Name: "Associated Press Newswires"}, Published: ptr(day(2015, 5, 15)), Title: "Myanmar says 24 rebels killed in clashes near China border"},
			{ID: "src-2", Source: source.Ref{Name: "MRTV English Channel"}, Published: ptr(day(2015, 5, 16)), Title: "Laukkaing Attack - Military occupied point 2202 hill"},
			{ID: "src-3", Source: source.Ref{Name: "Democratic Voice of Burma"}, Published: ptr(day(2015, 5, 18)), Title: "Both sides dig in heels over Laogai"},
			{ID: "src-4", Source: source.Ref{Name: "Myanmar Peace Monitor"}, Published: ptr(day(2015, 5, 14)), Title: "Myanmar army captured point-2202 near Laukkai"},
		},
	}
	wantX := ucdp.Extra{
		Layout: ucdp.LayoutGED19, ActiveYear: ptr(true),
		ConflictNewID: "439", ConflictName: "Myanmar (Burma): Kokang",
		DyadNewID: "906", DyadName: "Government of Myanmar (Burma) - MNDAA",
		SideANewID: "144", SideBNewID: "880", GWNoA: "775",
		NumberOfSources: ptr(4),
		SourceOriginal:  " Myanmar's Defense Ministry - statement\n Myawaddy TV\nMNDAA spokesperson Tun Myat Lin",
		PrioGridGID:     "163998", CountryID: "775", EventClarity: 1,
	}
	require.NoError(t, ucdp.SetExtra(&want, wantX))
	assert.Equal(t, want, e)
	assert.Equal(t, wantX, extra(t, e))
	assert.Empty(t, warns["209406"])
}

// TestReadAggregation checks GED 19.1 record 71686: an aggregation event
// over a year, coded to the country, with low 0, best 3, high 0.
func TestReadAggregation(t *testing.T) {
	evs, warns := byID(t, "testdata/ged19.csv")
	e := evs["71686"]
	assert.Equal(t, event.When{Start: day(1989, 1, 1), End: day(1989, 12, 31), Precision: event.DateYear}, e.When)
	assert.Equal(t, event.Where{
		Place: place.Ref{Name: "Myanmar (Burma)", Path: []place.Unit{
			{Level: place.LevelArea, Name: "Asia"},
			{Level: place.LevelCountry, Name: "Myanmar (Burma)"},
		}},
		Point:     &place.Point{Lat: 22, Lon: 98},
		Precision: place.PrecisionCountry,
	}, e.Where)
	gov := actor.Ref{Name: "Government of Myanmar (Burma)", Kind: actor.KindStateForces}
	knu := actor.Ref{Name: "KNU", Kind: actor.KindRebelGroup}
	assert.Equal(t, []event.Casualty{
		ucdpFigure(casualty.Combatants, casualty.Exactly(0), gov, ""),
		ucdpFigure(casualty.Combatants, casualty.Exactly(0), knu, ""),
		ucdpFigure(casualty.Civilians, casualty.Exactly(0), actor.Ref{}, ""),
		ucdpFigure(casualty.Unidentified, casualty.Exactly(3), actor.Ref{}, noteUnknown),
		ucdpFigure(casualty.People, casualty.Estimate(0, 3, 0), actor.Ref{}, noteTotal),
	}, e.Casualties)
	assert.Equal(t, []source.Citation{ucdpCite}, e.Citations)
	x := extra(t, e)
	assert.Equal(t, "AGGREGATION ", x.SourceOriginal)
	assert.Equal(t, 2, x.EventClarity)
	assert.Equal(t, 6, x.WKTDecimals, "POINT (98.000000 22.000000)")
	assert.Equal(t, ptr(-1), x.NumberOfSources)
	assert.Empty(t, x.Verbatim)

	require.Len(t, warns["71686"], 1)
	w := warns["71686"][0]
	assert.Equal(t, "high", w.Path)
	assert.ErrorIs(t, w.Code, ucdp.ErrRangeOrder)
	assert.Equal(t, event.Warning, w.Severity)
	assert.Equal(t, "best 3 is above high 0 (kept as UCDP publishes it)", w.Message)
}

// TestReadFreeTextSources checks old rows: free text in source_article is
// kept in Extra, not split into citations; the admin1 unit that UCDP coded
// (where_prec 4) is the place itself.
func TestReadFreeTextSources(t *testing.T) {
	evs, _ := byID(t, "testdata/ged19.csv")
	e := evs["50348"]
	assert.Equal(t, []source.Citation{ucdpCite}, e.Citations)
	x := extra(t, e)
	assert.Equal(t, "R 16/2", x.SourceArticle)
	assert.Equal(t, ptr(-1), x.NumberOfSources)
	assert.Equal(t, place.Ref{Name: "Shan State", Level: place.LevelAdmin1, Path: []place.Unit{
		{Level: place.LevelArea, Name: "Asia"},
		{Level: place.LevelCountry, Name: "Myanmar (Burma)"},
	}}, e.Where.Place)
	assert.Equal(t, place.PrecisionAdmin1, e.Where.Precision)
	// Non-state conflict: two organised groups, neither a state.
	assert.Equal(t, []event.Participant{
		{Actor: actor.Ref{Name: "MTA", Kind: actor.KindArmedGroup}, Role: event.Party},
		{Actor: actor.Ref{Name: "UWSA", Kind: actor.KindArmedGroup}, Role: event.Party},
	}, e.Participants)

	x = extra(t, evs["50091"])
	assert.Equal(t, "March 19, Irish Times", x.SourceArticle)
	assert.Equal(t, "Shan State\nArmy (SSA), spokesman Sao Lao Seng", x.SourceOriginal)
	assert.Equal(t, event.DateWeek, evs["50091"].When.Precision)
}

// TestReadOneSided checks Syria record 304543, one-sided violence: side_a
// perpetrator, side_b the civilian target.
func TestReadOneSided(t *testing.T) {
	evs, _ := byID(t, "testdata/syria.csv")
	e := evs["304543"]
	assert.Equal(t, event.ViolenceAgainstCivilians, e.Type)
	civilians := actor.Ref{Name: "Civilians", Kind: actor.KindCivilians}
	insurgents := actor.Ref{Name: "Syrian insurgents", Kind: actor.KindArmedGroup}
	assert.Equal(t, []event.Participant{
		{Actor: insurgents, Role: event.Perpetrator},
		{Actor: civilians, Role: event.Target},
	}, e.Participants)
	assert.Equal(t, []event.Casualty{
		ucdpFigure(casualty.Combatants, casualty.Exactly(0), insurgents, ""),
		ucdpFigure(casualty.Civilians, casualty.Exactly(0), civilians, ""),
		ucdpFigure(casualty.Civilians, casualty.Exactly(1), actor.Ref{}, ""),
		ucdpFigure(casualty.Unidentified, casualty.Exactly(0), actor.Ref{}, noteUnknown),
		ucdpFigure(casualty.People, casualty.Estimate(1, 1, 1), actor.Ref{}, noteTotal),
	}, e.Casualties)
	assert.False(t, (event.Validator{}).Event(&e).Has("participants", event.ErrNoTarget))
}

// TestReadNewlinesInSources checks Syria record 305912: nine packed
// sources, two of them with a newline inside the headline.
func TestReadNewlinesInSources(t *testing.T) {
	evs, _ := byID(t, "testdata/syria.csv")
	e := evs["305912"]
	require.Len(t, e.Citations, 10)
	assert.Equal(t, source.Citation{ID: "src-5", Source: source.Ref{Name: "Reuters News"}, Published: ptr(day(2019, 8, 19)),
		Title: "TURKISH DEFENCE MINISTRY SAYS THREE CIVILIANS KILLED, 12 WOUNDED IN AIR ATTACK\nON TURKISH CONVOY IN SYRIA -ANADOLU"}, e.Citations[5])
	assert.Equal(t, source.Citation{ID: "src-9", Source: source.Ref{Name: "Airwars"}, Published: ptr(day(2019, 8, 19)), Title: "R3827"}, e.Citations[9])
	assert.Equal(t, ptr(9), extra(t, e).NumberOfSources)
	// Interstate: the other side is a government too.
	assert.Equal(t, actor.Ref{Name: "Government of Israel", Kind: actor.KindStateForces}, evs["318367"].Participants[1].Actor)
}

// TestReadGED20 checks the 49-column fixture: the time part of the dates,
// active_year as true, code_status, best,high,low order.
func TestReadGED20(t *testing.T) {
	r, evs, warns := readFile(t, "testdata/ged20.csv")
	assert.Equal(t, ucdp.LayoutGED20, r.Layout())
	require.Len(t, evs, 3)
	e := evs[0]
	assert.Equal(t, "305500", e.Keys[0].Value)
	assert.Equal(t, event.On(day(2019, 8, 8)), e.When)
	x := extra(t, e)
	assert.Equal(t, " 00:00:00.000", x.DateTime)
	assert.Equal(t, ptr(true), x.ActiveYear)
	assert.True(t, x.ActiveYearWords)
	assert.Equal(t, "Clear", x.CodeStatus)
	assert.Equal(t, ucdp.LayoutGED20, x.Layout)
	// Record 71686 in the 20.1 column order: best 3, high 0, low 0.
	assert.Equal(t, casualty.Estimate(0, 3, 0), evs[2].Casualties[4].Count)
	require.Len(t, warns[2], 1)
	assert.ErrorIs(t, warns[2][0].Code, ucdp.ErrRangeOrder)
}

// TestReadHDX checks the 43-column HDX fixture: the HXL row is not data,
// iso3 gives the country's code.
func TestReadHDX(t *testing.T) {
	r, evs, _ := readFile(t, "testdata/hdx.csv")
	assert.Equal(t, ucdp.LayoutHDX, r.Layout())
	require.Len(t, evs, 2)
	assert.Equal(t, "209980", evs[0].Keys[0].Value)
	assert.Equal(t, place.Unit{Level: place.LevelCountry, Code: "MM", Name: "Myanmar (Burma)"}, evs[0].Where.Place.Path[1])
	hxl := r.HXL()
	require.Len(t, hxl, 43)
	assert.Equal(t, "#event+id", hxl[0])
	assert.Equal(t, "#country+code", hxl[29])
	raw := string(r.RawHeader())
	assert.True(t, strings.HasPrefix(raw, "id,year,active_year,"))
	assert.True(t, strings.HasSuffix(raw, ",#affected+killed+min,#affected+killed,#affected+killed+max"))
	assert.Equal(t, 1, strings.Count(raw, "\n"))
}

// TestRaw checks that Raw gives the record of the last event verbatim,
// newlines inside quoted cells included.
func TestRaw(t *testing.T) {
	b, err := os.ReadFile("testdata/ged19.csv")
	require.NoError(t, err)
	records, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	require.NoError(t, err)
	r := ucdp.NewReader(bytes.NewReader(b))
	for i := 1; ; i++ {
		_, err := r.Read()
		if err == io.EOF {
			require.Equal(t, len(records), i, "every record read")
			return
		}
		require.NoError(t, err)
		again, err := csv.NewReader(bytes.NewReader(r.Raw())).Read()
		require.NoError(t, err)
		assert.Equal(t, records[i], again, "record %d", i)
		assert.True(t, bytes.Contains(b, r.Raw()), "record %d verbatim", i)
	}
}

// header19 is the GED 19.1 header; base19 a record in it (GED 19.1 record
// 209980, from testdata/ged19.csv).
var header19 = strings.Split("id,year,active_year,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,side_a_new_id,gwnoa,side_a,side_b_new_id,gwnob,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high", ",")

var base19 = map[string]string{
	"id": "209980", "year": "2015", "active_year": "1", "type_of_violence": "1", "conflict_new_id": "439",
	"conflict_name": "Myanmar (Burma): Kokang", "dyad_new_id": "906", "dyad_name": "Government of Myanmar (Burma) - MNDAA",
	"side_a_new_id": "144", "gwnoa": "775", "side_a": "Government of Myanmar (Burma)", "side_b_new_id": "880", "gwnob": "",
	"side_b": "MNDAA", "number_of_sources": "1",
	"source_article": `"Democratic Voice of Burma,2015-05-13,Kokang conflict intensifies north of Laogai"`,
	"source_office":  "Democratic Voice of Burma", "source_date": "2015-05-13", "source_headline": "Kokang conflict intensifies north of Laogai",
	"source_original": "A key commander of the MNDAA ", "where_prec": "2", "where_coordinates": "Laukkaing Town",
	"adm_1": "Shan State", "adm_2": "Laukkaing District", "latitude": "23.690225", "longitude": "98.765042",
	"geom_wkt": "POINT (98.765042 23.690225)", "priogrid_gid": "163998", "country": "Myanmar (Burma)", "country_id": "775",
	"region": "Asia", "event_clarity": "1", "date_prec": "2", "date_start": "2015-05-11", "date_end": "2015-05-12",
	"deaths_a": "0", "deaths_b": "1", "deaths_civilians": "0", "deaths_unknown": "0", "low": "1", "best": "1", "high": "30",
}

// csv19 returns a GED 19.1 file: the header and one record per map of
// changes to base19.
func csv19(mods ...map[string]string) string {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.Write(header19)
	for _, m := range mods {
		row := make([]string, len(header19))
		for i, h := range header19 {
			row[i] = base19[h]
			if v, ok := m[h]; ok {
				row[i] = v
			}
		}
		_ = w.Write(row)
	}
	w.Flush()
	return b.String()
}

// readOne reads the single record of in.
func readOne(t *testing.T, in string) (event.Event, ucdp.Extra, event.Problems) {
	t.Helper()
	r := ucdp.NewReader(strings.NewReader(in))
	e, err := r.Read()
	require.NoError(t, err)
	warnings := r.Warnings()
	_, err = r.Read()
	require.ErrorIs(t, err, io.EOF)
	return e, extra(t, e), warnings
}

func TestQuirks(t *testing.T) {
	tests := []struct {
		name  string
		mods  map[string]string
		check func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems)
	}{
		{"active_year 1", map[string]string{"active_year": "1"}, func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
			assert.Equal(t, ptr(true), x.ActiveYear)
			assert.False(t, x.ActiveYearWords)
		}},
		{"active_year 0", map[string]string{"active_year": "0"}, func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
			assert.Equal(t, ptr(false), x.ActiveYear)
			assert.False(t, x.ActiveYearWords)
		}},
		{"active_year true", map[string]string{"active_year": "true"}, func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
			assert.Equal(t, ptr(true), x.ActiveYear)
			assert.True(t, x.ActiveYearWords)
			assert.Empty(t, x.Verbatim)
		}},
		{"active_year false", map[string]string{"active_year": "false"}, func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
			assert.Equal(t, ptr(false), x.ActiveYear)
			assert.True(t, x.ActiveYearWords)
			assert.Empty(t, x.Verbatim)
		}},
		{"active_year TRUE is kept verbatim", map[string]string{"active_year": "TRUE"}, func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
			assert.Equal(t, ptr(true), x.ActiveYear)
			assert.Equal(t, map[string]string{"active_year": "TRUE"}, x.Verbatim)
		}},
		{"active_year empty", map[string]string{"active_year": ""}, func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
			assert.Nil(t, x.ActiveYear)
		}},
		{"gwnoa list", map[string]string{"gwnoa": "2;200;900"}, func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
			assert.Equal(t, "2;200;900", x.GWNoA)
			assert.Empty(t, x.Verbatim)
		}},
		{"number_of_sources -1", map[string]string{"number_of_sources": "-1"}, func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
			assert.Equal(t, ptr(-1), x.NumberOfSources)
		}},
		{"number_of_sources empty", map[string]string{"number_of_sources": ""}, func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
			assert.Nil(t, x.NumberOfSources)
			assert.Empty(t, x.Verbatim)
		}},
		{"date with a 20.1 time part", map[string]string{"date_start": "2015-05-11 00:00:00.000", "date_end": "2015-05-12 00:00:00.000"},
			func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
				assert.Equal(t, event.When{Start: day(2015, 5, 11), End: day(2015, 5, 12), Precision: event.DateDays}, e.When)
				assert.Equal(t, " 00:00:00.000", x.DateTime)
				assert.Empty(t, x.Verbatim)
			}},
		{"date with an API time part", map[string]string{"date_start": "2015-05-11T00:00:00", "date_end": "2015-05-12T00:00:00"},
			func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
				assert.Equal(t, day(2015, 5, 12), e.When.End)
				assert.Equal(t, "T00:00:00", x.DateTime)
				assert.Empty(t, x.Verbatim)
			}},
		{"dates of different forms", map[string]string{"date_start": "2015-05-11 00:00:00.000", "date_end": "2015-05-12"},
			func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
				assert.Equal(t, day(2015, 5, 12), e.When.End)
				assert.Equal(t, map[string]string{"date_end": "2015-05-12"}, x.Verbatim)
			}},
		{"low above best", map[string]string{"low": "5"}, func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
			assert.Equal(t, casualty.Estimate(5, 1, 30), e.Casualties[4].Count)
			require.Len(t, w, 1)
			assert.Equal(t, "low", w[0].Path)
			assert.ErrorIs(t, w[0].Code, ucdp.ErrRangeOrder)
			assert.Equal(t, "low 5 is above best 1 (kept as UCDP publishes it)", w[0].Message)
		}},
		{"deaths do not add up", map[string]string{"deaths_civilians": "4"}, func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
			require.Len(t, w, 1)
			assert.Equal(t, "best", w[0].Path)
			assert.ErrorIs(t, w[0].Code, ucdp.ErrDeathsSum)
			assert.Equal(t, event.Warning, w[0].Severity)
		}},
		{"comma in a headline, semicolon in a headline", map[string]string{
			"number_of_sources": "2",
			"source_article":    `"Mizzima News,2015-04-28,Myanmar airforce ‘destroyed timber trucks’ in Kachin State: NGO ";"Democratic Voice of Burma,2015-04-28,KIO, government deliberate; armed clashes"`,
			"source_office":     "Mizzima News;Democratic Voice of Burma",
			"source_date":       "2015-04-28;2015-04-28",
			"source_headline":   "Myanmar airforce ‘destroyed timber trucks’ in Kachin State: NGO ;KIO, government deliberate; armed clashes",
		}, func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
			require.Len(t, e.Citations, 3)
			assert.Equal(t, "Myanmar airforce ‘destroyed timber trucks’ in Kachin State: NGO ", e.Citations[1].Title)
			assert.Equal(t, "KIO, government deliberate; armed clashes", e.Citations[2].Title)
			assert.Equal(t, "Democratic Voice of Burma", e.Citations[2].Source.Name)
			assert.Empty(t, x.Verbatim)
			assert.Empty(t, x.SourceArticle)
		}},
		{"undated packed source", map[string]string{"source_article": `"SOHR,,a headline"`, "source_office": "SOHR", "source_date": "", "source_headline": "a headline"},
			func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
				require.Len(t, e.Citations, 2)
				assert.Equal(t, source.Citation{ID: "src-1", Source: source.Ref{Name: "SOHR"}, Title: "a headline"}, e.Citations[1])
				assert.Empty(t, x.Verbatim)
			}},
		{"sources only in the parallel columns", map[string]string{"source_article": "", "source_office": "SOHR;SANA", "source_date": "2015-05-13;", "source_headline": "a;b"},
			func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
				require.Len(t, e.Citations, 3)
				assert.Equal(t, source.Citation{ID: "src-2", Source: source.Ref{Name: "SANA"}, Title: "b"}, e.Citations[2])
				assert.Equal(t, map[string]string{"source_article": ""}, x.Verbatim)
			}},
		{"unparallel source columns", map[string]string{"source_article": "R 13/7 2001", "source_office": "R;X", "source_date": "", "source_headline": ""},
			func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
				assert.Equal(t, []source.Citation{ucdpCite}, e.Citations)
				assert.Equal(t, "R 13/7 2001", x.SourceArticle)
				assert.Equal(t, map[string]string{"source_office": "R;X"}, x.Verbatim)
			}},
		{"where_prec 3 names the district", map[string]string{"where_prec": "3", "where_coordinates": "Laukkaing District"},
			func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
				assert.Equal(t, place.Ref{Name: "Laukkaing District", Level: place.LevelAdmin2, Path: []place.Unit{
					{Level: place.LevelArea, Name: "Asia"}, {Level: place.LevelCountry, Name: "Myanmar (Burma)"}, {Level: place.LevelAdmin1, Name: "Shan State"},
				}}, e.Where.Place)
				assert.Equal(t, place.PrecisionAdmin2, e.Where.Precision)
				assert.Equal(t, place.RelationIn, e.Where.Relation)
				assert.Empty(t, x.Verbatim)
			}},
		{"empty cells", map[string]string{"where_prec": "", "date_prec": "", "latitude": "", "longitude": "", "geom_wkt": "", "low": "", "best": "", "high": "", "deaths_a": "", "event_clarity": ""},
			func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
				assert.Nil(t, e.Where.Point)
				assert.Equal(t, place.PrecisionUnspecified, e.Where.Precision)
				assert.Equal(t, event.DateUnspecified, e.When.Precision)
				assert.Len(t, e.Casualties, 3)
				assert.Zero(t, x.EventClarity)
				assert.Empty(t, x.Verbatim)
			}},
		{"coordinates with trailing zeros", map[string]string{"latitude": "23.690000"},
			func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
				assert.Equal(t, place.Point{Lat: 23.69, Lon: 98.765042}, *e.Where.Point)
				assert.Equal(t, map[string]string{"latitude": "23.690000", "geom_wkt": "POINT (98.765042 23.690225)"}, x.Verbatim)
			}},
		{"newline in a quoted source_original", map[string]string{"source_original": "line one\r\nline two"},
			func(t *testing.T, e event.Event, x ucdp.Extra, w event.Problems) {
				// A quoted CR LF is kept as written.
				assert.Equal(t, "line one\r\nline two", x.SourceOriginal)
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, x, w := readOne(t, csv19(tc.mods))
			tc.check(t, e, x, w)
		})
	}
}

// TestBadRecords checks the error of each kind of bad cell: its sentinel,
// line, byte column and field, the record verbatim, and that reading goes
// on with the next record.
func TestBadRecords(t *testing.T) {
	tests := []struct {
		name   string
		mods   map[string]string
		field  string
		column int
		want   error
	}{
		{"empty id", map[string]string{"id": ""}, "id", 1, event.ErrMissing},
		{"type_of_violence 4", map[string]string{"type_of_violence": "4"}, "type_of_violence", 15, ucdp.ErrBadCode},
		{"type_of_violence empty", map[string]string{"type_of_violence": ""}, "type_of_violence", 15, ucdp.ErrBadCode},
		{"active_year yes", map[string]string{"active_year": "yes"}, "active_year", 13, ucdp.ErrBadCode},
		{"negative deaths", map[string]string{"deaths_a": "-1"}, "deaths_a", 0, casualty.ErrNegative},
		{"fractional deaths", map[string]string{"deaths_b": "1.5"}, "deaths_b", 0, ucdp.ErrBadNumber},
		{"best without low", map[string]string{"low": ""}, "low", 0, event.ErrMissing},
		{"number_of_sources -2", map[string]string{"number_of_sources": "-2"}, "number_of_sources", 0, ucdp.ErrBadNumber},
		{"latitude out of range", map[string]string{"latitude": "91"}, "latitude", 0, event.ErrBadPoint},
		{"latitude with a decimal comma", map[string]string{"latitude": "23,690225"}, "latitude", 0, ucdp.ErrBadNumber},
		{"latitude in exponent form out of range", map[string]string{"latitude": "1e3"}, "latitude", 0, event.ErrBadPoint},
		{"longitude without latitude", map[string]string{"latitude": ""}, "latitude", 0, event.ErrMissing},
		{"where_prec 8", map[string]string{"where_prec": "8"}, "where_prec", 0, ucdp.ErrBadCode},
		{"date_prec 0", map[string]string{"date_prec": "0"}, "date_prec", 0, ucdp.ErrBadCode},
		{"event_clarity 3", map[string]string{"event_clarity": "3"}, "event_clarity", 0, ucdp.ErrBadCode},
		{"date that does not exist", map[string]string{"date_start": "2015-02-30"}, "date_start", 0, event.ErrBadDate},
		{"date with a time", map[string]string{"date_end": "2015-05-12 10:30:00"}, "date_end", 0, event.ErrBadDate},
		{"end before start", map[string]string{"date_end": "2015-05-10"}, "date_end", 0, event.ErrDateOrder},
		{"end without start", map[string]string{"date_start": ""}, "date_start", 0, event.ErrMissing},
		{"NUL byte", map[string]string{"side_a": "\x00Caf"}, "side_a", 0, event.ErrBadText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := csv19(tc.mods, map[string]string{"id": "next"})
			r := ucdp.NewReader(strings.NewReader(in))
			_, err := r.Read()
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.want)
			var pe *event.ParseError
			require.True(t, errors.As(err, &pe))
			assert.Equal(t, 2, pe.Line)
			assert.Equal(t, tc.field, pe.Field)
			lines := strings.Split(in, "\n")
			assert.Equal(t, lines[1], string(pe.Record))
			if tc.column > 0 {
				assert.Equal(t, tc.column, pe.Column)
			}
			// The column points at the cell: its text starts there.
			i := indexOf(header19, tc.field)
			assert.Equal(t, strings.Join(cells(t, lines[1])[:i], ",")+sep(i), lines[1][:pe.Column-1])

			e, err := r.Read()
			require.NoError(t, err, "reading goes on")
			assert.Equal(t, "next", e.Keys[0].Value)
			_, err = r.Read()
			assert.ErrorIs(t, err, io.EOF)
		})
	}
}

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func sep(i int) string {
	if i == 0 {
		return ""
	}
	return ","
}

// cells splits a record line that has no quoted commas before the field
// under test into its raw cell texts.
func cells(t *testing.T, line string) []string {
	t.Helper()
	var out []string
	for len(line) > 0 {
		if line[0] == '"' {
			end := 1
			for end < len(line) {
				if line[end] == '"' {
					if end+1 < len(line) && line[end+1] == '"' {
						end += 2
						continue
					}
					break
				}
				end++
			}
			out = append(out, line[:end+1])
			line = strings.TrimPrefix(line[end+1:], ",")
			continue
		}
		cell, rest, _ := strings.Cut(line, ",")
		out = append(out, cell)
		line = rest
	}
	return out
}

// TestFatal checks errors that end reading: each is returned again.
func TestFatal(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want error
	}{
		{"empty input", "", 0, io.ErrUnexpectedEOF},
		{"no id column", strings.Replace(csv19(nil), "id,", "ident,", 1), 0, ucdp.ErrHeader},
		{"no date_end column", strings.Replace(csv19(nil), "date_end", "end", 1), 0, ucdp.ErrHeader},
		{"duplicate column", strings.Replace(csv19(nil), "year,", "ID,", 1), 0, event.ErrDuplicate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := ucdp.NewReader(strings.NewReader(tc.in))
			r.MaxRecordBytes = tc.max
			var err error
			for range 3 {
				if _, err = r.Read(); err != nil {
					break
				}
			}
			require.ErrorIs(t, err, tc.want)
			var pe *event.ParseError
			assert.True(t, errors.As(err, &pe))
			_, err2 := r.Read()
			assert.Equal(t, err, err2, "returned again")
			n := 0
			for _, err := range r.All() {
				assert.Equal(t, err, err2)
				n++
			}
			assert.Equal(t, 1, n, "All yields the fatal error once and stops")
		})
	}
}

func TestHeaderErrorNamesColumn(t *testing.T) {
	in := strings.Replace(csv19(nil), "type_of_violence", "violence", 1)
	r := ucdp.NewReader(strings.NewReader(in))
	_, err := r.Read()
	var pe *event.ParseError
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, "type_of_violence", pe.Field)
	assert.Equal(t, `ucdp: header has no column "type_of_violence": ucdp: not a UCDP GED header`, pe.Err.Error())
	assert.Equal(t, strings.SplitN(in, "\n", 2)[0], string(pe.Record))
}

// TestBOMAndCRLF reads a file with a byte-order mark and CRLF line ends,
// and writes it back with CRLF.
func TestBOMAndCRLF(t *testing.T) {
	in := "\ufeff" + strings.ReplaceAll(csv19(nil, map[string]string{"id": "2"}), "\n", "\r\n")
	r := ucdp.NewReader(strings.NewReader(in))
	var evs []event.Event
	for e, err := range r.All() {
		require.NoError(t, err)
		evs = append(evs, e)
	}
	require.Len(t, evs, 2)
	assert.Equal(t, "\r\n", r.LineEnd())
	assert.Equal(t, "id", r.Header()[0])
	assert.Empty(t, extra(t, evs[0]).Verbatim)
	out := write(t, r, evs)
	assert.Equal(t, in, string(out), "the byte-order mark too, from the events' Extra")
}

// TestExtraColumns checks that unknown columns are kept, in header order,
// and written back.
func TestExtraColumns(t *testing.T) {
	in := "id,population_best,type_of_violence,date_start,date_end,side_a,side_b,note\n" +
		"7,1200,2,2019-08-01,2019-08-02,IS,SDF,x\n"
	r := ucdp.NewReader(strings.NewReader(in))
	e, err := r.Read()
	require.NoError(t, err)
	x := extra(t, e)
	assert.Equal(t, []ucdp.Column{{Name: "population_best", Value: "1200"}, {Name: "note", Value: "x"}}, x.Columns)
	assert.Equal(t, ucdp.LayoutSyria, x.Layout, "no relid, iso3 or gwnoa")
	assert.Equal(t, in, string(write(t, r, []event.Event{e})))

	// Without Header, a Writer of the same layout appends them.
	var buf bytes.Buffer
	w := ucdp.NewWriter(&buf)
	require.NoError(t, w.Write(e))
	require.NoError(t, w.Close())
	got := records(t, buf.Bytes())
	require.Len(t, got, 1)
	assert.Equal(t, "1200", got[0]["population_best"])
	assert.Equal(t, "x", got[0]["note"])
	assert.Equal(t, "7", got[0]["id"])
}

// TestGeometryOnly reads a point from geom_wkt when there are no latitude
// and longitude columns (as in files made from the 23.1 GeoJSON release).
func TestGeometryOnly(t *testing.T) {
	in := "id,type_of_violence,date_start,date_end,geom_wkt\n" +
		"7,2,2019-08-01,2019-08-02,POINT (40.5117 35.0025)\n" +
		"8,2,2019-08-01,2019-08-02,POINT (40.5117)\n"
	r := ucdp.NewReader(strings.NewReader(in))
	e, err := r.Read()
	require.NoError(t, err)
	assert.Equal(t, &place.Point{Lat: 35.0025, Lon: 40.5117}, e.Where.Point)
	assert.Empty(t, extra(t, e).Verbatim)
	_, err = r.Read()
	assert.ErrorIs(t, err, ucdp.ErrBadNumber)
}

// TestReadAll checks the strict convenience: it stops at the first error.
func TestReadAll(t *testing.T) {
	evs, err := ucdp.ReadAll(strings.NewReader(csv19(nil, map[string]string{"id": ""}, map[string]string{"id": "3"})))
	assert.ErrorIs(t, err, event.ErrMissing)
	require.Len(t, evs, 1)
	assert.Equal(t, "209980", evs[0].Keys[0].Value)

	evs, err = ucdp.ReadAll(strings.NewReader(csv19(nil, nil)))
	assert.NoError(t, err)
	assert.Len(t, evs, 2)
}

// TestBeforeRead checks the accessors before the first Read.
func TestBeforeRead(t *testing.T) {
	r := ucdp.NewReader(strings.NewReader(csv19(nil)))
	assert.Nil(t, r.Header())
	assert.Nil(t, r.HXL())
	assert.Nil(t, r.RawHeader())
	assert.Nil(t, r.Raw())
	assert.Equal(t, "\n", r.LineEnd())
	assert.Equal(t, ucdp.Layout(""), r.Layout())
	assert.Nil(t, r.Warnings())
}
