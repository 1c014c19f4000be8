package event

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// ErrUnresolved is the Code of a Resolver's report that a name matched no
// record, or several (the message then lists them).
var ErrUnresolved = errors.New("name not resolved")

// ErrOutOfPeriod is the Code of a Resolver's report that a name resolved
// to an actor that did not bear it, or did not exist, on the event's date
// ("Jabhat Fateh al-Sham" in 2018): the ID is filled in, and the warning
// says so.
var ErrOutOfPeriod = errors.New("name not in use on the event's date")

// Resolver fills in the IDs of an event's references from a gazetteer and
// actor and source catalogues, so that an event read from a flat format by
// names alone ("Idleb", "HTS: Hayat Tahrir al Sham", "SOHR") carries the
// places' P-codes and the actors' and sources' catalogue IDs. It never changes a name: the strings the
// data gave stay as they were, beside the IDs found for them.
//
// A nil catalogue leaves its references alone. A Resolver is safe for
// concurrent use if its catalogues are (the SDK's are). It caches its
// answers, so neither its fields nor its catalogues may change once it is
// in use: after merging records into a catalogue, make a new Resolver.
type Resolver struct {
	// Places resolves the admin path and the place of Where, and Other.
	Places *place.Gazetteer
	// Actors resolves participants, casualty parties and the actors claims
	// are about, by the name valid on the event's date.
	Actors *actor.Registry
	// Sources resolves the sources of citations and their Via chains.
	Sources *source.Registry
	// FollowSuccession resolves a name used before a renaming or merger to
	// the successor in being on the event's date (see
	// actor.FollowSuccession); without it such a match is kept, reported
	// as out of period (ErrOutOfPeriod).
	FollowSuccession bool

	// The answers already given: rows repeat their admin units and actors
	// many times, and a catalogue lookup copies the whole record.
	refs    answers[string, *refAnswer] // by refKey
	anyTime answers[string, answer]     // actors by name, at any time
	places  answers[placeQuery, answer]
	actors  answers[actorQuery, answer]
	sources answers[string, answer]
}

// maxAnswers bounds each cache; a cache that would hold more starts over
// (see answers).
const maxAnswers = 1 << 14

type placeQuery struct {
	name, code string
	parent     place.ID
	level      place.Level
}

type actorQuery struct {
	name string
	day  date.Date
}

// answer is a resolved ID (and code), or the message of a failure. For an
// actor it also holds the days (lo to hi) on which both the matched name
// and the actor were in being, so that one answer serves every date; note
// is the message of a warning about a resolved ID.
type answer struct {
	id, code string
	fail     string
	note     string

	lo, hi date.Date
}

// DefaultResolver resolves against the SDK's embedded gazetteer, actor
// catalogue and source catalogue.
func DefaultResolver() *Resolver {
	return &Resolver{Places: place.Default(), Actors: actor.Default(), Sources: source.Default()}
}

// Resolve fills in the IDs it can find in e and returns a warning for each
// name it could not resolve (Code ErrUnresolved) and each actor named
// outside its time (ErrOutOfPeriod), with its path. A reference that
// already has an ID is left alone. A place is looked for inside the
// deepest unit of its path that resolved; a place that names that unit
// itself, as UCDP's rows coded to a country or governorate do ("Syria"
// under Syria), gets the unit's ID.
func (r *Resolver) Resolve(e *Event) Problems { return r.AppendResolve(nil, e) }

