package jsonr

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var errTest = errors.New("bad record")

func fail(format string, args ...any) error {
	return fmt.Errorf("test: %s: %w", fmt.Sprintf(format, args...), errTest)
}

func TestString(t *testing.T) {
	tests := []struct {
		name, in string
		want     string
		null     bool
		err      string // part of the message, "" for none
	}{
		{name: "plain", in: `"Idlib"`, want: "Idlib"},
		{name: "white space first", in: " \t\n\"a\"", want: "a"},
		{name: "escapes", in: `"a\"b\\c\u0041\n"`, want: "a\"b\\cA\n"},
		{name: "surrogate pair", in: `"\ud83d\ude00"`, want: "😀"},
		{name: "non-ASCII", in: `"إدلب"`, want: "إدلب"},
		{name: "invalid UTF-8 is replaced", in: "\"a\xffb\"", want: "a\uFFFDb"},
		{name: "null", in: `null`, null: true},
		{name: "number", in: `12`, err: "x: want a string at offset 0"},
		{name: "control character", in: "\"a\x01\"", err: "x: control character in a string at offset 2"},
		{name: "unterminated", in: `"abc`, err: "x: unterminated string"},
		{name: "bad escape", in: `"\x41"`, err: "escape"}, // encoding/json words it differently in Go 1.26 and 1.27
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := New(tc.in, fail)
			v, null, err := d.String("x")
			if tc.err != "" {
				require.ErrorIs(t, err, errTest)
				assert.Contains(t, err.Error(), tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.null, null)
			assert.Equal(t, tc.want, v)
			assert.NoError(t, d.End())
		})
	}
}

func TestInt64(t *testing.T) {
	tests := []struct {
		name, in string
		want     int64
		err      string
	}{
		{name: "zero", in: `0`, want: 0},
		{name: "negative", in: ` -12`, want: -12},
		{name: "negative zero", in: `-0`, want: 0},
		{name: "largest", in: `9223372036854775807`, want: 9223372036854775807},
		{name: "null leaves it", in: `null`, want: 7},
		{name: "out of range", in: `9223372036854775808`, err: "x: value out of range"},
		{name: "leading zero", in: `01`, err: "x: want an integer at offset 0"},
		{name: "fraction", in: `1.5`, err: "x: want an integer at offset 0"},
		{name: "exponent", in: `1e3`, err: "x: want an integer at offset 0"},
		{name: "plus sign", in: `+1`, err: "x: want an integer at offset 0"},
		{name: "minus alone", in: `-`, err: "x: want an integer at offset 0"},
		{name: "string", in: `"1"`, err: "x: want an integer at offset 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := int64(7)
			d := New(tc.in, fail)
			err := d.Int64("x", &v)
			if tc.err != "" {
				require.ErrorIs(t, err, errTest)
				assert.Contains(t, err.Error(), tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, v)
		})
	}
}

func TestBool(t *testing.T) {
	tests := []struct {
		name, in string
		want     *bool
		err      bool
	}{
		{name: "true", in: `true`, want: new(true)},
		{name: "false", in: ` false`, want: new(false)},
		{name: "null leaves it", in: `null`},
		{name: "number", in: `1`, err: true},
		{name: "string", in: `"true"`, err: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var p *bool
			d := New(tc.in, fail)
			err := d.BoolPtr("x", &p)
			if tc.err {
				assert.ErrorIs(t, err, errTest)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, p)
		})
	}
}

