package actor

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"sync"

	"golang.org/x/text/unicode/norm"

	"github.com/conflictkit/conflict/internal/catalog"
)

// Registry holds a catalogue of actors and looks them up by ID, exact name
// and external identifier, resolves free-text names (Resolve), and follows
// successions. All methods are safe for concurrent use. The zero Registry
// is empty and ready to use; a Registry must not be copied after first use
// (use Clone).
//
// ByName and ByIdentifier are exact: ByName matches names after NFC
// normalisation only, so "Hayat Tahrir al-Sham" does not find "Hay'at
// Tahrir al-Sham". Resolve adds identifiers, aliases and folded spellings,
// with dates and confidence.
//
// Actors go in and come out as copies, so editing a returned Actor's
// slices does not change the Registry.
type Registry struct {
	mu      sync.RWMutex
	recs    catalog.Records[ID, Actor] // read-only for the shared Default registry
	byName  map[string][]ID            // NFC text -> sorted IDs
	byIdent map[identKey][]ID          // exact scheme and value -> sorted IDs
	next    map[ID][]ID                // succession: predecessor -> successors, sorted
	prev    map[ID][]ID                // succession: successor -> predecessors, sorted
	res     resolveIndex               // for Resolve; see resolve.go
}

type identKey struct{ scheme, value string }

