package acled

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
)

// encoder turns an event into the cells of one row. The Writer uses it to
// write, and the Reader to find the cells the Writer would not regenerate
// (Extra.Verbatim): one piece of code decides both, so that a row read and
// written back is the same.
type encoder struct {
	family string       // layout family; "" is treated as the current layout
	names  []string     // header cells
	keys   []string     // lower-cased header cells: the keys of Extra.Verbatim
	cols   []col        // the known column of each header cell, or colUnknown
	pos    [numCols]int // header position of each known column, or -1
	occ    []int        // for unknown columns: how many earlier columns share the name

	dateForm  DateForm  // resolved: never unspecified
	interForm InterForm // resolved: never unspecified

	buf   []byte                   // the cells of the row last encoded, one after another
	ends  []int                    // end of each cell in buf
	row   []string                 // the cells as strings, for the Writer
	types map[event.Type]typeCells // cache of type labels, bounded
	parts parts

	lastCode    string // the last country code looked up, and its country
	lastCountry place.Country

	// actors, if set, names the participants of events from other formats
	// by their ACLED names (Writer.Actors).
	actors *actor.Registry
	// fatal is the fatalities cell's number and the figures it rests on.
	fatal fatalCell
}

// fatalCell is what the fatalities cell was made of.
type fatalCell struct {
	n    int64
	ok   bool
	own  bool  // ACLED's own figure, attributed to CitationID
	used []int // indexes in Event.Casualties of the figures behind n
}

// typeCells are the cells a type writes in the current and the old layouts.
type typeCells struct {
	eventType, subEventType string // current labels
	legacy                  string // event_type of the 2016 and version 5 layouts
	disorder                string // the type's usual disorder types, joined
	err                     error
	// The types a Reader gives those labels back: both current labels, the
	// event type alone (a layout without sub_event_type), the old label.
	back, eventBack, legacyBack event.Type
}

// parts are the model facts a row needs, gathered once per event.
type parts struct {
	actor1, actor2 int // index of the participant written, -1 for none
	assoc1, assoc2 []string
	actors         []writtenActor // how each participant is written, by index
	sources        []string       // outlet names, each once
}

// newEncoder prepares an encoder for a header.
func newEncoder(family string, names []string, df DateForm, inter InterForm) *encoder {
	enc := &encoder{family: family, names: names, dateForm: df, interForm: inter}
	if !enc.dateForm.valid() {
		enc.dateForm = defaultDateForm(family)
	}
	if enc.interForm != InterText {
		enc.interForm = InterNumeric
	}
	enc.cols = layoutCols(names)
	for c := range enc.pos {
		enc.pos[c] = -1
	}
	for i, c := range enc.cols {
		if c != colUnknown && enc.pos[c] < 0 {
			enc.pos[c] = i
		}
	}
	enc.keys = make([]string, len(names))
	enc.occ = make([]int, len(names))
	for i, n := range names {
		enc.keys[i] = strings.ToLower(strings.TrimSpace(n))
		if enc.cols[i] == colUnknown {
			for j := range i {
				if enc.cols[j] == colUnknown && strings.EqualFold(names[j], n) {
					enc.occ[i]++
				}
			}
		}
	}
	enc.row = make([]string, len(names))
	enc.ends = make([]int, len(names))
	enc.types = map[event.Type]typeCells{}
	return enc
}

// defaultDateForm is the form a family's files usually have.
func defaultDateForm(family string) DateForm {
	if family == LayoutV5 {
		return DateSlash
	}
	return DateISO
}

// layoutCols maps header cells to known columns. A known column named twice
// (say both assoc_actor_1 and its old name ally_actor_1) is known only the
// first time; the repeat is kept as an unknown column.
func layoutCols(names []string) []col {
	cols := make([]col, len(names))
	var seen [numCols]bool
	for i, n := range names {
		c := colOf(n)
		if c != colUnknown && seen[c] {
			c = colUnknown
		}
		seen[c] = true
		cols[i] = c
	}
	return cols
}

