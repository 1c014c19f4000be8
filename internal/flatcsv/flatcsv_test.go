package flatcsv

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/textenc"
)

// result is what one Read gave.
type result struct {
	fields []string
	line   int
	raw    string
	err    error
}

// readAll reads r to the end, going on past record errors.
func readAll(t *testing.T, r *Reader) []result {
	t.Helper()
	var out []result
	for range 100 {
		f, err := r.Read()
		if err == io.EOF {
			return out
		}
		if err != nil {
			out = append(out, result{err: err})
			var pe *event.ParseError
			if !errors.As(err, &pe) {
				return out
			}
			continue
		}
		out = append(out, result{fields: append([]string(nil), f...), line: r.Line(), raw: string(r.Raw())})
	}
	t.Fatal("no end")
	return nil
}

func TestReader(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		header  []string
		hxl     []string
		lineEnd string
		want    []result
	}{
		{
			name:    "LF",
			in:      "a,b\n1,2\n3,4\n",
			header:  []string{"a", "b"},
			lineEnd: "\n",
			want:    []result{{fields: []string{"1", "2"}, line: 2, raw: "1,2"}, {fields: []string{"3", "4"}, line: 3, raw: "3,4"}},
		},
		{
			name:    "CRLF, BOM and no final line end",
			in:      "\ufeffa,b\r\n1,2\r\n3,4",
			header:  []string{"a", "b"},
			lineEnd: "\r\n",
			want:    []result{{fields: []string{"1", "2"}, line: 2, raw: "1,2"}, {fields: []string{"3", "4"}, line: 3, raw: "3,4"}},
		},
		{
			name:    "BOM before a quoted header cell",
			in:      "\ufeff\"a\",b\n1,2\n",
			header:  []string{"a", "b"},
			lineEnd: "\n",
			want:    []result{{fields: []string{"1", "2"}, line: 2, raw: "1,2"}},
		},
		{
			name:    "HXL row is not data",
			in:      "a,b,c\n#event+code,,#date+occurred\n1,2,3\n",
			header:  []string{"a", "b", "c"},
			hxl:     []string{"#event+code", "", "#date+occurred"},
			lineEnd: "\n",
			want:    []result{{fields: []string{"1", "2", "3"}, line: 3, raw: "1,2,3"}},
		},
		{
			name:    "a row with one # cell among data is data",
			in:      "a,b\n#1,x\n",
			header:  []string{"a", "b"},
			lineEnd: "\n",
			want:    []result{{fields: []string{"#1", "x"}, line: 2, raw: "#1,x"}},
		},
		{
			name:    "newline inside a quoted field",
			in:      "a,b\n\"x\ny\",2\n3,4\n",
			header:  []string{"a", "b"},
			lineEnd: "\n",
			want:    []result{{fields: []string{"x\ny", "2"}, line: 2, raw: "\"x\ny\",2"}, {fields: []string{"3", "4"}, line: 4, raw: "3,4"}},
		},
		{
			name:    "blank lines are skipped and not part of the record",
			in:      "a,b\n\n\n1,2\n",
			header:  []string{"a", "b"},
			lineEnd: "\n",
			want:    []result{{fields: []string{"1", "2"}, line: 4, raw: "1,2"}},
		},
		{
			name:    "header only",
			in:      "a,b\n",
			header:  []string{"a", "b"},
			lineEnd: "\n",
		},
		{
			name:    "too few fields, then a good record",
			in:      "a,b,c\n1,2\n3,4,5\n",
			header:  []string{"a", "b", "c"},
			lineEnd: "\n",
			want: []result{
				{err: &event.ParseError{Line: 2, Column: 4, Offset: 6, Err: csv.ErrFieldCount, Record: []byte("1,2")}},
				{fields: []string{"3", "4", "5"}, line: 3, raw: "3,4,5"},
			},
		},
		{
			name:    "too many fields in the first record",
			in:      "a,b\n1,2,3\n",
			header:  []string{"a", "b"},
			lineEnd: "\n",
			want:    []result{{err: &event.ParseError{Line: 2, Column: 5, Offset: 4, Err: csv.ErrFieldCount, Record: []byte("1,2,3")}}},
		},
		{
			name:    "bare quote, then a good record",
			in:      "a,b\r\n1,x\"y\r\n3,4\r\n",
			header:  []string{"a", "b"},
			lineEnd: "\r\n",
			want: []result{
				{err: &event.ParseError{Line: 2, Column: 4, Offset: 5, Err: csv.ErrBareQuote, Record: []byte("1,x\"y")}},
				{fields: []string{"3", "4"}, line: 3, raw: "3,4"},
			},
		},
		{
			name:    "BOM counts in offsets",
			in:      "\ufeffa\n\"x\"y\n",
			header:  []string{"a"},
			lineEnd: "\n",
			want:    []result{{err: &event.ParseError{Line: 2, Column: 3, Offset: 5, Err: csv.ErrQuote, Record: []byte("\"x\"y")}}},
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
				h, err := r.Header()
				require.NoError(t, err)
				assert.Equal(t, tc.header, h)
				assert.Equal(t, tc.hxl, r.HXL())
				got := readAll(t, r)
				require.Len(t, got, len(tc.want))
				for i, w := range tc.want {
					if w.err != nil {
						var pe *event.ParseError
						require.ErrorAs(t, got[i].err, &pe)
						assert.ErrorIs(t, pe, w.err.(*event.ParseError).Err)
						want := *w.err.(*event.ParseError)
						assert.Equal(t, [4]any{want.Line, want.Column, want.Offset, string(want.Record)}, [4]any{pe.Line, pe.Column, pe.Offset, string(pe.Record)})
						continue
					}
					assert.Equal(t, w, got[i])
				}
				assert.Equal(t, tc.lineEnd, r.LineEnd())
			})
		}
	}
}

func TestHeaderErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		err  error
		line int
		col  int
	}{
		{name: "empty input", in: "", err: io.ErrUnexpectedEOF, line: 1, col: 1},
		{name: "only a BOM", in: "\ufeff", err: io.ErrUnexpectedEOF, line: 1, col: 1},
		{name: "duplicate column, any case", in: "a,b,A\n", err: event.ErrDuplicate, line: 1, col: 5},
		{name: "malformed header: quote never closed", in: "a,\"b\n", err: csv.ErrQuote, line: 1, col: 6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tc.in), 0)
			_, err := r.Header()
			var pe *event.ParseError
			require.ErrorAs(t, err, &pe)
			assert.ErrorIs(t, err, tc.err)
			assert.Equal(t, [2]int{tc.line, tc.col}, [2]int{pe.Line, pe.Column})
			_, err2 := r.Read()
			assert.Equal(t, err, err2, "a header error is final")
		})
	}
}

func TestIndexAndError(t *testing.T) {
	r := NewReader(strings.NewReader(",Event_Date, notes \n\"1\",2019-08-31,\"a\nb\"\n"), 0)
	f, err := r.Read()
	require.NoError(t, err)
	tests := []struct {
		name  string
		col   string
		index int
		line  int
		pos   int
	}{
		{name: "empty first header cell", col: "", index: 0, line: 2, pos: 1},
		{name: "case-insensitive", col: "event_date", index: 1, line: 2, pos: 5},
		{name: "spaces around the name", col: "notes", index: 2, line: 2, pos: 16},
		{name: "absent", col: "actor1", index: -1, line: 2, pos: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := r.Index(tc.col)
			require.Equal(t, tc.index, i)
			e := r.Error(i, event.ErrBadDate)
			assert.ErrorIs(t, e, event.ErrBadDate)
			assert.Equal(t, [2]int{tc.line, tc.pos}, [2]int{e.Line, e.Column})
			assert.Equal(t, "\"1\",2019-08-31,\"a\nb\"", string(e.Record))
			if i >= 0 {
				assert.Equal(t, r.header[i], e.Field)
				assert.Equal(t, []string{"1", "2019-08-31", "a\nb"}[i], f[i])
			}
		})
	}
}

func TestTooLong(t *testing.T) {
	long := strings.Repeat("x", 200<<10)
	tests := []struct {
		name string
		in   string
		max  int
		line int // of the over-long record
		next int // line of the record after it
	}{
		{name: "unquoted", in: "a\nok\n" + long + "\nnext\n", max: 1000, line: 3, next: 4},
		{name: "quoted, with newlines", in: "a\nok\n\"" + strings.Repeat("y\n", 100<<10) + "\"\nnext\n", max: 1000, line: 3, next: 4 + 100<<10},
		{name: "quoted, with CR LF and a quote in it", in: "a\r\nok\r\n\"" + strings.Repeat("y\"\"\r\n", 50<<10) + "\"\r\nnext\r\n", max: 1000, line: 3, next: 4 + 50<<10},
		{name: "a bare quote: the record ends with its line", in: "a\nok\nx\"" + long + "\nnext\n", max: 1000, line: 3, next: 4},
		{name: "CR line ends", in: "a\rok\r" + long + "\rnext\r", max: 1000, line: 3, next: 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tc.in), tc.max)
			got := readAll(t, r)
			require.Len(t, got, 3)
			assert.Equal(t, []string{"ok"}, got[0].fields)
			var pe *event.ParseError
			require.ErrorAs(t, got[1].err, &pe)
			assert.ErrorIs(t, pe, event.ErrTooLong)
			assert.Equal(t, tc.line, pe.Line)
			assert.Len(t, pe.Record, tc.max)
			assert.Equal(t, tc.in[strings.Index(tc.in, "ok")+2+len(r.LineEnd()):][:tc.max], string(pe.Record), "the first max bytes")
			assert.Equal(t, result{fields: []string{"next"}, line: tc.next, raw: "next"}, got[2], "the record is skipped, the next one read")
		})
	}
}