// NewRegistry returns a Registry holding actors. If any actor fails Add, it
// returns nil and every failure joined.
func NewRegistry(actors ...Actor) (*Registry, error) {
	r := &Registry{}
	var errs []error
	for _, a := range actors {
		if err := r.Add(a); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return r, nil
}

// Add stores a copy of a. It refuses an actor that fails Validate (the
// error wraps Validate's sentinels), an ID already present (ErrDuplicate;
// use Merge to replace a record), an actor whose successions would close a
// circle with those held (a *CycleError, ErrCycle) and any change to the
// shared Default registry (ErrReadOnly). Links may point at actors not
// added yet; Check reports those that stay dangling.
func (r *Registry) Add(a Actor) error {
	if err := records.Valid("add", a); err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.init()
	if _, held := r.recs.Lookup(a.ID); !held && !r.recs.ReadOnly {
		if ids := r.closesCycle(&a); ids != nil {
			return fmt.Errorf("actor: cannot add %q: %w", string(a.ID), &CycleError{Actors: ids})
		}
	}
	if err := records.Add(&r.recs, a); err != nil {
		return err
	}
	stored, _ := r.recs.Lookup(a.ID)
	r.index(stored)
	return nil
}

// Merge lays actors over the Registry, as a user catalogue goes over the
// embedded one: an actor whose ID is already held replaces that record
// whole (names, identifiers and links are not combined: to extend a
// record, Get it, edit the copy and Merge it back), and a new ID is added.
// Links may point at actors held or merged in the same call; Check reports
// the rest.
//
// Merge is all or nothing: if any actor fails Validate, or an ID appears
// twice among actors (ErrDuplicate), or the successions of the result would
// run in a circle (a *CycleError, ErrCycle), or the Registry is the shared
// Default one (ErrReadOnly), it changes nothing and returns every problem
// joined.
func (r *Registry) Merge(actors ...Actor) error {
	if err := records.Valid("merge", actors...); err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.init()
	if !r.recs.ReadOnly {
		// The result's successions: the records held that are not
		// replaced, and the merged ones.
		merged := make(map[ID]bool, len(actors))
		for _, a := range actors {
			merged[a.ID] = true
		}
		ids, _ := findCycle(func(yield func(*Actor) bool) {
			for _, id := range r.recs.IDs() {
				if a, _ := r.recs.Lookup(id); !merged[id] && !yield(&a) {
					return
				}
			}
			for i := range actors {
				if !yield(&actors[i]) {
					return
				}
			}
		})
		if ids != nil {
			return fmt.Errorf("actor: cannot merge %d actors: %w", len(actors), &CycleError{Actors: ids})
		}
	}
	replaced, err := records.Merge(&r.recs, actors)
	if err != nil {
		return err
	}
	if replaced {
		r.reindex() // a replaced record's old names must leave the indexes
	} else {
		for _, a := range actors {
			stored, _ := r.recs.Lookup(a.ID)
			r.index(stored)
		}
	}
	return nil
}

// Clone returns a new, writable Registry holding the same actors; later
// changes to either do not affect the other. Clone the shared Default
// registry to extend it:
//
//	reg := actor.Default().Clone()
//	err := reg.Merge(mine...)
func (r *Registry) Clone() *Registry {
	r.mu.RLock()
	defer r.mu.RUnlock()
	c := &Registry{recs: r.recs.Clone()}
	c.init()
	c.reindex()
	return c
}

// init makes the maps of an empty Registry; the caller holds the write lock.
func (r *Registry) init() {
	if r.byName != nil {
		return
	}
	r.byName = make(map[string][]ID)
	r.byIdent = make(map[identKey][]ID)
	r.next = make(map[ID][]ID)
	r.prev = make(map[ID][]ID)
	r.res.init()
}

// reindex rebuilds every index from the records; the caller holds the write
// lock.
func (r *Registry) reindex() {
	clear(r.byName)
	clear(r.byIdent)
	clear(r.next)
	clear(r.prev)
	r.res.reset()
	for _, id := range r.recs.IDs() {
		a, _ := r.recs.Lookup(id)
		r.index(a)
	}
}

// index adds a's names, identifiers and successions to the indexes; the
// caller holds the write lock.
func (r *Registry) index(a Actor) {
	k := norm.NFC.String(a.Name)
	r.byName[k] = insertSorted(r.byName[k], a.ID)
	for _, n := range a.Names {
		k := norm.NFC.String(n.Text)
		r.byName[k] = insertSorted(r.byName[k], a.ID)
	}
	for _, id := range a.Identifiers {
		k := identKey{id.Scheme, id.Value}
		r.byIdent[k] = insertSorted(r.byIdent[k], a.ID)
	}
	for _, l := range a.Links {
		switch l.Kind {
		case LinkSuccessorOf: // a continues l.Actor
			r.next[l.Actor] = insertSorted(r.next[l.Actor], a.ID)
			r.prev[a.ID] = insertSorted(r.prev[a.ID], l.Actor)
		case LinkMergedInto: // a went into l.Actor
			r.next[a.ID] = insertSorted(r.next[a.ID], l.Actor)
			r.prev[l.Actor] = insertSorted(r.prev[l.Actor], a.ID)
		}
	}
	r.res.add(a)
}

// insertSorted inserts id into the sorted slice s unless present.
func insertSorted(s []ID, id ID) []ID {
	i, found := slices.BinarySearch(s, id)
	if found {
		return s
	}
	return slices.Insert(s, i, id)
}

// records says how the Registry stores actors.
var records = &catalog.Spec[ID, Actor]{
	Pkg:       "actor",
	Plural:    "actors",
	ID:        func(a Actor) ID { return a.ID },
	Validate:  func(a Actor) error { return a.Validate() },
	Clone:     clone,
	ReadOnly:  ErrReadOnly,
	Duplicate: ErrDuplicate,
}

// clone returns a copy of a sharing no slices with it.
func clone(a Actor) Actor {
	a.Names = slices.Clone(a.Names)
	a.Identifiers = slices.Clone(a.Identifiers)
	a.Links = slices.Clone(a.Links)
	return a
}

// Len returns the number of actors held.
func (r *Registry) Len() int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.recs.Len()
}

// Get returns the actor with the given ID.
func (r *Registry) Get(id ID) (Actor, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return records.Get(&r.recs, id)
}

