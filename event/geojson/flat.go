package geojson

import (
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/strictjson"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// propSpans locates the properties the Reader reads back. The others
// (labels, flat admin names, scheme codes, the perpetrator and target
// lists) are derived from these when writing and are not read.
type propSpans struct {
	typ, title                                       span
	dateStart, dateEnd, datePrec, openStart, openEnd span
	place, placeID, placeLevel, admin                span
	relation, other, locText, geoPrec                span
	actors                                           span
	killed, killedLow, killedBest, killedHigh        span
	killedGroup                                      span
	sources, notes, tags, keys                       span
	event                                            span
}

func (ps *propSpans) slot(name []byte) *span {
	switch string(name) {
	case propType:
		return &ps.typ
	case propTitle:
		return &ps.title
	case propDateStart:
		return &ps.dateStart
	case propDateEnd:
		return &ps.dateEnd
	case propDatePrecision:
		return &ps.datePrec
	case propDateOpenStart:
		return &ps.openStart
	case propDateOpenEnd:
		return &ps.openEnd
	case propPlace:
		return &ps.place
	case propPlaceID:
		return &ps.placeID
	case propPlaceLevel:
		return &ps.placeLevel
	case propAdmin:
		return &ps.admin
	case propRelation:
		return &ps.relation
	case propOtherPlace:
		return &ps.other
	case propLocationText:
		return &ps.locText
	case propGeoPrecision:
		return &ps.geoPrec
	case propActors:
		return &ps.actors
	case propKilled:
		return &ps.killed
	case propKilledLow:
		return &ps.killedLow
	case propKilledBest:
		return &ps.killedBest
	case propKilledHigh:
		return &ps.killedHigh
	case propKilledGroup:
		return &ps.killedGroup
	case propSources:
		return &ps.sources
	case propNotes:
		return &ps.notes
	case propTags:
		return &ps.tags
	case propKeys:
		return &ps.keys
	case propEvent:
		return &ps.event
	}
	return nil
}

// propSpans finds the properties read back; a repeated one is an error.
func (d *decoder) propSpans(props span, ps *propSpans) bool {
	ok := true
	members(d.raw, props.start, func(name []byte, v span) bool {
		slot := ps.slot(name)
		if slot == nil {
			return true // a property of the map tool or of the user: ignored
		}
		if slot.ok() {
			ok = d.failf(v.start, "properties."+string(name), fmt.Errorf("geojson: %w: property %s given twice", ErrBadProperty, fielderr.Quote(string(name))))
			return false
		}
		*slot = v
		return true
	})
	return ok
}

// decode decodes the property prop at sp into v, strictly; an absent
// property leaves v as it is.
func (d *decoder) decode(prop string, sp span, v any) bool {
	if !sp.ok() {
		return true
	}
	data := d.raw[sp.start:sp.end]
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return d.failf(sp.start+off, "properties."+prop, fmt.Errorf("geojson: %w: invalid UTF-8", event.ErrBadText))
	}
	if decodeSimple(data, v) {
		return true
	}
	err := strictjson.Decode(data, v)
	if err == nil {
		return true
	}
	off, sub := 0, ""
	var se *strictjson.Error
	if errors.As(err, &se) {
		off, sub, err = int(se.Offset), se.Path, se.Err
	}
	if errors.Is(err, strictjson.ErrType) || errors.Is(err, strictjson.ErrUnknownField) || errors.Is(err, strictjson.ErrSyntax) {
		err = fmt.Errorf("geojson: %w: %w", ErrBadProperty, err)
	}
	return d.failf(sp.start+off, joinPath("properties."+prop, sub), err)
}

// actorProp is one element of the "actors" property.
type actorProp struct {
	Role event.Role `json:"role"`
	Name string     `json:"name"`
	Kind actor.Kind `json:"kind,omitzero"`
	ID   actor.ID   `json:"id,omitzero"`
}

