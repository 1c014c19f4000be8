package acled_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
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
)

// currentHeader is the current layout's header line (REFERENCE §1.2).
var currentHeader = strings.Join(acled.Current.Columns, ",")

// baseRow is a current-layout row built from the sample's SYR78126, with
// notes shortened to a cell that needs no quoting.
var baseRow = map[string]string{
	"event_id_cnty": "SYR78126", "event_date": "2020-05-09", "year": "2020", "time_precision": "1",
	"disorder_type": "Political violence", "event_type": "Explosions/Remote violence",
	"sub_event_type": "Air/drone strike", "actor1": "Unidentified Military Forces", "assoc_actor_1": "",
	"inter1": "8", "actor2": "Military Forces of Iran (1989-)", "assoc_actor_2": "", "inter2": "8",
	"interaction": "88", "civilian_targeting": "", "iso": "760", "region": "Middle East", "country": "Syria",
	"admin1": "Deir-ez-Zor", "admin2": "Abu Kamal", "admin3": "Abu Kamal", "location": "Al-Bukamal",
	"latitude": "34.4546", "longitude": "40.9116", "geo_precision": "2", "source": "Liveuamap",
	"source_scale": "Local partner-New media", "notes": "Neither fatalities nor injuries were reported.",
	"fatalities": "0", "tags": "", "timestamp": "1589243119",
}

