package ucdp

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// Notes on the figures that need telling apart from others of the same
// outcome and group.
const (
	noteUnknown = "deaths whose side UCDP could not tell (deaths_unknown)"
	noteTotal   = "all deaths, UCDP's low, best and high estimates"
)

// governmentPrefix starts the name of every state actor in UCDP data
// ("Government of Syria").
const governmentPrefix = "Government of "

// cellError is a problem with one cell of the current record.
type cellError struct {
	c   col
	err error
}

// build maps one record onto an event.
func (r *Reader) build(f []string) (event.Event, error) {
	// Text must be UTF-8 to be stored as given: JSON would replace the
	// bytes of a Latin-1 file without a word.
	for i, s := range f {
		if !utf8.ValidString(s) {
			return event.Event{}, r.csv.Error(i, fmt.Errorf("ucdp: column %q: %q: %w", r.header[i], s, event.ErrBadText))
		}
	}
	e, x, cerr := r.parse(f)
	if cerr != nil {
		return event.Event{}, r.csv.Error(r.idx[cerr.c], cerr.err)
	}
	r.fileExtra(&x)
	for _, i := range r.others {
		x.Columns = append(x.Columns, Column{Name: r.header[i], Value: f[i]})
	}
	// Format every cell back with the writer's code: the cells that do not
	// come out the same are kept verbatim.
	if err := formatRow(&e, &x, true, x.Layout, &r.cells); err == nil {
		for c, i := range r.idx {
			if i >= 0 && r.cells[c] != f[i] {
				if x.Verbatim == nil {
					x.Verbatim = map[string]string{}
				}
				x.Verbatim[colNames[c]] = f[i]
			}
		}
	}
	if err := SetExtra(&e, x); err != nil {
		return event.Event{}, r.csv.Error(-1, err)
	}
	return e, nil
}