// flat builds an event from the flat properties (no "event" property).
func (d *decoder) flat(id, props span, pt *place.Point, ps *propSpans) (event.Event, bool) {
	uid, ok := d.parseID(id)
	if !ok {
		return event.Event{}, false
	}
	e := event.Event{ID: uid}
	w := &e.Where
	var admin []place.Unit
	var actors []actorProp
	var other string
	var sources, keys []string
	if !d.decode(propType, ps.typ, &e.Type) ||
		!d.decode(propTitle, ps.title, &e.Title) ||
		!d.when(ps, &e.When) ||
		!d.decode(propPlace, ps.place, &w.Place.Name) ||
		!d.decode(propPlaceID, ps.placeID, &w.Place.ID) ||
		!d.decode(propPlaceLevel, ps.placeLevel, &w.Place.Level) ||
		!d.decode(propAdmin, ps.admin, &admin) ||
		!d.decode(propRelation, ps.relation, &w.Relation) ||
		!d.decode(propOtherPlace, ps.other, &other) ||
		!d.decode(propLocationText, ps.locText, &w.Text) ||
		!d.decode(propGeoPrecision, ps.geoPrec, &w.Precision) ||
		!d.decode(propActors, ps.actors, &actors) ||
		!d.killed(ps, &e) ||
		!d.decode(propSources, ps.sources, &sources) ||
		!d.decode(propNotes, ps.notes, &e.Notes) ||
		!d.decode(propTags, ps.tags, &e.Tags) ||
		!d.decode(propKeys, ps.keys, &keys) {
		return event.Event{}, false
	}
	w.Point = pt
	if len(admin) > 0 {
		w.Place.Path = admin
	}
	if other != "" {
		w.Other = place.Ref{Name: other}
	}
	for _, a := range actors {
		e.Participants = append(e.Participants, event.Participant{Actor: actor.Ref{ID: a.ID, Name: a.Name, Kind: a.Kind}, Role: a.Role})
	}
	// Sources come back as citations naming the source only; their local
	// IDs are made up here ("source-1", …) because the flat form has none.
	var seen []string
	for _, name := range sources {
		if name == "" || slices.Contains(seen, name) {
			continue
		}
		seen = append(seen, name)
		e.Citations = append(e.Citations, source.Citation{ID: "source-" + strconv.Itoa(len(seen)), Source: source.Ref{Name: name}})
	}
	for i, k := range keys {
		scheme, value, _ := strings.Cut(k, ":")
		key := event.Key{Scheme: scheme, Value: value}
		if err := key.Validate(); err != nil {
			return event.Event{}, d.failf(d.elementOffset(ps.keys, i), "properties.keys["+strconv.Itoa(i)+"]",
				fmt.Errorf("geojson: %w: key %s: want \"scheme:value\"", event.ErrBadID, fielderr.Quote(k)))
		}
		e.Keys = append(e.Keys, key)
	}
	if e.Type == "" { // an event needs a type, as in the canonical JSON
		at, rel := ps.typ.start, "properties."+propType
		if !ps.typ.ok() {
			at, rel = props.start, "properties"
		}
		return event.Event{}, d.failf(at, rel, fmt.Errorf("geojson: %w: a feature without an \"event\" property needs the event type as its %q property", event.ErrMissing, propType))
	}
	return e, true
}

// elementOffset returns the offset of element i of the array at sp.
func (d *decoder) elementOffset(sp span, i int) int {
	b := d.raw
	j := skipWS(b, sp.start+1)
	for ; i > 0 && j < sp.end; i-- {
		j = skipWS(b, valueEnd(b, j))
		if j < sp.end && b[j] == ',' {
			j = skipWS(b, j+1)
		}
	}
	return j
}

// whenMembers pairs the date properties with the members of the canonical
// When object, which decodes them.
var whenMembers = [...]struct{ prop, member string }{
	{propDateStart, "start"},
	{propDateEnd, "end"},
	{propDatePrecision, "precision"},
	{propDateOpenStart, "open_start"},
	{propDateOpenEnd, "open_end"},
}

// when reads the date properties by assembling them into the canonical
// JSON of a When, whose strict decoding (dates that exist, an end not
// before the start, each end given or open) then applies unchanged.
func (d *decoder) when(ps *propSpans, w *event.When) bool {
	spans := [...]span{ps.dateStart, ps.dateEnd, ps.datePrec, ps.openStart, ps.openEnd}
	var b bytes.Buffer
	b.WriteByte('{')
	first := -1
	for i, sp := range spans {
		if !sp.ok() {
			continue
		}
		if first < 0 {
			first = i
		} else {
			b.WriteByte(',')
		}
		b.WriteString(`"` + whenMembers[i].member + `":`)
		b.Write(d.raw[sp.start:sp.end])
	}
	if first < 0 {
		return true
	}
	b.WriteByte('}')
	err := w.UnmarshalJSON(b.Bytes())
	if err == nil {
		return true
	}
	i, sub := first, ""
	var se *strictjson.Error
	if errors.As(err, &se) {
		err = se.Err
		member, rest, _ := strings.Cut(se.Path, ".")
		for j, m := range whenMembers {
			if m.member == member {
				i, sub = j, rest
			}
		}
	}
	if !spans[i].ok() { // the error is about a missing member: point at the first one given
		return d.failf(spans[first].start, "properties."+whenMembers[i].prop, err)
	}
	return d.failf(spans[i].start, joinPath("properties."+whenMembers[i].prop, sub), err)
}

