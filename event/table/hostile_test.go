package table

import (
	"bytes"
	"encoding/csv"
	"io"
	"io/fs"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// The hostile suite: tables a careless export, a spreadsheet or an
// attacker produces, each with the exact typed error or warning it must
// give, and the proof that every other event of the tables is kept.

// hostileHeader is the events.csv header of the hostile tables.
const hostileHeader = "id,type,start,end,title,lat,lon,n_participants,n_casualties,n_ext\n"

// hostileRow is a row of hostileHeader; id and the cells after it.
func hostileRow(id, rest string) string { return id + "," + rest + "\n" }

func TestHostile(t *testing.T) {
	good1 := hostileRow(id1, "battles,2019-08-31,2019-08-31,first — été,,,,,") // UTF-8 text before the bad rows
	good3 := hostileRow(id3, "battles,2019-08-31,2019-08-31,third,,,,,")
	var many strings.Builder
	many.WriteString(partsHeader)
	for i := range 10000 {
		many.WriteString(id2 + "," + strconv.Itoa(i+1) + ",Associate " + strconv.Itoa(i) + ",perpetrator-associate\n")
	}
	deep := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	tests := []struct {
		name  string
		row   string            // the middle row of events.csv
		files map[string]string // other tables
		want  *wantErr          // nil: the event reads
		warn  bool              // a (0,0) warning
		check func(t *testing.T, e event.Event)
	}{
		{name: "NUL in a cell", row: hostileRow(id2, "battles,,,\x00b,,,,,"), want: &wantErr{line: 3, col: 48, field: "events.csv: title", is: event.ErrBadText}},
		{name: "invalid UTF-8 after UTF-8", row: hostileRow(id2, "battles,,,\xe9t\xe9,,,,,"), want: &wantErr{line: 3, col: 48, field: "events.csv: title", is: event.ErrBadText}},
		{name: "1e309 latitude", row: hostileRow(id2, "battles,,,,1e309,2,,,"), want: &wantErr{line: 3, col: 49, field: "events.csv: lat", is: ErrBadCell}},
		{name: "NaN latitude is a missing one", row: hostileRow(id2, "battles,,,,NaN,2,,,"), want: &wantErr{line: 3, col: 49, field: "events.csv: lat", is: place.ErrLatitude}},
		{name: "Inf longitude", row: hostileRow(id2, "battles,,,,2,-Inf,,,"), want: &wantErr{line: 3, col: 51, field: "events.csv: lon", is: ErrBadCell}},
		{name: "latitude out of range", row: hostileRow(id2, "battles,,,,95,2,,,"), want: &wantErr{line: 3, col: 49, field: "events.csv: lat", is: place.ErrLatitude}},
		{name: "(0,0) reads with a warning", row: hostileRow(id2, "battles,,,,0,0,,,"), warn: true,
			check: func(t *testing.T, e event.Event) { assert.Equal(t, &place.Point{}, e.Where.Point) }},
		{name: "-5 killed", row: hostileRow(id2, "battles,,,,,,,1,"),
			files: map[string]string{"casualties.csv": "event_id,n,outcome,count\n" + id2 + ",1,killed,-5\n"},
			want:  &wantErr{line: 2, col: 47, field: "casualties.csv: count", is: casualty.ErrBadPhrase}},
		{name: "year 20190", row: hostileRow(id2, "battles,20190-01-01,2019-01-01,,,,,,"), want: &wantErr{line: 3, col: 46, field: "events.csv: start", is: event.ErrBadDate}},
		{name: "year 0025", row: hostileRow(id2, "battles,0025-01-01,0025-01-01,,,,,,"), want: &wantErr{line: 3, col: 46, field: "events.csv: start", is: event.ErrBadDate}},
		{name: "year 0025 in a timestamp", row: hostileRow(id2, "battles,,,,,,,,"), // n_citations is not a column: rows are taken as they come
			files: map[string]string{"citations.csv": "event_id,n,id,source_name,accessed\n" + id2 + ",1,c,X,0025-01-02T10:00:00Z\n"},
			want:  &wantErr{line: 2, col: 44, field: "citations.csv: accessed", is: source.ErrBadDate}},
		{name: "31 February", row: hostileRow(id2, "battles,2019-02-31,2019-03-01,,,,,,"), want: &wantErr{line: 3, col: 46, field: "events.csv: start", is: event.ErrBadDate}},
		{name: "end before start", row: hostileRow(id2, "battles,2019-03-02,2019-03-01,,,,,,"), want: &wantErr{line: 3, col: 57, field: "events.csv: end", is: event.ErrDateOrder}},
		{name: "no type", row: hostileRow(id2, ",,,,,,,,"), want: &wantErr{line: 3, col: 38, field: "events.csv: type", is: event.ErrMissing}},
		{name: "nil UUID", row: hostileRow("00000000-0000-0000-0000-000000000000", "battles,,,,,,,,"), want: &wantErr{line: 3, col: 1, field: "events.csv: id", is: event.ErrMissing}},
		{name: "formula cell written raw", row: hostileRow(id2, `battles,,,"=HYPERLINK(""http://example.com"")",,,,,`),
			check: func(t *testing.T, e event.Event) {
				assert.Equal(t, `=HYPERLINK("http://example.com")`, e.Title, "read as it is")
			}},
		{name: "formula cell neutralised", row: hostileRow(id2, `battles,,,'+cmd,,,,,`),
			check: func(t *testing.T, e event.Event) { assert.Equal(t, "+cmd", e.Title, "the Writer's ' is taken off") }},
		{name: "misplaced HXL row", row: "#event+id,#event+type,#date+start,#date+end,#event+name,#geo+lat,#geo+lon,,,\n",
			want: &wantErr{line: 3, col: 1, field: "events.csv: id", is: event.ErrBadID}},
		{name: "wrong number of fields", row: id2 + ",battles;2019-08-31;2019-08-31\n", want: &wantErr{line: 3, col: 67, field: "events.csv", is: csvErrFieldCount()}}, // where the row ends early
		{name: "10,000 associated actors", row: hostileRow(id2, "battles,,,,,,10000,,"), files: map[string]string{"participants.csv": many.String()},
			check: func(t *testing.T, e event.Event) {
				require.Len(t, e.Participants, 10000)
				assert.Equal(t, event.PerpetratorAssociate, e.Participants[9999].Role)
			}},
		{name: "deep JSON in an extension", row: hostileRow(id2, "battles,,,,,,,,1"),
			files: map[string]string{"ext.csv": "event_id,key,value\n" + id2 + ",org.example/x," + deep + "\n"},
			want:  &wantErr{line: 2, col: 52, field: "ext.csv: value", is: event.ErrBadExt}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"events.csv": hostileHeader + good1 + tc.row + good3}
			for k, v := range tc.files {
				files[k] = v
			}
			r := NewReader(tablesFS(files))
			e, err := r.Read()
			require.NoError(t, err)
			assert.Equal(t, id1, e.ID.String())
			assert.Equal(t, 2, r.Line())

			e, err = r.Read()
			assert.Equal(t, 3, r.Line(), "Line names the row in events.csv")
			if tc.want == nil {
				require.NoError(t, err)
				if tc.warn {
					require.Len(t, r.Warnings(), 1)
					w := r.Warnings()[0]
					assert.ErrorIs(t, w.Code, event.ErrNullIsland)
					assert.Equal(t, "where.point", w.Path)
					assert.Equal(t, event.Warning, w.Severity)
				} else {
					assert.Empty(t, r.Warnings())
				}
				tc.check(t, e)
			} else {
				checkErr(t, err, *tc.want)
				assert.Less(t, len(err.Error()), 400, "the message does not echo the row: %.400s", err)
			}

			e, err = r.Read()
			require.NoError(t, err, "the event after it is kept")
			assert.Equal(t, id3, e.ID.String())
			_, err = r.Read()
			assert.Equal(t, io.EOF, err)
		})
	}
}

