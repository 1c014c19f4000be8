package event_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// fxFull is fxStrike with every field of every event type set, including
// extension members that this program does not know, nested objects among
// them, a 0.0 point and a known count of 0.
func fxFull() event.Event {
	e := fxStrike()
	e.Keys = append(e.Keys, event.Key{Scheme: "acled", Value: "SYR78126"}) // a second key, as a format reader would add
	e.Notes = "Told four ways; the accounts are kept side by side."
	e.Tags = []string{"idlib", "us-strike"}
	e.Where.Other = place.Ref{ID: "sy02", Name: "Aleppo", Level: place.LevelAdmin1,
		Path: []place.Unit{{Level: place.LevelCountry, ID: "sy", Code: "SY", Name: "Syria"}}}
	e.Where.Relation = place.RelationBetween
	e.Citations[0].Accessed = time.Date(2019, time.September, 1, 12, 30, 0, 0, time.UTC)
	e.Citations[0].Grade = source.MustParseGrade("B2")
	e.Participants[0].Note = "named by CENTCOM"
	e.Casualties = append(e.Casualties, event.Casualty{
		Figure:   casualty.Figure{Outcome: casualty.Killed, Group: casualty.Civilians, Count: casualty.Exactly(0), Text: "no civilians"},
		Party:    fxActorRef("hurras-al-din"),
		Citation: "centcom",
		Note:     "a known zero, not an unknown",
	})
	e.Claims[0].Quote = "missile attack"
	e.Related[0].Note = "the first US operation there in two years"
	e.Ext = event.Ext{
		"org.example/weapon":   json.RawMessage(`{"kind":"missile","guidance":{"type":"gps","confirmed":false},"sources":["sohr",null,1.5]}`),
		"org.example/flag":     json.RawMessage(`true`),
		"org.example.other/id": json.RawMessage(`"x-17"`),
	}
	return e
}

func TestEventJSONRoundTrip(t *testing.T) {
	for name, e := range map[string]event.Event{"full": fxFull(), "base": fxStrike(), "raid": fxRaid()} {
		t.Run(name, func(t *testing.T) {
			b, err := event.MarshalEvent(e)
			require.NoError(t, err)
			assert.NotContains(t, string(b), "\n", "MarshalEvent writes one line")

			got, err := event.UnmarshalEvent(b)
			require.NoError(t, err)
			assert.Equal(t, e, got)

			var viaStd event.Event
			require.NoError(t, json.Unmarshal(b, &viaStd))
			assert.Equal(t, e, viaStd)
		})
	}
}

