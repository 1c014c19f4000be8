package ucdp_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"maps"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/unicode"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/ucdp"
)

// FuzzReader reads arbitrary input leniently. It checks that the reader
// never panics, that every error is a *event.ParseError, and that every
// event read, written back with the same header and read again, gives an
// equal event, and the Writer reports no loss for it; for UTF-8 input also
// after a detour through NDJSON.
func FuzzReader(f *testing.F) {
	for _, p := range []string{"testdata/ged19.csv", "testdata/ged20.csv", "testdata/hdx.csv", "testdata/syria.csv",
		"testdata/found/ged19_r.csv", "testdata/found/ged20_pandas.csv", "testdata/found/bgd_excel_short.csv", "testdata/found/bgd_nbsp.csv",
		"testdata/ged191_windows1252.csv"} {
		b, err := os.ReadFile(p)
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(csv19(map[string]string{"low": "5", "date_start": "2015-05-11T00:00:00", "date_end": "2015-05-12T00:00:00"})))
	f.Add([]byte("id,type_of_violence,date_start,date_end,x,x\n1,3,2019-01-01,2019-01-02,a,b\n"))
	f.Add([]byte("\ufeffid,type_of_violence,date_start,date_end,geom_wkt\r\n1,2,2019-01-01,2019-01-01,POINT (1 2)\r\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		r := ucdp.NewReader(bytes.NewReader(in))
		r.MaxRecordBytes = 1 << 16
		var evs []event.Event
		for e, err := range r.All() {
			if err != nil {
				var pe *event.ParseError
				require.True(t, errors.As(err, &pe), "%T %v", err, err)
				continue
			}
			evs = append(evs, e)
		}
		if len(evs) == 0 {
			return
		}
		var buf bytes.Buffer
		w := ucdp.NewWriter(&buf)
		w.Header = r.Header()
		w.UseCRLF = r.LineEnd() == "\r\n"
		for _, e := range evs {
			require.NoError(t, w.Write(e))
			for _, p := range w.Warnings() {
				// A row of UCDP's own, written back, loses nothing; only
				// formula-like cells are reported.
				require.ErrorIs(t, p, event.ErrFormula, "%s", p)
			}
		}
		require.NoError(t, w.Close())
		// Read back in the encoding written: the record that settled a
		// detected one may be a rejected record, not written.
		rb := ucdp.NewReader(&buf)
		if enc, bom := r.EncodingUsed(); !bom && enc != unicode.UTF8 {
			rb.Encoding = enc
		}
		var back []event.Event
		for e, err := range rb.All() {
			require.NoError(t, err)
			back = append(back, e)
		}
		// Given the encoding, the reader names it in ASCII records too.
		require.Equal(t, withoutEncoding(t, evs), withoutEncoding(t, back))

		if !utf8.Valid(in) {
			return
		}
		for _, e := range evs {
			line, err := event.MarshalEvent(e)
			require.NoError(t, err)
			e2, err := event.UnmarshalEvent(line)
			require.NoError(t, err)
			assert.Equal(t, e, e2)
		}
	})
}

// FuzzParseLayout checks that ParseLayout never panics and that a parsed
// layout round-trips through String and the text codec.
func FuzzParseLayout(f *testing.F) {
	for _, s := range []string{"ged20", "ged19", "syria", "hdx", "", "GED20", "20.1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := ucdp.ParseLayout(s)
		if err != nil {
			assert.ErrorIs(t, err, ucdp.ErrBadLayout)
			var u ucdp.Layout
			if s != "" {
				assert.ErrorIs(t, u.UnmarshalText([]byte(s)), ucdp.ErrBadLayout)
			}
			return
		}
		assert.Equal(t, s, l.String())
		b, err := l.MarshalText()
		require.NoError(t, err)
		var back ucdp.Layout
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, l, back)
		assert.NotEmpty(t, l.Columns())
	})
}

// FuzzGetExtra decodes arbitrary JSON as an Extra record. A record that
// decodes is stored again and decodes to the same value.
func FuzzGetExtra(f *testing.F) {
	f.Add([]byte(`{"layout":"ged20","gwnoa":"2;200;900","number_of_sources":-1,"verbatim":{"low":""}}`))
	f.Add([]byte(`{"layout":"ged18"}`))
	f.Add([]byte(`{"active_year":false,"columns":[{"name":"x","value":"1"}]}`))
	f.Add([]byte(`{"unknown":1}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		e := event.Event{Ext: event.Ext{ucdp.ExtKey: raw}}
		x, ok, err := ucdp.GetExtra(e)
		require.True(t, ok)
		if err != nil {
			return
		}
		// encoding/json, by reflection, reads the same value.
		var ref plainExtra
		require.NoError(t, json.Unmarshal(raw, &ref))
		assert.Equal(t, x, ucdp.Extra(ref))

		var e2 event.Event
		require.NoError(t, ucdp.SetExtra(&e2, x))
		x2, ok, err := ucdp.GetExtra(e2)
		require.NoError(t, err)
		require.True(t, ok)
		assert.Equal(t, x, x2)
	})
}

// withoutEncoding returns copies of events whose Extra names no text
// encoding.
func withoutEncoding(t *testing.T, events []event.Event) []event.Event {
	out := make([]event.Event, len(events))
	for i, e := range events {
		x, ok, err := ucdp.GetExtra(e)
		require.NoError(t, err)
		if ok {
			e.Ext = maps.Clone(e.Ext)
			x.Encoding = ""
			require.NoError(t, ucdp.SetExtra(&e, x))
		}
		out[i] = e
	}
	return out
}
