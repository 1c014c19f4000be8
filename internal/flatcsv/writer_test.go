package flatcsv

import (
	"bytes"
	"encoding/csv"
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
)

// stdlib writes records with encoding/csv.
func stdlib(t *testing.T, crlf bool, recs ...[]string) string {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = crlf
	require.NoError(t, w.WriteAll(recs))
	return b.String()
}

// TestWriterQuotesAsStdlib: the same quoting decisions as encoding/csv.
func TestWriterQuotesAsStdlib(t *testing.T) {
	recs := [][]string{
		{"", "a", "a b", " lead", "\tlead", "trail ", "x,y", "say \"hi\"", `\.`, `\.x`, "\u00a0nbsp", "\u2003em", "#", "'", "=1+2", "-5.2", "é", "中"},
		{"", ""},
	}
	for _, end := range []string{"\n", "\r\n"} {
		var b bytes.Buffer
		w := NewWriter(&b)
		w.LineEnd = end
		for _, r := range recs {
			require.NoError(t, w.Write(r))
		}
		require.NoError(t, w.Flush())
		assert.Equal(t, stdlib(t, end == "\r\n", recs...), b.String(), "%q", end)
	}
}

func TestWriter(t *testing.T) {
	tests := []struct {
		name    string
		lineEnd string
		enc     encoding.Encoding
		bom     bool
		recs    [][]string
		want    string
		errs    []int // index of the failing field per record, -1 for none
	}{
		{name: "a LF in a cell stays LF under CR LF line ends", lineEnd: "\r\n",
			recs: [][]string{{"a", "b"}, {"x\ny", "1"}}, want: "a,b\r\n\"x\ny\",1\r\n"},
		{name: "a CR LF and a lone CR in cells stay under LF line ends", lineEnd: "\n",
			recs: [][]string{{"x\r\ny", "p\rq"}}, want: "\"x\r\ny\",\"p\rq\"\n"},
		{name: "CR line ends", lineEnd: "\r",
			recs: [][]string{{"a"}, {"x\ry"}}, want: "a\r\"x\ry\"\r"},
		{name: "a record of one empty field is quoted, not a blank line", lineEnd: "\r\n",
			recs: [][]string{{"a"}, {""}, {"b"}}, want: "a\r\n\"\"\r\nb\r\n"},
		{name: "default line end is LF",
			recs: [][]string{{"a"}}, want: "a\n"},
		{name: "UTF-8 byte-order mark", bom: true,
			recs: [][]string{{"é"}}, want: "\ufeffé\n"},
		{name: "Windows-1252", enc: charmap.Windows1252,
			recs: [][]string{{"Séléka", "€", "\u0081\u008d\u008f\u0090\u009d"}}, want: "S\xe9l\xe9ka,\x80,\x81\x8d\x8f\x90\x9d\n"},
		{name: "a character Windows-1252 cannot hold refuses the record, and writing goes on", enc: charmap.Windows1252,
			recs: [][]string{{"a", "α"}, {"b", "\"é\""}}, want: "b,\"\"\"\xe9\"\"\"\n", errs: []int{1, -1}},
		{name: "text that is not UTF-8 cannot be encoded", enc: charmap.Windows1252,
			recs: [][]string{{"\xe9"}}, errs: []int{0}},
		{name: "UTF-8 writes bytes as they are",
			recs: [][]string{{"\xe9"}}, want: "\xe9\n"},
		{name: "UTF-16LE with a byte-order mark", enc: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), bom: true, lineEnd: "\r\n",
			recs: [][]string{{"a", "é,𝄞"}}, want: "\xff\xfe" + utf16le("a,\"é,𝄞\"\r\n")},
		{name: "UTF-16BE refuses text that is not UTF-8", enc: unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM),
			recs: [][]string{{"x\xff"}, {"y"}}, want: utf16be("y\n"), errs: []int{0, -1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			w := NewWriter(&b)
			w.LineEnd, w.Encoding, w.BOM = tc.lineEnd, tc.enc, tc.bom
			for i, r := range tc.recs {
				err := w.Write(r)
				if tc.errs == nil || tc.errs[i] < 0 {
					require.NoError(t, err)
					continue
				}
				var fe *FieldError
				require.ErrorAs(t, err, &fe)
				assert.ErrorIs(t, err, event.ErrEncoding)
				assert.Equal(t, tc.errs[i], fe.Field)
			}
			require.NoError(t, w.Flush())
			assert.Equal(t, tc.want, b.String())
		})
	}
}

func TestWriterMessages(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	w.Encoding = charmap.Windows1252
	assert.EqualError(t, w.Write([]string{"a", "Ελλάδα"}), `field 1: character 'Ε' (U+0395) has no form in windows-1252: character the output encoding cannot hold`)
	assert.EqualError(t, w.Write([]string{"x\xff"}), `field 0: byte 0xFF is not UTF-8 text, which windows-1252 cannot hold: character the output encoding cannot hold`)
}