// AppendResolve is Resolve appending the warnings to dst, for a reader
// that reuses one slice for every record's warnings.
func (r *Resolver) AppendResolve(dst Problems, e *Event) Problems {
	out := dst
	warn := func(path, msg string) {
		out = append(out, Problem{Path: path, Code: ErrUnresolved, Severity: Warning, Message: msg})
	}
	note := func(path, msg string) {
		out = append(out, Problem{Path: path, Code: ErrOutOfPeriod, Severity: Warning, Message: msg})
	}
	if r.Places != nil {
		r.place("where.place", &e.Where.Place, warn)
		r.place("where.other", &e.Where.Other, warn)
	}
	if r.Actors != nil {
		var day date.Date // the event's, if dated
		dated := false
		switch {
		case e.When.IsZero():
		case !e.When.OpenStart:
			day, dated = e.When.Start, true
		default:
			day, dated = e.When.End, true
		}
		dated = dated && firstDay <= day && day <= lastDay // as actor.DateOf
		// Paths are built only for the warnings.
		report := func(path func() string, a answer) {
			switch {
			case a.fail != "":
				warn(path(), a.fail)
			case a.note != "":
				note(path(), a.note)
			}
		}
		for i := range e.Participants {
			report(func() string { return participantPaths.at(i) }, r.actor(&e.Participants[i].Actor, day, dated))
		}
		for i := range e.Casualties {
			report(func() string { return casualtyPaths.at(i) }, r.actor(&e.Casualties[i].Party, day, dated))
		}
		for i := range e.Claims {
			for j := range e.Claims[i].About {
				report(func() string { return index(index("claims", i)+".about", j) }, r.actor(&e.Claims[i].About[j], day, dated))
			}
		}
	}
	if r.Sources != nil {
		for i := range e.Citations {
			c := &e.Citations[i]
			if msg := r.source(&c.Source); msg != "" {
				warn(citationPaths.at(i), msg)
			}
			for j := range c.Via {
				if msg := r.source(&c.Via[j]); msg != "" {
					warn(index(index("citations", i)+".via", j), msg)
				}
			}
		}
	}
	return out
}

// elemPaths are the paths of a field of the elements of a list, the
// first ones built once: most events have few participants and citations,
// and building a path would cost an allocation per warning.
type elemPaths struct {
	list, field string
	first       [8]string
}

func newElemPaths(list, field string) *elemPaths {
	p := &elemPaths{list: list, field: field}
	for i := range p.first {
		p.first[i] = index(list, i) + field
	}
	return p
}

// at returns the path for element i: "citations[0].source".
func (p *elemPaths) at(i int) string {
	if i < len(p.first) {
		return p.first[i]
	}
	return index(p.list, i) + p.field
}

var (
	participantPaths = newElemPaths("participants", ".actor")
	casualtyPaths    = newElemPaths("casualties", ".party")
	citationPaths    = newElemPaths("citations", ".source")
)

// source resolves one source reference and returns the message of a
// failure.
func (r *Resolver) source(ref *source.Ref) string {
	if ref.ID != "" || ref.Name == "" {
		return ""
	}
	a := cached(&r.sources, ref.Name, func() answer {
		res, err := r.Sources.Resolve(ref.Name)
		if err != nil {
			return answer{fail: fmt.Sprintf("source %q: %v", ref.Name, err)}
		}
		return answer{id: string(res.Source.ID)}
	})
	if a.fail != "" {
		return a.fail
	}
	ref.ID = source.ID(a.id)
	return ""
}

// firstDay and lastDay bound the days an actor.Date can hold.
var firstDay, lastDay = date.New(1, time.January, 1), date.New(9999, time.December, 31)

// actor resolves one actor reference on day if dated (else at any time),
// and returns the answer, whose fail or note the caller reports.
func (r *Resolver) actor(ref *actor.Ref, day date.Date, dated bool) answer {
	if ref.ID != "" || ref.Name == "" {
		return answer{}
	}
	resolve := func(on actor.Date) func() answer {
		return func() answer {
			var opts []actor.ResolveOption
			if r.FollowSuccession {
				opts = append(opts, actor.FollowSuccession())
			}
			res, err := r.Actors.Resolve(ref.Name, on, opts...)
			if err != nil {
				return answer{fail: fmt.Sprintf("actor %q: %v", ref.Name, err)}
			}
			from, to := matchedPeriod(res)
			lo, hi := span(from, to)
			born, died := span(res.Actor.Founded, res.Actor.Dissolved)
			return answer{id: string(res.Actor.ID), lo: max(lo, born), hi: min(hi, died)}
		}
	}
	// A name that one actor alone answers to at any time resolves to it on
	// every date, unless successions are followed: one answer, with the
	// periods, serves all dates. Otherwise the date decides.
	a := cached(&r.anyTime, ref.Name, resolve(actor.Date{}))
	if dated && (a.fail != "" || r.FollowSuccession) {
		a = cached(&r.actors, actorQuery{ref.Name, day}, resolve(actor.DateOf(day)))
	}
	if a.fail != "" {
		return a
	}
	ref.ID = actor.ID(a.id)
	if dated && (day < a.lo || day > a.hi) {
		a.note = fmt.Sprintf("actor %q is %q, which did not bear that name or was not in being on %s", ref.Name, a.id, day)
	}
	return a
}

