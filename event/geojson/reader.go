package geojson

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/strictjson"
	"github.com/conflictkit/conflict/place"
)

// Reader reads events from a GeoJSON FeatureCollection, one feature at a
// time: it walks the document's "features" array and holds one feature in
// memory, so memory use does not grow with the number of features.
//
// A feature with an "event" property (as the Writer writes with Full)
// decodes to exactly that event. Any other feature is mapped back from its
// flat properties as far as they go (see the package documentation).
//
// A feature that cannot be read is reported as a *event.ParseError with the
// line and column of the offending value, its JSON path as Field (such as
// "features[3].properties.date_start"), and the feature verbatim as Record;
// the next Read goes on with the next feature. That holds for malformed
// JSON inside a feature too (NaN, a NUL byte, a missing colon, nesting
// deeper than 10,000): the feature is delimited by its brackets and
// rejected alone. A feature longer than MaxRecordBytes is reported as soon
// as the limit is passed (event.ErrTooLong, with its first MaxRecordBytes
// bytes as Record), and the next Read skips its rest in constant memory.
// What leaves no way to find the next feature ends the stream, and every
// later Read returns the same error: a bracket that does not match, the
// end of input inside a feature, broken syntax between features or in the
// collection's other members, a document that is not a FeatureCollection
// (ErrNotCollection), input in UTF-16 or UTF-32 (event.ErrBadText: GeoJSON
// is UTF-8; a UTF-8 byte-order mark is skipped), and read errors.
//
// A feature without an "event" property must give the event's ID (its
// "id") and type (its "type" property), which no event can lack
// (event.ErrBadID, event.ErrMissing); an embedded event needs them as
// event.UnmarshalEvent does.
//
// Make one with NewReader; the zero Reader has nothing to read from, and
// its Read returns ErrNotReady.
type Reader struct {
	// MaxRecordBytes bounds one feature, and any other member of the
	// collection; 0 means event.DefaultMaxRecordBytes. Set it before the
	// first Read.
	MaxRecordBytes int

	s        stream
	state    readState
	sawType  bool
	sawFeats bool
	index    int    // index of the next feature
	line     int    // line on which the last feature read starts
	buf      []byte // the current feature
	sc       scan   // the delimiting of the current feature
	skip     bool   // the rest of an over-long feature is still to be skipped
	raw      []byte // the feature of the last event returned
	warnings event.Problems
	err      error // sticky: io.EOF or a fatal error
}

type readState uint8

const (
	stStart     readState = iota // before the document
	stFirst                      // in the collection, after '{': before a member name or '}'
	stMember                     // in the collection, after ',': before a member name
	stNextMem                    // in the collection, after a member: before ',' or '}'
	stFeature                    // in "features": before the first feature or ']'
	stNextFeat                   // in "features", after a feature: before ',' or ']'
	stFeatAfter                  // in "features", after ',': before a feature
)

// NewReader returns a Reader on r.
func NewReader(r io.Reader) *Reader {
	return &Reader{s: stream{r: bufio.NewReaderSize(r, 64<<10), line: 1, col: 1}}
}

// Raw returns the feature of the last event Read returned, verbatim: for a
// caller that rejects the event for its own reasons (failed validation,
// say) and writes it to a reject file. It is valid until the next Read;
// the caller must not modify it.
func (r *Reader) Raw() []byte { return r.raw }

// Warnings returns the warnings about the feature of the last event Read
// returned: codes ErrMismatch (geometry or id disagreeing with the embedded
// event), ErrAltitude (a dropped third coordinate) and event.ErrNullIsland
// (a point at exactly (0, 0), which almost always stands for missing
// coordinates, read as it is), with Severity event.Warning and Path the
// JSON path in the document. The slice is valid until the next Read.
func (r *Reader) Warnings() event.Problems { return r.warnings }

// Line returns the line on which the last feature Read returned or
// rejected starts (1-based; 0 before the first feature), so that a caller
// can name the record of a warning.
func (r *Reader) Line() int { return r.line }

// Read returns the next event, or io.EOF after the last one.
func (r *Reader) Read() (event.Event, error) {
	r.warnings, r.raw = nil, nil
	if r.s.r == nil {
		r.err = errNotReady
	}
	if r.err != nil {
		return event.Event{}, r.err
	}
	e, err := r.next()
	var pe *event.ParseError
	if err != nil && (!errors.As(err, &pe) || r.err != nil) {
		r.err = err // a fatal error, or io.EOF
	}
	return e, err
}

