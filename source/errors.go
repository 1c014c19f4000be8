package source

import (
	"errors"

	"github.com/conflictkit/conflict/internal/fielderr"
)

// Sentinel errors. Errors from this package's parsers, decoders and Validate
// methods wrap one of them (encoding/json's own syntax and type errors
// excepted); test with errors.Is.
var (
	// ErrBadID reports an identifier that is not a well-formed slug.
	ErrBadID = errors.New("invalid identifier")
	// ErrUnknownKind reports a source kind that is malformed or not registered.
	ErrUnknownKind = errors.New("unknown kind")
	// ErrDuplicateKind reports a RegisterKind call for a kind that is
	// already registered.
	ErrDuplicateKind = errors.New("kind already registered")
	// ErrBadCountry reports a country that is not a canonical ISO 3166-1
	// alpha-2 country code.
	ErrBadCountry = errors.New("invalid country code")
	// ErrBadGrade reports an Admiralty reliability, credibility or combined
	// grade (or a STIX confidence) that is out of range or misspelt.
	ErrBadGrade = errors.New("invalid grade")
	// ErrBadAssessment reports a civilian-harm assessment that is not one of
	// the five grades.
	ErrBadAssessment = errors.New("invalid assessment")
	// ErrBadLanguage reports text that is not a well-formed BCP 47 language
	// tag known to golang.org/x/text/language.
	ErrBadLanguage = errors.New("invalid language tag")
	// ErrBadURL reports a URL that is not an absolute http or https URL.
	ErrBadURL = errors.New("invalid URL")
	// ErrBadHash reports a content hash not of the form "sha256:<64 hex>".
	ErrBadHash = errors.New("invalid content hash")
	// ErrBadDate reports an impossible or malformed calendar date, or dates
	// that contradict each other.
	ErrBadDate = errors.New("invalid date")
	// ErrBadTime reports a timestamp that is not in UTC.
	ErrBadTime = errors.New("timestamp not in UTC")
	// ErrBadText reports text that is not valid UTF-8 (it could not survive
	// a JSON round trip).
	ErrBadText = errors.New("invalid UTF-8 text")
	// ErrBadChain reports an attribution chain that names the same source
	// twice.
	ErrBadChain = errors.New("source repeated in attribution chain")
	// ErrMissing reports a required field that is empty.
	ErrMissing = errors.New("required field missing")
	// ErrDuplicate reports a source ID added to a Registry, or listed in a
	// catalogue, twice.
	ErrDuplicate = errors.New("source already registered")
	// ErrNotFound reports a name that Registry.Resolve matched to no source.
	ErrNotFound = errors.New("no source of that name")
	// ErrAmbiguous reports a name that Registry.Resolve matched to several
	// sources equally well; the error is an *AmbiguousError listing them.
	ErrAmbiguous = errors.New("name matches several sources")
	// ErrReadOnly reports an attempt to change the shared Registry that
	// Default returns; Clone it first.
	ErrReadOnly = errors.New("registry is read-only")
	// ErrSyntax reports catalogue JSON that is malformed, has members the
	// types do not define, or values of the wrong JSON type.
	ErrSyntax = errors.New("malformed catalogue JSON")
	// ErrUnknownMatchKind reports a match kind outside the closed set.
	ErrUnknownMatchKind = errors.New("unknown match kind")
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
