package geojson

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/jsonw"
	"github.com/conflictkit/conflict/place"
)

// Property names. They are the contract with map tools and with the Reader
// (see the package documentation for what each holds).
const (
	propType            = "type"
	propTypeLabel       = "type_label"
	propTypeParent      = "type_parent"
	propTypeParentLabel = "type_parent_label"
	propDisorder        = "disorder"
	propDisorderLabel   = "disorder_label"
	propTitle           = "title"
	propDateStart       = "date_start"
	propDateEnd         = "date_end"
	propDatePrecision   = "date_precision"
	propDateOpenStart   = "date_open_start"
	propDateOpenEnd     = "date_open_end"
	propPlace           = "place"
	propPlaceID         = "place_id"
	propPlaceLevel      = "place_level"
	propRelation        = "relation"
	propOtherPlace      = "other_place"
	propLocationText    = "location_text"
	propAdmin           = "admin"
	propCountry         = "country"
	propCountryCode     = "country_code"
	propGeoPrecision    = "geo_precision"
	propGeoACLED        = "geo_precision_acled"
	propGeoUCDP         = "geo_precision_ucdp"
	propActors          = "actors"
	propPerpetrator     = "perpetrator"
	propTarget          = "target"
	propKilled          = "killed"
	propKilledLow       = "killed_low"
	propKilledBest      = "killed_best"
	propKilledHigh      = "killed_high"
	propKilledGroup     = "killed_group"
	propKilledConflict  = "killed_conflicting"
	propSources         = "sources"
	propNotes           = "notes"
	propTags            = "tags"
	propKeys            = "keys"
	propEvent           = "event"
)

// adminProps are the flat admin-name properties for levels admin1 to admin3,
// with their code properties, indexed by level - LevelAdmin1.
var adminProps = [3][2]string{
	{"admin1", "admin1_code"},
	{"admin2", "admin2_code"},
	{"admin3", "admin3_code"},
}

// appendProperties appends the flat properties of e as the members of o
// (without the braces and without the "event" member). It checks what the
// event codecs would refuse, so that nothing unreadable is written.
func appendProperties(o *jsonw.Object, e *event.Event) error {
	t := e.Type
	if _, err := t.MarshalText(); err != nil {
		return &WriteError{ID: e.ID, Field: "type", Err: err}
	}
	o.Key(propType)
	o.B = jsonw.AppendString(o.B, string(t), false)
	if info, ok := t.Info(); ok {
		if info.Label != "" {
			o.String(propTypeLabel, info.Label)
		}
		if p := info.Parent; p != "" {
			o.String(propTypeParent, string(p))
			o.String(propTypeParentLabel, p.Label())
		}
		if len(info.Disorder) > 0 {
			codes := make([]string, len(info.Disorder))
			labels := make([]string, len(info.Disorder))
			for i, d := range info.Disorder {
				codes[i], labels[i] = string(d), d.Label()
			}
			o.Strings(propDisorder, codes)
			o.String(propDisorderLabel, strings.Join(labels, "; ")) // as ACLED's disorder_type cell
		}
	}
	o.String(propTitle, e.Title)

	if err := appendWhen(o, e.When); err != nil {
		return &WriteError{ID: e.ID, Field: "when", Err: err}
	}
	if err := appendWhere(o, &e.Where); err != nil {
		return &WriteError{ID: e.ID, Field: "where", Err: err}
	}

	if len(e.Participants) > 0 {
		o.Key(propActors)
		o.B = append(o.B, '[')
		for i, p := range e.Participants {
			if _, err := p.Role.MarshalText(); err != nil {
				return &WriteError{ID: e.ID, Field: fmt.Sprintf("participants[%d].role", i), Err: err}
			}
			if _, err := p.Actor.Kind.MarshalText(); err != nil {
				return &WriteError{ID: e.ID, Field: fmt.Sprintf("participants[%d].actor.kind", i), Err: err}
			}
			if _, err := p.Actor.ID.MarshalText(); err != nil {
				return &WriteError{ID: e.ID, Field: fmt.Sprintf("participants[%d].actor.id", i), Err: err}
			}
			if i > 0 {
				o.B = append(o.B, ',')
			}
			a := jsonw.Object{B: append(o.B, '{')}
			a.Key("role")
			a.B = jsonw.AppendString(a.B, string(p.Role), false)
			a.Key("name")
			a.B = jsonw.AppendString(a.B, p.Actor.Name, false)
			a.String("kind", string(p.Actor.Kind))
			a.String("id", string(p.Actor.ID))
			o.B = append(a.B, '}')
		}
		o.B = append(o.B, ']')
		o.String(propPerpetrator, joinNames(e.Participants, event.Perpetrator))
		o.String(propTarget, joinNames(e.Participants, event.Target))
	}

	if err := appendKilled(o, e); err != nil {
		return err
	}

	if len(e.Citations) > 0 {
		o.Strings(propSources, sourceNames(e))
	}
	o.String(propNotes, e.Notes)
	o.Strings(propTags, e.Tags)
	if len(e.Keys) > 0 {
		keys := make([]string, len(e.Keys))
		for i, k := range e.Keys {
			if err := k.Validate(); err != nil {
				return &WriteError{ID: e.ID, Field: fmt.Sprintf("keys[%d]", i), Err: err}
			}
			keys[i] = k.String()
		}
		o.Strings(propKeys, keys)
	}
	return nil
}

