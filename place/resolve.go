package place

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/conflictkit/conflict/internal/textkey"
	"github.com/conflictkit/conflict/place/internal/namekey"
)

// AmbiguousError is returned by Resolve when several places match a name
// at the best tier (see Resolve). It wraps ErrAmbiguous.
type AmbiguousError struct {
	Name       string  // the name as given to Resolve
	Candidates []Place // the places it matches, ordered by level and ID
}

// Error lists the candidates' IDs and levels.
func (e *AmbiguousError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "place: %q: %v: ", e.Name, ErrAmbiguous)
	for i, p := range e.Candidates {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(p.ID))
		b.WriteString(" (")
		b.WriteString(levelString(p.Level))
		b.WriteString(")")
	}
	return b.String()
}

// Unwrap returns ErrAmbiguous.
func (e *AmbiguousError) Unwrap() error { return ErrAmbiguous }

// MatchKind says how a name matched a place in Resolve. It is a closed set,
// ordered from the strictest match to the loosest; the zero value is
// MatchUnspecified.
type MatchKind uint8

// The kinds of match. Their text forms are "unspecified", "code", "exact",
// "name", "folded" and "alias".
const (
	MatchUnspecified MatchKind = iota // no match
	// MatchCode: the input is one of the place's codes, byte for byte
	// ("SY07", "TR-31", "169389").
	MatchCode
	// MatchExact: the input is the place's display Name, byte for byte.
	MatchExact
	// MatchName: the input is one of the place's other Names, byte for
	// byte (an alias from the source files, an Arabic name).
	MatchName
	// MatchFolded: the input has the match key of one of the place's
	// names (internal/textkey: case, diacritics, harakat, tatweel,
	// apostrophes and punctuation ignored): "IDLIB", "Sarāqib",
	// "Deir ez Zor" for "Deir-ez-Zor", "İskenderun" for "Iskenderun".
	MatchFolded
	// MatchAlias: the input matches only once the alias rule has removed a
	// level word, "Markaz" and Arabic articles from both sides:
	// "Idlib Governorate", "Al Mayadin district", "Nahiyat Saraqib",
	// "Qardahah" for "al Qardahah".
	MatchAlias
	numMatchKinds
)

var matchKindNames = [numMatchKinds]string{"unspecified", "code", "exact", "name", "folded", "alias"}

// matchConfidence is the documented scale of Match.Confidence.
var matchConfidence = [numMatchKinds]float64{0, 1, 1, 0.95, 0.9, 0.75}

// ParseMatchKind returns the kind whose text form is exactly s.
func ParseMatchKind(s string) (MatchKind, error) {
	for i, n := range matchKindNames {
		if n == s {
			return MatchKind(i), nil
		}
	}
	return 0, fmt.Errorf("place: %w %q", ErrBadMatchKind, s)
}

// String returns the text form, or "MatchKind(n)" for an invalid value.
func (k MatchKind) String() string {
	if k < numMatchKinds {
		return matchKindNames[k]
	}
	return "MatchKind(" + strconv.Itoa(int(k)) + ")"
}

// Valid reports whether k is one of the defined kinds (including
// MatchUnspecified).
func (k MatchKind) Valid() bool { return k < numMatchKinds }

// IsZero reports whether k is MatchUnspecified.
func (k MatchKind) IsZero() bool { return k == MatchUnspecified }

// Confidence is the confidence Resolve reports for a match of this kind,
// on a scale from 0 to 1: 1 for MatchCode and MatchExact, 0.95 for
// MatchName, 0.9 for MatchFolded, 0.75 for MatchAlias and 0 for
// MatchUnspecified and invalid values. It grades the spelling only: a
// match is only ever returned when it is unique at its tier, so the
// confidence never arbitrates between places.
func (k MatchKind) Confidence() float64 {
	if k < numMatchKinds {
		return matchConfidence[k]
	}
	return 0
}

// MarshalText returns the text form; it fails for an invalid value.
func (k MatchKind) MarshalText() ([]byte, error) {
	if !k.Valid() {
		return nil, fmt.Errorf("place: %w %d", ErrBadMatchKind, uint8(k))
	}
	return []byte(matchKindNames[k]), nil
}

// UnmarshalText parses a text form as ParseMatchKind does, and also
// accepts an empty input as MatchUnspecified.
func (k *MatchKind) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = MatchUnspecified
		return nil
	}
	v, err := ParseMatchKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ResolveOptions narrows the places a name may resolve to. The zero value
