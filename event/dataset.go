package event

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/google/uuid"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/internal/strictjson"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// Schema is the schema version written into every Dataset document. A
// reader accepts documents of the same major version ("conflictkit/dataset/1"
// and later minor revisions such as "conflictkit/dataset/1.1").
const Schema = "conflictkit/dataset/1"

const schemaMajor = "conflictkit/dataset/1"

// Dataset bundles events with the full records of the actors, places and
// sources they refer to. Validate checks that every reference resolves
// and agrees with the record it names.
type Dataset struct {
	Schema      string          `json:"schema"`
	Title       string          `json:"title,omitzero"`
	Description string          `json:"description,omitzero"`
	Actors      []actor.Actor   `json:"actors,omitzero"`
	Places      []place.Place   `json:"places,omitzero"`
	Sources     []source.Source `json:"sources,omitzero"`
	Events      []Event         `json:"events,omitzero"`
}

// NewDataset returns an empty dataset of the current Schema.
func NewDataset(title string) *Dataset {
	return &Dataset{Schema: Schema, Title: title}
}

// Event returns the event with ID id.
func (d *Dataset) Event(id uuid.UUID) (*Event, bool) {
	for i := range d.Events {
		if d.Events[i].ID == id {
			return &d.Events[i], true
		}
	}
	return nil, false
}

// UnmarshalJSON decodes strictly (see Event.UnmarshalJSON; errors are
// *ParseError values) and checks the schema version (ErrSchema).
func (d *Dataset) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	type plain Dataset
	var v plain
	if err := strictjson.Decode(b, &v); err != nil {
		return toParseError(err, b, 1, 0)
	}
	if err := checkSchema(v.Schema); err != nil {
		return toParseError(&strictjson.Error{Offset: strictjson.MemberOffset(b, "schema"), Path: "schema", Err: err}, b, 1, 0)
	}
	if err := firstDuplicate(b, "events", "event", v.Events, func(e Event) uuid.UUID { return e.ID }); err != nil {
		return err
	}
	if err := firstDuplicate(b, "actors", "actor", v.Actors, func(a actor.Actor) actor.ID { return a.ID }); err != nil {
		return err
	}
	if err := firstDuplicate(b, "places", "place", v.Places, func(p place.Place) place.ID { return p.ID }); err != nil {
		return err
	}
	if err := firstDuplicate(b, "sources", "source", v.Sources, func(s source.Source) source.ID { return s.ID }); err != nil {
		return err
	}
	*d = Dataset(v)
	return nil
}

// firstDuplicate reports the first record of the array member whose ID an
// earlier record has (ErrDuplicate), naming both places: records that share
// an ID cannot be told apart by the references to them. A missing ID is
// left to validation.
func firstDuplicate[T any, K comparable](b []byte, member, noun string, recs []T, id func(T) K) error {
	var zero K
	first := make(map[K]int, len(recs))
	for i, r := range recs {
		k := id(r)
		j, dup := first[k]
		if !dup || k == zero {
			first[k] = i
			continue
		}
		offs := strictjson.ElementOffsets(b, member)
		off, firstOff := int64(0), int64(0)
		if i < len(offs) {
			off = offs[i] + strictjson.MemberOffset(b[offs[i]:strictjson.ValueEnd(b, int(offs[i]))], "id")
			firstOff = offs[j]
		}
		firstLine := 1 + bytes.Count(b[:min(int(firstOff), len(b))], []byte{'\n'})
		return toParseError(&strictjson.Error{Offset: off, Path: index(member, i) + ".id",
			Err: fmt.Errorf("%w: %s ID %v is also the ID of %s (line %d)", ErrDuplicate, noun, k, index(member, j), firstLine)}, b, 1, 0)
	}
	return nil
}

func checkSchema(s string) error {
	if s == schemaMajor || strings.HasPrefix(s, schemaMajor+".") {
		return nil
	}
	return fmt.Errorf("%w: %q (this reader understands %q)", ErrSchema, s, Schema)
}

// Validate checks every record and every event with the zero Validator.
func (d *Dataset) Validate() Problems { return Validator{}.Dataset(d) }