// ByName returns the actors whose Name or any Names[].Text equals name
// after NFC normalisation of both sides: case-sensitive, no trimming, in ID
// order. A name shared by several actors returns them all.
func (r *Registry) ByName(name string) []Actor {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.collect(r.byName[norm.NFC.String(name)])
}

// ByIdentifier returns the actors holding the identifier scheme/value,
// byte for byte (ACLED strings must match exactly), at any date, in ID
// order. Filter with Actor.IdentifierAt for a given day.
func (r *Registry) ByIdentifier(scheme, value string) []Actor {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.collect(r.byIdent[identKey{scheme, value}])
}

// collect returns copies of the registered actors among ids; the caller
// holds the read lock.
func (r *Registry) collect(ids []ID) []Actor { return records.Copies(&r.recs, ids) }

// All yields every actor in ID order. It iterates over a snapshot taken
// when iteration starts, so the loop body may call the Registry, including
// Add.
func (r *Registry) All() iter.Seq[Actor] {
	return func(yield func(Actor) bool) {
		r.mu.RLock()
		snap := r.collect(r.recs.IDs())
		r.mu.RUnlock()
		for _, a := range snap {
			if !yield(a) {
				return
			}
		}
	}
}

// Successors returns the actors that id turned into, following
// successor-of links (stored on the successor) and merged-into links
// (stored on the predecessor) transitively: for Jabhat al-Nusra, Jabhat
// Fateh al-Sham then Hay'at Tahrir al-Sham. The order is breadth first,
// ties in ID order; id itself and actors not in the Registry are left out,
// though the walk passes through the latter.
func (r *Registry) Successors(id ID) []Actor {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.walk(id, r.next)
}

// Predecessors is the reverse of Successors: for Hay'at Tahrir al-Sham,
// the groups that merged into it, then what they succeeded.
func (r *Registry) Predecessors(id ID) []Actor {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.walk(id, r.prev)
}

func (r *Registry) walk(start ID, edges map[ID][]ID) []Actor {
	seen := map[ID]bool{start: true}
	queue := []ID{start}
	var order []ID
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, n := range edges[cur] {
			if seen[n] {
				continue
			}
			seen[n] = true
			queue = append(queue, n)
			order = append(order, n)
		}
	}
	return r.collect(order)
}

// Check reports every link whose target the Registry does not hold, each
// wrapping ErrDangling, joined; nil if all links resolve. Call it after
// loading a catalogue, since Add accepts forward references.
func (r *Registry) Check() error {
	r.mu.RLock()
	defer r.mu.RUnlock()
	var errs []error
	for _, id := range r.recs.IDs() {
		a, _ := r.recs.Lookup(id)
		for i, l := range a.Links {
			if _, ok := r.recs.Lookup(l.Actor); !ok {
				errs = append(errs, fmt.Errorf("actor: %q: links[%d]: %s %q: %w", string(id), i, l.Kind, string(l.Actor), ErrDangling))
			}
		}
	}
	return errors.Join(errs...)
}

// closesCycle returns the cycle of successions that adding a would close
// with the actors held, in succession order from a, or nil. The actors
// held have none (Add and Merge see to it), so any new cycle runs through
// a. The caller holds the write lock.
func (r *Registry) closesCycle(a *Actor) []ID {
	extra := map[ID][]ID{}
	successions(a, func(from, to ID, _ int) { extra[from] = append(extra[from], to) })
	if len(extra) == 0 && len(r.next[a.ID]) == 0 {
		return nil
	}
	parent := map[ID]ID{}
	queue := []ID{a.ID}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, n := range append(slices.Clone(r.next[cur]), extra[cur]...) {
			if n == a.ID { // back to a: the path from a to cur, and on to a
				var path []ID
				for p := cur; p != a.ID; p = parent[p] {
					path = append(path, p)
				}
				path = append(path, a.ID)
				slices.Reverse(path)
				return path
			}
			if _, seen := parent[n]; !seen {
				parent[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil
}