// oldFamily reports whether a family writes the event types of the 2016 and
// version 5 files.
func oldFamily(family string) bool { return family == LayoutRealtime2016 || family == LayoutV5 }

// sameFamily reports whether rows of families a and b have the same cells
// (HDX files are the current layout plus an HXL row).
func sameFamily(a, b string) bool {
	norm := func(s string) string {
		if s == LayoutHDX || s == "" {
			return LayoutCurrent
		}
		return s
	}
	return norm(a) == norm(b)
}

// legacyTypes are the event types of the 2016 and version 5 files, by the
// current type they map to (the inverse of event.TypeFromACLED's legacy
// table). A type not listed writes its nearest listed ancestor's label,
// else its current event type.
var legacyTypes = map[event.Type]string{
	event.ArmedClash:                      "Battle-No change of territory",
	event.GovernmentRegainsTerritory:      "Battle-Government regains territory",
	event.NonStateActorOvertakesTerritory: "Battle-Non-state actor overtakes territory",
	event.ExplosionsRemoteViolence:        "Remote violence",
	event.ViolenceAgainstCivilians:        "Violence against civilians",
	event.Protests:                        "Riots/Protests",
	event.Riots:                           "Riots/Protests",
	event.NonViolentTransferOfTerritory:   "Non-violent transfer of territory",
	event.HeadquartersOrBaseEstablished:   "Headquarters or base established",
	event.StrategicDevelopments:           "Strategic development",
}

// typeCells returns the cells of type t, from the cache.
func (enc *encoder) typeCells(t event.Type) typeCells {
	if tc, ok := enc.types[t]; ok {
		return tc
	}
	var tc typeCells
	for u := t; ; u = u.Parent() {
		info, ok := u.Info()
		if !ok {
			break
		}
		if tc.legacy == "" {
			tc.legacy = legacyTypes[u]
		}
		if tc.disorder == "" && len(info.Disorder) > 0 {
			tc.disorder = joinDisorder(info.Disorder)
		}
		if tc.eventType == "" && !info.ACLED.IsZero() {
			tc.eventType, tc.subEventType = info.ACLED.EventType, info.ACLED.SubEventType
		}
		if u.Parent() == "" {
			break
		}
	}
	if tc.eventType == "" {
		tc.err = fmt.Errorf("type %q has no ACLED counterpart: %w", t, ErrUnwritable)
	}
	if tc.legacy == "" {
		// No old label: the current event type is the nearest fit.
		tc.legacy = tc.eventType
	}
	tc.back, _ = event.TypeFromACLED(tc.eventType, tc.subEventType)
	tc.eventBack, _ = event.TypeFromACLED(tc.eventType, "")
	tc.legacyBack, _ = event.TypeFromACLED(tc.legacy, "")
	if len(enc.types) >= 256 {
		clear(enc.types)
	}
	enc.types[t] = tc
	return tc
}

func joinDisorder(ds []event.Disorder) string { return string(appendDisorder(nil, ds)) }

