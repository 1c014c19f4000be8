package ucdp

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
)

// stateKinds are the actor kinds that make a side a state: a conflict with
// one is state-based (type_of_violence 1).
var stateKinds = []actor.Kind{actor.KindStateForces, actor.KindState, actor.KindGovernment,
	actor.KindGovernmentAgency, actor.KindMilitaryCommand}

// formatRow writes the cells of every known column for e into out, from the
// model and x, for the given layout; it ignores x.Verbatim, which the
// caller applies. hasExtra says whether x came with the event (false for an
// event from another format, whose missing UCDP fields get sensible
// defaults).
func formatRow(e *event.Event, x *Extra, hasExtra bool, layout Layout, out *[numCols]string) error {
	return formatRowWith(e, x, hasExtra, layout, out, nil)
}

// rowContext is what the Writer passes formatRow besides the event, and
// what formatRow tells it back about how the event was written.
type rowContext struct {
	actors    *actor.Registry // Writer.Actors
	aggregate bool            // the event is an aggregate written on request

	// Filled by formatRowWith.
	sideA, sideB int          // participant indexes of side_a and side_b, or -1
	names        [2]sideName  // how each side was named
	usedDeaths   []int        // casualties whose numbers are written
	ownDeaths    bool         // the death cells are UCDP's own figures
	sources      []sourceItem // the source items written, each once
	originators  []string     // names written in source_original
}

// sideName is how a side was named: the name written and, when the
// registry gave the name of the actor the participant is part of, that
// actor.
type sideName struct {
	name string
	via  actor.ID
}

