package table

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// ReadDataset reads the whole dataset: dataset.csv (title, description,
// schema), the actor, place and source tables, and every event, strictly:
// it stops at the first error. It must be the Reader's first call, and it
// closes the tables.
//
// Every table but events.csv is optional. Without dataset.csv the schema
// is event.Schema; a dataset.csv with a schema of another major version
// fails with event.ErrSchema, as the JSON form does.
func (r *Reader) ReadDataset() (*event.Dataset, error) {
	if r.started {
		return nil, fmt.Errorf("table: ReadDataset after Read: %w", ErrClosed)
	}
	r.started = true
	d, err := r.readDataset()
	if err != nil {
		r.stop(err)
		return nil, err
	}
	r.stop(io.EOF)
	return d, nil
}

func (r *Reader) readDataset() (*event.Dataset, error) {
	if err := r.open(tDataset, tEvents); err != nil {
		return nil, err
	}
	d := &event.Dataset{Schema: event.Schema}
	nActors, nPlaces, nSources, nEvents := greedy, greedy, greedy, greedy
	if ds := r.cur[tDataset]; ds.file != nil {
		ds.peek()
		if err := ds.headError(); err != nil {
			return nil, err
		}
		if ds.head == nil {
			return nil, ds.errAt(-1, fmt.Errorf("table: %w: dataset.csv has no row", ErrRowCount))
		}
		dd := newDec(ds)
		d.Schema = dd.s(dsSchema)
		if !ds.has(dsSchema) || !(d.Schema == event.Schema || strings.HasPrefix(d.Schema, event.Schema+".")) {
			dd.fail(dsSchema, fmt.Errorf("table: %w: %s (this reader understands %q)", event.ErrSchema, fielderr.Quote(d.Schema), event.Schema))
		}
		d.Title, d.Description = dd.s(dsTitle), dd.s(dsDescription)
		nActors, nPlaces, nSources, nEvents = dd.count(dsNActors), dd.count(dsNPlaces), dd.count(dsNSources), dd.count(dsNEvents)
		if dd.err != nil {
			return nil, dd.err
		}
		ds.take()
		ds.peek()
		if ds.head != nil || ds.headErr != nil {
			return nil, ds.errAt(-1, fmt.Errorf("table: %w: dataset.csv has more than one row", ErrRowCount))
		}
	}
	var err error
	if d.Actors, err = records(r, tActors, nActors, dsNActors, r.actor); err != nil {
		return nil, err
	}
	if d.Places, err = records(r, tPlaces, nPlaces, dsNPlaces, r.place); err != nil {
		return nil, err
	}
	if d.Sources, err = records(r, tSources, nSources, dsNSources, r.source); err != nil {
		return nil, err
	}
	if err := r.orphans(tDataset, tEvents); err != nil {
		return nil, err
	}
	if err := r.open(tEvents, numTables); err != nil {
		return nil, err
	}
	d.Events = sized[event.Event](nEvents)
	// The columns of any table that are not read come first, said once.
	warnings := r.pending
	r.pending = nil
	lines := map[uuid.UUID]int{} // the line of each event ID
	for {
		e, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if first, dup := lines[e.ID]; dup {
			// Records that share an ID cannot be told apart by the
			// references to them, nor their child rows by the merge.
			return nil, r.cur[tEvents].errAt(evID, fmt.Errorf("table: %w: event ID %s is also the ID of the event on line %d", event.ErrDuplicate, e.ID, first))
		}
		lines[e.ID] = r.line
		for _, w := range r.warnings {
			w.Path = "events[" + strconv.Itoa(len(d.Events)) + "]." + w.Path
			warnings = append(warnings, w)
		}
		d.Events = append(d.Events, e)
	}
	if err := r.checkTotal(tEvents, nEvents, dsNEvents, len(d.Events)); err != nil {
		return nil, err
	}
	for i, p := range d.Places {
		if p.Point != nil && p.Point.IsNullIsland() {
			warnings = append(warnings, nullIsland("places["+strconv.Itoa(i)+"].point"))
		}
	}
	r.warnings = warnings
	return d, nil
}

// headError returns the error at a cursor's head, if any.
func (c *cursor) headError() error {
	if c.fatal != nil {
		return c.fatal
	}
	return c.headErr
}

// records reads every row of the dataset table t with decode. An ID given
// twice is an error (event.ErrDuplicate), as in the JSON form.
func records[T any](r *Reader, t tableID, n, countCol int, decode func(key string) (T, error)) ([]T, error) {
	c := r.cur[t]
	out := sized[T](n)
	lines := map[string]int{} // the line of each ID
	for {
		c.peek()
		if err := c.headError(); err != nil {
			return nil, err
		}
		if c.head == nil {
			break
		}
		key := c.cell(0)
		line := c.r.Line()
		v, err := decode(key)
		c.take()
		if err != nil {
			return nil, err
		}
		if first, dup := lines[key]; dup && key != "" {
			return nil, c.errAt(0, fmt.Errorf("table: %w: ID %s is also the ID of the row on line %d", event.ErrDuplicate, fielderr.Quote(key), first))
		}
		lines[key] = line
		out = append(out, v)
	}
	return out, r.checkTotal(t, n, countCol, len(out))
}

// checkTotal compares the number of rows read from table t with the count
// dataset.csv gives.
func (r *Reader) checkTotal(t tableID, n, countCol, got int) error {
	want := n
	if n == nilList {
		want = 0
	}
	if n == greedy || want == got {
		return nil
	}
	return &event.ParseError{Line: 2, Column: 1, Field: tables[tDataset].file + ": " + tables[tDataset].cols[countCol],
		Err: fmt.Errorf("table: %w: %s says %d rows, %s has %d", ErrRowCount, tables[tDataset].cols[countCol], want, tables[t].file, got)}
}