// fatal makes err, at p, the error that ends the stream.
func (r *Reader) fatal(p position, field string, err error) error {
	r.err = &event.ParseError{Line: p.line, Column: p.col, Offset: p.off, Field: field, Err: err}
	return r.err
}

// failAt reports a structural fault or read error of the stream as fatal.
func (r *Reader) failAt(err error, field string) error {
	var se *scanError
	if errors.As(err, &se) {
		return r.fatal(se.at, field, fmt.Errorf("geojson: %w: %s", event.ErrSyntax, se.msg))
	}
	r.err = err
	return err
}

func (r *Reader) limit() int {
	if r.MaxRecordBytes > 0 {
		return min(r.MaxRecordBytes, math.MaxInt-1) // "no limit" must not overflow limit+1
	}
	return event.DefaultMaxRecordBytes
}

// next advances through the document to the next feature.
func (r *Reader) next() (event.Event, error) {
	s := &r.s
	if r.skip { // the rest of an over-long feature
		r.skip = false
		if _, _, err := s.value(&r.sc, nil, -1); err != nil {
			return event.Event{}, r.failAt(err, "features["+strconv.Itoa(r.index-1)+"]")
		}
	}
	for {
		s.skipSpace()
		at := s.pos()
		c, ok := s.peek()
		if s.err != nil {
			r.err = s.err
			return event.Event{}, s.err
		}
		switch r.state {
		case stStart:
			if at.off == 0 {
				head, _ := s.r.Peek(4)
				if err := strictjson.EncodingError(head); err != nil {
					return event.Event{}, r.fatal(at, "", fmt.Errorf("geojson: %w: %w", event.ErrBadText, err))
				}
				if b, _ := s.r.Peek(3); bytes.Equal(b, []byte("\ufeff")) {
					s.consume(b)
					s.col = 1 // columns count from after the mark
					continue
				}
			}
			switch {
			case !ok:
				return event.Event{}, r.fatal(at, "", fmt.Errorf("geojson: %w: empty input", event.ErrSyntax))
			case c != '{':
				return event.Event{}, r.fatal(at, "", fmt.Errorf("geojson: %w: the document is %s, not an object", ErrNotCollection, kind(c)))
			}
			s.consume([]byte{c})
			r.state = stFirst

		case stFirst, stMember, stNextMem:
			if !ok {
				return event.Event{}, r.fatal(at, "", fmt.Errorf("geojson: %w: unexpected end of input", event.ErrSyntax))
			}
			if c == '}' && r.state != stMember {
				s.consume([]byte{c})
				return event.Event{}, r.end()
			}
			if r.state == stNextMem {
				if c != ',' {
					return event.Event{}, r.fatal(at, "", fmt.Errorf("geojson: %w: unexpected %q after a member, want ',' or '}'", event.ErrSyntax, c))
				}
				s.consume([]byte{c})
				r.state = stMember
				continue
			}
			if err := r.member(at, c); err != nil {
				return event.Event{}, err
			}

		case stFeature, stNextFeat, stFeatAfter:
			if !ok {
				return event.Event{}, r.fatal(at, "features", fmt.Errorf("geojson: %w: unexpected end of input", event.ErrSyntax))
			}
			if c == ']' && r.state != stFeatAfter {
				s.consume([]byte{c})
				r.state = stNextMem
				continue
			}
			if r.state == stNextFeat {
				if c != ',' {
					return event.Event{}, r.fatal(at, "features", fmt.Errorf("geojson: %w: unexpected %q after a feature, want ',' or ']'", event.ErrSyntax, c))
				}
				s.consume([]byte{c})
				r.state = stFeatAfter
				continue
			}
			r.state = stNextFeat
			return r.feature(at)
		}
	}
}

