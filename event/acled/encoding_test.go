package acled_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/acled"
)

// win1252Path is a Windows-1252 file with CR LF line ends and a bare LF
// in a quoted cell (see its SOURCE note).
const win1252Path = "testdata/windows1252.csv"

// encodeText returns text in enc, with a byte-order mark if bom.
func encodeText(t *testing.T, text string, enc encoding.Encoding, bom bool) []byte {
	t.Helper()
	if bom {
		text = "\ufeff" + text
	}
	b, err := enc.NewEncoder().Bytes([]byte(text))
	require.NoError(t, err)
	return b
}

// fileForms returns the fixture in the forms files are found in: as
// Windows-1252 and the other encodings, and with CR line ends.
func fileForms(t *testing.T) []struct {
	name     string
	in       []byte
	option   encoding.Encoding // the Reader's Encoding
	used     encoding.Encoding
	bom      bool
	lineEnd  string
	encoding string // Extra.Encoding of the records after the first
} {
	raw := readFile(t, win1252Path)
	text, err := charmap.Windows1252.NewDecoder().String(string(raw))
	require.NoError(t, err)
	cr := strings.ReplaceAll(text, "\r\n", "\r")
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	return []struct {
		name     string
		in       []byte
		option   encoding.Encoding
		used     encoding.Encoding
		bom      bool
		lineEnd  string
		encoding string
	}{
		{"Windows-1252, detected", raw, nil, charmap.Windows1252, false, "\r\n", "windows-1252"},
		{"ISO-8859-1 by option", raw, charmap.ISO8859_1, charmap.ISO8859_1, false, "\r\n", "iso-8859-1"},
		{"UTF-8", []byte(text), nil, unicode.UTF8, false, "\r\n", ""},
		{"UTF-8 with a byte-order mark", []byte("\ufeff" + text), nil, unicode.UTF8, true, "\r\n", ""},
		{"UTF-16LE with a byte-order mark", encodeText(t, text, utf16le, true), nil, utf16le, true, "\r\n", "utf-16le"},
		{"UTF-16BE with a byte-order mark", encodeText(t, text, utf16be, true), nil, utf16be, true, "\r\n", "utf-16be"},
		{"CR line ends and Mac Roman (Excel for Mac) by option", encodeText(t, cr, charmap.Macintosh, false), charmap.Macintosh, charmap.Macintosh, false, "\r", "macintosh"},
	}
}

// TestFilesAsFound reads the fixture in every form, checks the text and
// what the events remember, and writes it back byte for byte: directly,
// and after a detour through the events' JSON.
func TestFilesAsFound(t *testing.T) {
	for _, tc := range fileForms(t) {
		t.Run(tc.name, func(t *testing.T) {
			r := acled.NewReader(bytes.NewReader(tc.in))
			r.Encoding = tc.option
			var events []event.Event
			var lines []int
			for {
				e, err := r.Read()
				if err == io.EOF {
					break
				}
				require.NoError(t, err)
				events = append(events, e)
				lines = append(lines, r.Line())
			}
			require.Len(t, events, 3)
			assert.Equal(t, []int{2, 4, 5}, lines, "the first record spans two lines")
			assert.Equal(t, "On 9 May 2020, unidentified warplanes reportedly carried out airstrikes on an Iranian site near al-Bukamal in Deir-ez-Zor.\nNeither fatalities nor injuries were reported.",
				events[0].Notes, "the bare LF is kept")
			assert.Equal(t, "Kobanê", events[1].Where.Place.Name)
			assert.Equal(t, "Kobanê", events[2].Where.Place.Name)
			used, bom := r.EncodingUsed()
			assert.Equal(t, tc.used, used)
			assert.Equal(t, tc.bom, bom)
			assert.Equal(t, tc.lineEnd, r.LineEnd())
			for i, e := range events {
				x := extra(t, e)
				want := tc.encoding
				if i == 0 && tc.option == nil && !tc.bom {
					want = "" // read before the first non-ASCII byte
				}
				assert.Equal(t, want, x.Encoding, "record %d", i)
				assert.Equal(t, tc.bom, x.BOM)
				assert.Equal(t, tc.lineEnd == "\r\n", x.CRLF)
				assert.Equal(t, tc.lineEnd == "\r", x.CR)
				assert.Empty(t, x.Verbatim)
			}

			newWriter := func(w io.Writer) *acled.Writer { return acled.NewWriter(w) }
			assert.Equal(t, tc.in, write(t, newWriter, events), "written back as read")

			var back []event.Event
			for _, e := range events {
				b, err := event.MarshalEvent(e)
				require.NoError(t, err)
				e2, err := event.UnmarshalEvent(b)
				require.NoError(t, err)
				back = append(back, e2)
			}
			assert.Equal(t, tc.in, write(t, newWriter, back), "and after a detour through JSON")
		})
	}
}

