package actor

import (
	"slices"
	"strings"
)

// CycleError reports successions that run in a circle: A continues B
// (successor-of) or went into B (merged-into), and so on back to A. Such a
// catalogue cannot say which actor an old name now stands for, so LoadJSON,
// Registry.Add and Registry.Merge refuse it. It wraps ErrCycle.
type CycleError struct {
	// Actors are the actors of the cycle in succession order, from
	// predecessor to successor; the last one is succeeded by the first.
	Actors []ID
}

// Error names the actors of the cycle in order, back to the first.
func (e *CycleError) Error() string {
	ids := make([]string, 0, len(e.Actors)+1)
	for _, id := range e.Actors {
		ids = append(ids, string(id))
	}
	if len(e.Actors) > 0 {
		ids = append(ids, string(e.Actors[0]))
	}
	return "actor: " + ErrCycle.Error() + ": " + strings.Join(ids, " → ")
}

// Unwrap returns ErrCycle.
func (e *CycleError) Unwrap() error { return ErrCycle }

// successions lists the succession edges of an actor's links: from
// predecessor to successor, with the index of the link that says so.
func successions(a *Actor, edge func(from, to ID, link int)) {
	for i, l := range a.Links {
		switch l.Kind {
		case LinkSuccessorOf: // a continues l.Actor
			edge(l.Actor, a.ID, i)
		case LinkMergedInto: // a went into l.Actor
			edge(a.ID, l.Actor, i)
		}
	}
}

// cycleEdge is the edge of a cycle that closes it, and where it is said:
// the actor holding the link and the link's index.
type cycleEdge struct {
	holder ID
	link   int
}

// findCycle returns a cycle of successions among the actors all yields
// (the last of a duplicate ID wins), in succession order, and the link
// that closes it; nil when there is none. The search is depth first from
// each actor in ID order, so the answer is the same for the same actors.
func findCycle(all func(yield func(*Actor) bool)) ([]ID, cycleEdge) {
	type out struct {
		to ID
		at cycleEdge
	}
	next := map[ID][]out{}
	all(func(a *Actor) bool {
		successions(a, func(from, to ID, link int) {
			next[from] = append(next[from], out{to, cycleEdge{a.ID, link}})
		})
		return true
	})
	if len(next) == 0 {
		return nil, cycleEdge{}
	}
	starts := make([]ID, 0, len(next))
	for id := range next {
		starts = append(starts, id)
	}
	slices.Sort(starts)
	for id := range next {
		slices.SortStableFunc(next[id], func(a, b out) int { return strings.Compare(string(a.to), string(b.to)) })
	}
	const (
		white = iota // not visited
		grey         // on the current path
		black        // done: no cycle through it
	)
	color := map[ID]int{}
	type frame struct {
		id ID
		i  int // next edge to follow
	}
	for _, s := range starts {
		if color[s] != white {
			continue
		}
		path := []frame{{id: s}}
		color[s] = grey
		for len(path) > 0 {
			top := &path[len(path)-1]
			edges := next[top.id]
			if top.i == len(edges) {
				color[top.id] = black
				path = path[:len(path)-1]
				continue
			}
			e := edges[top.i]
			top.i++
			switch color[e.to] {
			case grey: // back to an actor on the path: a cycle
				k := slices.IndexFunc(path, func(f frame) bool { return f.id == e.to })
				ids := make([]ID, 0, len(path)-k)
				for _, f := range path[k:] {
					ids = append(ids, f.id)
				}
				return ids, e.at
			case white:
				color[e.to] = grey
				path = append(path, frame{id: e.to})
			}
		}
	}
	return nil, cycleEdge{}
}
