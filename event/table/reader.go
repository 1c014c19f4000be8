package table

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"

	"github.com/google/uuid"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/flatcsv"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// Reader reads events from the linked tables in a file system (events.csv
// and its child tables), merging the tables in one pass: it holds one
// event and one row of each table at a time.
//
// A record that cannot be read is reported as a *event.ParseError whose
// Field names the file and the column ("participants.csv: role") and whose
// Record is the offending row verbatim; the whole event is skipped, in
// every table, and the next Read goes on with the next event; a row over
// MaxRecordBytes is rejected (event.ErrTooLong) and skipped the same way.
// Fatal errors — a missing events.csv, a missing column (see the package
// documentation), an I/O error, rows left over when events.csv ends
// (ErrOrphan) — are returned again by every later Read. Tables saved again
// by R, pandas, Stata or a spreadsheet read too: see Files as they are
// found in the package documentation.
//
// Read opens the tables on first use and closes them at the end of
// events.csv or at a fatal error; call Close to stop early.
type Reader struct {
	// MaxRecordBytes bounds one row of any table; 0 means
	// event.DefaultMaxRecordBytes. Set before the first Read.
	MaxRecordBytes int
	// NoNeutralise reads tables written with Writer.NoNeutralise. By
	// default a leading ' is stripped from a cell whose next character is
	// =, +, -, @, tab, CR or ', undoing the Writer's formula
	// neutralisation. The escapes of cells holding a CR and of text cells
	// that read as a missing value ("'NA") are undone either way (see the
	// package documentation).
	NoNeutralise bool
	// Encoding is the text encoding of tables without a byte-order mark;
	// nil means detect it, table by table: a byte-order mark decides
	// (UTF-8, UTF-16), else UTF-8 unless a table's first non-ASCII bytes
	// are not, in which case it is Windows-1252. Set before the first
	// Read.
	Encoding encoding.Encoding
	// Missing lists the cell values read as an empty cell, in every column
	// of the tables, such as the "NA" R writes for an empty cell: an actor
	// or a note is never "NA" by accident. nil means flatcsv's default set
	// ("NA", "N/A", "n/a", "NaN", "nan", "NULL", "null", "None", "#N/A",
	// "<NA>"); an empty slice means that only the empty cell is missing.
	// The match is exact, on the whole cell. Numbers, counts, codes, IDs and
	// dates also read Stata's "." and ".a" to ".z" as missing, whatever the
	// set. The Writer escapes a text cell that is one of the default
	// spellings or a Stata missing value ("'NA"), so that it reads back as
	// itself (see the package documentation). Set before the first Read.
	Missing []string

	fsys     fs.FS
	enc      encoding.Encoding // events.csv's, kept when it closes
	bom      bool
	cur      [numTables]*cursor
	started  bool
	line     int                     // line in events.csv of the last event read or rejected
	warnings event.Problems          // about the last event read
	pending  event.Problems          // about the tables' columns, until an event is read
	err      error                   // sticky: a fatal error, io.EOF or ErrClosed
	tags     map[string]language.Tag // parsed language tags (bounded)
}

// NewReader returns a Reader of the tables in fsys, such as
// os.DirFS("out") for the files Dir("out") received.
func NewReader(fsys fs.FS) *Reader { return &Reader{fsys: fsys} }

// ReadDataset reads a whole dataset (see Reader.ReadDataset) with the
// default options.
func ReadDataset(fsys fs.FS) (*event.Dataset, error) { return NewReader(fsys).ReadDataset() }

// ReadAll reads every event of the tables in fsys. It stops at the first
// error, which it returns with the events read before it.
func ReadAll(fsys fs.FS) ([]event.Event, error) {
	r := NewReader(fsys)
	defer r.Close()
	var out []event.Event
	for {
		e, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, e)
	}
}

// open opens tables from..to-1; events.csv is the only required one.
func (r *Reader) open(from, to tableID) error {
	max := r.MaxRecordBytes
	if max <= 0 {
		max = event.DefaultMaxRecordBytes
	}
	for t := from; t < to; t++ {
		if r.tags == nil {
			r.tags = map[string]language.Tag{}
		}
		c, err := openCursor(r.fsys, t, max, cursorOptions{enc: r.Encoding, neutral: !r.NoNeutralise, missing: r.Missing, tags: r.tags})
		if err != nil {
			return err
		}
		r.cur[t] = c
		r.pending = append(r.pending, c.ignored...)
	}
	return nil
}

