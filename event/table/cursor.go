package table

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/flatcsv"
)

// cursor reads one table and holds its next row (the head), so that the
// merge can look at a row before taking it.
type cursor struct {
	t       tableID
	file    io.Closer
	r       *flatcsv.Reader
	col     []int          // field index of each of the table's columns; -1 when absent
	neutral bool           // cells were neutralised: undo it
	missing []string       // the spellings of a missing value (Reader.Missing)
	ignored event.Problems // a warning about each column that is not read

	head    []string // the head row's fields, valid until the next read
	headErr error    // a record error (CSV syntax, field count, too long) at the head
	loaded  bool     // head or headErr holds the next row
	eof     bool
	fatal   error // I/O error, or a record error flatcsv cannot read past: the table cannot go on
	last    error // the last record error flatcsv returned, as flatcsv returned it

	dec  dec                     // decoder of the head row, reused
	tags map[string]language.Tag // parsed language tags, shared by the Reader's tables
}

// name returns the table's file name.
func (c *cursor) name() string { return tables[c.t].file }

// openCursor opens table t in fsys and reads its header. A missing
// optional table reads as an empty one.
func openCursor(fsys fs.FS, t tableID, max int, opt cursorOptions) (*cursor, error) {
	c := &cursor{t: t, neutral: opt.neutral, missing: opt.missing, tags: opt.tags, col: make([]int, len(tables[t].cols))}
	for i := range c.col {
		c.col[i] = -1
	}
	f, err := fsys.Open(tables[t].file)
	if err != nil {
		if t != tEvents && errors.Is(err, fs.ErrNotExist) {
			c.eof = true
			return c, nil
		}
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("table: %s: %w: %w", tables[t].file, ErrMissingTable, err)
		}
		return nil, fmt.Errorf("table: %s: %w", tables[t].file, err)
	}
	c.file = f
	c.r = flatcsv.NewReader(f, max)
	c.r.Encoding = opt.enc
	header, err := c.r.Header()
	if err != nil {
		_ = f.Close()
		return nil, c.wrap(err)
	}
	for i, h := range header {
		k := strings.ToLower(strings.TrimSpace(h))
		if j := slices.Index(tables[t].cols, k); j >= 0 {
			c.col[j] = i
			continue
		}
		// A column the table does not have — the row index R and pandas
		// write first, an analyst's own column — is not read, and said so
		// once: nothing is dropped without a word.
		c.ignored = append(c.ignored, ignoredColumn(c.name(), i, h))
	}
	if hxl := c.r.HXL(); hxl != nil {
		// The native tables have no HXL row: a first row whose cells all
		// start with '#' is data that flatcsv set aside. It is still
		// flatcsv's current record, so errors point into it.
		if len(hxl) == len(header) {
			c.head, c.loaded = hxl, true
		} else {
			c.headErr, c.loaded = c.errAtField(-1, fmt.Errorf("%d fields, want %d as in the header: %w", len(hxl), len(header), csv.ErrFieldCount)), true
		}
	}
	missing := func(j int, why string) (*cursor, error) {
		_ = f.Close()
		return nil, &event.ParseError{Line: 1, Column: 1, Field: c.name() + ": " + tables[t].cols[j],
			Err: fmt.Errorf("table: %w %q%s", ErrMissingColumn, tables[t].cols[j], why), Record: c.r.RawHeader()}
	}
	for _, j := range tables[t].required {
		if c.col[j] < 0 {
			return missing(j, delimiterHint(header))
		}
	}
	for _, group := range tables[t].together {
		for _, j := range group {
			if c.col[j] < 0 && slices.ContainsFunc(group, c.has) {
				return missing(j, fmt.Sprintf(" (given %q, they come together)", tables[t].cols[slices.IndexFunc(group, c.has)]))
			}
		}
	}
	return c, nil
}

// cursorOptions are the Reader's options a cursor reads with.
type cursorOptions struct {
	enc     encoding.Encoding
	neutral bool
	missing []string
	tags    map[string]language.Tag
}

// ignoredColumn is the warning about column i of file, named name, which
// the table does not have.
func ignoredColumn(file string, i int, name string) event.Problem {
	p := event.Problem{Path: file + ": " + name, Code: ErrUnknownColumn, Severity: event.Warning}
	if unnamed(name) {
		if name == "" {
			p.Path = file + `: ""`
		}
		p.Message = fmt.Sprintf("column %d of %s is unnamed (%s): a row index, as R and pandas write one; its cells are not read", i+1, file, fielderr.Quote(name))
	} else {
		p.Message = fmt.Sprintf("column %d of %s, %s, is not one of the table's columns: its cells are not read", i+1, file, fielderr.Quote(name))
	}
	return p
}