// row returns baseRow in the current layout with some cells changed, as a
// CSV line without its line end, and the 1-based byte column of each cell
// (valid up to the first quoted cell).
func row(changes map[string]string) (string, map[string]int) {
	cells := make([]string, len(acled.Current.Columns))
	cols := map[string]int{}
	col := 1
	for i, name := range acled.Current.Columns {
		v, ok := changes[name]
		if !ok {
			v = baseRow[name]
		}
		cells[i] = v
		cols[name] = col
		col += len(v) + 1
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.Write(cells)
	w.Flush()
	return strings.TrimSuffix(buf.String(), "\n"), cols
}

// TestQuirks reads each quirk the issue names for ACLED from a small input.
func TestQuirks(t *testing.T) {
	base, _ := row(nil)
	t.Run("BOM", func(t *testing.T) {
		res := readAll(t, []byte("\ufeff"+currentHeader+"\n"+base+"\n"))
		require.Len(t, res.events, 1)
		assert.Equal(t, "event_id_cnty", res.layout.Columns[0], "the mark is not part of the first name")
		assert.Equal(t, event.DeriveID("acled", "SYR78126"), res.events[0].ID)
	})
	t.Run("CRLF", func(t *testing.T) {
		r := acled.NewReader(strings.NewReader(currentHeader + "\r\n" + base + "\r\n"))
		_, err := r.Read()
		require.NoError(t, err)
		assert.Equal(t, "\r\n", r.LineEnd())
		assert.Equal(t, currentHeader, string(r.RawHeader()))
		assert.Equal(t, base, string(r.Raw()), "the record verbatim, without its line end")
	})
	t.Run("HXL row", func(t *testing.T) {
		hxl := strings.Join(acled.HXLTags(acled.Current.Columns), ",")
		r := acled.NewReader(strings.NewReader(currentHeader + "\n" + hxl + "\n" + base + "\n"))
		e, err := r.Read()
		require.NoError(t, err)
		assert.Equal(t, event.AirDroneStrike, e.Type, "the hashtag row is not a record")
		assert.Equal(t, currentHeader+"\n"+hxl, string(r.RawHeader()))
		assert.Equal(t, acled.LayoutHDX, r.Layout().Name)
		_, err = r.Read()
		assert.Equal(t, io.EOF, err)
	})
	t.Run("text inter codes", func(t *testing.T) {
		line, _ := row(map[string]string{"inter1": "External/Other forces", "inter2": "External/Other forces",
			"interaction": "External/Other forces-External/Other forces"})
		res := readAll(t, []byte(currentHeader+"\n"+line+"\n"))
		require.Len(t, res.events, 1)
		assert.Equal(t, actor.KindExternalOther, res.events[0].Participants[0].Actor.Kind)
		assert.Equal(t, actor.KindExternalOther, res.events[0].Participants[1].Actor.Kind)
		x := extra(t, res.events[0])
		assert.Equal(t, acled.InterText, x.InterForm)
		assert.Empty(t, x.Verbatim)
		assert.Empty(t, res.warnings[0])
	})
	t.Run("newline in quoted notes", func(t *testing.T) {
		line, _ := row(map[string]string{"notes": "first line\nsecond line"})
		in := currentHeader + "\n" + line + "\n" + base + "\n"
		r := acled.NewReader(strings.NewReader(in))
		e, err := r.Read()
		require.NoError(t, err)
		assert.Equal(t, "first line\nsecond line", e.Notes)
		// The next record starts on line 4; a bad cell there says so.
		bad, cols := row(map[string]string{"fatalities": "x"})
		r = acled.NewReader(strings.NewReader(currentHeader + "\n" + line + "\n" + bad + "\n"))
		_, err = r.Read()
		require.NoError(t, err)
		_, err = r.Read()
		var pe *event.ParseError
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, 4, pe.Line)
		assert.Equal(t, cols["fatalities"], pe.Column)
	})
	t.Run("packed sources", func(t *testing.T) {
		line, _ := row(map[string]string{"source": "SOHR; Liveuamap;SHAM"})
		res := readAll(t, []byte(currentHeader+"\n"+line+"\n"))
		require.Len(t, res.events, 1)
		e := res.events[0]
		var names []string
		for _, c := range e.Citations[1:] {
			names = append(names, c.Source.Name)
		}
		assert.Equal(t, []string{"SOHR", "Liveuamap", "SHAM"}, names)
		assert.Equal(t, "Local partner-New media", extra(t, e).SourceScale)
		// "; " is what the Writer joins with, so the odd spacing is kept.
		assert.Equal(t, map[string]string{"source": "SOHR; Liveuamap;SHAM"}, extra(t, e).Verbatim)
	})
	t.Run("extra columns", func(t *testing.T) {
		// population_best's values were not inspected upstream
		// (REFERENCE §1.2); 1234 is a placeholder.
		res := readAll(t, []byte(currentHeader+",population_best\n"+base+",1234\n"))
		require.Len(t, res.events, 1)
		x := extra(t, res.events[0])
		assert.Equal(t, []acled.Column{{Name: "population_best", Value: "1234"}}, x.Columns)
		v, ok := x.Column("population_best")
		assert.True(t, ok)
		assert.Equal(t, "1234", v)
		out := write(t, acled.NewWriter, viaNDJSON(t, res.events))
		assert.Equal(t, currentHeader+",population_best\n"+base+",1234\n", string(out),
			"written back, also with no layout set")
	})
	t.Run("missing event_id_cnty", func(t *testing.T) {
		line, _ := row(map[string]string{"event_id_cnty": ""})
		other, _ := row(map[string]string{"event_id_cnty": "", "notes": "Another record."})
		res := readAll(t, []byte(currentHeader+"\n"+line+"\n"+other+"\n"))
		require.Len(t, res.events, 2)
		assert.NotEqual(t, res.events[0].ID, res.events[1].ID)
		assert.Empty(t, res.events[0].Keys, "no key to record")
		assert.NotEqual(t, event.DeriveID("acled", ""), res.events[0].ID)
	})
	t.Run("date forms", func(t *testing.T) {
		for _, d := range []string{"2020-05-09", "9 May 2020", "09 May 2020", "9-May-20", "09-May-20", "9-May-2020",
			"09-May-2020", "2020-05-09 00:00:00", "2020-05-09T00:00:00", "2020-05-09T00:00:00Z",
			"2020-05-09T00:00:00.000Z", "2020-05-09 00:00:00+00:00"} {
			line, _ := row(map[string]string{"event_date": d})
			res := readAll(t, []byte(currentHeader+"\n"+line+"\n"))
			require.Len(t, res.events, 1, d)
			assert.Equal(t, day(2020, 5, 9), res.events[0].When.Start, d)
			assert.Empty(t, extra(t, res.events[0]).Verbatim, d)
		}
	})
	t.Run("year 0025", func(t *testing.T) {
		line, cols := row(map[string]string{"event_date": "0025-05-09", "year": "0025"})
		r := acled.NewReader(strings.NewReader(currentHeader + "\n" + line + "\n" + base + "\n"))
		_, err := r.Read()
		var pe *event.ParseError
		require.ErrorAs(t, err, &pe)
		assert.ErrorIs(t, err, event.ErrBadDate)
		assert.Equal(t, 2, pe.Line)
		assert.Equal(t, cols["event_date"], pe.Column)
		assert.Equal(t, "event_date", pe.Field)
		assert.Equal(t, line, string(pe.Record), "the record verbatim, for a reject file")
		e, err := r.Read()
		require.NoError(t, err, "reading goes on")
		assert.Equal(t, event.DeriveID("acled", "SYR78126"), e.ID)
	})
}

