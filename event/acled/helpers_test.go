package acled_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/acled"
)

// samplePath is the 2019–2021 Syria extract shared by the project.
const samplePath = "../../testdata/samples/acled_sample.csv"

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}

// result is what a full read of an input gave.
type result struct {
	events   []event.Event
	warnings []event.Problems // per event
	rejects  []error
	layout   acled.Layout
}

// readAll reads in leniently to the end, failing the test on a fatal error.
func readAll(t testing.TB, in []byte) result {
	t.Helper()
	r := acled.NewReader(bytes.NewReader(in))
	var res result
	for range 100000 {
		e, err := r.Read()
		if err == io.EOF {
			res.layout = r.Layout()
			return res
		}
		if err != nil {
			var pe *event.ParseError
			require.ErrorAs(t, err, &pe, "every error is a *event.ParseError")
			require.NotErrorIs(t, err, event.ErrTooLong)
			res.rejects = append(res.rejects, err)
			continue
		}
		res.events = append(res.events, e)
		res.warnings = append(res.warnings, slices.Clone(r.Warnings()))
	}
	t.Fatal("no end of input")
	return res
}

// write writes events with w's options and returns the output.
func write(t testing.TB, w func(io.Writer) *acled.Writer, events []event.Event) []byte {
	t.Helper()
	var buf bytes.Buffer
	wr := w(&buf)
	for _, e := range events {
		require.NoError(t, wr.Write(e))
	}
	require.NoError(t, wr.Close())
	return buf.Bytes()
}

// records parses CSV with encoding/csv, dropping a byte-order mark.
func records(t testing.TB, b []byte) [][]string {
	t.Helper()
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	cr := csv.NewReader(bytes.NewReader(b))
	cr.FieldsPerRecord = -1
	recs, err := cr.ReadAll()
	require.NoError(t, err)
	return recs
}

// viaNDJSON sends events through event.MarshalEvent and event.UnmarshalEvent.
func viaNDJSON(t testing.TB, events []event.Event) []event.Event {
	t.Helper()
	out := make([]event.Event, 0, len(events))
	for _, e := range events {
		b, err := event.MarshalEvent(e)
		require.NoError(t, err)
		back, err := event.UnmarshalEvent(b)
		require.NoError(t, err)
		out = append(out, back)
	}
	return out
}

// validationErrors returns the validation errors of e (warnings are
// allowed: a date precision ACLED does not give, say).
func validationErrors(e *event.Event) event.Problems {
	return event.Validator{}.Event(e).Errors()
}

// extra returns e's Extra record, failing if it has none.
func extra(t testing.TB, e event.Event) acled.Extra {
	t.Helper()
	x, ok, err := acled.GetExtra(e)
	require.NoError(t, err)
	require.True(t, ok, "event has an Extra record")
	return x
}
