package acled

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/flatcsv"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// losses appends a loss warning (event.ErrLost) for every fact of e that the
// row just encoded does not hold (see the package documentation, "What
// ACLED cannot hold"). x is the event's Extra record, nil for an event from
// another format.
//
// row is the row as written and verbatim whether x.Verbatim's cells went
// into it: a type cell given back as read is judged by what it reads as.
func (w *Writer) losses(out event.Problems, e *event.Event, x *Extra, row []string, verbatim bool) event.Problems {
	enc := w.enc
	has := func(c col) bool { return enc.index(c) >= 0 }
	lost := func(path, format string, args ...any) {
		out = append(out, event.Lost(path, format, args...))
	}

	// Identity: event_id_cnty and data_id give the keys back, and the ID
	// derived from one of them.
	idKept := false
	var seenKey, seenData bool
	for i, k := range e.Keys {
		var c col
		var seen *bool
		switch k.Scheme {
		case KeyScheme:
			c, seen = colEventIDCnty, &seenKey
		case DataIDScheme:
			c, seen = colDataID, &seenData
		default:
			lost(fmt.Sprintf("keys[%d]", i), "key %s: ACLED keeps only its own event_id_cnty and data_id", fielderr.Quote(k.String()))
			continue
		}
		if *seen || !enc.cellIs(c, k.Value) {
			lost(fmt.Sprintf("keys[%d]", i), "key %s: the layout has room for one %s", fielderr.Quote(k.String()), colName(c))
			continue
		}
		*seen = true
		if event.DeriveID(k.Scheme, k.Value) == e.ID {
			idKept = true
		}
	}
	if !idKept && !(x != nil && len(e.Keys) == 0) {
		// An event read from a row without identifiers gets its ID from
		// the row's cells, which come back the same.
		lost("id", "ID %s: a row read back gets an ID from its event_id_cnty, not this one", e.ID)
	}

	// What happened.
	t := enc.readBackType(e.Type)
	if verbatim && x != nil && (hasKey(x.Verbatim, "event_type") || hasKey(x.Verbatim, "sub_event_type")) {
		t = enc.rowType(row)
	}
	if t != e.Type {
		lost("type", "type %s is written as %s, which reads back as %s", e.Type, enc.typeLabels(), orNone(string(t)))
	}
	if e.Title != "" {
		lost("title", "title %s: ACLED has no title column", fielderr.Quote(e.Title))
	}

	// When: ACLED codes one day.
	wh := e.When
	day, _ := eventDay(wh)
	switch {
	case wh.OpenStart && !wh.OpenEnd:
		lost("when.open_start", "the event happened on or before %s; event_date states that day itself", day)
	case !wh.OpenStart && !wh.OpenEnd && wh.End != wh.Start:
		lost("when.end", "the event ran to %s; event_date holds its first day, %s", wh.End, day)
	}
	if wh.OpenEnd && !wh.IsZero() {
		lost("when.open_end", "the event went on after %s; event_date holds one day", day)
	}
	if p := wh.Precision; p != event.DateUnspecified {
		code, ok := p.ACLED()
		back, _ := event.DatePrecisionFromACLED(code)
		if !ok || !has(colTimePrecision) || back != p {
			lost("when.precision", "date precision %s: time_precision %s", p, orNone(codeText(code, ok && has(colTimePrecision))))
		}
	}

	// Where.
	out = w.whereLosses(out, e, has)

	// Who.
	for i := range e.Participants {
		out = participantLoss(out, i, &e.Participants[i], &enc.parts.actors[i])
	}

	// How many.
	for i := range e.Casualties {
		c := &e.Casualties[i]
		if containsInt(enc.fatal.used, i) && has(colFatalities) {
			continue
		}
		path := indexPath("casualties", i)
		switch {
		case c.Outcome != casualty.Killed:
			lost(path, "%s: fatalities counts the killed only", figureText(c))
		case !has(colFatalities):
			lost(path, "%s: the layout has no fatalities column", figureText(c))
		case enc.fatal.own:
			lost(path, "%s: fatalities holds ACLED's own figure, %d", figureText(c), enc.fatal.n)
		case e.Discounted(*c):
			lost(path, "%s: its citation grades it improbable, so it does not count", figureText(c))
		case c.Count.Validate() != nil || !givesNumber(c.Count):
			lost(path, "%s gives no number", figureText(c))
		case enc.fatal.ok:
			lost(path, "%s: fatalities holds the most conservative total, %d", figureText(c), enc.fatal.n)
		default:
			lost(path, "%s: no fatalities written", figureText(c))
		}
	}

	// Who says so.
	for i := range e.Citations {
		c := &e.Citations[i]
		if c.ID == CitationID {
			continue // ACLED itself: its date is the row's timestamp
		}
		pub := c.Publisher()
		if pub.Name == "" || !has(colSource) {
			lost(indexPath("citations", i), "citation %s: its outlet has no name to write in source", fielderr.Quote(c.ID))
			continue
		}
		if len(c.Via) == 0 && nameOnly(c) {
			continue // as ACLED's own rows give them: all written
		}
		var gone []string
		for _, f := range c.Fields() {
			switch {
			case f == "id":
			case f == "source" && len(c.Via) == 0:
			case f == "via" && len(c.Via) == 1:
			case f == "source":
				gone = append(gone, "source "+fielderr.Quote(c.Source.Name))
			case f == "via":
				var names []string
				for _, v := range c.Via[:len(c.Via)-1] {
					names = append(names, v.Name)
				}
				gone = append(gone, "via "+fielderr.Quote(strings.Join(names, ", ")))
			default:
				gone = append(gone, f)
			}
		}
		if len(gone) > 0 {
			lost(indexPath("citations", i), "citation %s: %s not written: source names the outlet only (%s)", fielderr.Quote(c.ID), strings.Join(gone, ", "), fielderr.Quote(pub.Name))
		}
	}
	for i, c := range e.Claims {
		lost(fmt.Sprintf("claims[%d]", i), "%s claim on %s by %s: ACLED has no place for claims", c.Kind, c.Aspect, fielderr.Quote(c.Citation))
	}
	for i, r := range e.Related {
		lost(fmt.Sprintf("related[%d]", i), "relation %s %s: ACLED has no place for links between events", r.Kind, r.Event)
	}
	if e.Notes != "" && !has(colNotes) {
		lost("notes", "the layout has no notes column")
	}
	if len(e.Tags) > 0 && !has(colTags) {
		lost("tags", "the layout has no tags column")
	}

	// Extensions: the Extra record goes back into the columns the layout
	// has; others have no place.
	eachKey(e.Ext, func(k string) {
		switch {
		case k != ExtKey:
			lost(fmt.Sprintf("ext[%q]", k), "extension %s: ACLED has no place for it", fielderr.Quote(k))
		case x == nil: // a record that does not decode fails Write before this
		default:
			if gone := enc.extraLost(x); len(gone) > 0 {
				lost(fmt.Sprintf("ext[%q]", k), "ACLED fields %s: the layout has no column for them", strings.Join(gone, ", "))
			}
		}
	})
	return out
}

