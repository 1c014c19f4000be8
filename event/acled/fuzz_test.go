package acled_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/unicode"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/acled"
)

// FuzzReader checks that the Reader never panics, that every error is a
// *event.ParseError, and that the events it reads, written in the file's
// layout and read again, are the same events (directly and after JSON),
// with no loss reported by the Writer.
func FuzzReader(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.csv")
	found, _ := filepath.Glob("testdata/found/*.csv")
	for _, file := range append(files, found...) {
		b, err := os.ReadFile(file)
		if err == nil {
			f.Add(b)
		}
	}
	base, _ := row(nil)
	f.Add([]byte(currentHeader + "\n" + base + "\n"))
	f.Add([]byte("event_date,event_type,inter1,actor1\n2020-05-09,Battles,State forces,A\n9 May 2020,Riots,5,B\n"))
	f.Add([]byte(",event_date,event_type,\n0,2020-05-09,Protests,x\n"))
	f.Add([]byte("EVENT_DATE,EVENT_TYPE,YEAR\n18/04/2001,Remote violence,2001-2002\n"))
	f.Add([]byte("event_date,event_type,latitude,longitude,fatalities,actor1,inter1\n07 May 2020,Battles,\u00a00,0 ,NA,NA,.\n28 May 2020,Riots,.,.,3.0,A,STATE FORCES\n"))
	f.Add([]byte(",event_date,event_type,,\n0,2021-01-02T00:00:00Z,Battle-Non-state actor overtakes territory,,\n1,2021-01-02 00:00:00+03:00,Riots/Protests,,\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		r := acled.NewReader(bytes.NewReader(in))
		r.MaxRecordBytes = 1 << 16
		var events []event.Event
		var prev error
		for range 10000 {
			e, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil && err == prev {
				return // a fatal error, returned again
			}
			prev = err
			if err != nil {
				var pe *event.ParseError
				require.ErrorAs(t, err, &pe, "%v", err)
				if errors.Is(err, acled.ErrLayout) || errors.Is(err, event.ErrDuplicate) || errors.Is(err, io.ErrUnexpectedEOF) {
					return // fatal: header errors end the stream
				}
				continue
			}
			if len(e.Keys) > 0 {
				require.Equal(t, e.Keys[0].ID(), e.ID, "the ID is derived from the key")
			}
			events = append(events, e)
		}
		if len(events) == 0 {
			return
		}
		layout := r.Layout()
		for _, evs := range [][]event.Event{events, viaNDJSON(t, events)} {
			var buf bytes.Buffer
			w := acled.NewWriter(&buf)
			w.Layout = layout
			for _, e := range evs {
				require.NoError(t, w.Write(e))
				for _, p := range w.Warnings() {
					// A row of ACLED's own, written back, loses nothing;
					// only formula-like cells are reported.
					require.ErrorIs(t, p, event.ErrFormula, "%s", p)
				}
			}
			require.NoError(t, w.Close())
			// Read back in the encoding written: the record that settled
			// a detected one may be a rejected record, not written.
			rb := acled.NewReader(bytes.NewReader(buf.Bytes()))
			if enc, bom := r.EncodingUsed(); !bom && enc != unicode.UTF8 {
				rb.Encoding = enc
			}
			var back []event.Event
			for e, err := range rb.All() {
				require.NoError(t, err, "%q", buf.String())
				back = append(back, e)
			}
			// Given the encoding, the reader names it in ASCII records too.
			require.Equal(t, withoutEncoding(t, events), withoutEncoding(t, back), "%q", buf.String())
		}
	})
}

// FuzzParseDate checks that a date read in some form is written back in
// that form and reads again as the same date.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2019-08-31", "31 August 2019", "9-May-20", "18/04/2001", "0025-05-09", "31/02/2020", "1-jan-99",
		"07 December 2022", "01-January-2015", "1-Jan-2015", "2021-01-02T00:00:00Z", "2021-01-02 00:00:00+03:00",
		"2021-01-02T23:59:60.123456789-0500", "1/2/15", "31-12-19"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, form, err := acled.ParseDate(s)
		if err != nil {
			require.ErrorIs(t, err, event.ErrBadDate)
			require.Equal(t, acled.DateFormUnspecified, form)
			return
		}
		require.True(t, d.Year() >= 1000 && d.Year() <= 9999, "the SDK's years: %s", d)
		// The form writes a cell that reads back as the same day, and
		// that it writes again the same way.
		out := form.Format(d)
		d2, form2, err := acled.ParseDate(out)
		require.NoError(t, err, out)
		require.Equal(t, d, d2)
		require.Equal(t, out, form2.Format(d2))
		if len(s) >= 10 && s[4] == '-' {
			require.Equal(t, s[:10], out[:10], "an ISO date is kept; only the time part may differ")
			return
		}
		if strings.EqualFold(s, out) {
			return
		}
		// Only leading zeros and letter case may differ.
		require.Equal(t, strings.Count(s, " ")+strings.Count(s, "-")+strings.Count(s, "/"),
			strings.Count(out, " ")+strings.Count(out, "-")+strings.Count(out, "/"))
	})
}

