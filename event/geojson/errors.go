package geojson

import (
	"errors"
	"fmt"

	"github.com/google/uuid"
)

// Sentinel errors. Every error of this package wraps one of them or a
// sentinel of package event (event.ErrSyntax, event.ErrTooLong,
// event.ErrBadDate, …), so callers test with errors.Is. The sentinels'
// messages are short and stable, fit for counting problems by code.
var (
	errClosed   = fmt.Errorf("geojson: %w", ErrClosed)
	errNotReady = fmt.Errorf("geojson: %w", ErrNotReady)
)

var (
	// ErrNotCollection reports a document that is not a GeoJSON
	// FeatureCollection: a top-level value that is not an object, a "type"
	// other than "FeatureCollection", a missing or repeated "type" or
	// "features" member, or "features" that is not an array. It ends the
	// stream.
	ErrNotCollection = errors.New("not a GeoJSON FeatureCollection")

	// ErrNotFeature reports an element of "features" that is not a GeoJSON
	// Feature: not an object, a "type" other than "Feature", a missing
	// "geometry" or "properties" member, or a member given twice. Only that
	// feature is rejected.
	ErrNotFeature = errors.New("not a GeoJSON Feature")

	// ErrGeometry reports a geometry the event model cannot hold: anything
	// but a Point or null, or a Point whose coordinates are not two or three
	// numbers.
	ErrGeometry = errors.New("unsupported geometry")

	// ErrBadProperty reports a property of the wrong JSON type (a number
	// where text is expected, say) or one given twice. Values of the right
	// type that fail the model's rules wrap the model's sentinel instead
	// (event.ErrBadDate, event.ErrUnknownType, …).
	ErrBadProperty = errors.New("invalid property")

	// ErrNoPoint names the fate of an event without a point, which has no
	// place on a map: the Writer skips it (or writes null geometry, see
	// Writer.NullGeometry) and counts it in its Summary. Write does not
	// return it; it is a code for callers that count such events, e.g. in
	// a breakdown of warnings keyed by the sentinel's message.
	ErrNoPoint = errors.New("event has no point")

	// ErrMismatch is the code of a reader warning: the feature's geometry or
	// id disagrees with the event embedded in its "event" property (a point
	// moved in a map editor, say). The embedded event is read as it is.
	ErrMismatch = errors.New("feature disagrees with its embedded event")

	// ErrAltitude is the code of a reader warning: a Point had a third
	// coordinate, an altitude, which the event model has no room for and
	// which was dropped.
	ErrAltitude = errors.New("altitude dropped")

	// ErrClosed reports a Write after Close.
	ErrClosed = errors.New("writer closed")

	// ErrNotReady reports a Writer or Reader that was not made by
	// NewWriter or NewReader: their zero values have nothing to write to
	// or read from.
	ErrNotReady = errors.New("not made by NewWriter or NewReader")
)

// WriteError reports an event that cannot be written as a feature: an
// invalid point, date, code or count. Nothing of the event is written, and
// the Writer stays usable for the next event.
type WriteError struct {
	ID    uuid.UUID // the event's ID
	Field string    // JSON path of the offending field in the event, e.g. "where.point"; empty if unknown
	Err   error     // the cause, wrapping a sentinel
}

// Error names the event, the field and the cause.
func (e *WriteError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("geojson: event %s: %v", e.ID, e.Err)
	}
	return fmt.Sprintf("geojson: event %s: field %q: %v", e.ID, e.Field, e.Err)
}

// Unwrap returns the cause.
func (e *WriteError) Unwrap() error { return e.Err }
