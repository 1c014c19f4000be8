package event

import (
	"errors"
	"fmt"
)

// Sentinel errors. Decoders wrap them in a *ParseError; Validate uses them
// as the Code of each Problem. Test with errors.Is.
var (
	ErrUnknownType     = errors.New("unknown event type")
	ErrUnknownRole     = errors.New("unknown participant role")
	ErrUnknownClaim    = errors.New("unknown claim kind")
	ErrUnknownAspect   = errors.New("unknown claim aspect")
	ErrUnknownRelation = errors.New("unknown event relation")
	ErrUnknownCode     = errors.New("unregistered code")
	ErrBadDate         = errors.New("invalid date")
	ErrBadPrecision    = errors.New("invalid date precision")
	ErrDateOrder       = errors.New("end date before start date")
	ErrFutureDate      = errors.New("date in the future")
	ErrNoDate          = errors.New("no date")
	ErrBadID           = errors.New("invalid identifier")
	ErrBadPoint        = errors.New("coordinates out of range")
	ErrNullIsland      = errors.New("coordinates exactly (0, 0)")
	ErrAdminPath       = errors.New("admin path disagrees with parent links")
	ErrCountOrder      = errors.New("casualty low/best/high out of order")
	// ErrNoTarget is the code of a warning: violence against civilians that
	// names no civilian or protester as its target (see Validator).
	ErrNoTarget        = errors.New("one-sided violence without a civilian target")
	ErrNoCitation      = errors.New("event has no citation")
	ErrUnknownCitation = errors.New("reference to a citation the event does not have")
	ErrDangling        = errors.New("reference to a record the dataset does not have")
	ErrMismatch        = errors.New("reference disagrees with the record it names")
	ErrDuplicate       = errors.New("duplicate identifier")
	ErrBadExt          = errors.New("invalid extension member")
	ErrMissing         = errors.New("required field missing")
	ErrBadText         = errors.New("text is not valid UTF-8")
	ErrSchema          = errors.New("unsupported schema version")
	ErrSyntax          = errors.New("malformed JSON")
	ErrTooLong         = errors.New("record too long")
	ErrFarAway         = errors.New("point far from the place it names")
	// ErrLost is the code of a writer's loss warning: a fact of the event
	// that the output format has no place for, so it is not written. The
	// warning's Path is the fact's JSON path in the event ("casualties[1]",
	// "claims[0]", "when.end"); an empty Path means the whole event was
	// not written.
	ErrLost = errors.New("not written: the format has no place for it")
	// ErrFormula is the code of a writer's warning about a cell written
	// as it is although a spreadsheet would run it as a formula (it starts
	// with =, +, -, @, a tab or a carriage return and is not a number).
	ErrFormula = errors.New("cell a spreadsheet would run as a formula")
	// ErrEncoding reports text that a writer cannot write in the text
	// encoding asked for (a Greek letter in Windows-1252): the record is
	// refused rather than the character replaced or dropped.
	ErrEncoding = errors.New("character the output encoding cannot hold")
)

// ParseError reports where a decoder failed: the 1-based line and column
// of the input (Column counts bytes), the JSON path or column name of the
// field when known, and the underlying error, which wraps a sentinel.
type ParseError struct {
	Line   int    // 1-based line of the input; 0 if unknown
	Column int    // 1-based byte column within Line; 0 if unknown
	Offset int64  // byte offset from the start of the input
	Field  string // JSON path ("events[3].when.start") or column name; empty if unknown
	Err    error
	Record []byte // the rejected record verbatim, from decoders that read record by record
}

// Error formats the position, field and cause, e.g.
// `line 3, column 17, field "when.start": invalid date: "2024-02-30"`.
func (e *ParseError) Error() string {
	s := "event: "
	if e.Line > 0 {
		s += fmt.Sprintf("line %d, column %d", e.Line, e.Column)
	} else {
		s += fmt.Sprintf("offset %d", e.Offset)
	}
	if e.Field != "" {
		s += fmt.Sprintf(", field %q", e.Field)
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// Position and Cause let a *ParseError returned by a nested UnmarshalJSON
// be re-based by the enclosing decoder, so that an event inside a Dataset
// is reported at its place in the whole document.
func (e *ParseError) Position() (int64, string) { return e.Offset, e.Field }

// Cause returns the underlying error, without position.
func (e *ParseError) Cause() error { return e.Err }

// Lost returns a writer's loss warning: a Problem of severity Warning with
// Code ErrLost about the fact at path, the fact's JSON path in the event
// ("claims[0]", "when.end"; "" for the whole event), with the message
// formatted from format and args (what and why, in one short sentence).
func Lost(path, format string, args ...any) Problem {
	return Problem{Path: path, Code: ErrLost, Severity: Warning, Message: fmt.Sprintf(format, args...)}
}