func TestLimitBoundary(t *testing.T) {
	tests := []struct {
		name string
		size int // bytes of the second record, without its line end
		err  error
	}{
		{name: "at the limit", size: 1000},
		{name: "one byte over", size: 1001, err: event.ErrTooLong},
		{name: "well over, within the read-ahead", size: 50000, err: event.ErrTooLong},
	}
	for _, tc := range tests {
		for _, end := range []string{"\n", "\r\n", "\r"} {
			t.Run(tc.name+fmt.Sprintf(" %q", end), func(t *testing.T) {
				rec := strings.Repeat("x", tc.size-2) + ",1"
				r := NewReader(strings.NewReader("a,b"+end+"ok,1"+end+rec+end+"next,1"+end), 1000)
				_, err := r.Read()
				require.NoError(t, err)
				f, err := r.Read()
				if tc.err == nil {
					require.NoError(t, err)
					assert.Equal(t, "1", f[1])
				} else {
					var pe *event.ParseError
					require.ErrorAs(t, err, &pe)
					assert.ErrorIs(t, err, tc.err)
					assert.Equal(t, [3]int{3, 1, 7 + 2*len(end)}, [3]int{pe.Line, pe.Column, int(pe.Offset)})
					assert.Equal(t, rec[:1000], string(pe.Record), "the first max bytes")
				}
				f, err = r.Read()
				require.NoError(t, err, "an over-long record does not end the stream")
				assert.Equal(t, []string{"next", "1"}, f)
				assert.Equal(t, 4, r.Line())
			})
		}
	}
}

// endless is an input with a header and then one endless unquoted line.
type endless struct {
	header string
	n      int64 // bytes handed out
}

func (e *endless) Read(p []byte) (int, error) {
	n := copy(p, e.header)
	e.header = e.header[n:]
	for i := n; i < len(p); i++ {
		p[i] = 'x'
	}
	e.n += int64(len(p))
	return len(p), nil
}

// TestEndlessLine: a line that never ends is reported at the limit, after
// reading a bounded amount, not read on for ever.
func TestEndlessLine(t *testing.T) {
	in := &endless{header: "a\n"}
	r := NewReader(in, 100<<10)
	_, err := r.Read()
	var pe *event.ParseError
	require.ErrorAs(t, err, &pe)
	assert.ErrorIs(t, err, event.ErrTooLong)
	assert.Equal(t, 2, pe.Line)
	assert.Less(t, in.n, int64(400<<10), "bytes read before the error")
}

func TestUnderLimitIsRead(t *testing.T) {
	field := strings.Repeat("z", 300<<10)
	r := NewReader(strings.NewReader("a,b\n"+field+",1\n"), 400<<10)
	f, err := r.Read()
	require.NoError(t, err)
	assert.Equal(t, field, f[0])
	assert.Len(t, r.Raw(), len(field)+2)
}

