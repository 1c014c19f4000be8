package table

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"

	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/flatcsv"
	"github.com/conflictkit/conflict/internal/formula"
	"github.com/conflictkit/conflict/place"
)

// wideColumn is a column of the wide table: its name, its HXL hashtag and
// whether it holds numbers.
type wideColumn struct {
	name, hxl string
	numeric   bool
}

// Columns of the wide table, in order.
const (
	wID = iota
	wKeys
	wTitle
	wType
	wEventType
	wSubEventType
	wDisorder
	wStart
	wEnd
	wDatePrecision
	wCountry
	wCountryCode
	wAdmin1
	wAdmin1Code
	wAdmin2
	wAdmin2Code
	wAdmin3
	wAdmin3Code
	wLocation
	wLocationRelation
	wLocationText
	wLatitude
	wLongitude
	wGeoPrecision
	wPerpetrators
	wPerpetratorAssociates
	wTargets
	wTargetAssociates
	wOtherActors
	wKilledLow
	wKilledBest
	wKilledHigh
	wKilledGroup
	wKilledConflicting
	wCasualties
	wSources
	wNotes
	wTags
	numWide
)

var wideColumns = [numWide]wideColumn{
	wID:                    {"id", "#event+id", false},
	wKeys:                  {"keys", "#event+code", false},
	wTitle:                 {"title", "#event+name", false},
	wType:                  {"type", "#event+type+code", false},
	wEventType:             {"event_type", "#event+type", false},
	wSubEventType:          {"sub_event_type", "#event+type+sub", false},
	wDisorder:              {"disorder", "#event+type+x_disorder", false},
	wStart:                 {"start", "#date+start", false},
	wEnd:                   {"end", "#date+end", false},
	wDatePrecision:         {"date_precision", "#date+x_precision", false},
	wCountry:               {"country", "#country+name", false},
	wCountryCode:           {"country_code", "#country+code+v_iso2", false},
	wAdmin1:                {"admin1", "#adm1+name", false},
	wAdmin1Code:            {"admin1_code", "#adm1+code", false},
	wAdmin2:                {"admin2", "#adm2+name", false},
	wAdmin2Code:            {"admin2_code", "#adm2+code", false},
	wAdmin3:                {"admin3", "#adm3+name", false},
	wAdmin3Code:            {"admin3_code", "#adm3+code", false},
	wLocation:              {"location", "#loc+name", false},
	wLocationRelation:      {"location_relation", "#loc+x_relation", false},
	wLocationText:          {"location_text", "#loc+x_text", false},
	wLatitude:              {"latitude", "#geo+lat", true},
	wLongitude:             {"longitude", "#geo+lon", true},
	wGeoPrecision:          {"geo_precision", "#geo+x_precision", false},
	wPerpetrators:          {"perpetrators", "#group+name+first", false},
	wPerpetratorAssociates: {"perpetrator_associates", "#group+name+first+assoc", false},
	wTargets:               {"targets", "#group+name+second", false},
	wTargetAssociates:      {"target_associates", "#group+name+second+assoc", false},
	wOtherActors:           {"other_actors", "#group+name+x_other", false},
	wKilledLow:             {"killed_low", "#affected+killed+min", true},
	wKilledBest:            {"killed_best", "#affected+killed", true},
	wKilledHigh:            {"killed_high", "#affected+killed+max", true},
	wKilledGroup:           {"killed_group", "#affected+killed+x_group", false},
	wKilledConflicting:     {"killed_conflicting", "#affected+killed+x_conflicting", false},
	wCasualties:            {"casualties", "#affected+x_figures", false},
	wSources:               {"sources", "#meta+source", false},
	wNotes:                 {"notes", "#description", false},
	wTags:                  {"tags", "#meta+x_tags", false},
}

// WideColumns returns the columns of the wide table in order, and their
// HXL hashtags.
func WideColumns() (names, hashtags []string) {
	for _, c := range wideColumns {
		names = append(names, c.name)
		hashtags = append(hashtags, c.hxl)
	}
	return names, hashtags
}

// WideWriter writes events as one wide table for spreadsheets: a row per
// event with the columns an analyst expects (see the package
// documentation). It is lossy by design; the linked tables (Writer) are
// the lossless form.
type WideWriter struct {
	// HXL writes a row of HXL hashtags under the header.
	HXL bool
	// NoNeutralise writes cells as they are, without the leading ' that
	// keeps spreadsheets from running formulas.
	NoNeutralise bool
	// UseCRLF ends lines with "\r\n", as spreadsheet programs do.
	UseCRLF bool
	// BOM starts the output with a byte-order mark in its encoding, which
	// some spreadsheet programs need to read UTF-8 text correctly.
	BOM bool
	// Encoding is the output's text encoding; nil means UTF-8. An event
	// with a character the encoding cannot hold gives a *WriteError
	// wrapping event.ErrEncoding, and nothing of it is written.
	Encoding encoding.Encoding

	w        io.Writer
	csv      *flatcsv.Writer
	started  bool
	row      [numWide]string
	err      error
	warnings event.Problems
}