// encode writes the cells of e (with x, the event's Extra, or nil) into
// enc.buf; cell i is enc.cell(i). rowNum numbers the row for the unnamed
// index column of the 2016 file.
func (enc *encoder) encode(e *event.Event, x *Extra, rowNum int) error {
	foreign := x == nil
	if foreign {
		x = &Extra{}
	}
	tc := enc.typeCells(e.Type)
	if e.Type == "" {
		tc.err = fmt.Errorf("event has no type: %w", ErrUnwritable)
	}
	day, hasDay := eventDay(e.When)
	enc.gather(e, foreign, day, hasDay)
	eventCountry := ""
	if cc, ok := enc.countryOf(e); ok {
		eventCountry = cc.Alpha2()
	}
	code1, code2 := enc.parts.interCode(enc.parts.actor1, eventCountry), enc.parts.interCode(enc.parts.actor2, eventCountry)
	enc.fatal = fatalities(e, enc.fatal.used[:0])
	b := enc.buf[:0]
	for i, c := range enc.cols {
		switch c {
		case colUnknown:
			b = enc.unknown(b, x, i, rowNum)
		case colEventIDCnty:
			b = append(b, keyValue(e, KeyScheme)...)
		case colEventIDNoCnty:
			b = append(b, x.EventIDNoCnty...)
		case colDataID:
			if x.DataID != "" {
				b = append(b, x.DataID...)
			} else {
				b = append(b, keyValue(e, DataIDScheme)...)
			}
		case colEventDate:
			if !hasDay {
				// A row without a date cannot be read back.
				enc.buf = b
				return &WriteError{ID: e.ID, Field: enc.names[i], Err: fmt.Errorf("event has no date: %w", ErrUnwritable)}
			}
			b = enc.dateForm.appendDate(b, day)
		case colYear:
			if hasDay {
				b = strconv.AppendInt(b, int64(day.Year()), 10)
			}
		case colTimePrecision:
			if n, ok := e.When.Precision.ACLED(); ok {
				b = strconv.AppendInt(b, int64(n), 10)
			}
		case colDisorderType:
			if x.Layout != "" && familyHas(x.Layout, colDisorderType) {
				b = appendDisorder(b, x.Disorder)
			} else {
				b = append(b, tc.disorder...)
			}
		case colEventType:
			if tc.err != nil {
				enc.buf = b
				return &WriteError{ID: e.ID, Field: enc.names[i], Err: tc.err}
			}
			if oldFamily(enc.family) {
				b = append(b, tc.legacy...)
			} else {
				b = append(b, tc.eventType...)
			}
		case colSubEventType:
			b = append(b, tc.subEventType...)
		case colActor1:
			b = append(b, enc.parts.actorName(enc.parts.actor1)...)
		case colActor2:
			b = append(b, enc.parts.actorName(enc.parts.actor2)...)
		case colAssoc1:
			b = appendJoined(b, enc.parts.assoc1)
		case colAssoc2:
			b = appendJoined(b, enc.parts.assoc2)
		case colInter1:
			b = append(b, enc.inter(code1)...)
		case colInter2:
			b = append(b, enc.inter(code2)...)
		case colInteraction:
			b = append(b, interactionOf(code1, code2, enc.interForm)...)
		case colCivilianTargeting:
			civ := x.CivilianTargeting
			if x.Layout == "" || !familyHas(x.Layout, colCivilianTargeting) {
				civ = civilianTarget(e)
			}
			if civ {
				b = append(b, civilianTargeting...)
			}
		case colISO:
			if cc, ok := enc.countryOf(e); ok {
				b = strconv.AppendInt(b, int64(cc.Numeric()), 10)
			}
		case colISO3:
			if cc, ok := enc.countryOf(e); ok {
				b = append(b, cc.Alpha3()...)
			}
		case colGWNO:
			b = append(b, x.GWNO...)
		case colRegion:
			b = append(b, x.Region...)
		case colCountry:
			b = append(b, unitName(e.Where.Place, place.LevelCountry)...)
		case colAdmin1:
			b = append(b, unitName(e.Where.Place, place.LevelAdmin1)...)
		case colAdmin2:
			b = append(b, unitName(e.Where.Place, place.LevelAdmin2)...)
		case colAdmin3:
			b = append(b, unitName(e.Where.Place, place.LevelAdmin3)...)
		case colLocation:
			b = append(b, e.Where.Place.Name...)
		case colLatitude:
			if pt := e.Where.Point; pt != nil {
				b = strconv.AppendFloat(b, pt.Lat, 'f', -1, 64)
			}
		case colLongitude:
			if pt := e.Where.Point; pt != nil {
				b = strconv.AppendFloat(b, pt.Lon, 'f', -1, 64)
			}
		case colGeoPrecision:
			if n, ok := e.Where.Precision.ACLED(); ok {
				b = strconv.AppendInt(b, int64(n), 10)
			}
		case colSource:
			b = appendJoined(b, enc.parts.sources)
		case colSourceScale:
			b = append(b, x.SourceScale...)
		case colNotes:
			b = append(b, e.Notes...)
		case colFatalities:
			if enc.fatal.ok {
				b = strconv.AppendInt(b, enc.fatal.n, 10)
			}
		case colTags:
			b = appendJoined(b, e.Tags)
		case colTimestamp:
			if x.Timestamp != 0 {
				b = strconv.AppendInt(b, x.Timestamp, 10)
			}
		}
		enc.ends[i] = len(b)
	}
	enc.buf = b
	return nil
}