// formatRowWith is formatRow with the Writer's context (nil for the
// Reader's check of its own rows).
func formatRowWith(e *event.Event, x *Extra, hasExtra bool, layout Layout, out *[numCols]string, ctx *rowContext) error {
	*out = [numCols]string{}
	if ctx != nil {
		ctx.sideA, ctx.sideB, ctx.names = -1, -1, [2]sideName{}
		ctx.usedDeaths, ctx.ownDeaths, ctx.originators = ctx.usedDeaths[:0], false, nil
	}
	out[cID] = ucdpID(e)
	out[cRelID] = x.RelID
	out[cCodeStatus] = x.CodeStatus
	if x.ActiveYear != nil {
		switch {
		case x.ActiveYearWords && *x.ActiveYear:
			out[cActiveYear] = "true"
		case x.ActiveYearWords:
			out[cActiveYear] = "false"
		case *x.ActiveYear:
			out[cActiveYear] = "1"
		default:
			out[cActiveYear] = "0"
		}
	}

	tov, err := typeOfViolence(e)
	if err != nil {
		return &WriteError{ID: e.ID, Field: colNames[cTypeOfViolence], Err: err}
	}
	out[cTypeOfViolence] = strconv.Itoa(tov)

	// The time part goes back into the layout it was read from, and into
	// 20.1+ files, whose CSVs have one; GED 19.1 and its kin have plain
	// dates.
	timePart := x.DateTime
	if layout != x.Layout && layout != LayoutGED20 {
		timePart = ""
	}
	w := closedDates(e.When)
	if !w.IsZero() {
		out[cYear] = itoa(w.Start.Year())
		out[cDateStart] = formatDay(w.Start, x.DateForm, timePart)
		if w.End == w.Start {
			out[cDateEnd] = out[cDateStart]
		} else {
			out[cDateEnd] = formatDay(w.End, x.DateForm, timePart)
		}
		if p, ok := w.Precision.UCDP(); ok {
			out[cDatePrec] = strconv.Itoa(p)
		}
	}

	out[cConflictDsetID], out[cConflictNewID], out[cConflictName] = x.ConflictDsetID, x.ConflictNewID, x.ConflictName
	out[cDyadDsetID], out[cDyadNewID], out[cDyadName] = x.DyadDsetID, x.DyadNewID, x.DyadName
	out[cSideADsetID], out[cSideANewID] = x.SideADsetID, x.SideANewID
	out[cSideBDsetID], out[cSideBNewID] = x.SideBDsetID, x.SideBNewID
	out[cGWNoA], out[cGWNoB] = x.GWNoA, x.GWNoB
	a, b := sides(e)
	var reg *actor.Registry
	if ctx != nil && !hasExtra {
		reg = ctx.actors // names as read for a row of UCDP's own
	}
	day, hasDay := w.Start, !w.IsZero()
	if a != nil {
		n := nameSide(reg, a.Actor, day, hasDay)
		out[cSideA] = n.name
		if ctx != nil {
			ctx.names[0] = n
		}
	}
	if b != nil {
		n := nameSide(reg, b.Actor, day, hasDay)
		out[cSideB] = n.name
		if ctx != nil {
			ctx.names[1] = n
		}
	}
	if ctx != nil {
		ctx.sideA, ctx.sideB = participantIndex(e, a), participantIndex(e, b)
	}

	var items []sourceItem
	if ctx != nil {
		items = sourceItems(e.Citations, ctx.sources[:0])
		ctx.sources = items
	} else {
		var buf [4]sourceItem // rows rarely have more sources
		items = sourceItems(e.Citations, buf[:0])
	}
	out[cSourceArticle], out[cSourceOffice], out[cSourceDate], out[cSourceHeadline] = formatSources(items)
	if x.SourceArticle != "" {
		out[cSourceArticle] = x.SourceArticle
	}
	out[cSourceOriginal] = x.SourceOriginal
	if !hasExtra && x.SourceOriginal == "" {
		// Who the outlets quote: UCDP's source_original, joined with ", "
		// as UCDP joins them.
		orig := originators(e.Citations)
		out[cSourceOriginal] = strings.Join(orig, ", ")
		if ctx != nil {
			ctx.originators = orig
		}
	}
	switch {
	case x.NumberOfSources != nil:
		out[cNumberOfSources] = strconv.Itoa(*x.NumberOfSources)
	case !hasExtra && len(items) > 0:
		out[cNumberOfSources] = strconv.Itoa(len(items))
	case !hasExtra:
		out[cNumberOfSources] = "-1" // not recorded
	}

	formatWhere(e.Where, x, out)
	out[cPrioGridGID], out[cCountryID] = x.PrioGridGID, x.CountryID
	switch {
	case x.EventClarity != 0:
		out[cEventClarity] = strconv.Itoa(x.EventClarity)
	case ctx != nil && ctx.aggregate && !hasExtra:
		// UCDP's code for a total reported over a period, which is what an
		// aggregate written on request is.
		out[cEventClarity] = "2"
	}

	if ctx != nil {
		ctx.usedDeaths, ctx.ownDeaths = formatDeaths(e, a, b, out, ctx.usedDeaths[:0])
	} else {
		formatDeaths(e, a, b, out, nil)
	}
	return nil
}

// closedDates returns w with an open end closed at the other one: a UCDP
// row needs both dates, so "on or before 31 August" is written as that day
// (the Writer reports the open end as lost).
func closedDates(w event.When) event.When {
	switch {
	case w.IsZero():
	case w.OpenStart && w.OpenEnd: // invalid: no day to write
		return event.When{}
	case w.OpenStart:
		w.Start, w.OpenStart = w.End, false
	case w.OpenEnd:
		w.End, w.OpenEnd = w.Start, false
	}
	return w
}

// participantIndex returns the index of p in e.Participants, or -1.
func participantIndex(e *event.Event, p *event.Participant) int {
	for i := range e.Participants {
		if &e.Participants[i] == p {
			return i
		}
	}
	return -1
}

// ucdpID returns the event's UCDP id: the value of its "ucdp" key, or else
// its own ID, so that a row written from another format still names its
// event.
func ucdpID(e *event.Event) string {
	for _, k := range e.Keys {
		if k.Scheme == KeyScheme {
			return k.Value
		}
	}
	return e.ID.String()
}

