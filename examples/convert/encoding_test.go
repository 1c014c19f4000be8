package main

import (
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/conflictkit/conflict/event"
)

// Files as Excel for Windows saves them, in Windows-1252 with CR LF line
// ends and a bare LF inside a quoted cell: the acled and ucdp packages'
// fixtures, made from the samples in testdata/samples (see each one's
// .SOURCE.md beside it). The first record of each is ASCII, so detection
// meets the first non-ASCII byte in the second.
const (
	acledCP1252 = "../../event/acled/testdata/windows1252.csv"
	ucdpCP1252  = "../../event/ucdp/testdata/ged191_windows1252.csv"
)

// The UTF-16 encodings the readers report, without byte-order marks.
var (
	utf16LE = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16BE = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
)

// encodeText encodes UTF-8 text s in e with x/text, the reference the
// tests check the command against.
func encodeText(t testing.TB, e encoding.Encoding, s string) string {
	t.Helper()
	b, err := e.NewEncoder().String(s)
	require.NoError(t, err)
	return b
}

// decodeText decodes s from e into UTF-8 with x/text.
func decodeText(t testing.TB, e encoding.Encoding, s string) string {
	t.Helper()
	b, err := e.NewDecoder().String(s)
	require.NoError(t, err)
	require.NotContains(t, b, "\uFFFD", "every byte is text in %v", e)
	return b
}

// cp1252Fixture returns a Windows-1252 fixture and its text in UTF-8.
func cp1252Fixture(t testing.TB, path string) (raw, text string) {
	t.Helper()
	raw = readFile(t, path)
	text = decodeText(t, charmap.Windows1252, raw)
	require.NotEqual(t, raw, text, "the fixture holds text beyond ASCII")
	return raw, text
}

// TestEncodingNamed checks the names -encoding and -out-encoding take: the
// IANA registry's names and aliases and WHATWG's labels, in any letter
// case, each the encoding it names.
func TestEncodingNamed(t *testing.T) {
	tests := []struct {
		name string
		want encoding.Encoding
	}{
		{name: "utf-8", want: unicode.UTF8},
		{name: "UTF-8", want: unicode.UTF8},
		{name: "utf8", want: unicode.UTF8}, // WHATWG
		{name: "windows-1252", want: charmap.Windows1252},
		{name: "Windows-1252", want: charmap.Windows1252},
		{name: "cp1252", want: charmap.Windows1252}, // WHATWG, Python's name
		{name: "iso-8859-1", want: charmap.ISO8859_1},
		{name: "latin1", want: charmap.ISO8859_1}, // IANA alias, R's name; WHATWG would say Windows-1252
		{name: "utf-16le", want: utf16LE},
		{name: "UTF-16BE", want: utf16BE},
		{name: "macintosh", want: charmap.Macintosh},
		{name: "x-mac-roman", want: charmap.Macintosh}, // WHATWG
		{name: "iso-8859-15", want: charmap.ISO8859_15},
		{name: " windows-1251 ", want: charmap.Windows1251},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := encodingNamed("-encoding", tc.name)
			require.NoError(t, err)
			assert.Equal(t, tc.want, e)
			assert.True(t, readable(e), "the readers take it")
			assert.True(t, writable(e), "the writers take it")
		})
	}
}