// TestRecordErrors checks that each kind of bad cell rejects its record with
// the right sentinel, line, column and field.
func TestRecordErrors(t *testing.T) {
	tests := []struct {
		name    string
		changes map[string]string
		field   string
		errs    []error
	}{
		{"unknown event type", map[string]string{"event_type": "Battle"}, "event_type", []error{event.ErrUnknownType}},
		{"sub-event type of another type", map[string]string{"sub_event_type": "Armed clash"}, "sub_event_type", []error{event.ErrUnknownType}},
		{"empty event_date", map[string]string{"event_date": ""}, "event_date", []error{event.ErrBadDate}},
		{"no such day", map[string]string{"event_date": "2020-02-30"}, "event_date", []error{event.ErrBadDate}},
		{"dd/mm/yyyy outside version 5 files", map[string]string{"event_date": "09/05/2020"}, "event_date", []error{event.ErrBadDate}},
		{"numeric date with a two-digit year", map[string]string{"event_date": "9/5/20"}, "event_date", []error{event.ErrBadDate}},
		{"time_precision not a number", map[string]string{"time_precision": "day"}, "time_precision", []error{acled.ErrBadNumber}},
		{"time_precision 4", map[string]string{"time_precision": "4"}, "time_precision", []error{event.ErrBadPrecision}},
		{"geo_precision 0", map[string]string{"geo_precision": "0"}, "geo_precision", []error{place.ErrBadPrecision}},
		{"inter code 9", map[string]string{"inter1": "9"}, "inter1", []error{actor.ErrUnknownKind}},
		{"unknown inter label", map[string]string{"inter2": "State Force"}, "inter2", []error{actor.ErrUnknownKind}},
		{"inter not a number", map[string]string{"inter2": "8x"}, "inter2", []error{acled.ErrBadNumber}},
		{"latitude out of range", map[string]string{"latitude": "95"}, "latitude", []error{acled.ErrBadNumber, place.ErrLatitude}},
		{"longitude out of range", map[string]string{"longitude": "-181"}, "longitude", []error{acled.ErrBadNumber, place.ErrLongitude}},
		{"longitude not a number", map[string]string{"longitude": "40,9"}, "longitude", []error{acled.ErrBadNumber}},
		{"latitude without longitude", map[string]string{"longitude": ""}, "longitude", []error{acled.ErrBadNumber}},
		{"negative fatalities", map[string]string{"fatalities": "-1"}, "fatalities", []error{acled.ErrBadNumber}},
		{"fatalities in words", map[string]string{"fatalities": "ten"}, "fatalities", []error{acled.ErrBadNumber}},
		{"timestamp not a number", map[string]string{"timestamp": "2020-05-12"}, "timestamp", []error{acled.ErrBadNumber}},
		{"unknown disorder type", map[string]string{"disorder_type": "Political violence; Riots"}, "disorder_type", []error{event.ErrUnknownCode}},
		{"civilian_targeting yes", map[string]string{"civilian_targeting": "yes"}, "civilian_targeting", []error{acled.ErrBadForm}},
		{"NUL byte", map[string]string{"location": "\x00Al-Bukamal"}, "location", []error{event.ErrBadText}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			line, cols := row(tc.changes)
			base, _ := row(nil)
			r := acled.NewReader(strings.NewReader(currentHeader + "\n" + line + "\n" + base + "\n"))
			_, err := r.Read()
			require.Error(t, err)
			for _, want := range tc.errs {
				assert.ErrorIs(t, err, want)
			}
			var pe *event.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, 2, pe.Line)
			assert.Equal(t, tc.field, pe.Field)
			if !strings.Contains(line, `"`) {
				assert.Equal(t, cols[tc.field], pe.Column)
			}
			assert.Equal(t, line, string(pe.Record))
			assert.Nil(t, r.Warnings())
			_, err = r.Read()
			assert.NoError(t, err, "the next record is read")
		})
	}
	t.Run("field count", func(t *testing.T) {
		base, _ := row(nil)
		r := acled.NewReader(strings.NewReader(currentHeader + "\n" + base + ",extra\n" + base + "\n"))
		_, err := r.Read()
		assert.ErrorIs(t, err, csv.ErrFieldCount)
		_, err = r.Read()
		assert.NoError(t, err)
	})
}

