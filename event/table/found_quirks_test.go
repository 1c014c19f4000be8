package table

import (
	"io"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/flatcsv"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// quirkHeader is the events.csv header of the quirk tables.
const quirkHeader = "id,type,title,start,end,date_precision,place_id,lat,lon,notes,tags,n_participants\n"

// readOne reads the one event of the tables, and checks that it is the
// only one.
func readOne(t *testing.T, r *Reader) event.Event {
	t.Helper()
	e, err := r.Read()
	require.NoError(t, err)
	_, err = r.Read()
	require.Equal(t, io.EOF, err)
	return e
}

// TestCellsAsFound reads cells as R, pandas, Stata and spreadsheets write
// them, one quirk at a time.
func TestCellsAsFound(t *testing.T) {
	day := date.New(2019, 8, 31)
	tests := []struct {
		name    string
		row     string            // of events.csv, after the ID
		files   map[string]string // other tables
		missing []string          // Reader.Missing
		check   func(t *testing.T, e event.Event)
	}{
		{name: "R's NA in every column", row: "battles,NA,2019-08-31,2019-08-31,NA,NA,NA,NA,NA,NA,NA",
			check: func(t *testing.T, e event.Event) {
				assert.Equal(t, "", e.Title)
				assert.Equal(t, event.DateUnspecified, e.When.Precision)
				assert.Equal(t, place.ID(""), e.Where.Place.ID)
				assert.Nil(t, e.Where.Point)
				assert.Equal(t, "", e.Notes)
				assert.Nil(t, e.Tags)
				assert.Nil(t, e.Participants)
			}},
		{name: "pandas' nan", row: "battles,nan,2019-08-31,2019-08-31,day,nan,nan,nan,nan,nan,nan",
			check: func(t *testing.T, e event.Event) {
				assert.Equal(t, "", e.Title)
				assert.Nil(t, e.Where.Point)
				assert.Nil(t, e.Tags)
			}},
		{name: "an escaped spelling is text", row: "battles,'NA,2019-08-31,2019-08-31,day,,,,'None,'nan,",
			check: func(t *testing.T, e event.Event) {
				assert.Equal(t, "NA", e.Title)
				assert.Equal(t, "None", e.Notes)
				assert.Equal(t, []string{"nan"}, e.Tags)
			}},
		{name: "only the empty cell is missing", row: "battles,NA,2019-08-31,2019-08-31,day,,,,None,,", missing: []string{},
			check: func(t *testing.T, e event.Event) {
				assert.Equal(t, "NA", e.Title)
				assert.Equal(t, "None", e.Notes)
			}},
		{name: "a set of one's own", row: "battles,NA,2019-08-31,2019-08-31,day,,,,missing,,", missing: []string{"missing"},
			check: func(t *testing.T, e event.Event) {
				assert.Equal(t, "NA", e.Title, "not in the set")
				assert.Equal(t, "", e.Notes)
			}},
		{name: "Stata's missing values in plain columns", row: "battles,.,2019-08-31,2019-08-31,.,.a,.,.z,.,.b,.",
			check: func(t *testing.T, e event.Event) {
				assert.Equal(t, event.DateUnspecified, e.When.Precision)
				assert.Equal(t, place.ID(""), e.Where.Place.ID)
				assert.Nil(t, e.Where.Point)
				assert.Nil(t, e.Participants)
				assert.Equal(t, ".", e.Title, "a text column")
				assert.Equal(t, ".", e.Notes, "a text column")
				assert.Equal(t, []string{".b"}, e.Tags, "a text column")
			}},
		{name: "spaces around numbers, codes and dates", row: "\u00a0battles , spaced ,\t2019-08-31, 2019-08-31\u202f, day ,idlib-city\u2007, 35.93062,\u00a036.63393, note ,a ,\u00a01 ",
			files: map[string]string{"participants.csv": "event_id,n,role\n" + id1 + " , 1\u00a0,target \n"},
			check: func(t *testing.T, e event.Event) {
				assert.Equal(t, event.Battles, e.Type)
				assert.Equal(t, event.On(day), e.When)
				assert.Equal(t, place.ID("idlib-city"), e.Where.Place.ID)
				assert.Equal(t, &place.Point{Lat: 35.93062, Lon: 36.63393}, e.Where.Point)
				assert.Equal(t, []event.Participant{{Role: event.Target}}, e.Participants)
				assert.Equal(t, " spaced ", e.Title, "text keeps its spaces")
				assert.Equal(t, " note ", e.Notes)
				assert.Equal(t, []string{"a "}, e.Tags)
			}},
		{name: "whole numbers written as decimals", row: "battles,,2019-08-31,2019-08-31,day,,36.0,-5.000,,,1.0",
			files: map[string]string{"participants.csv": "event_id,n,role\n" + id1 + ",1.0,target\n"},
			check: func(t *testing.T, e event.Event) {
				assert.Equal(t, &place.Point{Lat: 36, Lon: -5}, e.Where.Point)
				assert.Equal(t, []event.Participant{{Role: event.Target}}, e.Participants)
			}},
		{name: "a date-time column at midnight", row: "battles,,2019-08-31 00:00:00,2019-08-31T00:00:00Z,day,,,,,,",
			check: func(t *testing.T, e event.Event) { assert.Equal(t, event.On(day), e.When) }},
		{name: "midnight with a fraction and a zone", row: "battles,,2019-08-31 00:00:00.000+03:00,2019-08-31T00:00-0500,day,,,,,,",
			check: func(t *testing.T, e event.Event) { assert.Equal(t, event.On(day), e.When) }},
		{name: "a citation's dates as pandas writes them", row: "battles,,2019-08-31,2019-08-31,day,,,,,,",
			files: map[string]string{
				"events.csv":    "id,type,start,end,n_citations\n" + id1 + ",battles,2019-08-31,2019-08-31,1\n",
				"citations.csv": "event_id,n,published,accessed\n" + id1 + ",1,2019-08-31 00:00:00,2019-09-01 10:00:00+00:00\n",
			},
			check: func(t *testing.T, e event.Event) {
				require.Len(t, e.Citations, 1)
				assert.Equal(t, &day, e.Citations[0].Published)
				assert.Equal(t, time.Date(2019, 9, 1, 10, 0, 0, 0, time.UTC), e.Citations[0].Accessed)
			}},
		{name: "a CR written raw in a quoted cell is kept", row: "battles,\"one\r\ntwo\rthree\",2019-08-31,2019-08-31,day,,,,,,",
			check: func(t *testing.T, e event.Event) { assert.Equal(t, "one\r\ntwo\rthree", e.Title) }},
		{name: "the CR escape of older tables", row: "battles,\"'\"\"one\\r\\ntwo\"\"\",2019-08-31,2019-08-31,day,,,,,,",
			check: func(t *testing.T, e event.Event) { assert.Equal(t, "one\r\ntwo", e.Title) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"events.csv": quirkHeader + id1 + "," + tc.row + "\n"}
			for k, v := range tc.files {
				files[k] = v
			}
			r := NewReader(tablesFS(files))
			r.Missing = tc.missing
			e := readOne(t, r)
			assert.Empty(t, r.Warnings())
			tc.check(t, e)
		})
	}
}