// FuzzReader checks the Reader's promises on any input, in every
// encoding: no panic, typed errors, reading goes on after a record error,
// records in order, fields of valid UTF-8 text, and never more bytes handed
// back than read.
func FuzzReader(f *testing.F) {
	for _, s := range []string{"a,b\n1,2\n", "\ufeffa\r\n#x\r\n1\r\n", "a,b\n\"x\ny\",2\n", "a\n\"x\"y\n", "a,b\n1\n", "",
		"a\rb\r", "a\nS\xe9l\xe9ka\n", "a\n\x00\n", "\xff\xfea\x00\n\x00\xe9\x00\n\x00", "\xfe\xff\x00a\x00\n\xd8\x00\x00\n", "a\n\xc3\xa9\n\xe9\n"} {
		f.Add(s, uint8(0))
	}
	encs := []encoding.Encoding{nil, unicode.UTF8, charmap.Windows1252, charmap.ISO8859_7, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)}
	f.Fuzz(func(t *testing.T, in string, enc uint8) {
		r := NewReader(strings.NewReader(in), 1<<10)
		r.Encoding = encs[int(enc)%len(encs)]
		if _, err := r.Header(); err != nil {
			var pe *event.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("untyped header error %v", err)
			}
			return
		}
		n := len(r.RawHeader())
		line, off := 1, int64(-1)
		for range len(in) + 2 {
			fields, err := r.Read()
			if err == io.EOF {
				return
			}
			var pe *event.ParseError
			if err != nil {
				if !errors.As(err, &pe) {
					t.Fatalf("untyped error %v", err)
				}
				if errors.Is(err, textenc.ErrOddLength) {
					return // the end of the input
				}
				n += len(pe.Record)
				if pe.Offset <= off || pe.Line < line {
					t.Fatalf("record error at line %d, offset %d after line %d, offset %d", pe.Line, pe.Offset, line, off)
				}
				off = pe.Offset
				continue
			}
			if len(fields) != len(r.header) {
				t.Fatalf("%d fields, header has %d", len(fields), len(r.header))
			}
			for _, s := range fields {
				if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
					t.Fatalf("field %q is not text", s)
				}
			}
			if r.Line() < line || r.offset <= off {
				t.Fatalf("record at line %d, offset %d after line %d, offset %d", r.Line(), r.offset, line, off)
			}
			line, off = r.Line(), r.offset
			n += len(r.Raw())
			if n > len(in) {
				t.Fatalf("records hold %d bytes, the input %d", n, len(in))
			}
		}
		t.Fatal("no end")
	})
}

// FuzzWriteRead writes records in an encoding and line end and reads them
// back: the same records, but for those refused for a character the
// encoding cannot hold.
func FuzzWriteRead(f *testing.F) {
	f.Add("a\x1fb\x1fx\ny\x1f\"q\"", uint8(2), uint8(0), uint8(1))
	f.Add("S\u00e9l\u00e9ka\x1f\u0081\x1f\u03b1\x1f,", uint8(1), uint8(2), uint8(2))
	f.Add("#a\x1f#b\x1f\x1f\r\n", uint8(1), uint8(4), uint8(0))
	f.Add("\U0001D11E\x1f\x1f\x1f", uint8(0), uint8(5), uint8(2))
	type enc struct {
		enc    encoding.Encoding
		bom    bool
		option bool // the reader must be told
	}
	encs := []enc{{nil, false, false}, {nil, true, false}, {charmap.Windows1252, false, true}, {charmap.ISO8859_1, false, true},
		{unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), true, false}, {unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), true, false}}
	ends := []string{"\n", "\r\n", "\r"}
	f.Fuzz(func(t *testing.T, data string, width, encSel, endSel uint8) {
		cells := strings.Split(strings.ReplaceAll(strings.ToValidUTF8(data, "?"), "\x00", "0"), "\x1f")
		k := int(width%4) + 1
		e := encs[int(encSel)%len(encs)]
		header := make([]string, k)
		for i := range header {
			header[i] = "c" + strconv.Itoa(i)
		}
		var b bytes.Buffer
		w := NewWriter(&b)
		w.Encoding, w.BOM, w.LineEnd = e.enc, e.bom, ends[int(endSel)%len(ends)]
		if err := w.Write(header); err != nil {
			t.Fatal(err)
		}
		var want [][]string
		for i := 0; i+k <= len(cells); i += k {
			rec := cells[i : i+k]
			err := w.Write(rec)
			var fe *FieldError
			if errors.As(err, &fe) && errors.Is(err, event.ErrEncoding) {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			want = append(want, rec)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		r := NewReader(bytes.NewReader(b.Bytes()), 0)
		if e.option {
			r.Encoding = e.enc
		}
		if _, err := r.Header(); err != nil {
			t.Fatalf("header: %v\n%q", err, b.Bytes())
		}
		var got [][]string
		if hxl := r.HXL(); hxl != nil {
			got = append(got, hxl)
		}
		for {
			f, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%v\n%q", err, b.Bytes())
			}
			got = append(got, append([]string(nil), f...))
		}
		if len(got) != len(want) {
			t.Fatalf("%d records back, %d written\n%q\n%q\n%q", len(got), len(want), got, want, b.Bytes())
		}
		for i := range want {
			if !equal(got[i], want[i]) {
				t.Fatalf("record %d: %q back, %q written\n%q", i, got[i], want[i], b.Bytes())
			}
		}
	})
}
