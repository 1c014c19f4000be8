package flatcsv

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/conflictkit/conflict/event"
)

// utf16le returns s in UTF-16LE, and utf16be in UTF-16BE.
func utf16le(s string) string { return utf16bytes(s, false) }
func utf16be(s string) string { return utf16bytes(s, true) }

func utf16bytes(s string, be bool) string {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if be {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return string(b)
}

// got is what one Read gave, with the positions of an error.
type got struct {
	fields []string
	line   int
	raw    string
	err    error // the sentinel or csv error expected in the chain
	pos    [3]int64
	field  string
}

// readGot reads r to the end, recording each record or error.
func readGot(t *testing.T, r *Reader) []got {
	t.Helper()
	var out []got
	for range 100 {
		f, err := r.Read()
		if err == io.EOF {
			return out
		}
		if err != nil {
			var pe *event.ParseError
			require.ErrorAs(t, err, &pe, "a record error")
			out = append(out, got{err: pe.Err, pos: [3]int64{int64(pe.Line), int64(pe.Column), pe.Offset}, field: pe.Field, raw: string(pe.Record)})
			continue
		}
		out = append(out, got{fields: append([]string(nil), f...), line: r.Line(), raw: string(r.Raw())})
	}
	t.Fatal("no end")
	return nil
}

func TestReaderEdges(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		enc     encoding.Encoding
		header  []string
		lineEnd string
		used    encoding.Encoding
		bom     bool
		want    []got
	}{
		{
			name: "CR LF inside a quoted cell of a CR LF file is kept", in: "a,b\r\n\"x\r\ny\",2\r\n3,4\r\n",
			header: []string{"a", "b"}, lineEnd: "\r\n", used: unicode.UTF8,
			want: []got{{fields: []string{"x\r\ny", "2"}, line: 2, raw: "\"x\r\ny\",2"}, {fields: []string{"3", "4"}, line: 4, raw: "3,4"}},
		},
		{
			name: "a bare LF inside a quoted cell of a CR LF file is kept", in: "a,b\r\n\"x\ny\",2\r\n3,4\r\n",
			header: []string{"a", "b"}, lineEnd: "\r\n", used: unicode.UTF8,
			want: []got{{fields: []string{"x\ny", "2"}, line: 2, raw: "\"x\ny\",2"}, {fields: []string{"3", "4"}, line: 4, raw: "3,4"}},
		},
		{
			name: "a lone CR inside a quoted cell of an LF file is kept", in: "a,b\n\"x\ry\",2\n3,4\n",
			header: []string{"a", "b"}, lineEnd: "\n", used: unicode.UTF8,
			want: []got{{fields: []string{"x\ry", "2"}, line: 2, raw: "\"x\ry\",2"}, {fields: []string{"3", "4"}, line: 3, raw: "3,4"}},
		},
		{
			name: "a lone CR in an unquoted cell of an LF file is data, as in encoding/csv", in: "a,b\n1\r2,3\n",
			header: []string{"a", "b"}, lineEnd: "\n", used: unicode.UTF8,
			want: []got{{fields: []string{"1\r2", "3"}, line: 2, raw: "1\r2,3"}},
		},
		{
			name: "a CR before the end of input is dropped, as in encoding/csv", in: "a\n1\r",
			header: []string{"a"}, lineEnd: "\n", used: unicode.UTF8,
			want: []got{{fields: []string{"1"}, line: 2, raw: "1"}},
		},
		{
			name: "CR-only file (Excel for Mac)", in: "a,b\r1,2\r\"x\ry\",3\r\r4,5\r",
			header: []string{"a", "b"}, lineEnd: "\r", used: unicode.UTF8,
			want: []got{
				{fields: []string{"1", "2"}, line: 2, raw: "1,2"},
				{fields: []string{"x\ry", "3"}, line: 3, raw: "\"x\ry\",3"},
				{fields: []string{"4", "5"}, line: 6, raw: "4,5"}, // after a blank line
			},
		},
		{
			name: "CR-only file: an LF in a quoted cell is kept, and counts as a line", in: "a,b\r\"x\ny\",1\r2,3",
			header: []string{"a", "b"}, lineEnd: "\r", used: unicode.UTF8,
			want: []got{{fields: []string{"x\ny", "1"}, line: 2, raw: "\"x\ny\",1"}, {fields: []string{"2", "3"}, line: 4, raw: "2,3"}},
		},
		{
			name: "blank lines of every kind are skipped", in: "a\r\n\r\n\n1\r\n\n",
			header: []string{"a"}, lineEnd: "\r\n", used: unicode.UTF8,
			want: []got{{fields: []string{"1"}, line: 4, raw: "1"}},
		},
		{
			name: "empty and quoted fields", in: "a,b,c\n,,\n\"\",\"x\"\"y\",\"\"\"\"\n",
			header: []string{"a", "b", "c"}, lineEnd: "\n", used: unicode.UTF8,
			want: []got{{fields: []string{"", "", ""}, line: 2, raw: ",,"}, {fields: []string{"", "x\"y", "\""}, line: 3, raw: "\"\",\"x\"\"y\",\"\"\"\""}},
		},
		{
			name: "quote open at the end of input", in: "a,b\n1,2\n3,\"x\ny\n",
			header: []string{"a", "b"}, lineEnd: "\n", used: unicode.UTF8,
			want: []got{{fields: []string{"1", "2"}, line: 2, raw: "1,2"}, {err: csv.ErrQuote, pos: [3]int64{4, 3, 8}, raw: "3,\"x\ny"}},
		},
		{
			name: "extraneous quote after a quoted field, then a good record", in: "a,b\n\"x\"y,2\n3,4\n",
			header: []string{"a", "b"}, lineEnd: "\n", used: unicode.UTF8,
			want: []got{{err: csv.ErrQuote, pos: [3]int64{2, 3, 4}, raw: "\"x\"y,2"}, {fields: []string{"3", "4"}, line: 3, raw: "3,4"}},
		},
		{
			name: "a NUL byte is bad text, at its column, and reading goes on", in: "a,b\n1,x\x00y\n3,4\n",
			header: []string{"a", "b"}, lineEnd: "\n", used: unicode.UTF8,
			want: []got{{err: event.ErrBadText, pos: [3]int64{2, 4, 4}, field: "b", raw: "1,x\x00y"}, {fields: []string{"3", "4"}, line: 3, raw: "3,4"}},
		},
		{
			name: "UTF-8 byte-order mark", in: "\ufeffa,b\n1,é\n",
			header: []string{"a", "b"}, lineEnd: "\n", used: unicode.UTF8, bom: true,
			want: []got{{fields: []string{"1", "é"}, line: 2, raw: "1,é"}},
		},
		{
			name: "UTF-8 byte-order mark, then a byte that is not UTF-8", in: "\ufeffa,b\n1,S\xe9l\xe9ka\n2,é\n",
			header: []string{"a", "b"}, lineEnd: "\n", used: unicode.UTF8, bom: true,
			want: []got{{err: event.ErrBadText, pos: [3]int64{2, 4, 7}, field: "b", raw: "1,S\xe9l\xe9ka"}, {fields: []string{"2", "é"}, line: 3, raw: "2,é"}},
		},
		{
			name: "UTF-16LE with a byte-order mark", in: "\xff\xfe" + utf16le("a,b\r\n1,Séléka\r\n\"x\ny\",2\r\n"),
			header: []string{"a", "b"}, lineEnd: "\r\n", used: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), bom: true,
			want: []got{
				{fields: []string{"1", "Séléka"}, line: 2, raw: utf16le("1,Séléka")},
				{fields: []string{"x\ny", "2"}, line: 3, raw: utf16le("\"x\ny\",2")},
			},
		},
		{
			name: "UTF-16BE with a byte-order mark", in: "\xfe\xff" + utf16be("a\n𝄞\n"),
			header: []string{"a"}, lineEnd: "\n", used: unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), bom: true,
			want: []got{{fields: []string{"𝄞"}, line: 2, raw: utf16be("𝄞")}},
		},
		{
			name: "UTF-16LE: positions count input bytes", in: "\xff\xfe" + utf16le("a,b\nSéléka,\"x\"y\n"),
			header: []string{"a", "b"}, lineEnd: "\n", used: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), bom: true,
			want: []got{{err: csv.ErrQuote, pos: [3]int64{2, 19, 10}, raw: utf16le("Séléka,\"x\"y")}},
		},
		{
			name: "UTF-16LE: an unpaired surrogate is bad text, not U+FFFD", in: "\xff\xfe" + utf16le("a,b\n1,x") + "\x00\xd8" + utf16le("\n2,y\n"),
			header: []string{"a", "b"}, lineEnd: "\n", used: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), bom: true,
			want: []got{
				{err: event.ErrBadText, pos: [3]int64{2, 7, 10}, field: "b", raw: utf16le("1,x") + "\x00\xd8"},
				{fields: []string{"2", "y"}, line: 3, raw: utf16le("2,y")},
			},
		},
		{
			name: "UTF-16LE by option, without a byte-order mark", in: utf16le("a\né\n"), enc: unicode.UTF16(unicode.LittleEndian, unicode.UseBOM),
			header: []string{"a"}, lineEnd: "\n", used: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM),
			want: []got{{fields: []string{"é"}, line: 2, raw: utf16le("é")}},
		},
		{
			name: "UTF-16LE of odd length: the text before the half code unit is read", in: "\xff\xfe" + utf16le("a\nx\ny") + "z",
			header: []string{"a"}, lineEnd: "\n", used: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), bom: true,
			want: []got{
				{fields: []string{"x"}, line: 2, raw: utf16le("x")},
				{fields: []string{"y"}, line: 3, raw: utf16le("y")},
				{err: event.ErrBadText, pos: [3]int64{3, 3, 12}},
			},
		},
		{
			name: "Windows-1252 detected at the first non-ASCII byte", in: "a,b\n1,x\n2,S\xe9l\xe9ka\n3,\x80\n",
			header: []string{"a", "b"}, lineEnd: "\n", used: charmap.Windows1252,
			want: []got{
				{fields: []string{"1", "x"}, line: 2, raw: "1,x"},
				{fields: []string{"2", "Séléka"}, line: 3, raw: "2,S\xe9l\xe9ka"},
				{fields: []string{"3", "€"}, line: 4, raw: "3,\x80"},
			},
		},
		{
			name: "Windows-1252 in the header", in: "caf\xe9,b\n1,2\n",
			header: []string{"café", "b"}, lineEnd: "\n", used: charmap.Windows1252,
			want: []got{{fields: []string{"1", "2"}, line: 2, raw: "1,2"}},
		},
		{
			name: "a UTF-8 lead byte before a comma is Windows-1252", in: "a,b\n\xc3,\xa9\n",
			header: []string{"a", "b"}, lineEnd: "\n", used: charmap.Windows1252,
			want: []got{{fields: []string{"Ã", "©"}, line: 2, raw: "\xc3,\xa9"}},
		},
		{
			name: "the bytes Windows-1252 leaves undefined read as C1 controls", in: "a\n\x81\x8d\x8f\x90\x9d\n",
			header: []string{"a"}, lineEnd: "\n", used: charmap.Windows1252,
			want: []got{{fields: []string{"\u0081\u008d\u008f\u0090\u009d"}, line: 2, raw: "\x81\x8d\x8f\x90\x9d"}},
		},
		{
			name: "UTF-8 settled, then a Windows-1252 byte: the file mixes encodings", in: "a,b\n1,é\n2,S\xe9l\xe9ka\n3,ü\n",
			header: []string{"a", "b"}, lineEnd: "\n", used: unicode.UTF8,
			want: []got{
				{fields: []string{"1", "é"}, line: 2, raw: "1,é"},
				{err: event.ErrBadText, pos: [3]int64{3, 4, 9}, field: "b", raw: "2,S\xe9l\xe9ka"},
				{fields: []string{"3", "ü"}, line: 4, raw: "3,ü"},
			},
		},
		{
			name: "UTF-8 by option refuses a Windows-1252 byte", in: "a\nS\xe9l\xe9ka\n", enc: unicode.UTF8,
			header: []string{"a"}, lineEnd: "\n", used: unicode.UTF8,
			want: []got{{err: event.ErrBadText, pos: [3]int64{2, 2, 2}, field: "a", raw: "S\xe9l\xe9ka"}},
		},
		{
			name: "ISO-8859-1 by option", in: "a\n\xe9\x80\n", enc: charmap.ISO8859_1,
			header: []string{"a"}, lineEnd: "\n", used: charmap.ISO8859_1,
			want: []got{{fields: []string{"é\u0080"}, line: 2, raw: "\xe9\x80"}},
		},
		{
			name: "a byte ISO-8859-7 does not define is bad text", in: "a\n\xe1\xd2\n", enc: charmap.ISO8859_7,
			header: []string{"a"}, lineEnd: "\n", used: charmap.ISO8859_7,
			want: []got{{err: event.ErrBadText, pos: [3]int64{2, 2, 2}, field: "a", raw: "\xe1\xd2"}},
		},
		{
			name: "a byte-order mark wins over the option", in: "\ufeffa\né\n", enc: charmap.Windows1252,
			header: []string{"a"}, lineEnd: "\n", used: unicode.UTF8, bom: true,
			want: []got{{fields: []string{"é"}, line: 2, raw: "é"}},
		},
	}
	for _, tc := range tests {
		for _, oneByte := range []bool{false, true} {
			name := tc.name
			var in io.Reader = strings.NewReader(tc.in)
			if oneByte {
				name += " (one byte at a time)"
				in = iotest.OneByteReader(in)
			}
			t.Run(name, func(t *testing.T) {
				r := NewReader(in, 0)
				r.Encoding = tc.enc
				h, err := r.Header()
				require.NoError(t, err)
				assert.Equal(t, tc.header, h)
				out := readGot(t, r)
				require.Len(t, out, len(tc.want))
				for i, w := range tc.want {
					g := out[i]
					if w.err != nil {
						assert.ErrorIs(t, g.err, w.err, "record %d", i)
						g.err = w.err
					}
					assert.Equal(t, w, g, "record %d", i)
				}
				assert.Equal(t, tc.lineEnd, r.LineEnd())
				enc, bom := r.EncodingUsed()
				assert.Equal(t, tc.used, enc)
				assert.Equal(t, tc.bom, bom)
			})
		}
	}
}

