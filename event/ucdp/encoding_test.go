package ucdp_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/ucdp"
)

// win1252Path is GED 19.1 records as Excel for Windows saves them:
// Windows-1252, CR LF, a bare LF in a quoted cell (see its SOURCE note).
const win1252Path = "testdata/ged191_windows1252.csv"

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

// TestFilesAsFound reads the fixture in the forms files are found in,
// checks the text and what the events remember, and writes it back byte
// for byte with a Writer given no options: directly, and after a detour
// through the events' JSON.
func TestFilesAsFound(t *testing.T) {
	raw, err := os.ReadFile(win1252Path)
	require.NoError(t, err)
	text, err := charmap.Windows1252.NewDecoder().String(string(raw))
	require.NoError(t, err)
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	tests := []struct {
		name     string
		in       []byte
		option   encoding.Encoding
		used     encoding.Encoding
		bom      bool
		lineEnd  string
		encoding string // Extra.Encoding of the records after the first
	}{
		{"Windows-1252 and CR LF, detected", raw, nil, charmap.Windows1252, false, "\r\n", "windows-1252"},
		{"UTF-8, LF as UCDP publishes", []byte(strings.ReplaceAll(text, "\r\n", "\n")), nil, unicode.UTF8, false, "\n", ""},
		{"UTF-16LE with a byte-order mark", encodeText(t, text, utf16le, true), nil, utf16le, true, "\r\n", "utf-16le"},
		{"CR line ends, Mac Roman by option", encodeText(t, strings.ReplaceAll(text, "\r\n", "\r"), charmap.Macintosh, false), charmap.Macintosh, charmap.Macintosh, false, "\r", "macintosh"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := ucdp.NewReader(bytes.NewReader(tc.in))
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
			require.Len(t, events, 6)
			assert.Equal(t, []int{2, 3, 6, 7, 8, 9}, lines, "record 209406 spans three lines")
			assert.Equal(t, " Myanmar's Defense Ministry - statement\n Myawaddy TV\nMNDAA spokesperson Tun Myat Lin",
				extra(t, events[1]).SourceOriginal, "the bare LFs kept")
			assert.Equal(t, "unclear (pärmen/binder)", extra(t, events[5]).SourceArticle)
			used, bom := r.EncodingUsed()
			assert.Equal(t, tc.used, used)
			assert.Equal(t, tc.bom, bom)
			assert.Equal(t, tc.lineEnd, r.LineEnd())
			for i, e := range events {
				x := extra(t, e)
				want := tc.encoding
				if i <= 1 && tc.option == nil && !tc.bom {
					want = "" // read before the first non-ASCII byte
				}
				assert.Equal(t, want, x.Encoding, "record %d", i)
				assert.Equal(t, tc.bom, x.BOM)
				assert.Equal(t, tc.lineEnd == "\r\n", x.CRLF)
				assert.Equal(t, tc.lineEnd == "\r", x.CR)
			}
			assert.Equal(t, string(tc.in), string(writeDefault(t, events)), "written back as read")
			var back []event.Event
			for _, e := range events {
				b, err := event.MarshalEvent(e)
				require.NoError(t, err)
				e2, err := event.UnmarshalEvent(b)
				require.NoError(t, err)
				back = append(back, e2)
			}
			assert.Equal(t, string(tc.in), string(writeDefault(t, back)), "and after a detour through JSON")
		})
	}
}

// writeDefault writes events with a Writer given no options.
func writeDefault(t *testing.T, events []event.Event) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := ucdp.NewWriter(&buf)
	for _, e := range events {
		require.NoError(t, w.Write(e))
	}
	require.NoError(t, w.Close())
	return buf.Bytes()
}

// TestWriteUnencodable writes the Syria sample in Windows-1252: the records
// whose text holds Cyrillic letters (a source cited as "РИАН") are refused,
// naming the column and the letter; every other record is written.
func TestWriteUnencodable(t *testing.T) {
	in, err := os.ReadFile(filepath.Join(sharedData, "ucdp_ged_sample.csv"))
	require.NoError(t, err)
	events, err := ucdp.ReadAll(bytes.NewReader(in))
	require.NoError(t, err)
	var buf bytes.Buffer
	w := ucdp.NewWriter(&buf)
	w.Encoding = charmap.Windows1252
	var refused []string
	written := 0
	for _, e := range events {
		err := w.Write(e)
		if err == nil {
			written++
			continue
		}
		var we *ucdp.WriteError
		require.ErrorAs(t, err, &we)
		assert.ErrorIs(t, err, event.ErrEncoding)
		assert.Equal(t, e.ID, we.ID)
		assert.Contains(t, err.Error(), "(U+04")
		refused = append(refused, we.Field)
	}
	require.NoError(t, w.Close())
	assert.Equal(t, []string{"source_article", "source_article"}, refused, "two records cite РИАН")
	assert.Equal(t, len(events)-len(refused), written)
	back, err := ucdp.ReadAll(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err, "the output is readable, all of it")
	assert.Len(t, back, written)
}
