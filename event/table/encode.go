package table

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/rickb777/date/v2"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/isodate"
	"github.com/conflictkit/conflict/internal/vocab"
	"github.com/conflictkit/conflict/place"
)

// rows collects the rows of one record, per table, before any is written,
// so that a value that cannot be written leaves every table untouched.
type rows struct {
	buf [numTables][][]string
	n   [numTables]int
}

func (r *rows) reset() { r.n = [numTables]int{} }

// add returns a new row of table t with every cell empty.
func (r *rows) add(t tableID) []string {
	if r.n[t] < len(r.buf[t]) {
		row := r.buf[t][r.n[t]]
		clear(row)
		r.n[t]++
		return row
	}
	row := make([]string, len(tables[t].cols))
	r.buf[t] = append(r.buf[t], row)
	r.n[t]++
	return row
}

// textCode is a string code type of the model (event.Type, actor.ID, ...).
type textCode interface {
	~string
	MarshalText() ([]byte, error)
}

// code returns a code's cell. MarshalText decides what is writable; a
// well-formed code (the SDK's one code syntax, at most 64 bytes), which
// every code type accepts, skips the call and its allocation.
func code[T textCode](v T) (string, error) {
	if v == "" || vocab.CheckSyntax(string(v)) == nil {
		return string(v), nil
	}
	if _, err := v.MarshalText(); err != nil {
		return "", err
	}
	return string(v), nil
}

// closedText is a value of a closed code set or another small value type
// whose zero value is written as an empty cell.
type closedText interface {
	comparable
	MarshalText() ([]byte, error)
}

// closed returns the cell of a closed-set value: empty for the zero value
// (unspecified), else its text form.
func closed[T closedText](v T) (string, error) {
	var zero T
	if v == zero {
		return "", nil
	}
	b, err := v.MarshalText()
	return string(b), err
}

// count returns an n_ cell: empty for a nil list, else its length.
func count(isNil bool, n int) string {
	if isNil {
		return ""
	}
	return strconv.Itoa(n)
}

// ordinal returns the 1-based ordinal cell of item i.
func ordinal(i int) string { return strconv.Itoa(i + 1) }

// tag returns a language tag's cell: empty for language.Und.
func tag(t language.Tag) string {
	if t == language.Und {
		return ""
	}
	return t.String()
}

// day returns a calendar day's cell, refusing years that the strict
// YYYY-MM-DD form cannot carry (as the JSON form does).
func day(d date.Date) (string, error) {
	if err := isodate.CheckYear(d.Year()); err != nil {
		return "", fmt.Errorf("table: %w %q: %v", event.ErrBadDate, d.String(), err)
	}
	return isoDay(d), nil
}

// isoDay formats d (in years 0000-9999) as YYYY-MM-DD, as d.String does,
// without its formatting machinery.
func isoDay(d date.Date) string {
	y, m, dd := d.Date()
	if y < 0 || y > 9999 {
		return d.String()
	}
	b := [10]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(m)/10), byte('0' + int(m)%10), '-',
		byte('0' + dd/10), byte('0' + dd%10),
	}
	return string(b[:])
}

// keys returns the keys cell: "scheme:value; ..." or, when a key does not
// fit that form (a scheme with ':' or ';', a value with ';'), a JSON array.
func keys(ks []event.Key) (string, error) {
	return joinList(len(ks), ks == nil, func(i int) (string, bool) {
		k := ks[i]
		ok := !strings.ContainsAny(k.Scheme, ":;") && !strings.Contains(k.Value, ";") && (i > 0 || !strings.HasPrefix(k.Scheme, "["))
		return k.Scheme + ":" + k.Value, ok
	}, func() any { return ks })
}