// TestEncodingUsage checks that an encoding the command cannot use is a
// usage error that names it and offers valid names, before anything is
// read or written.
func TestEncodingUsage(t *testing.T) {
	nd := readFile(t, "testdata/idlib2019.ndjson")
	valid := "want one of " + someEncodings
	tests := []struct {
		name string
		args []string
		msg  string
	}{
		{name: "an unknown name", args: []string{"-from", "acled", "-to", "ndjson", "-encoding", "windows-1252x"},
			msg: `convert: -encoding "windows-1252x": unknown encoding: ` + valid},
		{name: "a multi-byte encoding the readers refuse", args: []string{"-from", "acled", "-to", "ndjson", "-encoding", "shift_jis"},
			msg: `convert: -encoding "shift_jis": the CSV readers cannot read Shift JIS losslessly: ` + valid},
		{name: "EBCDIC, whose bytes are not ASCII", args: []string{"-from", "ucdp", "-to", "ndjson", "-encoding", "ibm037"},
			msg: `convert: -encoding "ibm037": the CSV readers cannot read IBM Code Page 037 losslessly: ` + valid},
		{name: "a registered name x/text cannot decode", args: []string{"-from", "acled", "-to", "ndjson", "-encoding", "utf-32"},
			msg: `convert: -encoding "utf-32": not an encoding the CSV readers and writers handle: ` + valid},
		{name: "JSON input in Windows-1252", args: []string{"-from", "ndjson", "-to", "acled", "-encoding", "windows-1252"},
			msg: "convert: -encoding windows-1252: -from ndjson is JSON, which is UTF-8; -encoding is for the CSV inputs (acled, ucdp, csv)"},
		{name: "an unknown output name", args: []string{"-from", "ndjson", "-to", "acled", "-out-encoding", "cp-1252"},
			msg: `convert: -out-encoding "cp-1252": unknown encoding: ` + valid},
		{name: "an output encoding the writers refuse", args: []string{"-from", "ndjson", "-to", "wide", "-out-encoding", "gbk"},
			msg: `convert: -out-encoding "gbk": the CSV writers cannot write GBK: ` + valid},
		{name: "JSON output in UTF-16", args: []string{"-from", "ndjson", "-to", "geojson", "-out-encoding", "utf-16le"},
			msg: "convert: -out-encoding utf-16le: -to geojson is JSON, which is UTF-8; -out-encoding is for the CSV outputs (acled, ucdp, csv, wide, hxl)"},
		{name: "a byte-order mark on JSON", args: []string{"-from", "ndjson", "-to", "ndjson", "-bom"},
			msg: "convert: -bom: -to ndjson is JSON, which has no byte-order mark (RFC 8259)"},
		{name: "a byte-order mark in a single-byte encoding", args: []string{"-from", "ndjson", "-to", "acled", "-out-encoding", "windows-1252", "-bom"},
			msg: "convert: -bom: -out-encoding windows-1252 has no byte-order mark (only UTF-8 and UTF-16 have one)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runConvert(t, nd, tc.args...)
			assert.Equal(t, exitUsage, r.status)
			assert.Equal(t, tc.msg, stderrLine(r.stderr, "convert: "), r.stderr)
			assert.Empty(t, r.stdout)
			assert.Equal(t, "read 0, wrote 0, rejected 0, warnings 0, lost 0", summaryLine(r.stderr))
		})
	}
}

// TestWindows1252BackAsItCame converts the Windows-1252 fixtures to their
// own format, directly and through NDJSON (whose events remember the
// encoding, the line ends and the date forms), and gets the file back
// byte for byte; written to another CSV format the text is UTF-8.
func TestWindows1252BackAsItCame(t *testing.T) {
	tests := []struct {
		name, format, path string
		records            int
		word               string   // a word beyond ASCII in the file
		others             []string // the other CSV formats to write
		written            bool     // they have a column for word
	}{
		{name: "ACLED", format: "acled", path: acledCP1252, records: 3, word: "Kobanê", others: []string{"wide", "ucdp"}, written: true},
		{name: "UCDP GED 19.1", format: "ucdp", path: ucdpCP1252, records: 6, word: "Burma’s", others: []string{"wide", "acled"}}, // in source_headline
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw, text := cp1252Fixture(t, tc.path)
			require.Contains(t, text, tc.word)
			summary := strings.Replace("read N, wrote N, rejected 0, warnings 0, lost 0", "N", strconv.Itoa(tc.records), 2)

			direct := runConvert(t, raw, "-from", tc.format, "-to", tc.format)
			require.Equal(t, exitOK, direct.status, direct.stderr)
			assert.Equal(t, summary, summaryLine(direct.stderr))
			assert.Equal(t, raw, direct.stdout, "the file back byte for byte")

			nd := runConvert(t, raw, "-from", tc.format, "-to", "ndjson")
			require.Equal(t, exitOK, nd.status, nd.stderr)
			assert.Contains(t, nd.stdout, tc.word, "NDJSON is UTF-8")
			back := runConvert(t, nd.stdout, "-from", "ndjson", "-to", tc.format)
			require.Equal(t, exitOK, back.status, back.stderr)
			assert.Equal(t, summary, summaryLine(back.stderr))
			assert.Equal(t, raw, back.stdout, "the file back byte for byte after NDJSON")

			for _, to := range tc.others {
				other := runConvert(t, raw, "-from", tc.format, "-to", to)
				require.Equal(t, exitOK, other.status, other.stderr)
				assert.True(t, utf8.ValidString(other.stdout), "-to %s is written in UTF-8", to)
				if tc.written {
					assert.Contains(t, other.stdout, tc.word, "-to %s", to)
				}
			}
		})
	}
}

