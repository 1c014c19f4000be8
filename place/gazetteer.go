package place

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/conflictkit/conflict/internal/textkey"
	"github.com/conflictkit/conflict/place/internal/namekey"
)

// Gazetteer is an immutable, indexed collection of places: lookup by ID
// and by code, resolution of names in any spelling (Resolve), the nearest
// place to a point (Nearest) and the containment links between places.
// Default returns the one built from the embedded data; NewGazetteer,
// LoadJSON and LoadPCodes build others, and Merge lays one over another.
//
// A Gazetteer is safe for concurrent use. Its zero value is an empty
// gazetteer, ready to use. It must not be copied after first use (it holds
// a cache of resolved names).
//
// Like Set, a Gazetteer copies places out: changing a Place it returned
// does not change the Gazetteer.
type Gazetteer struct {
	places []Place
	byID   map[ID]int32
	codes  map[Code]int32     // every code of every place
	values map[string][]int32 // code value -> places, for Resolve's code tier
	keys   map[string][]nameRef
	alias  map[string][]nameRef
	anc    [][]int32 // the Parent chain of each place, outermost first
	inside [][]int32 // every place containing each place (Parent and Within links), sorted
	points []int32   // places with a Point

	cache  sync.Map // resolveKey -> resolved
	cached atomic.Int64
}

// nameRef is one name of one place in a key index. name is -1 for
// Place.Name, else the index in Place.Names. level is the level the
// name's own level word names, if any (alias index only).
type nameRef struct {
	place int32
	name  int16
	level namekey.Level
}

// maxNames is the most names a place may have in a Gazetteer: the index
// stores name positions compactly.
const maxNames = 1 << 14

// NewGazetteer builds a Gazetteer of places. Every place must pass
// Place.Validate; IDs must be unique, and so must codes (one place per
// scheme and value), else ErrDuplicate. Parent links must not loop
// (ErrCycle) and must nest by level and country as Set.Ancestors
// requires (ErrHierarchy). On failure it returns nil and every problem,
// joined.
//
// Links to places that are not given are allowed, so that a partial
// gazetteer (towns of one district, a corrected code table) can be built on
// its own and merged over another; Ancestors and Ref stop at the first
// missing parent, and Validate reports such links.
func NewGazetteer(places ...Place) (*Gazetteer, error) {
	g := &Gazetteer{
		places: make([]Place, 0, len(places)),
		byID:   make(map[ID]int32, len(places)),
		codes:  make(map[Code]int32, len(places)),
		values: make(map[string][]int32, len(places)),
		keys:   make(map[string][]nameRef, 2*len(places)),
		alias:  make(map[string][]nameRef, 2*len(places)),
	}
	var errs []error
	for _, p := range places {
		if err := p.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("place: cannot add %q: %w", string(p.ID), err))
			continue
		}
		if len(p.Names) >= maxNames {
			errs = append(errs, fmt.Errorf("place: cannot add %q: %w: more than %d names", string(p.ID), ErrBadName, maxNames-1))
			continue
		}
		if _, ok := g.byID[p.ID]; ok {
			errs = append(errs, fmt.Errorf("place: %w ID %q", ErrDuplicate, string(p.ID)))
			continue
		}
		i := int32(len(g.places))
		for _, c := range p.Codes {
			if j, ok := g.codes[c]; ok {
				errs = append(errs, fmt.Errorf("place: %w code %s in %q and %q", ErrDuplicate, c, string(g.places[j].ID), string(p.ID)))
				continue
			}
			g.codes[c] = i
			g.values[c.Value] = append(g.values[c.Value], i)
		}
		g.places = append(g.places, p.clone())
		g.byID[p.ID] = i
	}
	if err := joinErrs(errs...); err != nil {
		return nil, err
	}
	g.anc = make([][]int32, len(g.places))
	g.inside = make([][]int32, len(g.places))
	for i := range g.places {
		chain, err := g.chain(int32(i))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		g.anc[i] = chain
		g.inside[i] = g.containers(int32(i))
	}
	if err := joinErrs(errs...); err != nil {
		return nil, err
	}
	for i, p := range g.places {
		g.index(int32(i), -1, p.Name)
		for j, n := range p.Names {
			g.index(int32(i), int16(j), n.Text)
		}
		if p.Point != nil {
			g.points = append(g.points, int32(i))
		}
	}
	return g, nil
}

// index adds one name of place i to the key and alias indexes. A place
// is listed once per key, under its first name with that key.
func (g *Gazetteer) index(i int32, name int16, text string) {
	k := textkey.Key(text)
	if k == "" {
		return
	}
	if !slices.ContainsFunc(g.keys[k], func(r nameRef) bool { return r.place == i }) {
		g.keys[k] = append(g.keys[k], nameRef{place: i, name: name})
	}
	a, level := namekey.Alias(k)
	if a == "" {
		return
	}
	if !slices.ContainsFunc(g.alias[a], func(r nameRef) bool { return r.place == i }) {
		g.alias[a] = append(g.alias[a], nameRef{place: i, name: name, level: level})
	}
}

