package acled

import (
	"fmt"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/jsonr"
	"github.com/conflictkit/conflict/internal/jsonw"
)

// The Extra record travels with every event, and encoding/json's reflection
// cost more than the rest of reading a row, so it is encoded and decoded by
// hand. The encoding is byte for byte what encoding/json writes for the
// struct tags (members in field order, zero values left out, map keys
// sorted, '<', '>' and '&' escaped), so SetExtra and the Reader store the
// same bytes; the tests check it against encoding/json.

// MarshalJSON encodes x as encoding/json would encode its fields. It fails
// for a date or inter form outside its set, or an encoding the package
// cannot write.
func (x Extra) MarshalJSON() ([]byte, error) {
	if err := checkEncoding(x.Encoding); err != nil {
		return nil, err
	}
	if _, err := x.DateForm.MarshalText(); err != nil {
		return nil, err
	}
	if _, err := x.InterForm.MarshalText(); err != nil {
		return nil, err
	}
	for _, d := range x.Disorder {
		if _, err := d.MarshalText(); err != nil {
			return nil, err
		}
	}
	return x.appendJSON(make([]byte, 0, 256)), nil
}

// appendJSON appends the encoding of x, which must have valid forms and
// disorder types.
func (x *Extra) appendJSON(b []byte) []byte {
	o := jsonw.Object{B: append(b, '{'), HTML: true}
	o.String("layout", x.Layout)
	o.Flag("hxl", x.HXL)
	o.Flag("crlf", x.CRLF)
	o.Flag("cr", x.CR)
	o.String("encoding", x.Encoding)
	o.Flag("bom", x.BOM)
	o.String("date_form", x.DateForm.String())
	o.String("inter_form", x.InterForm.String())
	o.String("data_id", x.DataID)
	o.String("event_id_no_cnty", x.EventIDNoCnty)
	o.String("region", x.Region)
	o.String("gwno", x.GWNO)
	if x.Disorder != nil { // omitzero: an empty slice is written
		o.Key("disorder")
		o.B = append(o.B, '[')
		for i, d := range x.Disorder {
			if i > 0 {
				o.B = append(o.B, ',')
			}
			o.B = jsonw.AppendString(o.B, string(d), true)
		}
		o.B = append(o.B, ']')
	}
	o.Flag("civilian_targeting", x.CivilianTargeting)
	o.String("source_scale", x.SourceScale)
	o.Int("timestamp", x.Timestamp, x.Timestamp != 0)
	if x.Columns != nil {
		o.Key("columns")
		o.B = jsonw.AppendNameValues(o.B, len(x.Columns), func(i int) (string, string) { return x.Columns[i].Name, x.Columns[i].Value }, true)
	}
	if x.Verbatim != nil {
		o.Key("verbatim")
		o.B = jsonw.AppendMap(o.B, x.Verbatim, true)
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

// errExtra is the error of a malformed Extra record.
func errExtra(format string, args ...any) error {
	return fmt.Errorf("acled: Extra: %s: %w", fmt.Sprintf(format, args...), event.ErrBadExt)
}

// extraMembers are the member names of an Extra record, in field order.
var extraMembers = [...]string{"layout", "hxl", "crlf", "cr", "encoding", "bom", "date_form", "inter_form", "data_id",
	"event_id_no_cnty", "region", "gwno", "disorder", "civilian_targeting", "source_scale",
	"timestamp", "columns", "verbatim"}

// UnmarshalJSON decodes what MarshalJSON writes, strictly: member names are
// exact, unknown and repeated members are errors, numbers must be integers,
// and the forms and disorder types must be in their sets. A null member
// leaves its field zero, as encoding/json does; a null record leaves x
// unchanged. Errors wrap event.ErrBadExt.
func (x *Extra) UnmarshalJSON(b []byte) error {
	// One string for the whole record: the members' texts are cut from it.
	d := jsonr.New(string(b), errExtra)
	if d.Null() {
		return d.End()
	}
	var v Extra
	if err := d.Members("Extra", extraMembers[:], func(i int) error { return v.member(&d, extraMembers[i]) }); err != nil {
		return err
	}
	if err := d.End(); err != nil {
		return err
	}
	*x = v
	return nil
}

// member decodes the value of member k.
func (x *Extra) member(d *jsonr.Decoder, k string) error {
	var err error
	switch k {
	case "layout":
		err = d.Str(k, &x.Layout)
	case "hxl":
		err = d.Bool(k, &x.HXL)
	case "crlf":
		err = d.Bool(k, &x.CRLF)
	case "cr":
		err = d.Bool(k, &x.CR)
	case "encoding":
		if err = d.Str(k, &x.Encoding); err == nil {
			err = checkEncoding(x.Encoding)
		}
	case "bom":
		err = d.Bool(k, &x.BOM)
	case "date_form":
		var s string
		if err = d.Str(k, &s); err == nil && s != "" {
			if x.DateForm, err = ParseDateForm(s); err != nil {
				err = errExtra("%v", err)
			}
		}
	case "inter_form":
		var s string
		if err = d.Str(k, &s); err == nil && s != "" {
			if x.InterForm, err = ParseInterForm(s); err != nil {
				err = errExtra("%v", err)
			}
		}
	case "data_id":
		err = d.Str(k, &x.DataID)
	case "event_id_no_cnty":
		err = d.Str(k, &x.EventIDNoCnty)
	case "region":
		err = d.Str(k, &x.Region)
	case "gwno":
		err = d.Str(k, &x.GWNO)
	case "disorder":
		err = x.disorder(d)
	case "civilian_targeting":
		err = d.Bool(k, &x.CivilianTargeting)
	case "source_scale":
		err = d.Str(k, &x.SourceScale)
	case "timestamp":
		err = d.Int64(k, &x.Timestamp)
	case "columns":
		cols := []Column{} // as encoding/json: [] is not null
		var null bool
		if null, err = d.NameValues(k, func(n, v string) { cols = append(cols, Column{n, v}) }); !null && err == nil {
			x.Columns = cols
		}
	case "verbatim":
		err = d.Map(k, &x.Verbatim)
	}
	return err
}

// disorder decodes the disorder array.
func (x *Extra) disorder(d *jsonr.Decoder) error {
	if d.Null() {
		return nil
	}
	x.Disorder = []event.Disorder{} // as encoding/json: [] is not null
	return d.Array("disorder", func() error {
		var s string
		if err := d.Str("disorder", &s); err != nil {
			return err
		}
		var v event.Disorder
		if err := v.UnmarshalText([]byte(s)); err != nil {
			return errExtra("%v", err)
		}
		x.Disorder = append(x.Disorder, v)
		return nil
	})
}