// whereLosses reports the parts of e.Where that the row does not hold.
func (w *Writer) whereLosses(out event.Problems, e *event.Event, has func(col) bool) event.Problems {
	lost := func(path, format string, args ...any) {
		out = append(out, event.Lost(path, format, args...))
	}
	wh := &e.Where
	if wh.Place.Name != "" {
		switch {
		case !has(colLocation):
			lost("where.place.name", "place %s: the layout has no location column", fielderr.Quote(wh.Place.Name))
		case wh.Place.Level != place.LevelLocality && wh.Place.Level != place.LevelUnspecified:
			lost("where.place.level", "place %s is of level %s; location reads back as a locality", fielderr.Quote(wh.Place.Name), wh.Place.Level)
		}
	}
	for i, u := range wh.Place.Path {
		c := unitColumn(u.Level)
		switch {
		case c == colUnknown:
			lost(fmt.Sprintf("where.place.path[%d]", i), "%s %s: ACLED names the country and admin1 to admin3 only", u.Level, fielderr.Quote(u.Name))
		case u.Name == "" && u.Level == place.LevelCountry && (has(colISO) || has(colISO3)):
			// A country known by its code alone, which iso holds.
		case u.Name == "":
			lost(fmt.Sprintf("where.place.path[%d]", i), "%s with no name: ACLED names admin units", u.Level)
		case !has(c):
			lost(fmt.Sprintf("where.place.path[%d]", i), "%s %s: the layout has no %s column", u.Level, fielderr.Quote(u.Name), colName(c))
		}
	}
	if wh.Relation != place.RelationIn {
		lost("where.relation", "relation %s: ACLED codes the location itself (geo_precision says how close)", wh.Relation)
	}
	if !wh.Other.IsZero() {
		lost("where.other", "second place %s: ACLED has one location", fielderr.Quote(wh.Other.Name))
	}
	if wh.Point != nil && (!has(colLatitude) || !has(colLongitude)) {
		lost("where.point", "the layout has no latitude and longitude columns")
	}
	if p := wh.Precision; p != place.PrecisionUnspecified {
		code, ok := p.ACLED()
		back, _ := place.PrecisionFromACLED(code)
		if !ok || !has(colGeoPrecision) || back != p {
			lost("where.precision", "precision %s: geo_precision %s", p, orNone(codeText(code, ok && has(colGeoPrecision))))
		}
	}
	if wh.Text != "" {
		lost("where.text", "location text %s: ACLED has no column for it", fielderr.Quote(wh.Text))
	}
	return out
}

