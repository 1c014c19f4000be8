package table

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/conflictkit/conflict/event"
)

// TestTablesInEncodings writes the edge-case dataset in each encoding that
// can hold it and reads it back: the same dataset, the tables detected by
// their byte-order mark or read by the option.
func TestTablesInEncodings(t *testing.T) {
	d := readJSON(t, "edge.json")
	tests := []struct {
		name   string
		enc    encoding.Encoding
		bom    bool
		option encoding.Encoding // the Reader's
	}{
		{"UTF-8 with a byte-order mark", unicode.UTF8, true, nil},
		{"UTF-16LE with a byte-order mark", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), true, nil},
		{"UTF-16BE without a byte-order mark, by option", unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), false, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dst := memDest{}
			w := NewWriter(dst)
			w.Encoding, w.BOM, w.UseCRLF = tc.enc, tc.bom, true
			require.NoError(t, w.WriteDataset(d))
			r := NewReader(dst.fs())
			r.Encoding = tc.option
			got, err := r.ReadDataset()
			require.NoError(t, err)
			assert.Equal(t, d, got)
			enc, bom := r.EncodingUsed()
			assert.Equal(t, tc.enc, enc)
			assert.Equal(t, tc.bom, bom)
		})
	}
}

// TestTablesUnencodable: a dataset whose text Windows-1252 cannot hold is
// refused with the table, row and column, before anything of the event is
// written; an event that fits is written and read back.
func TestTablesUnencodable(t *testing.T) {
	d := readJSON(t, "edge.json")
	dst := memDest{}
	w := NewWriter(dst)
	w.Encoding = charmap.Windows1252
	err := w.WriteDataset(d)
	var we *WriteError
	require.ErrorAs(t, err, &we)
	assert.ErrorIs(t, err, event.ErrEncoding)
	assert.Equal(t, "actor_names.csv row 3: text", we.Field, "the Arabic name of the first actor")

	dst = memDest{}
	w = NewWriter(dst)
	w.Encoding = charmap.Windows1252
	e := event.Event{ID: d.Events[0].ID, Type: event.Battles, Title: "Kobanê"}
	require.NoError(t, w.Write(e))
	bad := e
	bad.Title = "РИАН" // Cyrillic, as UCDP's Syria sample cites RIA Novosti
	err = w.Write(bad)
	require.ErrorAs(t, err, &we)
	assert.ErrorIs(t, err, event.ErrEncoding)
	assert.Equal(t, "events.csv row 1: title", we.Field)
	require.NoError(t, w.Close())
	assert.Contains(t, dst["events.csv"].String(), "Koban\xea", "Windows-1252 bytes")
	got, err := ReadAll(dst.fs())
	require.NoError(t, err)
	require.Len(t, got, 1, "nothing of the refused event")
	assert.Equal(t, "Kobanê", got[0].Title)
}

// TestWideEncodings: the wide table in Windows-1252 and UTF-16, and a
// character it cannot hold refused with its column.
func TestWideEncodings(t *testing.T) {
	e := event.Event{ID: readJSON(t, "edge.json").Events[0].ID, Type: event.Battles, Title: "Kobanê", Notes: "first line\nsecond line"}
	tests := []struct {
		name string
		enc  encoding.Encoding
		bom  bool
		want string // in the output, decoded
	}{
		{"Windows-1252", charmap.Windows1252, false, "Kobanê"},
		{"UTF-16LE with a byte-order mark", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), true, "\ufeffid,"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := NewWideWriter(&buf)
			w.Encoding, w.BOM, w.UseCRLF = tc.enc, tc.bom, true
			require.NoError(t, w.Write(e))
			bad := e
			bad.Title = "РИАН" // Cyrillic, as UCDP's Syria sample cites RIA Novosti
			err := w.Write(bad)
			var we *WriteError
			if tc.enc == charmap.Windows1252 {
				require.ErrorAs(t, err, &we)
				assert.ErrorIs(t, err, event.ErrEncoding)
				assert.Equal(t, "title", we.Field)
			} else {
				require.NoError(t, err)
			}
			require.NoError(t, w.Close())
			text, err := tc.enc.NewDecoder().String(buf.String())
			require.NoError(t, err)
			assert.Contains(t, text, tc.want)
			assert.Contains(t, text, "\"first line\nsecond line\"", "the LF in a cell stays LF under CR LF line ends")
			assert.Equal(t, 1+1+strings.Count(text, "РИАН"), strings.Count(text, "\r\n"), "header and rows")
		})
	}
}