// TestInputEncodings reads the ACLED fixture in every encoding files come
// in, detected or named with -encoding: written back to ACLED it is the
// same bytes (encoding, byte-order mark and line ends kept), and written to
// the wide table, which is UTF-8, it is the same table whatever it came in.
func TestInputEncodings(t *testing.T) {
	raw, text := cp1252Fixture(t, acledCP1252)
	ref := runConvert(t, text, "-from", "acled", "-to", "wide")
	require.Equal(t, exitOK, ref.status, ref.stderr)
	tests := []struct {
		name string
		in   string
		args []string
	}{
		{name: "UTF-8", in: text},
		{name: "UTF-8 with a byte-order mark", in: "\xef\xbb\xbf" + text},
		{name: "UTF-16LE with a byte-order mark", in: "\xff\xfe" + encodeText(t, utf16LE, text)},
		{name: "UTF-16BE with a byte-order mark", in: "\xfe\xff" + encodeText(t, utf16BE, text)},
		{name: "UTF-16LE without, named", in: encodeText(t, utf16LE, text), args: []string{"-encoding", "utf-16le"}},
		{name: "UTF-16BE without, named", in: encodeText(t, utf16BE, text), args: []string{"-encoding", "UTF-16BE"}},
		{name: "Windows-1252, detected", in: raw},
		{name: "Windows-1252, named", in: raw, args: []string{"-encoding", "cp1252"}},
		{name: "ISO-8859-1, named", in: encodeText(t, charmap.ISO8859_1, text), args: []string{"-encoding", "latin1"}},
		{name: "Mac OS Roman, named", in: encodeText(t, charmap.Macintosh, text), args: []string{"-encoding", "macintosh"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runConvert(t, tc.in, append([]string{"-from", "acled", "-to", "acled"}, tc.args...)...)
			require.Equal(t, exitOK, r.status, r.stderr)
			assert.Equal(t, "read 3, wrote 3, rejected 0, warnings 0, lost 0", summaryLine(r.stderr))
			assert.Equal(t, tc.in, r.stdout, "back as it came, byte for byte")
			wide := runConvert(t, tc.in, append([]string{"-from", "acled", "-to", "wide"}, tc.args...)...)
			require.Equal(t, exitOK, wide.status, wide.stderr)
			assert.Equal(t, ref.stdout, wide.stdout, "the same text")
		})
	}
}

