package acled_test

import (
	"io"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/acled"
	"github.com/conflictkit/conflict/place"
)

// TestFixtures reads each layout's fixture (testdata/README.md says where
// each comes from), checks what was detected, and writes it back.
func TestFixtures(t *testing.T) {
	tests := []struct {
		file     string
		layout   string
		n        int
		verbatim int
	}{
		{file: "current.csv", layout: acled.LayoutCurrent, n: 6},
		{file: "current_text.csv", layout: acled.LayoutCurrent, n: 6},
		{file: "hdx.csv", layout: acled.LayoutHDX, n: 3},
		{file: "export2019.csv", layout: acled.Layout2019, n: 6},
		{file: "realtime2016.csv", layout: acled.LayoutRealtime2016, n: 5},
		{file: "v5.csv", layout: acled.LayoutV5, n: 4, verbatim: 1},
		// The trimmed real HDX row has no actor2 column, so the violence
		// against civilians it records names no civilian target: a warning.
		{file: "v5_hdx.csv", layout: acled.LayoutV5, n: 1},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			in := readFile(t, "testdata/"+tc.file)
			res := readAll(t, in)
			require.Empty(t, res.rejects)
			require.Len(t, res.events, tc.n)
			assert.Equal(t, tc.layout, res.layout.Name)
			verbatim := 0
			var errs []error
			for i, e := range res.events {
				assert.Empty(t, res.warnings[i], "record %d", i+1)
				x := extra(t, e)
				assert.Equal(t, tc.layout, x.Layout)
				verbatim += len(x.Verbatim)
				for _, p := range validationErrors(&e) {
					errs = append(errs, p.Code)
				}
			}
			assert.Equal(t, tc.verbatim, verbatim, "Verbatim cells")
			assert.Empty(t, errs, "validation errors")

			want := records(t, in)
			out := write(t, func(w io.Writer) *acled.Writer {
				wr := acled.NewWriter(w)
				wr.Layout = res.layout
				return wr
			}, res.events)
			assert.Equal(t, want, records(t, out), "with the reader's layout")
			out = write(t, func(w io.Writer) *acled.Writer {
				wr := acled.NewWriter(w)
				wr.Layout = res.layout
				return wr
			}, viaNDJSON(t, res.events))
			assert.Equal(t, want, records(t, out), "through NDJSON")
		})
	}
}

// TestFixturesDefaultLayout writes the fixtures whose header is a
// documented layout with no layout set: the Writer takes it, with the date
// and inter forms, HXL row and line ends, from the events' Extra records.
func TestFixturesDefaultLayout(t *testing.T) {
	for _, file := range []string{"current.csv", "hdx.csv", "export2019.csv", "realtime2016.csv", "v5.csv"} {
		t.Run(file, func(t *testing.T) {
			in := readFile(t, "testdata/"+file)
			res := readAll(t, in)
			out := write(t, acled.NewWriter, viaNDJSON(t, res.events))
			assert.Equal(t, string(in), string(out))
		})
	}
	t.Run("current_text.csv", func(t *testing.T) {
		in := readFile(t, "testdata/current_text.csv")
		res := readAll(t, in)
		out := write(t, func(w io.Writer) *acled.Writer {
			wr := acled.NewWriter(w)
			wr.BOM = true
			return wr
		}, viaNDJSON(t, res.events))
		assert.Equal(t, string(in), string(out), "BOM, CRLF, text inter codes, long dates, CRLF in notes")
	})
}

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

