package acled

import (
	"fmt"

	"github.com/conflictkit/conflict/event"
)

// ExtKey is the extension key under which an event read from ACLED keeps
// its Extra record.
const ExtKey = "com.acleddata/row"

// Key schemes of the identifiers an event read from ACLED is known under
// (see the package documentation, "Identifiers").
const (
	// KeyScheme is the scheme of event_id_cnty: event.Key{Scheme: "acled",
	// Value: "SYR78126"}.
	KeyScheme = "acled"
	// DataIDScheme is the scheme of the first fallback, the data_id of
	// older exports, used when event_id_cnty is empty.
	DataIDScheme = "acled-data-id"
	// RowScheme is the scheme of the last fallback: a hash of the row's
	// cells, used when both event_id_cnty and data_id are empty. It is not
	// recorded in Event.Keys, as nobody else knows the row by it.
	RowScheme = "acled-row"
)

// CitationID is the local ID of the citation that stands for ACLED itself:
// the fatality figure is attributed to it, because the number is ACLED's
// coding, not any one source's report.
const CitationID = "acled"

// Extra holds what an ACLED row has and the event model does not, so that a
// row read and written back is identical field for field, also after a
// detour through JSON. It lives in Event.Ext under ExtKey (see GetExtra,
// SetExtra). The zero value is an empty record.
type Extra struct {
	// Layout is the layout family the row was read from (LayoutCurrent,
	// Layout2019, ...); a Writer with no layout set writes in it.
	Layout string `json:"layout,omitzero"`
	// HXL reports that the file had an HXL hashtag row under its header.
	HXL bool `json:"hxl,omitzero"`
	// CRLF reports that the file's lines end in CR LF.
	CRLF bool `json:"crlf,omitzero"`
	// CR reports that the file's lines end in a lone CR (Excel for Mac's
	// CSV); the Reader never sets both CR and CRLF.
	CR bool `json:"cr,omitzero"`
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
	// DateForm is the form of the row's event_date; a Writer writes the
	// date back in it.
	DateForm DateForm `json:"date_form,omitzero"`
	// InterForm is the form of the file's inter codes (numeric or text).
	InterForm InterForm `json:"inter_form,omitzero"`

	// DataID is data_id, the numeric row ID of older exports.
	DataID string `json:"data_id,omitzero"`
	// EventIDNoCnty is event_id_no_cnty, the number of event_id_cnty
	// without its country prefix; older layouts only. It is not unique.
	EventIDNoCnty string `json:"event_id_no_cnty,omitzero"`
	// Region is ACLED's world region ("Middle East").
	Region string `json:"region,omitzero"`
	// GWNO is the Gleditsch–Ward country number of older layouts (Syria
	// 652). It is not an ISO code, so it is not mapped onto the country.
	GWNO string `json:"gwno,omitzero"`
	// Disorder is disorder_type as the row gives it (2022 onward): a set,
	// in the row's order, which may differ from the type's usual disorder
	// types (event.TypeInfo.Disorder).
	Disorder []event.Disorder `json:"disorder,omitzero"`
	// CivilianTargeting is true when civilian_targeting reads "Civilian
	// targeting" (2022 onward).
	CivilianTargeting bool `json:"civilian_targeting,omitzero"`
	// SourceScale is source_scale, ACLED's classification of the sources
	// by scale ("National", "Local partner-Other"), kept as written.
	SourceScale string `json:"source_scale,omitzero"`
	// Timestamp is the row's last edit in Unix seconds (not the event's
	// date); 0 when the row has none.
	Timestamp int64 `json:"timestamp,omitzero"`

	// Columns are the cells of columns this package does not know, such as
	// population_best or the unnamed index column of the 2016 file, in
	// header order. A Writer writes them back when its layout has them.
	Columns []Column `json:"columns,omitzero"`
	// Verbatim holds, by lower-case column name, the cells whose text the
	// Writer would not regenerate identically from the event and the fields
	// above ("09-May-20" where it would write "9-May-20"). It is almost
	// always empty. A Writer uses it only when writing a row back as it was
	// read: same layout family, date form and inter form. A caller that
	// edits an event should delete the entries for the columns it changes.
	Verbatim map[string]string `json:"verbatim,omitzero"`
}

// Column is one cell of a column the package does not know.
type Column struct {
	Name  string `json:"name"`  // the column name as in the header
	Value string `json:"value"` // the cell
}

// Column returns the cell of the unknown column named name (compared
// exactly), and false if the row had no such column.
func (x *Extra) Column(name string) (string, bool) {
	for _, c := range x.Columns {
		if c.Name == name {
			return c.Value, true
		}
	}
	return "", false
}

// GetExtra returns the Extra record of e. It reports false, with no error,
// for an event that has none (one not read from ACLED). A member that does
// not decode (see Extra.UnmarshalJSON) gives an error wrapping
// event.ErrBadExt.
func GetExtra(e event.Event) (Extra, bool, error) {
	raw, ok := e.Ext[ExtKey]
	if !ok {
		return Extra{}, false, nil
	}
	var x Extra
	if err := x.UnmarshalJSON(raw); err != nil {
		return Extra{}, true, fmt.Errorf("acled: extension %q: %w", ExtKey, err)
	}
	return x, true, nil
}

// SetExtra stores x in e's extensions under ExtKey. It fails, wrapping
// event.ErrBadExt, for a record JSON cannot hold (a form outside its set).
func SetExtra(e *event.Event, x Extra) error {
	b, err := x.MarshalJSON()
	if err != nil {
		return fmt.Errorf("acled: extension %q: %w: %w", ExtKey, event.ErrBadExt, err)
	}
	if e.Ext == nil {
		e.Ext = event.Ext{}
	}
	e.Ext[ExtKey] = b
	return nil
}
