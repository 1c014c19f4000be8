// Package fielderr is the one error type that the model packages' Validate
// methods report problems with: actor.FieldError, place.FieldError and
// source.FieldError are aliases of Error, so a caller reaches any of them
// with a single errors.As.
//
// It makes no public promise beyond those aliases.
package fielderr

import (
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// Error is one problem found by a Validate method: the JSON path of the
// field relative to the validated value, the offending value as given, and
// the cause, which wraps the package's sentinel. Validate returns every
// problem at once, joined with errors.Join; unwrap the joined error
// (interface{ Unwrap() []error }) and use errors.As to reach each one, for
// instance to prefix Path with the value's position in a larger document.
type Error struct {
	// Path is the JSON path of the field relative to the validated value,
	// with JSON member names and zero-based indexes: "country",
	// "names[0].text", "via[1].id", "point.lat".
	Path string
	// Value is the offending value as given, formatted as text; empty when
	// the field is missing.
	Value string
	// Err wraps the sentinel describing the problem, sometimes with a
	// reason.
	Err error
}

// Error formats the problem as `via[1].id "Bad": invalid identifier`, or
// `name: required field missing` when Value is empty. Validate methods add
// their package's name in front (see List).
func (e *Error) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("%s: %v", e.Path, e.Err)
	}
	return fmt.Sprintf("%s %q: %v", e.Path, e.Value, e.Err)
}

// Unwrap returns the cause, so that errors.Is finds the sentinel.
func (e *Error) Unwrap() error { return e.Err }

// List collects the problems of one Validate call. Prefix, when set, is
// the package name that Join puts before each problem's message
// ("actor: names[1].text: missing name"), so that a problem printed on its
// own says where it comes from; the *Error inside stays reachable with
// errors.As.
type List struct {
	Prefix string
	errs   []error
}

// Add records a problem.
func (l *List) Add(path, value string, err error) {
	l.errs = append(l.errs, &Error{Path: path, Value: value, Err: err})
}

// Len returns the number of problems recorded so far.
func (l List) Len() int { return len(l.errs) }

// Join returns every problem joined with errors.Join, or nil.
func (l List) Join() error {
	if l.Prefix == "" {
		return errors.Join(l.errs...)
	}
	errs := make([]error, len(l.errs))
	for i, e := range l.errs {
		errs[i] = fmt.Errorf("%s: %w", l.Prefix, e)
	}
	return errors.Join(errs...)
}

// maxQuoted is the most bytes of a value that Quote shows.
const maxQuoted = 64

// Quote returns s quoted as %q does, cut after 64 bytes (at a rune
// boundary) with the length of the whole value, so that an error message
// never echoes a huge cell: `"Lorem ipsum…" (204800 bytes)`. Every message
// that quotes input uses it.
func Quote(s string) string {
	if len(s) <= maxQuoted {
		return strconv.Quote(s)
	}
	cut := maxQuoted
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]+"…") + " (" + strconv.Itoa(len(s)) + " bytes)"
}