// TestEventJSONZeroesKept checks the wire form of values that must never be
// dropped: a point at (0, 0) and a count of exactly 0.
func TestEventJSONZeroesKept(t *testing.T) {
	e := event.Event{
		ID:         uuid.MustParse("ce58a2d3-27d1-546c-8b01-4e01a6572b53"),
		Type:       event.AirDroneStrike,
		Where:      event.Where{Point: &place.Point{}},
		Casualties: []event.Casualty{{Figure: casualty.Figure{Outcome: casualty.Killed, Count: casualty.Exactly(0)}}},
	}
	b, err := event.MarshalEvent(e)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"id": "ce58a2d3-27d1-546c-8b01-4e01a6572b53",
		"type": "air-drone-strike",
		"where": {"point": {"lat": 0, "lon": 0}},
		"casualties": [{"outcome": "killed", "count": {"exact": 0}}]
	}`, string(b))

	got, err := event.UnmarshalEvent(b)
	require.NoError(t, err)
	require.NotNil(t, got.Where.Point)
	assert.Equal(t, place.Point{}, *got.Where.Point)
	assert.Equal(t, casualty.Exactly(0), got.Casualties[0].Count)
	assert.NotEqual(t, casualty.Unknown(), got.Casualties[0].Count)
}

// TestEventJSONMinimal: the zero parts of an event are left out, and a
// document with only an ID and a type reads back to the same value.
func TestEventJSONMinimal(t *testing.T) {
	e := event.Event{ID: uuid.MustParse("ce58a2d3-27d1-546c-8b01-4e01a6572b53"), Type: event.Battles}
	b, err := event.MarshalEvent(e)
	require.NoError(t, err)
	assert.Equal(t, `{"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","type":"battles"}`, string(b))
	got, err := event.UnmarshalEvent(b)
	require.NoError(t, err)
	assert.Equal(t, e, got)
}

func TestPartsJSONRoundTrip(t *testing.T) {
	full := fxFull()
	tests := []struct {
		name string
		v    any
		ptr  func() any
	}{
		{"where", full.Where, func() any { return new(event.Where) }},
		{"where with (0,0) point", event.Where{Point: &place.Point{}}, func() any { return new(event.Where) }},
		{"casualty with zero count", full.Casualties[2], func() any { return new(event.Casualty) }},
		{"casualty", full.Casualties[0], func() any { return new(event.Casualty) }},
		{"participant", full.Participants[0], func() any { return new(event.Participant) }},
		{"claim", full.Claims[0], func() any { return new(event.Claim) }},
		{"claim declining to say", full.Claims[1], func() any { return new(event.Claim) }},
		{"relation", full.Related[0], func() any { return new(event.Relation) }},
		{"key", full.Keys[1], func() any { return new(event.Key) }},
		{"ext", full.Ext, func() any { return new(event.Ext) }},
		{"role", event.TargetAssociate, func() any { return new(event.Role) }},
		{"claim kind", event.ClaimsResponsibility, func() any { return new(event.ClaimKind) }},
		{"aspect", event.AspectNotification, func() any { return new(event.Aspect) }},
		{"relation kind", event.Violates, func() any { return new(event.RelationKind) }},
		{"severity", event.Warning, func() any { return new(event.Severity) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.v)
			require.NoError(t, err)
			p := tc.ptr()
			require.NoError(t, json.Unmarshal(b, p))
			assert.Equal(t, tc.v, deref(p))
		})
	}
}

func deref(p any) any {
	switch p := p.(type) {
	case *event.Where:
		return *p
	case *event.Casualty:
		return *p
	case *event.Participant:
		return *p
	case *event.Claim:
		return *p
	case *event.Relation:
		return *p
	case *event.Key:
		return *p
	case *event.Ext:
		return *p
	case *event.Role:
		return *p
	case *event.ClaimKind:
		return *p
	case *event.Aspect:
		return *p
	case *event.RelationKind:
		return *p
	case *event.Severity:
		return *p
	}
	panic("deref: unexpected type")
}

func TestPartsJSONForm(t *testing.T) {
	full := fxFull()
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"key", event.Key{Scheme: "acled", Value: "SYR78126"}, `{"scheme":"acled","value":"SYR78126"}`},
		{"relation", event.Relation{Kind: event.Follows, Event: fxRaidID, Citation: "smith"},
			`{"kind":"follows","event":"` + fxRaidID.String() + `","citation":"smith"}`},
		{"participant", event.Participant{Actor: actor.Ref{ID: "hurras-al-din", Name: "Hurras al-Din", Kind: actor.KindRebelGroup}, Role: event.Target},
			`{"actor":{"id":"hurras-al-din","name":"Hurras al-Din","kind":"rebel-group"},"role":"target"}`},
		{"casualty", full.Casualties[2],
			`{"outcome":"killed","group":"civilians","count":{"exact":0},"text":"no civilians",` +
				`"party":{"id":"hurras-al-din","name":"Hurras al-Din","kind":"rebel-group"},"citation":"centcom","note":"a known zero, not an unknown"}`},
		{"claim", event.Claim{Citation: "centcom", Kind: event.DeclinesToSay, Aspect: event.AspectWeapon},
			`{"citation":"centcom","kind":"declines-to-say","aspect":"weapon"}`},
		{"severity", event.Error, `"error"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.v)
			require.NoError(t, err)
			assert.JSONEq(t, tc.want, string(b))
		})
	}
}