// TestISONumeric checks that iso is read as the number ACLED writes (4 for
// Afghanistan, ISO 3166-1 numeric 004) and written back the same way.
func TestISONumeric(t *testing.T) {
	tests := []struct {
		name, iso, country, code string
	}{
		{name: "three digits", iso: "760", country: "Syria", code: "SY"},
		{name: "two digits", iso: "76", country: "Brazil", code: "BR"},
		{name: "one digit", iso: "4", country: "Afghanistan", code: "AF"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			line, _ := row(map[string]string{"iso": tc.iso, "country": tc.country})
			in := currentHeader + "\n" + line + "\n"
			res := readAll(t, []byte(in))
			require.Len(t, res.events, 1)
			assert.Empty(t, res.warnings[0])
			assert.Equal(t, place.Unit{Level: place.LevelCountry, Code: tc.code, Name: tc.country}, res.events[0].Where.Place.Path[0])
			assert.Empty(t, extra(t, res.events[0]).Verbatim)
			out := write(t, acled.NewWriter, viaNDJSON(t, res.events))
			assert.Equal(t, in, string(out))
		})
	}
}

// TestWarnings checks each warning: the record is read in full and written
// back as it was.
func TestWarnings(t *testing.T) {
	tests := []struct {
		name   string
		header string
		rows   []map[string]string
		path   string
		code   error
	}{
		{"inter codes in both forms", currentHeader, []map[string]string{nil, {"inter1": "External/Other forces"}}, "inter1", acled.ErrMixedInter},
		{"inter codes in both forms in one record", currentHeader, []map[string]string{{"inter2": "External/Other forces"}}, "inter2", acled.ErrMixedInter},
		{"dates in two forms", currentHeader, []map[string]string{nil, {"event_date": "9 May 2020"}}, "event_date", acled.ErrMixedDates},
		{"year disagrees", currentHeader, []map[string]string{{"year": "2019"}}, "year", acled.ErrYear},
		{"year 0025 with a good date", currentHeader, []map[string]string{{"year": "0025"}}, "year", acled.ErrYear},
		{"year span without the year", currentHeader, []map[string]string{{"year": "2001-2002"}}, "year", acled.ErrYear},
		{"interaction disagrees", currentHeader, []map[string]string{{"interaction": "18"}}, "interaction", acled.ErrInteraction},
		{"inter code for a missing actor", currentHeader, []map[string]string{{"actor2": ""}}, "inter2", acled.ErrActorInter},
		{"actor with no-actor code", currentHeader, []map[string]string{{"inter2": "0", "interaction": "80"}}, "inter2", acled.ErrActorInter},
		{"iso not a country", currentHeader, []map[string]string{{"iso": "0"}}, "iso", acled.ErrCountryCode},
		{"iso and iso3 disagree", currentHeader + ",iso3", []map[string]string{{"iso3": "TUR"}}, "iso3", acled.ErrCountryCode},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.header + "\n"
			for _, ch := range tc.rows {
				line, _ := row(ch)
				if strings.HasSuffix(tc.header, ",iso3") {
					line += "," + ch["iso3"]
				}
				in += line + "\n"
			}
			res := readAll(t, []byte(in))
			require.Empty(t, res.rejects)
			require.Len(t, res.events, len(tc.rows))
			last := res.warnings[len(res.warnings)-1]
			require.Len(t, last, 1, "%v", last)
			assert.Equal(t, tc.path, last[0].Path)
			assert.ErrorIs(t, last[0], tc.code)
			assert.Equal(t, event.Warning, last[0].Severity)
			for _, ws := range res.warnings[:len(res.warnings)-1] {
				assert.Empty(t, ws)
			}
			out := write(t, func(w io.Writer) *acled.Writer {
				wr := acled.NewWriter(w)
				wr.Layout = res.layout
				return wr
			}, viaNDJSON(t, res.events))
			assert.Equal(t, in, string(out), "kept as written")
		})
	}
	t.Run("the slice is reused, and nil after a clean row", func(t *testing.T) {
		bad, _ := row(map[string]string{"year": "2019"})
		good, _ := row(nil)
		r := acled.NewReader(strings.NewReader(currentHeader + "\n" + bad + "\n" + good + "\n" + bad + "\n"))
		_, err := r.Read()
		require.NoError(t, err)
		first := r.Warnings()
		require.Len(t, first, 1)
		kept := slices.Clone(first)
		_, err = r.Read()
		require.NoError(t, err)
		assert.Nil(t, r.Warnings())
		_, err = r.Read()
		require.NoError(t, err)
		third := r.Warnings()
		require.Len(t, third, 1)
		assert.Same(t, &first[0], &third[0], "no allocation for the next row's warnings")
		assert.Equal(t, kept, third)
	})
	t.Run("conventional fatality codes", func(t *testing.T) {
		ten, _ := row(map[string]string{"fatalities": "10"})
		three, _ := row(map[string]string{"fatalities": "3"})
		res := readAll(t, []byte(currentHeader+"\n"+ten+"\n"+three+"\n"))
		require.Len(t, res.events, 2)
		assert.Empty(t, res.warnings[0])
		assert.Empty(t, res.warnings[1])
		assert.Equal(t, casualty.AtLeast(10), res.events[0].Casualties[0].Count)
		assert.Equal(t, casualty.AtLeast(3), res.events[1].Casualties[0].Count)
	})
}

