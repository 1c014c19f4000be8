package actor_test

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
)

// The hostile suite of the catalogue loader: files a careless export, a
// broken tool or an attacker produces, each with the exact typed error it
// must give. A catalogue loads whole or not at all, so "kept" here means
// that a good catalogue around the odd value loads.

// utf16le encodes ASCII text as UTF-16LE.
func utf16le(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		b.WriteByte(0)
	}
	return b.String()
}

func TestHostile(t *testing.T) {
	const good = `{"id": "a", "kind": "armed-group", "name": "A"}`
	deep := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	var many strings.Builder
	many.WriteString("[")
	for i := range 10000 {
		if i > 0 {
			many.WriteString(",\n")
		}
		many.WriteString(`{"id": "a` + strconv.Itoa(i) + `", "kind": "armed-group", "name": "A ` + strconv.Itoa(i) + `"}`)
	}
	many.WriteString("]")
	tests := []struct {
		name  string
		in    string
		is    []error // nil: the catalogue loads
		line  int
		col   int
		field string
		msg   string // a part of the message
		n     int    // actors loaded
	}{
		{name: "empty file", in: "", is: []error{actor.ErrSyntax}, line: 1, col: 1, msg: "empty input"},
		{name: "UTF-8 byte-order mark", in: "\ufeff[" + good + "]", n: 1},
		{name: "UTF-16LE with its mark", in: "\xff\xfe" + utf16le("["+good+"]"), is: []error{actor.ErrBadText}, line: 1, col: 1, msg: "the input is UTF-16LE text (a UTF-16LE byte-order mark)"},
		{name: "UTF-16LE without a mark", in: utf16le("[" + good + "]"), is: []error{actor.ErrBadText}, line: 1, col: 1, msg: "UTF-16LE text (NUL bytes between the characters)"},
		{name: "truncated", in: "[" + good[:20], is: []error{actor.ErrSyntax}, line: 1, col: 21},
		{name: "NUL in a name", in: `[{"id": "a", "kind": "armed-group", "name": "A` + "\x00" + `"}]`, is: []error{actor.ErrSyntax}, line: 1, col: 47},
		{name: "invalid UTF-8", in: `[{"id": "a", "kind": "armed-group", "name": "S` + "\xe9" + `l` + "\xe9" + `ka"}]`, is: []error{actor.ErrBadText, actor.ErrSyntax}, line: 1, col: 47},
		{name: "year 20190", in: `[{"id": "a", "kind": "armed-group", "name": "A", "founded": "20190"}]`, is: []error{actor.ErrBadDate}, line: 1, col: 61, field: "[0].founded"},
		{name: "year 0025", in: `[{"id": "a", "kind": "armed-group", "name": "A", "founded": "0025"}]`, is: []error{actor.ErrBadDate}, line: 1, col: 61, field: "[0].founded"},
		{name: "31 February", in: `[{"id": "a", "kind": "armed-group", "name": "A", "founded": "2019-02-31"}]`, is: []error{actor.ErrBadDate}, line: 1, col: 61, field: "[0].founded"},
		{name: "dissolved before founded", in: `[{"id": "a", "kind": "armed-group", "name": "A", "founded": "2019", "dissolved": "2018"}]`, is: []error{actor.ErrDateOrder}, line: 1, col: 2, field: "[0]"},
		{name: "formula name is text", in: `[{"id": "a", "kind": "armed-group", "name": "=HYPERLINK(\"http://example.com\")"}]`, n: 1},
		{name: "deep JSON", in: `[{"id": "a", "kind": "armed-group", "name": ` + deep + `}]`, is: []error{actor.ErrSyntax}, line: 1, col: 44 + 9999},
		{name: "duplicate member", in: `[{"id": "a", "kind": "armed-group", "name": "A", "name": "B"}]`, is: []error{actor.ErrSyntax}, line: 1, col: 50, field: "[0].name"},
		{name: "unknown member", in: `[{"id": "a", "kind": "armed-group", "name": "A", "nmae": "B"}]`, is: []error{actor.ErrSyntax}, line: 1, col: 50, field: "[0].nmae"},
		{name: "duplicate ID", in: "[" + good + ",\n" + good + "]", is: []error{actor.ErrDuplicate}, line: 2, col: 1, field: "[1].id", msg: `id "a" also at [0]`},
		{name: "cycle of successions", in: "[\n" +
			`{"id": "a", "kind": "armed-group", "name": "A", "links": [{"kind": "merged-into", "actor": "b"}]},` + "\n" +
			`{"id": "b", "kind": "armed-group", "name": "B", "links": [{"kind": "merged-into", "actor": "a"}]}` + "\n]",
			is: []error{actor.ErrCycle}, line: 3, col: 1, field: "[1].links[0]", msg: "cycle of successions: a → b → a"}, // b's link closes it
		{name: "10,000 actors", in: many.String(), n: 10000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := actor.LoadJSON(strings.NewReader(tc.in))
			if tc.is == nil {
				require.NoError(t, err)
				assert.Len(t, got, tc.n)
				return
			}
			assert.Nil(t, got)
			for _, is := range tc.is {
				assert.ErrorIs(t, err, is)
			}
			var pe *actor.ParseError
			require.True(t, errors.As(err, &pe), "%T: %v", err, err)
			assert.Equal(t, tc.line, pe.Line, "line: %v", err)
			assert.Equal(t, tc.col, pe.Column, "column: %v", err)
			assert.Equal(t, tc.field, pe.Field, "field: %v", err)
			assert.Contains(t, err.Error(), tc.msg)
			assert.Less(t, len(err.Error()), 400, "the message does not echo the input: %.400s", err)
		})
	}
	t.Run("cycle error names the actors", func(t *testing.T) {
		_, err := actor.LoadJSON(strings.NewReader(`[{"id": "a", "kind": "armed-group", "name": "A", "links": [{"kind": "successor-of", "actor": "a2"}]},` +
			`{"id": "a2", "kind": "armed-group", "name": "A2", "links": [{"kind": "successor-of", "actor": "a"}]}]`))
		var ce *actor.CycleError
		require.ErrorAs(t, err, &ce)
		assert.Equal(t, []actor.ID{"a", "a2"}, ce.Actors)
	})
	t.Run("100 MB name", func(t *testing.T) {
		// Within the 256 MiB bound on a catalogue, a huge value is read
		// (a catalogue is held whole); the bound stops an endless input.
		got, err := actor.LoadJSON(io.MultiReader(strings.NewReader(`[{"id": "a", "kind": "armed-group", "name": "`),
			io.LimitReader(repeatReader('x'), 100<<20), strings.NewReader(`"}]`)))
		require.NoError(t, err)
		require.Len(t, got, 1)
		assert.Len(t, got[0].Name, 100<<20)
	})
}

// repeatReader is an endless run of one byte.
type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}