// appendWhen writes the date properties. Dates are written as the
// canonical JSON writes them (YYYY-MM-DD); an open end has no date and its
// flag instead.
func appendWhen(o *jsonw.Object, w event.When) error {
	if err := w.Validate(); err != nil {
		return err
	}
	if w.IsZero() {
		return nil
	}
	if !w.OpenStart {
		o.String(propDateStart, w.Start.String())
	}
	if !w.OpenEnd {
		o.String(propDateEnd, w.End.String())
	}
	o.String(propDatePrecision, w.Precision.String())
	o.Flag(propDateOpenStart, w.OpenStart)
	o.Flag(propDateOpenEnd, w.OpenEnd)
	return nil
}

// appendWhere writes the place properties: the place's name, ID and level,
// the relation, the admin path (as an array, and flat for map tools) and
// the geo precision with its ACLED and UCDP codes.
func appendWhere(o *jsonw.Object, w *event.Where) error {
	if !w.Relation.Valid() {
		return fmt.Errorf("%w: relation %d", place.ErrBadRelation, uint8(w.Relation))
	}
	if !w.Precision.Valid() {
		return fmt.Errorf("%w: precision %d", place.ErrBadPrecision, uint8(w.Precision))
	}
	ref := &w.Place
	if _, err := ref.ID.MarshalText(); err != nil {
		return err
	}
	if !ref.Level.Valid() {
		return fmt.Errorf("%w: place level %d", place.ErrBadLevel, uint8(ref.Level))
	}
	o.String(propPlace, ref.Name)
	o.String(propPlaceID, string(ref.ID))
	if ref.Level != place.LevelUnspecified {
		o.String(propPlaceLevel, ref.Level.String())
	}
	if !ref.IsZero() || w.Relation != place.RelationIn {
		o.String(propRelation, w.Relation.String())
	}
	o.String(propOtherPlace, w.Other.Name)
	o.String(propLocationText, w.Text)

	// The flat admin names: from the path, and from the place itself when
	// it is a country or an admin unit, so that a map tool can colour
	// events by governorate however the place was coded.
	var country, countryCode string
	var admin [3][2]string
	if len(ref.Path) > 0 {
		o.Key(propAdmin)
		o.B = append(o.B, '[')
		for i, u := range ref.Path {
			if !u.Level.Valid() {
				return fmt.Errorf("%w: path[%d] level %d", place.ErrBadLevel, i, uint8(u.Level))
			}
			if _, err := u.ID.MarshalText(); err != nil {
				return err
			}
			if i > 0 {
				o.B = append(o.B, ',')
			}
			a := jsonw.Object{B: append(o.B, '{')}
			a.Key("level")
			a.B = jsonw.AppendString(a.B, u.Level.String(), false)
			a.String("code", u.Code)
			a.Key("name")
			a.B = jsonw.AppendString(a.B, u.Name, false)
			a.String("id", string(u.ID))
			o.B = append(a.B, '}')
			switch {
			case u.Level == place.LevelCountry:
				country, countryCode = u.Name, u.Code
			case u.Level >= place.LevelAdmin1 && u.Level <= place.LevelAdmin3:
				admin[u.Level-place.LevelAdmin1] = [2]string{u.Name, u.Code}
			}
		}
		o.B = append(o.B, ']')
	}
	switch l := ref.Level; {
	case l == place.LevelCountry && country == "":
		country = ref.Name
	case l >= place.LevelAdmin1 && l <= place.LevelAdmin3 && admin[l-place.LevelAdmin1][0] == "":
		admin[l-place.LevelAdmin1][0] = ref.Name
	}
	o.String(propCountry, country)
	o.String(propCountryCode, countryCode)
	for i, a := range admin {
		o.String(adminProps[i][0], a[0])
		o.String(adminProps[i][1], a[1])
	}

	if p := w.Precision; p != place.PrecisionUnspecified {
		o.String(propGeoPrecision, p.String())
		if c, ok := p.ACLED(); ok {
			o.Int(propGeoACLED, int64(c), true)
		}
		if c, ok := p.UCDP(); ok {
			o.Int(propGeoUCDP, int64(c), true)
		}
	}
	return nil
}