// narrows nothing.
type ResolveOptions struct {
	// Parent, if set, keeps only places inside this one, at any depth,
	// through Parent or Within links (see Gazetteer.Contains). It must be
	// a place of the gazetteer.
	Parent ID
	// Level, if set, keeps only places at this level.
	Level Level
	// Country, if set, keeps only places in this country.
	Country Country
}

// Match is a successful resolution.
type Match struct {
	Place      Place     // the place
	Name       string    // the place's name (or code) that matched, as stored
	How        MatchKind // how it matched
	Confidence float64   // How.Confidence()
}

// resolveKey is the cache key of one Resolve call.
type resolveKey struct {
	name string
	opt  ResolveOptions
}

// resolved is the cached outcome of one Resolve call: one place (a match),
// several (ambiguous), or none (err is set).
type resolved struct {
	places []int32
	name   int16 // the matching name of a single match: -1 Name, -2 a code
	code   string
	how    MatchKind
	err    error
}

// maxCached bounds the resolution cache of a Gazetteer; when it fills up,
// it is emptied.
const maxCached = 1 << 14

// Resolve finds the one place that name denotes, in any script or
// spelling. Matching is by tiers, and the first tier that finds any place
// allowed by opt decides:
//
//  1. the name is a code of a place ("SY07", "TR-31"): MatchCode;
//  2. the name has the match key of a place's name (internal/textkey):
//     MatchExact, MatchName or MatchFolded, depending on whether it is
//     the display name or another name byte for byte, or neither;
//  3. the name matches under the alias rule: a level word, leading or
//     trailing, is dropped ("Idlib Governorate", "Al Mayadin district",
//     "Saraqib Sub-district", "Nahiyat Saraqib", "ناحية سراقب",
//     "Muhafazat Idlib", "Mintaqat Azaz", "Idlib City") and then only
//     matches a place at the level it names; so are "Markaz" / "مركز"
//     and a leading Arabic article, and inner articles are spelt alike
//     ("ash" and "al"): MatchAlias.
//
// Resolve never guesses: if several places match at the deciding tier,
// it returns an *AmbiguousError (wrapping ErrAmbiguous) listing them, and
// the caller narrows with opt. "Idleb", for instance, names a governorate,
// a district and a sub-district; with Level LevelAdmin1 it resolves.
// Spelling within a tier does not break ties: "Idlib" is as ambiguous as
// "Idleb", although the city's display name is spelt "Idlib".
//
// Errors: ErrNotFound when nothing matches (or opt.Parent is unknown),
// ErrAmbiguous, ErrBadName for a name with no letters or digits, and
// ErrBadLevel for an invalid opt.Level. Results are cached per name and
// options, so resolving the same admin names again is cheap; ResolveID
// is cheaper still, as it copies nothing.
func (g *Gazetteer) Resolve(name string, opt ResolveOptions) (Match, error) {
	r, err := g.lookup(name, opt)
	if err != nil {
		return Match{}, err
	}
	return g.result(name, r)
}

// ResolveID is Resolve for hot paths such as reading a large file: it
// returns only the place's ID and how it matched, without copying the
// place (use Get, Code or Ref for what is needed, or cache by ID). Cached
// lookups do not allocate. Errors are Resolve's.
func (g *Gazetteer) ResolveID(name string, opt ResolveOptions) (ID, MatchKind, error) {
	r, err := g.lookup(name, opt)
	if err != nil {
		return "", MatchUnspecified, err
	}
	if r.err != nil || len(r.places) > 1 {
		_, err := g.result(name, r)
		return "", MatchUnspecified, err
	}
	return g.places[r.places[0]].ID, r.how, nil
}

// Code returns the value of the code in scheme s of the place id, without
// copying the place: Get(id) then Place.Code, for hot paths.
func (g *Gazetteer) Code(id ID, s Scheme) (string, bool) {
	i, ok := g.byID[id]
	if !ok {
		return "", false
	}
	return g.places[i].Code(s)
}

