package source_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/source"
)

// The hostile suite of the catalogue loader: files a careless export, a
// broken tool or an attacker produces, each with the exact typed error it
// must give. A catalogue loads whole or not at all.

// utf16be encodes ASCII text as UTF-16BE.
func utf16be(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(0)
		b.WriteByte(s[i])
	}
	return b.String()
}

func TestHostile(t *testing.T) {
	const good = `{"id": "a", "name": "A"}`
	var many strings.Builder
	many.WriteString("[")
	for i := range 10000 {
		if i > 0 {
			many.WriteString(",")
		}
		many.WriteString(`{"id": "s` + strconv.Itoa(i) + `", "name": "S ` + strconv.Itoa(i) + `"}`)
	}
	many.WriteString("]")
	tests := []struct {
		name  string
		in    string
		is    []error // nil: the catalogue loads
		line  int
		col   int
		field string
		msg   string
		n     int
	}{
		{name: "empty file", in: "", is: []error{source.ErrSyntax}, line: 1, col: 1, msg: "empty input"},
		{name: "UTF-8 byte-order mark", in: "\ufeff[" + good + "]", n: 1},
		{name: "UTF-16BE with its mark", in: "\xfe\xff" + utf16be("["+good+"]"), is: []error{source.ErrBadText}, line: 1, col: 1, msg: "the input is UTF-16BE text (a UTF-16BE byte-order mark)"},
		{name: "UTF-16BE without a mark", in: utf16be("[" + good + "]"), is: []error{source.ErrBadText}, line: 1, col: 1, msg: "UTF-16BE text (NUL bytes between the characters)"},
		{name: "truncated", in: "[" + good[:10], is: []error{source.ErrSyntax}, line: 1, col: 11},
		{name: "NUL in a name", in: `[{"id": "a", "name": "A` + "\x00" + `"}]`, is: []error{source.ErrSyntax}, line: 1, col: 24},
		{name: "invalid UTF-8", in: `[{"id": "a", "name": "` + "\xff" + `"}]`, is: []error{source.ErrBadText, source.ErrSyntax}, line: 1, col: 23},
		{name: "deep JSON", in: `[{"id": "a", "name": ` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}]`, is: []error{source.ErrSyntax}, line: 1, col: 21 + 9999},
		{name: "duplicate member", in: `[{"id": "a", "name": "A", "name": "B"}]`, is: []error{source.ErrSyntax}, line: 1, col: 27, field: "[0].name"},
		{name: "unknown member", in: `[{"id": "a", "name": "A", "nmae": "B"}]`, is: []error{source.ErrSyntax}, line: 1, col: 27, field: "[0].nmae"},
		{name: "duplicate ID", in: "[" + good + ",\n" + good + "]", is: []error{source.ErrDuplicate}, line: 2, col: 1, field: "[1].id"},
		{name: "formula name is text", in: `[{"id": "a", "name": "@SUM(A1:A9)"}]`, n: 1},
		{name: "10,000 sources", in: many.String(), n: 10000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := source.LoadJSON(strings.NewReader(tc.in))
			if tc.is == nil {
				require.NoError(t, err)
				assert.Len(t, got, tc.n)
				return
			}
			assert.Nil(t, got)
			for _, is := range tc.is {
				assert.ErrorIs(t, err, is)
			}
			var pe *source.ParseError
			require.True(t, errors.As(err, &pe), "%T: %v", err, err)
			assert.Equal(t, tc.line, pe.Line, "line: %v", err)
			assert.Equal(t, tc.col, pe.Column, "column: %v", err)
			assert.Equal(t, tc.field, pe.Field, "field: %v", err)
			assert.Contains(t, err.Error(), tc.msg)
			assert.Less(t, len(err.Error()), 400, "the message does not echo the input: %.400s", err)
		})
	}
}