// typeOfViolence derives type_of_violence from the event type and the
// participants. A type with one UCDP candidate gives it (violence against
// civilians is 3). Otherwise a civilian target makes it one-sided (3), a
// state party state-based (1), and anything else non-state (2), among the
// type's candidates.
func typeOfViolence(e *event.Event) (int, error) {
	info, ok := ucdpInfo(e.Type)
	if !ok || len(info.UCDP) == 0 {
		return 0, fmt.Errorf("event type %q has no UCDP type_of_violence: %w", e.Type, ErrNoCounterpart)
	}
	if len(info.UCDP) == 1 {
		return info.UCDP[0], nil
	}
	if info.OneSided && slices.Contains(info.UCDP, 3) {
		return 3, nil
	}
	civilianTarget, state := false, false
	for _, p := range e.Participants {
		switch {
		case (p.Role == event.Target || p.Role == event.TargetAssociate) && p.Actor.Kind == actor.KindCivilians:
			civilianTarget = true
		case slices.Contains(stateKinds, p.Actor.Kind):
			state = true
		}
	}
	switch {
	case civilianTarget && slices.Contains(info.UCDP, 3):
		return 3, nil
	case state && slices.Contains(info.UCDP, 1):
		return 1, nil
	case slices.Contains(info.UCDP, 2):
		return 2, nil
	}
	return info.UCDP[0], nil
}

// typeInfos caches the UCDP crosswalk of each type seen: a registered
// type's TypeInfo never changes (RegisterType refuses a code twice), and
// Type.Info copies its slices on every call.
var typeInfos sync.Map // event.Type -> event.TypeInfo

func ucdpInfo(t event.Type) (event.TypeInfo, bool) {
	if v, ok := typeInfos.Load(t); ok {
		return v.(event.TypeInfo), true
	}
	info, ok := t.Info()
	if ok {
		typeInfos.Store(t, info)
	}
	return info, ok
}

// sides picks side A and side B: the first party or perpetrator, and the
// first target or else the next party.
func sides(e *event.Event) (a, b *event.Participant) {
	for i := range e.Participants {
		if p := &e.Participants[i]; p.Role == event.Party || p.Role == event.Perpetrator {
			a = p
			break
		}
	}
	for i := range e.Participants {
		if p := &e.Participants[i]; p.Role == event.Target {
			return a, p
		}
	}
	for i := range e.Participants {
		if p := &e.Participants[i]; p.Role == event.Party && p != a {
			return a, p
		}
	}
	return a, nil
}

// formatWhere writes the place, point and precision columns.
func formatWhere(w event.Where, x *Extra, out *[numCols]string) {
	if p, ok := w.Precision.UCDP(); ok {
		out[cWherePrec] = strconv.Itoa(p)
	}
	out[cWhereCoordinates] = w.Place.Name
	out[cWhereDescription] = w.Text
	for _, u := range w.Place.Path {
		switch u.Level {
		case place.LevelArea:
			if out[cRegion] == "" && out[cCountry] == "" {
				out[cRegion] = u.Name // an area above the country is UCDP's region
			}
		case place.LevelCountry:
			out[cCountry] = u.Name
			out[cISO3] = iso3(u.Code)
		case place.LevelAdmin1:
			out[cAdm1] = u.Name
		case place.LevelAdmin2:
			out[cAdm2] = u.Name
		}
	}
	switch w.Place.Level {
	case place.LevelAdmin1:
		out[cAdm1] = w.Place.Name
	case place.LevelAdmin2:
		out[cAdm2] = w.Place.Name
	case place.LevelCountry:
		out[cCountry] = w.Place.Name
	}
	if w.Point != nil {
		out[cLatitude] = formatCoord(w.Point.Lat)
		out[cLongitude] = formatCoord(w.Point.Lon)
		out[cGeomWKT] = formatWKT(*w.Point, x.WKTDecimals)
	}
}

// iso3 turns the alpha-2 code of a country unit into the alpha-3 code of
// HDX's iso3 column.
func iso3(alpha2 string) string {
	if alpha2 == "" {
		return ""
	}
	c, err := place.ParseCountry(alpha2)
	if err != nil {
		return ""
	}
	return c.Alpha3()
}

