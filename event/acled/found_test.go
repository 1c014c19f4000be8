package acled_test

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/acled"
)

// TestFoundFiles reads the real files of testdata/found (real rows of other
// countries and decades, and the same rows as R, pandas, Stata and
// spreadsheet programs write them; found/FOUND.SOURCE.md gives each one's
// provenance): every record reads, no event fails validation, no record
// warns, and the file is written back cell for cell in its own layout,
// directly and after a detour through NDJSON.
func TestFoundFiles(t *testing.T) {
	tests := []struct {
		file     string
		layout   string
		n        int
		form     acled.DateForm // of the first event
		verbatim int            // cells the Writer gives back from Extra.Verbatim
		check    func(t *testing.T, res result)
	}{
		{file: "algeria2001_v5.csv", layout: acled.LayoutV5, n: 4, form: acled.DateSlash},
		{file: "bangladesh2015_v5.csv", layout: acled.LayoutV5, n: 6, form: acled.DateDayMonthYearPadded,
			verbatim: 1, // "88.10", which the Writer writes 88.1
			check: func(t *testing.T, res result) {
				// ACLED's version 5 files put the victims of some violence
				// against civilians in actor1 (22BNG: civilians, then the
				// police): a warning, not an error.
				e := eventWithKey(t, res, "22BNG")
				assert.Equal(t, event.ViolenceAgainstCivilians, e.Type)
				ps := event.Validator{}.Event(&e)
				assert.True(t, ps.Has("participants", event.ErrNoTarget), "%v", ps)
				assert.Empty(t, ps.Errors())
			}},
		{file: "bangladesh2015_spreadsheet.csv", layout: acled.LayoutV5, n: 6, form: acled.DateDayMonYear},
		{file: "africa2016_realtime.csv", layout: acled.LayoutRealtime2016, n: 11, form: acled.DateISO,
			verbatim: 2, // "Agence France Presse ", "Somali Memo ": the Writer trims source names
			check:    checkAfrica2016},
		{file: "africa2016_pandas_resave.csv", layout: acled.LayoutRealtime2016, n: 11, form: acled.DateISO, verbatim: 2,
			check: func(t *testing.T, res result) {
				x := extra(t, res.events[3])
				assert.Equal(t, []acled.Column{{Name: "", Value: "3"}, {Name: "Unnamed: 0", Value: "20"}}, x.Columns,
					"pandas' index and the file's old one, under the name pandas gave it")
			}},
		{file: "africa2016_stata_dots.csv", layout: acled.LayoutRealtime2016, n: 11, form: acled.DateISO,
			verbatim: 13, // eleven ".", and the two source names
			check: func(t *testing.T, res result) {
				for _, e := range res.events {
					x := extra(t, e)
					assert.Empty(t, x.EventIDNoCnty, "Stata's missing number")
					assert.Equal(t, ".", x.Verbatim["event_id_no_cnty"])
				}
			}},
		{file: "afghanistan2020_export2019.csv", layout: acled.Layout2019, n: 6, form: acled.DateLong},
		{file: "afghanistan2020_r_writecsv.csv", layout: acled.Layout2019, n: 6, form: acled.DateLong,
			verbatim: 15, // the NA cells
			check: func(t *testing.T, res result) {
				assert.Equal(t, "", res.layout.Columns[0], "R's row names")
				for i, e := range res.events {
					assertNoNA(t, e)
					x := extra(t, e)
					assert.Equal(t, []acled.Column{{Name: "", Value: string(rune('1' + i))}}, x.Columns)
				}
			}},
		{file: "afghanistan2020_trailing_columns.csv", layout: acled.Layout2019, n: 6, form: acled.DateLong,
			check: func(t *testing.T, res result) {
				x := extra(t, res.events[0])
				assert.Len(t, x.Columns, 7, "seven unnamed columns, each kept")
			}},
		{file: "benin2022_r_na.csv", layout: acled.LayoutCurrent, n: 8, form: acled.DateLong,
			verbatim: 30, // the NA cells
			check:    checkBenin},
		{file: "somalia2025_current.csv", layout: acled.LayoutCurrent, n: 6, form: acled.DateISO,
			verbatim: 1, // "45.7980"
			check: func(t *testing.T, res result) {
				x := extra(t, res.events[0])
				assert.Equal(t, acled.InterText, x.InterForm)
				e := eventWithKey(t, res, "SOM49644")
				require.Len(t, e.Participants, 2, "protesters and their associate, no target")
				assert.Equal(t, actor.KindProtesters, e.Participants[0].Actor.Kind)
			}},
		{file: "somalia2025_iso_utc.csv", layout: acled.LayoutCurrent, n: 6, form: acled.DateTimeZ, verbatim: 1},
		{file: "somalia2025_pandas_tz.csv", layout: acled.LayoutCurrent, n: 6, form: acled.DateTimeOffset},
		{file: "algeria2001_spaces.csv", layout: acled.LayoutV5, n: 4, form: acled.DateSlash,
			verbatim: 5, // the five cells with spaces
			check: func(t *testing.T, res result) {
				plain := readAll(t, readFile(t, "testdata/found/algeria2001_v5.csv"))
				for i := range res.events {
					got, want := res.events[i], plain.events[i]
					got.Ext, want.Ext = nil, nil
					assert.Equal(t, want, got, "the same event as without the spaces (record %d)", i+1)
				}
				assert.Equal(t, "\u00a04.08282", extra(t, res.events[0]).Verbatim["longitude"])
			}},
		{file: "bangladesh2024_monadic.csv", layout: acled.LayoutCurrent, n: 4, form: acled.DateSpreadsheet,
			verbatim: 2, // the interaction of both actors, on rows of one actor
		},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			in := readFile(t, "testdata/found/"+tc.file)
			res := readAll(t, in)
			require.Empty(t, res.rejects)
			require.Len(t, res.events, tc.n)
			assert.Equal(t, tc.layout, res.layout.Name)
			assert.Equal(t, tc.form, extra(t, res.events[0]).DateForm)
			verbatim := 0
			for i, e := range res.events {
				assert.Empty(t, res.warnings[i], "record %d", i+1)
				assert.Empty(t, validationErrors(&e), "record %d", i+1)
				verbatim += len(extra(t, e).Verbatim)
			}
			assert.Equal(t, tc.verbatim, verbatim, "Verbatim cells")

			want := records(t, in)
			for _, via := range []string{"direct", "NDJSON"} {
				events := res.events
				if via == "NDJSON" {
					events = viaNDJSON(t, events)
				}
				out := write(t, func(w io.Writer) *acled.Writer {
					wr := acled.NewWriter(w)
					wr.Layout = res.layout
					return wr
				}, events)
				assert.Equal(t, want, records(t, out), "cell for cell, %s", via)
			}
			if tc.check != nil {
				tc.check(t, res)
			}
		})
	}
}