// parse maps the cells onto an event and its Extra record.
func (r *Reader) parse(f []string) (event.Event, Extra, *cellError) {
	// The cells of the known columns as values: missing values empty,
	// numbers without the spaces around them. The Verbatim check in build
	// compares what the Writer makes of them with the cells as read.
	vals := &r.vals
	for c, i := range r.idx {
		vals[c] = ""
		if i >= 0 {
			vals[c] = cleanCell(col(c), f[i], r.Missing)
		}
	}
	get := func(c col) string { return vals[c] }
	x := Extra{Layout: r.layout}

	id := canonicalID(get(cID))
	if id == "" {
		return event.Event{}, x, &cellError{cID, fmt.Errorf("ucdp: column %q is empty: %w", "id", event.ErrMissing)}
	}
	tov, ok := smallCode(get(cTypeOfViolence), 1, 3)
	if !ok {
		return event.Event{}, x, &cellError{cTypeOfViolence, fmt.Errorf("ucdp: type_of_violence %s: want 1, 2 or 3: %w", fielderr.Quote(get(cTypeOfViolence)), ErrBadCode)}
	}
	typ := event.Battles
	if tov == 3 {
		typ = event.ViolenceAgainstCivilians
	}
	e := event.FromKey(typ, event.Key{Scheme: KeyScheme, Value: id})

	if cerr := parseWhen(get, &e, &x); cerr != nil {
		return event.Event{}, x, cerr
	}
	if s := get(cYear); s != "" && !e.When.IsZero() {
		if y, ok := wholeNumber(s); !ok || int(y) != e.When.Start.Year() {
			r.warn("year", ErrYear, "year %s, but date_start %s is in %d", fielderr.Quote(s), e.When.Start, e.When.Start.Year())
		}
	}

	// Sides. UCDP names every state actor "Government of …"; side A of a
	// state-based conflict is always a government, the other side of one a
	// group fighting it over government or territory, which is what a rebel
	// group is; the sides of a non-state conflict are organised groups of
	// unknown category; side B of one-sided violence is civilians.
	sideA, sideB := get(cSideA), get(cSideB)
	kindA, kindB := actor.KindArmedGroup, actor.KindArmedGroup
	if tov == 1 || strings.HasPrefix(sideA, governmentPrefix) {
		kindA = actor.KindStateForces
	}
	switch {
	case tov == 3:
		kindB = actor.KindCivilians
	case strings.HasPrefix(sideB, governmentPrefix):
		kindB = actor.KindStateForces
	case tov == 1:
		kindB = actor.KindRebelGroup
	}
	roleA, roleB := event.Party, event.Party
	if tov == 3 {
		roleA, roleB = event.Perpetrator, event.Target
	}
	refA := actor.Ref{Name: sideA, Kind: kindA}
	refB := actor.Ref{Name: sideB, Kind: kindB}
	if sideA != "" || sideB != "" {
		e.Participants = make([]event.Participant, 0, 2)
	}
	if sideA != "" {
		e.Involve(refA, roleA)
	}
	if sideB != "" {
		e.Involve(refB, roleB)
	}

	// The death figures are attributed to a citation of UCDP, which comes
	// first, before the sources.
	figures := false
	for _, c := range deathCols {
		figures = figures || get(c) != ""
	}
	if cerr := parseSources(get, &e, &x, figures); cerr != nil {
		return event.Event{}, x, cerr
	}
	if cerr := r.parseDeaths(get, &e, refA, refB); cerr != nil {
		return event.Event{}, x, cerr
	}
	if cerr := r.parseWhere(get, &e, &x); cerr != nil {
		return event.Event{}, x, cerr
	}

	// What the model has no place for.
	x.RelID = get(cRelID)
	x.CodeStatus = get(cCodeStatus)
	if s := get(cActiveYear); s != "" {
		// 1/0 up to GED 24.1, true/false since 25.1; R writes TRUE/FALSE
		// and pandas True/False, or 1.0/0.0 from a float column.
		var v bool
		switch n, isNum := wholeNumber(s); {
		case isNum && n == 1:
			v = true
		case isNum && n == 0:
		case strings.EqualFold(s, "true"):
			v, x.ActiveYearWords = true, true
		case strings.EqualFold(s, "false"):
			x.ActiveYearWords = true
		default:
			return event.Event{}, x, &cellError{cActiveYear, fmt.Errorf("ucdp: active_year %s: want 1, 0, true or false: %w", fielderr.Quote(s), ErrBadCode)}
		}
		x.ActiveYear = &v
	}
	x.ConflictDsetID, x.ConflictNewID, x.ConflictName = canonicalID(get(cConflictDsetID)), canonicalID(get(cConflictNewID)), get(cConflictName)
	x.DyadDsetID, x.DyadNewID, x.DyadName = canonicalID(get(cDyadDsetID)), canonicalID(get(cDyadNewID)), get(cDyadName)
	x.SideADsetID, x.SideANewID = canonicalID(get(cSideADsetID)), canonicalID(get(cSideANewID))
	x.SideBDsetID, x.SideBNewID = canonicalID(get(cSideBDsetID)), canonicalID(get(cSideBNewID))
	x.GWNoA, x.GWNoB = canonicalID(get(cGWNoA)), canonicalID(get(cGWNoB))
	x.PrioGridGID, x.CountryID = canonicalID(get(cPrioGridGID)), canonicalID(get(cCountryID))
	if s := get(cEventClarity); s != "" {
		v, ok := smallCode(s, 1, 2)
		if !ok {
			return event.Event{}, x, &cellError{cEventClarity, fmt.Errorf("ucdp: event_clarity %s: want 1 or 2: %w", fielderr.Quote(s), ErrBadCode)}
		}
		x.EventClarity = v
	}
	return e, x, nil
}

// parseWhen reads date_start, date_end and date_prec.
func parseWhen(get func(col) string, e *event.Event, x *Extra) *cellError {
	start, end := get(cDateStart), get(cDateEnd)
	if start == "" && end == "" {
		return nil // an unknown date; the validator warns
	}
	if start == "" {
		return &cellError{cDateStart, fmt.Errorf("ucdp: date_start is empty but date_end is not: %w", event.ErrMissing)}
	}
	if end == "" {
		return &cellError{cDateEnd, fmt.Errorf("ucdp: date_end is empty but date_start is not: %w", event.ErrMissing)}
	}
	s, form, timePart, err := parseDate(start)
	if err != nil {
		return &cellError{cDateStart, err}
	}
	d, _, _, err := parseDate(end)
	if err != nil {
		return &cellError{cDateEnd, err}
	}
	if d < s {
		return &cellError{cDateEnd, fmt.Errorf("ucdp: date_end %s is before date_start %s: %w", fielderr.Quote(end), fielderr.Quote(start), event.ErrDateOrder)}
	}
	// date_start's form is the row's; a date_end written otherwise is kept
	// verbatim.
	x.DateForm, x.DateTime = form, timePart
	e.When = event.When{Start: s, End: d}
	if p := get(cDatePrec); p != "" {
		code, ok := smallCode(p, 1, 5)
		if !ok {
			return &cellError{cDatePrec, fmt.Errorf("ucdp: date_prec %s: want 1 to 5: %w", fielderr.Quote(p), ErrBadCode)}
		}
		e.When.Precision, _ = event.DatePrecisionFromUCDP(code)
	}
	return nil
}