// TestCurrentLayout checks the current layout's own columns on records
// of testdata/current.csv, by hand from the rows.
func TestCurrentLayout(t *testing.T) {
	res := readAll(t, readFile(t, "testdata/current.csv"))
	require.Len(t, res.events, 6)

	riot := res.events[3] // SYR78227
	assert.Equal(t, event.MobViolence, riot.Type)
	x := extra(t, riot)
	assert.Equal(t, []event.Disorder{event.DisorderPoliticalViolence, event.DisorderDemonstrations}, x.Disorder)
	assert.False(t, x.CivilianTargeting)
	assert.Equal(t, []string{"crowd size=no report"}, riot.Tags)
	assert.Equal(t, []event.Participant{
		{Actor: actor.Ref{Name: "Rioters (Syria)", Kind: actor.KindRioters}, Role: event.Perpetrator},
		{Actor: actor.Ref{Name: "Islamic State (Syria)"}, Role: event.PerpetratorAssociate},
		{Actor: actor.Ref{Name: "Prisoners (Syria)"}, Role: event.PerpetratorAssociate},
		{Actor: actor.Ref{Name: "QSD: Syrian Democratic Forces", Kind: actor.KindRebelGroup}, Role: event.Target},
		{Actor: actor.Ref{Name: "YPG: Peoples Protection Units - Anti-Terror Unit"}, Role: event.TargetAssociate},
		{Actor: actor.Ref{Name: "Global Coalition Against Daesh"}, Role: event.TargetAssociate},
	}, riot.Participants)
	require.Len(t, riot.Citations, 4, "ACLED and three outlets")
	assert.Equal(t, []string{"acled", "SOHR", "Liveuamap", "SHAM"},
		[]string{riot.Citations[0].ID, riot.Citations[1].Source.Name, riot.Citations[2].Source.Name, riot.Citations[3].Source.Name})
	assert.Equal(t, []string{"source-1", "source-2", "source-3"},
		[]string{riot.Citations[1].ID, riot.Citations[2].ID, riot.Citations[3].ID})

	vac := res.events[2] // SYR78179
	assert.Equal(t, event.Attack, vac.Type)
	assert.True(t, extra(t, vac).CivilianTargeting)
	assert.Equal(t, []event.Disorder{event.DisorderPoliticalViolence}, extra(t, vac).Disorder)

	month := res.events[5] // SYR78174: time_precision 3, geo_precision 3
	assert.Equal(t, event.When{Start: day(2020, 4, 29), End: day(2020, 4, 29), Precision: event.DateMonth}, month.When)
	assert.Equal(t, place.PrecisionRegion, month.Where.Precision)
	assert.Equal(t, acled.DateISO, extra(t, month).DateForm)
	assert.Equal(t, acled.InterNumeric, extra(t, month).InterForm)
}

// TestTextInterCodes reads the 2024+ text form: the same actors and kinds
// as the numeric form of the same rows.
func TestTextInterCodes(t *testing.T) {
	num := readAll(t, readFile(t, "testdata/current.csv"))
	text := readAll(t, readFile(t, "testdata/current_text.csv"))
	require.Len(t, text.events, len(num.events))
	for i := range num.events {
		assert.Equal(t, num.events[i].Participants, text.events[i].Participants, "record %d", i+1)
		assert.Equal(t, num.events[i].When, text.events[i].When, "record %d: '9 May 2020' is 2020-05-09", i+1)
		x := extra(t, text.events[i])
		assert.Equal(t, acled.InterText, x.InterForm)
		assert.Equal(t, acled.DateLong, x.DateForm)
		assert.True(t, x.CRLF)
	}
	// The quoted notes of SYR78179 hold a line break, CR LF in the file,
	// kept as written.
	assert.Contains(t, text.events[2].Notes, "members.\r\nNeither")
}

// TestRealtime2016 checks the 2016 file's quirks.
func TestRealtime2016(t *testing.T) {
	res := readAll(t, readFile(t, "testdata/realtime2016.csv"))
	require.Len(t, res.events, 5)
	types := []event.Type{}
	for _, e := range res.events {
		types = append(types, e.Type)
	}
	assert.Equal(t, []event.Type{event.ExplosionsRemoteViolence, event.ArmedClash, event.Protests,
		event.ViolenceAgainstCivilians, event.StrategicDevelopments}, types,
		"Remote violence, Battle-No change of territory, Riots/Protests, Violence against civilians, Strategic development")
	e := res.events[1]
	x := extra(t, e)
	assert.Equal(t, "652", x.GWNO, "Gleditsch–Ward, kept, not read as ISO")
	assert.Equal(t, []acled.Column{{Name: "", Value: "1"}}, x.Columns, "the unnamed index column")
	assert.Equal(t, "", e.Where.Place.Path[0].Code, "no iso column, so no country code")
	assert.Equal(t, event.PerpetratorAssociate, e.Participants[1].Role, "ally_actor_1")
	assert.Equal(t, "Militia (Pro-Government)", e.Participants[1].Actor.Name)
	assert.Equal(t, acled.DateISO, x.DateForm)
}