// checkAfrica2016 checks the old event types of the 2016 realtime file and
// the rows that show how ACLED coded violence against civilians then.
func checkAfrica2016(t *testing.T, res result) {
	types := map[string]event.Type{
		"8188RTA": event.Protests,                      // Riots/Protests
		"8087RTA": event.ExplosionsRemoteViolence,      // Remote violence
		"8187RTA": event.StrategicDevelopments,         // Strategic development
		"8086RTA": event.NonViolentTransferOfTerritory, // Non-violent transfer of territory
		"8013RTA": event.GovernmentRegainsTerritory,    // Battle-Government regains territory
		"8062RTA": event.ArmedClash,                    // Battle-No change of territory
		"7984RTA": event.ViolenceAgainstCivilians,
	}
	for key, want := range types {
		assert.Equal(t, want, eventWithKey(t, res, key).Type, key)
	}
	// Violence against protesters (inter 6) was violence against civilians.
	e := eventWithKey(t, res, "7984RTA")
	assert.Equal(t, actor.KindProtesters, e.Participants[1].Actor.Kind)
	assert.False(t, event.Validator{}.Event(&e).Has("participants", event.ErrNoTarget))
	// Protesters coded as actor1 and the police as actor2: a warning.
	e = eventWithKey(t, res, "7898RTA")
	assert.True(t, event.Validator{}.Event(&e).Has("participants", event.ErrNoTarget))
	// An admin unit that begins with "NA" is a name, not a missing value.
	e = eventWithKey(t, res, "8026RTA")
	assert.Equal(t, "NA (Agdal Riyad)", e.Where.Place.Path[len(e.Where.Place.Path)-1].Name)
	// Names are kept as written, trailing space and accents included.
	assert.Equal(t, "Military Forces of Nigeria (2015-) ", eventWithKey(t, res, "8062RTA").Participants[0].Actor.Name)
	assert.Equal(t, "Séléka Militia", eventWithKey(t, res, "7606RTA").Participants[0].Actor.Name)
}

