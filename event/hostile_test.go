package event_test

import (
	"bytes"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// The hostile suite: inputs a careless export, a broken tool or an attacker
// produces, each with the exact typed error or warning it must give, and —
// the reader being lenient by design — the proof that every other record
// of the input is kept.

// hostileHead is the start of a well-formed event; hostileEvent completes
// it with members.
const hostileHead = `{"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","type":"battles"`

func hostileEvent(members string) string {
	if members == "" {
		return hostileHead + "}"
	}
	return hostileHead + "," + members + "}"
}

// goodLine returns a valid NDJSON record whose ID is derived from key.
func goodLine(t testing.TB, key string) (string, event.Event) {
	t.Helper()
	e := event.FromKey(event.Attack, event.Key{Scheme: "hostile-test", Value: key})
	b, err := event.MarshalEvent(e)
	require.NoError(t, err)
	back, err := event.UnmarshalEvent(b)
	require.NoError(t, err)
	return string(b), back
}

// colOf returns the 1-based column of the first occurrence of sub in s.
func colOf(t testing.TB, s, sub string) int {
	t.Helper()
	i := strings.Index(s, sub)
	require.GreaterOrEqual(t, i, 0, "%q not in %q", sub, s)
	return i + 1
}

// hostileRecord is one bad record between two good ones.
type hostileRecord struct {
	name  string
	line  string // the middle record
	col   int    // expected error column; 0 with is == nil: the record reads
	field string
	is    []error
	warn  error                             // expected warning code on a record that reads
	check func(t *testing.T, e event.Event) // what a record that reads holds
}

func hostileRecords(t *testing.T) []hostileRecord {
	deep := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	nul := hostileEvent(`"title":"a` + "\x00" + `b"`)
	bad8 := hostileEvent(`"title":"S` + "\xe9" + `l` + "\xe9" + `ka"`)
	var assoc strings.Builder
	for i := range 10000 {
		if i > 0 {
			assoc.WriteByte(',')
		}
		assoc.WriteString(`{"actor":{"name":"Associate ` + strings.Repeat("x", i%7) + `"},"role":"perpetrator-associate"}`)
	}
	formula := `=HYPERLINK(\"http://example.com\",\"click\")`
	return []hostileRecord{
		{name: "truncated record", line: hostileEvent(`"title":"abc`)[:len(hostileHead)+12], col: len(hostileHead) + 12, is: []error{event.ErrSyntax}}, // at its last byte
		{name: "NUL in a string", line: nul, col: colOf(t, nul, "\x00"), is: []error{event.ErrSyntax}},
		{name: "invalid UTF-8 (Windows-1252 text)", line: bad8, col: colOf(t, bad8, "\xe9"), is: []error{event.ErrBadText, event.ErrSyntax}},
		{name: "1e309 latitude", line: hostileEvent(`"where":{"point":{"lat":1e309,"lon":2}}`), col: colOf(t, hostileEvent(`"where":{"point":{"lat":1e309,"lon":2}}`), "1e309"), field: "where.point.lat", is: []error{place.ErrLatitude}},
		{name: "1e309 count", line: hostileEvent(`"casualties":[{"outcome":"killed","count":{"exact":1e309}}]`), col: colOf(t, hostileEvent(`"casualties":[{"outcome":"killed","count":{"exact":1e309}}]`), `{"exact"`), field: "casualties[0].count", is: []error{casualty.ErrBadCount}},
		{name: "-5 killed", line: hostileEvent(`"casualties":[{"outcome":"killed","count":{"exact":-5}}]`), col: colOf(t, hostileEvent(`"casualties":[{"outcome":"killed","count":{"exact":-5}}]`), `{"exact"`), field: "casualties[0].count", is: []error{casualty.ErrNegative}},
		{name: "NaN", line: hostileEvent(`"where":{"point":{"lat":NaN,"lon":2}}`), col: colOf(t, hostileEvent(`"where":{"point":{"lat":NaN,"lon":2}}`), "NaN"), is: []error{event.ErrSyntax}},
		{name: "Infinity", line: hostileEvent(`"where":{"point":{"lat":1,"lon":-Infinity}}`), col: colOf(t, hostileEvent(`"where":{"point":{"lat":1,"lon":-Infinity}}`), "Infinity"), is: []error{event.ErrSyntax}},
		{name: "latitude out of range", line: hostileEvent(`"where":{"point":{"lat":95,"lon":2}}`), col: colOf(t, hostileEvent(`"where":{"point":{"lat":95,"lon":2}}`), "95"), field: "where.point.lat", is: []error{place.ErrLatitude}},
		{name: "longitude out of range", line: hostileEvent(`"where":{"point":{"lat":5,"lon":-200}}`), col: colOf(t, hostileEvent(`"where":{"point":{"lat":5,"lon":-200}}`), "-200"), field: "where.point.lon", is: []error{place.ErrLongitude}},
		{name: "(0,0) reads with a warning", line: hostileEvent(`"where":{"point":{"lat":0,"lon":0}}`), warn: event.ErrNullIsland,
			check: func(t *testing.T, e event.Event) { assert.Equal(t, &place.Point{}, e.Where.Point) }},
		{name: "year 20190", line: hostileEvent(`"when":{"start":"20190-01-01","end":"2019-01-02"}`), col: colOf(t, hostileEvent(`"when":{"start":"20190-01-01","end":"2019-01-02"}`), `"20190`), field: "when.start", is: []error{event.ErrBadDate}},
		{name: "year 0025", line: hostileEvent(`"when":{"start":"0025-01-01","end":"0025-01-01"}`), col: colOf(t, hostileEvent(`"when":{"start":"0025-01-01","end":"0025-01-01"}`), `"0025`), field: "when.start", is: []error{event.ErrBadDate}},
		{name: "year 0025 in a timestamp", line: hostileEvent(`"citations":[{"id":"c","source":{"name":"X"},"accessed":"0025-01-02T10:00:00Z"}]`), col: colOf(t, hostileEvent(`"citations":[{"id":"c","source":{"name":"X"},"accessed":"0025-01-02T10:00:00Z"}]`), `"0025`), field: "citations[0].accessed", is: []error{source.ErrBadDate}},
		{name: "31 February", line: hostileEvent(`"when":{"start":"2019-02-31","end":"2019-03-01"}`), col: colOf(t, hostileEvent(`"when":{"start":"2019-02-31","end":"2019-03-01"}`), `"2019-02-31`), field: "when.start", is: []error{event.ErrBadDate}},
		{name: "end before start", line: hostileEvent(`"when":{"start":"2019-03-02","end":"2019-03-01"}`), col: colOf(t, hostileEvent(`"when":{"start":"2019-03-02","end":"2019-03-01"}`), `"2019-03-01`), field: "when.end", is: []error{event.ErrDateOrder}},
		{name: "formula cell is text in JSON", line: hostileEvent(`"title":"` + formula + `"`),
			check: func(t *testing.T, e event.Event) {
				assert.Equal(t, `=HYPERLINK("http://example.com","click")`, e.Title, "JSON meets no spreadsheet: kept as it is")
			}},
		{name: "deep JSON in an extension", line: hostileEvent(`"ext":{"org.example/x":` + deep + `}`), col: len(hostileHead) + len(`,"ext":{"org.example/x":`) + 9999, is: []error{event.ErrSyntax}}, // the bracket 10,001 deep
		{name: "deep JSON in a member", line: hostileEvent(`"title":` + deep), col: len(hostileHead) + len(`,"title":`) + 10000, is: []error{event.ErrSyntax}},
		{name: "duplicate member", line: hostileEvent(`"title":"x","title":"y"`), col: len(hostileHead) + len(`,"title":"x",`) + 1, field: "title", is: []error{event.ErrSyntax}},
		{name: "unknown member", line: hostileEvent(`"colour":"red"`), col: len(hostileHead) + 2, field: "colour", is: []error{event.ErrSyntax}},
		{name: "empty object", line: `{}`, col: 1, field: "id", is: []error{event.ErrMissing}},
		{name: "nil UUID", line: `{"id":"00000000-0000-0000-0000-000000000000","type":"battles"}`, col: 7, field: "id", is: []error{event.ErrMissing}},
		{name: "no type", line: `{"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53"}`, col: 1, field: "type", is: []error{event.ErrMissing}},
		{name: "empty type", line: `{"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","type":""}`, col: 53, field: "type", is: []error{event.ErrMissing}},
		{name: "an array", line: `[1,2]`, col: 1, is: []error{event.ErrSyntax}},
		{name: "null", line: `null`, col: 1, is: []error{event.ErrSyntax}},
		{name: "10,000 associated actors", line: hostileEvent(`"participants":[` + assoc.String() + `]`),
			check: func(t *testing.T, e event.Event) {
				require.Len(t, e.Participants, 10000)
				assert.Equal(t, event.PerpetratorAssociate, e.Participants[9999].Role)
			}},
	}
}

func TestHostileNDJSON(t *testing.T) {
	first, want1 := goodLine(t, "1")
	last, want3 := goodLine(t, "3")
	for _, tc := range hostileRecords(t) {
		t.Run(tc.name, func(t *testing.T) {
			r := event.NewReader(strings.NewReader(first + "\n" + tc.line + "\r\n" + last + "\n"))
			e, err := r.Read()
			require.NoError(t, err)
			assert.Equal(t, want1, e)
			assert.Empty(t, r.Warnings())

			e, err = r.Read()
			assert.Equal(t, 2, r.Line(), "Line names the middle record")
			if tc.is == nil {
				require.NoError(t, err)
				if tc.warn != nil {
					require.Len(t, r.Warnings(), 1)
					w := r.Warnings()[0]
					assert.ErrorIs(t, w.Code, tc.warn)
					assert.Equal(t, event.Warning, w.Severity)
					assert.Equal(t, "where.point", w.Path)
				} else {
					assert.Empty(t, r.Warnings())
				}
				tc.check(t, e)
			} else {
				pe := fxParseErr(t, err, 2, tc.col, tc.field, tc.is[0])
				for _, is := range tc.is[1:] {
					assert.ErrorIs(t, err, is)
				}
				assert.Equal(t, tc.line, string(pe.Record), "the rejected record verbatim")
				assert.Less(t, len(err.Error()), 400, "the message does not echo the record: %.400s", err)
			}

			e, err = r.Read()
			require.NoError(t, err, "the record after it is kept")
			assert.Equal(t, want3, e)
			assert.Equal(t, 3, r.Line())
			_, err = r.Read()
			assert.Equal(t, io.EOF, err)
		})
	}
}

// streamOf yields head, then n bytes of fill, then tail, without holding
// the fill in memory: a huge field generated as it is read.
type streamOf struct {
	head, tail []byte
	fill       byte
	n          int64 // fill bytes left; < 0: endless
	block      []byte
}

func (s *streamOf) Read(p []byte) (int, error) {
	switch {
	case len(s.head) > 0:
		n := copy(p, s.head)
		s.head = s.head[n:]
		return n, nil
	case s.n != 0:
		if len(s.block) == 0 {
			s.block = bytes.Repeat([]byte{s.fill}, 64<<10)
		}
		k := min(len(p), len(s.block))
		if s.n > 0 && int64(k) > s.n {
			k = int(s.n)
		}
		if s.n > 0 {
			s.n -= int64(k)
		}
		return copy(p, s.block[:k]), nil
	case len(s.tail) > 0:
		n := copy(p, s.tail)
		s.tail = s.tail[n:]
		return n, nil
	}
	return 0, io.EOF
}

// allocated returns the bytes fn allocates.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func TestHostileNDJSONStreams(t *testing.T) {
	first, want1 := goodLine(t, "1")
	last, want3 := goodLine(t, "3")
	t.Run("empty file", func(t *testing.T) {
		r := event.NewReader(strings.NewReader(""))
		_, err := r.Read()
		assert.Equal(t, io.EOF, err)
		assert.Equal(t, 0, r.Line())
	})
	t.Run("blank lines only", func(t *testing.T) {
		_, err := event.NewReader(strings.NewReader("\n\r\n  \n")).Read()
		assert.Equal(t, io.EOF, err)
	})
	t.Run("truncated last line", func(t *testing.T) {
		r := event.NewReader(strings.NewReader(first + "\n" + last[:len(last)/2]))
		e, err := r.Read()
		require.NoError(t, err)
		assert.Equal(t, want1, e)
		_, err = r.Read()
		pe := fxParseErr(t, err, 2, len(last)/2, "", event.ErrSyntax)
		assert.Equal(t, last[:len(last)/2], string(pe.Record))
		_, err = r.Read()
		assert.Equal(t, io.EOF, err)
	})
	t.Run("UTF-8 byte-order mark", func(t *testing.T) {
		got, err := event.ReadAll(strings.NewReader("\ufeff" + first + "\n" + last + "\n"))
		require.NoError(t, err)
		assert.Equal(t, []event.Event{want1, want3}, got)
	})
	for _, tc := range []struct {
		name, in, enc string
	}{
		{"UTF-16LE with its mark", "\xff\xfe" + utf16le(first+"\n"), "UTF-16LE text (a UTF-16LE byte-order mark)"},
		{"UTF-16LE without a mark", utf16le(first + "\n"), "UTF-16LE text (NUL bytes between the characters)"},
		{"UTF-16BE with its mark", "\xfe\xff" + utf16be(first+"\n"), "UTF-16BE text (a UTF-16BE byte-order mark)"},
		{"UTF-32LE with its mark", "\xff\xfe\x00\x00{\x00\x00\x00", "UTF-32LE text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := event.NewReader(strings.NewReader(tc.in))
			_, err := r.Read()
			fxParseErr(t, err, 1, 1, "", event.ErrBadText)
			assert.Contains(t, err.Error(), tc.enc)
			assert.Contains(t, err.Error(), "must be UTF-8")
			_, again := r.Read()
			assert.Same(t, err, again, "the input cannot be read: the error ends the stream")
			n := 0
			for _, err := range event.NewReader(strings.NewReader(tc.in)).All() {
				require.Error(t, err)
				n++
			}
			assert.Equal(t, 1, n, "All yields the error once and stops")
		})
	}
	t.Run("100 MB field", func(t *testing.T) {
		huge := &streamOf{head: []byte(first + "\n" + hostileHead + `,"notes":"`), fill: 'x', n: 100 << 20,
			tail: []byte("\"}\n" + last + "\n")}
		r := event.NewReader(huge)
		var got []event.Event
		var errs []error
		mem := allocated(func() {
			for e, err := range r.All() {
				if err != nil {
					errs = append(errs, err)
					continue
				}
				got = append(got, e)
			}
		})
		assert.Equal(t, []event.Event{want1, want3}, got, "the records around it are kept")
		require.Len(t, errs, 1)
		pe := fxParseErr(t, errs[0], 2, 1, "", event.ErrTooLong)
		assert.Len(t, pe.Record, event.DefaultMaxRecordBytes, "the record's first MaxRecordBytes bytes")
		assert.True(t, bytes.HasPrefix(pe.Record, []byte(hostileHead)))
		assert.Less(t, mem, uint64(100<<20), "the field is not held in memory: %d bytes allocated", mem)
		t.Logf("a 100 MB field cost %d bytes of allocations", mem)
	})
	t.Run("endless line", func(t *testing.T) {
		r := event.NewReader(&streamOf{head: []byte(first + "\n" + hostileHead + `,"notes":"`), fill: 'x', n: -1})
		r.MaxRecordBytes = 1 << 20
		_, err := r.Read()
		require.NoError(t, err)
		_, err = r.Read() // returns at the limit: the line never ends
		pe := fxParseErr(t, err, 2, 1, "", event.ErrTooLong)
		assert.Len(t, pe.Record, 1<<20)
		assert.Equal(t, int64(len(first)+1), pe.Offset)
		assert.Equal(t, "event: line 2, column 1: record too long: line longer than 1048576 bytes", err.Error())
	})
	t.Run("a long line then more lines", func(t *testing.T) {
		long := hostileEvent(`"notes":"` + strings.Repeat("y", 10000) + `"`)
		r := event.NewReader(strings.NewReader(first + "\n" + long + "\n" + long + "\r\n" + last))
		r.MaxRecordBytes = 200
		var lines []int
		var errs []error
		var got []event.Event
		for e, err := range r.All() {
			lines = append(lines, r.Line())
			if err != nil {
				errs = append(errs, err)
				continue
			}
			got = append(got, e)
		}
		assert.Equal(t, []int{1, 2, 3, 4}, lines)
		assert.Equal(t, []event.Event{want1, want3}, got)
		require.Len(t, errs, 2)
		fxParseErr(t, errs[0], 2, 1, "", event.ErrTooLong)
		pe := fxParseErr(t, errs[1], 3, 1, "", event.ErrTooLong)
		assert.Equal(t, int64(len(first)+1+len(long)+1), pe.Offset, "offsets count the skipped bytes")
	})
}