// TestFatalities checks the one casualty figure a row gives.
func TestFatalities(t *testing.T) {
	tests := []struct {
		cell string
		want []event.Casualty
	}{
		{"0", []event.Casualty{{Figure: casualty.NewFigure(casualty.Killed, "", casualty.AtLeast(0)), Citation: "acled"}}},
		{"43", []event.Casualty{{Figure: casualty.NewFigure(casualty.Killed, "", casualty.AtLeast(43)), Citation: "acled"}}},
		{"", nil},
	}
	for _, tc := range tests {
		t.Run(tc.cell, func(t *testing.T) {
			line, _ := row(map[string]string{"fatalities": tc.cell})
			res := readAll(t, []byte(currentHeader+"\n"+line+"\n"))
			require.Len(t, res.events, 1)
			assert.Equal(t, tc.want, res.events[0].Casualties)
			if tc.want != nil {
				assert.True(t, tc.want[0].Count.Known(), "zero is a count, not unknown")
			}
		})
	}
}

// TestFatalErrors checks the errors that end the stream.
func TestFatalErrors(t *testing.T) {
	base, _ := row(nil)
	tests := []struct {
		name string
		in   string
		max  int
		err  error
	}{
		{"no event_date column", "event_id_cnty,event_type\nSYR1,Battles\n", 0, acled.ErrLayout},
		{"no event_type column", "event_id_cnty,event_date\nSYR1,2020-05-09\n", 0, acled.ErrLayout},
		{"column named twice", currentHeader + ",EVENT_DATE\n" + base + ",x\n", 0, event.ErrDuplicate},
		{"empty input", "", 0, io.ErrUnexpectedEOF},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := acled.NewReader(strings.NewReader(tc.in))
			r.MaxRecordBytes = tc.max
			_, err := r.Read()
			assert.ErrorIs(t, err, tc.err)
			_, again := r.Read()
			assert.Equal(t, err, again, "returned again")
			n := 0
			for _, err := range r.All() {
				assert.ErrorIs(t, err, tc.err)
				n++
			}
			assert.Equal(t, 1, n, "All yields the fatal error once and stops")
		})
	}
	t.Run("header only", func(t *testing.T) {
		r := acled.NewReader(strings.NewReader(currentHeader + "\n"))
		_, err := r.Read()
		assert.Equal(t, io.EOF, err)
		assert.Equal(t, acled.Current, r.Layout())
	})
	t.Run("before the first Read", func(t *testing.T) {
		r := acled.NewReader(strings.NewReader(currentHeader + "\n"))
		assert.True(t, r.Layout().IsZero())
		assert.Nil(t, r.RawHeader())
		assert.Nil(t, r.Raw())
		assert.Equal(t, "\n", r.LineEnd())
	})
}

// TestLenient checks that All goes past rejects and ReadAll stops at them.
func TestLenient(t *testing.T) {
	base, _ := row(nil)
	bad, _ := row(map[string]string{"event_type": "Battle"})
	in := currentHeader + "\n" + base + "\n" + bad + "\n" + base + "\n"
	var got []string
	for e, err := range acled.NewReader(strings.NewReader(in)).All() {
		if err != nil {
			var pe *event.ParseError
			require.ErrorAs(t, err, &pe)
			got = append(got, "reject "+string(pe.Record))
			continue
		}
		got = append(got, e.Keys[0].Value)
	}
	assert.Equal(t, []string{"SYR78126", "reject " + bad, "SYR78126"}, got)

	events, err := acled.ReadAll(strings.NewReader(in))
	assert.ErrorIs(t, err, event.ErrUnknownType)
	assert.Len(t, events, 1, "the events before the error")

	events, err = acled.ReadAll(strings.NewReader(currentHeader + "\n" + base + "\n"))
	assert.NoError(t, err)
	assert.Len(t, events, 1)
}

// TestIOError checks that an error of the underlying reader ends the stream.
func TestIOError(t *testing.T) {
	boom := errors.New("disk on fire")
	r := acled.NewReader(io.MultiReader(strings.NewReader(currentHeader+"\n"), errReader{boom}))
	_, err := r.Read()
	assert.ErrorIs(t, err, boom)
	_, err = r.Read()
	assert.ErrorIs(t, err, boom)
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }
