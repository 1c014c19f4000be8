package geojson_test

import (
	"bytes"
	"io"
	"math"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/geojson"
	"github.com/conflictkit/conflict/place"
)

// The hostile suite: features a careless export, a map tool or an attacker
// produces, each with the exact typed error or warning it must give, and
// the proof that the features around it are kept.

// flatFeature is a feature without an embedded event, with properties p
// (a type included) and geometry g.
func flatFeature(g, p string) string {
	return `{"type":"Feature","id":"` + idB + `","geometry":` + g + `,"properties":{"type":"armed-clash"` + p + `}}`
}

// embeddedFeature is a feature whose "event" property holds the event
// members inner.
func embeddedFeature(inner string) string {
	return `{"type":"Feature","id":"` + idB + `","geometry":null,"properties":{"event":{"id":"` + idB + `",` + inner + `}}}`
}

func TestHostile(t *testing.T) {
	deep := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	var assoc strings.Builder
	for i := range 10000 {
		if i > 0 {
			assoc.WriteByte(',')
		}
		assoc.WriteString(`{"role":"perpetrator-associate","name":"Associate"}`)
	}
	tests := []struct {
		name    string
		feature string
		field   string  // after "features[1]"
		at      string  // the offending value: its first occurrence in the feature; "" for the feature's start
		is      []error // nil: the feature reads
		warn    error   // the warning a feature that reads gives
		path    string  // its path, after "features[1]."
		check   func(t *testing.T, e event.Event)
	}{
		{name: "NaN coordinate", feature: flatFeature(`{"type":"Point","coordinates":[NaN,35]}`, ""), at: "NaN", is: []error{event.ErrSyntax}},
		{name: "Infinity coordinate", feature: flatFeature(`{"type":"Point","coordinates":[36,-Infinity]}`, ""), at: "Infinity", is: []error{event.ErrSyntax}},
		{name: "NUL in a string", feature: flatFeature("null", `,"title":"a`+"\x00"+`b"`), at: "\x00", is: []error{event.ErrSyntax}},
		{name: "NUL between tokens", feature: flatFeature("null", ",\x00"+`"title":"a"`), at: "\x00", is: []error{event.ErrSyntax}},
		{name: "missing colon", feature: `{"type" "Feature"}`, at: `"Feature"`, is: []error{event.ErrSyntax}},
		{name: "bad literal", feature: `{"type":"Feature","geometry":nul,"properties":{}}`, at: `,"properties"`, is: []error{event.ErrSyntax}},
		{name: "deep JSON", feature: flatFeature("null", `,"x":`+deep), is: []error{event.ErrSyntax}},
		{name: "invalid UTF-8 in a property read", feature: flatFeature("null", `,"title":"S`+"\xe9"+`l`+"\xe9"+`ka"`), field: ".properties.title", at: "\xe9", is: []error{event.ErrBadText}},
		{name: "invalid UTF-8 in an embedded event", feature: embeddedFeature(`"type":"battles","title":"S` + "\xe9" + `"`), field: ".properties.event", at: "\xe9", is: []error{event.ErrBadText, event.ErrSyntax}},
		{name: "1e309 coordinate", feature: flatFeature(`{"type":"Point","coordinates":[1e309,35]}`, ""), field: ".geometry.coordinates[0]", at: "1e309", is: []error{event.ErrBadPoint}},
		{name: "latitude out of range", feature: flatFeature(`{"type":"Point","coordinates":[36,95]}`, ""), field: ".geometry.coordinates", at: "[36", is: []error{event.ErrBadPoint, place.ErrLatitude}},
		{name: "(0,0) reads with a warning", feature: flatFeature(`{"type":"Point","coordinates":[0,0]}`, ""),
			warn: event.ErrNullIsland, path: "geometry.coordinates",
			check: func(t *testing.T, e event.Event) { assert.Equal(t, &place.Point{}, e.Where.Point) }},
		{name: "(0,0) in an embedded event", feature: `{"type":"Feature","id":"` + idB + `","geometry":{"type":"Point","coordinates":[0,0]},"properties":{"event":{"id":"` + idB + `","type":"battles","where":{"point":{"lat":0,"lon":0}}}}}`,
			warn: event.ErrNullIsland, path: "properties.event.where.point",
			check: func(t *testing.T, e event.Event) { assert.Equal(t, &place.Point{}, e.Where.Point) }},
		{name: "-5 killed", feature: flatFeature("null", `,"killed_low":-5,"killed_high":3`), field: ".properties.killed_low", at: `-5,"killed_high"`, is: []error{casualty.ErrNegative}},
		{name: "year 20190", feature: flatFeature("null", `,"date_start":"20190-01-01","date_end":"2019-01-01"`), field: ".properties.date_start", at: `"20190`, is: []error{event.ErrBadDate}},
		{name: "year 0025", feature: flatFeature("null", `,"date_start":"0025-01-01","date_end":"0025-01-01"`), field: ".properties.date_start", at: `"0025`, is: []error{event.ErrBadDate}},
		{name: "year 0025 in an embedded event", feature: embeddedFeature(`"type":"battles","when":{"start":"0025-01-01","end":"0025-01-01"}`), field: ".properties.event.when.start", at: `"0025`, is: []error{event.ErrBadDate}},
		{name: "31 February", feature: flatFeature("null", `,"date_start":"2019-02-31","date_end":"2019-03-01"`), field: ".properties.date_start", at: `"2019-02-31`, is: []error{event.ErrBadDate}},
		{name: "end before start", feature: flatFeature("null", `,"date_start":"2019-03-02","date_end":"2019-03-01"`), field: ".properties.date_end", at: `"2019-03-01`, is: []error{event.ErrDateOrder}},
		{name: "formula cell is text", feature: flatFeature("null", `,"title":"=HYPERLINK(\"http://example.com\")"`),
			check: func(t *testing.T, e event.Event) { assert.Equal(t, `=HYPERLINK("http://example.com")`, e.Title) }},
		{name: "duplicate feature member", feature: `{"type":"Feature","type":"Feature","geometry":null,"properties":{}}`, field: ".type", at: `"Feature","geometry"`, is: []error{geojson.ErrNotFeature}},
		{name: "duplicate property", feature: flatFeature("null", `,"type":"battles"`), field: ".properties.type", at: `"battles"`, is: []error{geojson.ErrBadProperty}},
		{name: "unknown members are foreign members", feature: `{"type":"Feature","id":"` + idB + `","geometry":null,"properties":{"type":"armed-clash","fid":7},"x":[1]}`,
			check: func(t *testing.T, e event.Event) { assert.Equal(t, event.ArmedClash, e.Type) }},
		{name: "unknown member of an embedded event", feature: embeddedFeature(`"type":"battles","colour":"red"`), field: ".properties.event.colour", at: `"colour"`, is: []error{event.ErrSyntax}},
		{name: "empty embedded event", feature: `{"type":"Feature","id":"` + idB + `","geometry":null,"properties":{"event":{}}}`, field: ".properties.event.id", at: `{}`, is: []error{event.ErrMissing}},
		{name: "flat feature without a type", feature: `{"type":"Feature","id":"` + idB + `","geometry":null,"properties":{"title":"x"}}`, field: ".properties", at: `{"title"`, is: []error{event.ErrMissing}},
		{name: "10,000 associated actors", feature: flatFeature("null", `,"actors":[`+assoc.String()+`]`),
			check: func(t *testing.T, e event.Event) {
				require.Len(t, e.Participants, 10000)
				assert.Equal(t, event.PerpetratorAssociate, e.Participants[9999].Role)
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := collection(point(idA), tc.feature, point(idC))
			r := geojson.NewReader(strings.NewReader(doc))
			first, err := r.Read()
			require.NoError(t, err)
			assert.Equal(t, event.DeriveID("geojson-test", "a"), first.ID)
			assert.Equal(t, 2, r.Line())

			e, err := r.Read()
			assert.Equal(t, 3, r.Line(), "Line names the feature's line")
			if tc.is == nil {
				require.NoError(t, err)
				if tc.warn != nil {
					require.Len(t, r.Warnings(), 1)
					w := r.Warnings()[0]
					assert.ErrorIs(t, w.Code, tc.warn)
					assert.Equal(t, "features[1]."+tc.path, w.Path)
					assert.Equal(t, event.Warning, w.Severity)
				} else {
					assert.Empty(t, r.Warnings())
				}
				tc.check(t, e)
			} else {
				require.Error(t, err)
				for _, is := range tc.is {
					assert.ErrorIs(t, err, is)
				}
				var pe *event.ParseError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, "features[1]"+tc.field, pe.Field)
				assert.Equal(t, tc.feature, string(pe.Record), "the feature verbatim")
				off := strings.Index(doc, tc.feature)
				if tc.at != "" {
					i := strings.Index(tc.feature, tc.at)
					require.GreaterOrEqual(t, i, 0)
					off += i
				}
				line, col := lineCol(doc, off)
				assert.Equal(t, line, pe.Line, "line")
				assert.Equal(t, col, pe.Column, "column")
				assert.Less(t, len(err.Error()), 400, "the message does not echo the feature: %.400s", err)
			}

			last, err := r.Read()
			require.NoError(t, err, "the feature after it is kept")
			assert.Equal(t, event.DeriveID("geojson-test", "c"), last.ID)
			_, err = r.Read()
			assert.Equal(t, io.EOF, err)
		})
	}
}