// TestOutputEncoding checks -out-encoding and -bom on every CSV output:
// the output is the reference text encoded by x/text, with a byte-order
// mark exactly when -bom asks for one.
func TestOutputEncoding(t *testing.T) {
	raw, text := cp1252Fixture(t, acledCP1252)
	uraw, utext := cp1252Fixture(t, ucdpCP1252)
	nd := toNDJSON(t, "acled", raw)
	wide := runConvert(t, text, "-from", "acled", "-to", "wide")
	require.Equal(t, exitOK, wide.status, wide.stderr)
	utf16 := "\xff\xfe" + encodeText(t, utf16LE, text)
	tests := []struct {
		name string
		in   string
		args []string
		want string
	}{
		{name: "Windows-1252 to UTF-8", in: raw, args: []string{"-from", "acled", "-to", "acled", "-out-encoding", "utf-8"}, want: text},
		{name: "UTF-8 to Windows-1252", in: text, args: []string{"-from", "acled", "-to", "acled", "-out-encoding", "windows-1252"}, want: raw},
		{name: "-bom alone: UTF-8 with a byte-order mark", in: raw, args: []string{"-from", "acled", "-to", "acled", "-bom"}, want: "\xef\xbb\xbf" + text},
		{name: "UTF-16LE with a byte-order mark", in: raw, args: []string{"-from", "acled", "-to", "acled", "-out-encoding", "utf-16le", "-bom"}, want: utf16},
		{name: "UTF-16BE without one", in: text, args: []string{"-from", "acled", "-to", "acled", "-out-encoding", "utf-16be"}, want: encodeText(t, utf16BE, text)},
		{name: "UTF-16 with a byte-order mark to UTF-8 without", in: utf16, args: []string{"-from", "acled", "-to", "acled", "-out-encoding", "UTF-8"}, want: text},
		{name: "NDJSON of a Windows-1252 file to UTF-8", in: nd, args: []string{"-from", "ndjson", "-to", "acled", "-out-encoding", "utf-8"}, want: text},
		{name: "UCDP, Windows-1252 to UTF-8", in: uraw, args: []string{"-from", "ucdp", "-to", "ucdp", "-out-encoding", "utf-8"}, want: utext},
		{name: "UCDP, UTF-8 to Windows-1252", in: utext, args: []string{"-from", "ucdp", "-to", "ucdp", "-out-encoding", "windows-1252"}, want: uraw},
		{name: "wide with a byte-order mark, for Excel", in: raw, args: []string{"-from", "acled", "-to", "wide", "-bom"}, want: "\xef\xbb\xbf" + wide.stdout},
		{name: "wide in Windows-1252", in: raw, args: []string{"-from", "acled", "-to", "wide", "-out-encoding", "windows-1252"}, want: encodeText(t, charmap.Windows1252, wide.stdout)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runConvert(t, tc.in, tc.args...)
			require.Equal(t, exitOK, r.status, r.stderr)
			assert.Equal(t, tc.want, r.stdout)
		})
	}
}

