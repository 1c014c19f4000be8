package table

import (
	"bytes"
	"encoding"
	"encoding/csv"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/flatcsv"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

func TestEscapeCell(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		numeric bool
		neutral string // written with neutralisation
		raw     string // written with NoNeutralise
	}{
		{"plain", "Idlib", false, "Idlib", "Idlib"},
		{"empty", "", false, "", ""},
		{"equals", "=SUM(A1:A9)", false, "'=SUM(A1:A9)", "=SUM(A1:A9)"},
		{"plus", "+33 1 23", false, "'+33 1 23", "+33 1 23"},
		{"minus", "-minus", false, "'-minus", "-minus"},
		{"at", "@cmd", false, "'@cmd", "@cmd"},
		{"tab", "\tx", false, "'\tx", "\tx"},
		{"apostrophe", "'tis", false, "''tis", "'tis"},
		{"two apostrophes", "''", false, "'''", "''"},
		{"apostrophe and quote", `'"x`, false, `''"x`, `''"x`},
		{"negative number in a numeric column", "-12.5", true, "-12.5", "-12.5"},
		{"exponent in a numeric column", "-1e-05", true, "-1e-05", "-1e-05"},
		{"negative number in a text column", "-12.5", false, "'-12.5", "-12.5"},
		{"formula in a numeric column", "-1+2", true, "'-1+2", "-1+2"},
		{"CR LF", "a\r\nb", false, `'"a\r\nb"`, `'"a\r\nb"`},
		{"leading CR", "\rx", false, `'"\rx"`, `'"\rx"`},
		{"CR and quotes", "\"q\"\r", false, `'"\"q\"\r"`, `'"\"q\"\r"`},
		{"LF alone", "a\nb", false, "a\nb", "a\nb"},
		{"equals inside", "a=b", false, "a=b", "a=b"},
		{"HTML", "<b>&", false, "<b>&", "<b>&"},
		{"R's NA as text", "NA", false, "'NA", "'NA"},
		{"N/A", "N/A", false, "'N/A", "'N/A"},
		{"n/a", "n/a", false, "'n/a", "'n/a"},
		{"NaN", "NaN", false, "'NaN", "'NaN"},
		{"nan", "nan", false, "'nan", "'nan"},
		{"NULL", "NULL", false, "'NULL", "'NULL"},
		{"null", "null", false, "'null", "'null"},
		{"None", "None", false, "'None", "'None"},
		{"#N/A", "#N/A", false, "'#N/A", "'#N/A"},
		{"<NA>", "<NA>", false, "'<NA>", "'<NA>"},
		{"Stata's dot as text", ".", false, "'.", "'."},
		{"Stata's .a as text", ".a", false, "'.a", "'.a"},
		{"apostrophe and NA", "'NA", false, "''NA", "''NA"},
		{"two apostrophes and NA", "''NA", false, "'''NA", "'''NA"},
		{"apostrophe and dot", "'.", false, "''.", "''."},
		{"NA in a list is no missing value", "NA; nan", false, "NA; nan", "NA; nan"},
		{"other case is text", "Na", false, "Na", "Na"},
		{"spaces around NA are text", " NA", false, " NA", " NA"},
		{"two dots are text", "..", false, "..", ".."},
		{"dot and capital", ".A", false, ".A", ".A"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.neutral, escapeCell(tc.in, true, tc.numeric))
			assert.Equal(t, tc.raw, escapeCell(tc.in, false, tc.numeric))
			back, err := unescapeCell(tc.neutral, true)
			require.NoError(t, err)
			assert.Equal(t, tc.in, back)
			back, err = unescapeCell(tc.raw, false)
			require.NoError(t, err)
			assert.Equal(t, tc.in, back)
		})
	}
}

