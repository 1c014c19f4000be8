package acled

import (
	"errors"
	"fmt"

	"github.com/google/uuid"
)

// Errors that reject a record or end the stream. Reader errors are
// *event.ParseError values whose Err wraps one of these or a model sentinel
// (event.ErrBadDate for a date, event.ErrUnknownType for an event type,
// actor.ErrUnknownKind for an inter code, event.ErrUnknownCode for a
// disorder type, event.ErrBadPrecision and place.ErrBadPrecision for the
// precision codes); test with errors.Is.
var (
	// ErrLayout reports a header that is not an ACLED header: it lacks the
	// event_date or event_type column, or a column name is not valid
	// UTF-8 (with event.ErrBadText). It ends the stream.
	ErrLayout = errors.New("not an ACLED header")
	// ErrBadNumber reports a cell that must hold a number and does not, or
	// holds one out of range (a latitude of 95, a negative fatality count).
	ErrBadNumber = errors.New("invalid number")
	// ErrBadForm reports text that is not one of a closed set's forms
	// (ParseDateForm, ParseInterForm).
	ErrBadForm = errors.New("invalid form")
	// ErrUnwritable reports an event that cannot be written because it
	// lacks what every row needs: a type or a date.
	ErrUnwritable = errors.New("cannot write event")
)

// Warning codes. Reader.Warnings reports them as event.Problems of severity
// event.Warning whose Path is the column name as in the header. The record is
// still returned in full: a warning never changes or drops data.
var (
	// ErrMixedInter: the file writes inter codes both as numbers and as
	// text labels. ACLED clients return one or the other; a dataset should
	// not mix them. The cell is kept as written.
	ErrMixedInter = errors.New("numeric and text inter codes mixed in one dataset")
	// ErrMixedDates: event dates in more than one form in one file.
	ErrMixedDates = errors.New("event dates in more than one form")
	// ErrYear: the year column disagrees with the year of event_date.
	ErrYear = errors.New("year disagrees with event_date")
	// ErrInteraction: the interaction column disagrees with the two inter
	// codes (lower code first, "10" or "<label> only" without a second
	// actor).
	ErrInteraction = errors.New("interaction disagrees with the inter codes")
	// ErrActorInter: an inter code and its actor column disagree: a code for a
	// missing actor, or an actor with the "no actor" code.
	ErrActorInter = errors.New("inter code and actor disagree")
	// ErrCountryCode: iso or iso3 is not an ISO 3166-1 country, or the two
	// name different countries.
	ErrCountryCode = errors.New("country code not recognised, or iso and iso3 disagree")
)

// WriteError reports an event that the Writer could not write: which event,
// which column, and why (wrapping ErrUnwritable or the cause).
type WriteError struct {
	ID    uuid.UUID // the event's ID
	Field string    // the column at fault, or "" for the whole event
	Err   error
}

// Error names the event and the column.
func (e *WriteError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("acled: event %s: %v", e.ID, e.Err)
	}
	return fmt.Sprintf("acled: event %s, column %q: %v", e.ID, e.Field, e.Err)
}

// Unwrap returns the cause.
func (e *WriteError) Unwrap() error { return e.Err }
