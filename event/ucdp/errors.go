package ucdp

import (
	"errors"
	"fmt"

	"github.com/google/uuid"

	"github.com/conflictkit/conflict/event"
)

// Sentinel errors. Reading errors are *event.ParseError values whose Err
// wraps one of these (or a sentinel of package event, such as
// event.ErrBadDate, where the model has one); test with errors.Is.
var (
	// ErrHeader reports a header that is not a UCDP GED header: a required
	// column (id, type_of_violence, date_start, date_end) is missing. It is
	// fatal: every later Read returns it again.
	ErrHeader = errors.New("ucdp: not a UCDP GED header")
	// ErrNoHeader reports a first line that holds a record rather than
	// column names: the file has no header row. Set Reader.Headerless to
	// its layout to read it. It wraps ErrHeader.
	ErrNoHeader = fmt.Errorf("ucdp: no header row: %w", ErrHeader)
	// ErrBadNumber reports a cell that should hold a whole number (deaths,
	// low/best/high, number_of_sources) or a coordinate and does not.
	ErrBadNumber = errors.New("ucdp: malformed number")
	// ErrBadCode reports a code outside its set: type_of_violence (1–3),
	// where_prec (1–7), date_prec (1–5), event_clarity (1–2) or active_year
	// (1/0, true/false).
	ErrBadCode = errors.New("ucdp: unknown code")
	// ErrBadLayout reports a layout name that ParseLayout does not know.
	ErrBadLayout = errors.New("ucdp: unknown layout")
	// ErrNoCounterpart reports an event whose type the writer cannot map to
	// a type_of_violence because the type is not registered. (A registered
	// type UCDP GED does not code, such as a protest, is not an error: the
	// Writer reports the event as lost.)
	ErrNoCounterpart = errors.New("ucdp: no UCDP counterpart")
)

// Warning codes: the Code of the event.Problem values that Reader.Warnings
// returns. The rows they flag are real UCDP data and are read as they are;
// nothing is "fixed".
var (
	// ErrRangeOrder flags low > best or best > high (2,506 rows of GED 19.1
	// do this). It wraps event.ErrCountOrder, the code the event validator
	// gives the same triple.
	ErrRangeOrder = fmt.Errorf("ucdp: low/best/high out of order: %w", event.ErrCountOrder)
	// ErrDeathsSum flags deaths_a + deaths_b + deaths_civilians +
	// deaths_unknown != best, which the UCDP codebook says should hold.
	ErrDeathsSum = errors.New("ucdp: deaths per side do not add up to best")
	// ErrYear flags a year that is not date_start's year. The year is
	// written back as read.
	ErrYear = errors.New("ucdp: year disagrees with date_start")
)

// WriteError reports an event that the Writer cannot write as a UCDP row:
// which event, which column, and why.
type WriteError struct {
	ID    uuid.UUID // the event's ID
	Field string    // the column at fault, e.g. "type_of_violence"
	Err   error     // the cause; wraps a sentinel such as ErrNoCounterpart
}

// Error formats the event, the column and the cause.
func (e *WriteError) Error() string {
	return fmt.Sprintf("ucdp: event %s, column %q: %v", e.ID, e.Field, e.Err)
}

// Unwrap returns the cause.
func (e *WriteError) Unwrap() error { return e.Err }