// TestTablesEncoding writes the native tables in an encoding asked for,
// reads them back to the same events, and writes tables read from tables
// in their encoding when a byte-order mark or -encoding gave it, else in
// UTF-8.
func TestTablesEncoding(t *testing.T) {
	raw, _ := cp1252Fixture(t, acledCP1252)
	nd := toNDJSON(t, "acled", raw)
	tables := func(t *testing.T, in string, args ...string) string {
		t.Helper()
		dir := filepath.Join(t.TempDir(), "tables")
		r := runConvert(t, in, append(args, "-to", "csv", "-out", dir)...)
		require.Equal(t, exitOK, r.status, r.stderr)
		return dir
	}
	events := func(t *testing.T, dir string) string { return readFile(t, filepath.Join(dir, "events.csv")) }
	utf8Dir := tables(t, nd, "-from", "ndjson")
	require.Contains(t, events(t, utf8Dir), "Kobanê")

	t.Run("Windows-1252, read back with detection", func(t *testing.T) {
		dir := tables(t, nd, "-from", "ndjson", "-out-encoding", "windows-1252")
		assert.Equal(t, encodeText(t, charmap.Windows1252, events(t, utf8Dir)), events(t, dir))
		back := runConvert(t, "", "-from", "csv", "-in", dir, "-to", "ndjson")
		require.Equal(t, exitOK, back.status, back.stderr)
		assert.Equal(t, nd, back.stdout, "the same events")
		again := tables(t, "", "-from", "csv", "-in", dir)
		assert.Equal(t, events(t, utf8Dir), events(t, again), "detected: written in UTF-8")
		named := tables(t, "", "-from", "csv", "-in", dir, "-encoding", "windows-1252")
		assert.Equal(t, events(t, dir), events(t, named), "named: written in it")
	})
	t.Run("a whole Dataset in UTF-16LE with byte-order marks, kept", func(t *testing.T) {
		doc := readFile(t, "testdata/idlib2019.json")
		dir := tables(t, doc, "-from", "json", "-out-encoding", "utf-16le", "-bom")
		require.True(t, strings.HasPrefix(readFile(t, filepath.Join(dir, "dataset.csv")), "\xff\xfe"))
		back := runConvert(t, "", "-from", "csv", "-in", dir, "-to", "json")
		require.Equal(t, exitOK, back.status, back.stderr)
		assert.Equal(t, doc, back.stdout, "the same Dataset")
		again := tables(t, "", "-from", "csv", "-in", dir)
		for _, name := range dirFiles(t, dir) {
			assert.Equal(t, readFile(t, filepath.Join(dir, name)), readFile(t, filepath.Join(again, name)), name)
		}
	})
	t.Run("a Dataset record Windows-1252 cannot hold: no tables", func(t *testing.T) {
		// The Dataset is written whole at the end, so an actor name in
		// Arabic script fails the output, which is taken back.
		dir := filepath.Join(t.TempDir(), "tables")
		r := runConvert(t, readFile(t, "testdata/idlib2019.json"), "-from", "json", "-to", "csv", "-out", dir, "-out-encoding", "windows-1252")
		assert.Equal(t, exitUsage, r.status, r.stderr)
		line := stderrLine(r.stderr, "convert: table: dataset: actor_names.csv row ")
		assert.Contains(t, line, "(U+0627) has no form in windows-1252: "+event.ErrEncoding.Error())
		assert.Contains(t, r.stderr, "convert: removed partial output "+dir+"\n")
		assert.NoDirExists(t, dir)
	})
	t.Run("UTF-16LE with byte-order marks, kept", func(t *testing.T) {
		dir := tables(t, nd, "-from", "ndjson", "-out-encoding", "utf-16le", "-bom")
		assert.Equal(t, "\xff\xfe"+encodeText(t, utf16LE, events(t, utf8Dir)), events(t, dir))
		back := runConvert(t, "", "-from", "csv", "-in", dir, "-to", "ndjson")
		require.Equal(t, exitOK, back.status, back.stderr)
		assert.Equal(t, nd, back.stdout, "the same events")
		again := tables(t, "", "-from", "csv", "-in", dir)
		for _, name := range dirFiles(t, dir) {
			assert.Equal(t, readFile(t, filepath.Join(dir, name)), readFile(t, filepath.Join(again, name)), name)
		}
	})
}