// fxParseErr asserts that err is a *ParseError with the given position,
// field and cause.
func fxParseErr(t *testing.T, err error, line, col int, field string, cause error) *event.ParseError {
	t.Helper()
	var pe *event.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, line, pe.Line, "line: %v", err)
	assert.Equal(t, col, pe.Column, "column: %v", err)
	assert.Equal(t, field, pe.Field, "field: %v", err)
	assert.ErrorIs(t, err, cause)
	return pe
}

func TestUnmarshalEventErrors(t *testing.T) {
	const id = `"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53"`
	tests := []struct {
		name  string
		in    string
		line  int
		col   int
		field string
		cause error
	}{
		// Columns are 1-based byte positions, counted by hand.
		{"unknown top-level member", `{` + id + `,"type":"battles","colour":"red"}`, 1, 63, "colour", event.ErrSyntax},
		{"unknown member deep down", `{"casualties":[{"outcome":"killed"},{"outcome":"killed","cited":"x"}]}`, 1, 57, "casualties[1].cited", event.ErrSyntax},
		{"member names are case-sensitive", `{"ID":"x"}`, 1, 2, "ID", event.ErrSyntax},
		{"wrong JSON type", `{"title":5}`, 1, 10, "title", event.ErrSyntax},
		{"array instead of object", `[]`, 1, 1, "", event.ErrSyntax},
		{"malformed: an early end points at the last byte", `{"type":`, 1, 8, "", event.ErrSyntax},
		{"trailing data", `{} {}`, 1, 4, "", event.ErrSyntax},
		{"empty input", ``, 1, 1, "", event.ErrSyntax},
		{"null is not an event", `  null`, 1, 3, "", event.ErrSyntax},
		{"malformed role", `{"participants":[{"actor":{"id":"x","name":"X"},"role":"Perpetrator"}]}`, 1, 56, "participants[0].role", event.ErrUnknownRole},
		{"malformed claim kind", `{"claims":[{"citation":"a","kind":"Says","aspect":"weapon"}]}`, 1, 35, "claims[0].kind", event.ErrUnknownClaim},
		{"malformed aspect", `{"claims":[{"citation":"a","kind":"asserts","aspect":"the weapon"}]}`, 1, 54, "claims[0].aspect", event.ErrUnknownAspect},
		{"malformed relation kind", `{"related":[{"kind":"Same-As","event":"ce58a2d3-27d1-546c-8b01-4e01a6572b53"}]}`, 1, 21, "related[0].kind", event.ErrUnknownRelation},
		{"malformed type", `{"type":"Battles"}`, 1, 9, "type", event.ErrUnknownType},
		{"negative count", `{"casualties":[{"outcome":"killed","count":{"exact":-1}}]}`, 1, 44, "casualties[0].count", casualty.ErrNegative},
		{"malformed ID", `{"id":"x"}`, 1, 7, "id", event.ErrBadID},
		{"malformed related event ID", `{"related":[{"kind":"follows","event":"nope"}]}`, 1, 39, "related[0].event", event.ErrBadID},
		{"repeated member", `{"type":"attack","type":"battles"}`, 1, 18, "type", event.ErrSyntax},
		{"end before start points at the end", `{"when":{"start":"2019-08-31","end":"2019-08-30","precision":"day"}}`, 1, 37, "when.end", event.ErrDateOrder},
		{"impossible date", `{"when":{"start":"2019-02-30","end":"2019-03-01"}}`, 1, 18, "when.start", event.ErrBadDate},
		{"bad point", `{"where":{"point":{"lat":95,"lon":36.63393}}}`, 1, 26, "where.point.lat", place.ErrLatitude},
		{"malformed ext value", `{"ext":{"weapon":1,"org.example/x":}}`, 1, 36, "", event.ErrSyntax},
		{"second line", "{\n  " + id + ",\n  \"type\": 5\n}", 3, 11, "type", event.ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := event.UnmarshalEvent([]byte(tc.in))
			fxParseErr(t, err, tc.line, tc.col, tc.field, tc.cause)
			assert.Zero(t, e)
		})
	}
}