// matchedPeriod returns when the name or identifier that matched was in
// use (zero: open).
func matchedPeriod(res actor.Resolution) (from, to actor.Date) {
	if res.Scheme != "" {
		for _, id := range res.Actor.Identifiers {
			if id.Scheme == res.Scheme && id.Value == res.Matched {
				return id.From, id.To
			}
		}
	}
	for _, n := range res.Actor.Names {
		if n.Text == res.Matched {
			return n.From, n.To
		}
	}
	return actor.Date{}, actor.Date{}
}

// span returns the days from..to covers, either end open when zero, as
// package actor counts periods.
func span(from, to actor.Date) (lo, hi date.Date) {
	lo, hi = date.Min(), date.Max()
	if !from.IsZero() {
		lo = from.First()
	}
	if !to.IsZero() {
		hi = to.Last()
	}
	return lo, hi
}

// maxPath is the longest admin path whose whole resolution is cached as
// one answer (a country and five levels below it).
const maxPath = 6

// refKey appends to b the cache key of a whole place reference: its
// name, level and path, each text preceded by its length, so that
// different references never give the same key. It reports false for a
// reference that has IDs already or a path too long to cache.
func refKey(b []byte, ref *place.Ref) ([]byte, bool) {
	if ref.ID != "" || len(ref.Path) > maxPath {
		return b, false
	}
	b = append(appendText(b, ref.Name), byte(ref.Level))
	for i := range ref.Path {
		u := &ref.Path[i]
		if u.ID != "" {
			return b, false
		}
		b = append(appendText(appendText(b, u.Name), u.Code), byte(u.Level))
	}
	return b, true
}

// appendText appends s to b, preceded by its length.
func appendText(b []byte, s string) []byte {
	if len(s) < 0x80 {
		b = append(b, byte(len(s))) // the uvarint of a short length
	} else {
		b = binary.AppendUvarint(b, uint64(len(s)))
	}
	return append(b, s...)
}

// refAnswer is the resolution of a whole place reference: the IDs and
// codes found for its path units and itself, and the failures.
type refAnswer struct {
	ids, codes [maxPath]string
	id         string
	fails      []refFail
}

// refFail is one name of a reference that did not resolve: unit i of the
// path, or the place itself (i = -1).
type refFail struct {
	i   int
	msg string
}

// place resolves a place reference: its admin path from the top, each
// unit within the one above, then the place itself within the deepest
// unit found (or as that unit: see isUnit). Rows repeat whole
// references, so the answer for the whole reference is cached, not only
// those for its parts.
func (r *Resolver) place(path string, ref *place.Ref, warn func(path, msg string)) {
	if ref.IsZero() {
		return
	}
	var a *refAnswer
	var buf [256]byte
	if key, ok := refKey(buf[:0], ref); ok {
		a = r.refs.snapshot()[string(key)] // no allocation for the lookup
		if a == nil {
			var ok bool
			if a, ok = r.refs.get(string(key)); !ok {
				a = r.resolveRef(*ref)
				r.refs.put(string(key), a)
			}
		}
	} else {
		a = r.resolveRef(*ref)
	}
	for i := range ref.Path {
		u := &ref.Path[i]
		if i < maxPath && a.ids[i] != "" && u.ID == "" {
			u.ID = place.ID(a.ids[i])
			if u.Code == "" {
				u.Code = a.codes[i]
			}
		}
	}
	if ref.ID == "" && a.id != "" {
		ref.ID = place.ID(a.id)
	}
	for _, f := range a.fails {
		if f.i < 0 {
			warn(path, f.msg)
		} else {
			warn(path+".path["+strconv.Itoa(f.i)+"]", f.msg)
		}
	}
}