// fill yields head, then n bytes of c (endless when n < 0), then tail,
// without holding the fill in memory.
type fill struct {
	head, tail []byte
	block      []byte
	n          int64
}

func newFill(head string, c byte, n int64, tail string) *fill {
	return &fill{head: []byte(head), tail: []byte(tail), block: bytes.Repeat([]byte{c}, 64<<10), n: n}
}

func (f *fill) Read(p []byte) (int, error) {
	switch {
	case len(f.head) > 0:
		n := copy(p, f.head)
		f.head = f.head[n:]
		return n, nil
	case f.n != 0:
		k := min(len(p), len(f.block))
		if f.n > 0 {
			k = int(min(int64(k), f.n))
			f.n -= int64(k)
		}
		return copy(p, f.block[:k]), nil
	case len(f.tail) > 0:
		n := copy(p, f.tail)
		f.tail = f.tail[n:]
		return n, nil
	}
	return 0, io.EOF
}

func TestHostileStreams(t *testing.T) {
	t.Run("empty file", func(t *testing.T) {
		r := geojson.NewReader(strings.NewReader(""))
		_, err := r.Read()
		require.ErrorIs(t, err, event.ErrSyntax)
		assert.Contains(t, err.Error(), "empty input")
	})
	for _, tc := range []struct{ name, in, enc string }{
		{"UTF-16LE with its mark", "\xff\xfe" + utf16le(collection(point(idA))), "UTF-16LE text (a UTF-16LE byte-order mark)"},
		{"UTF-16LE without a mark", utf16le(collection(point(idA))), "UTF-16LE text (NUL bytes between the characters)"},
		{"UTF-16BE with its mark", "\xfe\xff" + utf16be(collection(point(idA))), "UTF-16BE text (a UTF-16BE byte-order mark)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := geojson.NewReader(strings.NewReader(tc.in))
			_, err := r.Read()
			require.ErrorIs(t, err, event.ErrBadText)
			var pe *event.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, 1, pe.Line)
			assert.Equal(t, 1, pe.Column)
			assert.Contains(t, err.Error(), tc.enc)
			assert.NotContains(t, err.Error(), "number", "not 'the document is a number'")
			_, again := r.Read()
			assert.Same(t, err, again, "nothing of the input can be read")
		})
	}
	t.Run("UTF-8 byte-order mark", func(t *testing.T) {
		got, err := geojson.ReadAll(strings.NewReader("\ufeff" + collection(point(idA))))
		require.NoError(t, err)
		require.Len(t, got, 1)
	})
	t.Run("truncated last feature", func(t *testing.T) {
		doc := collection(point(idA), point(idB))
		doc = doc[:strings.LastIndex(doc, "properties")]
		r := geojson.NewReader(strings.NewReader(doc))
		_, err := r.Read()
		require.NoError(t, err, "the features before are kept")
		_, err = r.Read()
		require.ErrorIs(t, err, event.ErrSyntax)
		assert.Contains(t, err.Error(), "unexpected end of input")
	})
	t.Run("mismatched bracket ends the stream", func(t *testing.T) {
		doc := collection(point(idA), `{"type":"Feature","geometry":null]`, point(idC))
		r := geojson.NewReader(strings.NewReader(doc))
		_, err := r.Read()
		require.NoError(t, err)
		_, err = r.Read()
		require.ErrorIs(t, err, event.ErrSyntax)
		_, again := r.Read()
		assert.Same(t, err, again, "no telling where the next feature starts")
	})
	t.Run("100 MB field", func(t *testing.T) {
		head := collection(point(idA), flatFeature("null", `,"notes":"`))
		head = head[:strings.Index(head, `"notes":"`)+len(`"notes":"`)]
		tail := `"}},` + "\n" + point(idC) + "\n]}\n"
		r := geojson.NewReader(newFill(head, 'x', 100<<20, tail))
		var ids []string
		var errs []error
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for e, err := range r.All() {
			if err != nil {
				errs = append(errs, err)
				continue
			}
			ids = append(ids, e.ID.String())
		}
		runtime.ReadMemStats(&after)
		assert.Equal(t, []string{idA, idC}, ids, "the features around it are kept")
		require.Len(t, errs, 1)
		require.ErrorIs(t, errs[0], event.ErrTooLong)
		var pe *event.ParseError
		require.ErrorAs(t, errs[0], &pe)
		assert.Equal(t, "features[1]", pe.Field)
		assert.Equal(t, 3, pe.Line)
		assert.Len(t, pe.Record, event.DefaultMaxRecordBytes, "clipped to the limit")
		mem := after.TotalAlloc - before.TotalAlloc
		assert.Less(t, mem, uint64(100<<20), "the field is not held in memory: %d bytes allocated", mem)
		t.Logf("a 100 MB field cost %d bytes of allocations", mem)
	})
	t.Run("endless feature", func(t *testing.T) {
		head := collection(point(idA), flatFeature("null", `,"notes":"`))
		head = head[:strings.Index(head, `"notes":"`)+len(`"notes":"`)]
		r := geojson.NewReader(newFill(head, 'x', -1, ""))
		r.MaxRecordBytes = 1 << 20
		_, err := r.Read()
		require.NoError(t, err)
		_, err = r.Read() // returns at the limit: the feature never ends
		require.ErrorIs(t, err, event.ErrTooLong)
		assert.Equal(t, "event: line 3, column 1, field \"features[1]\": geojson: record too long: feature longer than 1048576 bytes", err.Error())
	})
	t.Run("no limit", func(t *testing.T) {
		r := geojson.NewReader(strings.NewReader(collection(point(idA))))
		r.MaxRecordBytes = math.MaxInt
		e, err := r.Read()
		require.NoError(t, err)
		assert.Equal(t, idA, e.ID.String())
	})
	t.Run("endless member", func(t *testing.T) {
		r := geojson.NewReader(newFill(`{"type":"FeatureCollection","name":"`, 'n', -1, ""))
		r.MaxRecordBytes = 1 << 20
		_, err := r.Read()
		require.ErrorIs(t, err, event.ErrTooLong)
		assert.Contains(t, err.Error(), `field "name"`)
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