// TestDatesAsFound: the dates a spreadsheet rewrites in its locale's short
// form, and times of day, are refused with the reason.
func TestDatesAsFound(t *testing.T) {
	local := "a numeric date in a spreadsheet's local form, whose day and month come in an order the cell does not say (31/08/2019 or 8/31/2019): write it as YYYY-MM-DD"
	tests := []struct {
		name  string
		files map[string]string
		want  wantErr
		msg   string
	}{
		{name: "day first", files: map[string]string{"events.csv": "id,type,start,end\n" + id1 + ",battles,31/08/2019,2019-08-31\n"},
			want: wantErr{line: 2, col: 46, field: "events.csv: start", is: event.ErrBadDate},
			msg:  `event: line 2, column 46, field "events.csv: start": table: invalid date "31/08/2019": ` + local},
		{name: "month first", files: map[string]string{"events.csv": "id,type,start,end\n" + id1 + ",battles,2019-08-31,8/31/2019\n"},
			want: wantErr{line: 2, col: 57, field: "events.csv: end", is: event.ErrBadDate},
			msg:  `event: line 2, column 57, field "events.csv: end": table: invalid date "8/31/2019": ` + local},
		{name: "dots", files: map[string]string{"events.csv": "id,type,start,end\n" + id1 + ",battles,31.08.2019,31.08.2019\n"},
			want: wantErr{line: 2, col: 46, field: "events.csv: start", is: event.ErrBadDate}},
		{name: "two-digit year", files: map[string]string{"events.csv": "id,type,start,end\n" + id1 + ",battles,31-08-19,31-08-19\n"},
			want: wantErr{line: 2, col: 46, field: "events.csv: start", is: event.ErrBadDate}},
		{name: "a time other than midnight", files: map[string]string{"events.csv": "id,type,start,end\n" + id1 + ",battles,2019-08-31 13:05:00,2019-08-31\n"},
			want: wantErr{line: 2, col: 46, field: "events.csv: start", is: event.ErrBadDate},
			msg:  `event: line 2, column 46, field "events.csv: start": table: invalid date "2019-08-31 13:05:00": a time of day other than midnight: the tables hold calendar dates (YYYY-MM-DD)`},
		{name: "published day first", files: map[string]string{
			"events.csv":    "id,type,start,end,n_citations\n" + id1 + ",battles,,,1\n",
			"citations.csv": "event_id,n,published\n" + id1 + ",1,31/08/2019\n"},
			want: wantErr{line: 2, col: 40, field: "citations.csv: published", is: source.ErrBadDate},
			msg:  `event: line 2, column 40, field "citations.csv: published": table: invalid date "31/08/2019": ` + local},
		{name: "accessed without a zone", files: map[string]string{
			"events.csv":    "id,type,start,end,n_citations\n" + id1 + ",battles,,,1\n",
			"citations.csv": "event_id,n,accessed\n" + id1 + ",1,2019-09-01 10:00:00\n"},
			want: wantErr{line: 2, col: 40, field: "citations.csv: accessed", is: ErrBadCell}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := readEvery(t, NewReader(tablesFS(tc.files)))
			require.Len(t, got, 1)
			checkErr(t, got[0].err, tc.want)
			if tc.msg != "" {
				assert.EqualError(t, got[0].err, tc.msg)
			}
		})
	}
}

