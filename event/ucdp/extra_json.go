package ucdp

import (
	"fmt"
	"strconv"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/jsonr"
	"github.com/conflictkit/conflict/internal/jsonw"
)

// The Extra record is encoded and decoded by hand: it travels with every
// event, and encoding/json's reflection cost more than the rest of reading
// a row. The wire form is exactly encoding/json's for the struct tags
// (members in field order, zero members left out, map keys sorted), except
// that '<', '>' and '&' are not escaped, as in the SDK's canonical JSON.

// MarshalJSON encodes x as a JSON object with the members of its struct
// tags, leaving out zero values.
func (x Extra) MarshalJSON() ([]byte, error) {
	if _, err := x.Layout.MarshalText(); err != nil {
		return nil, err
	}
	if err := checkEncoding(x.Encoding); err != nil {
		return nil, err
	}
	return x.appendJSON(make([]byte, 0, 512)), nil
}

func (x *Extra) appendJSON(b []byte) []byte {
	o := jsonw.Object{B: append(b, '{')}
	o.String("layout", string(x.Layout))
	o.Flag("crlf", x.CRLF)
	o.Flag("cr", x.CR)
	o.String("encoding", x.Encoding)
	o.Flag("bom", x.BOM)
	o.String("relid", x.RelID)
	o.String("code_status", x.CodeStatus)
	if x.ActiveYear != nil {
		o.Key("active_year")
		o.B = strconv.AppendBool(o.B, *x.ActiveYear)
	}
	o.Flag("active_year_words", x.ActiveYearWords)
	o.String("conflict_dset_id", x.ConflictDsetID)
	o.String("conflict_new_id", x.ConflictNewID)
	o.String("conflict_name", x.ConflictName)
	o.String("dyad_dset_id", x.DyadDsetID)
	o.String("dyad_new_id", x.DyadNewID)
	o.String("dyad_name", x.DyadName)
	o.String("side_a_dset_id", x.SideADsetID)
	o.String("side_a_new_id", x.SideANewID)
	o.String("side_b_dset_id", x.SideBDsetID)
	o.String("side_b_new_id", x.SideBNewID)
	o.String("gwnoa", x.GWNoA)
	o.String("gwnob", x.GWNoB)
	if x.NumberOfSources != nil {
		o.Int("number_of_sources", int64(*x.NumberOfSources), true)
	}
	o.String("source_article", x.SourceArticle)
	o.String("source_original", x.SourceOriginal)
	o.String("priogrid_gid", x.PrioGridGID)
	o.String("country_id", x.CountryID)
	o.Int("event_clarity", int64(x.EventClarity), x.EventClarity != 0)
	o.String("date_time", x.DateTime)
	o.String("date_form", x.DateForm)
	o.Int("wkt_decimals", int64(x.WKTDecimals), x.WKTDecimals != 0)
	if x.Columns != nil {
		o.Key("columns")
		o.B = jsonw.AppendNameValues(o.B, len(x.Columns), func(i int) (string, string) { return x.Columns[i].Name, x.Columns[i].Value }, false)
	}
	if x.Verbatim != nil {
		o.Key("verbatim")
		o.B = jsonw.AppendMap(o.B, x.Verbatim, false)
	}
	return append(o.B, '}')
}

// checkEncoding checks the name of an encoding in an Extra record.
func checkEncoding(name string) error {
	if name == "" {
		return nil
	}
	if _, err := encodingNamed(name); err != nil {
		return errExtra("%v", err)
	}
	return nil
}

// errExtra wraps a decoding problem of an Extra record.
func errExtra(format string, args ...any) error {
	return fmt.Errorf("ucdp: Extra record: %s: %w", fmt.Sprintf(format, args...), event.ErrBadExt)
}