// checkBenin checks the R file: nothing is named "NA", and the dates keep
// their two-digit days.
func checkBenin(t *testing.T, res result) {
	for _, e := range res.events {
		assertNoNA(t, e)
	}
	e := eventWithKey(t, res, "BEN892")
	for _, p := range e.Participants {
		assert.NotEqual(t, event.Target, p.Role, "actor2 NA is no actor")
	}
	x := extra(t, e)
	assert.False(t, x.CivilianTargeting)
	assert.Nil(t, e.Tags)
	assert.Equal(t, "NA", x.Verbatim["civilian_targeting"])
	x = extra(t, eventWithKey(t, res, "BEN859"))
	assert.Equal(t, acled.DateLongPadded, x.DateForm, "07 December 2022")
	assert.Empty(t, x.Verbatim["event_date"])
}

// assertNoNA fails if any text of e, its Extra record aside, is "NA".
func assertNoNA(t *testing.T, e event.Event) {
	t.Helper()
	e.Ext = nil
	b, err := event.MarshalEvent(e)
	require.NoError(t, err)
	assert.NotContains(t, string(b), `"NA"`)
}

// eventWithKey returns the event of res whose ACLED key is key.
func eventWithKey(t *testing.T, res result, key string) event.Event {
	t.Helper()
	for _, e := range res.events {
		for _, k := range e.Keys {
			if k.Value == key {
				return e
			}
		}
	}
	t.Fatalf("no event %s", key)
	return event.Event{}
}

// TestAllRejected reads files whose every record is rejected: the Reader's
// Layout and RawHeader are the file's own, and a Writer given that Layout
// and no event writes the header (and the HXL row) back.
func TestAllRejected(t *testing.T) {
	hdx := string(readFile(t, "testdata/v5_hdx.csv"))
	tests := []struct {
		name   string
		in     string
		header string // the header lines written back
	}{
		// A real file (Kenya, 2019 layout, dd-mm-yy dates, an extra column).
		{"Kenya 2019 dd-mm-yy", string(readFile(t, "testdata/found/kenya2019_ddmmyy.csv")),
			"data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,countycode,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3\n"},
		// The real HDX row with its date as an ambiguous numeric form.
		{"HDX version 5 with an HXL row", strings.Replace(hdx, "18/04/2001", "18/04/01", 1),
			strings.Join(strings.SplitAfter(hdx, "\n")[:2], "")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := acled.NewReader(strings.NewReader(tc.in))
			n := 0
			for _, err := range r.All() {
				require.ErrorIs(t, err, event.ErrBadDate)
				n++
			}
			assert.Equal(t, strings.Count(tc.in, "\n")-strings.Count(tc.header, "\n"), n, "every record rejected")
			l := r.Layout()
			require.False(t, l.IsZero())
			assert.Equal(t, strings.TrimSuffix(tc.header, "\n"), string(r.RawHeader()))

			var out bytes.Buffer
			w := acled.NewWriter(&out)
			w.Layout = l
			require.NoError(t, w.Close())
			assert.Equal(t, tc.header, out.String())
		})
	}
}

