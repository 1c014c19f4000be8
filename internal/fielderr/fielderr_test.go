package fielderr

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var errBad = errors.New("invalid thing")

func TestErrorMessage(t *testing.T) {
	tests := []struct {
		name string
		err  Error
		want string
	}{
		{"with value", Error{Path: "via[1].id", Value: "Bad", Err: errBad}, `via[1].id "Bad": invalid thing`},
		{"missing", Error{Path: "name", Err: errBad}, `name: invalid thing`},
		{"value quoted", Error{Path: "notes", Value: "a\xffb", Err: errBad}, `notes "a\xffb": invalid thing`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.EqualError(t, &tc.err, tc.want)
			assert.ErrorIs(t, &tc.err, errBad)
		})
	}
}

func TestList(t *testing.T) {
	var empty List
	assert.NoError(t, empty.Join())
	assert.Equal(t, 0, empty.Len())

	l := List{Prefix: "place"}
	l.Add("level", "", errBad)
	l.Add("names[0].text", "x", errBad)
	assert.Equal(t, 2, l.Len())
	err := l.Join()
	assert.EqualError(t, err, "place: level: invalid thing\nplace: names[0].text \"x\": invalid thing")

	parts := err.(interface{ Unwrap() []error }).Unwrap()
	require.Len(t, parts, 2)
	var fe *Error
	require.ErrorAs(t, parts[1], &fe)
	assert.Equal(t, Error{Path: "names[0].text", Value: "x", Err: errBad}, *fe)
}

func TestQuote(t *testing.T) {
	long := strings.Repeat("a", 63) + "é" + strings.Repeat("b", 200)
	tests := []struct {
		name, in, want string
	}{
		{name: "short", in: "Idlib", want: `"Idlib"`},
		{name: "escapes", in: "a\"b\n", want: `"a\"b\n"`},
		{name: "exactly the limit", in: strings.Repeat("x", 64), want: `"` + strings.Repeat("x", 64) + `"`},
		{name: "cut at a rune boundary", in: long, want: `"` + strings.Repeat("a", 63) + `…" (265 bytes)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Quote(tc.in))
		})
	}
}
