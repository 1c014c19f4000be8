package geojson

import (
	"fmt"
	"slices"
	"strings"

	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
)

// flatLosses appends a loss warning (event.ErrLost) for every fact of e that
// the flat properties do not hold (see the package documentation,
// "Properties"): claims, relations, extension members, the figures the
// killed summary leaves out, citation details beyond the source's name,
// and participants' citations and notes. IDs, codes and kinds of the
// actors, places and sources named are written, or given back by a
// catalogue from the names (event.Resolver), and are not reported.
func flatLosses(out event.Problems, e *event.Event) event.Problems {
	lost := func(path, format string, args ...any) {
		out = append(out, event.Lost(path, format, args...))
	}
	for i, p := range e.Participants {
		var gone []string
		if len(p.Citations) > 0 {
			gone = append(gone, "citations "+strings.Join(p.Citations, ", "))
		}
		if p.Note != "" {
			gone = append(gone, "note")
		}
		if len(gone) > 0 {
			lost(fmt.Sprintf("participants[%d]", i), "%s %s: %s not written: actors gives role, name, kind and ID", p.Role, fielderr.Quote(p.Actor.Name), strings.Join(gone, "; "))
		}
	}
	g, _, ok, _ := killed(e)
	for i, c := range e.Casualties {
		if ok && c.Outcome == casualty.Killed && orPeople(c.Group) == g && c.Note == "" && (c.Text == "" || c.Text == c.Count.String()) {
			continue // summarised in killed, and nothing else to it
		}
		why := "killed summarises one group's deaths only"
		if ok && c.Outcome == casualty.Killed && orPeople(c.Group) == g {
			why = "killed summarises the count, not the phrase, note or source"
		}
		lost(fmt.Sprintf("casualties[%d]", i), "%s (%s): %s", fielderr.Quote(c.Figure.String()), c.Citation, why)
	}
	for i, c := range e.Citations {
		var gone []string
		for _, f := range c.Fields() {
			if f != "id" && f != "source" {
				gone = append(gone, f)
			}
		}
		if len(gone) > 0 {
			lost(fmt.Sprintf("citations[%d]", i), "citation %s: %s not written: sources names the source only", fielderr.Quote(c.ID), strings.Join(gone, ", "))
		}
	}
	for i, c := range e.Claims {
		lost(fmt.Sprintf("claims[%d]", i), "%s claim on %s by %s: the flat properties have no place for claims (Writer.Full embeds them)", c.Kind, c.Aspect, fielderr.Quote(c.Citation))
	}
	for i, r := range e.Related {
		lost(fmt.Sprintf("related[%d]", i), "relation %s %s: the flat properties have no place for it (Writer.Full embeds it)", r.Kind, r.Event)
	}
	keys := make([]string, 0, len(e.Ext))
	for k := range e.Ext {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		lost(fmt.Sprintf("ext[%q]", k), "extension %s: the flat properties have no place for it (Writer.Full embeds it)", fielderr.Quote(k))
	}
	return out
}
