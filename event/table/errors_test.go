package table

import (
	"io"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// IDs of the hand-made tables below.
const (
	id1 = "3f8e6f58-5d8c-5a44-9d68-9f1b1c3b0a01"
	id2 = "3f8e6f58-5d8c-5a44-9d68-9f1b1c3b0a02"
	id3 = "3f8e6f58-5d8c-5a44-9d68-9f1b1c3b0a03"
)

// tablesFS builds a file system from file name -> content.
func tablesFS(files map[string]string) fstest.MapFS {
	out := fstest.MapFS{}
	for k, v := range files {
		out[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return out
}

// outcome is what one Read gave: an event ID, or an error.
type outcome struct {
	id  string
	err error
}

// readEvery reads to the end, going on past record errors.
func readEvery(t *testing.T, r *Reader) []outcome {
	t.Helper()
	var out []outcome
	for range 20 {
		e, err := r.Read()
		if err == io.EOF {
			return out
		}
		if err != nil {
			out = append(out, outcome{err: err})
			if r.err != nil { // fatal
				_, again := r.Read()
				assert.Equal(t, err, again, "a fatal error is returned again")
				return out
			}
			continue
		}
		out = append(out, outcome{id: e.ID.String()})
	}
	t.Fatal("no end")
	return nil
}

// wantErr describes an expected *event.ParseError.
type wantErr struct {
	line, col int
	field     string
	is        error
	record    string
	fatal     bool
}

func checkErr(t *testing.T, err error, w wantErr) {
	t.Helper()
	var pe *event.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, w.line, pe.Line, "line")
	assert.Equal(t, w.col, pe.Column, "column")
	assert.Equal(t, w.field, pe.Field, "field")
	assert.ErrorIs(t, err, w.is)
	if w.record != "" {
		assert.Equal(t, w.record, string(pe.Record), "record")
	}
}

const eventsHeader = "id,type,start,end,n_participants\n"
const partsHeader = "event_id,n,actor_name,role\n"

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []any // string: an event ID read; wantErr: an error
	}{
		{
			name: "bad date, the event's rows are skipped",
			files: map[string]string{
				"events.csv":       eventsHeader + id1 + ",battles,2019-02-30,2019-03-01,1\n" + id2 + ",battles,2019-03-01,2019-03-01,1\n",
				"participants.csv": partsHeader + id1 + ",1,A,perpetrator\n" + id2 + ",1,B,target\n",
			},
			want: []any{
				wantErr{line: 2, col: 46, field: "events.csv: start", is: event.ErrBadDate, record: id1 + ",battles,2019-02-30,2019-03-01,1"},
				id2,
			},
		},
		{
			name: "bad role in a child row",
			files: map[string]string{
				"events.csv":       eventsHeader + id1 + ",battles,,,2\n" + id2 + ",battles,,,0\n",
				"participants.csv": partsHeader + id1 + ",1,A,perpetrator\n" + id1 + ",2,B,Tar get\n",
			},
			want: []any{
				wantErr{line: 3, col: 42, field: "participants.csv: role", is: event.ErrUnknownRole, record: id1 + ",2,B,Tar get"},
				id2,
			},
		},
		{
			name: "fewer rows than the count",
			files: map[string]string{
				"events.csv":       eventsHeader + id1 + ",battles,,,2\n" + id2 + ",battles,,,1\n",
				"participants.csv": partsHeader + id1 + ",1,A,perpetrator\n" + id2 + ",1,B,target\n",
			},
			want: []any{
				wantErr{line: 2, col: 48, field: "events.csv: n_participants", is: ErrRowCount},
				id2,
			},
		},
		{
			name: "more rows than the count",
			files: map[string]string{
				"events.csv":       eventsHeader + id1 + ",battles,,,1\n" + id2 + ",battles,,,\n",
				"participants.csv": partsHeader + id1 + ",1,A,perpetrator\n" + id1 + ",2,B,target\n",
			},
			want: []any{
				wantErr{line: 3, col: 1, field: "participants.csv: event_id", is: ErrRowCount, record: id1 + ",2,B,target"},
				id2,
			},
		},
		{
			name: "a count but no child table",
			files: map[string]string{
				"events.csv": eventsHeader + id1 + ",battles,,,1\n" + id2 + ",battles,,,\n",
			},
			want: []any{wantErr{line: 2, col: 48, field: "events.csv: n_participants", is: ErrRowCount}, id2},
		},
		{
			name: "rows for a nil list",
			files: map[string]string{
				"events.csv":       eventsHeader + id1 + ",battles,,,\n",
				"participants.csv": partsHeader + id1 + ",1,A,perpetrator\n",
			},
			want: []any{wantErr{line: 2, col: 1, field: "participants.csv: event_id", is: ErrRowCount}},
		},
		{
			name: "ordinal out of sequence",
			files: map[string]string{
				"events.csv":       eventsHeader + id1 + ",battles,,,2\n",
				"participants.csv": partsHeader + id1 + ",1,A,perpetrator\n" + id1 + ",3,B,target\n",
			},
			want: []any{wantErr{line: 3, col: 38, field: "participants.csv: n", is: ErrRowCount}},
		},
		{
			name: "rows out of event order",
			files: map[string]string{
				"events.csv":       eventsHeader + id1 + ",battles,,,1\n" + id2 + ",battles,,,1\n",
				"participants.csv": partsHeader + id2 + ",1,B,target\n" + id1 + ",1,A,perpetrator\n",
			},
			want: []any{
				wantErr{line: 2, col: 48, field: "events.csv: n_participants", is: ErrRowCount},
				id2,
				wantErr{line: 3, col: 1, field: "participants.csv: event_id", is: ErrOrphan, fatal: true},
			},
		},
		{
			name: "orphan row at the end",
			files: map[string]string{
				"events.csv":       eventsHeader + id1 + ",battles,,,0\n",
				"participants.csv": partsHeader + id3 + ",1,C,target\n",
			},
			want: []any{id1, wantErr{line: 2, col: 1, field: "participants.csv: event_id", is: ErrOrphan, fatal: true}},
		},
		{
			// Without n_ columns the merge cannot tell a missing row from a
			// late one: the stray row is found when events.csv ends.
			name: "no count column: rows are taken as they come, strays are orphans",
			files: map[string]string{
				"events.csv":       "id,type,start,end\n" + id1 + ",battles,,\n" + id2 + ",battles,,\n",
				"participants.csv": partsHeader + id2 + ",1,B,target\n" + id1 + ",1,A,perpetrator\n",
			},
			want: []any{id1, id2, wantErr{line: 3, col: 1, field: "participants.csv: event_id", is: ErrOrphan, fatal: true}},
		},
		{
			name: "CSV syntax error in events.csv",
			files: map[string]string{
				"events.csv": eventsHeader + id1 + ",bat\"tles,,,\n" + id2 + ",battles,,,\n",
			},
			want: []any{wantErr{line: 2, col: 41, field: "events.csv", is: csvErrQuote(), record: id1 + ",bat\"tles,,,"}, id2},
		},
		{
			name: "wrong number of fields",
			files: map[string]string{
				"events.csv": eventsHeader + id1 + ",battles\n" + id2 + ",battles,,,\n",
			},
			want: []any{wantErr{line: 2, col: 45, field: "events.csv", is: csvErrFieldCount()}, id2},
		},
		{
			name: "not UTF-8 after UTF-8: the file mixes encodings",
			files: map[string]string{
				"events.csv": "id,title,type,start,end\n" + id1 + ",café,battles,,\n" + id2 + ",caf\xe9,battles,,\n",
			},
			want: []any{id1, wantErr{line: 3, col: 41, field: "events.csv: title", is: event.ErrBadText}},
		},
		{
			name: "bad ID",
			files: map[string]string{
				"events.csv": "id,title,type,start,end\nnot-a-uuid,x,battles,,\n",
			},
			want: []any{wantErr{line: 2, col: 1, field: "events.csv: id", is: event.ErrBadID}},
		},
		{
			name: "latitude out of range",
			files: map[string]string{
				"events.csv": "id,lat,lon,type,start,end\n" + id1 + ",91,0,battles,,\n",
			},
			want: []any{wantErr{line: 2, col: 38, field: "events.csv: lat", is: place.ErrLatitude}},
		},
		{
			name: "longitude not a number",
			files: map[string]string{
				"events.csv": "id,lat,lon,type,start,end\n" + id1 + ",1,0x10,battles,,\n",
			},
			want: []any{wantErr{line: 2, col: 40, field: "events.csv: lon", is: ErrBadCell}},
		},
		{
			name: "half a point",
			files: map[string]string{
				"events.csv": "id,lat,lon,type,start,end\n" + id1 + ",1,,battles,,\n",
			},
			want: []any{wantErr{line: 2, col: 40, field: "events.csv: lon", is: place.ErrLongitude}},
		},
		{
			name: "end before start",
			files: map[string]string{
				"events.csv": "id,start,end,type\n" + id1 + ",2019-09-01,2019-08-31,battles\n",
			},
			want: []any{wantErr{line: 2, col: 49, field: "events.csv: end", is: event.ErrDateOrder}},
		},
		{
			name: "start without end",
			files: map[string]string{
				"events.csv": "id,start,end,type\n" + id1 + ",2019-09-01,,battles\n",
			},
			want: []any{wantErr{line: 2, col: 49, field: "events.csv: end", is: event.ErrMissing}},
		},
		{
			name: "both ends open",
			files: map[string]string{
				"events.csv": "id,start,end,type\n" + id1 + ",..,..,battles\n",
			},
			want: []any{wantErr{line: 2, col: 41, field: "events.csv: end", is: event.ErrNoDate}},
		},
		{
			name: "bad count phrase",
			files: map[string]string{
				"events.csv":     "id,n_casualties,type,start,end\n" + id1 + ",1,battles,,\n",
				"casualties.csv": "event_id,n,outcome,count\n" + id1 + ",1,killed,forty or so\n",
			},
			want: []any{wantErr{line: 2, col: 47, field: "casualties.csv: count", is: casualty.ErrBadPhrase}},
		},
		{
			name: "bad grade",
			files: map[string]string{
				"events.csv":    "id,n_citations,type,start,end\n" + id1 + ",1,battles,,\n",
				"citations.csv": "event_id,n,id,grade\n" + id1 + ",1,c1,B\n",
			},
			want: []any{wantErr{line: 2, col: 43, field: "citations.csv: grade", is: source.ErrBadGrade}},
		},
		{
			name: "bad published date",
			files: map[string]string{
				"events.csv":    "id,n_citations,type,start,end\n" + id1 + ",1,battles,,\n",
				"citations.csv": "event_id,n,id,published\n" + id1 + ",1,c1,31/08/2019\n",
			},
			want: []any{wantErr{line: 2, col: 43, field: "citations.csv: published", is: source.ErrBadDate}},
		},
		{
			name: "via row of another citation",
			files: map[string]string{
				"events.csv":    "id,n_citations,type,start,end\n" + id1 + ",2,battles,,\n",
				"citations.csv": "event_id,n,id,n_via\n" + id1 + ",1,c1,0\n" + id1 + ",2,c2,1\n",
				"via.csv":       "event_id,citation,n,source_name\n" + id1 + ",1,1,TASS\n",
			},
			want: []any{wantErr{line: 3, col: 43, field: "citations.csv: n_via", is: ErrRowCount}},
		},
		{
			name: "extension key twice",
			files: map[string]string{
				"events.csv": "id,n_ext,type,start,end\n" + id1 + ",2,battles,,\n",
				"ext.csv":    "event_id,key,value\n" + id1 + ",org.example/a,1\n" + id1 + ",org.example/a,2\n",
			},
			want: []any{wantErr{line: 3, col: 38, field: "ext.csv: key", is: ErrRowCount}},
		},
		{
			name: "extension value not JSON",
			files: map[string]string{
				"events.csv": "id,n_ext,type,start,end\n" + id1 + ",1,battles,,\n",
				"ext.csv":    "event_id,key,value\n" + id1 + ",org.example/a,\"1,\"\"b\"\":2\"\n",
			},
			want: []any{wantErr{line: 2, col: 52, field: "ext.csv: value", is: event.ErrBadExt}},
		},
		{
			name: "bad list",
			files: map[string]string{
				"events.csv": "id,tags,type,start,end\n" + id1 + ",a;;b,battles,,\n" + id2 + ",\"[\"\"a\"\"\",battles,,\n",
			},
			want: []any{
				wantErr{line: 2, col: 38, field: "events.csv: tags", is: ErrBadCell},
				wantErr{line: 3, col: 38, field: "events.csv: tags", is: ErrBadCell},
			},
		},
		{
			name: "bad count cell",
			files: map[string]string{
				"events.csv": "id,n_participants,type,start,end\n" + id1 + ",-1,battles,,\n",
			},
			want: []any{wantErr{line: 2, col: 38, field: "events.csv: n_participants", is: ErrBadCell}},
		},
		{
			name: "unknown column is not read",
			files: map[string]string{
				"events.csv":       "id,type,start,end\n" + id1 + ",battles,,\n",
				"participants.csv": "event_id,colour\n",
			},
			want: []any{id1},
		},
		{
			name: "missing key column",
			files: map[string]string{
				"events.csv": "title\nx\n",
			},
			want: []any{wantErr{line: 1, col: 1, field: "events.csv: id", is: ErrMissingColumn, fatal: true}},
		},
		{
			name: "column given twice",
			files: map[string]string{
				"events.csv": "id,Title,title\n",
			},
			want: []any{wantErr{line: 1, col: 10, field: "events.csv: title", is: event.ErrDuplicate, fatal: true}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := readEvery(t, NewReader(tablesFS(tc.files)))
			require.Len(t, got, len(tc.want), "%v", got)
			for i, w := range tc.want {
				switch w := w.(type) {
				case string:
					assert.NoError(t, got[i].err)
					assert.Equal(t, w, got[i].id)
				case wantErr:
					checkErr(t, got[i].err, w)
					if w.fatal {
						assert.Equal(t, len(tc.want)-1, i, "a fatal error ends the stream")
					}
				}
			}
		})
	}
}