// TestErrorMessages checks what the bad-text errors say.
func TestErrorMessages(t *testing.T) {
	tests := []struct {
		name string
		in   string
		enc  encoding.Encoding
		want string
	}{
		{"mixed encodings", "a\né\n\xe9\n", nil,
			"event: line 3, column 1, field \"a\": text is not valid UTF-8: byte 0xE9 is not UTF-8, which the text before it is: the file mixes encodings (set the reader's Encoding if the file is not UTF-8)"},
		{"the option says UTF-8", "a\n\xe9\n", unicode.UTF8,
			"event: line 2, column 1, field \"a\": text is not valid UTF-8: byte 0xE9 is not UTF-8, which the reader's Encoding says the file is"},
		{"the byte-order mark says UTF-8", "\ufeffa\n\xe9\n", nil,
			"event: line 2, column 1, field \"a\": text is not valid UTF-8: byte 0xE9 is not UTF-8, which the file's byte-order mark says it is"},
		{"NUL", "a\nx\x00\n", nil,
			"event: line 2, column 2, field \"a\": text is not valid UTF-8: a NUL byte, which is not text"},
		{"undefined byte", "a\n\xd2\n", charmap.ISO8859_7,
			"event: line 2, column 1, field \"a\": text is not valid UTF-8: byte 0xD2 is not a character in iso-8859-7"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tc.in), 0)
			r.Encoding = tc.enc
			var err error
			for range 3 {
				if _, err = r.Read(); err != nil {
					break
				}
			}
			require.Error(t, err)
			assert.Equal(t, tc.want, err.Error())
		})
	}
}

func TestHeaderEncodingErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		enc  encoding.Encoding
		err  error
		msg  string
	}{
		{name: "UTF-16LE without a byte-order mark", in: utf16le("a,b\r\n1,2\r\n"), err: event.ErrBadText, msg: "looks like UTF-16LE without a byte-order mark"},
		{name: "UTF-16BE without a byte-order mark", in: utf16be("a,b\r\n1,2\r\n"), err: event.ErrBadText, msg: "looks like UTF-16BE without a byte-order mark"},
		{name: "NUL in a header", in: "a\x00b\n", err: event.ErrBadText, msg: "a NUL byte"},
		{name: "UTF-16 of odd length", in: "\xff\xfea", err: event.ErrBadText, msg: "half a code unit"},
		{name: "an encoding with no lossless decoder", in: "a\n", enc: unicode.UTF8BOM, msg: ""},
		{name: "EBCDIC is not ASCII-compatible", in: "a\n", enc: charmap.CodePage037, msg: "not ASCII-compatible"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tc.in), 0)
			r.Encoding = tc.enc
			_, err := r.Header()
			if tc.msg == "" {
				assert.NoError(t, err, "UTF-8 with BOM handling is UTF-8")
				return
			}
			require.Error(t, err)
			if tc.err != nil {
				var pe *event.ParseError
				require.ErrorAs(t, err, &pe)
				assert.ErrorIs(t, err, tc.err)
				assert.Equal(t, 1, pe.Line)
			}
			assert.Contains(t, err.Error(), tc.msg)
			_, again := r.Read()
			assert.Equal(t, err, again, "a header error is final")
		})
	}
}