// TestUnencodable checks that an event with a character the output
// encoding cannot hold is a rejected record (event.ErrEncoding): strict
// mode stops there (exit 1), lenient mode goes on and writes the record,
// verbatim, to the reject file.
func TestUnencodable(t *testing.T) {
	raw, _ := cp1252Fixture(t, acledCP1252)
	ucdpSample := readFile(t, filepath.Join(sharedData, "ucdp_ged_sample.csv"))
	rejected := func(what, column, char string) string {
		return "column \"" + column + "\": character " + char + " has no form in " + what + ": " + event.ErrEncoding.Error()
	}
	tests := []struct {
		name    string
		in      string
		args    []string
		status  int
		line    string // the line on standard error that names the record
		msg     string // what it says
		summary string
		rows    int // rows written, under the header
	}{
		{
			name: "ACLED, strict: Kobanê in KOI8-R", in: raw, args: []string{"-from", "acled", "-to", "acled", "-out-encoding", "koi8-r"},
			status: exitRejected, line: "convert: cannot write: line 4, record 2, event ", msg: "(acled:SYR78190): acled: event ", summary: "read 2, wrote 1, rejected 1, warnings 0, lost 0",
		},
		{
			name: "ACLED, lenient", in: raw, args: []string{"-from", "acled", "-to", "acled", "-out-encoding", "koi8-r", "-lenient"},
			status: exitOK, line: "convert: cannot write: line 5, record 3, event ", msg: rejected("koi8-r", "location", "'ê' (U+00EA)"), summary: "read 3, wrote 1, rejected 2, warnings 0, lost 0", rows: 1,
		},
		{
			name: "wide, lenient", in: raw, args: []string{"-from", "acled", "-to", "wide", "-out-encoding", "koi8-r", "-lenient"},
			status: exitOK, line: "convert: cannot write: line 4, record 2, event ", msg: "(acled:SYR78190): table: event ", summary: "read 3, wrote 1, rejected 2, warnings 0, lost 2", rows: 1,
		},
		{
			name: "UCDP, strict: Cyrillic in Windows-1252", in: ucdpSample, args: []string{"-from", "ucdp", "-to", "ucdp", "-out-encoding", "windows-1252"},
			status: exitRejected, line: "convert: cannot write: line 112, record 111, event ", msg: rejected("windows-1252", "source_article", "'Р' (U+0420)"), summary: "read 111, wrote 110, rejected 1, warnings 0, lost 0",
		},
		{
			name: "UCDP, lenient", in: ucdpSample, args: []string{"-from", "ucdp", "-to", "ucdp", "-out-encoding", "windows-1252", "-lenient"},
			status: exitOK, line: "convert: cannot write: line 249, record 244, event ", msg: "(ucdp:318567): ucdp: event ", summary: "read 296, wrote 294, rejected 2, warnings 2, lost 0", rows: 294,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runConvert(t, tc.in, tc.args...)
			assert.Equal(t, tc.status, r.status, r.stderr)
			line := stderrLine(r.stderr, tc.line)
			if assert.NotEmpty(t, line, "a line starting %q in:\n%s", tc.line, r.stderr) {
				assert.Contains(t, line, tc.msg)
				assert.Contains(t, line, event.ErrEncoding.Error())
			}
			assert.Equal(t, tc.summary, summaryLine(r.stderr))
			if tc.status == exitOK {
				assert.Len(t, csvRecords(t, decodeAny(t, tc.args, r.stdout)), tc.rows+1, "the header and the rows written")
			}
		})
	}

	t.Run("the reject file holds the records verbatim", func(t *testing.T) {
		rejects := filepath.Join(t.TempDir(), "rejects.csv")
		r := runConvert(t, ucdpSample, "-from", "ucdp", "-to", "ucdp", "-out-encoding", "windows-1252", "-lenient", "-rejects", rejects)
		require.Equal(t, exitOK, r.status, r.stderr)
		got := csvRecords(t, readFile(t, rejects))
		require.Len(t, got, 3)
		all := csvRecords(t, ucdpSample)
		assert.Equal(t, all[0], got[0], "the header")
		assert.Equal(t, "305912", got[1][0])
		assert.Equal(t, "318567", got[2][0])
		for _, rec := range all {
			if rec[0] == got[1][0] {
				assert.Equal(t, rec, got[1])
			}
			if rec[0] == got[2][0] {
				assert.Equal(t, rec, got[2])
			}
		}
	})
}

// decodeAny decodes an output written with the -out-encoding in args.
func decodeAny(t *testing.T, args []string, out string) string {
	t.Helper()
	for i, a := range args {
		if a == "-out-encoding" {
			e, err := encodingNamed(a, args[i+1])
			require.NoError(t, err)
			return decodeText(t, e, out)
		}
	}
	return out
}