// stop records a final error and closes the tables.
func (r *Reader) stop(err error) error {
	r.err = err
	r.closeAll()
	return err
}

func (r *Reader) closeAll() {
	if c := r.cur[tEvents]; c != nil && c.r != nil {
		r.enc, r.bom = c.r.EncodingUsed()
	}
	for i, c := range r.cur {
		_ = c.close()
		r.cur[i] = nil
	}
}

// Close closes the tables. Later Reads return ErrClosed, unless the
// Reader had already ended.
func (r *Reader) Close() error {
	var err error
	for _, c := range r.cur {
		if e := c.close(); e != nil && err == nil {
			err = e
		}
	}
	r.closeAll()
	if r.err == nil {
		r.err = fmt.Errorf("table: %w", ErrClosed)
	}
	return err
}

// EncodingUsed returns the text encoding of events.csv, and whether it
// began with a byte-order mark: UTF-8 until the first Read, and while the
// text read is ASCII and nothing else decided it. The other tables may
// differ (each is detected on its own).
func (r *Reader) EncodingUsed() (enc encoding.Encoding, bom bool) {
	if c := r.cur[tEvents]; c != nil && c.r != nil {
		return c.r.EncodingUsed()
	}
	if r.enc != nil {
		return r.enc, r.bom
	}
	return unicode.UTF8, false
}

// Warnings returns the warnings about the event last returned by Read (nil
// if none), or, after ReadDataset, about the dataset: each an event.Problem
// of severity event.Warning. The native tables carry the model as it is,
// so there are two kinds:
//
//   - a point at exactly (0, 0) (event.ErrNullIsland), which almost always
//     stands for missing coordinates but is read as it is; Path is the
//     JSON path of the value ("where.point"; "events[3].where.point" and
//     "places[1].point" after ReadDataset);
//   - a column that a table does not have, such as the row index R and
//     pandas write, which is not read (ErrUnknownColumn); Path names the
//     table and the column as written ("events.csv: colour", or
//     `events.csv: ""` for a column without a name). Each is reported once:
//     with the first event read, or first after ReadDataset.
//
// The slice is valid until the next Read.
func (r *Reader) Warnings() event.Problems { return r.warnings }

// Line returns the line in events.csv on which the event last returned by
// Read, or the row last rejected, starts (0 before the first), so that a
// caller can name the record of a warning or of a failed validation.
func (r *Reader) Line() int { return r.line }

// nullIsland is the warning about a point at exactly (0, 0) at path.
func nullIsland(path string) event.Problem {
	return event.Problem{Path: path, Code: event.ErrNullIsland, Severity: event.Warning,
		Message: "point is exactly (0, 0), which almost always stands for missing coordinates"}
}

// Read returns the next event, or io.EOF after the last one.
func (r *Reader) Read() (event.Event, error) {
	r.warnings = nil
	if r.err != nil {
		return event.Event{}, r.err
	}
	if !r.started {
		r.started = true
		if err := r.open(tEvents, numTables); err != nil {
			return event.Event{}, r.stop(err)
		}
	}
	ev := r.cur[tEvents]
	ev.peek()
	switch {
	case ev.fatal != nil:
		return event.Event{}, r.stop(ev.fatal)
	case ev.eof:
		if err := r.orphans(tEvents+1, numTables); err != nil {
			return event.Event{}, r.stop(err)
		}
		return event.Event{}, r.stop(io.EOF)
	case ev.headErr != nil:
		// A row that is not CSV, has the wrong number of fields or is
		// too long: its ID is read from the row as far as it goes, so that
		// the rows of its children are skipped with it; when it cannot be,
		// they are reported when they get in the way.
		err := ev.headErr
		var pe *event.ParseError
		if errors.As(err, &pe) {
			r.line = pe.Line
			if key, ok := keyOf(pe.Record, ev.col[evID]); ok {
				r.skip(key, tEvents+1, numTables)
			}
		}
		ev.take()
		return event.Event{}, err
	}
	r.line = ev.r.Line()
	key := ev.cell(evID)
	e, err := r.decodeEvent(key)
	ev.take()
	if err != nil {
		if f := r.fatal(); f != nil {
			return event.Event{}, r.stop(f)
		}
		r.skip(key, tEvents+1, numTables)
		return event.Event{}, err
	}
	if len(r.pending) > 0 {
		// Said once, with the first event read: the columns that are not
		// read (see openCursor).
		r.warnings, r.pending = r.pending, nil
	}
	if p := e.Where.Point; p != nil && p.IsNullIsland() {
		r.warnings = append(r.warnings, nullIsland("where.point"))
	}
	return e, nil
}

