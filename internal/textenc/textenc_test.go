package textenc

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestFor(t *testing.T) {
	tests := []struct {
		name string
		enc  encoding.Encoding
		kind Kind
		id   string // Name
		err  bool
	}{
		{name: "UTF-8", enc: unicode.UTF8, kind: KindUTF8},
		{name: "UTF-8 with BOM handling", enc: unicode.UTF8BOM, kind: KindUTF8},
		{name: "Windows-1252", enc: charmap.Windows1252, kind: KindSingle, id: "windows-1252"},
		{name: "ISO-8859-1", enc: charmap.ISO8859_1, kind: KindSingle, id: "iso-8859-1"},
		{name: "Mac Roman", enc: charmap.Macintosh, kind: KindSingle, id: "macintosh"},
		{name: "UTF-16LE", enc: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), kind: KindUTF16LE, id: "utf-16le"},
		{name: "UTF-16LE, use BOM", enc: unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), kind: KindUTF16LE, id: "utf-16le"},
		{name: "UTF-16BE, expect BOM", enc: unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), kind: KindUTF16BE, id: "utf-16be"},
		{name: "EBCDIC", enc: charmap.CodePage037, err: true},
		{name: "Shift JIS", enc: japanese.ShiftJIS, err: true},
		{name: "GB18030", enc: simplifiedchinese.GB18030, err: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := For(tc.enc)
			if tc.err {
				assert.ErrorIs(t, err, ErrUnsupported)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.kind, c.Kind())
			assert.Equal(t, tc.id, c.Name())
		})
	}
}

// TestNameLookup: Lookup(Name(e)) gives e back for every encoding For
// supports.
func TestNameLookup(t *testing.T) {
	encs := []encoding.Encoding{unicode.UTF8, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)}
	for _, e := range charmap.All {
		if _, err := For(e); err == nil {
			encs = append(encs, e)
		}
	}
	for _, e := range encs {
		name := Name(e)
		back, err := Lookup(name)
		require.NoError(t, err, "%v", e)
		assert.True(t, e == back, "%v named %q, looked up %v", e, name, back)
		assert.Equal(t, e == unicode.UTF8, name == "", "%v named %q", e, name)
	}
	assert.Equal(t, "", Name(nil))
	_, err := Lookup("klingon")
	assert.ErrorIs(t, err, ErrUnsupported)
}

// TestWindows1252Lossless: x/text decodes the five bytes Windows-1252
// leaves undefined as U+FFFD; this codec keeps them, and every byte comes
// back.
func TestWindows1252Lossless(t *testing.T) {
	undefined := []byte{0x81, 0x8D, 0x8F, 0x90, 0x9D}
	std, err := charmap.Windows1252.NewDecoder().Bytes(undefined)
	require.NoError(t, err)
	assert.Equal(t, strings.Repeat("\uFFFD", 5), string(std), "what x/text does")

	assert.Equal(t, "\u0081\u008D\u008F\u0090\u009D", string(Windows1252.AppendDecode(nil, undefined)))
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	assert.Equal(t, -1, Windows1252.Undefined(all))
	text := Windows1252.AppendDecode(nil, all)
	back, bad := Windows1252.AppendEncode(nil, string(text))
	assert.Equal(t, -1, bad)
	assert.Equal(t, all, back)
}

func TestAppendEncode(t *testing.T) {
	tests := []struct {
		name  string
		codec *Codec
		in    string
		want  string
		bad   int
	}{
		{"Windows-1252", Windows1252, "Séléka €", "S\xe9l\xe9ka \x80", -1},
		{"Windows-1252 cannot hold alpha", Windows1252, "abα", "", 2},
		{"Windows-1252 cannot hold invalid UTF-8", Windows1252, "a\xff", "", 1},
		{"Windows-1252 cannot hold U+FFFD", Windows1252, "\uFFFD", "", 0},
		{"UTF-8 as it is", UTF8, "a\xff", "a\xff", -1},
		{"UTF-16LE", UTF16LE, "a𝄞", "a\x00\x34\xd8\x1e\xdd", -1},
		{"UTF-16BE", UTF16BE, "é", "\x00\xe9", -1},
		{"UTF-16 cannot hold invalid UTF-8", UTF16BE, "x\xed\xa0\x80", "", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, bad := tc.codec.AppendEncode([]byte("pre"), tc.in)
			assert.Equal(t, tc.bad, bad)
			assert.Equal(t, "pre"+tc.want, string(got))
		})
	}
}