// actor reads the actors.csv head row and its child rows.
func (r *Reader) actor(key string) (actor.Actor, error) {
	c := r.cur[tActors]
	d := newDec(c)
	a := actor.Actor{
		ID:        parseCode[actor.ID](d, acID),
		Kind:      parseCode[actor.Kind](d, acKind),
		Name:      d.s(acName),
		Country:   d.s(acCountry),
		Founded:   d.actorDate(acFounded),
		Dissolved: d.actorDate(acDissolved),
		Notes:     d.s(acNotes),
	}
	nNames, nIDs, nLinks := d.count(acNNames), d.count(acNIdentifiers), d.count(acNLinks)
	if d.err != nil {
		return a, d.err
	}
	a.Names = sized[actor.Name](nNames)
	err := r.children(tActorNames, key, -1, "", nNames, c, acNNames, func(d *dec, i int) {
		d.ordinal(anN, i)
		a.Names = append(a.Names, actor.Name{
			Text: d.s(anText),
			Lang: d.lang(anLang, ErrBadCell),
			Kind: parseWith(d, anKind, actor.ParseNameKind),
			From: d.actorDate(anFrom),
			To:   d.actorDate(anTo),
			Note: d.s(anNote),
		})
	})
	if err != nil {
		return a, err
	}
	a.Identifiers = sized[actor.Identifier](nIDs)
	err = r.children(tActorIdentifiers, key, -1, "", nIDs, c, acNIdentifiers, func(d *dec, i int) {
		d.ordinal(aiN, i)
		a.Identifiers = append(a.Identifiers, actor.Identifier{
			Scheme: d.s(aiScheme),
			Value:  d.s(aiValue),
			From:   d.actorDate(aiFrom),
			To:     d.actorDate(aiTo),
		})
	})
	if err != nil {
		return a, err
	}
	a.Links = sized[actor.Link](nLinks)
	err = r.children(tActorLinks, key, -1, "", nLinks, c, acNLinks, func(d *dec, i int) {
		d.ordinal(alN, i)
		a.Links = append(a.Links, actor.Link{
			Kind:  parseWith(d, alKind, actor.ParseLinkKind),
			Actor: parseCode[actor.ID](d, alActor),
			From:  d.actorDate(alFrom),
			To:    d.actorDate(alTo),
			Note:  d.s(alNote),
		})
	})
	if err != nil {
		return a, err
	}
	return a, r.leftovers(key, tActorNames, tActorLinks+1)
}

// place reads the places.csv head row and its child rows.
func (r *Reader) place(key string) (place.Place, error) {
	c := r.cur[tPlaces]
	d := newDec(c)
	p := place.Place{
		ID:      parseCode[place.ID](d, plID),
		Level:   parseWith(d, plLevel, place.ParseLevel),
		Name:    d.s(plName),
		Parent:  parseCode[place.ID](d, plParent),
		Country: parseClosed[place.Country](d, plCountry),
		Point:   d.point(plLat, plLon),
		Within:  d.placeIDs(plWithin),
		Notes:   d.s(plNotes),
	}
	nNames, nCodes := d.count(plNNames), d.count(plNCodes)
	if d.err != nil {
		return p, d.err
	}
	p.Names = sized[place.Name](nNames)
	err := r.children(tPlaceNames, key, -1, "", nNames, c, plNNames, func(d *dec, i int) {
		d.ordinal(pnN, i)
		p.Names = append(p.Names, place.Name{Text: d.s(pnText), Lang: d.lang(pnLang, ErrBadCell)})
	})
	if err != nil {
		return p, err
	}
	p.Codes = sized[place.Code](nCodes)
	err = r.children(tPlaceCodes, key, -1, "", nCodes, c, plNCodes, func(d *dec, i int) {
		d.ordinal(pcN, i)
		p.Codes = append(p.Codes, place.Code{Scheme: parseCode[place.Scheme](d, pcScheme), Value: d.s(pcValue)})
	})
	if err != nil {
		return p, err
	}
	return p, r.leftovers(key, tPlaceNames, tPlaceCodes+1)
}

// source reads the sources.csv head row and its child rows.
func (r *Reader) source(key string) (source.Source, error) {
	c := r.cur[tSources]
	d := newDec(c)
	s := source.Source{
		ID:          parseCode[source.ID](d, soID),
		Name:        d.s(soName),
		Short:       d.s(soShort),
		Kind:        parseCode[source.Kind](d, soKind),
		Language:    d.lang(soLanguage, source.ErrBadLanguage),
		Country:     d.s(soCountry),
		URL:         d.s(soURL),
		Actor:       d.s(soActor),
		Reliability: parseWith(d, soReliability, source.ParseReliability),
		Notes:       d.s(soNotes),
	}
	nNames := d.count(soNNames)
	if d.err != nil {
		return s, d.err
	}
	s.Names = sized[source.Name](nNames)
	err := r.children(tSourceNames, key, -1, "", nNames, c, soNNames, func(d *dec, i int) {
		d.ordinal(snN, i)
		s.Names = append(s.Names, source.Name{Text: d.s(snText), Lang: d.lang(snLang, source.ErrBadLanguage)})
	})
	if err != nil {
		return s, err
	}
	return s, r.leftovers(key, tSourceNames, tSourceNames+1)
}
