package table

import (
	"fmt"
	"slices"
	"strings"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/place"
)

// wideLosses appends a loss warning (event.ErrLost) for every fact of e that
// the wide table drops; see the package documentation, "Wide table". IDs,
// codes and kinds of the actors, places and sources an event names are not
// reported: a catalogue gives them back from the names written
// (event.Resolver).
func wideLosses(out event.Problems, e *event.Event) event.Problems {
	lost := func(path, format string, args ...any) {
		out = append(out, event.Lost(path, format, args...))
	}
	switch w := e.When; {
	case w.IsZero():
	case w.OpenStart && !w.OpenEnd:
		lost("when.open_start", "the event happened on or before %s; start is empty, as for an unknown date", w.End)
	case w.OpenEnd && !w.OpenStart:
		lost("when.open_end", "the event went on after %s; end is empty, as for an unknown date", w.Start)
	}
	for i, u := range e.Where.Place.Path {
		switch u.Level {
		case place.LevelCountry, place.LevelAdmin1, place.LevelAdmin2, place.LevelAdmin3:
		default:
			lost(fmt.Sprintf("where.place.path[%d]", i), "%s %s: the wide table has columns for the country and admin1 to admin3 only", u.Level, fielderr.Quote(u.Name))
		}
	}
	for i, p := range e.Participants {
		path := fmt.Sprintf("participants[%d]", i)
		if p.Actor.Name == "" && p.Actor.ID == "" {
			lost(path, "%s without a name: nothing to write", p.Role)
			continue
		}
		var gone []string
		if len(p.Citations) > 0 {
			gone = append(gone, "citations "+strings.Join(p.Citations, ", "))
		}
		if p.Note != "" {
			gone = append(gone, "note")
		}
		if len(gone) > 0 {
			lost(path, "%s %s: %s not written: the wide table names actors by role only", p.Role, fielderr.Quote(p.Actor.Name), strings.Join(gone, "; "))
		}
	}
	for i, c := range e.Casualties {
		var gone []string
		if c.Text != "" && c.Text != c.Count.String() {
			gone = append(gone, "phrase "+fielderr.Quote(c.Text))
		}
		if c.Note != "" {
			gone = append(gone, "note")
		}
		if len(gone) > 0 {
			lost(fmt.Sprintf("casualties[%d]", i), "%s: %s not written: casualties gives the count, group, party and source", fielderr.Quote(c.Figure.String()), strings.Join(gone, ", "))
		}
	}
	for i, c := range e.Citations {
		var gone []string
		for _, f := range c.Fields() {
			if f != "id" && f != "source" && f != "via" {
				gone = append(gone, f)
			}
		}
		if len(gone) > 0 {
			lost(fmt.Sprintf("citations[%d]", i), "citation %s: %s not written: sources names the source and its intermediaries only", fielderr.Quote(c.ID), strings.Join(gone, ", "))
		}
	}
	for i, c := range e.Claims {
		lost(fmt.Sprintf("claims[%d]", i), "%s claim on %s by %s: the wide table has no place for claims (the linked tables do)", c.Kind, c.Aspect, fielderr.Quote(c.Citation))
	}
	for i, r := range e.Related {
		lost(fmt.Sprintf("related[%d]", i), "relation %s %s: the wide table has no place for links between events (the linked tables do)", r.Kind, r.Event)
	}
	keys := make([]string, 0, len(e.Ext))
	for k := range e.Ext {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		lost(fmt.Sprintf("ext[%q]", k), "extension %s: the wide table has no place for it (the linked tables do)", fielderr.Quote(k))
	}
	return out
}

// formulaWarning is the warning about a formula-like cell written raw.
func formulaWarning(column, cell string) event.Problem {
	return event.Problem{Path: column, Code: event.ErrFormula, Severity: event.Warning,
		Message: fmt.Sprintf("%s %s is written as it is, and a spreadsheet would run it as a formula (NoNeutralise is set)", column, fielderr.Quote(cell))}
}
