package table

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/flatcsv"
	"github.com/conflictkit/conflict/internal/formula"
	"github.com/conflictkit/conflict/internal/strictjson"
)

// Cell escapes. Four rules keep every cell lossless through CSV,
// spreadsheets and statistics programs:
//
//   - CR: a cell holding a CR is written as ' followed by the text as a
//     JSON string ("'\"a\\r\\nb\""), always. This package's own CSV layer
//     keeps CR, LF and CRLF in a quoted cell byte for byte, but the programs
//     the tables pass through do not: encoding/csv reads "\r\n" in a quoted
//     field as "\n", and a spreadsheet keeps a line break in a cell as LF.
//   - Apostrophes before a quote: a cell that starts with one or more '
//     followed by " gets one more ', so that it is not taken for that form.
//   - Missing values: a cell that is, after any leading 's, one of the
//     default spellings of a missing value (flatcsv.DefaultMissing: "NA",
//     "NaN", "None", ...) or Stata's "." or ".a" to ".z" gets one more ',
//     so that a note "NA" or an actor named "None" is not read as missing
//     (by a Reader, nor by R or pandas).
//   - Formulas (unless NoNeutralise): a cell starting with =, +, -, @, tab,
//     CR or ' is written with one more leading '.
//
// A reader strips one ' from a cell starting with ' and one of those
// characters (with NoNeutralise: from a cell starting with two or more '
// and a "), or with ' and a missing-value form, and decodes a cell starting
// with exactly '" as a JSON string.

// escapeCell returns cell as it is written. numeric marks a numeric column,
// where plain numbers such as "-12.5" are not neutralised: a spreadsheet
// reads them as numbers, not formulas.
func escapeCell(cell string, neutral, numeric bool) string {
	if cell == "" {
		return cell
	}
	if strings.IndexByte(cell, '\r') >= 0 {
		return "'" + quoteJSON(cell)
	}
	if neutral {
		if trigger(cell[0]) && !(numeric && plainNumber(cell)) || missingForm(cell) {
			return "'" + cell
		}
		return cell
	}
	if quoteRun(cell) > 0 || missingForm(cell) {
		return "'" + cell
	}
	return cell
}

// missingForm reports whether cell is, after any leading apostrophes, a
// value some program reads as missing: a default spelling
// (flatcsv.DefaultMissing) or a Stata missing value. The set is fixed,
// whatever a Reader's Missing option, so that the escape is the format's.
func missingForm(cell string) bool {
	s := strings.TrimLeft(cell, "'")
	return s != "" && (flatcsv.Missing(s, nil) || flatcsv.MissingNumber(s))
}

// quoteRun returns the number of apostrophes cell starts with when a
// double quote follows them, and 0 otherwise.
func quoteRun(cell string) int {
	n := 0
	for n < len(cell) && cell[n] == '\'' {
		n++
	}
	if n < len(cell) && cell[n] == '"' {
		return n
	}
	return 0
}

// trigger reports whether a cell starting with c is neutralised: the
// SDK's formula characters (formula.Trigger), and an apostrophe, so that
// the one a neutralised cell starts with can be told from a cell's own.
func trigger(c byte) bool { return c == '\'' || formula.Trigger(c) }

// unescapeCell undoes escapeCell. A cell starting with ' and another
// character, such as "'tis", is kept as it is, so that a hand-typed
// apostrophe survives.
func unescapeCell(cell string, neutral bool) (string, error) {
	if len(cell) < 2 || cell[0] != '\'' {
		return cell, nil
	}
	switch {
	case neutral && trigger(cell[1]):
		return cell[1:], nil
	case !neutral && quoteRun(cell) > 1:
		return cell[1:], nil
	case missingForm(cell[1:]):
		return cell[1:], nil
	case cell[1] == '"':
		var s string
		if err := json.Unmarshal([]byte(cell[1:]), &s); err != nil {
			return cell, fmt.Errorf("table: %w: a cell starting with '\" must be a JSON string: %w", ErrBadCell, err)
		}
		return s, nil
	}
	return cell, nil
}

// quoteJSON returns s as a JSON string literal, without HTML escaping.
func quoteJSON(s string) string {
	q, err := marshalJSON(s)
	if err != nil { // a string always encodes
		return strconv.Quote(s)
	}
	return q
}