// NewWideWriter returns a WideWriter on w. Set options before the first
// Write.
func NewWideWriter(w io.Writer) *WideWriter { return &WideWriter{w: w} }

// start writes the byte-order mark, the header and the HXL row.
func (w *WideWriter) start() error {
	if w.started {
		return w.err
	}
	w.started = true
	w.csv = flatcsv.NewWriter(w.w)
	if w.UseCRLF {
		w.csv.LineEnd = "\r\n"
	}
	w.csv.Encoding, w.csv.BOM = w.Encoding, w.BOM
	names, tags := WideColumns()
	if err := w.csv.Write(names); err != nil {
		w.err = err
		return err
	}
	if w.HXL {
		if err := w.csv.Write(tags); err != nil {
			w.err = err
			return err
		}
	}
	return nil
}

// Write writes one event's row. A value that cannot be written (an invalid
// date range, point or count, text that is not UTF-8) gives a *WriteError
// and writes nothing; the writer goes on with the next event. After an
// I/O error every later call returns that error.
func (w *WideWriter) Write(e event.Event) error {
	w.warnings = w.warnings[:0]
	if err := w.start(); err != nil {
		return err
	}
	if err := w.fill(&e); err != nil {
		return err
	}
	for i, c := range w.row {
		if !utf8.ValidString(c) {
			return &WriteError{ID: e.ID, Field: wideColumns[i].name, Err: fmt.Errorf("table: %w", event.ErrBadText)}
		}
	}
	w.warnings = wideLosses(w.warnings, &e)
	for i, c := range w.row {
		switch {
		case !w.NoNeutralise && c != "" && trigger(c[0]) && !(wideColumns[i].numeric && plainNumber(c)):
			w.row[i] = "'" + c
		case w.NoNeutralise && formula.Like(c):
			w.warnings = append(w.warnings, formulaWarning(wideColumns[i].name, c))
		}
	}
	if err := w.csv.Write(w.row[:]); err != nil {
		var fe *flatcsv.FieldError
		if errors.As(err, &fe) {
			w.warnings = w.warnings[:0] // the error says why
			return &WriteError{ID: e.ID, Field: wideColumns[fe.Field].name, Err: fmt.Errorf("table: %w", fe.Err)}
		}
		w.err = err
	}
	return w.err
}

// Warnings returns the warnings about the event last passed to Write (nil
// if none), valid until the next Write; copy the slice (slices.Clone) to
// keep it. Each is an event.Problem of severity event.Warning:
//
//   - event.ErrLost: a fact of the event that the wide table drops (see the
//     package documentation, "Wide table"), at its JSON path in the event:
//     "participants[1]" (its citations and note), "casualties[0]" (its
//     phrase and note), "citations[2]" (the members beyond the source's and
//     intermediaries' names, named in the message), "claims[0]",
//     "related[0]", `ext["…"]`, "when.open_start", "where.place.path[4]"
//     (a unit beyond admin3).
//   - event.ErrFormula: with NoNeutralise, a formula-like cell written raw,
//     Path the column name.
func (w *WideWriter) Warnings() event.Problems {
	if len(w.warnings) == 0 {
		return nil
	}
	return w.warnings[:len(w.warnings):len(w.warnings)]
}

// Close writes the header if no event was written and flushes. It does
// not close the underlying io.Writer.
func (w *WideWriter) Close() error {
	if err := w.start(); err != nil {
		return err
	}
	if err := w.csv.Flush(); err != nil {
		w.err = err
	}
	return w.err
}

