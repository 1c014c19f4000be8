package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/table"
)

// The hostile inputs are built in the tests from real rows: the samples in
// testdata/samples (see their .SOURCE.md notes) and the seed article's
// events in testdata/idlib2019.ndjson, cut, repeated or edited as each test
// says. No identifier, date or name in them is made up.

// acledLines returns the header and the first n records of the ACLED
// sample, each a line without its CRLF (no record of the sample spans two
// lines).
func acledLines(t *testing.T, n int) (string, []string) {
	t.Helper()
	lines := strings.Split(readFile(t, filepath.Join(sharedData, "acled_sample.csv")), "\r\n")
	require.Greater(t, len(lines), n)
	return lines[0], lines[1 : n+1]
}

// ucdpLines returns the header and the records of the UCDP Syria sample
// that sit on one line (two of its records hold a newline), each without
// its LF.
func ucdpLines(t *testing.T) (string, []string) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(readFile(t, filepath.Join(sharedData, "ucdp_ged_sample.csv")), "\n"), "\n")
	var rows []string
	inside := false // within a record that spans lines
	for _, l := range lines[1:] {
		odd := strings.Count(l, `"`)%2 == 1
		if !inside && !odd {
			rows = append(rows, l)
		}
		if odd {
			inside = !inside
		}
	}
	return lines[0], rows
}

// crlf joins CSV lines as the ACLED sample ends them.
func crlf(lines ...string) string { return strings.Join(lines, "\r\n") + "\r\n" }

// lf joins lines with LF, ending the last one too.
func lf(lines ...string) string { return strings.Join(lines, "\n") + "\n" }

// replaceOnce replaces old by new in s, which must hold old.
func replaceOnce(t *testing.T, s, old, new string) string {
	t.Helper()
	require.Contains(t, s, old)
	return strings.Replace(s, old, new, 1)
}

// toNDJSON converts the input with the command, which must succeed.
func toNDJSON(t *testing.T, from, in string) string {
	t.Helper()
	r := runConvert(t, in, "-from", from, "-to", "ndjson")
	require.Equal(t, exitOK, r.status, r.stderr)
	return r.stdout
}

// writeTables writes the events of an NDJSON text as the native tables in
// a new directory, with the table package's own Writer (not the command,
// which would turn a duplicate ID down).
func writeTables(t *testing.T, ndjson string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "tables")
	w := table.NewWriter(table.Dir(dir))
	r := event.NewReader(strings.NewReader(ndjson))
	for e, err := range r.All() {
		require.NoError(t, err)
		require.NoError(t, w.Write(e))
	}
	require.NoError(t, w.Close())
	return dir
}

// writeTablesIn is writeTables with the tables in encoding enc, each with
// a byte-order mark if bom, as a spreadsheet program may re-save them.
func writeTablesIn(t *testing.T, ndjson string, enc encoding.Encoding, bom bool) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "tables")
	w := table.NewWriter(table.Dir(dir))
	w.Encoding, w.BOM = enc, bom
	r := event.NewReader(strings.NewReader(ndjson))
	for e, err := range r.All() {
		require.NoError(t, err)
		require.NoError(t, w.Write(e))
	}
	require.NoError(t, w.Close())
	return dir
}

// editTable rewrites one table of dir with edit.
func editTable(t *testing.T, dir, name string, edit func(string) string) {
	t.Helper()
	path := filepath.Join(dir, name)
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, []byte(edit(string(b))), 0o666))
}

// stderrLine returns the line of stderr that starts with prefix, or "".
func stderrLine(stderr, prefix string) string {
	for l := range strings.Lines(stderr) {
		if strings.HasPrefix(l, prefix) {
			return strings.TrimSuffix(l, "\n")
		}
	}
	return ""
}

// dirFiles lists the names in dir, hidden ones included.
func dirFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}
