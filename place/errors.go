package place

import (
	"errors"

	"github.com/conflictkit/conflict/internal/fielderr"
)

// Sentinel errors. Every error the package returns wraps one of them, so
// callers test with errors.Is rather than by matching messages. The one
// exception is malformed JSON given to Point.UnmarshalJSON, which keeps
// the error encoding/json reports.
var (
	// ErrBadID reports a place identifier that is empty where one is
	// required, or not a well-formed slug.
	ErrBadID = errors.New("invalid place ID")
	// ErrBadLevel reports an unknown or missing administrative level.
	ErrBadLevel = errors.New("invalid place level")
	// ErrBadCountry reports a string that is not an ISO 3166-1 country, or a
	// country that disagrees with a place's codes.
	ErrBadCountry = errors.New("invalid country")
	// ErrBadScheme reports a code scheme that is not a well-formed slug.
	ErrBadScheme = errors.New("invalid code scheme")
	// ErrBadCode reports a code value that its scheme does not allow.
	ErrBadCode = errors.New("invalid place code")
	// ErrBadName reports a missing name or one that is not valid UTF-8.
	ErrBadName = errors.New("invalid place name")
	// ErrLatitude reports a latitude outside [-90, 90], NaN or infinite.
	ErrLatitude = errors.New("latitude out of range")
	// ErrLongitude reports a longitude outside [-180, 180], NaN or infinite.
	ErrLongitude = errors.New("longitude out of range")
	// ErrNullIsland reports a point at exactly (0, 0), which in conflict data
	// is almost always a missing value written as zeros.
	ErrNullIsland = errors.New("coordinates exactly (0, 0)")
	// ErrBadPrecision reports an unknown geo precision or a dataset code
	// (ACLED, UCDP, PLOVER) outside its range.
	ErrBadPrecision = errors.New("invalid geo precision")
	// ErrBadRelation reports an unknown relation between an event and a place.
	ErrBadRelation = errors.New("invalid place relation")
	// ErrDuplicate reports an identifier, scheme or link given twice.
	ErrDuplicate = errors.New("duplicate")
	// ErrNotFound reports a place, or a parent link, that a Set or a
	// Gazetteer does not hold, or a name that resolves to no place.
	ErrNotFound = errors.New("place not found")
	// ErrCycle reports parent links that loop back on themselves.
	ErrCycle = errors.New("cycle in place hierarchy")
	// ErrHierarchy reports a parent whose level does not rank above its
	// child's, or an admin unit whose country differs from its parent's.
	ErrHierarchy = errors.New("inconsistent place hierarchy")
	// ErrAmbiguous reports a name that several places match equally well
	// (Gazetteer.Resolve). The error is an *AmbiguousError, which lists
	// them.
	ErrAmbiguous = errors.New("ambiguous place name")
	// ErrBadMatchKind reports an unknown match kind.
	ErrBadMatchKind = errors.New("invalid match kind")
	// ErrMalformed reports a gazetteer file that cannot be read (LoadJSON,
	// LoadPCodes): JSON that is not the SDK's form, or a P-code table
	// without the required columns or with a bad row. The error also
	// wraps the specific cause where there is one (ErrBadCode,
	// ErrBadCountry, ...).
	ErrMalformed = errors.New("malformed gazetteer file")
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