// unnamed reports whether a column name is no name: empty (R's write.csv
// names its row-name column ""; so does pandas its index), or the name a
// program gives an unnamed column when it reads such a file again:
// pandas' "Unnamed: 0" ("Unnamed: 0.1" for the second of that name) and
// readr's "...1".
func unnamed(name string) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return true
	}
	if n, ok := strings.CutPrefix(name, "..."); ok {
		return digits(n)
	}
	n, ok := strings.CutPrefix(name, "Unnamed: ")
	if !ok {
		return false
	}
	n, dup, isDup := strings.Cut(n, ".")
	return digits(n) && (!isDup || digits(dup))
}

// delimiterHint explains a header that is one column holding ';' or a tab:
// a file written with another delimiter, as spreadsheets in many locales
// write CSV.
func delimiterHint(header []string) string {
	if len(header) != 1 {
		return ""
	}
	for _, sep := range []string{";", "\t"} {
		if strings.Contains(header[0], sep) {
			return fmt.Sprintf(" (the header is one column holding %q: the tables are comma-separated)", sep)
		}
	}
	return ""
}

// close closes the table's file.
func (c *cursor) close() error {
	if c == nil || c.file == nil {
		return nil
	}
	err := c.file.Close()
	c.file = nil
	return err
}

// has reports whether the table has column col.
func (c *cursor) has(col int) bool { return c.col[col] >= 0 }

// peek loads the head row if it is not loaded.
func (c *cursor) peek() {
	if c.loaded || c.eof || c.fatal != nil {
		return
	}
	f, err := c.r.Read()
	switch {
	case err == io.EOF:
		c.eof = true
	case err != nil && err == c.last:
		// flatcsv returns a record error again when it cannot read past
		// the record (an over-long record it could not skip): the
		// table ends there.
		c.fatal = err // named by wrap when it came first
	case err != nil:
		// A record error, an over-long record included, rejects the
		// record alone: flatcsv goes on with the next one.
		var pe *event.ParseError
		if errors.As(err, &pe) {
			c.last = err
			c.headErr, c.loaded = c.wrap(err), true
		} else {
			c.fatal = c.wrap(err)
		}
	default:
		c.head, c.loaded = f, true
	}
}

// take consumes the head row. The flatcsv reader keeps it as its current
// record until the next peek, so errors can still point into it.
func (c *cursor) take() {
	c.head, c.headErr, c.loaded = nil, nil, false
}

// cell returns the text of column col in the head row, unescaped: "" when
// the table has no such column. A cell that does not unescape is returned
// as it is; dec.s reports it.
func (c *cursor) cell(col int) string {
	s, _ := c.text(col)
	return s
}

// text is cell with the unescaping error. Cells are read as found: a
// spelling of a missing value (Reader.Missing) is the empty cell; the cells
// of plain columns (numbers, codes, IDs, dates) lose the spaces around
// them, read Stata's missing values as empty and a whole number written as
// a decimal ("12.0") as an integer. None of these is a value the Writer
// writes in those columns, and in text columns it escapes the cells that
// read as missing, so the rules change nothing the Writer wrote.
func (c *cursor) text(col int) (string, error) {
	i := c.col[col]
	if i < 0 || c.head == nil {
		return "", nil
	}
	s := c.head[i]
	if plainCol[c.t][col] {
		s = flatcsv.TrimSpace(s)
		if flatcsv.MissingNumber(s) {
			return "", nil
		}
		s = flatcsv.Integral(s)
	}
	if flatcsv.Missing(s, c.missing) {
		return "", nil
	}
	return unescapeCell(s, c.neutral)
}

// plainCol marks the plain columns of each table (tableDef.plain).
var plainCol = func() (m [numTables][]bool) {
	for t, d := range tables {
		m[t] = make([]bool, len(d.cols))
		for _, c := range d.plain {
			m[t][c] = true
		}
	}
	return m
}()

// match reports whether the head row belongs to the parent whose key cell
// is key and, when subCol >= 0, whose ordinal (or "of" value) is sub.
func (c *cursor) match(key string, subCol int, sub string) bool {
	c.peek()
	if c.head == nil {
		return false
	}
	return c.cell(0) == key && (subCol < 0 || c.cell(subCol) == sub)
}

// errAt returns a *event.ParseError pointing at column col of the current
// record (at the record when the table has no such column), whose Field
// names the file and the column.
func (c *cursor) errAt(col int, err error) *event.ParseError {
	i := -1
	if col >= 0 {
		i = c.col[col]
	}
	return c.named(c.r.Error(i, err))
}

// errAtField is errAt for a field index of the record.
func (c *cursor) errAtField(i int, err error) *event.ParseError {
	return c.named(c.r.Error(i, err))
}

// named prefixes a ParseError's Field with the file name.
func (c *cursor) named(pe *event.ParseError) *event.ParseError {
	if pe.Field == "" {
		pe.Field = c.name()
	} else {
		pe.Field = c.name() + ": " + pe.Field
	}
	return pe
}

// wrap names the file in an error from flatcsv.
func (c *cursor) wrap(err error) error {
	var pe *event.ParseError
	if errors.As(err, &pe) {
		return c.named(pe)
	}
	return fmt.Errorf("table: %s: %w", c.name(), err)
}