// participantLoss reports what of participant i the row does not hold: all
// of it for a role ACLED has no column for, else its role if it reads back
// as another, an actor written under another actor's name, its citations
// and its note.
func participantLoss(out event.Problems, i int, p *event.Participant, w *writtenActor) event.Problems {
	if w.slot != slotNone && w.name != "" && w.via == "" && len(p.Citations) == 0 && p.Note == "" && slotRole(w.slot) == p.Role {
		return out // all written, as for every actor of a row read from ACLED
	}
	path := indexPath("participants", i)
	name := p.Actor.Name
	if name == "" {
		name = string(p.Actor.ID)
	}
	if w.slot == slotNone {
		return append(out, event.Lost(path, "%s %s: ACLED has no column for this role", p.Role, fielderr.Quote(name)))
	}
	if w.name == "" {
		return append(out, event.Lost(path, "%s %s has no name to write", p.Role, fielderr.Quote(name)))
	}
	var gone []string
	if back := slotRole(w.slot); back != p.Role {
		gone = append(gone, fmt.Sprintf("role %s (written in %s, which reads back as %s)", p.Role, slotColumn(w.slot), back))
	}
	if w.via != "" {
		gone = append(gone, fmt.Sprintf("the actor itself (written as %s, the ACLED name of %s, which it is part of)", fielderr.Quote(w.name), w.via))
	}
	if len(p.Citations) > 0 {
		gone = append(gone, "citations "+strings.Join(p.Citations, ", "))
	}
	if p.Note != "" {
		gone = append(gone, "note")
	}
	if len(gone) == 0 {
		return out
	}
	return append(out, event.Lost(path, "%s %s: %s not written", p.Role, fielderr.Quote(name), strings.Join(gone, "; ")))
}

// slotRole is the role a participant in the slot reads back with.
func slotRole(slot int) event.Role {
	switch slot {
	case slotActor1:
		return event.Perpetrator
	case slotAssoc1:
		return event.PerpetratorAssociate
	case slotActor2:
		return event.Target
	}
	return event.TargetAssociate
}

func slotColumn(slot int) string {
	switch slot {
	case slotActor1:
		return "actor1"
	case slotAssoc1:
		return "assoc_actor_1"
	case slotActor2:
		return "actor2"
	}
	return "assoc_actor_2"
}

// unitColumn is the column of an admin unit of level l, or colUnknown.
func unitColumn(l place.Level) col {
	switch l {
	case place.LevelCountry:
		return colCountry
	case place.LevelAdmin1:
		return colAdmin1
	case place.LevelAdmin2:
		return colAdmin2
	case place.LevelAdmin3:
		return colAdmin3
	}
	return colUnknown
}

// readBackType is the type a Reader gives the type cells just encoded for
// an event of type t (from the encoder's cache of type cells).
func (enc *encoder) readBackType(t event.Type) event.Type {
	tc := enc.typeCells(t)
	switch {
	case enc.index(colEventType) < 0:
		return ""
	case oldFamily(enc.family):
		return tc.legacyBack
	case enc.index(colSubEventType) < 0:
		return tc.eventBack
	}
	return tc.back
}

// rowType is the type a Reader gives the type cells of row, as the Reader
// reads them (spaces around a label and a missing-value spelling are not
// part of it).
func (enc *encoder) rowType(row []string) event.Type {
	cell := func(c col) string {
		i := enc.index(c)
		if i < 0 {
			return ""
		}
		s := flatcsv.TrimSpace(row[i])
		if flatcsv.Missing(s, nil) {
			return ""
		}
		return s
	}
	if enc.index(colEventType) < 0 {
		return ""
	}
	t, _ := event.TypeFromACLED(cell(colEventType), cell(colSubEventType))
	return t
}