func TestUTF16Reader(t *testing.T) {
	tests := []struct {
		name  string
		codec *Codec
		in    string
		want  string
		err   error
	}{
		{"ASCII and accents", UTF16LE, "a\x00\xe9\x00", "aé", nil},
		{"a surrogate pair", UTF16LE, "\x34\xd8\x1e\xdd", "𝄞", nil},
		{"big-endian pair", UTF16BE, "\xd8\x34\xdd\x1e", "𝄞", nil},
		{"a lone high surrogate before a letter", UTF16LE, "\x00\xd8a\x00", "\xed\xa0\x80a", nil},
		{"a lone high surrogate at the end", UTF16LE, "a\x00\x00\xd8", "a\xed\xa0\x80", nil},
		{"a lone low surrogate", UTF16LE, "\x00\xdc", "\xed\xb0\x80", nil},
		{"two high surrogates then a low one", UTF16LE, "\x00\xd8\x34\xd8\x1e\xdd", "\xed\xa0\x80𝄞", nil},
		{"half a code unit at the end", UTF16LE, "a\x00b", "a", ErrOddLength},
	}
	for _, tc := range tests {
		for _, one := range []bool{false, true} {
			t.Run(tc.name, func(t *testing.T) {
				var in io.Reader = strings.NewReader(tc.in)
				if one {
					in = iotest.OneByteReader(in)
				}
				got, err := io.ReadAll(tc.codec.NewUTF16Reader(in))
				assert.Equal(t, tc.want, string(got))
				if tc.err != nil {
					assert.ErrorIs(t, err, tc.err)
					return
				}
				require.NoError(t, err)
				assert.Equal(t, tc.in, string(tc.codec.AppendUTF16(nil, got)), "encoded back")
				assert.Equal(t, len(tc.in), tc.codec.InputLen(got))
			})
		}
	}
}

// FuzzCodec: decoding and encoding back gives the input's bytes, and
// InputLen counts them.
func FuzzCodec(f *testing.F) {
	for _, s := range []string{"", "a", "S\xe9l\xe9ka", "\x81\x8d\x8f\x90\x9d", "\x00\xd8a\x00", "\x34\xd8\x1e\xdd", "a\x00b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		text := Windows1252.AppendDecode(nil, []byte(in))
		back, bad := Windows1252.AppendEncode(nil, string(text))
		if bad >= 0 || string(back) != in {
			t.Fatalf("Windows-1252: %q decoded %q, back %q (%d)", in, text, back, bad)
		}
		for _, c := range []*Codec{UTF16LE, UTF16BE} {
			text, err := io.ReadAll(c.NewUTF16Reader(strings.NewReader(in)))
			if len(in)%2 == 1 {
				if !errors.Is(err, ErrOddLength) {
					t.Fatalf("%s: odd input, error %v", c, err)
				}
				in := in[:len(in)-1]
				if string(c.AppendUTF16(nil, text)) != in {
					t.Fatalf("%s: %q back %q", c, in, c.AppendUTF16(nil, text))
				}
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			if back := c.AppendUTF16(nil, text); string(back) != in {
				t.Fatalf("%s: %q decoded %q, back %q", c, in, text, back)
			}
			if n := c.InputLen(text); n != len(in) {
				t.Fatalf("%s: InputLen %d, input %d", c, n, len(in))
			}
		}
	})
}