func csvErrQuote() error      { return csvErr("quote") }
func csvErrFieldCount() error { return csvErr("count") }

func TestMissingEvents(t *testing.T) {
	r := NewReader(fstest.MapFS{})
	_, err := r.Read()
	assert.ErrorIs(t, err, ErrMissingTable)
	assert.ErrorIs(t, err, fs.ErrNotExist)
	assert.Contains(t, err.Error(), "events.csv")
	_, err = ReadDataset(fstest.MapFS{})
	assert.ErrorIs(t, err, ErrMissingTable)
}

// TestTooLong: an over-long row of events.csv rejects its event alone, with
// its rows in the child tables; the next event is read.
func TestTooLong(t *testing.T) {
	r := NewReader(tablesFS(map[string]string{
		"events.csv":       "id,notes,type,start,end,n_participants\n" + id1 + "," + strings.Repeat("x", 200<<10) + ",battles,,,1\n" + id2 + ",x,battles,,,1\n",
		"participants.csv": partsHeader + id1 + ",1,A,perpetrator\n" + id2 + ",1,B,target\n",
	}))
	r.MaxRecordBytes = 1 << 10
	_, err := r.Read()
	checkErr(t, err, wantErr{line: 2, col: 1, field: "events.csv", is: event.ErrTooLong})
	var pe *event.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Len(t, pe.Record, 1<<10, "the row up to the limit")
	assert.Equal(t, 2, r.Line())
	e, err := r.Read()
	require.NoError(t, err, "the next event is read, its participant too")
	assert.Equal(t, id2, e.ID.String())
	require.Len(t, e.Participants, 1)
	assert.Equal(t, "B", e.Participants[0].Actor.Name)
	_, err = r.Read()
	assert.Equal(t, io.EOF, err)
}