// formatCoord writes a coordinate in the shortest form that reads back
// exactly, as UCDP writes them ("35.0025", "22").
func formatCoord(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// formatWKT writes "POINT (lon lat)", in the shortest form (decimals 0) or
// with a fixed number of decimals.
func formatWKT(p place.Point, decimals int) string {
	var buf [64]byte
	return string(appendWKT(buf[:0], p, decimals))
}

func appendWKT(b []byte, p place.Point, decimals int) []byte {
	prec := -1
	if decimals > 0 {
		prec = decimals
	}
	b = append(b, "POINT ("...)
	b = strconv.AppendFloat(b, p.Lon, 'f', prec, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, p.Lat, 'f', prec, 64)
	return append(b, ')')
}

// years holds the text of the years UCDP data has, so that writing a year
// does not allocate.
var years = func() []string {
	out := make([]string, 2200-1900)
	for i := range out {
		out[i] = strconv.Itoa(1900 + i)
	}
	return out
}()

// itoa is strconv.Itoa, without allocating for small numbers and years.
func itoa(n int) string {
	if n >= 1900 && n < 2200 {
		return years[n-1900]
	}
	return strconv.Itoa(n)
}

// formatDeaths writes deaths_a, deaths_b, deaths_civilians,
// deaths_unknown and low/best/high, and returns the indexes of the
// casualties whose numbers it wrote and whether they are UCDP's own.
//
// UCDP's own figures (attributed to CitationID, as the Reader gives them)
// win when the event has any: exact figures for side A's and side B's
// people, for civilians and for people whose side is unknown
// (casualty.Unidentified), and the Estimate of all deaths, so that a row
// read and written back is the same. Otherwise the figures are placed by
// event.Event.Toll's rule: deaths_civilians from the figures of civilians
// (and groups within them), deaths_a and deaths_b from the other figures
// whose party is side A or side B, each their best total; deaths_unknown
// is what the best total of all figures leaves beyond those three
// (written when some other figure gives a number); best is the sum of the
// four; low is the Low total of all figures, and high the High total, or
// best if that is higher (so low <= best <= high). A cell no figure
// speaks to stays empty: no number is made up.
func formatDeaths(e *event.Event, a, b *event.Participant, out *[numCols]string, used []int) ([]int, bool) {
	own := false
	for i := range e.Casualties {
		if c := &e.Casualties[i]; c.Outcome == casualty.Killed && c.Citation == CitationID {
			own = true
			break
		}
	}
	if own {
		return ownDeaths(e, a, b, out, used), true
	}
	isCiv := func(c event.Casualty) bool {
		return c.Group == casualty.Civilians || c.Group.Parent() == casualty.Civilians
	}
	side := func(p *event.Participant) func(event.Casualty) bool {
		return func(c event.Casualty) bool { return p != nil && !isCiv(c) && sameActor(c.Party, p.Actor) }
	}
	inA, inB := side(a), side(b)
	rest := func(c event.Casualty) bool { return !isCiv(c) && !inA(c) && !inB(c) }
	all := e.Toll(nil)
	if !all.Best.OK {
		return used, false
	}
	var sum int64
	put := func(c col, t event.Total) {
		if t.OK {
			out[c] = strconv.FormatInt(t.N, 10)
			sum += t.N
			used = append(used, t.Used...)
		}
	}
	put(cDeathsA, e.Toll(inA).Best)
	put(cDeathsB, e.Toll(inB).Best)
	put(cDeathsCivilians, e.Toll(isCiv).Best)
	if others := e.Toll(rest).Best; others.OK {
		// What the total leaves beyond the sides and civilians: the dead
		// whose side the figures do not give.
		n := max(all.Best.N-sum, 0)
		out[cDeathsUnknown] = strconv.FormatInt(n, 10)
		sum += n
		for _, i := range all.Best.Used {
			if slices.Contains(others.Used, i) {
				used = append(used, i)
			}
		}
	}
	if sum > casualty.MaxCount {
		sum = casualty.MaxCount
	}
	high := max(all.High.N, sum)
	out[cLow] = strconv.FormatInt(min(all.Low.N, sum), 10)
	out[cBest] = strconv.FormatInt(sum, 10)
	out[cHigh] = strconv.FormatInt(high, 10)
	used = append(used, all.Low.Used...)
	if all.High.N >= sum {
		used = append(used, all.High.Used...)
	}
	slices.Sort(used)
	return slices.Compact(used), false
}

// ownDeaths writes UCDP's own figures (see formatDeaths) and returns the
// indexes of those it wrote, appended to used.
func ownDeaths(e *event.Event, a, b *event.Participant, out *[numCols]string, used []int) []int {
	var done [5]bool // deaths_a, deaths_b, civilians, unknown, total
	put := func(i int, c col, n int64, fig int) {
		if !done[i] {
			out[c] = strconv.FormatInt(n, 10)
			done[i] = true
			used = append(used, fig)
		}
	}
	for i := range e.Casualties {
		c := &e.Casualties[i]
		if c.Outcome != casualty.Killed || c.Citation != CitationID {
			continue
		}
		n, exact := exactCount(c.Count)
		switch {
		case !c.Party.IsZero():
			if !exact {
				continue
			}
			if a != nil && c.Party.Name == a.Actor.Name && !done[0] {
				put(0, cDeathsA, n, i)
			} else if b != nil && c.Party.Name == b.Actor.Name {
				put(1, cDeathsB, n, i)
			}
		case c.Group == casualty.Civilians:
			if exact {
				put(2, cDeathsCivilians, n, i)
			}
		case c.Group == casualty.Unidentified:
			if exact {
				put(3, cDeathsUnknown, n, i)
			}
		case c.Group == casualty.People || c.Group == "":
			low, ok1 := c.Count.Low()
			best, ok2 := c.Count.Best()
			high, ok3 := c.Count.High()
			if ok1 && ok2 && ok3 && c.Count == casualty.Estimate(low, best, high) {
				if !done[4] {
					out[cLow], out[cBest], out[cHigh] = strconv.FormatInt(low, 10), strconv.FormatInt(best, 10), strconv.FormatInt(high, 10)
					done[4] = true
					used = append(used, i)
				}
				continue
			}
			if exact {
				put(3, cDeathsUnknown, n, i)
			}
		}
	}
	return used
}

// sameActor reports whether a casualty's party is the participant's
// actor: the same ID if both have one, else the same name.
func sameActor(party, p actor.Ref) bool {
	if party.IsZero() {
		return false
	}
	if party.ID != "" && p.ID != "" {
		return party.ID == p.ID
	}
	return party.Name != "" && party.Name == p.Name
}

// exactCount returns n if c is Exactly(n).
func exactCount(c casualty.Count) (int64, bool) {
	n, ok := c.Best()
	return n, ok && c == casualty.Exactly(n)
}

// maxPartOf bounds the walk up part-of links in nameSide.
const maxPartOf = 6

// nameSide names a side as UCDP does: with no registry, the participant's
// name as given; otherwise, for an actor the registry knows (by ID, else
// by resolving its name on the event's day), its identifier in scheme
// actor.SchemeUCDP valid on that day, or failing that the one of the
// nearest actor it is part of (a command by its government, as UCDP names
// state sides "Government of …").
func nameSide(reg *actor.Registry, ref actor.Ref, day date.Date, hasDay bool) sideName {
	n := sideName{name: ref.Name}
	if reg == nil {
		return n
	}
	var a actor.Actor
	found := false
	if ref.ID != "" {
		a, found = reg.Get(ref.ID)
	}
	if !found && ref.Name != "" {
		var on actor.Date
		if hasDay {
			y, m, d := day.Date()
			on, _ = actor.NewDate(y, m, d)
		}
		if res, err := reg.Resolve(ref.Name, on); err == nil {
			a, found = res.Actor, true
		}
	}
	if !found {
		return n
	}
	start := a.ID
	for range maxPartOf {
		id, ok := a.Identifier(actor.SchemeUCDP)
		if hasDay {
			id, ok = a.IdentifierAt(actor.SchemeUCDP, day)
		}
		if ok {
			n.name = id.Value
			if a.ID != start {
				n.via = a.ID
			}
			return n
		}
		next, ok := partOfOn(reg, a, day, hasDay)
		if !ok {
			break
		}
		a = next
	}
	return n
}

// partOfOn follows a's first part-of link valid on day.
func partOfOn(reg *actor.Registry, a actor.Actor, day date.Date, hasDay bool) (actor.Actor, bool) {
	for _, l := range a.Links {
		if l.Kind != actor.LinkPartOf || (hasDay && !l.ValidAt(day)) {
			continue
		}
		if b, ok := reg.Get(l.Actor); ok {
			return b, true
		}
	}
	return actor.Actor{}, false
}
