package table

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
)

// readJSON reads a Dataset document from testdata.
// seedJSON is the seed article's Dataset (testdata/idlib2019 at the module
// root, kept current by a test of examples/idlib2019), relative to
// testdata/.
const seedJSON = "../../../testdata/idlib2019/dataset.json"

// readJSON reads the Dataset document testdata/name.
func readJSON(t testing.TB, name string) *event.Dataset {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	require.NoError(t, err)
	defer f.Close()
	d, err := event.ReadDataset(f)
	require.NoError(t, err)
	return d
}

// datasetJSON returns d as the canonical JSON document.
func datasetJSON(t testing.TB, d *event.Dataset) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, event.WriteDataset(&b, d))
	return b.String()
}

// parseJSON reads a Dataset document given inline.
func parseJSON(t testing.TB, doc string) *event.Dataset {
	t.Helper()
	d, err := event.ReadDataset(strings.NewReader(doc))
	require.NoError(t, err)
	return d
}

func TestDatasetRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		d    func(t *testing.T) *event.Dataset
	}{
		{"idlib2019", func(t *testing.T) *event.Dataset { return readJSON(t, seedJSON) }},
		{"edge cases", func(t *testing.T) *event.Dataset { return readJSON(t, "edge.json") }},
		{"text that reads as missing", func(t *testing.T) *event.Dataset { return readJSON(t, "found/spellings.json") }},
		{"empty lists", func(t *testing.T) *event.Dataset {
			return parseJSON(t, `{"schema":"conflictkit/dataset/1","actors":[],"places":[],"sources":[],"events":[]}`)
		}},
		{"nothing", func(t *testing.T) *event.Dataset { return parseJSON(t, `{"schema":"conflictkit/dataset/1"}`) }},
		{"only events", func(t *testing.T) *event.Dataset {
			return parseJSON(t, `{"schema":"conflictkit/dataset/1","events":[{"id":"3f8e6f58-5d8c-5a44-9d68-9f1b1c3b0a01","type":"battles"}]}`)
		}},
	}
	for _, tc := range tests {
		for _, raw := range []bool{false, true} {
			name := tc.name
			if raw {
				name += " without neutralisation"
			}
			t.Run(name, func(t *testing.T) {
				d := tc.d(t)
				dst := memDest{}
				w := NewWriter(dst)
				w.NoNeutralise = raw
				require.NoError(t, w.WriteDataset(d))
				assert.ElementsMatch(t, append(DatasetTables(), EventTables()...), keysOf(dst), "every table is written")

				r := NewReader(dst.fs())
				r.NoNeutralise = raw
				got, err := r.ReadDataset()
				require.NoError(t, err)
				assert.Equal(t, d, got)
				assert.Equal(t, datasetJSON(t, d), datasetJSON(t, got))
			})
		}
	}
}

func keysOf(m memDest) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestEmptySchema checks that a dataset built in code without a schema is
// written with the current one, as event.WriteDataset does.
func TestEmptySchema(t *testing.T) {
	dst := memDest{}
	require.NoError(t, WriteDataset(dst, &event.Dataset{Title: "t"}))
	got, err := ReadDataset(dst.fs())
	require.NoError(t, err)
	assert.Equal(t, &event.Dataset{Schema: event.Schema, Title: "t"}, got)
}

// TestStreamRoundTrip writes events with Writer alone (no dataset tables)
// and reads them with Reader, one at a time.
func TestStreamRoundTrip(t *testing.T) {
	d := readJSON(t, "edge.json")
	dst := memDest{}
	w := NewWriter(dst)
	for _, e := range d.Events {
		require.NoError(t, w.Write(e))
	}
	require.NoError(t, w.Close())
	assert.ElementsMatch(t, EventTables(), keysOf(dst))

	got, err := ReadAll(dst.fs())
	require.NoError(t, err)
	assert.Equal(t, d.Events, got)

	// Without dataset.csv, ReadDataset gives the events and the current schema.
	ds, err := ReadDataset(dst.fs())
	require.NoError(t, err)
	assert.Equal(t, &event.Dataset{Schema: event.Schema, Events: d.Events}, ds)
}

// TestNDJSONDetour: events -> NDJSON -> events -> tables -> events are equal.
func TestNDJSONDetour(t *testing.T) {
	d := readJSON(t, seedJSON)
	var buf bytes.Buffer
	w := event.NewWriter(&buf)
	for _, e := range d.Events {
		require.NoError(t, w.Write(e))
	}
	require.NoError(t, w.Flush())
	evs, err := event.ReadAll(&buf)
	require.NoError(t, err)

	dst := memDest{}
	tw := NewWriter(dst)
	for _, e := range evs {
		require.NoError(t, tw.Write(e))
	}
	require.NoError(t, tw.Close())
	got, err := ReadAll(dst.fs())
	require.NoError(t, err)
	assert.Equal(t, d.Events, got)
}

// TestHashRow: a first row whose cells all start with '#' looks like an
// HXL hashtag row to flatcsv; the native tables have none, so it is data.
func TestHashRow(t *testing.T) {
	d := parseJSON(t, `{"schema":"conflictkit/dataset/1","actors":[{"id":"","kind":"","name":"#hash"},{"id":"b","kind":"","name":"#b"}]}`)
	dst := memDest{}
	require.NoError(t, WriteDataset(dst, d))
	got, err := ReadDataset(dst.fs())
	require.NoError(t, err)
	assert.Equal(t, d, got)
}