// plainNumber reports whether s is a number in JSON syntax
// (formula.Number), the only form this package writes and reads in numeric
// columns. Such cells are exempt from neutralisation: a spreadsheet reads
// "-12.5" as a number, not a formula.
func plainNumber(s string) bool { return formula.Number(s) }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// formatFloat writes a coordinate with the shortest decimals that read
// back exactly, as package place does ("35.93062", "-0", "1e-05").
func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// parseFloat reads a number in JSON syntax; "+1", "0x1p3", "Inf" and
// "1_000" are refused, whatever strconv would make of them.
func parseFloat(s string) (float64, error) {
	if !plainNumber(s) {
		return 0, fmt.Errorf("table: %w: %s is not a decimal number", ErrBadCell, fielderr.Quote(s))
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("table: %w: %s: %w", ErrBadCell, fielderr.Quote(s), err)
	}
	return f, nil
}

// parseCount reads a row count or ordinal: decimal digits without sign or
// leading zeros ("0", "12"), at most 9 of them.
func parseCount(s string) (int, error) {
	if s == "" || len(s) > 9 || (len(s) > 1 && s[0] == '0') {
		return 0, fmt.Errorf("table: %w: %s is not a count", ErrBadCell, fielderr.Quote(s))
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, fmt.Errorf("table: %w: %s is not a count", ErrBadCell, fielderr.Quote(s))
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, nil
}

// Inline lists. A short list of strings shares one cell:
//
//	""            nil (no list)
//	"a; b; c"     the plain form: items joined by "; "
//	`["a;b",""]`  a JSON array, for the empty list ("[]") and for items the
//	              plain form cannot carry (empty, containing ';', or a first
//	              item starting with '[')
//
// Reading splits the plain form on ';' and drops one space after each ';',
// so "a;b" reads like "a; b".

// plainItem reports whether item can stand in the plain form at
// position i.
func plainItem(item string, i int) bool {
	return item != "" && !strings.Contains(item, ";") && (i > 0 || item[0] != '[')
}

// joinList formats items (n of them, item(i) giving each) as a list cell;
// asJSON is the value to encode when the plain form does not fit.
func joinList(n int, isNil bool, item func(int) (string, bool), asJSON func() any) (string, error) {
	if isNil {
		return "", nil
	}
	plain := n > 0
	for i := 0; i < n && plain; i++ {
		_, plain = item(i)
	}
	if !plain {
		return marshalJSON(asJSON())
	}
	if n == 1 {
		s, _ := item(0)
		return s, nil
	}
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString("; ")
		}
		s, _ := item(i)
		b.WriteString(s)
	}
	return b.String(), nil
}

// joinStrings formats a list of strings as a list cell.
func joinStrings(items []string) (string, error) {
	return joinList(len(items), items == nil,
		func(i int) (string, bool) { return items[i], plainItem(items[i], i) },
		func() any { return items })
}

// splitList splits a list cell: it reports nil for an empty cell, decodes a
// JSON array into v (and reports false), or returns the plain items.
func splitList(cell string, v any) (items []string, plain bool, err error) {
	if cell == "" {
		return nil, false, nil
	}
	if cell[0] == '[' {
		if err := strictjson.Decode([]byte(cell), v); err != nil {
			return nil, false, fmt.Errorf("table: %w: list %s: %w", ErrBadCell, fielderr.Quote(cell), err)
		}
		return nil, false, nil
	}
	items = make([]string, 0, strings.Count(cell, ";")+1)
	rest := cell
	for {
		item, tail, more := strings.Cut(rest, ";")
		if len(items) > 0 {
			item = strings.TrimPrefix(item, " ")
		}
		if item == "" {
			return nil, false, fmt.Errorf("table: %w: list %s has an empty item (write it as a JSON array)", ErrBadCell, fielderr.Quote(cell))
		}
		items = append(items, item)
		if !more {
			return items, true, nil
		}
		rest = tail
	}
}

// splitStrings reads a list cell of strings.
func splitStrings(cell string) ([]string, error) {
	var v []string
	items, plain, err := splitList(cell, &v)
	if err != nil || !plain {
		return v, err
	}
	return items, nil
}

// marshalJSON encodes v compactly without HTML escaping, as the canonical
// JSON form does.
func marshalJSON(v any) (string, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return string(bytes.TrimSuffix(b.Bytes(), []byte{'\n'})), nil
}