// TestTooLongChild: an over-long row in a child table rejects its event.
func TestTooLongChild(t *testing.T) {
	r := NewReader(tablesFS(map[string]string{
		"events.csv":       "id,n_participants,type,start,end\n" + id1 + ",1,battles,,\n" + id2 + ",0,battles,,\n",
		"participants.csv": "event_id,note\n" + id1 + "," + strings.Repeat("x", 200<<10) + "\n",
	}))
	r.MaxRecordBytes = 1 << 10
	_, err := r.Read()
	checkErr(t, err, wantErr{line: 2, col: 1, field: "participants.csv", is: event.ErrTooLong})
	e, err := r.Read()
	require.NoError(t, err, "the next event is read")
	assert.Equal(t, id2, e.ID.String())
	_, err = r.Read()
	assert.Equal(t, io.EOF, err)
}

func TestDatasetErrors(t *testing.T) {
	events := "id,type,start,end\n"
	tests := []struct {
		name  string
		files map[string]string
		want  wantErr
	}{
		{"other major schema", map[string]string{"dataset.csv": "schema\nconflictkit/dataset/2\n", "events.csv": events},
			wantErr{line: 2, col: 1, field: "dataset.csv: schema", is: event.ErrSchema}},
		{"no schema column", map[string]string{"dataset.csv": "title\nx\n", "events.csv": events},
			wantErr{line: 2, col: 1, field: "dataset.csv", is: event.ErrSchema}},
		{"two rows", map[string]string{"dataset.csv": "schema\nconflictkit/dataset/1\nconflictkit/dataset/1\n", "events.csv": events},
			wantErr{line: 3, col: 1, field: "dataset.csv", is: ErrRowCount}},
		{"no row", map[string]string{"dataset.csv": "schema\n", "events.csv": events},
			wantErr{line: 1, col: 1, field: "dataset.csv", is: ErrRowCount}},
		{"fewer events than said", map[string]string{"dataset.csv": "schema,n_events\nconflictkit/dataset/1,2\n", "events.csv": events + id1 + ",battles,,\n"},
			wantErr{line: 2, col: 1, field: "dataset.csv: n_events", is: ErrRowCount}},
		{"actors for a nil list", map[string]string{"dataset.csv": "schema,n_actors\nconflictkit/dataset/1,\n", "actors.csv": "id,name\nhts,HTS\n", "events.csv": events},
			wantErr{line: 2, col: 1, field: "dataset.csv: n_actors", is: ErrRowCount}},
		{"bad actor kind", map[string]string{"actors.csv": "id,kind\nhts,Rebel Group\n", "events.csv": events},
			wantErr{line: 2, col: 5, field: "actors.csv: kind", is: actor.ErrUnknownKind}},
		{"bad actor date", map[string]string{"actors.csv": "id,founded\nhts,2017-02-30\n", "events.csv": events},
			wantErr{line: 2, col: 5, field: "actors.csv: founded", is: actor.ErrBadDate}},
		{"name of an unknown actor", map[string]string{"actors.csv": "id,n_names\nhts,0\n", "actor_names.csv": "actor_id,n,text\nnusra,1,x\n", "events.csv": events},
			wantErr{line: 2, col: 1, field: "actor_names.csv: actor_id", is: ErrOrphan}},
		{"bad place level", map[string]string{"places.csv": "id,level\nsy07,governorate\n", "events.csv": events},
			wantErr{line: 2, col: 6, field: "places.csv: level", is: place.ErrBadLevel}},
		{"bad place country", map[string]string{"places.csv": "id,country\nsy07,SYR\n", "events.csv": events},
			wantErr{line: 2, col: 6, field: "places.csv: country", is: place.ErrBadCountry}},
		{"bad within list", map[string]string{"places.csv": "id,within\nsy07,Idlib Zone\n", "events.csv": events},
			wantErr{line: 2, col: 6, field: "places.csv: within", is: place.ErrBadID}},
		{"bad source language", map[string]string{"sources.csv": "id,language\nsohr,x-\n", "events.csv": events},
			wantErr{line: 2, col: 6, field: "sources.csv: language", is: source.ErrBadLanguage}},
		{"bad reliability", map[string]string{"sources.csv": "id,reliability\nsohr,G\n", "events.csv": events},
			wantErr{line: 2, col: 6, field: "sources.csv: reliability", is: source.ErrBadGrade}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ReadDataset(tablesFS(tc.files))
			assert.Nil(t, d)
			checkErr(t, err, tc.want)
		})
	}
}