// fill sets w.row from e.
func (w *WideWriter) fill(e *event.Event) error {
	fail := func(err error, field string) error { return &WriteError{ID: e.ID, Field: field, Err: err} }
	r := &w.row
	clear(r[:])
	r[wID] = e.ID.String()
	var keys []string
	for _, k := range e.Keys {
		keys = append(keys, k.String())
	}
	r[wKeys] = strings.Join(keys, "; ")
	r[wTitle] = e.Title
	r[wType] = string(e.Type)
	if e.Type != "" {
		root := e.Type
		for p := root.Parent(); p != ""; p = p.Parent() {
			root = p
		}
		r[wEventType] = root.Label()
		if root != e.Type {
			r[wSubEventType] = e.Type.Label()
		}
		if info, ok := e.Type.Info(); ok {
			var ds []string
			for _, d := range info.Disorder {
				ds = append(ds, d.Label())
			}
			r[wDisorder] = strings.Join(ds, "; ")
		}
	}
	if err := e.When.Validate(); err != nil {
		return fail(err, "when")
	}
	if !e.When.IsZero() {
		if !e.When.OpenStart {
			r[wStart] = e.When.Start.String()
		}
		if !e.When.OpenEnd {
			r[wEnd] = e.When.End.String()
		}
		r[wDatePrecision] = e.When.Precision.String()
	}

	wh := &e.Where
	for _, u := range wh.Place.Path {
		w.admin(u.Level, u.Name, u.Code)
	}
	w.admin(wh.Place.Level, wh.Place.Name, "")
	r[wLocation] = wh.Place.Name
	switch wh.Relation {
	case place.RelationNear:
		r[wLocationRelation] = "near"
	case place.RelationBetween:
		r[wLocationRelation] = strings.TrimSpace("between " + wh.Other.Name)
	}
	r[wLocationText] = wh.Text
	if wh.Point != nil {
		if err := wh.Point.Validate(); err != nil {
			return fail(err, "where.point")
		}
		r[wLatitude], r[wLongitude] = formatFloat(wh.Point.Lat), formatFloat(wh.Point.Lon)
	}
	if !wh.Precision.IsZero() {
		r[wGeoPrecision] = wh.Precision.String()
	}

	var roles [wOtherActors - wPerpetrators + 1][]string
	for _, p := range e.Participants {
		name := p.Actor.Name
		if name == "" {
			name = string(p.Actor.ID)
		}
		if name == "" {
			continue
		}
		col := wOtherActors
		switch p.Role {
		case event.Perpetrator:
			col = wPerpetrators
		case event.PerpetratorAssociate:
			col = wPerpetratorAssociates
		case event.Target:
			col = wTargets
		case event.TargetAssociate:
			col = wTargetAssociates
		default:
			name += " (" + p.Role.Label() + ")"
		}
		roles[col-wPerpetrators] = appendNew(roles[col-wPerpetrators], name)
	}
	for i, names := range roles {
		r[wPerpetrators+i] = strings.Join(names, "; ")
	}

	if err := w.killed(e); err != nil {
		return err
	}
	var figs []string
	for i, c := range e.Casualties {
		if err := c.Count.Validate(); err != nil {
			return fail(err, "casualties["+strconv.Itoa(i)+"].count")
		}
		s := c.Figure.String()
		if c.Party.Name != "" {
			s += " (" + c.Party.Name + ")"
		}
		if src := citationSource(e, c.Citation); src != "" {
			s += " [" + src + "]"
		}
		figs = append(figs, s)
	}
	r[wCasualties] = strings.Join(figs, "; ")

	var srcs []string
	for _, c := range e.Citations {
		s := c.Source.Name
		for _, v := range c.Via {
			s += " via " + v.Name
		}
		srcs = appendNew(srcs, s)
	}
	r[wSources] = strings.Join(srcs, "; ")
	r[wNotes] = e.Notes
	r[wTags] = strings.Join(e.Tags, "; ")
	return nil
}

// admin fills the country or admin columns of a unit at level l.
func (w *WideWriter) admin(l place.Level, name, code string) {
	var nameCol int
	switch l {
	case place.LevelCountry:
		nameCol = wCountry
	case place.LevelAdmin1:
		nameCol = wAdmin1
	case place.LevelAdmin2:
		nameCol = wAdmin2
	case place.LevelAdmin3:
		nameCol = wAdmin3
	default:
		return
	}
	w.row[nameCol] = name
	if code != "" {
		w.row[nameCol+1] = code
	}
}

// killed fills the killed_ columns: casualty.Reconcile of the killed
// figures of one group. That is the group of people in general when some
// figure with a known count has it, or else the group whose summary has
// the highest lower bound (the first such group on a tie); killed_group
// names it. Groups overlap (children are often civilians), so figures of
// different groups are never added up.
func (w *WideWriter) killed(e *event.Event) error {
	var groups []casualty.Group
	byGroup := map[casualty.Group][]casualty.Figure{}
	for _, c := range e.Casualties {
		if c.Outcome != casualty.Killed {
			continue
		}
		g := c.Group
		if g == "" {
			g = casualty.People
		}
		if _, ok := byGroup[g]; !ok {
			groups = append(groups, g)
		}
		byGroup[g] = append(byGroup[g], c.Figure)
	}
	if len(groups) == 0 {
		return nil
	}
	var best casualty.Summary
	var bestGroup casualty.Group
	for _, g := range groups {
		s, err := casualty.Reconcile(byGroup[g])
		if err != nil {
			return &WriteError{ID: e.ID, Field: "casualties", Err: err}
		}
		better := bestGroup == "" ||
			bestGroup != casualty.People && (g == casualty.People || s.HasLow && (!best.HasLow || s.Low > best.Low))
		if s.Used > 0 && better {
			best, bestGroup = s, g
		}
	}
	if bestGroup == "" {
		return nil // only unknown counts
	}
	r := &w.row
	if best.HasLow {
		r[wKilledLow] = strconv.FormatInt(best.Low, 10)
	}
	if best.HasBest {
		r[wKilledBest] = strconv.FormatInt(best.Best, 10)
	}
	if best.HasHigh {
		r[wKilledHigh] = strconv.FormatInt(best.High, 10)
	}
	r[wKilledGroup] = string(bestGroup)
	if best.Conflicting {
		r[wKilledConflicting] = "true"
	}
	return nil
}

// citationSource names the originator of the event's citation id, or
// gives the ID itself when the event has no such citation.
func citationSource(e *event.Event, id string) string {
	if id == "" {
		return ""
	}
	if c, ok := e.Citation(id); ok && c.Source.Name != "" {
		return c.Source.Name
	}
	return id
}

// appendNew appends s unless list has it.
func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