// chain follows the Parent links of place i, checking them as
// Set.Ancestors does, and returns the ancestors outermost first. It stops
// at a parent the gazetteer does not hold.
func (g *Gazetteer) chain(i int32) ([]int32, error) {
	p := g.places[i]
	var chain []int32
	seen := map[int32]bool{i: true}
	ranked := p
	if p.Level.Rank() == 0 {
		ranked = Place{}
	}
	for cur := p; cur.Parent != ""; {
		j, ok := g.byID[cur.Parent]
		if !ok {
			break
		}
		if seen[j] {
			return nil, fmt.Errorf("place: %w: %q leads back to %q", ErrCycle, string(cur.ID), string(cur.Parent))
		}
		seen[j] = true
		parent := g.places[j]
		if parent.Level.Rank() > 0 {
			if ranked.ID != "" {
				if err := checkNesting(ranked, parent); err != nil {
					return nil, err
				}
			}
			ranked = parent
		}
		chain = append(chain, j)
		cur = parent
	}
	slices.Reverse(chain)
	return chain, nil
}

// containers returns, sorted, every place that contains place i through
// Parent and Within links, followed transitively.
func (g *Gazetteer) containers(i int32) []int32 {
	seen := map[int32]bool{i: true}
	var out []int32
	queue := []int32{i}
	for len(queue) > 0 {
		p := g.places[queue[0]]
		queue = queue[1:]
		links := p.Within
		if p.Parent != "" {
			links = append([]ID{p.Parent}, links...)
		}
		for _, id := range links {
			j, ok := g.byID[id]
			if !ok || seen[j] {
				continue
			}
			seen[j] = true
			out = append(out, j)
			queue = append(queue, j)
		}
	}
	slices.Sort(out)
	return out
}

// Len returns the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// Get returns a copy of the place with the given ID.
func (g *Gazetteer) Get(id ID) (Place, bool) {
	i, ok := g.byID[id]
	if !ok {
		return Place{}, false
	}
	return g.places[i].clone(), true
}

// All yields copies of the places in the order they were given.
func (g *Gazetteer) All() iter.Seq[Place] {
	return func(yield func(Place) bool) {
		for _, p := range g.places {
			if !yield(p.clone()) {
				return
			}
		}
	}
}

// ByCode returns the place that has the code value in scheme. Values are
// compared exactly ("SY07", "TR-31", "169389"), except for
// SchemeISOCountry, where any spelling ParseCountry accepts finds the
// country: "SY", "sy", "SYR" or "760".
func (g *Gazetteer) ByCode(scheme Scheme, value string) (Place, bool) {
	if scheme == SchemeISOCountry {
		c, err := ParseCountry(value)
		if err != nil {
			return Place{}, false
		}
		value = c.Alpha2()
	}
	i, ok := g.codes[Code{Scheme: scheme, Value: value}]
	if !ok {
		return Place{}, false
	}
	return g.places[i].clone(), true
}

// Ancestors returns the chain of parents of the place id, outermost first
// and the direct parent last, without the place itself. It is empty for a
// place without a parent and for an unknown id, and stops at a parent the
// gazetteer does not hold.
func (g *Gazetteer) Ancestors(id ID) []Place {
	i, ok := g.byID[id]
	if !ok || len(g.anc[i]) == 0 {
		return nil
	}
	out := make([]Place, len(g.anc[i]))
	for k, j := range g.anc[i] {
		out[k] = g.places[j].clone()
	}
	return out
}

// Contains reports whether the place outer contains the place inner:
// whether outer can be reached from inner by following Parent and Within
// links. A place does not contain itself, and unknown IDs are contained in
// nothing.
func (g *Gazetteer) Contains(outer, inner ID) bool {
	o, ok := g.byID[outer]
	if !ok {
		return false
	}
	i, ok := g.byID[inner]
	if !ok {
		return false
	}
	_, found := slices.BinarySearch(g.inside[i], o)
	return found
}

// Ref builds the self-describing reference for the place id, as Set.Ref
// does: its ID, name and level and a Unit for each ancestor. It fails with
// ErrNotFound for an unknown id.
func (g *Gazetteer) Ref(id ID) (Ref, error) {
	i, ok := g.byID[id]
	if !ok {
		return Ref{}, fmt.Errorf("place: %w: %q", ErrNotFound, string(id))
	}
	p := g.places[i]
	r := Ref{ID: p.ID, Name: p.Name, Level: p.Level}
	if len(g.anc[i]) > 0 {
		r.Path = make([]Unit, len(g.anc[i]))
		for k, j := range g.anc[i] {
			a := g.places[j]
			r.Path[k] = Unit{Level: a.Level, ID: a.ID, Code: unitCode(a), Name: a.Name}
		}
	}
	return r, nil
}

