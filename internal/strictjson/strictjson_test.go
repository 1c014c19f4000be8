package strictjson

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type level int

func (l *level) UnmarshalText(b []byte) error {
	if string(b) != "high" {
		return fmt.Errorf("bad level %q", b)
	}
	*l = 1
	return nil
}

type inner struct {
	Name  string `json:"name"`
	Level level  `json:"level,omitzero"`
}

type Embedded struct {
	Extra string `json:"extra"`
}

type outer struct {
	Embedded
	ID    int                        `json:"id"`
	Items []inner                    `json:"items"`
	Ptr   *inner                     `json:"ptr"`
	Ext   map[string]json.RawMessage `json:"ext"`
	Skip  string                     `json:"-"`
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		err    error
		offset int64
		path   string
	}{
		{"ok", `{"id":1,"items":[{"name":"a","level":"high"}],"ptr":null,"ext":{"x/y":[1, 2]},"extra":"e"}`, nil, 0, ""},
		{"unknown top", `{"id":1,"nope":2}`, ErrUnknownField, 8, "nope"},
		{"unknown nested", `{"items":[{"name":"a"},{"nam":"b"}]}`, ErrUnknownField, 24, "items[1].nam"},
		{"type error", `{"id":"one"}`, ErrType, 6, "id"},
		{"type error in slice", "{\"items\":\n [{\"name\":3}]}", ErrType, 20, "items[0].name"},
		{"object expected", `{"ptr":[1]}`, ErrType, 7, "ptr"},
		{"syntax", `{"id":1,}`, ErrSyntax, 8, ""},
		{"trailing data", `{"id":1} x`, ErrSyntax, 9, ""},
		{"case-sensitive names", `{"ID":1}`, ErrUnknownField, 1, "ID"},
		{"repeated member", `{"id":1,"id":2}`, ErrSyntax, 8, "id"},
		{"repeated map key", `{"ext":{"a/b":1,"a/b":2}}`, ErrSyntax, 16, `ext["a/b"]`},
		{"invalid UTF-8", "{\"id\":1,\"items\":[{\"name\":\"a\xffb\"}]}", ErrSyntax, 27, ""}, // the 0xff byte
		{"null struct element", `{"items":[{"name":"a"},null]}`, ErrType, 23, "items[1]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var v outer
			err := Decode([]byte(tc.in), &v)
			if tc.err == nil {
				require.NoError(t, err)
				assert.Equal(t, 1, v.ID)
				assert.Equal(t, level(1), v.Items[0].Level)
				assert.Equal(t, "e", v.Extra)
				assert.JSONEq(t, `[1, 2]`, string(v.Ext["x/y"]))
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.err)
			var e *Error
			require.True(t, errors.As(err, &e))
			assert.Equal(t, tc.offset, e.Offset)
			assert.Equal(t, tc.path, e.Path)
		})
	}
}

func TestDecodeLeafErrorHasPath(t *testing.T) {
	var v outer
	err := Decode([]byte(`{"items":[{"name":"a","level":"low"}]}`), &v)
	var e *Error
	require.True(t, errors.As(err, &e))
	assert.Equal(t, "items[0].level", e.Path)
	assert.Equal(t, int64(30), e.Offset)
	assert.Contains(t, e.Error(), `bad level "low"`)
}

type selfDecoding struct {
	A inner `json:"a"`
}

func (s *selfDecoding) UnmarshalJSON(b []byte) error {
	type alias selfDecoding
	return Decode(b, (*alias)(s))
}

func TestNestedDecodeIsRebased(t *testing.T) {
	var v struct {
		List []selfDecoding `json:"list"`
	}
	err := Decode([]byte(`{"list":[{"a":{"name":"x"}},{"a":{"bad":1}}]}`), &v)
	var e *Error
	require.True(t, errors.As(err, &e))
	assert.Equal(t, "list[1].a.bad", e.Path)
	assert.Equal(t, int64(34), e.Offset)
	assert.ErrorIs(t, err, ErrUnknownField)
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{`{"id":1,"items":[{"name":"a","level":"high"}]}`, `{"ext":{"a":null}}`, `[]`, `{"ptr":{"name":""}}`, `{"id":1e400}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var v outer
		err := Decode([]byte(s), &v)
		if err == nil {
			return
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("error %v is not a *Error", err)
		}
		if e.Offset < 0 || e.Offset > int64(len(s)) {
			t.Fatalf("offset %d outside input of %d bytes", e.Offset, len(s))
		}
	})
}

func TestMemberOffset(t *testing.T) {
	doc := "{\"start\": \"2019-08-31\",\n \"end\": \"2019-08-30\"}"
	tests := []struct {
		name, key string
		want      int64
	}{
		{"first member", "start", 10},
		{"second member", "end", 32},
		{"no such member", "precision", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, MemberOffset([]byte(doc), tc.key))
		})
	}
	assert.Equal(t, int64(2), MemberOffset([]byte("  [1]"), "x"), "not an object: its own offset")
	assert.Equal(t, int64(0), MemberOffset([]byte("{\"a\":"), "a"), "malformed: the start")
}

func TestElementOffsets(t *testing.T) {
	tests := []struct {
		name string
		in   string
		key  string
		want []int64
	}{
		{"elements", `{"a":1, "events": [ {"id":1}, [2] ,"x"]}`, "events", []int64{20, 30, 35}},
		{"empty array", `{"events":[]}`, "events", nil},
		{"no such member", `{"a":[1]}`, "events", nil},
		{"not an array", `{"events":{"a":1}}`, "events", nil},
		{"not an object", `[1,2]`, "events", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ElementOffsets([]byte(tc.in), tc.key))
		})
	}
}

func TestDecodeNumbers(t *testing.T) {
	type nums struct {
		F float64 `json:"f"`
		I int64   `json:"i"`
		U uint8   `json:"u"`
	}
	tests := []struct {
		name string
		in   string
		err  error
		msg  string
	}{
		{"float overflow", `{"f":1e309}`, ErrRange, "f: number out of range: 1e309 does not fit a float64"},
		{"negative float overflow", `{"f":-1e309}`, ErrRange, "f: number out of range: -1e309 does not fit a float64"},
		{"int overflow", `{"i":9223372036854775808}`, ErrRange, "i: number out of range: 9223372036854775808 does not fit a int64"},
		{"negative unsigned", `{"u":-5}`, ErrRange, "u: number out of range: -5 does not fit a uint8"},
		{"fraction for an integer", `{"i":1.5}`, ErrType, "i: cannot use JSON number 1.5 as int64: wrong JSON type"},
		{"string for a number", `{"f":"1"}`, ErrType, "f: cannot use JSON string as float64: wrong JSON type"},
		{"a long number is clipped", `{"f":1` + strings.Repeat("0", 400) + `}`, ErrRange, "f: number out of range: 1" + strings.Repeat("0", 63) + "… does not fit a float64"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var v nums
			err := Decode([]byte(tc.in), &v)
			require.ErrorIs(t, err, tc.err)
			assert.EqualError(t, err, tc.msg)
		})
	}
	t.Run("invalid UTF-8 is a syntax error", func(t *testing.T) {
		var v nums
		err := Decode([]byte("{\"f\":1,\"g\":\"\xff\"}"), &v)
		require.ErrorIs(t, err, ErrUTF8)
		assert.ErrorIs(t, err, ErrSyntax)
		var se *Error
		require.ErrorAs(t, err, &se)
		assert.Equal(t, int64(12), se.Offset, "the 0xff byte")
	})
}