// TestHistoricalEventTypes reads the real version 5 row of Algeria (1416RTA)
// with each event type of ACLED's files before 2019, and writes it back with
// the label as read.
func TestHistoricalEventTypes(t *testing.T) {
	lines := strings.SplitAfter(string(readFile(t, "testdata/found/algeria2001_v5.csv")), "\n")
	header, row := lines[0], lines[1]
	tests := []struct {
		label    string
		want     event.Type
		verbatim bool // not the Writer's spelling of the label
	}{
		{"Battle-No change of territory", event.ArmedClash, false},
		{"Battle-Government regains territory", event.GovernmentRegainsTerritory, false},
		{"Battle-Non-state actor overtakes territory", event.NonStateActorOvertakesTerritory, false},
		{"Battle-non-state actor overtakes territory", event.NonStateActorOvertakesTerritory, true},
		{"Battle-No Change of territory", event.ArmedClash, true},
		{"Headquarters or base established", event.HeadquartersOrBaseEstablished, false},
		{"Non-violent transfer of territory", event.NonViolentTransferOfTerritory, false},
		{"Riots/Protests", event.Protests, false},
		{"Remote violence", event.ExplosionsRemoteViolence, false},
		{"Strategic development", event.StrategicDevelopments, false},
		{"Violence against civilians ", event.ViolenceAgainstCivilians, true},
	}
	for _, tc := range tests {
		t.Run(tc.label, func(t *testing.T) {
			in := header + strings.Replace(row, ",Violence against civilians,", ","+tc.label+",", 1)
			res := readAll(t, []byte(in))
			require.Empty(t, res.rejects)
			require.Len(t, res.events, 1)
			e := res.events[0]
			assert.Equal(t, tc.want, e.Type)
			assert.Empty(t, validationErrors(&e))
			_, hasVerbatim := extra(t, e).Verbatim["event_type"]
			assert.Equal(t, tc.verbatim, hasVerbatim)
			out := write(t, acled.NewWriter, viaNDJSON(t, res.events))
			assert.Equal(t, in, string(out))
		})
	}
	t.Run("written from the model in the old layouts", func(t *testing.T) {
		e := modelEvent()
		e.Type = event.NonStateActorOvertakesTerritory
		for _, l := range []acled.Layout{acled.V5, acled.Realtime2016} {
			out := write(t, func(w io.Writer) *acled.Writer {
				wr := acled.NewWriter(w)
				wr.Layout = l
				return wr
			}, []event.Event{e})
			assert.Contains(t, string(out), ",Battle-Non-state actor overtakes territory,", l.Name)
		}
	})
}

