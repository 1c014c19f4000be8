package table

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/flatcsv"
)

// foundSets are the datasets of testdata/found: each is written as tables
// into <dir>/original, then saved again by R, pandas, Stata and a
// spreadsheet (found/FOUND.SOURCE.md says how).
var foundSets = []struct{ dir, json string }{
	{"seed", seedJSON},
	{"spellings", "found/spellings.json"},
}

// TestFoundOriginal keeps testdata/found/*/original equal to what
// WriteDataset writes now (run testdata/found/make.sh when it changes), and
// checks that the spellings set puts every default spelling of a missing
// value, and Stata's, in a text cell.
func TestFoundOriginal(t *testing.T) {
	for _, set := range foundSets {
		t.Run(set.dir, func(t *testing.T) {
			dst := memDest{}
			require.NoError(t, WriteDataset(dst, readJSON(t, set.json)))
			for _, name := range append(DatasetTables(), EventTables()...) {
				got, err := os.ReadFile(filepath.Join("testdata/found", set.dir, "original", name))
				require.NoError(t, err)
				assert.True(t, bytes.Equal(dst[name].Bytes(), got), "%s/original/%s is out of date: run testdata/found/make.sh", set.dir, name)
			}
		})
	}
	var cells []string
	for _, name := range append(DatasetTables(), EventTables()...) {
		f, err := os.Open(filepath.Join("testdata/found/spellings/original", name))
		require.NoError(t, err)
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		require.NoError(t, err)
		for _, r := range rows[1:] {
			cells = append(cells, r...)
		}
	}
	for _, s := range append(slices.Clone(flatcsv.DefaultMissing), ".", ".a", ".z", "'NA", "''NA") {
		assert.Contains(t, cells, "'"+s, "a text cell %q, escaped", s)
	}
}

// TestFoundTables reads the tables of testdata/found as R, pandas, Stata
// and a spreadsheet saved them: every event, actor, place and source reads
// as it was written (equal, and equal as JSON), nothing fails validation,
// and the one warning is about each row-index column, once per table.
func TestFoundTables(t *testing.T) {
	withDot := append(slices.Clone(flatcsv.DefaultMissing), ".")
	tests := []struct {
		name    string
		missing []string          // Reader.Missing
		events  bool              // only the event tables
		ignored []string          // the columns of every table that are not read, as warnings name them
		enc     encoding.Encoding // of events.csv
		bom     bool
	}{
		{name: "original", enc: unicode.UTF8},
		{name: "r", ignored: []string{`""`}, enc: unicode.UTF8},
		{name: "pandas", ignored: []string{`""`}, enc: unicode.UTF8},
		{name: "pandas_twice", ignored: []string{`""`, "Unnamed: 0"}, enc: unicode.UTF8},
		// Stata made every column without a value numeric, and wrote "."
		// in each of its cells: text columns too, so "." is read as missing.
		{name: "stata", missing: withDot, enc: unicode.UTF8},
		{name: "excel_utf8", enc: unicode.UTF8, bom: true},
		{name: "excel_1252", events: true, enc: unicode.UTF8}, // events.csv is ASCII; claims.csv is not
	}
	for _, set := range foundSets {
		want := readJSON(t, set.json)
		for _, tc := range tests {
			t.Run(set.dir+"/"+tc.name, func(t *testing.T) {
				r := NewReader(os.DirFS(filepath.Join("testdata/found", set.dir, tc.name)))
				r.Missing = tc.missing
				files := append(DatasetTables(), EventTables()...)
				var warnings event.Problems
				if tc.events {
					files = EventTables()
					var got []event.Event
					for {
						e, err := r.Read()
						if err == io.EOF {
							break
						}
						require.NoError(t, err)
						warnings = append(warnings, r.Warnings()...)
						assert.Empty(t, event.Validator{}.Event(&e).Errors(), "event %s", e.ID)
						got = append(got, e)
					}
					assert.Equal(t, want.Events, got)
				} else {
					got, err := r.ReadDataset()
					require.NoError(t, err)
					warnings = r.Warnings()
					assert.Equal(t, want, got)
					assert.Equal(t, datasetJSON(t, want), datasetJSON(t, got))
					assert.Empty(t, got.Validate().Errors())
				}
				var paths []string
				for _, w := range warnings {
					assert.Equal(t, ErrUnknownColumn, w.Code)
					assert.Equal(t, event.Warning, w.Severity)
					paths = append(paths, w.Path)
				}
				var wantPaths []string
				for _, f := range files {
					for _, c := range tc.ignored {
						wantPaths = append(wantPaths, f+": "+c)
					}
				}
				assert.Equal(t, wantPaths, paths)
				enc, bom := r.EncodingUsed()
				assert.Equal(t, tc.enc, enc)
				assert.Equal(t, tc.bom, bom)
			})
		}
	}
}

// TestFoundStataDefaultMissing reads the Stata tables with the default
// Missing set: the "." Stata wrote in the text columns that had no value
// is read as the text ".", as the package documentation says, and nothing
// else changes.
func TestFoundStataDefaultMissing(t *testing.T) {
	got, err := ReadDataset(os.DirFS("testdata/found/seed/stata"))
	require.NoError(t, err)
	want := readJSON(t, seedJSON)
	e := got.Events[0]
	assert.Equal(t, []string{"."}, e.Tags, "tags had no value in any event")
	assert.Equal(t, ".", e.Where.Other.Name)
	assert.Equal(t, want.Events[0].Where.Point, e.Where.Point, "numeric columns are unchanged")
	for i, e := range got.Events {
		assert.Equal(t, ".", e.Where.Other.Name, "event %d: other_place_name had no value in any event", i)
	}
}