// deathCols are the columns of death figures, in the order parseDeaths
// reads them.
var deathCols = [7]col{cDeathsA, cDeathsB, cDeathsCivilians, cDeathsUnknown, cLow, cBest, cHigh}

// parseDeaths reads the deaths per side, civilians and unknown, and
// low/best/high, as figures attributed to UCDP, and sets the warnings.
func (r *Reader) parseDeaths(get func(col) string, e *event.Event, refA, refB actor.Ref) *cellError {
	var n [7]int64
	var have [7]bool
	cols := deathCols
	for i, c := range cols {
		s := get(c)
		if s == "" {
			continue
		}
		v, err := count(s)
		if err != nil {
			return &cellError{c, fmt.Errorf("ucdp: %s %s: %w", colNames[c], fielderr.Quote(s), err)}
		}
		n[i], have[i] = v, true
	}
	if have[4] != have[5] || have[5] != have[6] {
		for i := 4; i < 7; i++ {
			if !have[i] {
				return &cellError{cols[i], fmt.Errorf("ucdp: %s is empty: low, best and high go together: %w", colNames[cols[i]], event.ErrMissing)}
			}
		}
	}
	anyCell := false
	for _, h := range have {
		anyCell = anyCell || h
	}
	if !anyCell {
		return nil
	}
	e.Casualties = make([]event.Casualty, 0, 5)
	fig := func(g casualty.Group, c casualty.Count, party actor.Ref, note string) {
		e.Casualties = append(e.Casualties, event.Casualty{Figure: casualty.Figure{Outcome: casualty.Killed, Group: g, Count: c},
			Party: party, Citation: CitationID, Note: note})
	}
	partyGroup := func(a actor.Ref) casualty.Group {
		if a.Kind == actor.KindCivilians {
			return casualty.Civilians
		}
		return casualty.Combatants
	}
	if have[0] {
		fig(partyGroup(refA), casualty.Exactly(n[0]), refA, "")
	}
	if have[1] {
		fig(partyGroup(refB), casualty.Exactly(n[1]), refB, "")
	}
	if have[2] {
		fig(casualty.Civilians, casualty.Exactly(n[2]), actor.Ref{}, "")
	}
	if have[3] {
		fig(casualty.Unidentified, casualty.Exactly(n[3]), actor.Ref{}, noteUnknown)
	}
	if have[5] {
		low, best, high := n[4], n[5], n[6]
		fig(casualty.People, casualty.Estimate(low, best, high), actor.Ref{}, noteTotal)
		if low > best {
			r.warn("low", ErrRangeOrder, "low %d is above best %d (kept as UCDP publishes it)", low, best)
		}
		if best > high {
			r.warn("high", ErrRangeOrder, "best %d is above high %d (kept as UCDP publishes it)", best, high)
		}
		if have[0] && have[1] && have[2] && have[3] {
			if sum := n[0] + n[1] + n[2] + n[3]; sum != best {
				r.warn("best", ErrDeathsSum, "deaths_a + deaths_b + deaths_civilians + deaths_unknown = %d, best is %d", sum, best)
			}
		}
	}
	return nil
}

func (r *Reader) warn(path string, code error, format string, args ...any) {
	r.warnings = append(r.warnings, event.Problem{Path: path, Code: code, Severity: event.Warning, Message: fmt.Sprintf(format, args...)})
}