func TestHostileTables(t *testing.T) {
	good := hostileRow(id1, "battles,2019-08-31,2019-08-31,first,,,,,")
	tests := []struct {
		name   string
		events string
		want   []any // string: an event ID read; wantErr: an error
	}{
		{"empty file", "", []any{wantErr{line: 1, col: 1, field: "events.csv", is: io.ErrUnexpectedEOF, fatal: true}}},
		{"header only", hostileHeader, nil},
		{"truncated last line", hostileHeader + good + id2 + ",battl",
			[]any{id1, wantErr{line: 3, col: 43, field: "events.csv", is: csvErrFieldCount(), record: id2 + ",battl"}}},
		{"quote open at the end", hostileHeader + good + id2 + `,battles,,,"open`,
			[]any{id1, wantErr{line: 3, col: 53, field: "events.csv", is: csv.ErrQuote, record: id2 + `,battles,,,"open`}}}, // at the end of input
		{"wrong delimiter", strings.ReplaceAll(hostileHeader+good, ",", ";"),
			[]any{wantErr{line: 1, col: 1, field: "events.csv: id", is: ErrMissingColumn, fatal: true}}},
		{"duplicated header", "id,type,start,end,Type\n", []any{wantErr{line: 1, col: 19, field: "events.csv: Type", is: event.ErrDuplicate, fatal: true}}},
		{"missing start column", "id,type,end\n" + id1 + ",battles,2019-08-31\n",
			[]any{wantErr{line: 1, col: 1, field: "events.csv: start", is: ErrMissingColumn, fatal: true}}},
		{"missing type column", "id,start,end\n" + id1 + ",2019-08-31,2019-08-31\n",
			[]any{wantErr{line: 1, col: 1, field: "events.csv: type", is: ErrMissingColumn, fatal: true}}},
		{"latitude without longitude", "id,type,start,end,lat\n" + id1 + ",battles,,,1\n",
			[]any{wantErr{line: 1, col: 1, field: "events.csv: lon", is: ErrMissingColumn, fatal: true}}},
		{"unknown column is not read", "id,type,start,end,colour\n" + id1 + ",battles,,,red\n", []any{id1}},
		{"duplicate event IDs are two events to a stream", hostileHeader + good + good, []any{id1, id1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := readEvery(t, NewReader(tablesFS(map[string]string{"events.csv": tc.events})))
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
	t.Run("missing start column in lenient use", func(t *testing.T) {
		// The converter reads leniently: the header error still ends the
		// stream, as the first and only thing read.
		r := NewReader(tablesFS(map[string]string{"events.csv": "id,type,end\n" + id1 + ",battles,2019-08-31\n"}))
		var errs []error
		n := 0
		for _, err := range r.All() {
			if err != nil {
				errs = append(errs, err)
				continue
			}
			n++
		}
		assert.Zero(t, n)
		require.Len(t, errs, 1)
		assert.ErrorIs(t, errs[0], ErrMissingColumn)
		assert.Contains(t, errs[0].Error(), `field "events.csv: start"`)
	})
}

func TestHostileDataset(t *testing.T) {
	good := hostileRow(id1, "battles,2019-08-31,2019-08-31,first,,,,,")
	t.Run("duplicate event IDs", func(t *testing.T) {
		_, err := ReadDataset(tablesFS(map[string]string{"events.csv": hostileHeader + good + hostileRow(id2, "battles,,,,,,,,") + good}))
		checkErr(t, err, wantErr{line: 4, col: 1, field: "events.csv: id", is: event.ErrDuplicate, record: strings.TrimSuffix(good, "\n")})
		assert.Contains(t, err.Error(), "is also the ID of the event on line 2")
	})
	t.Run("duplicate actor IDs", func(t *testing.T) {
		_, err := ReadDataset(tablesFS(map[string]string{
			"actors.csv": "id,kind,name\nhts,rebel-group,A\nnusra,rebel-group,B\nhts,rebel-group,C\n",
			"events.csv": hostileHeader,
		}))
		checkErr(t, err, wantErr{line: 4, col: 1, field: "actors.csv: id", is: event.ErrDuplicate})
		assert.Contains(t, err.Error(), `ID "hts" is also the ID of the row on line 2`)
	})
	t.Run("(0,0) in an event and a place", func(t *testing.T) {
		r := NewReader(tablesFS(map[string]string{
			"places.csv": "id,level,name,lat,lon\nx,locality,X,0,0\n",
			"events.csv": hostileHeader + good + hostileRow(id2, "battles,,,,0,0,,,"),
		}))
		d, err := r.ReadDataset()
		require.NoError(t, err)
		assert.Len(t, d.Events, 2)
		var paths []string
		for _, w := range r.Warnings() {
			assert.ErrorIs(t, w.Code, event.ErrNullIsland)
			paths = append(paths, w.Path)
		}
		assert.Equal(t, []string{"events[1].where.point", "places[0].point"}, paths)
	})
}

// streamFile is a file of a generated size: head, then n bytes of fill,
// then tail, produced as it is read and never held in memory.
type streamFile struct {
	head, tail []byte
	block      []byte
	n          int64
}

func (f *streamFile) Read(p []byte) (int, error) {
	switch {
	case len(f.head) > 0:
		n := copy(p, f.head)
		f.head = f.head[n:]
		return n, nil
	case f.n > 0:
		k := int(min(int64(len(p)), int64(len(f.block)), f.n))
		f.n -= int64(k)
		return copy(p, f.block[:k]), nil
	case len(f.tail) > 0:
		n := copy(p, f.tail)
		f.tail = f.tail[n:]
		return n, nil
	}
	return 0, io.EOF
}

func (f *streamFile) Close() error               { return nil }
func (f *streamFile) Stat() (fs.FileInfo, error) { return streamInfo{}, nil }

type streamInfo struct{}

func (streamInfo) Name() string       { return "events.csv" }
func (streamInfo) Size() int64        { return 0 }
func (streamInfo) Mode() fs.FileMode  { return 0o444 }
func (streamInfo) ModTime() time.Time { return time.Time{} }
func (streamInfo) IsDir() bool        { return false }
func (streamInfo) Sys() any           { return nil }

// streamFS serves events.csv as a streamFile and the rest from a MapFS.
type streamFS struct {
	events func() *streamFile
	rest   fstest.MapFS
}

func (s streamFS) Open(name string) (fs.File, error) {
	if name == "events.csv" {
		return s.events(), nil
	}
	return s.rest.Open(name)
}

func TestHostileHugeField(t *testing.T) {
	good := hostileRow(id1, "battles,2019-08-31,2019-08-31,first,,,,,")
	fsys := streamFS{events: func() *streamFile {
		return &streamFile{head: []byte(hostileHeader + good + id2 + ",battles,,,"), block: bytes.Repeat([]byte{'x'}, 64<<10), n: 100 << 20,
			tail: []byte(",,,,,\n" + hostileRow(id3, "battles,,,third,,,,,"))}
	}}
	r := NewReader(fsys)
	r.MaxRecordBytes = 1 << 20 // a limit far below the field: memory proportional to the field shows
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	e, err := r.Read()
	require.NoError(t, err)
	assert.Equal(t, id1, e.ID.String())
	_, err = r.Read()
	runtime.ReadMemStats(&after)
	checkErr(t, err, wantErr{line: 3, col: 1, field: "events.csv", is: event.ErrTooLong})
	var pe *event.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Len(t, pe.Record, 1<<20, "the row up to the limit")
	mem := after.TotalAlloc - before.TotalAlloc
	assert.Less(t, mem, uint64(32<<20), "the 100 MB field is not held in memory: %d bytes allocated", mem)
	t.Logf("a 100 MB field cost %d bytes of allocations at a 1 MiB limit", mem)
	e, err = r.Read()
	require.NoError(t, err, "the event after it is kept")
	assert.Equal(t, id3, e.ID.String())
	_, err = r.Read()
	assert.Equal(t, io.EOF, err)
}

func TestKeyOf(t *testing.T) {
	tests := []struct {
		name   string
		record string
		col    int
		want   string
		ok     bool
	}{
		{"first column", id1 + ",battles,x", 0, id1, true},
		{"third column", `"a,b",x,` + id2 + ",y", 2, id2, true},
		{"quoted", `"` + id3 + `",x`, 0, id3, true},
		{"the last column", "x," + id1, 1, id1, true},
		{"cut short inside quotes", `"3f8e6f58-5d8c`, 0, "", false},
		{"not a UUID", "SYR78126,x", 0, "", false},
		{"no such column", id1, 3, "", false},
		{"no id column", id1, -1, "", false},
		{"beyond the first kilobytes", strings.Repeat("x", 5000) + "," + id1, 1, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := keyOf([]byte(tc.record), tc.col)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, got)
		})
	}
}