// Dataset returns every problem in d: each actor, place and source record's
// own problems, each event's problems (paths prefixed "events[i]"), and
// every reference that does not resolve (ErrDangling) or disagrees with the
// record it names (ErrAdminPath for a place path that contradicts the
// places' parent links).
func (v Validator) Dataset(d *Dataset) Problems {
	var ps Problems
	root := &Report{out: &ps}
	if err := checkSchema(d.Schema); err != nil {
		root.Error("schema", ErrSchema, "%v", err)
	}

	actors := map[actor.ID]actor.Actor{}
	for i, a := range d.Actors {
		p := index("actors", i)
		recordProblems(root, p, a.Validate())
		if _, dup := actors[a.ID]; dup && a.ID != "" { // a missing ID is reported once, above
			root.Error(p+".id", ErrDuplicate, "actor ID %q is used twice", a.ID)
		}
		actors[a.ID] = a
	}
	// Every place ID counts for references; only valid places go into the
	// set that walks parent links, so an invalid place is reported once, as
	// itself, and not again as missing wherever it is referred to.
	places := &place.Set{}
	placeIDs := map[place.ID]bool{}
	for i, pl := range d.Places {
		p := index("places", i)
		recordProblems(root, p, pl.Validate())
		if placeIDs[pl.ID] && pl.ID != "" {
			root.Error(p+".id", ErrDuplicate, "place ID %q is used twice", pl.ID)
		}
		placeIDs[pl.ID] = true
		_ = places.Add(pl) // refuses what is reported above: invalid places and duplicates
	}
	sources := map[source.ID]source.Source{}
	for i, s := range d.Sources {
		p := index("sources", i)
		recordProblems(root, p, s.Validate())
		if _, dup := sources[s.ID]; dup && s.ID != "" {
			root.Error(p+".id", ErrDuplicate, "source ID %q is used twice", s.ID)
		}
		sources[s.ID] = s
	}

	// References between records.
	for i, a := range d.Actors {
		for j, l := range a.Links {
			if _, ok := actors[l.Actor]; !ok {
				root.Error(index(index("actors", i)+".links", j)+".actor", ErrDangling, "actor %q links to actor %q, which the dataset does not have", a.ID, l.Actor)
			}
		}
	}
	for i, pl := range d.Places {
		p := index("places", i)
		if pl.Parent != "" {
			_, inSet := places.Get(pl.ID) // an invalid place is left out of the set, and reported above
			if !placeIDs[pl.Parent] {
				root.Error(p+".parent", ErrDangling, "place %q has parent %q, which the dataset does not have", pl.ID, pl.Parent)
			} else if _, err := places.Ancestors(pl.ID); inSet && err != nil && !errors.Is(err, place.ErrNotFound) {
				root.Error(p+".parent", ErrAdminPath, "place %q: %v", pl.ID, err)
			}
		}
		for j, w := range pl.Within {
			if !placeIDs[w] {
				root.Error(index(p+".within", j), ErrDangling, "place %q is within %q, which the dataset does not have", pl.ID, w)
			}
		}
	}
	for i, s := range d.Sources {
		if s.Actor != "" {
			if _, ok := actors[actor.ID(s.Actor)]; !ok {
				root.Error(index("sources", i)+".actor", ErrDangling, "source %q is the actor %q, which the dataset does not have", s.ID, s.Actor)
			}
		}
	}

	events := map[uuid.UUID]bool{}
	for i := range d.Events {
		p := index("events", i)
		if events[d.Events[i].ID] && d.Events[i].ID != uuid.Nil {
			root.Error(p+".id", ErrDuplicate, "event ID %s is used twice", d.Events[i].ID)
		}
		events[d.Events[i].ID] = true
	}
	for i := range d.Events {
		e := &d.Events[i]
		r := &Report{prefix: index("events", i), out: &ps}
		v.event(e, r, func(id actor.ID) actor.Kind { return actors[id].Kind })
		res := resolver{actors: actors, places: places, placeIDs: placeIDs, sources: sources, r: r}
		res.event(e, events)
	}
	return ps
}

// unjoin splits an errors.Join result into its parts.
func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

type resolver struct {
	actors   map[actor.ID]actor.Actor
	places   *place.Set // the valid places
	placeIDs map[place.ID]bool
	sources  map[source.ID]source.Source
	r        *Report
}

func (res resolver) actor(path string, ref actor.Ref) {
	if !ref.ID.Valid() {
		return // no ID, or a malformed one that event validation reports
	}
	a, ok := res.actors[ref.ID]
	if !ok {
		res.r.Error(path+".id", ErrDangling, "actor %q is not in the dataset", ref.ID)
		return
	}
	if ref.Name != "" && ref.Name != a.Name && !slices.ContainsFunc(a.Names, func(n actor.Name) bool { return n.Text == ref.Name }) {
		res.r.Warn(path+".name", ErrMismatch, "actor %q is not known by the name %q", ref.ID, ref.Name)
	}
	// The kind in a reference drives rules (a civilian target), so a wrong
	// one is an error, not a matter of display.
	if ref.Kind.Known() && ref.Kind != a.Kind { // an unregistered kind is reported by event validation
		res.r.Error(path+".kind", ErrMismatch, "actor %q is of kind %q, not %q", ref.ID, a.Kind, ref.Kind)
	}
}