// lookup checks the options and returns the cached outcome of a
// resolution, resolving and caching it if needed.
func (g *Gazetteer) lookup(name string, opt ResolveOptions) (*resolved, error) {
	if !opt.Level.Valid() {
		return nil, fmt.Errorf("place: %w %d in resolve options", ErrBadLevel, uint8(opt.Level))
	}
	if opt.Parent != "" {
		if _, ok := g.byID[opt.Parent]; !ok {
			return nil, errParentUnknown(opt.Parent)
		}
	}
	k := resolveKey{name: name, opt: opt}
	if v, ok := g.cache.Load(k); ok {
		return v.(*resolved), nil
	}
	r := g.resolve(name, opt)
	if g.cached.Add(1) > maxCached {
		g.cache.Clear()
		g.cached.Store(1)
	}
	g.cache.Store(k, r)
	return r, nil
}

// result turns a cached outcome into Resolve's results, with fresh copies
// of the places.
func (g *Gazetteer) result(name string, r *resolved) (Match, error) {
	switch {
	case r.err != nil:
		return Match{}, r.err
	case len(r.places) > 1:
		return Match{}, &AmbiguousError{Name: name, Candidates: g.sortedPlaces(r.places)}
	}
	p := g.places[r.places[0]]
	m := Match{Place: p.clone(), How: r.how, Confidence: r.how.Confidence()}
	switch r.name {
	case -2:
		m.Name = r.code
	case -1:
		m.Name = p.Name
	default:
		m.Name = p.Names[r.name].Text
	}
	return m, nil
}

// resolve does the work of Resolve, without the cache.
func (g *Gazetteer) resolve(name string, opt ResolveOptions) *resolved {
	parent := int32(-1)
	if opt.Parent != "" {
		parent = g.byID[opt.Parent]
	}
	ok := func(i int32, level Level) bool {
		p := &g.places[i]
		if opt.Level != LevelUnspecified && p.Level != opt.Level ||
			level != LevelUnspecified && p.Level != level ||
			!opt.Country.IsZero() && p.Country != opt.Country {
			return false
		}
		if parent >= 0 {
			if _, found := slices.BinarySearch(g.inside[i], parent); !found {
				return false
			}
		}
		return true
	}

	// Tier 1: codes.
	if is := g.values[name]; len(is) > 0 {
		var r resolved
		for _, i := range is {
			if ok(i, LevelUnspecified) && !slices.Contains(r.places, i) {
				r.places = append(r.places, i)
			}
		}
		if len(r.places) > 0 {
			r.how, r.name, r.code = MatchCode, -2, name
			return &r
		}
	}

	k := textkey.Key(name)
	if k == "" {
		return &resolved{err: fmt.Errorf("place: %w: %q has no letters or digits", ErrBadName, name)}
	}
	// Tier 2: match keys. How depends on the place's best-matching name.
	var r resolved
	for _, ref := range g.keys[k] {
		if !ok(ref.place, LevelUnspecified) {
			continue
		}
		r.places = append(r.places, ref.place)
		p := &g.places[ref.place]
		r.how, r.name = MatchFolded, ref.name
		if name == p.Name {
			r.how, r.name = MatchExact, -1
		} else if j := slices.IndexFunc(p.Names, func(n Name) bool { return n.Text == name }); j >= 0 {
			r.how, r.name = MatchName, int16(j)
		}
	}
	if len(r.places) > 0 {
		return &r
	}
	// Tier 3: the alias rule.
	a, level := namekey.Alias(k)
	if a != "" {
		for _, ref := range g.alias[a] {
			if ok(ref.place, levelOf(level)) {
				r.places = append(r.places, ref.place)
				r.how, r.name = MatchAlias, ref.name
			}
		}
		if len(r.places) > 0 {
			return &r
		}
	}
	return &resolved{err: fmt.Errorf("place: %q%s: %w", name, describe(opt), ErrNotFound)}
}

// levelOf maps the level a level word names to a Level.
func levelOf(l namekey.Level) Level {
	switch l {
	case namekey.Admin1:
		return LevelAdmin1
	case namekey.Admin2:
		return LevelAdmin2
	case namekey.Admin3:
		return LevelAdmin3
	case namekey.Locality:
		return LevelLocality
	}
	return LevelUnspecified
}

// describe renders the options for a message: ` (admin2 in "sy07")`.
func describe(opt ResolveOptions) string {
	var parts []string
	if opt.Level != LevelUnspecified {
		parts = append(parts, opt.Level.String())
	}
	if opt.Parent != "" {
		parts = append(parts, "in "+strconv.Quote(string(opt.Parent)))
	}
	if !opt.Country.IsZero() {
		parts = append(parts, "in country "+opt.Country.Alpha2())
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, " ") + ")"
}