// placeIDs returns a list cell of place IDs.
func placeIDs(ids []place.ID) (string, error) {
	for i, id := range ids {
		if _, err := code(id); err != nil {
			return "", fmt.Errorf("[%d]: %w", i, err)
		}
	}
	return joinList(len(ids), ids == nil,
		func(i int) (string, bool) { return string(ids[i]), plainItem(string(ids[i]), i) },
		func() any { return ids })
}

// whenCells returns the start, end and date_precision cells of a valid
// When: empty for the unknown date, ".." for an open end.
func whenCells(w event.When) (start, end, prec string) {
	if w.IsZero() {
		return "", "", ""
	}
	start, end = openEnd, openEnd
	if !w.OpenStart {
		start = isoDay(w.Start)
	}
	if !w.OpenEnd {
		end = isoDay(w.End)
	}
	return start, end, w.Precision.String()
}

// openEnd is the start or end cell of an open-ended range, as in an ISO
// 8601 interval ("../2019-08-31").
const openEnd = ".."

// point returns the lat and lon cells of an optional point.
func point(p *place.Point) (lat, lon string, err error) {
	if p == nil {
		return "", "", nil
	}
	if err := p.Validate(); err != nil {
		return "", "", err
	}
	return formatFloat(p.Lat), formatFloat(p.Lon), nil
}

// extValue returns an extension member's cell: its compact JSON, as the
// canonical form writes it ("null" for an empty raw value).
func extValue(raw json.RawMessage) (string, error) {
	if len(raw) == 0 {
		return "null", nil
	}
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return "", fmt.Errorf("table: %w: %w", event.ErrBadExt, err)
	}
	return b.String(), nil
}