// splitReader hands out its input in the pieces given.
type splitReader struct{ pieces []string }

func (s *splitReader) Read(p []byte) (int, error) {
	if len(s.pieces) == 0 {
		return 0, io.EOF
	}
	n := copy(p, s.pieces[0])
	if s.pieces[0] = s.pieces[0][n:]; s.pieces[0] == "" {
		s.pieces = s.pieces[1:]
	}
	return n, nil
}

// TestDetectionAcrossReads: the decision at the first non-ASCII bytes does
// not depend on how the input is cut into reads, even inside a character
// or at the scanner's buffer boundary.
func TestDetectionAcrossReads(t *testing.T) {
	filler := "a\n" + strings.Repeat("x\n", (64<<10)/2) // the first non-ASCII byte after the first buffer's worth
	tests := []struct {
		name   string
		pieces []string
		want   string
		used   encoding.Encoding
	}{
		{"UTF-8 split inside a character", []string{"a\nS\xc3", "\xa9l\xc3\xa9ka\n"}, "Séléka", unicode.UTF8},
		{"Windows-1252 split after the byte", []string{"a\nS\xe9", "l\xe9ka\n"}, "Séléka", charmap.Windows1252},
		{"UTF-8 past the first buffer", []string{filler + "S\xc3", "\xa9l\xc3\xa9ka\n"}, "Séléka", unicode.UTF8},
		{"Windows-1252 past the first buffer", []string{filler + "S\xe9", "l\xe9ka\n"}, "Séléka", charmap.Windows1252},
		{"a lead byte at the end of the input", []string{"a\nx\xc3"}, "xÃ", charmap.Windows1252},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReader(&splitReader{pieces: tc.pieces}, 0)
			var last []string
			for {
				f, err := r.Read()
				if err == io.EOF {
					break
				}
				require.NoError(t, err)
				last = append(last[:0], f...)
			}
			assert.Equal(t, []string{tc.want}, last)
			enc, _ := r.EncodingUsed()
			assert.Equal(t, tc.used, enc)
		})
	}
}

