package jsonw

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// marshal is encoding/json's form of v, with invalid UTF-8 in the form
// this package writes it.
func marshal(t testing.TB, v any, html bool) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(html)
	require.NoError(t, enc.Encode(v))
	return sameReplacement(string(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))))
}

// sameReplacement writes U+FFFD as the escape \ufffd. encoding/json
// replaces invalid UTF-8 by U+FFFD, written as that escape up to Go 1.26
// and as the character itself from Go 1.27 (json/v2 underneath); this
// package writes the escape. The inputs of these tests hold no U+FFFD of
// their own, so every one in encoding/json's output is a replacement.
func sameReplacement(s string) string { return strings.ReplaceAll(s, "\uFFFD", `\ufffd`) }

func TestAppendString(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		html, bare string // expected, written out by hand
	}{
		{name: "plain", in: "Idlib", html: `"Idlib"`, bare: `"Idlib"`},
		{name: "empty", in: "", html: `""`, bare: `""`},
		{name: "quote and backslash", in: `a"b\c`, html: `"a\"b\\c"`, bare: `"a\"b\\c"`},
		{name: "control characters", in: "\n\r\t\b\f\x00\x1f", html: `"\n\r\t\b\f\u0000\u001f"`, bare: `"\n\r\t\b\f\u0000\u001f"`},
		{name: "HTML characters", in: "<HTS> & co", html: `"\u003cHTS\u003e \u0026 co"`, bare: `"<HTS> & co"`},
		{name: "invalid UTF-8", in: "a\xffb", html: `"a\ufffdb"`, bare: `"a\ufffdb"`},
		{name: "line and paragraph separators", in: "a\u2028b\u2029", html: `"a\u2028b\u2029"`, bare: `"a\u2028b\u2029"`},
		{name: "Arabic and diacritics kept", in: "إدلب Ma`arrat an Nu`man é", html: "\"إدلب Ma`arrat an Nu`man é\"", bare: "\"إدلب Ma`arrat an Nu`man é\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.html, string(AppendString([]byte("x"), tc.in, true))[1:])
			assert.Equal(t, tc.bare, string(AppendString(nil, tc.in, false)))
			assert.Equal(t, marshal(t, tc.in, true), tc.html, "as encoding/json writes it")
			assert.Equal(t, marshal(t, tc.in, false), tc.bare, "as encoding/json writes it")
		})
	}
}

func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "a\"b", "<&>", "\xff\xfe", "\u2028", "\x00\x7f", "é\xc3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsRune(s, utf8.RuneError) {
			// marshal cannot tell this U+FFFD from a replacement: compare
			// the strings the two encodings stand for.
			for _, html := range []bool{true, false} {
				var got, want string
				require.NoError(t, json.Unmarshal(AppendString(nil, s, html), &got))
				require.NoError(t, json.Unmarshal([]byte(marshal(t, s, html)), &want))
				if got != want {
					t.Fatalf("AppendString(%q, %v) decodes to %q, encoding/json's form to %q", s, html, got, want)
				}
			}
			return
		}
		for _, html := range []bool{true, false} {
			if got, want := string(AppendString(nil, s, html)), marshal(t, s, html); got != want {
				t.Fatalf("AppendString(%q, %v) = %s, encoding/json writes %s", s, html, got, want)
			}
		}
	})
}

func TestAppendMapAndNameValues(t *testing.T) {
	type nv struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	}
	tests := []struct {
		name string
		m    map[string]string
		nvs  []nv
	}{
		{name: "empty", m: map[string]string{}, nvs: []nv{}},
		{name: "sorted keys and escapes", m: map[string]string{"year": "2001-2002", "event_date": "<9-May-20>", "a\"b": "\xff"},
			nvs: []nv{{"population_best", "12"}, {"", "a&b"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, html := range []bool{true, false} {
				assert.Equal(t, marshal(t, tc.m, html), string(AppendMap(nil, tc.m, html)))
				got := AppendNameValues(nil, len(tc.nvs), func(i int) (string, string) { return tc.nvs[i].Name, tc.nvs[i].Value }, html)
				assert.Equal(t, marshal(t, tc.nvs, html), string(got))
			}
		})
	}
}

// TestObject writes the members of a struct with omitempty tags and
// compares with encoding/json.
func TestObject(t *testing.T) {
	type rec struct {
		S    string   `json:"s,omitempty"`
		N    int64    `json:"n,omitempty"`
		F    bool     `json:"f,omitempty"`
		List []string `json:"list,omitempty"`
		Last string   `json:"last,omitempty"`
	}
	tests := []struct {
		name string
		in   rec
	}{
		{name: "empty", in: rec{}},
		{name: "one member", in: rec{N: -3}},
		{name: "all", in: rec{S: "<a&b>", N: 7, F: true, List: []string{"x", "\u2028"}, Last: "z"}},
		{name: "zeros between", in: rec{S: "a", Last: "z"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, html := range []bool{true, false} {
				var buf bytes.Buffer
				enc := json.NewEncoder(&buf)
				enc.SetEscapeHTML(html)
				require.NoError(t, enc.Encode(tc.in))
				o := Object{B: append([]byte(nil), '{'), HTML: html}
				o.String("s", tc.in.S)
				o.Int("n", tc.in.N, tc.in.N != 0)
				o.Flag("f", tc.in.F)
				o.Strings("list", tc.in.List)
				o.String("last", tc.in.Last)
				assert.Equal(t, strings.TrimSuffix(buf.String(), "\n"), string(append(o.B, '}')))
			}
		})
	}
}