func TestUnescapeCell(t *testing.T) {
	tests := []struct {
		name, in string
		neutral  bool
		want     string
		err      error
	}{
		{"hand-typed apostrophe stays", "'tis", true, "'tis", nil},
		{"escaped NA", "'NA", true, "NA", nil},
		{"escaped NA in raw mode", "'NA", false, "NA", nil},
		{"escaped 'NA in raw mode", "''NA", false, "'NA", nil},
		{"escaped dot", "'.", false, ".", nil},
		{"apostrophe before a name starting NA stays", "'NAB", false, "'NAB", nil},
		{"lone apostrophe stays", "'", true, "'", nil},
		{"neutralised formula", "'=1", true, "=1", nil},
		{"raw mode keeps a neutralised-looking cell", "'=1", false, "'=1", nil},
		{"raw mode strips before a quote", `''"x`, false, `'"x`, nil},
		{"raw mode keeps two apostrophes", "''x", false, "''x", nil},
		{"JSON string", `'"a\tb"`, true, "a\tb", nil},
		{"JSON string in raw mode", `'"a\tb"`, false, "a\tb", nil},
		{"broken JSON string", `'"abc`, true, `'"abc`, ErrBadCell},
		{"trailing text after the JSON string", `'"a" b`, true, `'"a" b`, ErrBadCell},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := unescapeCell(tc.in, tc.neutral)
			assert.Equal(t, tc.want, got)
			if tc.err != nil {
				assert.ErrorIs(t, err, tc.err)
			} else {
				assert.NoError(t, err)
			}
		})
	}
}

func TestPlainNumber(t *testing.T) {
	for _, s := range []string{"0", "-0", "12", "-12.5", "35.93062", "1e-07", "1E+5", "-1.5e10", "179.99999999999997"} {
		assert.True(t, plainNumber(s), s)
	}
	for _, s := range []string{"", "-", "+1", "01", "1.", ".5", "1e", "1e+", "0x10", "Inf", "NaN", "1_000", "1,5", " 1", "1 ", "--1", "1.2.3"} {
		assert.False(t, plainNumber(s), s)
	}
}

func TestParseFloat(t *testing.T) {
	f, err := parseFloat("-0")
	require.NoError(t, err)
	assert.Equal(t, "-0", formatFloat(f), "negative zero survives")
	_, err = parseFloat("1e400")
	assert.ErrorIs(t, err, ErrBadCell)
	_, err = parseFloat("+1")
	assert.ErrorIs(t, err, ErrBadCell)
}

func TestParseCount(t *testing.T) {
	for s, want := range map[string]int{"0": 0, "7": 7, "123456789": 123456789} {
		n, err := parseCount(s)
		require.NoError(t, err, s)
		assert.Equal(t, want, n)
	}
	for _, s := range []string{"", "-1", "+1", "01", "1.0", "1234567890", "x", " 1"} {
		_, err := parseCount(s)
		assert.ErrorIs(t, err, ErrBadCell, s)
	}
}

func TestLists(t *testing.T) {
	tests := []struct {
		name  string
		items []string
		cell  string
	}{
		{"nil", nil, ""},
		{"empty", []string{}, "[]"},
		{"one", []string{"a"}, "a"},
		{"several", []string{"a", "b c", " d "}, "a; b c;  d "},
		{"empty item", []string{"a", ""}, `["a",""]`},
		{"semicolon", []string{"a;b"}, `["a;b"]`},
		{"bracket first", []string{"[a", "b"}, `["[a","b"]`},
		{"bracket later", []string{"a", "[b"}, "a; [b"},
		{"only an empty item", []string{""}, `[""]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cell, err := joinStrings(tc.items)
			require.NoError(t, err)
			assert.Equal(t, tc.cell, cell)
			back, err := splitStrings(cell)
			require.NoError(t, err)
			assert.Equal(t, tc.items, back)
		})
	}
	got, err := splitStrings("a;b;  c")
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "b", " c"}, got, "one space after ';' is dropped")
	for _, bad := range []string{"a;", ";a", "a;;b", "a; ", `["a"`, `[1]`, `[{"a":1}]`} {
		_, err := splitStrings(bad)
		assert.ErrorIs(t, err, ErrBadCell, bad)
	}
}

func TestKeysCell(t *testing.T) {
	tests := []struct {
		name string
		keys []event.Key
		cell string
	}{
		{"nil", nil, ""},
		{"empty", []event.Key{}, "[]"},
		{"plain", []event.Key{{Scheme: "acled", Value: "SYR78126"}, {Scheme: "ucdp", Value: "306667"}}, "acled:SYR78126; ucdp:306667"},
		{"colon in value", []event.Key{{Scheme: "x", Value: "a:b"}}, "x:a:b"},
		{"empty value", []event.Key{{Scheme: "x"}}, "x:"},
		{"colon in scheme", []event.Key{{Scheme: "a:b", Value: "c"}}, `[{"scheme":"a:b","value":"c"}]`},
		{"semicolon in value", []event.Key{{Scheme: "a", Value: "b;c"}}, `[{"scheme":"a","value":"b;c"}]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cell, err := keys(tc.keys)
			require.NoError(t, err)
			assert.Equal(t, tc.cell, cell)
		})
	}
}