// encodeEvent adds the rows of e to r.
func encodeEvent(r *rows, e *event.Event) error {
	fail := func(err error, format string, args ...any) error {
		return &WriteError{ID: e.ID, Field: fmt.Sprintf(format, args...), Err: err}
	}
	var err error
	id := e.ID.String()
	row := r.add(tEvents)
	row[evID] = id
	if row[evKeys], err = keys(e.Keys); err != nil {
		return fail(err, "keys")
	}
	if row[evType], err = code(e.Type); err != nil {
		return fail(err, "type")
	}
	row[evTitle] = e.Title
	if err := e.When.Validate(); err != nil {
		return fail(err, "when")
	}
	row[evStart], row[evEnd], row[evDatePrecision] = whenCells(e.When)
	wh := &e.Where
	if row[evPlaceID], row[evPlaceName], row[evPlaceLevel], err = placeRef(&wh.Place); err != nil {
		return fail(err, "where.place")
	}
	if row[evPlaceRelation], err = closed(wh.Relation); err != nil {
		return fail(err, "where.relation")
	}
	if row[evOtherID], row[evOtherName], row[evOtherLevel], err = placeRef(&wh.Other); err != nil {
		return fail(err, "where.other")
	}
	if row[evLat], row[evLon], err = point(wh.Point); err != nil {
		return fail(err, "where.point")
	}
	if row[evGeoPrecision], err = closed(wh.Precision); err != nil {
		return fail(err, "where.precision")
	}
	row[evLocationText] = wh.Text
	row[evNotes] = e.Notes
	if row[evTags], err = joinStrings(e.Tags); err != nil {
		return fail(err, "tags")
	}
	row[evNPath] = count(wh.Place.Path == nil, len(wh.Place.Path))
	row[evNOtherPath] = count(wh.Other.Path == nil, len(wh.Other.Path))
	row[evNParticipants] = count(e.Participants == nil, len(e.Participants))
	row[evNCasualties] = count(e.Casualties == nil, len(e.Casualties))
	row[evNCitations] = count(e.Citations == nil, len(e.Citations))
	row[evNClaims] = count(e.Claims == nil, len(e.Claims))
	row[evNRelated] = count(e.Related == nil, len(e.Related))
	row[evNExt] = count(e.Ext == nil, len(e.Ext))

	for _, p := range [2]struct {
		of, field string
		path      []place.Unit
	}{{ofPlace, "where.place", wh.Place.Path}, {ofOtherPlace, "where.other", wh.Other.Path}} {
		for i, u := range p.path {
			row := r.add(tPaths)
			row[paEventID], row[paOf], row[paN] = id, p.of, ordinal(i)
			if row[paLevel], err = closed(u.Level); err != nil {
				return fail(err, "%s.path[%d].level", p.field, i)
			}
			if row[paID], err = code(u.ID); err != nil {
				return fail(err, "%s.path[%d].id", p.field, i)
			}
			row[paCode], row[paName] = u.Code, u.Name
		}
	}
	for i := range e.Participants {
		p := &e.Participants[i]
		row := r.add(tParticipants)
		row[ptEventID], row[ptN] = id, ordinal(i)
		if row[ptActorID], row[ptActorName], row[ptActorKind], err = actorRef(p.Actor); err != nil {
			return fail(err, "participants[%d].actor", i)
		}
		if row[ptRole], err = code(p.Role); err != nil {
			return fail(err, "participants[%d].role", i)
		}
		if row[ptCitations], err = joinStrings(p.Citations); err != nil {
			return fail(err, "participants[%d].citations", i)
		}
		row[ptNote] = p.Note
	}
	for i := range e.Casualties {
		c := &e.Casualties[i]
		row := r.add(tCasualties)
		row[caEventID], row[caN] = id, ordinal(i)
		if row[caOutcome], err = code(c.Outcome); err != nil {
			return fail(err, "casualties[%d].outcome", i)
		}
		if row[caGroup], err = code(c.Group); err != nil {
			return fail(err, "casualties[%d].group", i)
		}
		b, err := c.Count.MarshalText()
		if err != nil {
			return fail(err, "casualties[%d].count", i)
		}
		row[caCount] = string(b)
		row[caText] = c.Text
		if row[caPartyID], row[caPartyName], row[caPartyKind], err = actorRef(c.Party); err != nil {
			return fail(err, "casualties[%d].party", i)
		}
		row[caCitation], row[caNote] = c.Citation, c.Note
	}
	for i := range e.Citations {
		c := &e.Citations[i]
		row := r.add(tCitations)
		row[ciEventID], row[ciN] = id, ordinal(i)
		row[ciID] = c.ID
		if row[ciSourceID], err = code(c.Source.ID); err != nil {
			return fail(err, "citations[%d].source.id", i)
		}
		row[ciSourceName] = c.Source.Name
		if c.Published != nil {
			if row[ciPublished], err = day(*c.Published); err != nil {
				return fail(err, "citations[%d].published", i)
			}
		}
		if !c.Accessed.IsZero() {
			b, err := c.Accessed.MarshalText()
			if err != nil {
				return fail(err, "citations[%d].accessed", i)
			}
			row[ciAccessed] = string(b)
		}
		row[ciTitle], row[ciURL], row[ciArchiveURL] = c.Title, c.URL, c.ArchiveURL
		row[ciAuthor], row[ciAuthorActor] = c.Author, c.AuthorActor
		row[ciReportedFrom], row[ciReportedFromName] = c.ReportedFrom, c.ReportedFromName
		row[ciQuote] = c.Quote
		row[ciLanguage] = tag(c.Language)
		if row[ciGrade], err = closed(c.Grade); err != nil {
			return fail(err, "citations[%d].grade", i)
		}
		row[ciContentHash] = c.ContentHash
		row[ciNVia] = count(c.Via == nil, len(c.Via))
		for j, v := range c.Via {
			row := r.add(tVia)
			row[viEventID], row[viCitation], row[viN] = id, ordinal(i), ordinal(j)
			if row[viSourceID], err = code(v.ID); err != nil {
				return fail(err, "citations[%d].via[%d].id", i, j)
			}
			row[viSourceName] = v.Name
		}
	}
	for i := range e.Claims {
		c := &e.Claims[i]
		row := r.add(tClaims)
		row[clEventID], row[clN] = id, ordinal(i)
		row[clCitation] = c.Citation
		if row[clKind], err = code(c.Kind); err != nil {
			return fail(err, "claims[%d].kind", i)
		}
		if row[clAspect], err = code(c.Aspect); err != nil {
			return fail(err, "claims[%d].aspect", i)
		}
		row[clValue], row[clQuote], row[clParaphrase] = c.Value, c.Quote, c.Paraphrase
		row[clNAbout] = count(c.About == nil, len(c.About))
		for j, a := range c.About {
			row := r.add(tAbout)
			row[abEventID], row[abClaim], row[abN] = id, ordinal(i), ordinal(j)
			if row[abActorID], row[abActorName], row[abActorKind], err = actorRef(a); err != nil {
				return fail(err, "claims[%d].about[%d]", i, j)
			}
		}
	}
	for i := range e.Related {
		x := &e.Related[i]
		row := r.add(tRelations)
		row[reEventID], row[reN] = id, ordinal(i)
		if row[reKind], err = code(x.Kind); err != nil {
			return fail(err, "related[%d].kind", i)
		}
		row[reEvent] = x.Event.String()
		row[reCitation], row[reNote] = x.Citation, x.Note
	}
	if len(e.Ext) > 0 {
		ks := make([]string, 0, len(e.Ext))
		for k := range e.Ext {
			ks = append(ks, k)
		}
		slices.Sort(ks) // the order encoding/json writes a map in
		for _, k := range ks {
			row := r.add(tExt)
			row[exEventID], row[exKey] = id, k
			if row[exValue], err = extValue(e.Ext[k]); err != nil {
				return fail(err, "ext[%q]", k)
			}
		}
	}
	return nil
}