func hasKey(m map[string]string, k string) bool {
	_, ok := m[k]
	return ok
}

// typeLabels describes the type cells just encoded.
func (enc *encoder) typeLabels() string {
	s := fielderr.Quote(enc.cellString(colEventType))
	if enc.index(colSubEventType) >= 0 {
		s += "/" + fielderr.Quote(enc.cellString(colSubEventType))
	}
	return s
}

// extraLost lists the fields of x that the layout has no column for.
func (enc *encoder) extraLost(x *Extra) []string {
	var gone []string
	check := func(name string, set bool, c col) {
		if set && enc.index(c) < 0 {
			gone = append(gone, name)
		}
	}
	check("data_id", x.DataID != "", colDataID)
	check("event_id_no_cnty", x.EventIDNoCnty != "", colEventIDNoCnty)
	check("region", x.Region != "", colRegion)
	check("gwno", x.GWNO != "", colGWNO)
	check("disorder_type", len(x.Disorder) > 0, colDisorderType)
	check("civilian_targeting", x.CivilianTargeting, colCivilianTargeting)
	check("source_scale", x.SourceScale != "", colSourceScale)
	check("timestamp", x.Timestamp != 0, colTimestamp)
	for _, c := range x.Columns {
		if !enc.hasUnknown(c.Name) {
			gone = append(gone, fmt.Sprintf("column %s", fielderr.Quote(c.Name)))
		}
	}
	return gone
}

// hasUnknown reports whether the header has a column the package does not
// know named name.
func (enc *encoder) hasUnknown(name string) bool {
	for i, c := range enc.cols {
		if c == colUnknown && strings.EqualFold(enc.names[i], name) {
			return true
		}
	}
	return false
}

// index returns the header position of known column c, or -1.
func (enc *encoder) index(c col) int {
	if c == colUnknown {
		return -1
	}
	return enc.pos[c]
}

// cellIs reports whether the header has known column c and its cell in the
// row last encoded is v.
func (enc *encoder) cellIs(c col, v string) bool {
	i := enc.index(c)
	return i >= 0 && string(enc.cell(i)) == v
}

// indexPath is the JSON path of element i of a list: "claims[0]".
func indexPath(list string, i int) string {
	return list + "[" + strconv.Itoa(i) + "]"
}

// nameOnly reports whether a citation names its source and nothing more
// (its ID aside): what a row gives. Such a citation loses nothing.
func nameOnly(c *source.Citation) bool {
	return c.Published == nil && c.Accessed.IsZero() && c.Title == "" && c.URL == "" && c.ArchiveURL == "" &&
		c.Author == "" && c.AuthorActor == "" && c.ReportedFrom == "" && c.ReportedFromName == "" && c.Quote == "" &&
		c.Language == language.Und && c.Grade.IsZero() && c.ContentHash == ""
}

// cellString returns the cell of known column c in the row last encoded.
func (enc *encoder) cellString(c col) string {
	i := enc.index(c)
	if i < 0 {
		return ""
	}
	return string(enc.cell(i))
}

// figureText describes a casualty figure for a message: "at least 40
// combatants killed (sohr)".
func figureText(c *event.Casualty) string {
	s := c.Figure.String()
	if c.Party.Name != "" {
		s += " of " + c.Party.Name
	}
	if c.Citation != "" {
		s += " (" + c.Citation + ")"
	}
	return fielderr.Quote(s)
}

// givesNumber reports whether a count gives a lower number for the
// fatalities total (see event.Event.Toll): not "numerous", not unknown,
// not only an upper bound.
func givesNumber(c casualty.Count) bool {
	if c == casualty.Some() {
		return false
	}
	if _, ok := c.Low(); ok {
		return true
	}
	_, ok := c.Best()
	return ok
}

func containsInt(list []int, n int) bool {
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}

func codeText(n int, ok bool) string {
	if !ok {
		return ""
	}
	return strconv.Itoa(n)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// eachKey calls f with the keys of an Ext in order, so that warnings come
// in a stable order; one key (an event read from a file has one) costs no
// allocation.
func eachKey(x event.Ext, f func(string)) {
	if len(x) == 1 {
		for k := range x {
			f(k)
		}
		return
	}
	keys := make([]string, 0, len(x))
	for k := range x {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		f(k)
	}
}
