package table

import (
	"errors"
	"fmt"

	"github.com/google/uuid"
)

// Sentinel errors. Reading errors are *event.ParseError values whose Err
// wraps one of these or a model package's sentinel (event.ErrBadDate,
// casualty.ErrBadPhrase, place.ErrBadID, ...); test with errors.Is.
var (
	// ErrBadCell reports a cell this package cannot read: a malformed
	// number, count, ordinal, list or JSON value.
	ErrBadCell = errors.New("malformed cell")
	// ErrUnknownColumn is the code of the warning about a column that a
	// table does not have (Reader.Warnings), such as the row index R and
	// pandas write: its cells are not read, and nothing is dropped without a
	// word.
	ErrUnknownColumn = errors.New("unknown column")
	// ErrMissingColumn reports a table without a column it cannot do
	// without, such as events.csv without "id".
	ErrMissingColumn = errors.New("missing column")
	// ErrMissingTable reports a table that must be present: events.csv.
	// Errors carrying it also wrap fs.ErrNotExist.
	ErrMissingTable = errors.New("missing table")
	// ErrRowCount reports child rows that disagree with their parent: fewer
	// or more rows than the parent's n_ column says, an ordinal out of
	// sequence, a duplicate extension key, or rows of one parent left over
	// after it was read (rows out of order).
	ErrRowCount = errors.New("child rows disagree with their parent")
	// ErrOrphan reports child rows whose parent never comes: when the
	// parent table ends, rows are left in a child table. Since the tables
	// are merged in one pass, this is found at the end of the parent table.
	ErrOrphan = errors.New("child row without a parent in merge order")
	// ErrClosed reports a Write after Close, or a second WriteDataset.
	ErrClosed = errors.New("writer closed")
)

// WriteError reports a value that cannot be written, in an event or in a
// dataset record: a value the canonical JSON form refuses too, such as a
// malformed code, an invalid date range or count, or a point out of range.
// Nothing of the event is written, so the tables stay in step and the
// writer can go on with the next event.
type WriteError struct {
	ID     uuid.UUID // the event's ID, when the value is in an event
	Record string    // the dataset record ("actors[2]", "dataset"), when it is not in an event
	Field  string    // JSON path of the value within the event or record, e.g. "participants[1].role"; for text that is not UTF-8, the table, row and column
	Err    error
}

// Error names the event or record, the field and the cause.
func (e *WriteError) Error() string {
	if e.Record != "" {
		return fmt.Sprintf("table: %s: %s: %v", e.Record, e.Field, e.Err)
	}
	return fmt.Sprintf("table: event %s: %s: %v", e.ID, e.Field, e.Err)
}

// Unwrap returns the cause.
func (e *WriteError) Unwrap() error { return e.Err }