func TestUnmarshalEventMessage(t *testing.T) {
	_, err := event.UnmarshalEvent([]byte(`{"type":"battles","colour":"red"}`))
	assert.EqualError(t, err, `event: line 1, column 19, field "colour": malformed JSON: unknown field "colour"`)
}

// fxLines is four NDJSON lines; the third is broken (a misspelt member).
func fxLines(t *testing.T) (lines []string, events []event.Event) {
	t.Helper()
	events = []event.Event{fxRaid(), fxStrike(), fxFull()}
	for _, e := range events {
		b, err := event.MarshalEvent(e)
		require.NoError(t, err)
		lines = append(lines, string(b))
	}
	bad := `{"id":"` + fxRaidID.String() + `","type":"battles","titel":"x"}`
	lines = []string{lines[0], lines[1], bad, lines[2]}
	return lines, events
}

func TestReader(t *testing.T) {
	lines, events := fxLines(t)
	in := strings.Join(lines, "\n") + "\n"
	r := event.NewReader(strings.NewReader(in))

	e, err := r.Read()
	require.NoError(t, err)
	assert.Equal(t, events[0], e)
	assert.Equal(t, 1, r.Line())
	assert.Equal(t, lines[0], string(r.Raw()), "Raw holds the event's line verbatim")

	e, err = r.Read()
	require.NoError(t, err)
	assert.Equal(t, events[1], e)

	_, err = r.Read()
	// "titel" starts after `{"id":"<36>","type":"battles",` = 7+36+1+1+16+1 = 62 bytes (column 63).
	pe := fxParseErr(t, err, 3, 63, "titel", event.ErrSyntax)
	assert.Equal(t, lines[2], string(pe.Record), "Record holds the rejected line verbatim")
	assert.Equal(t, int64(len(lines[0])+1+len(lines[1])+1+62), pe.Offset, "offset from the start of the input")
	assert.Equal(t, 3, r.Line())

	e, err = r.Read()
	require.NoError(t, err, "reading goes on after a bad record")
	assert.Equal(t, events[2], e)
	assert.Equal(t, 4, r.Line())
	assert.Equal(t, lines[3], string(r.Raw()), "Raw is the last event's line, not the rejected one")

	_, err = r.Read()
	assert.Equal(t, io.EOF, err)
	_, err = r.Read()
	assert.Equal(t, io.EOF, err, "EOF is sticky")
}