// TestRejectsInInputEncoding checks that the reject file of a CSV input is
// in the input's encoding: its byte-order mark, the header and each
// rejected record as the input's bytes, and line ends encoded as the text
// is; it decodes to the rejected lines, and reads again as the input did.
func TestRejectsInInputEncoding(t *testing.T) {
	raw, text := cp1252Fixture(t, acledCP1252)
	uraw, utext := cp1252Fixture(t, ucdpCP1252)
	// ACLED has published years such as 0025 (REFERENCE.md §1.4); no 31
	// February exists.
	spoilA := func(s string) string { return replaceOnce(t, s, ",7-May-20,", ",7-May-0025,") }
	spoilU := func(s string) string { return replaceOnce(t, s, ",2015-04-18,2015-04-20,", ",2015-02-31,2015-04-20,") }
	lines := func(s string) []string { return strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") }
	a, u := lines(text), lines(utext)
	require.Len(t, a, 4, "the header and three records (the first holds a bare LF)")
	require.Contains(t, a[2], "SYR78190")
	require.Len(t, u, 7, "the header and six records (the second holds two bare LFs)")
	require.True(t, strings.HasPrefix(u[3], "209857,"))
	in := func(e encoding.Encoding, lines ...string) string { return encodeText(t, e, crlf(lines...)) }

	tests := []struct {
		name    string
		format  string
		bom     string // the input's byte-order mark
		in      string // the input after it
		args    []string
		enc     encoding.Encoding
		rejects string // the reject file after the byte-order mark
		line    int    // where the rejected record starts
	}{
		{
			name: "ACLED, UTF-16LE with a byte-order mark", format: "acled", bom: "\xff\xfe",
			in: in(utf16LE, a[0], a[1], spoilA(a[2]), a[3]), enc: utf16LE, rejects: in(utf16LE, a[0], spoilA(a[2])), line: 4,
		},
		{
			name: "ACLED, UTF-16BE with a byte-order mark", format: "acled", bom: "\xfe\xff",
			in: in(utf16BE, a[0], a[1], spoilA(a[2]), a[3]), enc: utf16BE, rejects: in(utf16BE, a[0], spoilA(a[2])), line: 4,
		},
		{
			name: "ACLED, UTF-16LE without one, named", format: "acled", args: []string{"-encoding", "utf-16le"},
			in: in(utf16LE, a[0], a[1], spoilA(a[2]), a[3]), enc: utf16LE, rejects: in(utf16LE, a[0], spoilA(a[2])), line: 4,
		},
		{
			name: "ACLED, Windows-1252", format: "acled",
			in: spoilA(raw), enc: charmap.Windows1252, rejects: in(charmap.Windows1252, a[0], spoilA(a[2])), line: 4,
		},
		{
			name: "ACLED, UTF-8 with a byte-order mark", format: "acled", bom: "\xef\xbb\xbf",
			in: spoilA(text), enc: unicode.UTF8, rejects: crlf(a[0], spoilA(a[2])), line: 4,
		},
		{
			name: "UCDP GED, Windows-1252", format: "ucdp",
			in: spoilU(uraw), enc: charmap.Windows1252, rejects: in(charmap.Windows1252, u[0], spoilU(u[3])), line: 6,
		},
		{
			name: "UCDP GED, UTF-16BE with a byte-order mark", format: "ucdp", bom: "\xfe\xff",
			in: encodeText(t, utf16BE, spoilU(utext)), enc: utf16BE, rejects: in(utf16BE, u[0], spoilU(u[3])), line: 6,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			rejects := filepath.Join(dir, "rejects.csv")
			r := runConvert(t, tc.bom+tc.in, append([]string{"-from", tc.format, "-to", "ndjson", "-lenient", "-rejects", rejects}, tc.args...)...)
			require.Equal(t, exitOK, r.status, r.stderr)
			at := "convert: rejected: event: line " + strconv.Itoa(tc.line) + ", column "
			assert.Contains(t, stderrLine(r.stderr, at), event.ErrBadDate.Error(), r.stderr)
			got := readFile(t, rejects)
			assert.Equal(t, tc.bom+tc.rejects, got, "the reject file, byte for byte")

			// It decodes to the header and the record, and reads again as
			// the input did: the same record rejected for the same reason.
			require.True(t, strings.HasPrefix(got, tc.bom))
			assert.Len(t, csvRecords(t, decodeText(t, tc.enc, got[len(tc.bom):])), 2, "the header and one record")
			again := filepath.Join(dir, "again.csv")
			r2 := runConvert(t, got, append([]string{"-from", tc.format, "-to", "ndjson", "-lenient", "-rejects", again}, tc.args...)...)
			require.Equal(t, exitOK, r2.status, r2.stderr)
			assert.Equal(t, "read 1, wrote 0, rejected 1, warnings 0, lost 0", summaryLine(r2.stderr))
			assert.Contains(t, stderrLine(r2.stderr, "convert: rejected: event: line 2, column "), event.ErrBadDate.Error(), r2.stderr)
			assert.Equal(t, got, readFile(t, again), "rejected again, the same bytes")
		})
	}
}