// UnmarshalJSON decodes what MarshalJSON writes, strictly: unknown and
// repeated members, and values of the wrong type, are errors wrapping
// event.ErrBadExt (an unknown layout wraps ErrBadLayout). JSON null leaves
// x unchanged; a null member leaves its field zero.
func (x *Extra) UnmarshalJSON(b []byte) error {
	// One string of the whole input, of which unescaped values are
	// slices: one allocation instead of one per member.
	d := jsonr.New(string(b), errExtra)
	if d.Null() {
		return d.End()
	}
	var v Extra
	if err := d.Members("Extra record", extraMembers[:], func(i int) error { return v.member(&d, extraMembers[i]) }); err != nil {
		return err
	}
	if err := d.End(); err != nil {
		return err
	}
	*x = v
	return nil
}

// extraMembers are the member names, in field order.
var extraMembers = [...]string{"layout", "crlf", "cr", "encoding", "bom", "relid", "code_status", "active_year", "active_year_words",
	"conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name",
	"side_a_dset_id", "side_a_new_id", "side_b_dset_id", "side_b_new_id", "gwnoa", "gwnob",
	"number_of_sources", "source_article", "source_original", "priogrid_gid", "country_id",
	"event_clarity", "date_time", "date_form", "wkt_decimals", "columns", "verbatim"}

// member decodes the value of member k.
func (x *Extra) member(d *jsonr.Decoder, k string) error {
	var s *string
	switch k {
	case "layout":
		var v string
		if err := d.Str(k, &v); err != nil {
			return err
		}
		l, err := parseLayoutName(v)
		x.Layout = l
		return err
	case "relid":
		s = &x.RelID
	case "code_status":
		s = &x.CodeStatus
	case "crlf":
		return d.Bool(k, &x.CRLF)
	case "cr":
		return d.Bool(k, &x.CR)
	case "encoding":
		if err := d.Str(k, &x.Encoding); err != nil {
			return err
		}
		return checkEncoding(x.Encoding)
	case "bom":
		return d.Bool(k, &x.BOM)
	case "active_year":
		return d.BoolPtr(k, &x.ActiveYear)
	case "active_year_words":
		return d.Bool(k, &x.ActiveYearWords)
	case "conflict_dset_id":
		s = &x.ConflictDsetID
	case "conflict_new_id":
		s = &x.ConflictNewID
	case "conflict_name":
		s = &x.ConflictName
	case "dyad_dset_id":
		s = &x.DyadDsetID
	case "dyad_new_id":
		s = &x.DyadNewID
	case "dyad_name":
		s = &x.DyadName
	case "side_a_dset_id":
		s = &x.SideADsetID
	case "side_a_new_id":
		s = &x.SideANewID
	case "side_b_dset_id":
		s = &x.SideBDsetID
	case "side_b_new_id":
		s = &x.SideBNewID
	case "gwnoa":
		s = &x.GWNoA
	case "gwnob":
		s = &x.GWNoB
	case "number_of_sources":
		return d.IntPtr(k, &x.NumberOfSources)
	case "source_article":
		s = &x.SourceArticle
	case "source_original":
		s = &x.SourceOriginal
	case "priogrid_gid":
		s = &x.PrioGridGID
	case "country_id":
		s = &x.CountryID
	case "event_clarity":
		return d.Int(k, &x.EventClarity)
	case "date_time":
		s = &x.DateTime
	case "date_form":
		if err := d.Str(k, &x.DateForm); err != nil {
			return err
		}
		if !validDateForm(x.DateForm) {
			return errExtra("date_form %s is not a date form this package writes", fielderr.Quote(x.DateForm))
		}
		return nil
	case "wkt_decimals":
		return d.Int(k, &x.WKTDecimals)
	case "columns":
		cols := []Column{} // as encoding/json: [] is not null
		null, err := d.NameValues(k, func(n, v string) { cols = append(cols, Column{n, v}) })
		if !null && err == nil {
			x.Columns = cols
		}
		return err
	case "verbatim":
		return d.Map(k, &x.Verbatim)
	}
	return d.Str(k, s)
}