func TestReaderLayout(t *testing.T) {
	lines, events := fxLines(t)
	good := []string{lines[0], lines[1], lines[3]}
	tests := []struct {
		name string
		in   string
	}{
		{"LF", good[0] + "\n" + good[1] + "\n" + good[2] + "\n"},
		{"CRLF", good[0] + "\r\n" + good[1] + "\r\n" + good[2] + "\r\n"},
		{"no final newline", good[0] + "\n" + good[1] + "\n" + good[2]},
		{"blank lines", "\n" + good[0] + "\n\n  \t\n" + good[1] + "\r\n\r\n" + good[2] + "\n\n"},
		{"spaces around records", "  " + good[0] + "  \n\t" + good[1] + "\n" + good[2] + " "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := event.ReadAll(strings.NewReader(tc.in))
			require.NoError(t, err)
			assert.Equal(t, events, got)
		})
	}
	t.Run("empty", func(t *testing.T) {
		got, err := event.ReadAll(strings.NewReader(""))
		assert.NoError(t, err)
		assert.Empty(t, got)
		_, err = event.NewReader(strings.NewReader("\n\n")).Read()
		assert.Equal(t, io.EOF, err)
	})
	t.Run("line numbers count blank lines and CRLF", func(t *testing.T) {
		in := "\r\n" + good[0] + "\r\n\r\n" + `{"type":true}` + "\r\n"
		r := event.NewReader(strings.NewReader(in))
		_, err := r.Read()
		require.NoError(t, err)
		assert.Equal(t, 2, r.Line())
		_, err = r.Read()
		pe := fxParseErr(t, err, 4, 9, "type", event.ErrSyntax)
		assert.Equal(t, `{"type":true}`, string(pe.Record), "the line ending is not part of the record")
		assert.Equal(t, int64(2+len(good[0])+2+2+8), pe.Offset)
	})
	t.Run("error on a last line without newline", func(t *testing.T) {
		r := event.NewReader(strings.NewReader(good[0] + "\n{"))
		_, err := r.Read()
		require.NoError(t, err)
		_, err = r.Read()
		pe := fxParseErr(t, err, 2, 1, "", event.ErrSyntax)
		assert.Equal(t, "{", string(pe.Record))
		_, err = r.Read()
		assert.Equal(t, io.EOF, err)
	})
}

func TestReaderAll(t *testing.T) {
	lines, events := fxLines(t)
	in := strings.Join(lines, "\n")

	var got []event.Event
	var errs []error
	for e, err := range event.NewReader(strings.NewReader(in)).All() {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		got = append(got, e)
	}
	assert.Equal(t, events, got)
	require.Len(t, errs, 1)
	fxParseErr(t, errs[0], 3, 63, "titel", event.ErrSyntax)

	t.Run("break stops", func(t *testing.T) {
		r := event.NewReader(strings.NewReader(in))
		n := 0
		for range r.All() {
			n++
			break
		}
		assert.Equal(t, 1, n)
		e, err := r.Read()
		require.NoError(t, err, "the reader is left at the next record")
		assert.Equal(t, events[1], e)
	})
}

func TestReadAllStopsAtFirstError(t *testing.T) {
	lines, events := fxLines(t)
	got, err := event.ReadAll(strings.NewReader(strings.Join(lines, "\n")))
	fxParseErr(t, err, 3, 63, "titel", event.ErrSyntax)
	assert.Equal(t, events[:2], got, "the events before the error are returned")
}

// fxFailingReader yields data, then fails.
type fxFailingReader struct {
	data []byte
	err  error
}

func (r *fxFailingReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

var errFxIO = errors.New("disk on fire")

func TestReaderIOError(t *testing.T) {
	lines, events := fxLines(t)
	src := &fxFailingReader{data: []byte(lines[0] + "\n" + lines[1]), err: errFxIO}
	r := event.NewReader(src)
	e, err := r.Read()
	require.NoError(t, err)
	assert.Equal(t, events[0], e)
	_, err = r.Read()
	assert.Same(t, errFxIO, err, "an I/O error is returned as is, not as a ParseError")
	_, err = r.Read()
	assert.Same(t, errFxIO, err, "and ends the stream")

	var n int
	var last error
	for _, err := range event.NewReader(&fxFailingReader{data: []byte(lines[0] + "\n"), err: errFxIO}).All() {
		n++
		last = err
	}
	assert.Equal(t, 2, n, "one event, then the I/O error")
	assert.Same(t, errFxIO, last)

	got, err := event.ReadAll(&fxFailingReader{data: []byte(lines[0] + "\n"), err: errFxIO})
	assert.Same(t, errFxIO, err)
	assert.Equal(t, events[:1], got)
}

func TestWriter(t *testing.T) {
	_, events := fxLines(t)
	var buf bytes.Buffer
	w := event.NewWriter(&buf)
	for _, e := range events {
		require.NoError(t, w.Write(e))
	}
	require.NoError(t, w.Flush())

	out := buf.String()
	assert.True(t, strings.HasSuffix(out, "}\n"))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, len(events), "one line per event")
	for i, l := range lines {
		want, err := event.MarshalEvent(events[i])
		require.NoError(t, err)
		assert.Equal(t, string(want), l)
	}

	got, err := event.ReadAll(&buf)
	require.NoError(t, err)
	assert.Equal(t, events, got)
}