// member reads one member of the collection: its name, and its value
// unless it is "features", whose array the next calls walk.
func (r *Reader) member(at position, c byte) error {
	s := &r.s
	if c != '"' {
		return r.fatal(at, "", fmt.Errorf("geojson: %w: unexpected %q, want a member name", event.ErrSyntax, c))
	}
	key, err := r.scalar(at, "", "a member name")
	if err != nil {
		return err
	}
	var name string
	if err := json.Unmarshal(key, &name); err != nil {
		return r.fatal(at, "", fmt.Errorf("geojson: %w: member name: %v", event.ErrSyntax, err))
	}
	s.skipSpace()
	if c, ok := s.peek(); !ok || c != ':' {
		return r.fatal(s.pos(), name, fmt.Errorf("geojson: %w: want ':' after a member name", event.ErrSyntax))
	}
	s.consume([]byte{':'})
	s.skipSpace()
	at = s.pos()
	r.state = stNextMem
	switch name {
	case "features":
		if r.sawFeats {
			return r.fatal(at, name, fmt.Errorf("geojson: %w: member \"features\" given twice", ErrNotCollection))
		}
		r.sawFeats = true
		if c, ok := s.peek(); !ok || c != '[' {
			v, err := r.scalar(at, name, "the features")
			if err != nil {
				return err
			}
			return r.fatal(at, name, fmt.Errorf("geojson: %w: \"features\" is %s, not an array", ErrNotCollection, kind(v[0])))
		}
		s.consume([]byte{'['})
		r.state = stFeature
	case "type":
		if r.sawType {
			return r.fatal(at, name, fmt.Errorf("geojson: %w: member \"type\" given twice", ErrNotCollection))
		}
		r.sawType = true
		v, err := r.scalar(at, name, "the type")
		if err != nil {
			return err
		}
		if !isString(v, "FeatureCollection") {
			return r.fatal(at, name, fmt.Errorf("geojson: %w: type %s", ErrNotCollection, clip(v)))
		}
	default: // a foreign member ("bbox", "name", "crs", …): checked and skipped
		if _, err := r.scalar(at, name, "member "+strconv.Quote(name)); err != nil {
			return err
		}
	}
	return nil
}

// scalar reads a whole value outside "features" into r.buf; it must be
// well-formed JSON no longer than MaxRecordBytes.
func (r *Reader) scalar(at position, field, what string) ([]byte, error) {
	r.sc = scan{stack: r.sc.stack[:0]}
	v, more, err := r.s.value(&r.sc, r.buf[:0], r.limit())
	r.buf = v[:0]
	switch {
	case err != nil:
		return nil, r.failAt(err, field)
	case more || len(v) > r.limit():
		return nil, r.fatal(at, field, fmt.Errorf("geojson: %w: %s is longer than %d bytes", event.ErrTooLong, what, r.limit()))
	case r.sc.tooDeep:
		return nil, r.fatal(at, field, fmt.Errorf("geojson: %w: %s nests deeper than %d", event.ErrSyntax, what, maxDepth))
	case !json.Valid(v):
		off, msg := syntaxOffset(v)
		return nil, r.fatal(advance(at, v, off), field, fmt.Errorf("geojson: %w: %s", event.ErrSyntax, msg))
	}
	return v, nil
}

// end checks the end of the document, after the collection's '}'.
func (r *Reader) end() error {
	s := &r.s
	s.skipSpace()
	at := s.pos()
	if _, ok := s.peek(); ok {
		return r.fatal(at, "", fmt.Errorf("geojson: %w: data after the end of the FeatureCollection", event.ErrSyntax))
	}
	if s.err != nil {
		return s.err
	}
	switch {
	case !r.sawType:
		return r.fatal(at, "type", fmt.Errorf("geojson: %w: no \"type\" member", ErrNotCollection))
	case !r.sawFeats:
		return r.fatal(at, "features", fmt.Errorf("geojson: %w: no \"features\" member", ErrNotCollection))
	}
	return io.EOF
}

// advance returns the position of data[off], data starting at p.
func advance(p position, data []byte, off int) position {
	off = min(off, len(data))
	p.off += int64(off)
	head := data[:off]
	if i := bytes.LastIndexByte(head, '\n'); i >= 0 {
		p.line += bytes.Count(head, []byte{'\n'})
		p.col = off - i
	} else {
		p.col += off
	}
	return p
}