// placeRef returns the id, name and level cells of a place reference.
func placeRef(p *place.Ref) (id, name, level string, err error) {
	if id, err = code(p.ID); err != nil {
		return
	}
	level, err = closed(p.Level)
	return id, p.Name, level, err
}

// actorRef returns the id, name and kind cells of an actor reference.
func actorRef(a actor.Ref) (id, name, kind string, err error) {
	if id, err = code(a.ID); err != nil {
		return
	}
	kind, err = code(a.Kind)
	return id, a.Name, kind, err
}

// encodeDataset adds the rows of d's own fields and records to r.
func encodeDataset(r *rows, d *event.Dataset) error {
	fail := func(err error, record, format string, args ...any) error {
		return &WriteError{Record: record, Field: fmt.Sprintf(format, args...), Err: err}
	}
	row := r.add(tDataset)
	row[dsSchema] = d.Schema
	if d.Schema == "" {
		row[dsSchema] = event.Schema // as event.WriteDataset does
	}
	row[dsTitle], row[dsDescription] = d.Title, d.Description
	row[dsNActors] = count(d.Actors == nil, len(d.Actors))
	row[dsNPlaces] = count(d.Places == nil, len(d.Places))
	row[dsNSources] = count(d.Sources == nil, len(d.Sources))
	row[dsNEvents] = count(d.Events == nil, len(d.Events))
	var err error
	for i := range d.Actors {
		a := &d.Actors[i]
		rec := "actors[" + strconv.Itoa(i) + "]"
		row := r.add(tActors)
		if row[acID], err = code(a.ID); err != nil {
			return fail(err, rec, "id")
		}
		id := row[acID]
		if row[acKind], err = code(a.Kind); err != nil {
			return fail(err, rec, "kind")
		}
		row[acName], row[acCountry] = a.Name, a.Country
		row[acFounded], row[acDissolved] = a.Founded.String(), a.Dissolved.String()
		row[acNotes] = a.Notes
		row[acNNames] = count(a.Names == nil, len(a.Names))
		row[acNIdentifiers] = count(a.Identifiers == nil, len(a.Identifiers))
		row[acNLinks] = count(a.Links == nil, len(a.Links))
		for j, n := range a.Names {
			row := r.add(tActorNames)
			row[anActorID], row[anN] = id, ordinal(j)
			row[anText], row[anLang] = n.Text, tag(n.Lang)
			if row[anKind], err = closed(n.Kind); err != nil {
				return fail(err, rec, "names[%d].kind", j)
			}
			row[anFrom], row[anTo], row[anNote] = n.From.String(), n.To.String(), n.Note
		}
		for j, x := range a.Identifiers {
			row := r.add(tActorIdentifiers)
			row[aiActorID], row[aiN] = id, ordinal(j)
			row[aiScheme], row[aiValue] = x.Scheme, x.Value
			row[aiFrom], row[aiTo] = x.From.String(), x.To.String()
		}
		for j, l := range a.Links {
			row := r.add(tActorLinks)
			row[alActorID], row[alN] = id, ordinal(j)
			if row[alKind], err = closed(l.Kind); err != nil {
				return fail(err, rec, "links[%d].kind", j)
			}
			if row[alActor], err = code(l.Actor); err != nil {
				return fail(err, rec, "links[%d].actor", j)
			}
			row[alFrom], row[alTo], row[alNote] = l.From.String(), l.To.String(), l.Note
		}
	}
	for i := range d.Places {
		p := &d.Places[i]
		rec := "places[" + strconv.Itoa(i) + "]"
		row := r.add(tPlaces)
		if row[plID], err = code(p.ID); err != nil {
			return fail(err, rec, "id")
		}
		id := row[plID]
		if row[plLevel], err = closed(p.Level); err != nil {
			return fail(err, rec, "level")
		}
		row[plName] = p.Name
		if row[plParent], err = code(p.Parent); err != nil {
			return fail(err, rec, "parent")
		}
		row[plCountry] = p.Country.Alpha2()
		if row[plLat], row[plLon], err = point(p.Point); err != nil {
			return fail(err, rec, "point")
		}
		if row[plWithin], err = placeIDs(p.Within); err != nil {
			return fail(err, rec, "within")
		}
		row[plNotes] = p.Notes
		row[plNNames] = count(p.Names == nil, len(p.Names))
		row[plNCodes] = count(p.Codes == nil, len(p.Codes))
		for j, n := range p.Names {
			row := r.add(tPlaceNames)
			row[pnPlaceID], row[pnN] = id, ordinal(j)
			row[pnText], row[pnLang] = n.Text, tag(n.Lang)
		}
		for j, c := range p.Codes {
			row := r.add(tPlaceCodes)
			row[pcPlaceID], row[pcN] = id, ordinal(j)
			if row[pcScheme], err = code(c.Scheme); err != nil {
				return fail(err, rec, "codes[%d].scheme", j)
			}
			row[pcValue] = c.Value
		}
	}
	for i := range d.Sources {
		s := &d.Sources[i]
		rec := "sources[" + strconv.Itoa(i) + "]"
		row := r.add(tSources)
		if row[soID], err = code(s.ID); err != nil {
			return fail(err, rec, "id")
		}
		id := row[soID]
		row[soName], row[soShort] = s.Name, s.Short
		if row[soKind], err = code(s.Kind); err != nil {
			return fail(err, rec, "kind")
		}
		row[soLanguage], row[soCountry], row[soURL], row[soActor] = tag(s.Language), s.Country, s.URL, s.Actor
		if row[soReliability], err = closed(s.Reliability); err != nil {
			return fail(err, rec, "reliability")
		}
		row[soNotes] = s.Notes
		row[soNNames] = count(s.Names == nil, len(s.Names))
		for j, n := range s.Names {
			row := r.add(tSourceNames)
			row[snSourceID], row[snN] = id, ordinal(j)
			row[snText], row[snLang] = n.Text, tag(n.Lang)
		}
	}
	return nil
}