func TestWriterMarshalErrorDoesNotPoison(t *testing.T) {
	var buf bytes.Buffer
	w := event.NewWriter(&buf)
	bad := fxRaid()
	bad.Casualties = []event.Casualty{{Figure: casualty.Figure{Outcome: casualty.Killed, Count: casualty.Exactly(-1)}}}
	err := w.Write(bad)
	require.Error(t, err)
	assert.ErrorIs(t, err, casualty.ErrNegative)
	assert.Contains(t, err.Error(), bad.ID.String())

	require.NoError(t, w.Write(fxRaid()))
	require.NoError(t, w.Flush())
	got, err := event.ReadAll(&buf)
	require.NoError(t, err)
	assert.Equal(t, []event.Event{fxRaid()}, got)
}

// fxFailingWriter accepts n bytes, then fails.
type fxFailingWriter struct{ n int }

func (w *fxFailingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errFxIO
	}
	w.n -= len(p)
	return len(p), nil
}

func TestWriterIOErrorIsSticky(t *testing.T) {
	w := event.NewWriter(&fxFailingWriter{n: 10})
	require.NoError(t, w.Write(fxRaid()), "buffered, not yet written")
	assert.ErrorIs(t, w.Flush(), errFxIO)
	assert.ErrorIs(t, w.Write(fxRaid()), errFxIO)
	assert.ErrorIs(t, w.Flush(), errFxIO)
}

func TestDatasetRoundTrip(t *testing.T) {
	d := fxDataset()
	d.Description = "Two events of the article, with the records they refer to."
	d.Events[1] = fxFull()

	var buf bytes.Buffer
	require.NoError(t, event.WriteDataset(&buf, d))
	out := buf.String()
	assert.True(t, strings.HasPrefix(out, "{\n  \"schema\": \"conflictkit/dataset/1\",\n"), "indented, schema first")
	assert.True(t, strings.HasSuffix(out, "}\n"))

	got, err := event.ReadDataset(strings.NewReader(out))
	require.NoError(t, err)
	assert.Equal(t, d, got)

	var viaStd event.Dataset
	require.NoError(t, json.Unmarshal([]byte(out), &viaStd))
	assert.Equal(t, d, &viaStd)
}

func TestWriteDatasetFillsSchema(t *testing.T) {
	d := &event.Dataset{Title: "no schema"}
	var buf bytes.Buffer
	require.NoError(t, event.WriteDataset(&buf, d))
	assert.Equal(t, "{\n  \"schema\": \"conflictkit/dataset/1\",\n  \"title\": \"no schema\"\n}\n", buf.String())
	assert.Empty(t, d.Schema, "the caller's dataset is not changed")
}

func TestWriteDatasetErrors(t *testing.T) {
	d := fxDataset()
	d.Events[0].Casualties = []event.Casualty{{Figure: casualty.Figure{Outcome: casualty.Killed, Count: casualty.Exactly(-1)}}}
	assert.ErrorIs(t, event.WriteDataset(io.Discard, d), casualty.ErrNegative)
	assert.ErrorIs(t, event.WriteDataset(&fxFailingWriter{n: 5}, fxDataset()), errFxIO)
}

