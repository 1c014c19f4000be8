package actor

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error this package returns wraps one of them, so
// callers can test the kind of problem with errors.Is while the message
// carries the offending input.
var (
	// ErrBadID reports an actor ID that is missing or not a well-formed
	// slug (see ParseID).
	ErrBadID = errors.New("invalid actor id")

	// ErrUnknownKind reports an actor kind that is malformed or not
	// registered, and ACLED inter codes or labels that map to no kind.
	ErrUnknownKind = errors.New("unknown actor kind")

	// ErrNoActor reports ACLED's "no actor" value (inter code 0, empty
	// label). Errors carrying it also wrap ErrUnknownKind.
	ErrNoActor = errors.New("no actor")

	// ErrBadDate reports a date that is not YYYY, YYYY-MM or YYYY-MM-DD, or
	// names a day that does not exist.
	ErrBadDate = errors.New("invalid date")

	// ErrDateOrder reports a period whose start falls after its end.
	ErrDateOrder = errors.New("start date after end date")

	// ErrNoName reports an actor or name entry without text.
	ErrNoName = errors.New("missing name")

	// ErrBadText reports text that is not valid UTF-8.
	ErrBadText = errors.New("text is not valid UTF-8")

	// ErrUnknownNameKind reports a name kind outside the closed set.
	ErrUnknownNameKind = errors.New("unknown name kind")

	// ErrUnknownLinkKind reports a link kind outside the closed set.
	ErrUnknownLinkKind = errors.New("unknown link kind")

	// ErrBadLink reports a link that points at its own actor.
	ErrBadLink = errors.New("invalid link")

	// ErrBadCountry reports a country that is not a canonical ISO 3166-1
	// alpha-2 code.
	ErrBadCountry = errors.New("invalid country code")

	// ErrBadIdentifier reports an external identifier with a malformed
	// scheme or a value its scheme does not allow.
	ErrBadIdentifier = errors.New("invalid identifier")

	// ErrDuplicate reports an actor ID added to a Registry twice, or an
	// actor kind registered twice.
	ErrDuplicate = errors.New("already registered")

	// ErrDangling reports a link to an actor the Registry does not hold.
	ErrDangling = errors.New("link to an actor not in the registry")
)

// FieldError is one problem found by a Validate method. Validate returns
// every problem at once, joined with errors.Join; unwrap the joined error
// (interface{ Unwrap() []error }) and use errors.As to reach each
// FieldError, for instance to prefix Path with the position of the actor
// in a larger document.
//
// The message does not repeat the actor's ID: Path and Value locate the
// problem within the validated value, and a caller that validates many
// actors says which one failed (Registry.Add wraps the error with the ID).
type FieldError struct {
	// Path is the JSON path of the field relative to the validated value,
	// with the JSON member names and zero-based indexes, e.g. "country",
	// "names[0].text", "identifiers[1].value" or "links[2].actor".
	Path string
	// Value is the offending value as given, formatted as text (a date as
	// "2016-07", a kind by its code); empty when the field is missing.
	Value string
	// Err wraps the sentinel describing the problem, sometimes with a
	// reason ("invalid identifier: not Q followed by a number").
	Err error
}

// Error formats the problem as `actor: links[2].actor "HTS": invalid actor id`,
// or `actor: names[0].text: missing name` when Value is empty.
func (e *FieldError) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("actor: %s: %v", e.Path, e.Err)
	}
	return fmt.Sprintf("actor: %s %q: %v", e.Path, e.Value, e.Err)
}

// Unwrap returns the cause, so that errors.Is finds the sentinel.
func (e *FieldError) Unwrap() error { return e.Err }

// problems collects FieldErrors for a Validate method.
type problems []error

func (p *problems) add(path, value string, err error) {
	*p = append(*p, &FieldError{Path: path, Value: value, Err: err})
}

// period reports ErrDateOrder at the end field (prefix+toField) when from
// certainly starts after to ends; the message names the start field.
func (p *problems) period(prefix, fromField, toField string, from, to Date) {
	if from.IsZero() || to.IsZero() || from.First() <= to.Last() {
		return
	}
	p.add(prefix+toField, to.String(), fmt.Errorf("%w: %s is %q", ErrDateOrder, fromField, from.String()))
}

func (p problems) join() error { return errors.Join(p...) }