// FuzzParseDateForm checks ParseDateForm and UnmarshalText.
func FuzzParseDateForm(f *testing.F) {
	for _, s := range []string{"yyyy-mm-dd", "d Month yyyy", "d-Mon-yy", "dd/mm/yyyy", "yyyy-mm-ddThh:mm:ss.sssZ",
		"iso", "d-month-yyyy", "d-mon-yy", "", "ISO"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := acled.ParseDateForm(s)
		var u acled.DateForm
		uerr := u.UnmarshalText([]byte(s))
		if err != nil {
			require.ErrorIs(t, err, acled.ErrBadForm)
			if s != "" {
				require.ErrorIs(t, uerr, acled.ErrBadForm)
			}
			return
		}
		require.NoError(t, uerr)
		require.Equal(t, v, u)
		// The pattern, or a name of the records written before them.
		name := v.String()
		if name != s {
			require.Contains(t, []string{"iso", "d-month-yyyy", "d-mon-yy"}, s)
		}
		b, err := v.MarshalText()
		require.NoError(t, err)
		require.Equal(t, name, string(b))
		again, err := acled.ParseDateForm(name)
		require.NoError(t, err)
		require.Equal(t, v, again)
	})
}

// FuzzParseInterForm checks ParseInterForm and UnmarshalText.
func FuzzParseInterForm(f *testing.F) {
	for _, s := range []string{"numeric", "text", "", "Text"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := acled.ParseInterForm(s)
		var u acled.InterForm
		uerr := u.UnmarshalText([]byte(s))
		if err != nil {
			require.ErrorIs(t, err, acled.ErrBadForm)
			if s != "" {
				require.ErrorIs(t, uerr, acled.ErrBadForm)
			}
			return
		}
		require.NoError(t, uerr)
		require.Equal(t, v, u)
		require.Equal(t, s, v.String())
	})
}

// FuzzExtraJSON checks the hand-written Extra codec against encoding/json:
// what it accepts, encoding/json reads to the same value; what it writes,
// encoding/json would write byte for byte; and it reads back what it wrote.
func FuzzExtraJSON(f *testing.F) {
	f.Add([]byte(`{"layout":"2019","crlf":true,"date_form":"d-mon-yy","inter_form":"numeric","data_id":"7083570","region":"Middle East","timestamp":1589243119}`))
	f.Add([]byte(`{"disorder":["political-violence","demonstrations"],"columns":[{"name":"","value":"0"}],"verbatim":{"year":"2001-2002"}}`))
	f.Add([]byte(`{"region":"a\u003c\"\\\ud83d\ude00","timestamp":-0}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, in []byte) {
		var x acled.Extra
		if err := x.UnmarshalJSON(in); err != nil {
			require.ErrorIs(t, err, event.ErrBadExt)
			return
		}
		var ref plainExtra
		dec := json.NewDecoder(bytes.NewReader(in))
		dec.DisallowUnknownFields()
		require.NoError(t, dec.Decode(&ref), "encoding/json refuses what the codec accepts")
		require.Equal(t, acled.Extra(ref), x)

		out, err := x.MarshalJSON()
		require.NoError(t, err)
		want, err := json.Marshal(plainExtra(x))
		require.NoError(t, err)
		require.Equal(t, string(want), string(out))
		var back acled.Extra
		require.NoError(t, back.UnmarshalJSON(out))
		require.Equal(t, x, back)
	})
}

// withoutEncoding returns copies of events whose Extra names no text
// encoding.
func withoutEncoding(t *testing.T, events []event.Event) []event.Event {
	out := make([]event.Event, len(events))
	for i, e := range events {
		x, ok, err := acled.GetExtra(e)
		require.NoError(t, err)
		if ok {
			e.Ext = maps.Clone(e.Ext)
			x.Encoding = ""
			require.NoError(t, acled.SetExtra(&e, x))
		}
		out[i] = e
	}
	return out
}