// keyOf returns the cell in column col of a rejected row, when it reads
// as an event ID: the row may be cut short (an over-long row is handed back
// up to the limit) or not be CSV at all, so this is a best effort, and it
// looks no further than the first few kilobytes of the row.
func keyOf(record []byte, col int) (string, bool) {
	const look = 4 << 10
	b := record[:min(len(record), look)]
	for i := 0; col >= 0; col-- {
		// Field i starts at b[i]: quoted ("" for a quote) or plain.
		var cell []byte
		if i < len(b) && b[i] == '"' {
			j := i + 1
			for ; j < len(b); j++ {
				if b[j] == '"' {
					if j+1 < len(b) && b[j+1] == '"' {
						cell = append(cell, '"')
						j++
						continue
					}
					break
				}
				cell = append(cell, b[j])
			}
			if j >= len(b) {
				return "", false // cut short inside the quotes
			}
			i = j + 1
		} else {
			j := i
			for j < len(b) && b[j] != ',' && b[j] != '\n' && b[j] != '\r' {
				j++
			}
			cell, i = b[i:j], j
		}
		if col == 0 {
			id := flatcsv.TrimSpace(string(cell)) // as cursor.text reads it
			if _, err := uuid.Parse(id); err != nil {
				return "", false
			}
			return id, true
		}
		if i >= len(b) || b[i] != ',' {
			return "", false
		}
		i++
	}
	return "", false
}

// All returns an iterator over the remaining events: a rejected record is
// yielded as (zero Event, error) and iteration goes on; it stops at the end
// of input or after a fatal error, which it yields.
func (r *Reader) All() iter.Seq2[event.Event, error] {
	return func(yield func(event.Event, error) bool) {
		for {
			e, err := r.Read()
			if err == io.EOF {
				return
			}
			if !yield(e, err) || (err != nil && r.err != nil) {
				return
			}
		}
	}
}

// fatal returns the first fatal error of any table.
func (r *Reader) fatal() error {
	for _, c := range r.cur {
		if c != nil && c.fatal != nil {
			return c.fatal
		}
	}
	return nil
}

// skip drops the rows of tables from..to-1 whose key is key: the rest of
// a rejected record.
func (r *Reader) skip(key string, from, to tableID) {
	for t := from; t < to; t++ {
		c := r.cur[t]
		for c.match(key, -1, "") {
			c.take()
		}
	}
}

// orphans reports rows left in tables from..to-1 when their parent table
// has ended.
func (r *Reader) orphans(from, to tableID) error {
	for t := from; t < to; t++ {
		c := r.cur[t]
		c.peek()
		switch {
		case c.fatal != nil:
			return c.fatal
		case c.headErr != nil:
			return c.headErr
		case c.head != nil:
			parent := tables[tEvents].file
			if t < tEvents {
				parent = parentOf(t)
			}
			return c.errAt(0, fmt.Errorf("table: %w: %s is not in %s (or its rows are out of order)", ErrOrphan, fielderr.Quote(c.cell(0)), parent))
		}
	}
	return nil
}

// parentOf names the parent table of a dataset child table.
func parentOf(t tableID) string {
	switch t {
	case tActorNames, tActorIdentifiers, tActorLinks:
		return tables[tActors].file
	case tPlaceNames, tPlaceCodes:
		return tables[tPlaces].file
	case tSourceNames:
		return tables[tSources].file
	}
	return tables[tDataset].file
}

// leftovers reports rows of tables from..to-1 that still belong to key
// after the record was read: more rows than its n_ column says, or rows out
// of order.
func (r *Reader) leftovers(key string, from, to tableID) error {
	for t := from; t < to; t++ {
		c := r.cur[t]
		if c.match(key, -1, "") {
			return c.errAt(0, fmt.Errorf("table: %w: a row for %s left over (more rows than the parent's count, or rows out of order)", ErrRowCount, fielderr.Quote(key)))
		}
	}
	return nil
}

