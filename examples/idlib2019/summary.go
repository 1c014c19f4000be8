package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/source"
)

// summary prints the dataset the way an analyst reads it: each event, then
// each figure and each statement with the chain of who said it.
func summary(w io.Writer, d *event.Dataset) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", d.Title)
	for _, e := range d.Events {
		fmt.Fprintf(&b, "\n%s — %s\n", e.Title, e.Type.Label())
		fmt.Fprintf(&b, "  when:  %s\n", e.When)
		where := e.Where.Place.Name
		if e.Where.Text != "" {
			where = e.Where.Text
		}
		fmt.Fprintf(&b, "  where: %s\n", where)
		for _, p := range e.Participants {
			fmt.Fprintf(&b, "  %s: %s%s\n", p.Role.Label(), p.Actor.Name, says(&e, p.Citations...))
		}
		for _, c := range e.Casualties {
			fmt.Fprintf(&b, "  figure: %s%s\n", c.Figure, says(&e, c.Citation))
		}
		for _, c := range e.Claims {
			text := c.Paraphrase
			if c.Quote != "" {
				text = "“" + c.Quote + "”"
			}
			fmt.Fprintf(&b, "  %s %s (%s): %s\n", chain(&e, c.Citation), strings.ToLower(c.Kind.Label()), c.Aspect.Label(), text)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// says renders the citations behind a statement as " (per A; B via C)".
func says(e *event.Event, ids ...string) string {
	var parts []string
	for _, id := range ids {
		if id != "" {
			parts = append(parts, chain(e, id))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (per " + strings.Join(parts, "; ") + ")"
}

// chain renders one citation's attribution chain: "Russian defence
// ministry via TASS via Al Jazeera".
func chain(e *event.Event, id string) string {
	c, ok := e.Citation(id)
	if !ok {
		return id
	}
	names := make([]string, 0, 1+len(c.Via))
	for _, r := range append([]source.Ref{c.Source}, c.Via...) {
		names = append(names, r.Name)
	}
	s := strings.Join(names, " via ")
	if c.Author != "" {
		s += " (" + c.Author + ")"
	}
	return s
}