// feature reads the feature that starts at position at.
func (r *Reader) feature(at position) (event.Event, error) {
	idx := r.index
	r.index++
	r.line = at.line
	field := "features[" + strconv.Itoa(idx) + "]"
	r.sc = scan{stack: r.sc.stack[:0]}
	raw, more, err := r.s.value(&r.sc, r.buf[:0], r.limit())
	if cap(raw) <= 4<<20 { // keep the buffer unless one huge feature grew it
		r.buf = raw[:0]
	} else {
		r.buf = nil
	}
	if err != nil {
		return event.Event{}, r.failAt(err, field)
	}
	// A feature that is delimited but not read is rejected alone, verbatim
	// (clipped to the limit), and the next Read goes on with the next
	// feature: one bad feature must not cost the good ones after it.
	reject := func(p position, err error) (event.Event, error) {
		return event.Event{}, &event.ParseError{Line: p.line, Column: p.col, Offset: p.off, Field: field,
			Err: err, Record: bytes.Clone(raw[:min(len(raw), r.limit())])}
	}
	switch {
	case more || len(raw) > r.limit():
		// Reported at once, however long the feature is; the next Read
		// skips the rest.
		r.skip = more
		return reject(at, fmt.Errorf("geojson: %w: feature longer than %d bytes", event.ErrTooLong, r.limit()))
	case r.sc.tooDeep:
		return reject(at, fmt.Errorf("geojson: %w: feature nests deeper than %d", event.ErrSyntax, maxDepth))
	case !json.Valid(raw):
		off, msg := syntaxOffset(raw)
		return reject(advance(at, raw, off), fmt.Errorf("geojson: %w: %s", event.ErrSyntax, msg))
	}
	d := decoder{raw: raw, path: field}
	e, ok := d.feature()
	if !ok {
		p := advance(at, raw, d.fail.off)
		return event.Event{}, &event.ParseError{Line: p.line, Column: p.col, Offset: p.off,
			Field: d.fail.path, Err: d.fail.err, Record: bytes.Clone(raw)}
	}
	r.raw, r.warnings = raw, d.warnings
	return e, nil
}

// All returns an iterator over the remaining events. A feature that cannot
// be read is yielded as (zero Event, *event.ParseError) and iteration goes
// on; it stops at the end of the document and after an error that ends the
// stream, which is yielded first.
func (r *Reader) All() iter.Seq2[event.Event, error] {
	return func(yield func(event.Event, error) bool) {
		for {
			e, err := r.Read()
			if err == io.EOF {
				return
			}
			if !yield(e, err) || (err != nil && r.err != nil) {
				return
			}
		}
	}
}

// ReadAll reads every event of the collection in r. It stops at the first
// error, which it returns with the events read before it.
func ReadAll(r io.Reader) ([]event.Event, error) {
	var out []event.Event
	for e, err := range NewReader(r).All() {
		if err != nil {
			return out, err
		}
		out = append(out, e)
	}
	return out, nil
}

// failure is why one feature cannot be read: where in the feature, the JSON
// path in the document, and the cause.
type failure struct {
	off  int
	path string
	err  error
}

// decoder turns one well-formed feature into an event.
type decoder struct {
	raw      []byte
	path     string // "features[i]"
	fail     failure
	warnings event.Problems
}

// failf records a failure at sp, path relative to the feature.
func (d *decoder) failf(off int, rel string, err error) bool {
	d.fail = failure{off: off, path: joinPath(d.path, rel), err: err}
	return false
}

func (d *decoder) warn(rel string, code error, format string, args ...any) {
	d.warnings = append(d.warnings, event.Problem{Path: joinPath(d.path, rel), Code: code,
		Severity: event.Warning, Message: fmt.Sprintf(format, args...)})
}

func joinPath(base, rel string) string {
	switch {
	case rel == "":
		return base
	case base == "", rel[0] == '[':
		return base + rel
	}
	return base + "." + rel
}