func TestReadDatasetErrors(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, event.WriteDataset(&buf, fxDataset()))
	doc := buf.String()

	// lineOf returns the 1-based line and column of the n-th (0-based)
	// occurrence of s in doc, found by searching the text.
	lineOf := func(s string, n int) (int, int) {
		off := -1
		for range n + 1 {
			k := strings.Index(doc[off+1:], s)
			require.GreaterOrEqual(t, k, 0, "%q not found", s)
			off += 1 + k
		}
		line := strings.Count(doc[:off], "\n") + 1
		return line, off - strings.LastIndex(doc[:off], "\n")
	}

	t.Run("bad date deep down", func(t *testing.T) {
		// The first "start" member is the strike's (events[1]); the error
		// points at its value.
		line, col := lineOf(`"start": "2019-08-31"`, 0)
		bad := strings.Replace(doc, `"start": "2019-08-31"`, `"start": "2019-02-30"`, 1)
		require.NotEqual(t, doc, bad)
		_, err := event.ReadDataset(strings.NewReader(bad))
		fxParseErr(t, err, line, col+len(`"start": `), "events[1].when.start", event.ErrBadDate)
		assert.Contains(t, err.Error(), `"2019-02-30"`)
	})
	t.Run("bad level in a place", func(t *testing.T) {
		line, col := lineOf(`"level": "admin2"`, 0)
		bad := strings.Replace(doc, `"level": "admin2"`, `"level": "district"`, 1)
		_, err := event.ReadDataset(strings.NewReader(bad))
		fxParseErr(t, err, line, col+len(`"level": `), "places[2].level", place.ErrBadLevel)
	})
	t.Run("unknown member in an actor", func(t *testing.T) {
		line, col := lineOf(`"founded": "2018-02-27"`, 0)
		bad := strings.Replace(doc, `"founded": "2018-02-27"`, `"formed": "2018-02-27"`, 1)
		_, err := event.ReadDataset(strings.NewReader(bad))
		fxParseErr(t, err, line, col, "actors[2].formed", event.ErrSyntax)
	})
	t.Run("next major schema", func(t *testing.T) {
		bad := strings.Replace(doc, `"conflictkit/dataset/1"`, `"conflictkit/dataset/2"`, 1)
		line, col := lineOf(`"schema": `, 0)
		d, err := event.ReadDataset(strings.NewReader(bad))
		fxParseErr(t, err, line, col+len(`"schema": `), "schema", event.ErrSchema)
		assert.Nil(t, d)
		assert.Contains(t, err.Error(), `"conflictkit/dataset/2"`)
	})
	t.Run("minor schema revision", func(t *testing.T) {
		ok := strings.Replace(doc, `"conflictkit/dataset/1"`, `"conflictkit/dataset/1.3"`, 1)
		d, err := event.ReadDataset(strings.NewReader(ok))
		require.NoError(t, err)
		assert.Equal(t, "conflictkit/dataset/1.3", d.Schema)
	})
	t.Run("no schema", func(t *testing.T) {
		_, err := event.ReadDataset(strings.NewReader(`{"title":"x"}`))
		fxParseErr(t, err, 1, 1, "schema", event.ErrSchema)
	})
	t.Run("null", func(t *testing.T) {
		_, err := event.ReadDataset(strings.NewReader(`null`))
		fxParseErr(t, err, 1, 1, "", event.ErrSyntax)
	})
	t.Run("truncated", func(t *testing.T) {
		_, err := event.ReadDataset(strings.NewReader(doc[:len(doc)/2]))
		var pe *event.ParseError
		require.ErrorAs(t, err, &pe)
		assert.ErrorIs(t, err, event.ErrSyntax)
	})
	t.Run("I/O error", func(t *testing.T) {
		_, err := event.ReadDataset(&fxFailingReader{data: []byte(doc[:10]), err: errFxIO})
		assert.Same(t, errFxIO, err)
	})
}

