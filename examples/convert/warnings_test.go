package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/ucdp"
)

// warningsFile reads a -warnings file.
func warningsFile(t *testing.T, path string) []warningLine {
	t.Helper()
	var out []warningLine
	for l := range strings.Lines(readFile(t, path)) {
		var w warningLine
		dec := json.NewDecoder(strings.NewReader(l))
		dec.DisallowUnknownFields()
		require.NoError(t, dec.Decode(&w), l)
		out = append(out, w)
	}
	return out
}

// TestWarningsFileUCDP converts the UCDP Syria sample with -validate and
// -warnings: the file must hold the reader's warning about each of the two
// records whose best is above its high (306667 and 318128, the sample's
// note), each with its record, as the UCDP reader itself reports them.
func TestWarningsFileUCDP(t *testing.T) {
	in := readFile(t, filepath.Join(sharedData, "ucdp_ged_sample.csv"))

	// What the reader says, record by record, read here without the command.
	var want []warningLine
	r := ucdp.NewReader(strings.NewReader(in))
	n := 0
	for {
		e, err := r.Read()
		if err != nil {
			break
		}
		n++
		for _, p := range r.Warnings() {
			w := warningLine{Record: n, ID: e.ID.String(), Key: e.Keys[0].String(), Stage: "read", Path: p.Path,
				Code: event.ErrCountOrder.Error(), Severity: "warning", Message: p.Message}
			if l, ok := any(r).(interface{ Line() int }); ok {
				w.Line = l.Line()
			}
			require.ErrorIs(t, p.Code, event.ErrCountOrder)
			want = append(want, w)
		}
	}
	require.Equal(t, 296, n)
	require.Len(t, want, 2)
	assert.Equal(t, []string{"ucdp:306667", "ucdp:318128"}, []string{want[0].Key, want[1].Key})

	path := filepath.Join(t.TempDir(), "w.ndjson")
	res := runConvert(t, in, "-from", "ucdp", "-to", "ucdp", "-validate", "-warnings", path)
	require.Equal(t, exitOK, res.status, res.stderr)
	assert.Equal(t, want, warningsFile(t, path))
	assert.Equal(t, "warning "+event.ErrCountOrder.Error()+": 2", stderrLine(res.stderr, "warning "), "counted once, under the sentinel's text")
	for _, w := range want {
		listed := fmt.Sprintf("convert: warning at record %d, event %s (%s): read: %s: %s", w.Record, w.ID, w.Key, w.Path, w.Message)
		if w.Line > 0 {
			listed = fmt.Sprintf("convert: warning at line %d, record %d, event %s (%s): read: %s: %s", w.Line, w.Record, w.ID, w.Key, w.Path, w.Message)
		}
		assert.Equal(t, listed, stderrLine(res.stderr, listed), "listed on standard error with its record")
	}
}

// TestWarningsFileNDJSON resolves and validates ACLED rows given as
// NDJSON, whose reader tells each record's line: every warning names line
// and record, and standard error lists the first ten and says how many
// more there are.
func TestWarningsFileNDJSON(t *testing.T) {
	ah, ar := acledLines(t, 40)
	lines := strings.Split(strings.TrimSuffix(toNDJSON(t, "acled", crlf(append([]string{ah}, ar...)...)), "\n"), "\n")
	require.Len(t, lines, 40)
	in := "\n" + lf(lines...) // a blank line first: lines and record numbers part

	// Each warning is the resolver's or the validator's about the event of
	// its line, found here without the command.
	res := event.DefaultResolver()
	v := event.Validator{Places: res.Places}
	var want []warningLine
	for i, l := range lines {
		e, err := event.UnmarshalEvent([]byte(l))
		require.NoError(t, err)
		add := func(stage string, p event.Problem) {
			want = append(want, warningLine{Line: i + 2, Record: i + 1, ID: e.ID.String(), Key: e.Keys[0].String(),
				Stage: stage, Path: p.Path, Code: codeName(p.Code), Severity: "warning", Message: p.Message})
		}
		for _, p := range res.Resolve(&e) {
			add("resolve", p)
		}
		for _, p := range v.Event(&e).Warnings() {
			add("validate", p)
		}
	}
	require.Greater(t, len(want), shownWarnings)

	path := filepath.Join(t.TempDir(), "w.ndjson")
	r := runConvert(t, in, "-from", "ndjson", "-to", "ndjson", "-resolve", "-validate", "-warnings", path)
	require.Equal(t, exitOK, r.status, r.stderr)
	assert.Equal(t, want, warningsFile(t, path))
	assert.Equal(t, fmt.Sprintf("read 40, wrote 40, rejected 0, warnings %d, lost 0", len(want)), summaryLine(r.stderr))

	var listed []string
	for l := range strings.Lines(r.stderr) {
		if strings.HasPrefix(l, "convert: warning at ") {
			listed = append(listed, strings.TrimSuffix(l, "\n"))
		}
	}
	require.Len(t, listed, shownWarnings)
	for i, w := range want[:shownWarnings] {
		assert.Equal(t, fmt.Sprintf("convert: warning at line %d, record %d, event %s (%s): %s: %s: %s", w.Line, w.Record, w.ID, w.Key, w.Stage, w.Path, w.Message), listed[i])
	}
	more := "convert: " + strconv.Itoa(len(want)-shownWarnings) + " more warnings and losses, each in the -warnings file"
	assert.Equal(t, more, stderrLine(r.stderr, more))
}