// cell returns cell i of the row last encoded.
func (enc *encoder) cell(i int) []byte {
	start := 0
	if i > 0 {
		start = enc.ends[i-1]
	}
	return enc.buf[start:enc.ends[i]]
}

// strings returns the row last encoded as strings (one allocation), with
// the cells of x.Verbatim in place of the regenerated ones if verbatim is
// set.
func (enc *encoder) strings(x *Extra, verbatim bool) []string {
	all := string(enc.buf)
	start := 0
	for i, end := range enc.ends {
		enc.row[i] = all[start:end]
		start = end
	}
	if verbatim && x != nil {
		for i, k := range enc.keys {
			if v, ok := x.Verbatim[k]; ok {
				enc.row[i] = v
			}
		}
	}
	return enc.row
}

// civilianTargeting is the one value of civilian_targeting besides empty.
const civilianTargeting = "Civilian targeting"

// unknown returns the cell of header column i, which the package does not
// know, from x.Columns: the occ[i]-th entry of that name. The unnamed index
// column of the 2016 file is numbered when the event has no value for it.
func (enc *encoder) unknown(b []byte, x *Extra, i, rowNum int) []byte {
	name, n := enc.names[i], enc.occ[i]
	for _, c := range x.Columns {
		if strings.EqualFold(c.Name, name) {
			if n == 0 {
				return append(b, c.Value...)
			}
			n--
		}
	}
	if name == "" {
		return strconv.AppendInt(b, int64(rowNum), 10)
	}
	return b
}

// appendJoined appends values joined with "; ", as ACLED joins them.
func appendJoined(b []byte, vals []string) []byte {
	for i, v := range vals {
		if i > 0 {
			b = append(b, "; "...)
		}
		b = append(b, v...)
	}
	return b
}

// appendDisorder appends the labels of ds joined with "; ".
func appendDisorder(b []byte, ds []event.Disorder) []byte {
	for i, d := range ds {
		if i > 0 {
			b = append(b, "; "...)
		}
		b = append(b, d.Label()...)
	}
	return b
}

// inter returns the inter cell of inter code n (see parts.interCode): the
// code, "0" (numeric) or "" (text) for no actor, and "" for an actor whose
// kind is no ACLED category.
func (enc *encoder) inter(n int) string {
	switch {
	case n < 0:
		return ""
	case enc.interForm == InterText:
		return interLabel(n)
	}
	return interDigits[n]
}

var interDigits = [...]string{"0", "1", "2", "3", "4", "5", "6", "7", "8"}

// interCode returns an actor's inter code by its kind alone, 0 for no
// actor, and false for an actor whose kind is no ACLED category.
func interCode(a *actor.Ref) (int, bool) {
	if a == nil {
		return 0, true
	}
	return a.Kind.ACLEDInter()
}

// interaction derives the interaction cell from two actors by their kinds
// alone (see interactionOf).
func interaction(a1, a2 *actor.Ref, form InterForm) string {
	c1, ok1 := interCode(a1)
	c2, ok2 := interCode(a2)
	if !ok1 {
		c1 = -1
	}
	if !ok2 {
		c2 = -1
	}
	return interactionOf(c1, c2, form)
}

// interactionOf derives the interaction cell from the two inter codes (0:
// no actor; -1: an actor whose kind is no ACLED category): the codes lower
// first ("17"; "10" without a second actor) or their labels ("Rebel
// group-Civilians"; "Protesters only"). It is "" when an actor has no
// code or there is no actor at all.
func interactionOf(c1, c2 int, form InterForm) string {
	if c1 < 0 || c2 < 0 || c1 == 0 && c2 == 0 {
		return ""
	}
	lo, hi := min(c1, c2), max(c1, c2)
	if form == InterText {
		return interactionTexts[lo][hi]
	}
	return interactionCodes[lo][hi]
}