// codeSamples are texts around the code syntax, for checking the fast
// paths of code and parseCode against the types' own methods.
var codeSamples = []string{
	"", "a", "battles", "air-drone-strike", "org.example/drone-sighting", "a:b", "a1", "1a", "A", "a b", "a--b", "a-", "-a",
	"a/b/c", "a_b.c", "é", "a\x00", "x" + string(make([]byte, 70)), "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl",
	"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklm",
}

// testCursor returns a cursor whose head row is one cell.
func testCursor(t *testing.T, cell string) *cursor {
	t.Helper()
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	require.NoError(t, w.WriteAll([][]string{{"x", "y"}, {"z", "y"}}))
	c := &cursor{col: []int{0}, r: flatcsv.NewReader(&b, 0)}
	_, err := c.r.Read()
	require.NoError(t, err)
	// The cell is put in by hand: flatcsv refuses some samples (a NUL)
	// before a decoder sees them. The record read stays flatcsv's current
	// one, for positions.
	c.head = []string{cell, "y"}
	return c
}

func checkCode[T textCode, PT interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, name string) {
	t.Helper()
	for _, s := range codeSamples {
		v := T(s)
		_, mErr := v.MarshalText()
		got, err := code(v)
		assert.Equal(t, mErr == nil, err == nil, "%s: code(%q)", name, s)
		if err == nil {
			assert.Equal(t, s, got)
		}

		var want T
		uErr := PT(&want).UnmarshalText([]byte(s))
		d := dec{c: testCursor(t, s)}
		parsed := parseCode[T, PT](&d, 0)
		assert.Equal(t, uErr == nil, d.err == nil, "%s: parseCode(%q)", name, s)
		if uErr == nil {
			assert.Equal(t, want, parsed, "%s: parseCode(%q)", name, s)
		}
	}
}

// TestCodeFastPaths: the fast paths accept and refuse exactly what the
// model's MarshalText and UnmarshalText do, for every code type read or
// written with them.
func TestCodeFastPaths(t *testing.T) {
	checkCode[event.Type](t, "event.Type")
	checkCode[event.Role](t, "event.Role")
	checkCode[event.ClaimKind](t, "event.ClaimKind")
	checkCode[event.Aspect](t, "event.Aspect")
	checkCode[event.RelationKind](t, "event.RelationKind")
	checkCode[actor.ID](t, "actor.ID")
	checkCode[actor.Kind](t, "actor.Kind")
	checkCode[place.ID](t, "place.ID")
	checkCode[place.Scheme](t, "place.Scheme")
	checkCode[source.ID](t, "source.ID")
	checkCode[source.Kind](t, "source.Kind")
	checkCode[casualty.Outcome](t, "casualty.Outcome")
	checkCode[casualty.Group](t, "casualty.Group")
}

func TestTableNames(t *testing.T) {
	assert.Equal(t, []string{"events.csv", "paths.csv", "participants.csv", "casualties.csv", "citations.csv", "via.csv",
		"claims.csv", "about.csv", "relations.csv", "ext.csv"}, EventTables())
	assert.Equal(t, []string{"dataset.csv", "actors.csv", "actor_names.csv", "actor_identifiers.csv", "actor_links.csv",
		"places.csv", "place_names.csv", "place_codes.csv", "sources.csv", "source_names.csv"}, DatasetTables())
	assert.Equal(t, []string{"event_id", "citation", "n", "source_id", "source_name"}, Columns("via.csv"))
	assert.Nil(t, Columns("nope.csv"))
}

func TestIsoDay(t *testing.T) {
	for _, d := range []date.Date{date.New(2019, 8, 31), date.New(1, 1, 1), date.New(9999, 12, 31), date.New(0, 2, 29), date.New(10000, 1, 1), date.New(-5, 3, 4)} {
		assert.Equal(t, d.String(), isoDay(d))
	}
}