// TestRejectReports checks the NDJSON reject reports of the inputs whose
// records cannot be given back in their own format (the native tables,
// GeoJSON): the record as text when it is UTF-8 text, else its exact
// bytes, which JSON text would not keep (encoding/json turns a byte that
// is not UTF-8 into U+FFFD).
func TestRejectReports(t *testing.T) {
	raw, _ := cp1252Fixture(t, acledCP1252)
	nd := toNDJSON(t, "acled", raw)
	spoil := func(t *testing.T, s string) string { return replaceOnce(t, s, ",2020-05-07,", ",2020-02-31,") }
	// tablesWith writes the events as tables in enc, spoils the start of
	// the second event (the first with text beyond ASCII; the first event's
	// notes hold a line feed, so it starts on line 4), and returns the
	// directory and the spoilt row as the table holds it.
	tablesWith := func(t *testing.T, enc encoding.Encoding, bom string) (string, string) {
		dir := writeTablesIn(t, nd, enc, bom != "")
		var row string
		editTable(t, dir, "events.csv", func(s string) string {
			lines := strings.Split(decodeText(t, enc, strings.TrimPrefix(s, bom)), "\n")
			require.Contains(t, lines[3], "Kobanê")
			lines[3] = spoil(t, lines[3])
			row = encodeText(t, enc, lines[3])
			return bom + encodeText(t, enc, strings.Join(lines, "\n"))
		})
		return dir, row
	}
	geo := runConvert(t, nd, "-from", "ndjson", "-to", "geojson")
	require.Equal(t, exitOK, geo.status, geo.stderr)
	features := strings.Split(geo.stdout, "\n")
	require.Len(t, features, 6, "the opening, three features, the end and nothing")

	tests := []struct {
		name  string
		build func(t *testing.T) (stdin string, args []string, record string)
		text  bool // the record is given as text
		field string
		line  int
	}{
		{
			name: "tables in UTF-8: text",
			build: func(t *testing.T) (string, []string, string) {
				dir, row := tablesWith(t, unicode.UTF8, "")
				return "", []string{"-from", "csv", "-in", dir}, row
			},
			text: true, field: "events.csv: start", line: 4,
		},
		{
			name: "tables in Windows-1252: bytes",
			build: func(t *testing.T) (string, []string, string) {
				dir, row := tablesWith(t, charmap.Windows1252, "")
				return "", []string{"-from", "csv", "-in", dir}, row
			},
			field: "events.csv: start", line: 4,
		},
		{
			name: "tables in UTF-16LE with byte-order marks: bytes",
			build: func(t *testing.T) (string, []string, string) {
				dir, row := tablesWith(t, utf16LE, "\xff\xfe")
				return "", []string{"-from", "csv", "-in", dir}, row
			},
			field: "events.csv: start", line: 4,
		},
		{
			name: "GeoJSON with a byte that is not UTF-8: bytes",
			build: func(t *testing.T) (string, []string, string) {
				f := features[2]
				i := strings.Index(f, `"event":{`)
				require.Positive(t, i)
				bad := f[:i] + replaceOnce(t, f[i:], "Kobanê", "Koban\xea")
				return strings.Replace(geo.stdout, f, bad, 1), []string{"-from", "geojson"}, strings.TrimSuffix(bad, ",")
			},
			field: "features[1].properties.event", line: 3,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stdin, args, record := tc.build(t)
			rejects := filepath.Join(t.TempDir(), "rejects.ndjson")
			r := runConvert(t, stdin, append(args, "-to", "ndjson", "-lenient", "-rejects", rejects)...)
			require.Equal(t, exitOK, r.status, r.stderr)
			assert.Equal(t, "read 3, wrote 2, rejected 1, warnings 0, lost 0", summaryLine(r.stderr))
			lines := strings.Split(strings.TrimSuffix(readFile(t, rejects), "\n"), "\n")
			require.Len(t, lines, 1)
			var rep report
			require.NoError(t, json.Unmarshal([]byte(lines[0]), &rep))
			assert.Equal(t, tc.field, rep.Field)
			assert.Equal(t, tc.line, rep.Line)
			if tc.text {
				assert.Equal(t, record, rep.Record)
				assert.Nil(t, rep.RecordBytes)
			} else {
				assert.Empty(t, rep.Record)
				assert.Equal(t, []byte(record), rep.RecordBytes)
			}
		})
	}
}