func (res resolver) source(path string, ref source.Ref) {
	if ref.ID == "" {
		return
	}
	s, ok := res.sources[ref.ID]
	if !ok {
		res.r.Error(path+".id", ErrDangling, "source %q is not in the dataset", ref.ID)
		return
	}
	if ref.Name != "" && ref.Name != s.Name && ref.Name != s.Short && !slices.ContainsFunc(s.Names, func(n source.Name) bool { return n.Text == ref.Name }) {
		res.r.Warn(path+".name", ErrMismatch, "source %q is not known by the name %q", ref.ID, ref.Name)
	}
}

func (res resolver) placeID(path string, id place.ID) bool {
	if id == "" {
		return false
	}
	if !res.placeIDs[id] {
		res.r.Error(path, ErrDangling, "place %q is not in the dataset", id)
		return false
	}
	return true
}

// place checks that a reference resolves and that its admin path is the
// one the places' parent links give.
func (res resolver) place(path string, ref place.Ref) {
	if !res.placeID(path+".id", ref.ID) {
		for i, u := range ref.Path {
			res.placeID(index(path+".path", i)+".id", u.ID)
		}
		return
	}
	if _, ok := res.places.Get(ref.ID); !ok {
		return // an invalid place record, reported as such
	}
	want, err := res.places.Ref(ref.ID)
	if err != nil {
		if !errors.Is(err, place.ErrNotFound) { // an invalid ancestor is reported as itself
			res.r.Error(path, ErrAdminPath, "place %q: %v", ref.ID, err)
		}
		return
	}
	if pl, _ := res.places.Get(ref.ID); ref.Name != "" && ref.Name != pl.Name && !slices.ContainsFunc(pl.Names, func(n place.Name) bool { return n.Text == ref.Name }) {
		res.r.Warn(path+".name", ErrMismatch, "place %q is not known by the name %q", ref.ID, ref.Name)
	}
	if ref.Level != 0 && ref.Level != want.Level {
		res.r.Error(path+".level", ErrAdminPath, "place %q is a %s, not a %s", ref.ID, want.Level, ref.Level)
	}
	// Every unit the reference names must be one of the place's ancestors, at the same level.
	for i, u := range ref.Path {
		p := index(path+".path", i)
		if u.ID == "" {
			continue
		}
		if !res.placeID(p+".id", u.ID) {
			continue
		}
		k := slices.IndexFunc(want.Path, func(w place.Unit) bool { return w.ID == u.ID })
		switch {
		case k < 0:
			res.r.Error(p+".id", ErrAdminPath, "%s %q is not an ancestor of place %q by the places' parent links", u.Level, u.ID, ref.ID)
		case want.Path[k].Level != u.Level:
			res.r.Error(p+".level", ErrAdminPath, "place %q is a %s, not a %s", u.ID, want.Path[k].Level, u.Level)
		case u.Code != "" && want.Path[k].Code != "" && u.Code != want.Path[k].Code:
			res.r.Error(p+".code", ErrAdminPath, "place %q has code %q, not %q", u.ID, want.Path[k].Code, u.Code)
		}
	}
}

func (res resolver) event(e *Event, events map[uuid.UUID]bool) {
	for i, p := range e.Participants {
		res.actor(index("participants", i)+".actor", p.Actor)
	}
	for i, c := range e.Casualties {
		res.actor(index("casualties", i)+".party", c.Party)
	}
	for i, c := range e.Claims {
		for j, a := range c.About {
			res.actor(index(index("claims", i)+".about", j), a)
		}
	}
	res.place("where.place", e.Where.Place)
	res.place("where.other", e.Where.Other)
	for i, c := range e.Citations {
		p := index("citations", i)
		res.source(p+".source", c.Source)
		for j, via := range c.Via {
			res.source(index(p+".via", j), via)
		}
		if c.ReportedFrom != "" {
			res.placeID(p+".reported_from", place.ID(c.ReportedFrom))
		}
		if c.AuthorActor != "" {
			if _, ok := res.actors[actor.ID(c.AuthorActor)]; !ok {
				res.r.Error(p+".author_actor", ErrDangling, "actor %q is not in the dataset", c.AuthorActor)
			}
		}
	}
	for i, rel := range e.Related {
		if !events[rel.Event] {
			res.r.Error(index("related", i)+".event", ErrDangling, "event %s is not in the dataset", rel.Event)
		}
	}
}