// A downstream type that embeds an Event and decodes with encoding/json
// gets the same typed, positioned errors.
func TestEncodingJSONGivesParseError(t *testing.T) {
	var e event.Event
	err := json.Unmarshal([]byte("{\n  \"type\": \"attack\",\n  \"colour\": 1\n}"), &e)
	var pe *event.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 3, pe.Line)
	assert.Equal(t, 3, pe.Column)
	assert.Equal(t, "colour", pe.Field)
	assert.ErrorIs(t, err, event.ErrSyntax)

	var d event.Dataset
	err = json.Unmarshal([]byte(`{"schema":"conflictkit/dataset/1","events":[{"id":"x"}]}`), &d)
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "events[0].id", pe.Field)
	assert.Equal(t, 51, pe.Column)
	assert.ErrorIs(t, err, event.ErrBadID)

	before := event.Event{Title: "kept"}
	require.NoError(t, json.Unmarshal([]byte(`null`), &before))
	assert.Equal(t, "kept", before.Title, "null leaves the value unchanged")
}

func TestReaderBOMAndLongLines(t *testing.T) {
	ok := `{"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","type":"attack"}`
	t.Run("byte-order mark skipped", func(t *testing.T) {
		events, err := event.ReadAll(strings.NewReader("\ufeff" + ok + "\n"))
		require.NoError(t, err)
		require.Len(t, events, 1)
		assert.Equal(t, event.Attack, events[0].Type)
	})
	t.Run("limits at the boundary", func(t *testing.T) {
		n := len(ok)
		tests := []struct {
			name  string
			input string
			limit int
			long  bool
		}{
			{"exactly the limit", ok + "\n", n, false},
			{"exactly the limit, CRLF", ok + "\r\n", n, false},
			{"exactly the limit, last line without newline", ok, n, false},
			{"one byte over", ok + " \n", n, true},
			{"BOM and exactly the limit", "\ufeff" + ok + "\n", n, false},
			{"BOM and two bytes over", "\ufeff" + ok + "xy\n", n + 1, true},
			{"carriage returns then more text", ok + "\r\rGARBAGE}\n", n, true},
			{"no limit", ok + "\n", math.MaxInt, false},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				r := event.NewReader(strings.NewReader(tc.input))
				r.MaxRecordBytes = tc.limit
				e, err := r.Read()
				if tc.long {
					assert.ErrorIs(t, err, event.ErrTooLong)
					return
				}
				require.NoError(t, err)
				assert.Equal(t, event.Attack, e.Type)
				_, err = r.Read()
				assert.Equal(t, io.EOF, err)
			})
		}
	})
	t.Run("a line over the limit is reported and skipped", func(t *testing.T) {
		long := `{"title":"` + strings.Repeat("x", 100) + `"}`
		r := event.NewReader(strings.NewReader(ok + "\n" + long + "\r\n" + ok + "\n"))
		r.MaxRecordBytes = 80
		_, err := r.Read()
		require.NoError(t, err)
		_, err = r.Read()
		var pe *event.ParseError
		require.ErrorAs(t, err, &pe)
		assert.ErrorIs(t, err, event.ErrTooLong)
		assert.Equal(t, 2, pe.Line)
		assert.Equal(t, int64(len(ok)+1), pe.Offset)
		assert.Equal(t, long[:80], string(pe.Record))
		e, err := r.Read()
		require.NoError(t, err, "reading goes on after the long line")
		assert.Equal(t, 3, r.Line())
		assert.Equal(t, event.Attack, e.Type)
	})
}

func TestCanonicalJSONDoesNotEscapeHTML(t *testing.T) {
	e := event.Event{ID: event.DeriveID("acled", "SYR78126"), Type: event.Attack, Title: "Hay'at <HTS> & allies"}
	b, err := event.MarshalEvent(e)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"title":"Hay'at <HTS> & allies"`)
	assert.NotContains(t, string(b), "\n")

	var out bytes.Buffer
	require.NoError(t, event.WriteDataset(&out, &event.Dataset{Events: []event.Event{e}}))
	assert.Contains(t, out.String(), `"title": "Hay'at <HTS> & allies"`)
	assert.EqualError(t, event.WriteDataset(&out, nil), "event: WriteDataset: nil dataset")
}
