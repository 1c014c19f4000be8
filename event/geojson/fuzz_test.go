package geojson_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/geojson"
)

// fuzzSeeds are added with f.Add; more are in testdata/fuzz/FuzzReader.
func fuzzSeeds(tb testing.TB) []string {
	full := string(encode(tb, []event.Event{bukamal()}, nil))
	return []string{
		collection(bukamalFeature()),
		full,
		collection(point(idA), `42`, point(idB)),
		collection(),
		`{"features":[{"type":"Feature","id":"` + idA + `","geometry":{"type":"Point","coordinates":[0,0,12]},"properties":null}],"type":"FeatureCollection"}`,
		collection(`{"type":"Feature","id":"` + idA + `","geometry":null,"properties":{"date_end":"2019-08-31","date_open_start":true,"killed_low":3,"killed_best":2,"keys":["a:b:c"],"admin":[{"level":"admin1","name":"Idleb"}]}}`),
		`{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null]]}`,
		`{"type":"FeatureCollection","features":[` + point(idA) + `,]}`,
		"\ufeff{\"type\":\"FeatureCollection\",\r\n\"features\":[]}",
		`[]`,
		``,
	}
}

// FuzzReader checks the Reader on any input: it never panics and always
// ends; every error is an *event.ParseError placed inside the input (the
// input itself cannot fail to be read), a rejected feature is handed back
// verbatim, and an error that ends the stream is returned again. Every
// event read can be written and reads back from the Writer's full output
// as it reads back from NDJSON, and the flat properties are stable after
// one pass.
func FuzzReader(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := geojson.NewReader(bytes.NewReader(data))
		r.MaxRecordBytes = 1 << 12
		var events []event.Event
		var last error
		ended := false
		for range len(data) + 3 { // each Read consumes input, or repeats the error that ended the stream
			e, err := r.Read()
			if err == io.EOF {
				ended = true
				break
			}
			if err != nil {
				if err == last {
					ended = true
					break
				}
				last = err
				var pe *event.ParseError
				require.ErrorAs(t, err, &pe, "%v", err)
				require.NotNil(t, pe.Err)
				assert.GreaterOrEqual(t, pe.Line, 1)
				assert.GreaterOrEqual(t, pe.Column, 1)
				assert.GreaterOrEqual(t, pe.Offset, int64(0))
				assert.LessOrEqual(t, pe.Offset, int64(len(data)))
				assert.True(t, bytes.Contains(data, pe.Record), "a rejected feature is in the input verbatim")
				continue
			}
			assert.True(t, bytes.Contains(data, r.Raw()), "Raw is the feature verbatim")
			events = append(events, e)
		}
		require.True(t, ended, "the reader must end")

		// Every event read writes, and reads back equal from the full form.
		var written []event.Event
		var buf bytes.Buffer
		w := geojson.NewWriter(&buf)
		w.NullGeometry = true
		for _, e := range events {
			if err := w.Write(e); err != nil {
				// Only an embedded event can hold what the flat form
				// refuses (a key that does not validate).
				var we *geojson.WriteError
				require.True(t, errors.As(err, &we), "%v", err)
				require.ErrorIs(t, err, event.ErrBadID, "%v", err)
				continue
			}
			// The reference is the NDJSON round trip: decoding is strict
			// but not canonical (an empty "path":[] reads as an empty
			// slice and is then not written), so compare with the event
			// as the canonical JSON gives it back.
			b, err := event.MarshalEvent(e)
			require.NoError(t, err)
			canonical, err := event.UnmarshalEvent(b)
			require.NoError(t, err)
			written = append(written, canonical)
		}
		require.NoError(t, w.Close())
		back, err := geojson.ReadAll(&buf)
		require.NoError(t, err)
		require.Equal(t, written, back)

		// The flat properties are stable after one pass.
		if len(written) > 0 {
			flat1 := encode(t, written, func(w *geojson.Writer) { w.Full, w.NullGeometry = false, true })
			again, err := geojson.ReadAll(bytes.NewReader(flat1))
			require.NoError(t, err)
			flat2 := encode(t, again, func(w *geojson.Writer) { w.Full, w.NullGeometry = false, true })
			require.Equal(t, string(flat1), string(flat2))
		}
	})
}
