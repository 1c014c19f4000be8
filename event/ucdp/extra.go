package ucdp

import (
	"fmt"

	"github.com/conflictkit/conflict/event"
)

// ExtKey is the extension key under which an event read from UCDP GED
// carries its Extra record.
const ExtKey = "se.uu.ucdp/row"

// KeyScheme is the scheme of a UCDP GED id: event.Key{Scheme: "ucdp",
// Value: "306667"}; the event's ID is derived from that key.
const KeyScheme = "ucdp"

// CitationID is the local ID of the citation that stands for UCDP itself:
// the death figures are attributed to it, because they are UCDP's coding of
// its sources, not any one source's report. The Writer does not write it
// as a source.
const CitationID = "ucdp"

// Extra holds what a UCDP GED row says that the event model has no place
// for, so that the row can be written back field for field, also after a
// detour through JSON. Everything the model can hold (type, sides, dates,
// places, point, precisions, deaths, sources) lives in the event itself,
// not here.
//
// UCDP's identifiers (conflict, dyad and side IDs, priogrid_gid,
// country_id, Gleditsch–Ward numbers) are kept as the text of their cells:
// they are codes to compare, not numbers to compute with, and gwnoa/gwnob
// may hold lists such as "2;200;900".
type Extra struct {
	// Layout is the layout the row was read from; a Writer with no layout
	// set writes this one.
	Layout Layout `json:"layout,omitzero"`
	// CRLF and CR report that the file's lines end in CR LF or in a lone
	// CR (never both); neither means LF. A Writer with no line end set
	// writes the first event's.
	CRLF bool `json:"crlf,omitzero"`
	CR   bool `json:"cr,omitzero"`
	// Encoding is the stable name of the file's text encoding
	// ("windows-1252", "iso-8859-1", "utf-16le"; see Reader.EncodingUsed):
	// "" for UTF-8, and for an ASCII row of a file whose encoding was
	// detected rather than given by a byte-order mark or Reader.Encoding
	// (it reads the same in any encoding detection chooses). A Writer with
	// no Encoding set writes in the encoding of the first event whose Extra
	// names one; the rows before it are ASCII, so the file comes back as
	// it was read.
	Encoding string `json:"encoding,omitzero"`
	// BOM reports that the file began with a byte-order mark.
	BOM bool `json:"bom,omitzero"`

	RelID      string `json:"relid,omitzero"`       // 20.1+: text ID such as "SYR-2015-1-14620-619"
	CodeStatus string `json:"code_status,omitzero"` // 20.1+: "Clear" in every row seen
	// ActiveYear is active_year: whether the event belongs to a conflict
	// year that passed UCDP's threshold; nil when the cell is empty.
	ActiveYear *bool `json:"active_year,omitzero"`
	// ActiveYearWords records that active_year was written "true"/"false"
	// (GED 25.1 and later) rather than "1"/"0".
	ActiveYearWords bool `json:"active_year_words,omitzero"`

	ConflictDsetID string `json:"conflict_dset_id,omitzero"` // 20.1+
	ConflictNewID  string `json:"conflict_new_id,omitzero"`
	ConflictName   string `json:"conflict_name,omitzero"` // e.g. "Syria: Government"
	DyadDsetID     string `json:"dyad_dset_id,omitzero"`  // 20.1+
	DyadNewID      string `json:"dyad_new_id,omitzero"`
	DyadName       string `json:"dyad_name,omitzero"`      // e.g. "Government of Syria - Syrian insurgents"
	SideADsetID    string `json:"side_a_dset_id,omitzero"` // 20.1+
	SideANewID     string `json:"side_a_new_id,omitzero"`
	SideBDsetID    string `json:"side_b_dset_id,omitzero"` // 20.1+
	SideBNewID     string `json:"side_b_new_id,omitzero"`
	GWNoA          string `json:"gwnoa,omitzero"` // Gleditsch–Ward number(s) of side A, as text
	GWNoB          string `json:"gwnob,omitzero"` // Gleditsch–Ward number(s) of side B, as text

	// NumberOfSources is number_of_sources; -1 means UCDP did not record
	// it (common for old events), nil an empty cell.
	NumberOfSources *int `json:"number_of_sources,omitzero"`
	// SourceArticle is source_article as written, kept only when it is not
	// the packed form "Outlet,YYYY-MM-DD,Headline";… that the event's
	// citations regenerate: old rows hold free text such as "R 2/6/1990"
	// or "Burma Human Rights Yearbook 2003", which cannot be split into
	// citations faithfully.
	SourceArticle string `json:"source_article,omitzero"`
	// SourceOriginal is source_original, the originators of the
	// information ("SOHR", "local residents"), as free text that is not
	// parallel to the list of outlets.
	SourceOriginal string `json:"source_original,omitzero"`

	PrioGridGID string `json:"priogrid_gid,omitzero"` // PRIO-GRID cell of the point
	CountryID   string `json:"country_id,omitzero"`   // Gleditsch–Ward number, not ISO (Syria is 652)
	// EventClarity is event_clarity: 1 the event is clearly identified, 2 an
	// aggregate of a total reported over a period; 0 when empty.
	EventClarity int `json:"event_clarity,omitzero"`

	// DateTime is the time part that followed the dates in date_start and
	// date_end, as written (" 00:00:00.000" in 20.1+ CSVs, "T00:00:00" from
	// the API, "T00:00:00Z" from R's readr); empty for plain YYYY-MM-DD.
	// Only midnight is read. The Writer appends it in the layout the row
	// came from and in LayoutGED20; the 19.1-style layouts get plain dates.
	DateTime string `json:"date_time,omitzero"`
	// DateForm is the form of date_start when a spreadsheet re-wrote it
	// with an English month name, as a Go time layout: "02-January-2006"
	// for 01-January-2015, "2-Jan-2006" for 1-Jan-2015, also with spaces
	// or a two-digit year ("2 Jan 06"); empty for YYYY-MM-DD. The Writer
	// writes both dates of the row in it, in any layout.
	DateForm string `json:"date_form,omitzero"`
	// WKTDecimals is the number of decimals geom_wkt was written with when
	// UCDP wrote it with a fixed count ("POINT (98.000000 22.000000)" in
	// GED 19.1); 0 means the shortest form, as latitude and longitude.
	WKTDecimals int `json:"wkt_decimals,omitzero"`

	// Columns holds the cells of columns this package does not know, in
	// the order of the header, so that they are written back.
	Columns []Column `json:"columns,omitzero"`
	// Verbatim holds, by column name, the cells whose text the Writer would
	// not regenerate identically from the event and the fields above (say
	// a geom_wkt written with more decimals than latitude). The Writer
	// writes these cells as they are. The Reader fills it by formatting
	// every cell back and comparing; on real data it is nearly always
	// empty.
	Verbatim map[string]string `json:"verbatim,omitzero"`
}

// Column is the cell of a column this package does not know.
type Column struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// GetExtra returns the Extra record of e. It reports false, with no error,
// when e has none (an event from another format); an error, wrapping
// event.ErrBadExt, means the member is there but is not a valid Extra.
func GetExtra(e event.Event) (Extra, bool, error) {
	raw, ok := e.Ext[ExtKey]
	if !ok {
		return Extra{}, false, nil
	}
	var x Extra
	if err := x.UnmarshalJSON(raw); err != nil {
		return Extra{}, true, fmt.Errorf("ucdp: extension %q: %w", ExtKey, err)
	}
	return x, true, nil
}

// SetExtra stores x as the Extra record of e, replacing any earlier one.
// It fails, wrapping ErrBadLayout, for an unknown layout.
func SetExtra(e *event.Event, x Extra) error {
	b, err := x.MarshalJSON()
	if err != nil {
		return err
	}
	if e.Ext == nil {
		e.Ext = event.Ext{}
	}
	e.Ext[ExtKey] = b
	return nil
}