// resolveRef resolves a place reference, given by value.
func (r *Resolver) resolveRef(ref place.Ref) *refAnswer {
	a := new(refAnswer)
	var parent place.ID
	for i := range ref.Path {
		u := &ref.Path[i]
		if u.Level == place.LevelArea {
			continue // regions such as "Middle East" are not admin units
		}
		if u.ID != "" {
			parent = u.ID
			continue
		}
		ua := cached(&r.places, placeQuery{name: u.Name, code: u.Code, parent: parent, level: u.Level}, func() answer {
			pl, err := r.unit(u, parent)
			if err != nil {
				return answer{fail: fmt.Sprintf("%s %q: %v", u.Level, u.Name, err)}
			}
			return answer{id: string(pl.ID), code: codeOf(pl)}
		})
		if ua.fail != "" {
			a.fails = append(a.fails, refFail{i, ua.fail})
			continue
		}
		if i < maxPath {
			a.ids[i], a.codes[i] = ua.id, ua.code
		}
		parent = place.ID(ua.id)
	}
	if ref.ID != "" || ref.Name == "" {
		return a
	}
	m, err := r.Places.Resolve(ref.Name, place.ResolveOptions{Parent: parent, Level: ref.Level})
	if errors.Is(err, place.ErrNotFound) && r.isUnit(ref, parent) {
		a.id = string(parent)
		return a
	}
	if err != nil {
		a.fails = append(a.fails, refFail{-1, fmt.Sprintf("place %q: %v", ref.Name, err)})
		return a
	}
	a.id = string(m.Place.ID)
	return a
}

// isUnit reports whether a place reference names the deepest unit of its
// own path, unit, as UCDP's rows coded to a country do (where "Syria" is
// both the place and the last unit of the path): the name resolves to
// unit one level up.
func (r *Resolver) isUnit(ref place.Ref, unit place.ID) bool {
	u, ok := r.Places.Get(unit)
	if !ok || ref.Level != 0 && ref.Level != u.Level {
		return false
	}
	m, err := r.Places.Resolve(ref.Name, place.ResolveOptions{Parent: u.Parent, Level: u.Level})
	return err == nil && m.Place.ID == unit
}

// unit finds the place of one path unit within parent: by code when the
// unit has one, else by name.
func (r *Resolver) unit(u *place.Unit, parent place.ID) (place.Place, error) {
	if u.Code != "" {
		scheme := place.SchemePCode
		if u.Level == place.LevelCountry {
			scheme = place.SchemeISOCountry
		}
		// A code counts only for a place at the unit's level, inside the
		// unit above: else the name decides.
		if pl, ok := r.Places.ByCode(scheme, u.Code); ok && pl.Level == u.Level && (parent == "" || r.Places.Contains(parent, pl.ID)) {
			return pl, nil
		}
	}
	if u.Name == "" {
		return place.Place{}, fmt.Errorf("no name: %w", place.ErrNotFound)
	}
	m, err := r.Places.Resolve(u.Name, place.ResolveOptions{Parent: parent, Level: u.Level})
	if err != nil {
		return place.Place{}, err
	}
	return m.Place, nil
}

// codeOf returns the code a path unit carries for a place: the P-code of
// an admin unit, the alpha-2 code of a country.
func codeOf(pl place.Place) string {
	want := place.SchemePCode
	if pl.Level == place.LevelCountry {
		want = place.SchemeISOCountry
	}
	for _, c := range pl.Codes {
		if c.Scheme == want {
			return c.Value
		}
	}
	if pl.Level == place.LevelCountry && !pl.Country.IsZero() {
		return pl.Country.String()
	}
	return ""
}
