package place

import (
	"fmt"
	"iter"
	"slices"
	"sync"
)

// Set is a small in-memory collection of places keyed by ID, with the
// parent links between them. It is safe for concurrent use, and the zero
// value is an empty set ready to use. A Set must not be copied after first
// use.
//
// A Set copies places in and out, so changing a Place after Add, or one
// returned by Get, does not change the Set.
type Set struct {
	mu     sync.RWMutex
	places map[ID]Place
	order  []ID
}

// NewSet returns a Set holding places. Each place must pass Validate and
// IDs must be unique (ErrDuplicate). On failure it returns nil and every
// problem, joined. Parent links may point forward or to places not given:
// they are resolved when asked for (see Ancestors).
func NewSet(places ...Place) (*Set, error) {
	s := &Set{}
	var errs []error
	for _, p := range places {
		if err := s.Add(p); err != nil {
			errs = append(errs, err)
		}
	}
	if err := joinErrs(errs...); err != nil {
		return nil, err
	}
	return s, nil
}

// Add stores a copy of p. It fails if p is not valid (see Place.Validate;
// the error names p.ID and wraps Validate's, so errors.As still reaches
// each FieldError) or if the Set already holds a place with the same ID
// (ErrDuplicate).
func (s *Set) Add(p Place) error {
	if err := p.Validate(); err != nil {
		return fmt.Errorf("place: cannot add %q: %w", string(p.ID), err)
	}
	p = p.clone()
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.places[p.ID]; ok {
		return fmt.Errorf("place: %w ID %q", ErrDuplicate, string(p.ID))
	}
	if s.places == nil {
		s.places = make(map[ID]Place)
	}
	s.places[p.ID] = p
	s.order = append(s.order, p.ID)
	return nil
}

// Get returns a copy of the place with the given ID.
func (s *Set) Get(id ID) (Place, bool) {
	s.mu.RLock()
	p, ok := s.places[id]
	s.mu.RUnlock()
	if !ok {
		return Place{}, false
	}
	return p.clone(), true
}

// Len returns the number of places in the Set.
func (s *Set) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.order)
}

// All yields copies of the places in the order they were added. It works
// on a snapshot, so the loop body may call other Set methods, including
// Add.
func (s *Set) All() iter.Seq[Place] {
	s.mu.RLock()
	ids := slices.Clone(s.order)
	places := make([]Place, len(ids))
	for i, id := range ids {
		places[i] = s.places[id]
	}
	s.mu.RUnlock()
	return func(yield func(Place) bool) {
		for _, p := range places {
			if !yield(p.clone()) {
				return
			}
		}
	}
}

// Ancestors returns the chain of parents of the place id, outermost
// (usually the country) first and the direct parent last; the place itself
// is not included. A place without a parent has no ancestors.
//
// Errors:
//   - ErrNotFound: id, or a parent named on the way up, is not in the Set;
//   - ErrCycle: the parent links loop;
//   - ErrHierarchy: a ranked place (country to locality) sits inside a
//     ranked place whose Level does not rank above its own, e.g. an admin2
//     inside an admin3, or a locality inside a locality; or a ranked place
//     has a Country different from that of the ranked place around it.
//     Areas (LevelArea) are unranked and may sit anywhere: the check skips
//     over them to the nearest ranked ancestor, so an area cannot hide an
//     inversion. Areas may also cross borders, so their Country is not
//     compared.
func (s *Set) Ancestors(id ID) ([]Place, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.ancestors(id)
}

func (s *Set) ancestors(id ID) ([]Place, error) {
	p, ok := s.places[id]
	if !ok {
		return nil, fmt.Errorf("place: %w: %q", ErrNotFound, string(id))
	}
	var chain []Place
	seen := map[ID]bool{id: true}
	ranked := p // nearest ranked place at or below the current parent
	if p.Level.Rank() == 0 {
		ranked = Place{}
	}
	for cur := p; cur.Parent != ""; {
		parent, ok := s.places[cur.Parent]
		if !ok {
			return nil, fmt.Errorf("place: %w: %q, parent of %q", ErrNotFound, string(cur.Parent), string(cur.ID))
		}
		if seen[parent.ID] {
			return nil, fmt.Errorf("place: %w: %q leads back to %q", ErrCycle, string(cur.ID), string(parent.ID))
		}
		seen[parent.ID] = true
		if parent.Level.Rank() > 0 {
			if ranked.ID != "" {
				if err := checkNesting(ranked, parent); err != nil {
					return nil, err
				}
			}
			ranked = parent
		}
		chain = append(chain, parent)
		cur = parent
	}
	slices.Reverse(chain)
	for i := range chain {
		chain[i] = chain[i].clone()
	}
	return chain, nil
}

// checkNesting checks a ranked place against the nearest ranked place
// that encloses it.
func checkNesting(inner, outer Place) error {
	if outer.Level.Rank() >= inner.Level.Rank() {
		return fmt.Errorf("place: %w: %q (%s) inside %q (%s)", ErrHierarchy,
			string(inner.ID), inner.Level, string(outer.ID), outer.Level)
	}
	if !inner.Country.IsZero() && !outer.Country.IsZero() && inner.Country != outer.Country {
		return fmt.Errorf("place: %w: %q in country %s inside %q in country %s", ErrHierarchy,
			string(inner.ID), inner.Country, string(outer.ID), outer.Country)
	}
	return nil
}

// Ref builds the self-describing reference for the place id: its ID, name
// and level, and a Unit for each ancestor (see Ancestors, whose errors it
// returns). A unit's Code is the place's iso3166-1 code (or else its
// Country's alpha-2 code) for a country, and its ocha-pcode code for
// anything else; it is empty when the place has no such code.
func (s *Set) Ref(id ID) (Ref, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	chain, err := s.ancestors(id)
	if err != nil {
		return Ref{}, err
	}
	p := s.places[id]
	r := Ref{ID: p.ID, Name: p.Name, Level: p.Level}
	if len(chain) > 0 {
		r.Path = make([]Unit, len(chain))
		for i, a := range chain {
			r.Path[i] = Unit{Level: a.Level, ID: a.ID, Code: unitCode(a), Name: a.Name}
		}
	}
	return r, nil
}

func unitCode(p Place) string {
	if p.Level == LevelCountry {
		if v, ok := p.Code(SchemeISOCountry); ok {
			return v
		}
		return p.Country.Alpha2()
	}
	v, _ := p.Code(SchemePCode)
	return v
}
