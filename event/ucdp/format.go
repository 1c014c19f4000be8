package ucdp

import (
	"fmt"
	"slices"
	"strconv"
	"sync"

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
	*out = [numCols]string{}
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
	w := e.When
	if !w.IsZero() {
		if !w.OpenStart {
			out[cYear] = itoa(w.Start.Year())
			out[cDateStart] = formatDay(w.Start, x.DateForm, timePart)
		}
		switch {
		case w.OpenEnd:
		case w.End == w.Start && !w.OpenStart:
			out[cDateEnd] = out[cDateStart]
		default:
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
	if a != nil {
		out[cSideA] = a.Actor.Name
	}
	if b != nil {
		out[cSideB] = b.Actor.Name
	}

	out[cSourceArticle], out[cSourceOffice], out[cSourceDate], out[cSourceHeadline] = formatSources(e.Citations)
	if x.SourceArticle != "" {
		out[cSourceArticle] = x.SourceArticle
	}
	out[cSourceOriginal] = x.SourceOriginal
	switch {
	case x.NumberOfSources != nil:
		out[cNumberOfSources] = strconv.Itoa(*x.NumberOfSources)
	case !hasExtra && newsCount(e) > 0:
		out[cNumberOfSources] = strconv.Itoa(newsCount(e))
	case !hasExtra:
		out[cNumberOfSources] = "-1" // not recorded
	}

	formatWhere(e.Where, x, out)
	out[cPrioGridGID], out[cCountryID] = x.PrioGridGID, x.CountryID
	if x.EventClarity != 0 {
		out[cEventClarity] = strconv.Itoa(x.EventClarity)
	}

	formatDeaths(e, a, b, !hasExtra, out)
	return nil
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
// deaths_unknown and low/best/high from the killed figures: exact figures
// for side A's and side B's people, for civilians and for people whose
// side is unknown (casualty.Unidentified), and the low/best/high estimate
// of all deaths. An event from another format (foreign) without such an
// estimate gets its total from its first figure of people killed (an
// exact one is also its deaths_unknown), with the best figure standing in
// for a bound the figure lacks.
func formatDeaths(e *event.Event, a, b *event.Participant, foreign bool, out *[numCols]string) {
	var done [5]bool // deaths_a, deaths_b, civilians, unknown, total
	var fallback *casualty.Count
	put := func(i int, c col, n int64) {
		if !done[i] {
			out[c] = strconv.FormatInt(n, 10)
			done[i] = true
		}
	}
	for i := range e.Casualties {
		c := &e.Casualties[i]
		if c.Outcome != casualty.Killed {
			continue
		}
		n, exact := exactCount(c.Count)
		switch {
		case !c.Party.IsZero():
			if !exact {
				continue
			}
			if a != nil && c.Party.Name == a.Actor.Name && !done[0] {
				put(0, cDeathsA, n)
			} else if b != nil && c.Party.Name == b.Actor.Name {
				put(1, cDeathsB, n)
			}
		case c.Group == casualty.Civilians:
			if exact {
				put(2, cDeathsCivilians, n)
			}
		case c.Group == casualty.Unidentified:
			if exact {
				put(3, cDeathsUnknown, n)
			}
		case c.Group == casualty.People || c.Group == "":
			low, ok1 := c.Count.Low()
			best, ok2 := c.Count.Best()
			high, ok3 := c.Count.High()
			if ok1 && ok2 && ok3 && c.Count == casualty.Estimate(low, best, high) {
				if !done[4] {
					out[cLow], out[cBest], out[cHigh] = strconv.FormatInt(low, 10), strconv.FormatInt(best, 10), strconv.FormatInt(high, 10)
					done[4] = true
				}
				continue
			}
			if exact {
				put(3, cDeathsUnknown, n)
			}
			if fallback == nil {
				fallback = &c.Count
			}
		}
	}
	if done[4] || fallback == nil || !foreign {
		return
	}
	if low, ok := fallback.Low(); ok {
		out[cLow] = strconv.FormatInt(low, 10)
	}
	if best, ok := fallback.Best(); ok {
		out[cBest] = strconv.FormatInt(best, 10)
	} else {
		out[cBest] = out[cLow]
	}
	// UCDP rows carry all three or none: a figure with no upper bound ("at
	// least 40") gets its best figure as high, the least it can claim.
	if high, ok := fallback.High(); ok {
		out[cHigh] = strconv.FormatInt(high, 10)
	} else {
		out[cHigh] = out[cBest]
	}
	if out[cLow] == "" { // "at most 5": no lower bound either
		out[cLow] = out[cBest]
	}
}

// exactCount returns n if c is Exactly(n).
func exactCount(c casualty.Count) (int64, bool) {
	n, ok := c.Best()
	return n, ok && c == casualty.Exactly(n)
}
