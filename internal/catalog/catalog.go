// Package catalog holds what the SDK's catalogues (actor.Registry and
// source.Registry) share: records by ID, in ID order, stored and handed
// out as copies, with unique IDs, a read-only mode for the shared Default
// catalogues, and an all-or-nothing Merge.
//
// It does no locking and keeps no indexes: each Registry holds its own
// lock around every call, and indexes the records its own way.
package catalog

import (
	"errors"
	"fmt"
	"slices"
)

// Spec says how one kind of record is handled: its ID, validation and
// copy, and the words and sentinels of the package's errors.
type Spec[K ~string, R any] struct {
	Pkg       string // the errors' prefix: "actor"
	Plural    string // "actors", as in "cannot merge 3 actors"
	ID        func(R) K
	Validate  func(R) error
	Clone     func(R) R // a copy sharing no slices with the original
	ReadOnly  error     // the package's ErrReadOnly
	Duplicate error     // the package's ErrDuplicate
}

// Records holds records by ID. The zero value is empty and writable.
type Records[K ~string, R any] struct {
	byID     map[K]R
	ids      []K // sorted
	ReadOnly bool
}

// Valid checks a record before Add (verb "add") or the records before
// Merge (verb "merge"): each must pass Validate, and an ID may appear once
// among them. It returns every problem joined; the caller checks before
// taking its lock.
func (s *Spec[K, R]) Valid(verb string, recs ...R) error {
	var errs []error
	seen := make(map[K]bool, len(recs))
	for _, r := range recs {
		id := s.ID(r)
		if err := s.Validate(r); err != nil {
			errs = append(errs, fmt.Errorf("%s: cannot %s %q: %w", s.Pkg, verb, string(id), err))
			continue
		}
		if seen[id] {
			errs = append(errs, fmt.Errorf("%s: cannot %s %q: given twice: %w", s.Pkg, verb, string(id), s.Duplicate))
		}
		seen[id] = true
	}
	return errors.Join(errs...)
}

// Add stores a copy of a record that passed Valid. It refuses an ID
// already held (Duplicate) and a read-only c (ReadOnly).
func (s *Spec[K, R]) Add(c *Records[K, R], r R) error {
	id := s.ID(r)
	if c.ReadOnly {
		return fmt.Errorf("%s: cannot add %q: %w", s.Pkg, string(id), s.ReadOnly)
	}
	if _, ok := c.byID[id]; ok {
		return fmt.Errorf("%s: id %q: %w", s.Pkg, string(id), s.Duplicate)
	}
	c.put(id, s.Clone(r))
	return nil
}

// Merge stores copies of records that passed Valid, each replacing the
// record with its ID if one is held, and reports whether any did. A
// read-only c changes nothing (ReadOnly).
func (s *Spec[K, R]) Merge(c *Records[K, R], recs []R) (replaced bool, err error) {
	if c.ReadOnly {
		return false, fmt.Errorf("%s: cannot merge %d %s: %w", s.Pkg, len(recs), s.Plural, s.ReadOnly)
	}
	for _, r := range recs {
		id := s.ID(r)
		_, held := c.byID[id]
		replaced = replaced || held
		c.put(id, s.Clone(r))
	}
	return replaced, nil
}

// put stores r under id.
func (c *Records[K, R]) put(id K, r R) {
	if c.byID == nil {
		c.byID = make(map[K]R)
	}
	if _, ok := c.byID[id]; !ok {
		i, _ := slices.BinarySearch(c.ids, id)
		c.ids = slices.Insert(c.ids, i, id)
	}
	c.byID[id] = r
}

// Get returns a copy of the record with ID id.
func (s *Spec[K, R]) Get(c *Records[K, R], id K) (R, bool) {
	r, ok := c.byID[id]
	if !ok {
		return r, false
	}
	return s.Clone(r), true
}

// Copies returns copies of the held records among ids, in that order,
// skipping IDs not held.
func (s *Spec[K, R]) Copies(c *Records[K, R], ids []K) []R {
	var out []R
	for _, id := range ids {
		if r, ok := c.byID[id]; ok {
			out = append(out, s.Clone(r))
		}
	}
	return out
}

// Lookup returns the stored record with ID id, not a copy: the caller
// must not change its slices.
func (c *Records[K, R]) Lookup(id K) (R, bool) {
	r, ok := c.byID[id]
	return r, ok
}

// IDs returns the IDs held, sorted; the caller must not change the slice.
func (c *Records[K, R]) IDs() []K { return c.ids }

// Len returns the number of records held.
func (c *Records[K, R]) Len() int { return len(c.ids) }

// Clone returns a writable copy of c. Stored records are never changed in
// place, so the copy shares them.
func (c *Records[K, R]) Clone() Records[K, R] {
	out := Records[K, R]{byID: make(map[K]R, len(c.byID)), ids: slices.Clone(c.ids)}
	for id, r := range c.byID {
		out.byID[id] = r
	}
	return out
}