// TestV5 checks the upper-case version 5 layout.
func TestV5(t *testing.T) {
	res := readAll(t, readFile(t, "testdata/v5.csv"))
	require.Len(t, res.events, 4)
	e := res.events[0]
	assert.Equal(t, event.DeriveID("acled", "1416RTA"), e.ID)
	assert.Equal(t, event.ViolenceAgainstCivilians, e.Type)
	assert.Equal(t, event.When{Start: day(2001, 4, 18), End: day(2001, 4, 18), Precision: event.DateDay}, e.When)
	assert.Equal(t, place.Ref{Name: "Beni Douala", Level: place.LevelLocality, Path: []place.Unit{
		{Level: place.LevelCountry, Name: "Algeria"}, {Level: place.LevelAdmin1, Name: "Tizi Ouzou"},
		{Level: place.LevelAdmin2, Name: "Beni-Douala"}}}, e.Where.Place, "empty admin3 left out")
	assert.Equal(t, &place.Point{Lat: 36.61954, Lon: 4.08282}, e.Where.Point)
	assert.Equal(t, acled.DateSlash, extra(t, e).DateForm)

	span := res.events[1]
	assert.Equal(t, map[string]string{"year": "2001-2002"}, extra(t, span).Verbatim, "a YEAR span is kept as written")
	assert.Empty(t, res.warnings[1], "the span contains the event's year")
	assert.Equal(t, event.HeadquartersOrBaseEstablished, res.events[2].Type)
	assert.Equal(t, event.GovernmentRegainsTerritory, res.events[3].Type)
}

// TestHXL checks both HXL fixtures: the row under the header is not data,
// and it is kept in the layout.
func TestHXL(t *testing.T) {
	hdx := readAll(t, readFile(t, "testdata/hdx.csv"))
	assert.Equal(t, acled.HDX, hdx.layout)
	assert.True(t, extra(t, hdx.events[0]).HXL)

	v5 := readAll(t, readFile(t, "testdata/v5_hdx.csv"))
	assert.Equal(t, []string{"#event+code", "#date+occurred", "#date+year", "#event+type", "#group+name+first",
		"#country+name", "#adm1+name", "#adm2+name", "#adm3+name", "#loc+name", "#geo+lat", "#geo+lon",
		"#meta+source", "#description", "#affected+killed"}, v5.layout.HXL)
	assert.Equal(t, acled.HXLTags(v5.layout.Columns), v5.layout.HXL, "HDX tags the v5 columns as REFERENCE §5 says")
	require.Len(t, v5.events, 1)
	assert.Equal(t, "A Berber student was shot ...", v5.events[0].Notes)
}

// TestExport2019Identifiers checks the fallback identities.
func TestExport2019Identifiers(t *testing.T) {
	res := readAll(t, readFile(t, "testdata/export2019.csv"))
	require.Len(t, res.events, 6)
	assert.Equal(t, event.DeriveID("acled", "SYR78126"), res.events[0].ID)
	noID := res.events[3]
	assert.Equal(t, event.DeriveID("acled-data-id", "7083552"), noID.ID)
	assert.Equal(t, []event.Key{{Scheme: "acled-data-id", Value: "7083552"}}, noID.Keys)
	a, b := res.events[4], res.events[5] // identical rows without event_id_cnty or data_id
	assert.Empty(t, a.Keys)
	assert.NotEqual(t, a.ID, b.ID, "identical rows keep distinct IDs")
	again := readAll(t, readFile(t, "testdata/export2019.csv"))
	assert.Equal(t, a.ID, again.events[4].ID, "stable across reads")
	assert.Equal(t, b.ID, again.events[5].ID)
}

// TestLayouts checks the documented layouts' shapes (REFERENCE §1.2, §1.3).
func TestLayouts(t *testing.T) {
	counts := map[string]int{}
	for _, l := range acled.Layouts() {
		counts[l.Name] = len(l.Columns)
		if l.Name == acled.LayoutHDX {
			assert.Len(t, l.HXL, len(l.Columns))
		} else {
			assert.Nil(t, l.HXL, l.Name)
		}
	}
	assert.Equal(t, map[string]int{"current": 31, "hdx": 31, "2019": 31, "realtime-2016": 27, "v5": 25}, counts)
	assert.Equal(t, "", acled.Realtime2016.Columns[0], "the 2016 file's first header cell is empty")
	assert.Equal(t, "GWNO", acled.V5.Columns[0])
	_, ok := acled.LayoutNamed("2015")
	assert.False(t, ok)

	// The exported variables are copies: changing one changes nothing else.
	saved := acled.Current.Columns[0]
	acled.Current.Columns[0] = "changed"
	l, _ := acled.LayoutNamed(acled.LayoutCurrent)
	assert.Equal(t, "event_id_cnty", l.Columns[0])
	acled.Current.Columns[0] = saved
}
