package ucdp

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/place"
)

// losses appends a loss warning (event.ErrLost) for every fact of e that the
// row just formatted (w.cells, w.ctx) does not hold; see the package
// documentation, "What UCDP cannot hold". x is the event's Extra record,
// hasExtra whether it came with the event.
func (w *Writer) losses(out event.Problems, e *event.Event, x *Extra, hasExtra bool) event.Problems {
	has := func(c col) bool { return w.hasCol[c] }
	lost := func(path, format string, args ...any) {
		out = append(out, event.Lost(path, format, args...))
	}
	cell := func(c col) string {
		if v, ok := x.Verbatim[colNames[c]]; ok {
			return v
		}
		return w.cells[c]
	}

	// Identity.
	keyKept := false
	for i, k := range e.Keys {
		if k.Scheme == KeyScheme && !keyKept && has(cID) && cell(cID) == k.Value {
			keyKept = true
			continue
		}
		lost(fmt.Sprintf("keys[%d]", i), "key %s: UCDP keeps only its own id", fielderr.Quote(k.String()))
	}
	if id := cell(cID); event.DeriveID(KeyScheme, id) != e.ID {
		lost("id", "ID %s: a row read back gets the ID derived from its id %s", e.ID, fielderr.Quote(id))
	}

	// What happened: type_of_violence gives battles (1, 2) or violence
	// against civilians (3) back.
	back := event.Battles
	if cell(cTypeOfViolence) == "3" {
		back = event.ViolenceAgainstCivilians
	}
	if back != e.Type {
		lost("type", "type %s is written as type_of_violence %s, which reads back as %s", e.Type, cell(cTypeOfViolence), back)
	}
	if e.Title != "" {
		lost("title", "title %s: UCDP GED has no title column", fielderr.Quote(e.Title))
	}

	// When: a row has both dates.
	wh := e.When
	switch {
	case wh.OpenStart && wh.OpenEnd:
	case wh.OpenStart:
		lost("when.open_start", "the event happened on or before %s; date_start holds that day", wh.End)
	case wh.OpenEnd:
		lost("when.open_end", "the event went on after %s; date_end holds that day", wh.Start)
	}
	if p := wh.Precision; p != event.DateUnspecified {
		code, ok := p.UCDP()
		if back, _ := event.DatePrecisionFromUCDP(code); !ok || !has(cDatePrec) || back != p {
			lost("when.precision", "date precision %s: date_prec has no code for it", p)
		}
	}

	out = w.whereLosses(out, e, has)

	// Who: side_a and side_b.
	for i := range e.Participants {
		p := &e.Participants[i]
		name := p.Actor.Name
		if name == "" {
			name = string(p.Actor.ID)
		}
		side := -1
		switch i {
		case w.ctx.sideA:
			side = 0
		case w.ctx.sideB:
			side = 1
		}
		if side < 0 {
			lost(indexPath("participants", i), "%s %s: UCDP has two sides, side_a and side_b, and no column for more", p.Role, fielderr.Quote(name))
			continue
		}
		var gone []string
		backRole := event.Party
		if back == event.ViolenceAgainstCivilians {
			backRole = event.Perpetrator
			if side == 1 {
				backRole = event.Target
			}
		}
		if backRole != p.Role {
			gone = append(gone, fmt.Sprintf("role %s (side_%c reads back as %s)", p.Role, 'a'+side, backRole))
		}
		if n := w.ctx.names[side]; n.via != "" {
			gone = append(gone, fmt.Sprintf("the actor itself (written as %s, the UCDP name of %s, which it is part of)", fielderr.Quote(n.name), n.via))
		}
		if len(p.Citations) > 0 {
			gone = append(gone, "citations "+strings.Join(p.Citations, ", "))
		}
		if p.Note != "" {
			gone = append(gone, "note")
		}
		if len(gone) > 0 {
			lost(indexPath("participants", i), "%s %s: %s not written", p.Role, fielderr.Quote(name), strings.Join(gone, "; "))
		}
	}

	// How many.
	for i := range e.Casualties {
		c := &e.Casualties[i]
		if slices.Contains(w.ctx.usedDeaths, i) || w.ctx.ownDeaths && c.Citation == CitationID && verbatimFigure(c, x) {
			continue
		}
		path := indexPath("casualties", i)
		switch {
		case c.Outcome != casualty.Killed:
			lost(path, "%s: UCDP counts deaths only", figureText(c))
		case w.ctx.ownDeaths && c.Citation != CitationID:
			lost(path, "%s: the death columns hold UCDP's own figures", figureText(c))
		case w.ctx.ownDeaths:
			lost(path, "%s: UCDP's death columns have no place for it", figureText(c))
		case e.Discounted(*c):
			lost(path, "%s: its citation grades it improbable, so it does not count", figureText(c))
		case c.Count.Validate() != nil || c.Count == casualty.Some() || c.Count.IsZero():
			lost(path, "%s gives no number", figureText(c))
		default:
			lost(path, "%s: not the figure written (low %s, best %s, high %s)", figureText(c), orNone(w.cells[cLow]), orNone(w.cells[cBest]), orNone(w.cells[cHigh]))
		}
	}

	// Who says so.
	for i := range e.Citations {
		c := &e.Citations[i]
		if c.ID == CitationID {
			continue
		}
		pub := c.Publisher()
		if strings.TrimSpace(pub.Name) == "" || !has(cSourceOffice) && !has(cSourceArticle) {
			lost(indexPath("citations", i), "citation %s: its outlet has no name to write", fielderr.Quote(c.ID))
			continue
		}
		if len(c.Via) == 0 && c.Accessed.IsZero() && c.URL == "" && c.ArchiveURL == "" && c.Author == "" && c.AuthorActor == "" &&
			c.ReportedFrom == "" && c.ReportedFromName == "" && c.Quote == "" && c.Language == language.Und && c.Grade.IsZero() && c.ContentHash == "" {
			continue // outlet, date and headline, as UCDP's own rows give them: all written
		}
		var gone []string
		for _, f := range c.Fields() {
			switch {
			case f == "id", f == "published", f == "title":
			case f == "source" && len(c.Via) == 0:
			case f == "source" && slices.Contains(w.ctx.originators, c.Source.Name) && has(cSourceOriginal):
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
			lost(indexPath("citations", i), "citation %s: %s not written: UCDP writes the outlet (%s), date and headline", fielderr.Quote(c.ID), strings.Join(gone, ", "), fielderr.Quote(pub.Name))
		}
	}
	for i, c := range e.Claims {
		lost(fmt.Sprintf("claims[%d]", i), "%s claim on %s by %s: UCDP GED has no place for claims", c.Kind, c.Aspect, fielderr.Quote(c.Citation))
	}
	for i, r := range e.Related {
		lost(fmt.Sprintf("related[%d]", i), "relation %s %s: UCDP GED has no place for links between events", r.Kind, r.Event)
	}
	if e.Notes != "" {
		lost("notes", "UCDP GED has no notes column")
	}
	if len(e.Tags) > 0 {
		lost("tags", "UCDP GED has no tags column")
	}
	eachKey(e.Ext, func(k string) {
		switch {
		case k != ExtKey:
			lost(fmt.Sprintf("ext[%q]", k), "extension %s: UCDP GED has no place for it", fielderr.Quote(k))
		case hasExtra:
			if gone := w.extraLost(x, has); len(gone) > 0 {
				lost(fmt.Sprintf("ext[%q]", k), "UCDP fields %s: the layout has no column for them", strings.Join(gone, ", "))
			}
		}
	})
	return out
}

// verbatimFigure reports whether one of UCDP's own figures goes back in a
// cell kept verbatim from the row it was read from (a side's deaths for a
// side with no name, say), which the death columns cannot place.
func verbatimFigure(c *event.Casualty, x *Extra) bool {
	var cols []col
	switch {
	case !c.Party.IsZero():
		cols = []col{cDeathsA, cDeathsB}
	case c.Group == casualty.Civilians:
		cols = []col{cDeathsCivilians}
	case c.Group == casualty.Unidentified:
		cols = []col{cDeathsUnknown}
	default:
		cols = []col{cLow, cBest, cHigh}
	}
	for _, k := range cols {
		if _, ok := x.Verbatim[colNames[k]]; ok {
			return true
		}
	}
	return false
}

// whereLosses reports the parts of e.Where that the row does not hold.
func (w *Writer) whereLosses(out event.Problems, e *event.Event, has func(col) bool) event.Problems {
	lost := func(path, format string, args ...any) {
		out = append(out, event.Lost(path, format, args...))
	}
	wh := &e.Where
	code, _ := strconv.Atoi(w.cells[cWherePrec])
	if l := wh.Place.Level; wh.Place.Name != "" && l != place.LevelUnspecified {
		if back := readBackLevel(code, &w.cells); back != l {
			lost("where.place.level", "place %s is of level %s; with where_prec %s it reads back as %s", fielderr.Quote(wh.Place.Name), l, orNone(w.cells[cWherePrec]), orNone(back.String()))
		}
	}
	regionSeen := false
	for i, u := range wh.Place.Path {
		written := false
		switch u.Level {
		case place.LevelArea:
			written = !regionSeen && w.cells[cRegion] == u.Name && has(cRegion)
			regionSeen = true
		case place.LevelCountry, place.LevelAdmin1, place.LevelAdmin2:
			written = lastOfLevel(wh.Place.Path, i) && wh.Place.Level != u.Level
		}
		if !written {
			lost(fmt.Sprintf("where.place.path[%d]", i), "%s %s: UCDP names a region, the country, adm_1 and adm_2 only", u.Level, fielderr.Quote(u.Name))
		}
	}
	switch wh.Relation {
	case place.RelationIn:
	case place.RelationNear:
		if code != 2 {
			lost("where.relation", "relation near: only where_prec 2 says near, and the precision is %s", wh.Precision)
		}
	default:
		lost("where.relation", "relation %s: UCDP codes one place", wh.Relation)
	}
	if !wh.Other.IsZero() {
		lost("where.other", "second place %s: UCDP codes one place", fielderr.Quote(wh.Other.Name))
	}
	if p := wh.Precision; p != place.PrecisionUnspecified {
		back, _ := place.PrecisionFromUCDP(code)
		if _, ok := p.UCDP(); !ok || back != p {
			lost("where.precision", "precision %s: where_prec has no code for it", p)
		}
	}
	if wh.Text != "" && !has(cWhereDescription) {
		lost("where.text", "location text %s: the layout has no where_description column", fielderr.Quote(wh.Text))
	}
	return out
}

// readBackLevel is the level a Reader gives the place of a row (see
// parseWhere).
func readBackLevel(prec int, out *[numCols]string) place.Level {
	name, adm1, adm2 := out[cWhereCoordinates], out[cAdm1], out[cAdm2]
	switch {
	case prec == 3 && adm2 != "" && name == adm2:
		return place.LevelAdmin2
	case prec == 4 && adm2 == "" && adm1 != "" && name == adm1:
		return place.LevelAdmin1
	case (prec == 1 || prec == 2) && name != "":
		return place.LevelLocality
	}
	return place.LevelUnspecified
}

// lastOfLevel reports whether path[i] is the last unit of its level, the
// one formatWhere's cell keeps.
func lastOfLevel(path []place.Unit, i int) bool {
	for _, u := range path[i+1:] {
		if u.Level == path[i].Level {
			return false
		}
	}
	return true
}

// extraLost lists the fields of x that the layout has no column for.
func (w *Writer) extraLost(x *Extra, has func(col) bool) []string {
	var gone []string
	check := func(c col, set bool) {
		if set && !has(c) {
			gone = append(gone, colNames[c])
		}
	}
	check(cRelID, x.RelID != "")
	check(cCodeStatus, x.CodeStatus != "")
	check(cActiveYear, x.ActiveYear != nil)
	check(cConflictDsetID, x.ConflictDsetID != "")
	check(cConflictNewID, x.ConflictNewID != "")
	check(cConflictName, x.ConflictName != "")
	check(cDyadDsetID, x.DyadDsetID != "")
	check(cDyadNewID, x.DyadNewID != "")
	check(cDyadName, x.DyadName != "")
	check(cSideADsetID, x.SideADsetID != "")
	check(cSideANewID, x.SideANewID != "")
	check(cSideBDsetID, x.SideBDsetID != "")
	check(cSideBNewID, x.SideBNewID != "")
	check(cGWNoA, x.GWNoA != "")
	check(cGWNoB, x.GWNoB != "")
	check(cNumberOfSources, x.NumberOfSources != nil)
	check(cSourceArticle, x.SourceArticle != "")
	check(cSourceOriginal, x.SourceOriginal != "")
	check(cPrioGridGID, x.PrioGridGID != "")
	check(cCountryID, x.CountryID != "")
	check(cEventClarity, x.EventClarity != 0)
	if x.DateTime != "" && w.layout != x.Layout && w.layout != LayoutGED20 {
		gone = append(gone, "the time part of the dates")
	}
	for _, c := range x.Columns {
		if !slices.ContainsFunc(w.names, func(n string) bool { return strings.EqualFold(n, c.Name) }) {
			gone = append(gone, "column "+fielderr.Quote(c.Name))
		}
	}
	return gone
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

// indexPath is the JSON path of element i of a list: "claims[0]".
func indexPath(list string, i int) string {
	return list + "[" + strconv.Itoa(i) + "]"
}
