package main

import (
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/acled"
	"github.com/conflictkit/conflict/event/geojson"
	"github.com/conflictkit/conflict/event/table"
	"github.com/conflictkit/conflict/event/ucdp"
)

// hostileInput is one hostile case's input and the output every other
// record of it must give.
type hostileInput struct {
	stdin string
	args  []string // -from, -to, -in ... (each case's own)
	want  string   // standard output: the input's other records, converted
	csv   bool     // compare want and the output as CSV records, field for field
}

// TestHostile feeds the command the faults of hostile input that the
// command decides, for every input format: the exit status, the line on
// standard error that names the fault (exact prefix, and the sentinel's
// text), the summary line, and that every other record of the input is
// written. Outputs that are inputs, a full disk and an interrupt have
// their own tests (TestOutputsAreNeverInputs, TestFullDisk, TestInterrupt).
func TestHostile(t *testing.T) {
	ah, ar := acledLines(t, 3)
	uh, ur := ucdpLines(t)
	nd := ndjsonLines(t)
	doc := readFile(t, "testdata/idlib2019.json")
	acledND := strings.Split(strings.TrimSuffix(toNDJSON(t, "acled", crlf(ah, ar[0], ar[1], ar[2])), "\n"), "\n")
	require.Len(t, acledND, 3)

	acledArgs := func(extra ...string) []string { return append([]string{"-from", "acled", "-to", "acled"}, extra...) }
	ucdpArgs := func(extra ...string) []string { return append([]string{"-from", "ucdp", "-to", "ucdp"}, extra...) }
	ndArgs := func(extra ...string) []string { return append([]string{"-from", "ndjson", "-to", "ndjson"}, extra...) }
	jsonArgs := func(extra ...string) []string { return append([]string{"-from", "json", "-to", "ndjson"}, extra...) }
	geoArgs := func(extra ...string) []string { return append([]string{"-from", "geojson", "-to", "ndjson"}, extra...) }
	tablesArgs := func(dir string, extra ...string) []string {
		return append([]string{"-from", "csv", "-in", dir, "-to", "ndjson"}, extra...)
	}

	// The first UCDP record with text beyond ASCII, and one after it to
	// spoil: a byte that is not UTF-8 after UTF-8 text is an error by any
	// reading of the file.
	utf8Row := -1
	for i, r := range ur {
		if strings.ContainsFunc(r, func(c rune) bool { return c > 0x7f }) {
			utf8Row = i
			break
		}
	}
	require.GreaterOrEqual(t, utf8Row, 0)
	require.Greater(t, len(ur), utf8Row+2)

	// Files as Excel for Windows saves them (Windows-1252, CR LF, a bare
	// LF in a quoted cell; see encoding_test.go), and their text in UTF-8,
	// a record a line: the first record of each is ASCII.
	araw, atext := cp1252Fixture(t, acledCP1252)
	uraw, utext := cp1252Fixture(t, ucdpCP1252)
	al := strings.Split(strings.TrimSuffix(atext, "\r\n"), "\r\n")
	require.Len(t, al, 4)
	require.Contains(t, al[3], "Kobanê")

	// The lengths the over-long cases rely on.
	require.Less(t, max(len(ah), len(ar[0]), len(ar[1])), 500)
	require.Greater(t, len(ar[2]), 500)
	require.Less(t, max(len(uh), len(ur[1]), len(ur[2])), 500)
	require.Greater(t, len(ur[3]), 500)
	tooLong := "-max-record"

	// ACLED's rows as GeoJSON features (each has coordinates), one a line.
	geoDoc := runConvert(t, lf(acledND...), "-from", "ndjson", "-to", "geojson")
	require.Equal(t, exitOK, geoDoc.status, geoDoc.stderr)
	geoLines := strings.Split(strings.TrimSuffix(geoDoc.stdout, "\n"), "\n")
	require.Len(t, geoLines, 5, "the collection's opening, three features, its end")

	type hostileCase struct {
		name    string
		build   func(t *testing.T) hostileInput
		status  int
		line    string // exact prefix of the stderr line that names the fault
		code    string // text that line holds: the sentinel's, or the converter's ("" = none asserted)
		summary string
	}
	notRead := "read 0, wrote 0, rejected 0, warnings 0, lost 0"
	tests := []hostileCase{
		// ACLED
		{
			name:   "acled/empty file",
			build:  func(*testing.T) hostileInput { return hostileInput{args: acledArgs()} },
			status: exitUsage, line: "convert: not readable as -from acled: the input is empty", summary: notRead,
		},
		{
			name: "acled/header only is a file of no events, written back as it came",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: crlf(ah), args: acledArgs(), want: crlf(ah)}
			},
			status: exitOK, summary: notRead,
		},
		{
			name: "acled/truncated last line, strict",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: crlf(ah, ar[0], ar[1]) + ar[2][:200], args: acledArgs(), want: crlf(ah, ar[0], ar[1]), csv: true}
			},
			status: exitRejected, line: "convert: rejected: event: line 4, column ", summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "acled/truncated last line, lenient",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: crlf(ah, ar[0], ar[1]) + ar[2][:200], args: acledArgs("-lenient"), want: crlf(ah, ar[0], ar[1]), csv: true}
			},
			status: exitOK, line: "convert: rejected: event: line 4, column ", summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "acled/quote open at EOF",
			build: func(t *testing.T) hostileInput {
				cut := strings.Index(ar[2], `,"On `)
				require.Positive(t, cut)
				return hostileInput{stdin: crlf(ah, ar[0], ar[1]) + ar[2][:cut+10], args: acledArgs("-lenient"), want: crlf(ah, ar[0], ar[1]), csv: true}
			},
			status: exitOK, line: "convert: rejected: event: line 4, column ", summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "acled/wrong delimiter (semicolons, as a European spreadsheet saves)",
			build: func(*testing.T) hostileInput {
				semi := func(s string) string { return strings.ReplaceAll(s, ",", ";") }
				return hostileInput{stdin: crlf(semi(ah), semi(ar[0])), args: acledArgs("-lenient")}
			},
			status: exitUsage, line: "convert: not readable as -from acled: event: line 1, column 1: ", code: acled.ErrLayout.Error(), summary: notRead,
		},
		{
			name: "acled/missing required column event_date",
			build: func(*testing.T) hostileInput {
				drop := func(s string) string { f := strings.SplitN(s, ",", 6); return strings.Join(append(f[:4], f[5]), ",") }
				require.Equal(t, "event_date", strings.Split(ah, ",")[4])
				return hostileInput{stdin: crlf(drop(ah), drop(ar[0]), drop(ar[1])), args: acledArgs("-lenient")}
			},
			status: exitUsage, line: "convert: not readable as -from acled: event: line 1, column 1: ", code: acled.ErrLayout.Error(), summary: notRead,
		},
		{
			name: "acled/a column named twice",
			build: func(t *testing.T) hostileInput {
				return hostileInput{stdin: crlf(replaceOnce(t, ah, ",iso3", ",year"), ar[0]), args: acledArgs("-lenient")}
			},
			status: exitUsage, line: "convert: not readable as -from acled: event: line 1, column ", code: event.ErrDuplicate.Error(), summary: notRead,
		},
		{
			name: "acled/one bad record among good ones, lenient",
			build: func(t *testing.T) hostileInput {
				// ACLED has published years such as 0025 (REFERENCE.md §1.4).
				bad := replaceOnce(t, ar[1], ",9-May-20,", ",9-May-0025,")
				return hostileInput{stdin: crlf(ah, ar[0], bad, ar[2]), args: acledArgs("-lenient"), want: crlf(ah, ar[0], ar[2]), csv: true}
			},
			status: exitOK, line: "convert: rejected: event: line 3, column ", code: event.ErrBadDate.Error(), summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "acled/one bad record among good ones, strict",
			build: func(t *testing.T) hostileInput {
				bad := replaceOnce(t, ar[1], ",9-May-20,", ",9-May-0025,")
				return hostileInput{stdin: crlf(ah, ar[0], bad, ar[2]), args: acledArgs(), want: crlf(ah, ar[0]), csv: true}
			},
			status: exitRejected, line: "convert: rejected: event: line 3, column ", code: event.ErrBadDate.Error(), summary: "read 2, wrote 1, rejected 1, warnings 0, lost 0",
		},
		{
			name: "acled/a row given twice",
			build: func(t *testing.T) hostileInput {
				require.Contains(t, ar[0], ",SYR78126,")
				return hostileInput{stdin: crlf(ah, ar[0], ar[1], ar[0], ar[2]), args: acledArgs("-lenient"), want: crlf(ah, ar[0], ar[1], ar[2]), csv: true}
			},
			status: exitOK, line: "convert: rejected: ", code: "(acled:SYR78126): duplicate identifier: the same event ID as ", summary: "read 4, wrote 3, rejected 1, warnings 0, lost 0",
		},

		{
			name: "acled/NUL in a record, lenient",
			build: func(t *testing.T) hostileInput {
				bad := replaceOnce(t, ar[1], ",Syria,", ",Sy\x00ria,")
				return hostileInput{stdin: crlf(ah, ar[0], bad, ar[2]), args: acledArgs("-lenient"), want: crlf(ah, ar[0], ar[2]), csv: true}
			},
			status: exitOK, line: "convert: rejected: event: line 3, column ", code: event.ErrBadText.Error() + ": a NUL byte", summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "acled/NUL in a record, strict",
			build: func(t *testing.T) hostileInput {
				bad := replaceOnce(t, ar[1], ",Syria,", ",Sy\x00ria,")
				return hostileInput{stdin: crlf(ah, ar[0], bad, ar[2]), args: acledArgs(), want: crlf(ah, ar[0]), csv: true}
			},
			status: exitRejected, line: "convert: rejected: event: line 3, column ", code: event.ErrBadText.Error() + ": a NUL byte", summary: "read 2, wrote 1, rejected 1, warnings 0, lost 0",
		},
		{
			name: "acled/a byte that is not UTF-8, after UTF-8 text",
			build: func(t *testing.T) hostileInput {
				bad := replaceOnce(t, al[3], ",Syria,", ",Syria\xff,")
				return hostileInput{stdin: crlf(al[0], al[1], al[2], bad), args: acledArgs("-lenient"), want: crlf(al[0], al[1], al[2])}
			},
			status: exitOK, line: "convert: rejected: event: line 5, column ", code: event.ErrBadText.Error() + ": byte 0xFF is not UTF-8, which the text before it is", summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "acled/a first non-ASCII byte that is not UTF-8: Windows-1252, written back so",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: araw, args: acledArgs(), want: araw}
			},
			status: exitOK, summary: "read 3, wrote 3, rejected 0, warnings 0, lost 0",
		},
		{
			name: "acled/UTF-16LE with a byte-order mark, written back so",
			build: func(t *testing.T) hostileInput {
				in := "\xff\xfe" + encodeText(t, utf16LE, atext)
				return hostileInput{stdin: in, args: acledArgs(), want: in}
			},
			status: exitOK, summary: "read 3, wrote 3, rejected 0, warnings 0, lost 0",
		},
		{
			name: "acled/UTF-16LE without a byte-order mark",
			build: func(t *testing.T) hostileInput {
				return hostileInput{stdin: encodeText(t, utf16LE, atext), args: acledArgs("-lenient")}
			},
			status: exitUsage, line: "convert: not readable as -from acled: event: line 1, column ",
			code: "the input looks like UTF-16LE without a byte-order mark: set the reader's Encoding to UTF-16LE (give -encoding utf-16le)", summary: notRead,
		},
		{
			name: "acled/an over-long record, lenient",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: crlf(ah, ar[0], ar[2], ar[1]), args: acledArgs("-lenient", tooLong, "500"), want: crlf(ah, ar[0], ar[1]), csv: true}
			},
			status: exitOK, line: "convert: rejected: event: line 3, column 1: more than 500 bytes: ", code: event.ErrTooLong.Error(), summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "acled/an over-long record, strict",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: crlf(ah, ar[0], ar[2], ar[1]), args: acledArgs(tooLong, "500"), want: crlf(ah, ar[0]), csv: true}
			},
			status: exitRejected, line: "convert: rejected: event: line 3, column 1: more than 500 bytes: ", code: event.ErrTooLong.Error(), summary: "read 2, wrote 1, rejected 1, warnings 0, lost 0",
		},
		// UCDP GED
		{
			name:   "ucdp/empty file",
			build:  func(*testing.T) hostileInput { return hostileInput{args: ucdpArgs("-lenient")} },
			status: exitUsage, line: "convert: not readable as -from ucdp: the input is empty", summary: notRead,
		},
		{
			name:   "ucdp/header only",
			build:  func(*testing.T) hostileInput { return hostileInput{stdin: lf(uh), args: ucdpArgs(), want: lf(uh)} },
			status: exitOK, summary: notRead,
		},
		{
			name: "ucdp/truncated last line",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: lf(uh, ur[0], ur[1]) + ur[2][:100], args: ucdpArgs("-lenient"), want: lf(uh, ur[0], ur[1]), csv: true}
			},
			status: exitOK, line: "convert: rejected: event: line 4, column ", summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "ucdp/wrong delimiter",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: lf(strings.ReplaceAll(uh, ",", ";"), strings.ReplaceAll(ur[0], ",", ";")), args: ucdpArgs()}
			},
			status: exitUsage, line: "convert: not readable as -from ucdp: event: line 1, column 1", code: ucdp.ErrHeader.Error(), summary: notRead,
		},
		{
			name: "ucdp/missing required column id",
			build: func(t *testing.T) hostileInput {
				drop := func(s string) string { _, rest, _ := strings.Cut(s, ","); return rest }
				require.True(t, strings.HasPrefix(uh, "id,"))
				return hostileInput{stdin: lf(drop(uh), drop(ur[0])), args: ucdpArgs("-lenient")}
			},
			status: exitUsage, line: "convert: not readable as -from ucdp: event: line 1, column 1", code: ucdp.ErrHeader.Error(), summary: notRead,
		},
		{
			name: "ucdp/one bad record among good ones: 31 February",
			build: func(t *testing.T) hostileInput {
				rec := csvRecords(t, lf(uh, ur[1]))
				require.Equal(t, []string{"date_start", "date_end"}, rec[0][32:34])
				start, end := rec[1][32], rec[1][33]
				bad := replaceOnce(t, ur[1], ","+start+","+end+",", ",2019-02-31,"+end+",")
				return hostileInput{stdin: lf(uh, ur[0], bad, ur[2]), args: ucdpArgs("-lenient"), want: lf(uh, ur[0], ur[2]), csv: true}
			},
			status: exitOK, line: "convert: rejected: event: line 3, column ", code: event.ErrBadDate.Error(), summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "ucdp/a byte that is not UTF-8, after UTF-8 text",
			build: func(t *testing.T) hostileInput {
				good := ur[utf8Row]
				bad := replaceOnce(t, ur[utf8Row+1], ",Syria,", ",Syria\xff,")
				return hostileInput{stdin: lf(uh, good, bad, ur[utf8Row+2]), args: ucdpArgs("-lenient"), want: lf(uh, good, ur[utf8Row+2]), csv: true}
			},
			status: exitOK, line: "convert: rejected: event: line 3, column ", code: event.ErrBadText.Error(), summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "ucdp/a row given twice",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: lf(uh, ur[0], ur[1], ur[0]), args: ucdpArgs(), want: lf(uh, ur[0], ur[1]), csv: true}
			},
			status: exitRejected, line: "convert: rejected: ", code: "(ucdp:" + strings.Split(ur[0], ",")[0] + "): duplicate identifier: the same event ID as ", summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},

		{
			name: "ucdp/NUL in a record",
			build: func(t *testing.T) hostileInput {
				bad := replaceOnce(t, ur[1], ",Syria,", ",Sy\x00ria,")
				return hostileInput{stdin: lf(uh, ur[0], bad, ur[2]), args: ucdpArgs("-lenient"), want: lf(uh, ur[0], ur[2]), csv: true}
			},
			status: exitOK, line: "convert: rejected: event: line 3, column ", code: event.ErrBadText.Error() + ": a NUL byte", summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "ucdp/a first non-ASCII byte that is not UTF-8: Windows-1252, written back so",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: uraw, args: ucdpArgs(), want: uraw}
			},
			status: exitOK, summary: "read 6, wrote 6, rejected 0, warnings 0, lost 0",
		},
		{
			name: "ucdp/UTF-16BE with a byte-order mark, written back so",
			build: func(t *testing.T) hostileInput {
				in := "\xfe\xff" + encodeText(t, utf16BE, utext)
				return hostileInput{stdin: in, args: ucdpArgs(), want: in}
			},
			status: exitOK, summary: "read 6, wrote 6, rejected 0, warnings 0, lost 0",
		},
		{
			name: "ucdp/UTF-16BE without a byte-order mark",
			build: func(t *testing.T) hostileInput {
				return hostileInput{stdin: encodeText(t, utf16BE, utext), args: ucdpArgs("-lenient")}
			},
			status: exitUsage, line: "convert: not readable as -from ucdp: event: line 1, column ",
			code: "the input looks like UTF-16BE without a byte-order mark: set the reader's Encoding to UTF-16BE (give -encoding utf-16be)", summary: notRead,
		},
		{
			name: "ucdp/an over-long record, lenient",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: lf(uh, ur[1], ur[3], ur[2]), args: ucdpArgs("-lenient", tooLong, "500"), want: lf(uh, ur[1], ur[2]), csv: true}
			},
			status: exitOK, line: "convert: rejected: event: line 3, column 1: more than 500 bytes: ", code: event.ErrTooLong.Error(), summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		// NDJSON
		{
			name:   "ndjson/empty file",
			build:  func(*testing.T) hostileInput { return hostileInput{args: ndArgs()} },
			status: exitUsage, line: "convert: not readable as -from ndjson: the input is empty", summary: notRead,
		},
		{
			name:   "ndjson/blank lines only",
			build:  func(*testing.T) hostileInput { return hostileInput{stdin: "\n\r\n  \n", args: ndArgs()} },
			status: exitUsage, line: "convert: not readable as -from ndjson: the input is empty", summary: notRead,
		},
		{
			name: "ndjson/truncated last line",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: lf(nd[0], nd[1]) + nd[2][:100], args: ndArgs("-lenient"), want: lf(nd[0], nd[1])}
			},
			status: exitOK, line: "convert: rejected: event: line 3, column ", summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "ndjson/NUL in a string",
			build: func(t *testing.T) hostileInput {
				bad := replaceOnce(t, nd[1], `"title":"US raid`, `"title":"US`+"\x00"+`raid`)
				return hostileInput{stdin: lf(nd[0], bad, nd[2]), args: ndArgs("-lenient"), want: lf(nd[0], nd[2])}
			},
			status: exitOK, line: "convert: rejected: event: line 2, column ", summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "ndjson/a byte that is not UTF-8",
			build: func(t *testing.T) hostileInput {
				bad := replaceOnce(t, nd[1], `"title":"US raid`, `"title":"US`+"\xff"+`raid`)
				return hostileInput{stdin: lf(nd[0], bad, nd[2]), args: ndArgs("-lenient"), want: lf(nd[0], nd[2])}
			},
			status: exitOK, line: "convert: rejected: event: line 2, column ", summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "ndjson/UTF-16",
			build: func(t *testing.T) hostileInput {
				return hostileInput{stdin: utf16Text(lf(nd[0], nd[1])), args: ndArgs("-lenient")}
			},
			status: exitUsage, line: "convert: not readable as -from ndjson: " + errWide.Error(), summary: notRead,
		},
		{
			name: "ndjson/one bad record among good ones",
			build: func(t *testing.T) hostileInput {
				bad := replaceOnce(t, nd[1], `"id":"cea3663b-56d2-5d46-b9f4-4363651a1b6a"`, `"id":"cea3663b-56d2-5d46-b9f4"`)
				return hostileInput{stdin: lf(nd[0], bad, nd[2]), args: ndArgs("-lenient"), want: lf(nd[0], nd[2])}
			},
			status: exitOK, line: `convert: rejected: event: line 2, column 7, field "id": `, code: event.ErrBadID.Error(), summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "ndjson/an event given twice, strict",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: lf(nd[0], nd[1], nd[0], nd[2]), args: ndArgs(), want: lf(nd[0], nd[1])}
			},
			status: exitRejected, line: "convert: rejected: line 3, record 3, event e2560d46-6fe7-53e2-8fc0-e692bf1c8e27 (conflictkit-example:idlib2019/us-strike-near-idlib): ",
			code: "duplicate identifier: the same event ID as line 1, record 1", summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "ndjson/an event given twice, lenient",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: lf(nd[0], nd[1], nd[0], nd[2]), args: ndArgs("-lenient"), want: lf(nd[0], nd[1], nd[2])}
			},
			status: exitOK, line: "convert: rejected: line 3, record 3, event e2560d46-6fe7-53e2-8fc0-e692bf1c8e27 (conflictkit-example:idlib2019/us-strike-near-idlib): ",
			code: "duplicate identifier: the same event ID as line 1, record 1", summary: "read 4, wrote 3, rejected 1, warnings 0, lost 0",
		},

		// The JSON Dataset document
		{
			name:   "json/empty file",
			build:  func(*testing.T) hostileInput { return hostileInput{args: jsonArgs()} },
			status: exitUsage, line: "convert: not readable as -from json: the input is empty", summary: notRead,
		},
		{
			name: "json/UTF-16",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: utf16Text(doc), args: jsonArgs()}
			},
			status: exitUsage, line: "convert: not readable as -from json: " + errWide.Error(), summary: notRead,
		},
		{
			name: "json/truncated",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: doc[:len(doc)/2], args: jsonArgs("-lenient")}
			},
			status: exitUsage, line: "convert: not readable as -from json: event: line ", code: event.ErrSyntax.Error(), summary: notRead,
		},
		{
			name:   "json/NDJSON given as a Dataset",
			build:  func(*testing.T) hostileInput { return hostileInput{stdin: lf(nd...), args: jsonArgs()} },
			status: exitUsage, line: "convert: not readable as -from json: event: line 2, column 1: ", code: event.ErrSyntax.Error(), summary: notRead,
		},

		// GeoJSON
		{
			name:   "geojson/empty file",
			build:  func(*testing.T) hostileInput { return hostileInput{args: geoArgs()} },
			status: exitUsage, line: "convert: not readable as -from geojson: the input is empty", summary: notRead,
		},
		{
			name:   "geojson/UTF-16",
			build:  func(*testing.T) hostileInput { return hostileInput{stdin: utf16Text(geoDoc.stdout), args: geoArgs()} },
			status: exitUsage, line: "convert: not readable as -from geojson: " + errWide.Error(), summary: notRead,
		},
		{
			name: "geojson/a Feature, not a FeatureCollection",
			build: func(*testing.T) hostileInput {
				return hostileInput{stdin: strings.TrimSuffix(geoLines[1], ","), args: geoArgs("-lenient")}
			},
			status: exitUsage, line: "convert: not readable as -from geojson: event: line 1, column ", code: geojson.ErrNotCollection.Error(), summary: notRead,
		},
		{
			name: "geojson/one bad feature among good ones",
			build: func(t *testing.T) hostileInput {
				bad := replaceOnce(t, geoLines[2], `"start":"2020-05-09"`, `"start":"2020-02-31"`)
				in := lf(geoLines[0], geoLines[1], bad, geoLines[3], geoLines[4])
				return hostileInput{stdin: in, args: geoArgs("-lenient"), want: lf(acledND[0], acledND[2])}
			},
			status: exitOK, line: "convert: rejected: event: line 3, column ", code: event.ErrBadDate.Error(), summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "geojson/a feature given twice",
			build: func(*testing.T) hostileInput {
				in := lf(geoLines[0], geoLines[1], geoLines[2], geoLines[1], geoLines[3], geoLines[4])
				return hostileInput{stdin: in, args: geoArgs("-lenient"), want: lf(acledND...)}
			},
			status: exitOK, line: "convert: rejected: ", code: "(acled:SYR78126): duplicate identifier: the same event ID as ", summary: "read 4, wrote 3, rejected 1, warnings 0, lost 0",
		},

		// The native CSV tables
		{
			name: "csv/empty events table",
			build: func(t *testing.T) hostileInput {
				dir := writeTables(t, lf(acledND...))
				editTable(t, dir, "events.csv", func(string) string { return "" })
				return hostileInput{args: tablesArgs(dir)}
			},
			status: exitUsage, line: "convert: not readable as -from csv: the input is empty (events.csv has no bytes)", summary: notRead,
		},
		{
			name: "csv/headers only",
			build: func(t *testing.T) hostileInput {
				dir := writeTables(t, lf(acledND...))
				for _, name := range table.EventTables() {
					editTable(t, dir, name, func(s string) string { h, _, _ := strings.Cut(s, "\n"); return h + "\n" })
				}
				return hostileInput{args: tablesArgs(dir)}
			},
			status: exitOK, summary: notRead,
		},
		{
			name: "csv/a misspelt required column (an unknown column is read as nothing, with a warning)",
			build: func(t *testing.T) hostileInput {
				dir := writeTables(t, lf(acledND...))
				editTable(t, dir, "events.csv", func(s string) string { return replaceOnce(t, s, ",start,", ",strat,") })
				return hostileInput{args: tablesArgs(dir, "-lenient")}
			},
			status: exitUsage, line: `convert: not readable as -from csv: event: line 1, column `, code: table.ErrMissingColumn.Error(), summary: notRead,
		},
		{
			name: "csv/one bad record among good ones",
			build: func(t *testing.T) hostileInput {
				dir := writeTables(t, lf(acledND...))
				editTable(t, dir, "events.csv", func(s string) string {
					lines := strings.Split(s, "\n")
					lines[2] = replaceOnce(t, lines[2], ",2020-05-09,", ",2020-02-31,")
					return strings.Join(lines, "\n")
				})
				return hostileInput{args: tablesArgs(dir, "-lenient"), want: lf(acledND[0], acledND[2])}
			},
			status: exitOK, line: "convert: rejected: event: line 3, column ", code: event.ErrBadDate.Error(), summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "csv/an event given twice",
			build: func(t *testing.T) hostileInput {
				dir := writeTables(t, lf(acledND[0], acledND[1], acledND[0], acledND[2]))
				return hostileInput{args: tablesArgs(dir), want: lf(acledND[0], acledND[1])}
			},
			status: exitRejected, line: "convert: rejected: ", code: event.ErrDuplicate.Error(), summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			// In a child table: the whole event is rejected. (In events.csv
			// the table reader loses the events after it as well.)
			name: "csv/NUL in a record",
			build: func(t *testing.T) hostileInput {
				dir := writeTables(t, lf(acledND...))
				editTable(t, dir, "participants.csv", func(s string) string {
					lines := strings.Split(s, "\n")
					lines[3] = replaceOnce(t, lines[3], ",Military Forces of Syria (2000-),", ",Military Forces\x00of Syria (2000-),")
					return strings.Join(lines, "\n")
				})
				return hostileInput{args: tablesArgs(dir, "-lenient"), want: lf(acledND[0], acledND[2])}
			},
			status: exitOK, line: `convert: rejected: event: line 4, column 56, field "participants.csv: actor_name": `, code: event.ErrBadText.Error() + ": a NUL byte", summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0",
		},
		{
			name: "csv/Windows-1252 tables, detected",
			build: func(t *testing.T) hostileInput {
				nd := toNDJSON(t, "acled", araw)
				return hostileInput{args: tablesArgs(writeTablesIn(t, nd, charmap.Windows1252, false)), want: nd}
			},
			status: exitOK, summary: "read 3, wrote 3, rejected 0, warnings 0, lost 0",
		},
		{
			name: "csv/UTF-16LE tables with byte-order marks",
			build: func(t *testing.T) hostileInput {
				nd := toNDJSON(t, "acled", araw)
				return hostileInput{args: tablesArgs(writeTablesIn(t, nd, utf16LE, true)), want: nd}
			},
			status: exitOK, summary: "read 3, wrote 3, rejected 0, warnings 0, lost 0",
		},
		{
			name: "csv/UTF-16LE tables without byte-order marks",
			build: func(t *testing.T) hostileInput {
				return hostileInput{args: tablesArgs(writeTablesIn(t, toNDJSON(t, "acled", araw), utf16LE, false), "-lenient")}
			},
			status: exitUsage, line: "convert: not readable as -from csv: event: line 1, column ",
			code: "the input looks like UTF-16LE without a byte-order mark: set the reader's Encoding to UTF-16LE (give -encoding utf-16le)", summary: notRead,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.build(t)
			r := runConvert(t, in.stdin, in.args...)
			assert.Equal(t, tc.status, r.status, r.stderr)
			if tc.line != "" {
				line := stderrLine(r.stderr, tc.line)
				if assert.NotEmpty(t, line, "a line starting %q in:\n%s", tc.line, r.stderr) {
					assert.Contains(t, line, tc.code)
				}
			}
			assert.Equal(t, tc.summary, summaryLine(r.stderr))
			if in.csv {
				assert.Equal(t, csvRecords(t, in.want), csvRecords(t, r.stdout), "every other record, field for field")
			} else {
				assert.Equal(t, in.want, r.stdout, "every other record")
			}
		})
	}
}

// utf16Text encodes s as UTF-16LE with a byte-order mark, as Windows
// "Unicode" text files are saved.
func utf16Text(s string) string {
	var b strings.Builder
	b.WriteString("\xff\xfe")
	for _, u := range utf16.Encode([]rune(s)) {
		b.WriteByte(byte(u))
		b.WriteByte(byte(u >> 8))
	}
	return b.String()
}