// TestLossesOfRecords converts the seed Dataset to outputs without a place
// for its actor, place and source records: each is a loss, in the -warnings
// file with its path in the Dataset, counted apart from the warnings.
func TestLossesOfRecords(t *testing.T) {
	doc := readFile(t, "testdata/idlib2019.json")
	var d event.Dataset
	require.NoError(t, json.Unmarshal([]byte(doc), &d))
	var want []warningLine
	for i, a := range d.Actors {
		want = append(want, lostRecord(fmt.Sprintf("actors[%d]", i), "actor", string(a.ID)))
	}
	for i, p := range d.Places {
		want = append(want, lostRecord(fmt.Sprintf("places[%d]", i), "place", string(p.ID)))
	}
	for i, s := range d.Sources {
		want = append(want, lostRecord(fmt.Sprintf("sources[%d]", i), "source", string(s.ID)))
	}
	require.Len(t, want, 49)

	path := filepath.Join(t.TempDir(), "w.ndjson")
	res := runConvert(t, doc, "-from", "json", "-to", "ndjson", "-warnings", path)
	require.Equal(t, exitOK, res.status, res.stderr)
	assert.Equal(t, want, warningsFile(t, path))
	assert.Equal(t, "read 8, wrote 8, rejected 0, warnings 0, lost 49", summaryLine(res.stderr))

	// The tables hold them: nothing is lost.
	tables := runConvert(t, doc, "-from", "json", "-to", "csv", "-out", filepath.Join(t.TempDir(), "t"))
	require.Equal(t, exitOK, tables.status, tables.stderr)
	assert.Equal(t, "read 8, wrote 8, rejected 0, warnings 0, lost 0", summaryLine(tables.stderr))
}

func lostRecord(path, what, id string) warningLine {
	return warningLine{Stage: "write", Path: path, Code: event.ErrLost.Error(), Severity: "warning",
		Message: what + " " + id + ": -to ndjson has no place for the dataset's " + what + " records"}
}

// TestAllRejectedKeepsHeader checks that an ACLED or UCDP file whose every
// row is rejected is still written back with its own header, line ends,
// text encoding and byte-order mark, beside a reject file holding every
// row in the same form.
func TestAllRejectedKeepsHeader(t *testing.T) {
	ah, ar := acledLines(t, 2)
	uh, ur := ucdpLines(t)
	spoilUCDP := func(row string) string {
		rec := csvRecords(t, lf(uh, row))
		start, end := rec[1][32], rec[1][33]
		return replaceOnce(t, row, ","+start+","+end+",", ",2019-02-31,"+end+",")
	}
	badA := []string{replaceOnce(t, ar[0], ",9-May-20,", ",9-May-0025,"), replaceOnce(t, ar[1], ",9-May-20,", ",9-May-0025,")}
	badU := []string{spoilUCDP(ur[0]), spoilUCDP(ur[1])}
	cr := func(lines ...string) string { return strings.Join(lines, "\r") + "\r" }
	le16 := func(s string) string { return "\xff\xfe" + encodeText(t, utf16LE, s) }
	be16 := func(s string) string { return "\xfe\xff" + encodeText(t, utf16BE, s) }
	tests := []struct {
		name, format, in, out, rejects string
	}{
		{name: "ACLED, CRLF", format: "acled", in: crlf(ah, badA[0], badA[1]), out: crlf(ah), rejects: crlf(ah, badA[0], badA[1])},
		{name: "ACLED, UTF-16LE with a byte-order mark", format: "acled", in: le16(crlf(ah, badA[0], badA[1])), out: le16(crlf(ah)), rejects: le16(crlf(ah, badA[0], badA[1]))},
		{name: "ACLED, UTF-8 with a byte-order mark, CR (Excel for Mac)", format: "acled", in: "\xef\xbb\xbf" + cr(ah, badA[0], badA[1]), out: "\xef\xbb\xbf" + cr(ah), rejects: "\xef\xbb\xbf" + cr(ah, badA[0], badA[1])},
		{name: "UCDP GED, LF", format: "ucdp", in: lf(uh, badU[0], badU[1]), out: lf(uh), rejects: lf(uh, badU[0], badU[1])},
		{name: "UCDP GED, CR (Excel for Mac)", format: "ucdp", in: cr(uh, badU[0], badU[1]), out: cr(uh), rejects: cr(uh, badU[0], badU[1])},
		{name: "UCDP GED, UTF-16BE with a byte-order mark, CR LF", format: "ucdp", in: be16(crlf(uh, badU[0], badU[1])), out: be16(crlf(uh)), rejects: be16(crlf(uh, badU[0], badU[1]))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rejects := filepath.Join(t.TempDir(), "rejects.csv")
			r := runConvert(t, tc.in, "-from", tc.format, "-to", tc.format, "-lenient", "-rejects", rejects)
			assert.Equal(t, exitOK, r.status, r.stderr)
			assert.Equal(t, "read 2, wrote 0, rejected 2, warnings 0, lost 0", summaryLine(r.stderr))
			assert.Equal(t, tc.out, r.stdout, "the file's own header, byte for byte")
			assert.Equal(t, tc.rejects, readFile(t, rejects))
		})
	}
}