// Validate reports the links that point outside the gazetteer: a Parent or
// Within entry naming a place it does not hold, each as an error wrapping
// ErrNotFound, joined. NewGazetteer allows them so that partial gazetteers
// can be merged; a gazetteer meant to stand alone, such as the result of a
// Merge, should have none. Default has none.
func (g *Gazetteer) Validate() error {
	var errs []error
	for _, p := range g.places {
		if _, ok := g.byID[p.Parent]; p.Parent != "" && !ok {
			errs = append(errs, fmt.Errorf("place: %w: %q, parent of %q", ErrNotFound, string(p.Parent), string(p.ID)))
		}
		for k, w := range p.Within {
			if _, ok := g.byID[w]; !ok {
				errs = append(errs, fmt.Errorf("place: %w: %q, within[%d] of %q", ErrNotFound, string(w), k, string(p.ID)))
			}
		}
	}
	return joinErrs(errs...)
}

// Merge returns a new Gazetteer with the places of g and of other. Where
// both hold a place with the same ID, other's replaces g's, in g's order;
// other's new places follow. Neither input changes. The result is checked
// as NewGazetteer checks, so a replacement that breaks a link or repeats a
// code of another place fails. A nil other gives a copy of g. To keep what
// g knows of a place that other updates, use Update.
func (g *Gazetteer) Merge(other *Gazetteer) (*Gazetteer, error) {
	all := slices.Clone(g.places)
	if other != nil {
		for _, p := range other.places {
			if i, ok := g.byID[p.ID]; ok {
				all[i] = p
			} else {
				all = append(all, p)
			}
		}
	}
	return NewGazetteer(all...)
}

// Update is Merge for a newer edition of some of g's records, such as an
// OCHA P-code table loaded with LoadPCodes: where both hold a place with
// the same ID, the two are combined field by field instead of other's
// replacing g's. Other's level, display name, parent and country win;
// names are other's, then g's that other lacks (g's display name among
// them, if other renamed the place: an older spelling is still a
// spelling); codes are other's, then g's in schemes other has none in;
// the point is other's if it has one, else g's; notes are g's followed by
// other's, so that the provenance of what is kept stays; Within links
// are both. So the embedded aliases, Arabic names, centroids and GeoNames
// codes survive an update of the names and parents. Other's new places
// follow g's, and the result is checked as NewGazetteer checks.
func (g *Gazetteer) Update(other *Gazetteer) (*Gazetteer, error) {
	all := slices.Clone(g.places)
	if other != nil {
		for _, p := range other.places {
			if i, ok := g.byID[p.ID]; ok {
				all[i] = combine(g.places[i], p)
			} else {
				all = append(all, p)
			}
		}
	}
	return NewGazetteer(all...)
}

// combine returns newer with what older has and newer lacks, as Update
// describes.
func combine(older, newer Place) Place {
	p := newer.clone()
	has := func(text string) bool {
		return text == p.Name || slices.ContainsFunc(p.Names, func(n Name) bool { return n.Text == text })
	}
	if !has(older.Name) {
		p.Names = append(p.Names, Name{Text: older.Name})
	}
	for _, n := range older.Names {
		if !has(n.Text) {
			p.Names = append(p.Names, n)
		}
	}
	for _, c := range older.Codes {
		if _, ok := p.Code(c.Scheme); !ok {
			p.Codes = append(p.Codes, c)
		}
	}
	if p.Point == nil && older.Point != nil {
		pt := *older.Point
		p.Point = &pt
	}
	for _, w := range older.Within {
		if !slices.Contains(p.Within, w) {
			p.Within = append(p.Within, w)
		}
	}
	switch {
	case p.Notes == "":
		p.Notes = older.Notes
	case older.Notes != "" && older.Notes != p.Notes:
		p.Notes = older.Notes + " " + p.Notes // the provenance of what is kept stays
	}
	return p
}

// sortedPlaces returns copies of the places at the indexes is, ordered by
// level and ID, so that lists of candidates do not depend on load order.
func (g *Gazetteer) sortedPlaces(is []int32) []Place {
	out := make([]Place, len(is))
	for k, i := range is {
		out[k] = g.places[i].clone()
	}
	slices.SortFunc(out, func(a, b Place) int {
		return cmp.Or(cmp.Compare(a.Level, b.Level), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// errParentUnknown reports an option naming a place the gazetteer does not
// hold.
func errParentUnknown(id ID) error {
	return fmt.Errorf("place: %w: parent %q", ErrNotFound, string(id))
}

// levelString is for messages: the level's text form, or its number.
func levelString(l Level) string {
	if l.Valid() {
		return l.String()
	}
	return strconv.Itoa(int(l))
}