func TestMembers(t *testing.T) {
	names := []string{"a", "b"}
	tests := []struct {
		name, in string
		want     [2]string
		err      string
	}{
		{name: "both", in: `{"b":"2", "a":"1"}`, want: [2]string{"1", "2"}},
		{name: "empty", in: ` { } `},
		{name: "unknown", in: `{"c":"1"}`, err: `rec: unknown member "c"`},
		{name: "exact names", in: `{"A":"1"}`, err: `rec: unknown member "A"`},
		{name: "repeated", in: `{"a":"1","a":"2"}`, err: `rec: member "a" given twice`},
		{name: "not an object", in: `["a"]`, err: "rec: want an object at offset 0"},
		{name: "trailing comma", in: `{"a":"1",}`, err: "rec: want a string at offset 9"},
		{name: "missing colon", in: `{"a" "1"}`, err: "rec: malformed member at offset 5"},
		{name: "missing comma", in: `{"a":"1" "b":"2"}`, err: "want ',' or '}' at offset 9"},
		{name: "null key", in: `{null:"1"}`, err: "rec: malformed member"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got [2]string
			d := New(tc.in, fail)
			err := d.Members("rec", names, func(i int) error { return d.Str(names[i], &got[i]) })
			if err == nil {
				err = d.End()
			}
			if tc.err != "" {
				require.ErrorIs(t, err, errTest)
				assert.Contains(t, err.Error(), tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestNameValuesAndMap(t *testing.T) {
	tests := []struct {
		name, in string
		pairs    []string // name=value
		null     bool
		err      string
	}{
		{name: "pairs", in: `[{"name":"a","value":"1"},{"value":"2"}]`, pairs: []string{"a=1", "=2"}},
		{name: "empty", in: `[]`},
		{name: "null array", in: `null`, null: true},
		{name: "null element", in: `[null]`, err: "cols: want an object"},
		{name: "unknown member", in: `[{"name":"a","val":"1"}]`, err: `cols: unknown member "val"`},
		{name: "not an array", in: `{}`, err: "cols: want an array"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var pairs []string
			d := New(tc.in, fail)
			null, err := d.NameValues("cols", func(n, v string) { pairs = append(pairs, n+"="+v) })
			if tc.err != "" {
				require.ErrorIs(t, err, errTest)
				assert.Contains(t, err.Error(), tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.null, null)
			assert.Equal(t, tc.pairs, pairs)
		})
	}
	t.Run("map", func(t *testing.T) {
		m := map[string]string{"old": "x"}
		d := New(`{"a":"1","b":null}`, fail)
		require.NoError(t, d.Map("m", &m))
		assert.Equal(t, map[string]string{"a": "1", "b": ""}, m, "a new map")
		d = New(`null`, fail)
		require.NoError(t, d.Map("m", &m))
		assert.Equal(t, map[string]string{"a": "1", "b": ""}, m, "null leaves it")
		d = New(`{"a":"1","a":"2"}`, fail)
		err := d.Map("m", &m)
		require.ErrorIs(t, err, errTest)
		assert.Contains(t, err.Error(), `m: member "a" given twice`)
		d = New(`{"a":1}`, fail)
		assert.ErrorIs(t, d.Map("m", &m), errTest)
	})
}

func TestEnd(t *testing.T) {
	d := New(`"a" "b"`, fail)
	_, _, err := d.String("x")
	require.NoError(t, err)
	err = d.End()
	require.ErrorIs(t, err, errTest)
	assert.Contains(t, err.Error(), "data after the value at offset 4")
}

// FuzzString holds String to encoding/json: a string value is accepted by
// both or by neither, with the same result.
func FuzzString(f *testing.F) {
	for _, s := range []string{`"a"`, `"\u00e9\ud83d\ude00"`, "\"\xff\"", `"\x"`, `null`, ` "a\"b" `, `"a`, "\"\x01\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		d := New(in, fail)
		v, null, err := d.String("x")
		if err == nil {
			err = d.End()
		}
		var ref *string
		refErr := json.Unmarshal([]byte(in), &ref)
		if err != nil {
			require.ErrorIs(t, err, errTest)
			if refErr == nil {
				t.Fatalf("encoding/json reads %q, the decoder refuses it: %v", in, err)
			}
			return
		}
		require.NoError(t, refErr, "encoding/json refuses %q", in)
		if null {
			require.Nil(t, ref)
			return
		}
		require.NotNil(t, ref)
		require.Equal(t, *ref, v)
	})
}

// FuzzInt64 holds Int64 to encoding/json reading an int64.
func FuzzInt64(f *testing.F) {
	for _, s := range []string{`0`, `-0`, `12`, `01`, `1.5`, `1e3`, `9223372036854775808`, `null`, ` -7 `, `-`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		d := New(in, fail)
		var v int64
		err := d.Int64("x", &v)
		if err == nil {
			err = d.End()
		}
		var ref int64
		refErr := json.Unmarshal([]byte(in), &ref)
		if err != nil {
			require.ErrorIs(t, err, errTest)
			require.Error(t, refErr, "encoding/json reads %q, the decoder refuses it", in)
			return
		}
		require.NoError(t, refErr, "encoding/json refuses %q", in)
		require.Equal(t, ref, v)
	})
}