// interactionCodes and interactionTexts hold every interaction cell, by
// lower and higher inter code, so that none is built per row.
var interactionCodes, interactionTexts = func() (codes, texts [9][9]string) {
	for lo := range 9 {
		for hi := lo; hi < 9; hi++ {
			switch {
			case hi == 0:
			case lo == 0:
				codes[lo][hi] = interDigits[hi] + "0"
				texts[lo][hi] = interLabel(hi) + " only"
			default:
				codes[lo][hi] = interDigits[lo] + interDigits[hi]
				texts[lo][hi] = interLabel(lo) + "-" + interLabel(hi)
			}
		}
	}
	return codes, texts
}()

// interLabel returns the 2024+ text label of inter code n (1 to 8).
func interLabel(n int) string {
	k, err := actor.KindFromACLEDInter(n)
	if err != nil {
		return ""
	}
	l, _ := k.ACLEDLabel()
	return l
}

// keyValue returns the value of e's first key in scheme.
func keyValue(e *event.Event, scheme string) string {
	for _, k := range e.Keys {
		if k.Scheme == scheme {
			return k.Value
		}
	}
	return ""
}

// eventDay returns the day ACLED would code: the start, or the end of a
// range open at the start.
func eventDay(w event.When) (d date.Date, ok bool) {
	switch {
	case w.IsZero():
		return 0, false
	case !w.OpenStart:
		return w.Start, true
	case !w.OpenEnd:
		return w.End, true
	}
	return 0, false
}

// civilianTarget reports whether e names a civilian target, for the
// civilian_targeting column of an event that was not read from a file that
// has it.
func civilianTarget(e *event.Event) bool {
	for _, p := range e.Participants {
		if (p.Role == event.Target || p.Role == event.TargetAssociate) && p.Actor.Kind == actor.KindCivilians {
			return true
		}
	}
	return false
}

// countryOf returns the country of e's place: the code of the country unit
// in its path. (A place.Ref carries codes only for the units of its path.)
func (enc *encoder) countryOf(e *event.Event) (place.Country, bool) {
	code := ""
	for _, u := range e.Where.Place.Path {
		if u.Level == place.LevelCountry {
			code = u.Code
			break
		}
	}
	if code == "" {
		return place.Country{}, false
	}
	if code == enc.lastCode {
		return enc.lastCountry, true
	}
	cc, err := place.ParseCountry(code)
	if err != nil {
		return cc, false
	}
	enc.lastCode, enc.lastCountry = code, cc
	return cc, true
}

// unitName returns the name of the unit of level l in ref's path, or ref's
// own name if ref is of that level.
func unitName(ref place.Ref, l place.Level) string {
	if ref.Level == l {
		return ref.Name
	}
	for _, u := range ref.Path {
		if u.Level == l {
			return u.Name
		}
	}
	return ""
}

// fatalities returns the number for the fatalities column, with the
// figures it rests on appended to used: ACLED's own killed figure
// (attributed to CitationID) if the event has one — the smallest lower
// bound, or best estimate where a figure states none, among them — so that
// a row read and written back keeps its number; else the Low total of
// event.Toll over all the event's figures, the most conservative credible
// total (ACLED records "the lowest number of reported fatalities" when
// sources differ). It reports not ok when no figure gives a number.
func fatalities(e *event.Event, used []int) fatalCell {
	best, found := int64(0), false
	for i := range e.Casualties {
		c := &e.Casualties[i]
		if c.Outcome != casualty.Killed || c.Citation != CitationID || !c.Party.IsZero() || (c.Group != "" && c.Group != casualty.People) {
			continue
		}
		n, ok := c.Count.Low()
		if !ok {
			n, ok = c.Count.Best()
		}
		if ok && (!found || n < best) {
			best, found = n, true
			used = append(used[:0], i)
		} else if ok && n == best {
			used = append(used, i)
		}
	}
	if found {
		return fatalCell{n: best, ok: true, own: true, used: used}
	}
	t := e.Toll(nil).Low
	return fatalCell{n: t.N, ok: t.OK, used: append(used[:0], t.Used...)}
}
