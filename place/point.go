package place

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"

	"github.com/conflictkit/conflict/internal/strictjson"
)

// Point is a position in WGS84 decimal degrees. The zero value is (0, 0),
// a real position in the Gulf of Guinea that in conflict data almost
// always means "coordinates missing" (see IsNullIsland); that is why
// optional points are *Point in structs, so that nil means "no point" and
// a genuine 0.0 latitude or longitude is never dropped.
type Point struct {
	Lat float64 `json:"lat"` // latitude, -90 to 90, north positive
	Lon float64 `json:"lon"` // longitude, -180 to 180, east positive
}

// NewPoint returns the point (lat, lon) after checking the ranges. It
// accepts (0, 0): NewPoint checks geometry, not plausibility.
func NewPoint(lat, lon float64) (Point, error) {
	p := Point{Lat: lat, Lon: lon}
	if err := p.Validate(); err != nil {
		return Point{}, err
	}
	return p, nil
}

// MustPoint is like NewPoint but panics on error. It is meant for
// package-level values and tests.
func MustPoint(lat, lon float64) Point {
	p, err := NewPoint(lat, lon)
	if err != nil {
		panic(err)
	}
	return p
}

// Validate reports a latitude outside [-90, 90] (ErrLatitude) or a
// longitude outside [-180, 180] (ErrLongitude); NaN and infinities are out
// of range. Both problems are reported if both occur.
func (p Point) Validate() error {
	var errLat, errLon error
	if math.IsNaN(p.Lat) || p.Lat < -90 || p.Lat > 90 {
		errLat = fmt.Errorf("place: %w: %s", ErrLatitude, formatDeg(p.Lat))
	}
	if math.IsNaN(p.Lon) || p.Lon < -180 || p.Lon > 180 {
		errLon = fmt.Errorf("place: %w: %s", ErrLongitude, formatDeg(p.Lon))
	}
	switch {
	case errLat != nil && errLon != nil:
		return joinErrs(errLat, errLon)
	case errLat != nil:
		return errLat
	}
	return errLon
}

// IsNullIsland reports whether p is exactly (0, 0) (negative zeros
// included): a value to treat as missing unless a source says otherwise.
func (p Point) IsNullIsland() bool { return p.Lat == 0 && p.Lon == 0 }

// String formats p as "lat,lon" with the shortest exact decimals, e.g.
// "35.93062,36.63393".
func (p Point) String() string { return formatDeg(p.Lat) + "," + formatDeg(p.Lon) }

func formatDeg(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// MarshalJSON writes {"lat":…,"lon":…}. It fails for an invalid point, so
// that nothing is written that UnmarshalJSON would refuse.
func (p Point) MarshalJSON() ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	type plain Point
	return json.Marshal(plain(p))
}

// UnmarshalJSON reads {"lat":…,"lon":…}. Both members are required (a
// missing one would otherwise become a silent 0.0) and must be numbers in
// range; unknown members are ignored. JSON null leaves p unchanged, as
// encoding/json does for other types.
func (p *Point) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var raw struct {
		Lat *float64 `json:"lat"`
		Lon *float64 `json:"lon"`
	}
	// strictjson refuses unknown and repeated members and says where.
	if err := strictjson.Decode(b, &raw); err != nil {
		var se *strictjson.Error
		if errors.As(err, &se) && errors.Is(se.Err, strictjson.ErrRange) { // 1e309: a coordinate out of range
			sentinel := ErrLongitude
			if se.Path == "lat" {
				sentinel = ErrLatitude
			}
			se.Err = fmt.Errorf("place: point: %w: %v", sentinel, se.Err)
		}
		return err
	}
	if raw.Lat == nil {
		return &strictjson.Error{Path: "lat", Err: fmt.Errorf("place: point: %w: missing \"lat\"", ErrLatitude)}
	}
	if raw.Lon == nil {
		return &strictjson.Error{Path: "lon", Err: fmt.Errorf("place: point: %w: missing \"lon\"", ErrLongitude)}
	}
	q := Point{Lat: *raw.Lat, Lon: *raw.Lon}
	if err := q.Validate(); err != nil {
		path := "lon"
		if errors.Is(err, ErrLatitude) {
			path = "lat"
		}
		return &strictjson.Error{Offset: strictjson.MemberOffset(b, path), Path: path, Err: err}
	}
	*p = q
	return nil
}
