package actor

import (
	"errors"
	"fmt"

	"github.com/conflictkit/conflict/internal/fielderr"
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

	// ErrCycle reports successions (successor-of, merged-into links) that
	// run in a circle back to the first actor; the error is a *CycleError
	// naming them.
	ErrCycle = errors.New("cycle of successions")

	// ErrUnknownMatchKind reports a match kind outside the closed set.
	ErrUnknownMatchKind = errors.New("unknown match kind")

	// ErrNotFound reports a name that Registry.Resolve matched to no actor.
	ErrNotFound = errors.New("no actor of that name")

	// ErrAmbiguous reports a name that Registry.Resolve matched to several
	// actors equally well; the error is an *AmbiguousError listing them.
	ErrAmbiguous = errors.New("name matches several actors")

	// ErrReadOnly reports an attempt to change the shared Registry that
	// Default returns; Clone it first.
	ErrReadOnly = errors.New("registry is read-only")

	// ErrSyntax reports catalogue JSON that is malformed, has members the
	// types do not define, or values of the wrong JSON type.
	ErrSyntax = errors.New("malformed catalogue JSON")

	// ErrBadLanguage reports a language tag in catalogue JSON that
	// golang.org/x/text/language cannot parse.
	ErrBadLanguage = errors.New("invalid language tag")
)

// FieldError is one problem found by Validate: the JSON path of the field
// relative to the validated value, the offending value as given (empty when
// missing), and the cause, which wraps one of this package's sentinels.
// Validate returns every problem at once, joined with errors.Join; use
// errors.As on each part to reach it. It is the SDK's one field-error type,
// shared with the other model packages, so one errors.As finds any of them.
type FieldError = fielderr.Error

// problems collects FieldErrors for a Validate method.
type problems = fielderr.List

// period reports ErrDateOrder at the end field (prefix+toField) when from
// certainly starts after to ends; the message names the start field.
func period(p *problems, prefix, fromField, toField string, from, to Date) {
	if from.IsZero() || to.IsZero() || from.First() <= to.Last() {
		return
	}
	p.Add(prefix+toField, to.String(), fmt.Errorf("%w: %s is %q", ErrDateOrder, fromField, from.String()))
}