// TestMissing checks the Missing option on the cells the package knows, and
// that columns it does not know keep theirs.
func TestMissing(t *testing.T) {
	header := currentHeader + ",analyst_note"
	tests := []struct {
		name    string
		missing []string
		changes map[string]string
		check   func(t *testing.T, e event.Event, x acled.Extra)
		err     error
	}{
		{name: "NA actor2 and inter2 by default", changes: map[string]string{"actor2": "NA", "inter2": "NA", "interaction": "80"},
			check: func(t *testing.T, e event.Event, x acled.Extra) {
				require.Len(t, e.Participants, 1)
				assert.Equal(t, map[string]string{"actor2": "NA", "inter2": "NA"}, x.Verbatim)
			}},
		{name: "pandas nan, None, NULL", changes: map[string]string{"admin3": "nan", "tags": "None", "source_scale": "NULL"},
			check: func(t *testing.T, e event.Event, x acled.Extra) {
				assert.Len(t, e.Where.Place.Path, 3, "no admin3")
				assert.Nil(t, e.Tags)
				assert.Empty(t, x.SourceScale)
			}},
		{name: "NA in a numeric column", changes: map[string]string{"fatalities": "NA"},
			check: func(t *testing.T, e event.Event, x acled.Extra) { assert.Nil(t, e.Casualties) }},
		{name: "Stata's dot in a numeric column", changes: map[string]string{"fatalities": "."},
			check: func(t *testing.T, e event.Event, x acled.Extra) { assert.Nil(t, e.Casualties) }},
		{name: "Stata's .a, also with an explicit set", missing: []string{}, changes: map[string]string{"geo_precision": ".a"},
			check: func(t *testing.T, e event.Event, x acled.Extra) { assert.Zero(t, e.Where.Precision) }},
		{name: "a dot is text in a text column", changes: map[string]string{"location": "."},
			check: func(t *testing.T, e event.Event, x acled.Extra) { assert.Equal(t, ".", e.Where.Place.Name) }},
		{name: "only the empty cell with an empty set", missing: []string{}, changes: map[string]string{"admin3": "NA"},
			check: func(t *testing.T, e event.Event, x acled.Extra) { assert.Equal(t, "NA", e.Where.Place.Path[3].Name) }},
		{name: "only the empty cell: NA is no number", missing: []string{}, changes: map[string]string{"fatalities": "NA"},
			err: acled.ErrBadNumber},
		{name: "a set of one's own", missing: []string{"-"}, changes: map[string]string{"admin3": "-", "admin2": "NA"},
			check: func(t *testing.T, e event.Event, x acled.Extra) {
				assert.Equal(t, "NA", e.Where.Place.Path[2].Name)
				assert.Len(t, e.Where.Place.Path, 3)
			}},
		{name: "the whole cell only", changes: map[string]string{"admin3": "NA (Agdal Riyad)", "tags": " NA"},
			check: func(t *testing.T, e event.Event, x acled.Extra) {
				assert.Equal(t, "NA (Agdal Riyad)", e.Where.Place.Path[3].Name)
				assert.Equal(t, []string{" NA"}, e.Tags)
			}},
		{name: "a whole number written as a decimal", changes: map[string]string{"fatalities": "3.0", "inter1": "8.0", "iso": "760.0"},
			check: func(t *testing.T, e event.Event, x acled.Extra) {
				assert.Equal(t, actor.KindExternalOther, e.Participants[0].Actor.Kind)
				assert.Equal(t, map[string]string{"fatalities": "3.0", "inter1": "8.0", "iso": "760.0"}, x.Verbatim)
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			line, _ := row(tc.changes)
			in := header + "\n" + line + ",NA\n"
			r := acled.NewReader(strings.NewReader(in))
			r.Missing = tc.missing
			e, err := r.Read()
			if tc.err != nil {
				assert.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			x := extra(t, e)
			v, _ := x.Column("analyst_note")
			assert.Equal(t, "NA", v, "columns the package does not know are kept as they are")
			tc.check(t, e, x)
			out := write(t, func(w io.Writer) *acled.Writer {
				wr := acled.NewWriter(w)
				wr.Layout = r.Layout()
				return wr
			}, viaNDJSON(t, []event.Event{e}))
			assert.Equal(t, in, string(out), "written back as read")
		})
	}
}

// TestCellsAsFound checks numbers with spaces around them, inter labels in
// other letter cases, and a point at (0, 0).
func TestCellsAsFound(t *testing.T) {
	tests := []struct {
		name    string
		changes map[string]string
		warn    error
		check   func(t *testing.T, e event.Event)
	}{
		{name: "no-break space before a longitude", changes: map[string]string{"longitude": "\u00a040.9116"},
			check: func(t *testing.T, e event.Event) { assert.Equal(t, 40.9116, e.Where.Point.Lon) }},
		{name: "narrow no-break and figure spaces", changes: map[string]string{"latitude": "34.4546\u202f", "fatalities": "\u20070"},
			check: func(t *testing.T, e event.Event) { assert.Equal(t, 34.4546, e.Where.Point.Lat) }},
		{name: "spaces around codes", changes: map[string]string{"geo_precision": " 2 ", "time_precision": "1\t", "iso": " 760", "timestamp": "1589243119 ", "year": " 2020", "event_id_cnty": "SYR78126\u00a0"},
			check: func(t *testing.T, e event.Event) {
				assert.Equal(t, "SY", e.Where.Place.Path[0].Code)
				assert.Equal(t, event.DeriveID("acled", "SYR78126"), e.ID)
			}},
		{name: "spaces around labels", changes: map[string]string{"event_type": "Explosions/Remote violence ", "event_date": " 2020-05-09", "disorder_type": "Political violence\u00a0"},
			check: func(t *testing.T, e event.Event) { assert.Equal(t, event.AirDroneStrike, e.Type) }},
		{name: "inter labels of the numeric era", changes: map[string]string{"inter1": "External/Other Forces", "inter2": "External/Other Forces", "interaction": "External/Other Forces-External/Other Forces"},
			check: func(t *testing.T, e event.Event) {
				assert.Equal(t, actor.KindExternalOther, e.Participants[1].Actor.Kind)
			}},
		{name: "inter labels in capitals", changes: map[string]string{"inter1": "EXTERNAL/OTHER FORCES", "inter2": "external/other forces", "interaction": "EXTERNAL/OTHER FORCES-External/Other forces"},
			check: func(t *testing.T, e event.Event) {
				assert.Equal(t, actor.KindExternalOther, e.Participants[0].Actor.Kind)
			}},
		{name: "a point at (0, 0)", changes: map[string]string{"latitude": "0", "longitude": "0"}, warn: event.ErrNullIsland,
			check: func(t *testing.T, e event.Event) {
				require.NotNil(t, e.Where.Point, "kept, as read")
				assert.True(t, e.Where.Point.IsNullIsland())
				assert.True(t, event.Validator{}.Event(&e).Errors().Has("where.point", event.ErrNullIsland))
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			line, _ := row(tc.changes)
			in := currentHeader + "\n" + line + "\n"
			res := readAll(t, []byte(in))
			require.Empty(t, res.rejects)
			require.Len(t, res.events, 1)
			if tc.warn != nil {
				require.Len(t, res.warnings[0], 1)
				assert.ErrorIs(t, res.warnings[0][0], tc.warn)
				assert.Equal(t, "latitude", res.warnings[0][0].Path)
				assert.Equal(t, `latitude "0" and longitude "0" put the event at (0, 0), which almost always stands for a missing value`, res.warnings[0][0].Message)
			} else {
				assert.Empty(t, res.warnings[0])
			}
			tc.check(t, res.events[0])
			out := write(t, acled.NewWriter, viaNDJSON(t, res.events))
			assert.Equal(t, in, string(out), "written back as read")
		})
	}
	t.Run("dd/mm/yyyy outside version 5 files", func(t *testing.T) {
		line, _ := row(map[string]string{"event_date": "09/05/2020"})
		_, err := acled.NewReader(strings.NewReader(currentHeader + "\n" + line + "\n")).Read()
		var pe *event.ParseError
		require.True(t, errors.As(err, &pe))
		assert.Equal(t, "event_date", pe.Field)
		assert.EqualError(t, pe.Err, `acled: invalid date "09/05/2020": dd/mm/yyyy is the convention of version 5 files only; `+
			`in a file of the current layout a spreadsheet program may have written mm/dd/yyyy, so day and month cannot be told apart: refused`)
	})
}

// TestDateFormsPerRow checks that each row keeps its own date form, so that
// a file whose dates differ only in spelling is written back as read, and
// one whose forms differ warns once per row and is still written back.
func TestDateFormsPerRow(t *testing.T) {
	tests := []struct {
		name  string
		dates []string
		warns []bool
	}{
		{"padding shows late", []string{"28 May 2020", "07 May 2020", "9 May 2020"}, []bool{false, false, false}},
		{"padding shows first", []string{"07 May 2020", "28 May 2020"}, []bool{false, false}},
		{"abbreviation or name", []string{"9-May-2020", "1-January-2015", "1-Jan-2015"}, []bool{false, false, false}},
		{"two forms", []string{"2020-05-09", "9 May 2020", "2020-05-09T00:00:00Z"}, []bool{false, true, true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := currentHeader + "\n"
			for i, d := range tc.dates {
				day, _, err := acled.ParseDate(d)
				require.NoError(t, err)
				line, _ := row(map[string]string{"event_date": d, "year": strconv.Itoa(day.Year()), "event_id_cnty": "SYR" + strconv.Itoa(i)})
				in += line + "\n"
			}
			res := readAll(t, []byte(in))
			require.Empty(t, res.rejects)
			for i, w := range tc.warns {
				if w {
					require.Len(t, res.warnings[i], 1)
					assert.ErrorIs(t, res.warnings[i][0], acled.ErrMixedDates)
				} else {
					assert.Empty(t, res.warnings[i], tc.dates[i])
				}
				assert.Empty(t, extra(t, res.events[i]).Verbatim, tc.dates[i])
			}
			out := write(t, acled.NewWriter, viaNDJSON(t, res.events))
			assert.Equal(t, in, string(out))
		})
	}
}

// TestUnnamedColumns checks that a Writer with no layout set writes one
// column per unknown cell of the first event, unnamed ones included.
func TestUnnamedColumns(t *testing.T) {
	header := currentHeader + strings.Repeat(",", 7)
	line, _ := row(nil)
	in := header + "\n" + line + strings.Repeat(",", 7) + "\n"
	res := readAll(t, []byte(in))
	require.Len(t, res.events, 1)
	assert.Len(t, extra(t, res.events[0]).Columns, 7)
	out := write(t, acled.NewWriter, viaNDJSON(t, res.events))
	assert.Equal(t, in, string(out))
}

// TestValidationAudit reads rows shaped as ACLED publishes them and checks
// that none fails validation with an error; what they lack is at most a
// warning.
func TestValidationAudit(t *testing.T) {
	noPlace := map[string]string{"iso": "", "region": "", "country": "", "admin1": "", "admin2": "", "admin3": "",
		"location": "", "latitude": "", "longitude": "", "geo_precision": ""}
	tests := []struct {
		name    string
		changes map[string]string
		warns   []error // validation warnings
	}{
		{"no actor2", map[string]string{"actor2": "", "inter2": "0", "interaction": "80"}, nil},
		{"no location at all", noPlace, []error{event.ErrMissing}},
		{"0 fatalities", map[string]string{"fatalities": "0"}, nil},
		{"no fatalities", map[string]string{"fatalities": ""}, nil},
		{"time_precision 3 (month)", map[string]string{"time_precision": "3"}, nil},
		{"no time_precision", map[string]string{"time_precision": ""}, []error{event.ErrBadPrecision}},
		{"geo_precision 3 (region)", map[string]string{"geo_precision": "3"}, nil},
		{"ACLED as the only citation", map[string]string{"source": "", "source_scale": ""}, nil},
		{"no timestamp", map[string]string{"timestamp": ""}, nil},
		{"violence against civilians with no actor2", map[string]string{"event_type": "Violence against civilians", "sub_event_type": "Attack",
			"actor2": "", "inter2": "0", "interaction": "80"}, []error{event.ErrNoTarget}},
		{"violence against protesters", map[string]string{"event_type": "Violence against civilians", "sub_event_type": "Attack",
			"actor2": "Protesters (Syria)", "inter2": "6", "interaction": "68"}, nil},
		{"a tag list ending in a separator", map[string]string{"tags": "crowd size=no report; "}, []error{event.ErrMissing}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			line, _ := row(tc.changes)
			res := readAll(t, []byte(currentHeader+"\n"+line+"\n"))
			require.Empty(t, res.rejects)
			require.Len(t, res.events, 1)
			ps := event.Validator{}.Event(&res.events[0])
			assert.Empty(t, ps.Errors())
			var codes []error
			for _, p := range ps.Warnings() {
				codes = append(codes, p.Code)
			}
			assert.Equal(t, tc.warns, codes, "%v", ps)
		})
	}
}

// TestDateFormAcrossLayouts checks that events read from one layout family
// and written in another get that family's usual form, not theirs: a
// version 5 "dd/mm/yyyy" would not read back in the current layout.
func TestDateFormAcrossLayouts(t *testing.T) {
	res := readAll(t, readFile(t, "testdata/found/algeria2001_v5.csv"))
	require.Len(t, res.events, 4)
	out := write(t, func(w io.Writer) *acled.Writer {
		wr := acled.NewWriter(w)
		wr.Layout = acled.Current
		return wr
	}, res.events)
	back := readAll(t, out)
	require.Empty(t, back.rejects)
	require.Len(t, back.events, 4)
	assert.Equal(t, acled.DateISO, extra(t, back.events[0]).DateForm)
	assert.Equal(t, res.events[0].When, back.events[0].When)
}