// children reads the rows of child table t that belong to the parent whose
// key cell is key (and, when subCol >= 0, whose subCol cell is sub): n
// rows, or, when n is greedy, every such row at the head. parent and
// countCol locate the parent's n_ cell for errors. row decodes the head
// row i; the head is taken after it.
func (r *Reader) children(t tableID, key string, subCol int, sub string, n int, parent *cursor, countCol int, row func(d *dec, i int)) error {
	c := r.cur[t]
	want := n
	if n == nilList {
		want = 0
	}
	for i := 0; n == greedy || i < want; i++ {
		if !c.match(key, subCol, sub) {
			if c.fatal != nil {
				return c.fatal
			}
			if n == greedy {
				return nil
			}
			if c.headErr != nil { // a broken row where one of ours was due: count it as ours
				err := c.headErr
				c.take()
				return err
			}
			return parent.errAt(countCol, fmt.Errorf("table: %w: %s says %d rows, %s has %d for %s", ErrRowCount,
				tables[parent.t].cols[countCol], want, c.name(), i, fielderr.Quote(key)))
		}
		d := newDec(c)
		if d.err == nil {
			row(d, i)
		}
		c.take()
		if d.err != nil {
			return d.err
		}
	}
	return nil
}

// decodeEvent reads the events.csv head row and its child rows.
func (r *Reader) decodeEvent(key string) (event.Event, error) {
	ev := r.cur[tEvents]
	d := newDec(ev)
	var e event.Event
	e.ID = d.uuid(evID, event.ErrBadID)
	if e.ID == uuid.Nil {
		d.fail(evID, fmt.Errorf("table: %w: an event needs an ID, a UUID other than the nil UUID", event.ErrMissing))
	}
	e.Keys = d.keys(evKeys)
	e.Type = parseCode[event.Type](d, evType)
	if e.Type == "" { // as in the canonical JSON, an event needs a type
		d.fail(evType, fmt.Errorf("table: %w: an event needs a type", event.ErrMissing))
	}
	e.Title = d.s(evTitle)
	e.When = d.when()
	wh := &e.Where
	wh.Place = d.placeRef(evPlaceID, evPlaceName, evPlaceLevel)
	wh.Relation = parseWith(d, evPlaceRelation, place.ParseRelation)
	wh.Other = d.placeRef(evOtherID, evOtherName, evOtherLevel)
	wh.Point = d.point(evLat, evLon)
	wh.Precision = parseWith(d, evGeoPrecision, place.ParsePrecision)
	wh.Text = d.s(evLocationText)
	e.Notes = d.s(evNotes)
	e.Tags = d.strings(evTags)
	nPath, nOther := d.count(evNPath), d.count(evNOtherPath)
	nPart, nCas, nCit := d.count(evNParticipants), d.count(evNCasualties), d.count(evNCitations)
	nClaim, nRel, nExt := d.count(evNClaims), d.count(evNRelated), d.count(evNExt)
	if d.err != nil {
		return e, d.err
	}

	var err error
	if wh.Place.Path, err = r.path(key, ofPlace, nPath, evNPath); err != nil {
		return e, err
	}
	if wh.Other.Path, err = r.path(key, ofOtherPlace, nOther, evNOtherPath); err != nil {
		return e, err
	}
	e.Participants = sized[event.Participant](nPart)
	err = r.children(tParticipants, key, -1, "", nPart, ev, evNParticipants, func(d *dec, i int) {
		d.ordinal(ptN, i)
		e.Participants = append(e.Participants, event.Participant{
			Actor:     d.actorRef(ptActorID, ptActorName, ptActorKind),
			Role:      parseCode[event.Role](d, ptRole),
			Citations: d.strings(ptCitations),
			Note:      d.s(ptNote),
		})
	})
	if err != nil {
		return e, err
	}
	e.Casualties = sized[event.Casualty](nCas)
	err = r.children(tCasualties, key, -1, "", nCas, ev, evNCasualties, func(d *dec, i int) {
		d.ordinal(caN, i)
		c := event.Casualty{Citation: d.s(caCitation), Note: d.s(caNote)}
		c.Outcome = parseCode[casualty.Outcome](d, caOutcome)
		c.Group = parseCode[casualty.Group](d, caGroup)
		if err := c.Count.UnmarshalText([]byte(d.s(caCount))); err != nil {
			d.fail(caCount, err)
		}
		c.Text = d.s(caText)
		c.Party = d.actorRef(caPartyID, caPartyName, caPartyKind)
		e.Casualties = append(e.Casualties, c)
	})
	if err != nil {
		return e, err
	}
	e.Citations = sized[source.Citation](nCit)
	cits := r.cur[tCitations]
	err = r.children(tCitations, key, -1, "", nCit, ev, evNCitations, func(d *dec, i int) {
		d.ordinal(ciN, i)
		c := source.Citation{
			ID:               d.s(ciID),
			Source:           source.Ref{ID: parseCode[source.ID](d, ciSourceID), Name: d.s(ciSourceName)},
			Published:        d.day(ciPublished),
			Accessed:         d.time(ciAccessed),
			Title:            d.s(ciTitle),
			URL:              d.s(ciURL),
			ArchiveURL:       d.s(ciArchiveURL),
			Author:           d.s(ciAuthor),
			AuthorActor:      d.s(ciAuthorActor),
			ReportedFrom:     d.s(ciReportedFrom),
			ReportedFromName: d.s(ciReportedFromName),
			Quote:            d.s(ciQuote),
			Language:         d.lang(ciLanguage, source.ErrBadLanguage),
			Grade:            parseWith(d, ciGrade, source.ParseGrade),
			ContentHash:      d.s(ciContentHash),
		}
		nVia := d.count(ciNVia)
		if d.err != nil {
			return
		}
		c.Via = sized[source.Ref](nVia)
		d.err = r.children(tVia, key, viCitation, ordinal(i), nVia, cits, ciNVia, func(d *dec, j int) {
			d.ordinal(viN, j)
			c.Via = append(c.Via, source.Ref{ID: parseCode[source.ID](d, viSourceID), Name: d.s(viSourceName)})
		})
		e.Citations = append(e.Citations, c)
	})
	if err != nil {
		return e, err
	}
	e.Claims = sized[event.Claim](nClaim)
	claims := r.cur[tClaims]
	err = r.children(tClaims, key, -1, "", nClaim, ev, evNClaims, func(d *dec, i int) {
		d.ordinal(clN, i)
		c := event.Claim{
			Citation:   d.s(clCitation),
			Kind:       parseCode[event.ClaimKind](d, clKind),
			Aspect:     parseCode[event.Aspect](d, clAspect),
			Value:      d.s(clValue),
			Quote:      d.s(clQuote),
			Paraphrase: d.s(clParaphrase),
		}
		nAbout := d.count(clNAbout)
		if d.err != nil {
			return
		}
		c.About = sized[actor.Ref](nAbout)
		d.err = r.children(tAbout, key, abClaim, ordinal(i), nAbout, claims, clNAbout, func(d *dec, j int) {
			d.ordinal(abN, j)
			c.About = append(c.About, d.actorRef(abActorID, abActorName, abActorKind))
		})
		e.Claims = append(e.Claims, c)
	})
	if err != nil {
		return e, err
	}
	e.Related = sized[event.Relation](nRel)
	err = r.children(tRelations, key, -1, "", nRel, ev, evNRelated, func(d *dec, i int) {
		d.ordinal(reN, i)
		e.Related = append(e.Related, event.Relation{
			Kind:     parseCode[event.RelationKind](d, reKind),
			Event:    d.uuid(reEvent, event.ErrBadID),
			Citation: d.s(reCitation),
			Note:     d.s(reNote),
		})
	})
	if err != nil {
		return e, err
	}
	if nExt >= 0 {
		e.Ext = make(event.Ext, min(nExt, 16))
	}
	err = r.children(tExt, key, -1, "", nExt, ev, evNExt, func(d *dec, i int) {
		k := d.s(exKey)
		if _, dup := e.Ext[k]; dup {
			d.fail(exKey, fmt.Errorf("table: %w: extension %s given twice", ErrRowCount, fielderr.Quote(k)))
			return
		}
		v, err := extMember(k, d.s(exValue))
		if err != nil {
			d.fail(exValue, err)
			return
		}
		if e.Ext == nil {
			e.Ext = event.Ext{}
		}
		e.Ext[k] = v
	})
	if err != nil {
		return e, err
	}
	return e, r.leftovers(key, tEvents+1, numTables)
}

// path reads the rows of one admin path from paths.csv.
func (r *Reader) path(key, of string, n, countCol int) ([]place.Unit, error) {
	units := sized[place.Unit](n)
	err := r.children(tPaths, key, paOf, of, n, r.cur[tEvents], countCol, func(d *dec, i int) {
		d.ordinal(paN, i)
		units = append(units, place.Unit{
			Level: parseWith(d, paLevel, place.ParseLevel),
			ID:    parseCode[place.ID](d, paID),
			Code:  d.s(paCode),
			Name:  d.s(paName),
		})
	})
	return units, err
}

// sized returns the slice a list of n rows starts as: nil for nilList and
// greedy (which stays nil when no row comes), else an empty non-nil slice
// with room for the rows (capped, as n comes from the input).
func sized[T any](n int) []T {
	if n < 0 {
		return nil
	}
	return make([]T, 0, min(n, 64))
}