// TestReadDatasetAfterRead: ReadDataset must come first.
func TestReadDatasetAfterRead(t *testing.T) {
	r := NewReader(tablesFS(map[string]string{"events.csv": "id,type,start,end\n" + id1 + ",battles,,\n"}))
	_, err := r.Read()
	require.NoError(t, err)
	_, err = r.ReadDataset()
	assert.ErrorIs(t, err, ErrClosed)
}

// TestClose: Close stops a Reader early, and Reads after it fail.
func TestClose(t *testing.T) {
	r := NewReader(tablesFS(map[string]string{"events.csv": "id,type,start,end\n" + id1 + ",battles,,\n" + id2 + ",battles,,\n"}))
	_, err := r.Read()
	require.NoError(t, err)
	require.NoError(t, r.Close())
	_, err = r.Read()
	assert.ErrorIs(t, err, ErrClosed)
}

// TestAll: rejects are yielded and iteration goes on; a fatal error ends it.
func TestAll(t *testing.T) {
	r := NewReader(tablesFS(map[string]string{
		"events.csv":       "id,n_participants,type,start,end\n" + id1 + ",x,battles,,\n" + id2 + ",0,battles,,\n",
		"participants.csv": "event_id\n" + id3 + "\n",
	}))
	var ids []string
	var errs []error
	for e, err := range r.All() {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids = append(ids, e.ID.String())
	}
	assert.Equal(t, []string{id2}, ids)
	require.Len(t, errs, 2)
	assert.ErrorIs(t, errs[0], ErrBadCell)
	assert.ErrorIs(t, errs[1], ErrOrphan)
}