// TestWriteUnencodable: an event with a character the encoding cannot
// hold is refused with the column and the character, nothing of it is
// written, and writing goes on.
func TestWriteUnencodable(t *testing.T) {
	res := readAll(t, readFile(t, win1252Path))
	require.Len(t, res.events, 3)
	bad := res.events[1]
	bad.Notes += " РИАН" // the Cyrillic abbreviation of RIA Novosti, as UCDP's Syria sample cites it
	var buf bytes.Buffer
	w := acled.NewWriter(&buf)
	require.NoError(t, w.Write(res.events[0]))
	err := w.Write(bad)
	var we *acled.WriteError
	require.ErrorAs(t, err, &we)
	assert.ErrorIs(t, err, event.ErrEncoding)
	assert.Equal(t, "notes", we.Field)
	assert.Equal(t, bad.ID, we.ID)
	assert.Contains(t, err.Error(), `character 'Р' (U+0420) has no form in windows-1252`)
	require.NoError(t, w.Write(res.events[2]), "writing goes on")
	require.NoError(t, w.Close())
	raw := readFile(t, win1252Path)
	lines := bytes.SplitAfter(raw, []byte("\r\n"))
	assert.Equal(t, string(bytes.Join([][]byte{lines[0], lines[1], lines[3]}, nil)), buf.String(),
		"the header, the first record and the third; nothing of the second")
}

// TestWriterEncodingOptions: options win over the events' Extra.
func TestWriterEncodingOptions(t *testing.T) {
	res := readAll(t, readFile(t, win1252Path))
	tests := []struct {
		name string
		set  func(*acled.Writer)
		want func(text string) string
	}{
		{"UTF-8 by option", func(w *acled.Writer) { w.Encoding = unicode.UTF8 }, func(s string) string { return s }},
		{"UTF-8 with a byte-order mark", func(w *acled.Writer) { w.Encoding, w.BOM = unicode.UTF8, true }, func(s string) string { return "\ufeff" + s }},
		{"LF line ends", func(w *acled.Writer) { w.Encoding, w.LineEnd = unicode.UTF8, "\n" },
			func(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }},
		{"CR line ends", func(w *acled.Writer) { w.Encoding, w.LineEnd = unicode.UTF8, "\r" },
			func(s string) string { return strings.ReplaceAll(s, "\r\n", "\r") }},
	}
	raw := readFile(t, win1252Path)
	text, err := charmap.Windows1252.NewDecoder().String(string(raw))
	require.NoError(t, err)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := write(t, func(w io.Writer) *acled.Writer {
				aw := acled.NewWriter(w)
				tc.set(aw)
				return aw
			}, res.events)
			assert.Equal(t, tc.want(text), string(out))
		})
	}
}

// TestOverLongRecordSkipped: a record over MaxRecordBytes is rejected and
// the next one read.
func TestOverLongRecordSkipped(t *testing.T) {
	base, _ := row(nil)
	long, _ := row(map[string]string{"notes": strings.Repeat("n", 200<<10)})
	r := acled.NewReader(strings.NewReader(currentHeader + "\n" + long + "\n" + base + "\n"))
	r.MaxRecordBytes = 1000
	_, err := r.Read()
	var pe *event.ParseError
	require.ErrorAs(t, err, &pe)
	assert.ErrorIs(t, err, event.ErrTooLong)
	assert.Equal(t, 2, pe.Line)
	assert.Equal(t, 2, r.Line())
	assert.Len(t, pe.Record, 1000)
	e, err := r.Read()
	require.NoError(t, err, "the next record is read")
	assert.Equal(t, event.DeriveID("acled", "SYR78126"), e.ID)
	assert.Equal(t, 3, r.Line())
	_, err = r.Read()
	assert.True(t, errors.Is(err, io.EOF))
}
