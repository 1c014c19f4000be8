package casualty

import "errors"

// Sentinel errors. Every error this package returns wraps one or more of
// them, so callers can test with errors.Is; messages start with "casualty:"
// and quote the offending input.
var (
	// ErrBadCount reports a Count that contradicts itself (a range whose low
	// is above its high, "fewer than 0") or a JSON count object with unknown,
	// repeated or contradictory members.
	ErrBadCount = errors.New("invalid count")

	// ErrBadPhrase reports a count phrase that ParseCount does not accept.
	// The parser refuses rather than guesses.
	ErrBadPhrase = errors.New("bad count phrase")

	// ErrNegative reports a negative number of people.
	ErrNegative = errors.New("negative count")

	// ErrOverflow reports a number above MaxCount.
	ErrOverflow = errors.New("count out of range")

	// ErrUnknownOutcome reports an outcome code that is malformed or not
	// registered.
	ErrUnknownOutcome = errors.New("unknown casualty outcome")

	// ErrUnknownGroup reports a group code that is malformed or not
	// registered.
	ErrUnknownGroup = errors.New("unknown casualty group")

	// ErrMixedFigures reports figures about different outcomes or groups
	// passed to Reconcile together.
	ErrMixedFigures = errors.New("figures for different outcomes or groups")

	// ErrRegister reports a RegisterOutcome or RegisterGroup call with a
	// malformed or already registered code.
	ErrRegister = errors.New("code cannot be registered")

	// ErrBadText reports a Figure whose Text is not valid UTF-8 and so cannot
	// survive JSON unchanged.
	ErrBadText = errors.New("figure text is not valid UTF-8")
)