// killed reads the reconciled number of people killed back as one
// casualty figure: from "killed" (the count's text, exact) or else from
// killed_low, killed_best and killed_high.
func (d *decoder) killed(ps *propSpans, e *event.Event) bool {
	var c casualty.Count
	switch {
	case ps.killed.ok():
		var text string
		if !d.decode(propKilled, ps.killed, &text) {
			return false
		}
		if err := c.UnmarshalText([]byte(text)); err != nil {
			return d.failf(ps.killed.start, "properties."+propKilled, err)
		}
	case ps.killedLow.ok() || ps.killedBest.ok() || ps.killedHigh.ok():
		var low, best, high *int64
		if !d.decode(propKilledLow, ps.killedLow, &low) ||
			!d.decode(propKilledBest, ps.killedBest, &best) ||
			!d.decode(propKilledHigh, ps.killedHigh, &high) {
			return false
		}
		c = countOf(low, best, high)
		if err := c.Validate(); err != nil {
			at := ps.killedLow
			if !at.ok() {
				at = ps.killedBest
			}
			if !at.ok() {
				at = ps.killedHigh
			}
			return d.failf(at.start, "properties.killed_low", err)
		}
	default:
		return true
	}
	var g casualty.Group
	if !d.decode(propKilledGroup, ps.killedGroup, &g) {
		return false
	}
	e.Casualties = []event.Casualty{{Figure: casualty.NewFigure(casualty.Killed, g, c)}}
	return true
}

// countOf makes a Count of the bounds given, as casualty.Reconcile builds
// its summary: a best estimate with only one bound keeps the bound.
func countOf(low, best, high *int64) casualty.Count {
	switch {
	case low != nil && best != nil && high != nil:
		if *low == *best && *best == *high {
			return casualty.Exactly(*best)
		}
		return casualty.Estimate(*low, *best, *high)
	case low != nil && high != nil:
		return casualty.Between(*low, *high)
	case low != nil:
		return casualty.AtLeast(*low)
	case high != nil:
		return casualty.AtMost(*high)
	case best != nil:
		return casualty.About(*best)
	}
	return casualty.Unknown()
}

// decodeSimple decodes the common cases without reflection: a string with
// no escapes into a string or a type that unmarshals text, an array of
// such strings into a []string. It reports false when it did not decode,
// leaving v as it was, for strictjson to decode (or to report the error).
func decodeSimple(data []byte, v any) bool {
	switch v := v.(type) {
	case *string:
		if s, ok := simpleString(data); ok {
			*v = string(s)
			return true
		}
	case *[]string:
		if len(data) < 2 || data[0] != '[' {
			return false
		}
		var out []string
		for i := skipWS(data, 1); i < len(data) && data[i] != ']'; {
			end := valueEnd(data, i)
			s, ok := simpleString(data[i:end])
			if !ok {
				return false
			}
			out = append(out, string(s))
			i = skipWS(data, end)
			if i < len(data) && data[i] == ',' {
				i = skipWS(data, i+1)
			}
		}
		*v = out
		return true
	case encoding.TextUnmarshaler:
		if s, ok := simpleString(data); ok {
			return v.UnmarshalText(s) == nil
		}
	}
	return false
}

// simpleString returns the contents of a JSON string that needs no
// unescaping: no backslash and no control character. data is well formed
// and valid UTF-8.
func simpleString(data []byte) ([]byte, bool) {
	if len(data) < 2 || data[0] != '"' {
		return nil, false
	}
	s := data[1 : len(data)-1]
	for _, c := range s {
		if c == '\\' || c < 0x20 {
			return nil, false
		}
	}
	return s, true
}