// utf16le encodes ASCII text as UTF-16LE.
func utf16le(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		b.WriteByte(0)
	}
	return b.String()
}

// utf16be encodes ASCII text as UTF-16BE.
func utf16be(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(0)
		b.WriteByte(s[i])
	}
	return b.String()
}

// hostileDataset is a Dataset document around the given events (JSON
// objects), one per line after line 2.
func hostileDataset(events ...string) string {
	return "{\"schema\":\"conflictkit/dataset/1\",\n\"events\":[\n" + strings.Join(events, ",\n") + "\n]}\n"
}

func TestHostileDataset(t *testing.T) {
	first, _ := goodLine(t, "1")
	last, _ := goodLine(t, "3")
	dupe := first // the same ID again, two lines further down
	tests := []struct {
		name       string
		in         string
		doc, rec   int64 // MaxDocumentBytes and MaxRecordBytes; 0 for the defaults
		line, col  int
		field      string
		is         error
		msg        string // a part of the message, if it matters
		warnPaths  []string
		wantEvents int
	}{
		{name: "empty file", in: "", line: 1, col: 1, is: event.ErrSyntax},
		{name: "white space only", in: " \n", line: 1, col: 2, is: event.ErrSyntax},                                        // at the last byte
		{name: "truncated document", in: hostileDataset(first, last)[:60], line: 3, col: 59 - 46 + 1, is: event.ErrSyntax}, // at the last byte; line 3 starts at offset 46
		{name: "UTF-16LE", in: "\xff\xfe" + utf16le(hostileDataset(first)), line: 1, col: 1, is: event.ErrBadText, msg: "UTF-16LE"},
		{name: "UTF-8 byte-order mark", in: "\ufeff" + hostileDataset(first, last), wantEvents: 2},
		{name: "document over the limit", in: hostileDataset(first, last), doc: 100, line: 3, col: 100 - 46 + 1, is: event.ErrTooLong, msg: "document longer than 100 bytes"},
		{name: "record over the limit", in: hostileDataset(first, hostileEvent(`"notes":"`+strings.Repeat("n", 300)+`"`), last), rec: 200,
			line: 4, col: 1, field: "events[1]", is: event.ErrTooLong, msg: "event record longer than 200 bytes"},
		{name: "member over the limit", in: `{"schema":"conflictkit/dataset/1","title":"` + strings.Repeat("t", 300) + `"}`, rec: 200,
			line: 1, col: 43, field: "title", is: event.ErrTooLong, msg: "member longer than 200 bytes"},
		{name: "duplicate event ID", in: hostileDataset(first, last, dupe), line: 5, col: 7, field: "events[2].id", is: event.ErrDuplicate,
			msg: "is also the ID of events[0] (line 3)"},
		{name: "duplicate actor ID", in: `{"schema":"conflictkit/dataset/1","actors":[` + "\n" + `{"id":"a1","kind":"rebel-group","name":"A"},` + "\n" + `{"id":"a1","kind":"rebel-group","name":"B"}]}`,
			line: 3, col: 7, field: "actors[1].id", is: event.ErrDuplicate, msg: `actor ID a1 is also the ID of actors[0] (line 2)`},
		{name: "empty event", in: hostileDataset(first, `{}`), line: 4, col: 1, field: "events[1].id", is: event.ErrMissing},
		{name: "year 0025", in: hostileDataset(hostileEvent(`"when":{"start":"0025-01-01","end":"0025-01-02"}`)), line: 3, col: len(hostileHead) + len(`,"when":{"start":`) + 1, field: "events[0].when.start", is: event.ErrBadDate, msg: "year 0025 is before 1000"},
		{name: "deep JSON", in: hostileDataset(hostileEvent(`"ext":{"org.example/x":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`)), line: 3, is: event.ErrSyntax, col: len(hostileHead) + len(`,"ext":{"org.example/x":`) + 9997}, // the document and its events array add two levels
		{name: "unknown member", in: `{"schema":"conflictkit/dataset/1","event":[]}`, line: 1, col: 35, field: "event", is: event.ErrSyntax},
		{name: "duplicate member", in: `{"schema":"conflictkit/dataset/1","title":"a","title":"b"}`, line: 1, col: 47, field: "title", is: event.ErrSyntax},
		{name: "(0,0) in an event and in a place", in: `{"schema":"conflictkit/dataset/1","places":[{"id":"x","level":"locality","name":"X","point":{"lat":0,"lon":0}}],"events":[` +
			hostileEvent(`"where":{"point":{"lat":0,"lon":0}}`) + `]}`, warnPaths: []string{"places[0].point", "events[0].where.point"}, wantEvents: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := event.NewReader(strings.NewReader(tc.in))
			r.MaxDocumentBytes, r.MaxRecordBytes = tc.doc, int(tc.rec)
			d, err := r.ReadDataset()
			if tc.is == nil {
				require.NoError(t, err)
				assert.Len(t, d.Events, tc.wantEvents)
				var paths []string
				for _, w := range r.Warnings() {
					assert.ErrorIs(t, w.Code, event.ErrNullIsland)
					assert.Equal(t, event.Warning, w.Severity)
					paths = append(paths, w.Path)
				}
				assert.Equal(t, tc.warnPaths, paths)
				return
			}
			assert.Nil(t, d)
			fxParseErr(t, err, tc.line, tc.col, tc.field, tc.is)
			assert.Contains(t, err.Error(), tc.msg)
			assert.Less(t, len(err.Error()), 400, "the message does not echo the input: %.400s", err)
		})
	}
	t.Run("ReadDataset after Read", func(t *testing.T) {
		r := event.NewReader(strings.NewReader(first + "\n"))
		_, err := r.Read()
		require.NoError(t, err)
		_, err = r.ReadDataset()
		assert.EqualError(t, err, "event: ReadDataset must be the Reader's first call")
	})
	t.Run("100 MB field", func(t *testing.T) {
		huge := &streamOf{head: []byte(hostileDataset(first, hostileEvent(`"notes":"`))[:len(hostileDataset(first, hostileEvent(`"notes":"`)))-len("\"}\n]}\n")]),
			fill: 'x', n: 100 << 20, tail: []byte("\"}\n]}\n")}
		_, err := event.ReadDataset(huge)
		fxParseErr(t, err, 4, 1, "events[1]", event.ErrTooLong)
	})
	t.Run("endless document", func(t *testing.T) {
		r := event.NewReader(&streamOf{head: []byte(hostileDataset(first)[:40]), fill: ' ', n: -1})
		r.MaxDocumentBytes = 8 << 20
		var err error
		mem := allocated(func() { _, err = r.ReadDataset() })
		var pe *event.ParseError
		require.True(t, errors.As(err, &pe), "%v", err)
		assert.ErrorIs(t, err, event.ErrTooLong)
		assert.Equal(t, int64(8<<20), pe.Offset, "reading stops at the limit")
		assert.Less(t, mem, uint64(64<<20), "memory stays bounded: %d bytes allocated", mem)
		t.Logf("an endless document cost %d bytes of allocations at an 8 MiB limit", mem)
	})
}