// joinNames joins the names of the participants in role r with "; ", as
// ACLED joins associated actors.
func joinNames(ps []event.Participant, r event.Role) string {
	var b strings.Builder
	for _, p := range ps {
		if p.Role != r || p.Actor.Name == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.Actor.Name)
	}
	return b.String()
}

// sourceNames lists the names of the sources the event cites, each once,
// in order of first citation. A citation's intermediaries (Via) are not
// listed: the property says who makes the statements.
func sourceNames(e *event.Event) []string {
	names := make([]string, 0, len(e.Citations))
	for _, c := range e.Citations {
		n := c.Source.Name
		if n == "" {
			n = string(c.Source.ID)
		}
		if n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return names
}

// appendKilled writes the reconciled number of people killed.
func appendKilled(o *jsonw.Object, e *event.Event) error {
	g, s, ok, err := killed(e)
	if err != nil || !ok {
		return err
	}
	o.Key(propKilled)
	o.B = jsonw.AppendString(o.B, s.Count.String(), false)
	o.Int(propKilledLow, s.Low, s.HasLow)
	o.Int(propKilledBest, s.Best, s.HasBest)
	o.Int(propKilledHigh, s.High, s.HasHigh)
	o.String(propKilledGroup, string(g))
	o.Flag(propKilledConflict, s.Conflicting)
	return nil
}

// killed reconciles the event's figures of people killed (see the package
// documentation for which group is summarised). ok is false when the event
// has no such figure.
func killed(e *event.Event) (g casualty.Group, s casualty.Summary, ok bool, err error) {
	var groups []casualty.Group
	for i, c := range e.Casualties {
		if c.Outcome != casualty.Killed {
			continue
		}
		if err := c.Count.Validate(); err != nil {
			return "", s, false, &WriteError{ID: e.ID, Field: "casualties[" + strconv.Itoa(i) + "].count", Err: err}
		}
		if _, err := c.Group.MarshalText(); err != nil {
			return "", s, false, &WriteError{ID: e.ID, Field: "casualties[" + strconv.Itoa(i) + "].group", Err: err}
		}
		if g := orPeople(c.Group); !slices.Contains(groups, g) {
			groups = append(groups, g)
		}
	}
	if len(groups) == 0 {
		return "", s, false, nil
	}
	figures := func(g casualty.Group) []casualty.Figure {
		var fs []casualty.Figure
		for _, c := range e.Casualties {
			if c.Outcome == casualty.Killed && orPeople(c.Group) == g {
				fs = append(fs, c.Figure)
			}
		}
		return fs
	}
	if slices.Contains(groups, casualty.People) {
		groups = []casualty.Group{casualty.People}
	}
	best := int64(-1)
	for _, grp := range groups {
		sum, err := casualty.Reconcile(figures(grp))
		if err != nil { // counts were checked above: this is a bug, not bad data
			return "", s, false, &WriteError{ID: e.ID, Field: "casualties", Err: err}
		}
		lb := int64(0)
		switch {
		case sum.HasLow:
			lb = sum.Low
		case sum.HasBest:
			lb = sum.Best
		}
		if lb > best {
			g, s, best = grp, sum, lb
		}
	}
	return g, s, true, nil
}

func orPeople(g casualty.Group) casualty.Group {
	if g == "" {
		return casualty.People
	}
	return g
}