func TestWriterOptionErrors(t *testing.T) {
	tests := []struct {
		name string
		set  func(*Writer)
		msg  string
	}{
		{"line end", func(w *Writer) { w.LineEnd = ";" }, `line end ";"`},
		{"byte-order mark in Windows-1252", func(w *Writer) { w.Encoding, w.BOM = charmap.Windows1252, true }, "windows-1252 has no byte-order mark"},
		{"EBCDIC", func(w *Writer) { w.Encoding = charmap.CodePage037 }, "not ASCII-compatible"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := NewWriter(io.Discard)
			tc.set(w)
			err := w.Write([]string{"a"})
			assert.ErrorContains(t, err, tc.msg)
			assert.Equal(t, err, w.Flush(), "the error is final")
		})
	}
}

// failWriter fails every write.
type failWriter struct{}

var errDisk = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errDisk }

func TestWriterIOError(t *testing.T) {
	w := NewWriter(failWriter{})
	require.NoError(t, w.Write([]string{"a"}), "buffered")
	assert.ErrorIs(t, w.Flush(), errDisk)
	assert.ErrorIs(t, w.Write([]string{"b"}), errDisk, "final")
}

func TestAdopt(t *testing.T) {
	tests := []struct {
		name   string
		before [][]string // written before Adopt
		enc    encoding.Encoding
		opt    encoding.Encoding // the Writer's Encoding option
		bom    bool
		ok     bool
		after  []string
		want   string
	}{
		{name: "nothing written yet", enc: charmap.Windows1252, ok: true, after: []string{"é"}, want: "\xe9\n"},
		{name: "ASCII written", before: [][]string{{"a"}}, enc: charmap.Windows1252, ok: true, after: []string{"é"}, want: "a\n\xe9\n"},
		{name: "non-ASCII written: UTF-8 is settled", before: [][]string{{"ü"}}, enc: charmap.Windows1252, after: []string{"é"}, want: "ü\né\n"},
		{name: "a byte-order mark written: UTF-8 is settled", bom: true, before: [][]string{{"a"}}, enc: charmap.Windows1252, after: []string{"é"}, want: "\ufeffa\né\n"},
		{name: "the option decides", opt: unicode.UTF8, enc: charmap.Windows1252, after: []string{"é"}, want: "é\n"},
		{name: "UTF-16 only before anything is written", before: [][]string{{"a"}}, enc: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), after: []string{"b"}, want: "a\nb\n"},
		{name: "UTF-16 at the start", enc: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), ok: true, after: []string{"b"}, want: utf16le("b\n")},
		{name: "the same encoding again", opt: charmap.ISO8859_1, before: [][]string{{"é"}}, enc: charmap.ISO8859_1, ok: true, after: []string{"é"}, want: "\xe9\n\xe9\n"},
		{name: "the same encoding again, Windows-1252", opt: charmap.Windows1252, before: [][]string{{"é"}}, enc: charmap.Windows1252, ok: true, after: []string{"é"}, want: "\xe9\n\xe9\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			w := NewWriter(&b)
			w.Encoding, w.BOM = tc.opt, tc.bom
			for _, r := range tc.before {
				require.NoError(t, w.Write(r))
			}
			assert.Equal(t, tc.ok, w.Adopt(tc.enc))
			require.NoError(t, w.Write(tc.after))
			require.NoError(t, w.Flush())
			assert.Equal(t, tc.want, b.String())
		})
	}
}

// TestRoundTrip: a file read and written back with the reader's line end,
// encoding and byte-order mark is the same bytes.
func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"CR LF file with a bare LF in a quoted cell", "a,notes\r\n1,\"first line\nsecond line\"\r\n2,\"x\r\ny\"\r\n"},
		{"CR-only file", "a,notes\r1,\"x\ry\"\r2,z\r"},
		{"Windows-1252 file, undefined bytes included", "a,notes\r\n1,S\xe9l\xe9ka\r\n2,\x81\x8d\x8f\x90\x9d \x80\r\n"},
		{"UTF-8 with a byte-order mark", "\ufeffa,notes\n1,Séléka\n"},
		{"UTF-16LE with a byte-order mark", "\xff\xfe" + utf16le("a,notes\r\n1,\"Séléka\n𝄞\"\r\n")},
		{"UTF-16BE with a byte-order mark", "\xfe\xff" + utf16be("a,notes\n1,é\n")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tc.in), 0)
			h, err := r.Header()
			require.NoError(t, err)
			var b bytes.Buffer
			w := NewWriter(&b)
			w.LineEnd = r.LineEnd()
			recs := [][]string{append([]string(nil), h...)}
			for {
				f, err := r.Read()
				if err == io.EOF {
					break
				}
				require.NoError(t, err)
				recs = append(recs, append([]string(nil), f...))
			}
			w.Encoding, w.BOM = r.EncodingUsed() // settled by the text read
			for _, rec := range recs {
				require.NoError(t, w.Write(rec))
			}
			require.NoError(t, w.Flush())
			assert.Equal(t, tc.in, b.String())
		})
	}
}