// TestErrorPositions checks Error's positions in every encoding: input
// bytes.
func TestErrorPositions(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		field     int
		line, col int
		offset    int64
	}{
		{"UTF-8", "a,b\nSéléka,1\n", 1, 2, 10, 4},
		{"Windows-1252", "a,b\nS\xe9l\xe9ka,1\n", 1, 2, 8, 4},
		{"UTF-16LE", "\xff\xfe" + utf16le("a,b\nSéléka,1\n"), 1, 2, 15, 10},
		{"UTF-16LE, second line of a record", "\xff\xfe" + utf16le("a,b\n\"é\né\",1\n"), 1, 3, 7, 10},
		{"CR-only, second line of a record", "a,b\r\"\r\",1\r", 1, 3, 3, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tc.in), 0)
			_, err := r.Read()
			require.NoError(t, err)
			e := r.Error(tc.field, event.ErrBadDate)
			assert.Equal(t, [3]int64{int64(tc.line), int64(tc.col), tc.offset}, [3]int64{int64(e.Line), int64(e.Column), e.Offset})
			assert.Equal(t, "b", e.Field)
		})
	}
}

// TestRawIsInput: Raw and RawHeader give the input's bytes, whatever the
// encoding, so that a reject file is in the input's encoding.
func TestRawIsInput(t *testing.T) {
	for _, in := range []string{
		"a,b\n#x,#y\nS\xe9l\xe9ka,\x81\n",
		"\xff\xfe" + utf16le("a,b\r\n#x,#y\r\nSéléka,\"q\r\nq\"\r\n"),
		"\xfe\xff" + utf16be("a,b\r#x,#y\rSéléka,𝄞\r"),
	} {
		r := NewReader(strings.NewReader(in), 0)
		_, err := r.Read()
		require.NoError(t, err)
		enc, _ := r.EncodingUsed()
		le, err := enc.NewEncoder().String(r.LineEnd())
		require.NoError(t, err)
		bomLen := 0
		if _, bom := r.EncodingUsed(); bom {
			bomLen = 2
		}
		want := in[bomLen:]
		want = strings.TrimSuffix(want, le)
		assert.Equal(t, want, string(r.RawHeader())+le+string(r.Raw()))
	}
}