// parseWhere reads the place columns, the point and where_prec.
func (r *Reader) parseWhere(get func(col) string, e *event.Event, x *Extra) *cellError {
	w := &e.Where
	prec := 0
	if s := get(cWherePrec); s != "" {
		code, ok := smallCode(s, 1, 7)
		if !ok {
			return &cellError{cWherePrec, fmt.Errorf("ucdp: where_prec %s: want 1 to 7: %w", fielderr.Quote(s), ErrBadCode)}
		}
		prec = code
		w.Precision, _ = place.PrecisionFromUCDP(code)
	}
	if prec == 2 {
		w.Relation = place.RelationNear // "a limited area around a named place"
	}
	region, country, adm1, adm2, name := get(cRegion), get(cCountry), get(cAdm1), get(cAdm2), get(cWhereCoordinates)
	n := 0
	for _, s := range [...]string{region, country, adm1, adm2} {
		if s != "" {
			n++
		}
	}
	if n > 0 {
		w.Place.Path = make([]place.Unit, 0, n)
	}
	if region != "" {
		w.Place.Path = append(w.Place.Path, place.Unit{Level: place.LevelArea, Name: region})
	}
	if country != "" {
		u := place.Unit{Level: place.LevelCountry, Name: country}
		if iso3 := get(cISO3); iso3 != "" {
			if c, err := place.ParseCountry(iso3); err == nil {
				u.Code = c.Alpha2()
			}
		}
		w.Place.Path = append(w.Place.Path, u)
	}
	if adm1 != "" {
		w.Place.Path = append(w.Place.Path, place.Unit{Level: place.LevelAdmin1, Name: adm1})
	}
	if adm2 != "" {
		w.Place.Path = append(w.Place.Path, place.Unit{Level: place.LevelAdmin2, Name: adm2})
	}
	w.Place.Name = name
	// The coded place is the admin unit itself when UCDP coded its centroid
	// (where_prec 3 and 4) and named it; a town or village otherwise.
	switch {
	case prec == 3 && adm2 != "" && name == adm2:
		w.Place.Path = w.Place.Path[:len(w.Place.Path)-1]
		w.Place.Level = place.LevelAdmin2
	case prec == 4 && adm2 == "" && adm1 != "" && name == adm1:
		w.Place.Path = w.Place.Path[:len(w.Place.Path)-1]
		w.Place.Level = place.LevelAdmin1
	case (prec == 1 || prec == 2) && name != "":
		w.Place.Level = place.LevelLocality
	}
	if len(w.Place.Path) == 0 {
		w.Place.Path = nil
	}
	w.Text = get(cWhereDescription)

	lat, lon := get(cLatitude), get(cLongitude)
	switch {
	case lat != "" || lon != "":
		if lat == "" {
			return &cellError{cLatitude, fmt.Errorf("ucdp: latitude is empty but longitude is not: %w", event.ErrMissing)}
		}
		if lon == "" {
			return &cellError{cLongitude, fmt.Errorf("ucdp: longitude is empty but latitude is not: %w", event.ErrMissing)}
		}
		la, err := coordinate(lat, 90)
		if err != nil {
			return &cellError{cLatitude, fmt.Errorf("ucdp: latitude %s: %w", fielderr.Quote(lat), err)}
		}
		lo, err := coordinate(lon, 180)
		if err != nil {
			return &cellError{cLongitude, fmt.Errorf("ucdp: longitude %s: %w", fielderr.Quote(lon), err)}
		}
		w.Point = &place.Point{Lat: la, Lon: lo}
	case get(cGeomWKT) != "":
		// The 23.1 GeoJSON release and some extracts have the geometry
		// only.
		p, _, ok := parseWKT(get(cGeomWKT))
		if !ok {
			return &cellError{cGeomWKT, fmt.Errorf("ucdp: geom_wkt %s: want POINT (lon lat): %w", fielderr.Quote(get(cGeomWKT)), ErrBadNumber)}
		}
		w.Point = &p
	}
	if w.Point != nil {
		x.WKTDecimals = wktDecimals(get(cGeomWKT), *w.Point)
		if w.Point.IsNullIsland() {
			path := "latitude"
			if lat == "" {
				path = "geom_wkt"
			}
			r.warn(path, event.ErrNullIsland, "point (0, 0), which almost always stands for a missing value (kept as read)")
		}
	}
	return nil
}