// feature decodes the Feature object.
func (d *decoder) feature() (event.Event, bool) {
	b := d.raw
	start := skipWS(b, 0)
	if b[start] != '{' {
		return event.Event{}, d.failf(start, "", fmt.Errorf("geojson: %w: %s, not an object", ErrNotFeature, kind(b[start])))
	}
	var typ, id, geom, props span
	dup := ""
	members(b, start, func(name []byte, v span) bool {
		var slot *span
		switch string(name) {
		case "type":
			slot = &typ
		case "id":
			slot = &id
		case "geometry":
			slot = &geom
		case "properties":
			slot = &props
		default: // foreign members, "bbox"
			return true
		}
		if slot.ok() {
			dup = string(name)
			*slot = v
			return false
		}
		*slot = v
		return true
	})
	switch {
	case dup != "":
		sp := map[string]span{"type": typ, "id": id, "geometry": geom, "properties": props}[dup]
		return event.Event{}, d.failf(sp.start, dup, fmt.Errorf("geojson: %w: member %s given twice", ErrNotFeature, fielderr.Quote(dup)))
	case !typ.ok():
		return event.Event{}, d.failf(start, "", fmt.Errorf("geojson: %w: no \"type\" member", ErrNotFeature))
	case !isString(b[typ.start:typ.end], "Feature"):
		return event.Event{}, d.failf(typ.start, "type", fmt.Errorf("geojson: %w: type %s", ErrNotFeature, clip(b[typ.start:typ.end])))
	case !geom.ok():
		return event.Event{}, d.failf(start, "", fmt.Errorf("geojson: %w: no \"geometry\" member", ErrNotFeature))
	case !props.ok():
		return event.Event{}, d.failf(start, "", fmt.Errorf("geojson: %w: no \"properties\" member", ErrNotFeature))
	}
	pt, ok := d.geometry(geom)
	if !ok {
		return event.Event{}, false
	}
	var ps propSpans
	switch c := b[props.start]; c {
	case 'n':
	case '{':
		if !d.propSpans(props, &ps) {
			return event.Event{}, false
		}
	default:
		return event.Event{}, d.failf(props.start, "properties", fmt.Errorf("geojson: %w: properties are %s, not an object", ErrNotFeature, kind(c)))
	}
	var e event.Event
	rel := "geometry.coordinates"
	if ps.event.ok() {
		e, ok = d.embedded(id, pt, ps.event)
		rel = "properties.event.where.point" // the embedded event is authoritative
	} else {
		e, ok = d.flat(id, props, pt, &ps)
	}
	if ok && e.Where.Point != nil && e.Where.Point.IsNullIsland() {
		d.warn(rel, event.ErrNullIsland, "point is exactly (0, 0), which almost always stands for missing coordinates")
	}
	return e, ok
}

// geometry decodes a Point or null.
func (d *decoder) geometry(g span) (*place.Point, bool) {
	b := d.raw
	switch b[g.start] {
	case 'n':
		return nil, true
	case '{':
	default:
		return nil, d.failf(g.start, "geometry", fmt.Errorf("geojson: %w: geometry is %s, not an object", ErrGeometry, kind(b[g.start])))
	}
	var typ, coords span
	members(b, g.start, func(name []byte, v span) bool {
		switch string(name) {
		case "type":
			typ = v
		case "coordinates":
			coords = v
		}
		return true
	})
	switch {
	case !typ.ok():
		return nil, d.failf(g.start, "geometry", fmt.Errorf("geojson: %w: no \"type\" member", ErrGeometry))
	case !isString(b[typ.start:typ.end], "Point"):
		return nil, d.failf(typ.start, "geometry.type", fmt.Errorf("geojson: %w: type %s: only Point and null geometries hold an event's location", ErrGeometry, clip(b[typ.start:typ.end])))
	case !coords.ok():
		return nil, d.failf(g.start, "geometry", fmt.Errorf("geojson: %w: no \"coordinates\" member", ErrGeometry))
	case b[coords.start] != '[':
		return nil, d.failf(coords.start, "geometry.coordinates", fmt.Errorf("geojson: %w: coordinates are %s, not an array", ErrGeometry, kind(b[coords.start])))
	}
	var nums [3]float64
	n := 0
	for i := skipWS(b, coords.start+1); i < coords.end && b[i] != ']'; {
		end := valueEnd(b, i)
		path := "geometry.coordinates[" + strconv.Itoa(n) + "]"
		if n == 3 {
			return nil, d.failf(i, path, fmt.Errorf("geojson: %w: more than three coordinates", ErrGeometry))
		}
		if c := b[i]; c != '-' && (c < '0' || c > '9') {
			return nil, d.failf(i, path, fmt.Errorf("geojson: %w: coordinate is %s, not a number", ErrGeometry, kind(c)))
		}
		f, err := strconv.ParseFloat(string(b[i:end]), 64)
		if err != nil || math.IsInf(f, 0) {
			return nil, d.failf(i, path, fmt.Errorf("geojson: %w: coordinate %s out of range", event.ErrBadPoint, clip(b[i:end])))
		}
		nums[n] = f
		n++
		i = skipWS(b, end)
		if i < coords.end && b[i] == ',' {
			i = skipWS(b, i+1)
		}
	}
	if n < 2 {
		return nil, d.failf(coords.start, "geometry.coordinates", fmt.Errorf("geojson: %w: %d coordinates, want longitude and latitude", ErrGeometry, n))
	}
	p, err := place.NewPoint(nums[1], nums[0])
	if err != nil {
		return nil, d.failf(coords.start, "geometry.coordinates", fmt.Errorf("geojson: %w: %w", event.ErrBadPoint, err))
	}
	if n == 3 {
		d.warn("geometry.coordinates[2]", ErrAltitude, "altitude %s dropped: events have no altitude", strconv.FormatFloat(nums[2], 'g', -1, 64))
	}
	return &p, true
}