// TestActorDatesAsFound: actor dates with a midnight time read as the
// date; in a spreadsheet's local form they are refused.
func TestActorDatesAsFound(t *testing.T) {
	d, err := ReadDataset(tablesFS(map[string]string{
		"events.csv": "id,type,start,end\n",
		"actors.csv": "id,founded,dissolved\nhts,2017-01-28 00:00:00,NA\n",
	}))
	require.NoError(t, err)
	require.Len(t, d.Actors, 1)
	assert.Equal(t, "2017-01-28", d.Actors[0].Founded.String())
	assert.True(t, d.Actors[0].Dissolved.IsZero())

	_, err = ReadDataset(tablesFS(map[string]string{
		"events.csv": "id,type,start,end\n",
		"actors.csv": "id,founded\nhts,28/01/2017\n",
	}))
	checkErr(t, err, wantErr{line: 2, col: 5, field: "actors.csv: founded", is: actor.ErrBadDate})
}

// TestIgnoredColumns: a row index and an analyst's column are read as
// nothing, and each is reported once, with the first event read.
func TestIgnoredColumns(t *testing.T) {
	files := map[string]string{
		"events.csv": `"",id,type,start,end,colour,Unnamed: 6,n_participants` + "\n" +
			`"1",` + id1 + ",battles,2019-08-31,2019-08-31,red,x,1\n" +
			`"2",` + id2 + ",battles,2019-08-31,2019-08-31,blue,y,\n",
		"participants.csv": "event_id,n,role,Unnamed: 0\n" + id1 + ",1,target,0\n",
	}
	want := event.Problems{
		{Path: `events.csv: ""`, Code: ErrUnknownColumn, Severity: event.Warning,
			Message: `column 1 of events.csv is unnamed (""): a row index, as R and pandas write one; its cells are not read`},
		{Path: "events.csv: colour", Code: ErrUnknownColumn, Severity: event.Warning,
			Message: `column 6 of events.csv, "colour", is not one of the table's columns: its cells are not read`},
		{Path: "events.csv: Unnamed: 6", Code: ErrUnknownColumn, Severity: event.Warning,
			Message: `column 7 of events.csv is unnamed ("Unnamed: 6"): a row index, as R and pandas write one; its cells are not read`},
		{Path: "participants.csv: Unnamed: 0", Code: ErrUnknownColumn, Severity: event.Warning,
			Message: `column 4 of participants.csv is unnamed ("Unnamed: 0"): a row index, as R and pandas write one; its cells are not read`},
	}

	t.Run("Read", func(t *testing.T) {
		r := NewReader(tablesFS(files))
		e, err := r.Read()
		require.NoError(t, err)
		assert.Equal(t, id1, e.ID.String())
		assert.Equal(t, []event.Participant{{Role: event.Target}}, e.Participants)
		assert.Equal(t, want, r.Warnings())
		e, err = r.Read()
		require.NoError(t, err)
		assert.Equal(t, id2, e.ID.String())
		assert.Empty(t, r.Warnings(), "said once")
	})
	t.Run("after a rejected first row", func(t *testing.T) {
		bad := map[string]string{"events.csv": "id,type,start,end,colour\n" + id1 + ",battles,2019-02-30,2019-02-30,red\n" + id2 + ",battles,,,blue\n"}
		r := NewReader(tablesFS(bad))
		_, err := r.Read()
		require.ErrorIs(t, err, event.ErrBadDate)
		_, err = r.Read()
		require.NoError(t, err)
		require.Len(t, r.Warnings(), 1, "with the first event read")
		assert.Equal(t, "events.csv: colour", r.Warnings()[0].Path)
	})
	t.Run("ReadDataset", func(t *testing.T) {
		ds := map[string]string{"actors.csv": "id,Unnamed: 0\nhts,3\n"}
		for k, v := range files {
			ds[k] = v
		}
		r := NewReader(tablesFS(ds))
		d, err := r.ReadDataset()
		require.NoError(t, err)
		assert.Len(t, d.Events, 2)
		first := event.Problem{Path: "actors.csv: Unnamed: 0", Code: ErrUnknownColumn, Severity: event.Warning,
			Message: `column 2 of actors.csv is unnamed ("Unnamed: 0"): a row index, as R and pandas write one; its cells are not read`}
		assert.Equal(t, append(event.Problems{first}, want...), r.Warnings(), "the tables' columns, not an event's")
	})
	t.Run("required columns stay required", func(t *testing.T) {
		got := readEvery(t, NewReader(tablesFS(map[string]string{"events.csv": `"",id,type,start` + "\n"})))
		require.Len(t, got, 1)
		checkErr(t, got[0].err, wantErr{line: 1, col: 1, field: "events.csv: end", is: ErrMissingColumn})
	})
	t.Run("wrong delimiter", func(t *testing.T) {
		got := readEvery(t, NewReader(tablesFS(map[string]string{"events.csv": "id;type;start;end\n"})))
		require.Len(t, got, 1)
		assert.EqualError(t, got[0].err, `event: line 1, column 1, field "events.csv: id": table: missing column "id" (the header is one column holding ";": the tables are comma-separated)`)
	})
}