// parseSources reads the source columns into citations, after a citation
// of UCDP itself if the row has death figures.
func parseSources(get func(col) string, e *event.Event, x *Extra, figures bool) *cellError {
	x.SourceOriginal = get(cSourceOriginal)
	if s := get(cNumberOfSources); s != "" {
		n, ok := wholeNumber(s)
		if !ok || n < -1 || n > math.MaxInt32 {
			return &cellError{cNumberOfSources, fmt.Errorf("ucdp: number_of_sources %s: want a count or -1: %w", fielderr.Quote(s), ErrBadNumber)}
		}
		v := int(n)
		x.NumberOfSources = &v
	}
	article := get(cSourceArticle)
	var buf [4]sourceItem
	items, ok := splitArticle(article, buf[:0])
	if !ok {
		x.SourceArticle = article
		items, ok = splitParallel(get(cSourceOffice), get(cSourceDate), get(cSourceHeadline), buf[:0])
	}
	if !ok {
		items = items[:0]
	}
	n := len(items)
	if figures {
		n++
	}
	if n == 0 {
		return nil
	}
	e.Citations = make([]source.Citation, 0, n)
	if figures {
		e.Cite(source.Citation{ID: CitationID, Source: source.Ref{Name: ucdpName}})
	}
	for i, it := range items {
		e.Cite(newsCitation(i, it))
	}
	return nil
}

// smallCode reads a code in lo..hi, as UCDP writes it ("3") or as a
// float column does ("3.0").
func smallCode(s string, lo, hi int) (int, bool) {
	if len(s) == 1 && s[0] >= '0'+byte(lo) && s[0] <= '0'+byte(hi) {
		return int(s[0] - '0'), true // the common case, without parsing
	}
	v, ok := wholeNumber(s)
	if !ok || v < int64(lo) || v > int64(hi) {
		return 0, false
	}
	return int(v), true
}

// plainInt reports whether s is an optional '-' and decimal digits.
func plainInt(s string) bool {
	if s != "" && s[0] == '-' {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// count reads a number of deaths: decimal digits, or a whole number as a
// float column writes it ("3.0", "1e+05"); no sign.
func count(s string) (int64, error) {
	if plainInt(s) {
		if s[0] == '-' {
			return 0, casualty.ErrNegative
		}
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil || v > casualty.MaxCount {
			return 0, casualty.ErrOverflow
		}
		return v, nil
	}
	if !floatText(s) {
		return 0, ErrBadNumber
	}
	v, _ := strconv.ParseFloat(s, 64) // ±Inf when out of range
	switch {
	case v != math.Trunc(v):
		return 0, ErrBadNumber
	case v < 0:
		return 0, casualty.ErrNegative
	case v > float64(casualty.MaxCount):
		return 0, casualty.ErrOverflow
	}
	return int64(v), nil
}

// coordinate reads a decimal coordinate within ±limit.
func coordinate(s string, limit float64) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || !floatText(s) {
		return 0, ErrBadNumber
	}
	if v < -limit || v > limit {
		return 0, event.ErrBadPoint
	}
	return v, nil
}

// parseWKT reads "POINT (lon lat)" and returns the point and the number of
// decimals of its longitude.
func parseWKT(s string) (place.Point, int, bool) {
	body, ok := strings.CutPrefix(s, "POINT (")
	if !ok {
		return place.Point{}, 0, false
	}
	body, ok = strings.CutSuffix(body, ")")
	if !ok {
		return place.Point{}, 0, false
	}
	lonText, latText, ok := strings.Cut(body, " ")
	if !ok {
		return place.Point{}, 0, false
	}
	lon, err1 := coordinate(lonText, 180)
	lat, err2 := coordinate(latText, 90)
	if err1 != nil || err2 != nil {
		return place.Point{}, 0, false
	}
	decimals := 0
	if _, frac, ok := strings.Cut(lonText, "."); ok {
		decimals = len(frac)
	}
	return place.Point{Lat: lat, Lon: lon}, decimals, true
}

// wktDecimals tells how geom_wkt was written for point p: 0 when in the
// shortest form (as the writer writes latitude and longitude), else the
// fixed number of decimals if that reproduces it exactly. Anything else
// gives 0 and is kept verbatim.
func wktDecimals(wkt string, p place.Point) int {
	var buf [64]byte
	if wkt == "" || wkt == string(appendWKT(buf[:0], p, 0)) {
		return 0
	}
	if _, d, ok := parseWKT(wkt); ok && d > 0 && d <= 17 && wkt == string(appendWKT(buf[:0], p, d)) {
		return d
	}
	return 0
}