// TestDuplicateRejects checks that a record whose event ID came before is
// written verbatim to the reject file, in the input's format.
func TestDuplicateRejects(t *testing.T) {
	ah, ar := acledLines(t, 2)
	nd := ndjsonLines(t)
	tests := []struct {
		name, format, in, rejects string
	}{
		{name: "ACLED", format: "acled", in: crlf(ah, ar[0], ar[1], ar[0]), rejects: crlf(ah, ar[0])},
		{name: "NDJSON", format: "ndjson", in: lf(nd[0], nd[1], nd[0]), rejects: lf(nd[0])},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rejects := filepath.Join(t.TempDir(), "rejects")
			r := runConvert(t, tc.in, "-from", tc.format, "-to", "ndjson", "-lenient", "-rejects", rejects)
			assert.Equal(t, exitOK, r.status, r.stderr)
			assert.Equal(t, "read 3, wrote 2, rejected 1, warnings 0, lost 0", summaryLine(r.stderr))
			assert.Equal(t, tc.rejects, readFile(t, rejects))
		})
	}
}

// TestWarningsOfADataset: the warnings the Dataset readers give about the
// whole document are counted once each, with the event they are about (a
// point at (0, 0) in the strike, record 1) or with the first event (a
// column no table has).
func TestWarningsOfADataset(t *testing.T) {
	doc := readFile(t, seedDataset)
	const strikePoint = "\"point\": {\n          \"lat\": 35.93062,\n          \"lon\": 36.63393\n        }"
	require.Equal(t, 1, strings.Count(doc, strikePoint))
	doc = strings.Replace(doc, strikePoint, "\"point\": {\n          \"lat\": 0,\n          \"lon\": 0\n        }", 1)

	t.Run("JSON document", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "w.ndjson")
		r := runConvert(t, doc, "-from", "json", "-to", "json", "-warnings", path)
		require.Equal(t, exitOK, r.status, r.stderr)
		assert.Equal(t, "read 8, wrote 8, rejected 0, warnings 1, lost 0", summaryLine(r.stderr))
		ws := warningsFile(t, path)
		require.Len(t, ws, 1)
		assert.Equal(t, 1, ws[0].Record)
		assert.Equal(t, "where.point", ws[0].Path)
		assert.Equal(t, codeName(event.ErrNullIsland), ws[0].Code)
	})

	t.Run("tables with an index column", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "tables")
		r := runConvert(t, doc, "-from", "json", "-to", "csv", "-out", dir)
		require.Equal(t, exitOK, r.status, r.stderr)
		// An R row-index column added to a child table.
		p := filepath.Join(dir, "sources.csv")
		lines := strings.Split(strings.TrimSuffix(readFile(t, p), "\n"), "\n")
		for i := range lines {
			if i == 0 {
				lines[i] = `"",` + lines[i]
			} else {
				lines[i] = fmt.Sprintf(`"%d",%s`, i, lines[i])
			}
		}
		require.NoError(t, os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644))

		path := filepath.Join(t.TempDir(), "w.ndjson")
		r = runConvert(t, "", "-from", "csv", "-to", "json", "-in", dir, "-warnings", path)
		require.Equal(t, exitOK, r.status, r.stderr)
		assert.Equal(t, "read 8, wrote 8, rejected 0, warnings 2, lost 0", summaryLine(r.stderr))
		ws := warningsFile(t, path)
		require.Len(t, ws, 2)
		paths := []string{ws[0].Path, ws[1].Path}
		assert.ElementsMatch(t, []string{"where.point", `sources.csv: ""`}, paths)
		for _, w := range ws {
			assert.Equal(t, 1, w.Record, "both go with the first event: the strike, and the document")
		}
	})
}