// TestUnnamed covers the names of row-index columns.
func TestUnnamed(t *testing.T) {
	for name, want := range map[string]bool{"": true, " ": true, "Unnamed: 0": true, "Unnamed: 12": true,
		"Unnamed: 0.1": true, "...1": true, "...12": true,
		"Unnamed:": false, "Unnamed: ": false, "Unnamed: x": false, "Unnamed: -1": false, "Unnamed: 0.": false,
		"Unnamed: 0.x": false, "unnamed: 0": false, "X": false, "...": false, "...x": false, "..": false} {
		assert.Equal(t, want, unnamed(name), "%q", name)
	}
}

// TestEverySpellingIsMissing: each default spelling of a missing value
// reads as the empty cell in a text column, and the Writer's escape of
// each reads back as itself.
func TestEverySpellingIsMissing(t *testing.T) {
	for _, s := range append(flatcsv.DefaultMissing, ".") {
		t.Run(s, func(t *testing.T) {
			title := ""
			if s == "." {
				title = "." // Stata's dot is text in a text column
			}
			e := readOne(t, NewReader(tablesFS(map[string]string{"events.csv": "id,type,start,end,title\n" + id1 + ",battles,,," + s + "\n"})))
			assert.Equal(t, title, e.Title)
			e = readOne(t, NewReader(tablesFS(map[string]string{"events.csv": "id,type,start,end,title\n" + id1 + ",battles,,,'" + s + "\n"})))
			assert.Equal(t, s, e.Title)
		})
	}
}