// TestLineEndCounts: lines are counted exactly in each line-end style.
func TestLineEndCounts(t *testing.T) {
	for _, end := range []string{"\n", "\r\n", "\r"} {
		in := strings.ReplaceAll("a,b\n\"1\n2\",x\n\n3,\"\n\"\n4,y\n", "\n", end)
		r := NewReader(strings.NewReader(in), 0)
		var lines []int
		for {
			_, err := r.Read()
			if errors.Is(err, io.EOF) {
				break
			}
			require.NoError(t, err)
			lines = append(lines, r.Line())
		}
		assert.Equal(t, []int{2, 5, 7}, lines, "%q", end)
		assert.Equal(t, end, r.LineEnd())
	}
}

// TestRecordEncoding: the encoding a record names for writing back.
func TestRecordEncoding(t *testing.T) {
	tests := []struct {
		name string
		in   string
		enc  encoding.Encoding
		want []string // per record
	}{
		{"UTF-8", "a\nx\né\n", nil, []string{"", ""}},
		{"detected: ASCII records name none", "a\nx\n\xe9\ny\n", nil, []string{"", "windows-1252", ""}},
		{"detected, under a non-ASCII header", "caf\xe9\nx\n", nil, []string{"windows-1252"}},
		{"detected, under a non-ASCII HXL row", "a\n#caf\xe9\nx\n", nil, []string{"windows-1252"}},
		{"given", "a\nx\n", charmap.ISO8859_1, []string{"iso-8859-1"}},
		{"by byte-order mark", "\xff\xfe" + utf16le("a\nx\n"), nil, []string{"utf-16le"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tc.in), 0)
			r.Encoding = tc.enc
			var got []string
			for {
				_, err := r.Read()
				if err == io.EOF {
					break
				}
				require.NoError(t, err)
				got = append(got, r.RecordEncoding())
			}
			assert.Equal(t, tc.want, got)
		})
	}
}