// embedded decodes the event of the "event" property exactly, and warns
// where the feature's id or geometry disagree with it.
func (d *decoder) embedded(id span, pt *place.Point, ev span) (event.Event, bool) {
	data := d.raw[ev.start:ev.end]
	if string(data) == "null" {
		return event.Event{}, d.failf(ev.start, "properties.event", fmt.Errorf("geojson: %w: the event is null", ErrBadProperty))
	}
	// (*Event).UnmarshalJSON is event.UnmarshalEvent without its second
	// validation pass over the bytes: it decodes as strictly, with the
	// same *event.ParseError values.
	var e event.Event
	if err := e.UnmarshalJSON(data); err != nil {
		var pe *event.ParseError
		if errors.As(err, &pe) {
			return event.Event{}, d.failf(ev.start+int(pe.Offset), joinPath("properties.event", pe.Field), pe.Err)
		}
		return event.Event{}, d.failf(ev.start, "properties.event", err)
	}
	if id.ok() {
		raw := d.raw[id.start:id.end]
		if u, ok := uuidOf(raw); !ok || u != e.ID {
			d.warn("id", ErrMismatch, "feature id %s, embedded event id %q", clip(raw), e.ID)
		}
	}
	switch ep := e.Where.Point; {
	case ep == nil && pt != nil:
		d.warn("geometry", ErrMismatch, "geometry at %s, embedded event has no point", pt)
	case ep != nil && pt == nil:
		d.warn("geometry", ErrMismatch, "null geometry, embedded event at %s", ep)
	case ep != nil && *ep != *pt:
		d.warn("geometry", ErrMismatch, "geometry at %s, embedded event at %s", pt, ep)
	}
	return e, true
}

// parseID reads the feature id as an event ID.
func (d *decoder) parseID(id span) (uuid.UUID, bool) {
	if !id.ok() {
		return uuid.UUID{}, d.failf(0, "", fmt.Errorf("geojson: %w: a feature without an \"event\" property needs the event ID as its \"id\"", event.ErrBadID))
	}
	raw := d.raw[id.start:id.end]
	u, ok := uuidOf(raw)
	if !ok {
		return uuid.UUID{}, d.failf(id.start, "id", fmt.Errorf("geojson: %w: id %s is not a UUID string", event.ErrBadID, clip(raw)))
	}
	return u, true
}

// uuidOf reads a JSON string holding a UUID in its canonical 36-character
// form (either letter case).
func uuidOf(raw []byte) (uuid.UUID, bool) {
	if len(raw) != 38 || raw[0] != '"' || raw[37] != '"' {
		return uuid.UUID{}, false
	}
	u, err := uuid.ParseBytes(raw[1:37])
	return u, err == nil
}

// isString reports whether the well-formed JSON value raw is the string
// want, however it is escaped.
func isString(raw []byte, want string) bool {
	if len(raw) == len(want)+2 && raw[0] == '"' && string(raw[1:len(raw)-1]) == want {
		return true
	}
	var s string
	return len(raw) > 0 && raw[0] == '"' && json.Unmarshal(raw, &s) == nil && s == want
}

// clip returns a raw JSON value for a message, cut after 64 bytes (at a
// rune boundary) with the length of the whole, so that no message echoes a
// huge value.
func clip(raw []byte) string {
	const n = 64
	if len(raw) <= n {
		return string(raw)
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(raw[cut]) {
		cut--
	}
	return string(raw[:cut]) + "… (" + strconv.Itoa(len(raw)) + " bytes)"
}
