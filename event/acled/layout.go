package acled

import (
	"slices"
	"strings"
)

// Layout is an ACLED column layout: a family Name, the header cells in order,
// and the HXL hashtag row written under the header (nil for none).
//
// The package variables below are the layouts REFERENCE.md documents. They
// are copies: changing them does not change what the package detects or
// writes by default. Reader.Layout returns the layout of the file being
// read, with the header exactly as written (its columns may be a subset or a
// superset of the family's), so that a Writer given it writes the same
// columns and hashtags back.
type Layout struct {
	// Name is the layout family: LayoutCurrent, Layout2019,
	// LayoutRealtime2016, LayoutV5 or LayoutHDX.
	Name string
	// Columns are the header cells as written, in order. Known columns are
	// matched case-insensitively; any other column is written from the
	// event's Extra.Columns.
	Columns []string
	// HXL is the hashtag row under the header, one cell per column (""
	// for an untagged column), or nil for none.
	HXL []string
}

// IsZero reports whether l has no columns; a Writer given the zero Layout
// picks one itself.
func (l Layout) IsZero() bool { return len(l.Columns) == 0 }

// Layout family names, as stored in Extra.Layout.
const (
	LayoutCurrent      = "current"       // 2022 onward, API and export, 31 columns
	Layout2019         = "2019"          // the 2019–2021 export, 31 columns
	LayoutRealtime2016 = "realtime-2016" // the 2016 realtime file, 27 columns
	LayoutV5           = "v5"            // version 5 (1997–2015 data), 25 upper-case columns
	LayoutHDX          = "hdx"           // HDX country files: the current columns and an HXL row
)

// Column lists of the documented layouts (REFERENCE.md §1.2, §1.3).
var (
	currentColumns = []string{"event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
		"event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
		"inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
		"admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
		"fatalities", "tags", "timestamp"}
	columns2019 = []string{"data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year",
		"time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
		"assoc_actor_2", "inter2", "interaction", "region", "country", "admin1", "admin2", "admin3",
		"location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
		"fatalities", "timestamp", "iso3"}
	// The first cell is empty: a pandas index column written to disk.
	columnsRealtime2016 = []string{"", "actor1", "actor2", "admin1", "admin2", "admin3", "ally_actor_1",
		"ally_actor_2", "country", "data_id", "event_date", "event_id_cnty", "event_id_no_cnty",
		"event_type", "fatalities", "geo_precision", "gwno", "inter1", "inter2", "interaction",
		"latitude", "location", "longitude", "notes", "source", "time_precision", "year"}
	columnsV5 = []string{"GWNO", "EVENT_ID_CNTY", "EVENT_ID_NO_CNTY", "EVENT_DATE", "YEAR",
		"TIME_PRECISION", "EVENT_TYPE", "ACTOR1", "ALLY_ACTOR_1", "INTER1", "ACTOR2", "ALLY_ACTOR_2",
		"INTER2", "INTERACTION", "COUNTRY", "ADMIN1", "ADMIN2", "ADMIN3", "LOCATION", "LATITUDE",
		"LONGITUDE", "GEO_PRECISION", "SOURCE", "NOTES", "FATALITIES"}
)

// hxlTags is how HDX tags ACLED columns (REFERENCE.md §5). Other columns
// are left untagged, as HXL allows.
var hxlTags = map[string]string{
	"event_id_cnty": "#event+code", "event_date": "#date+occurred", "year": "#date+year",
	"event_type": "#event+type", "sub_event_type": "#event+type+sub",
	"actor1": "#group+name+first", "assoc_actor_1": "#group+name+first+assoc",
	"actor2": "#group+name+second", "assoc_actor_2": "#group+name+second+assoc",
	"region": "#region+name", "country": "#country+name", "iso3": "#country+code",
	"admin1": "#adm1+name", "admin2": "#adm2+name", "admin3": "#adm3+name",
	"location": "#loc+name", "latitude": "#geo+lat", "longitude": "#geo+lon",
	"source": "#meta+source", "notes": "#description", "fatalities": "#affected+killed",
	// The old names of the associated-actor columns carry the same meaning.
	"ally_actor_1": "#group+name+first+assoc", "ally_actor_2": "#group+name+second+assoc",
}

// HXLTags returns the HDX hashtag for each of columns ("" where HDX tags
// none), matching names case-insensitively.
func HXLTags(columns []string) []string {
	tags := make([]string, len(columns))
	for i, c := range columns {
		tags[i] = hxlTags[strings.ToLower(strings.TrimSpace(c))]
	}
	return tags
}

// The documented layouts. See Layout: these are copies for the caller.
var (
	Current      = Layout{Name: LayoutCurrent, Columns: slices.Clone(currentColumns)}
	Export2019   = Layout{Name: Layout2019, Columns: slices.Clone(columns2019)}
	Realtime2016 = Layout{Name: LayoutRealtime2016, Columns: slices.Clone(columnsRealtime2016)}
	V5           = Layout{Name: LayoutV5, Columns: slices.Clone(columnsV5)}
	HDX          = Layout{Name: LayoutHDX, Columns: slices.Clone(currentColumns), HXL: HXLTags(currentColumns)}
)

// Layouts returns the documented layouts, newest first (fresh copies).
func Layouts() []Layout {
	var out []Layout
	for _, n := range []string{LayoutCurrent, LayoutHDX, Layout2019, LayoutRealtime2016, LayoutV5} {
		l, _ := LayoutNamed(n)
		out = append(out, l)
	}
	return out
}

// LayoutNamed returns a fresh copy of the documented layout of family name,
// and false for an unknown name.
func LayoutNamed(name string) (Layout, bool) {
	cols := familyColumns(name)
	if cols == nil {
		return Layout{}, false
	}
	l := Layout{Name: name, Columns: slices.Clone(cols)}
	if name == LayoutHDX {
		l.HXL = HXLTags(cols)
	}
	return l, true
}

// familyColumns returns the package's own (unexported, never modified)
// column list of a family, or nil.
func familyColumns(name string) []string {
	switch name {
	case LayoutCurrent, LayoutHDX:
		return currentColumns
	case Layout2019:
		return columns2019
	case LayoutRealtime2016:
		return columnsRealtime2016
	case LayoutV5:
		return columnsV5
	}
	return nil
}

// familyHas reports whether a family's documented layout has column c.
func familyHas(name string, c col) bool {
	for _, h := range familyColumns(name) {
		if colOf(h) == c {
			return true
		}
	}
	return false
}

// detect names the family of a header: the current layout if it has a
// column only the current layout has; version 5 if the header is upper
// case; the 2016 realtime file if it has its ally_actor_* or gwno columns;
// the 2019–2021 export if it has data_id or event_id_no_cnty; else the
// current layout. An HXL row turns the current layout into HDX.
func detect(header []string, hxl bool) string {
	has := map[col]bool{}
	upper := false
	first := true
	for _, h := range header {
		c := colOf(h)
		if c == colUnknown {
			continue
		}
		has[c] = true
		if first {
			first = false
			upper = strings.ToUpper(h) == h && strings.ToLower(h) != h
		}
	}
	name := LayoutCurrent
	switch {
	case has[colDisorderType] || has[colCivilianTargeting] || has[colTags]:
	case upper:
		name = LayoutV5
	case has[colGWNO] || has[colAssoc1] && aliasUsed(header):
		name = LayoutRealtime2016
	case has[colDataID] || has[colEventIDNoCnty]:
		name = Layout2019
	}
	if name == LayoutCurrent && hxl {
		name = LayoutHDX
	}
	return name
}

// aliasUsed reports whether the header names the associated actors with
// the old ally_actor_* names.
func aliasUsed(header []string) bool {
	for _, h := range header {
		switch strings.ToLower(strings.TrimSpace(h)) {
		case "ally_actor_1", "ally_actor_2":
			return true
		}
	}
	return false
}

// col identifies a known column, whatever the layout calls it.
type col uint8

const (
	colUnknown col = iota
	colEventIDCnty
	colEventIDNoCnty
	colDataID
	colEventDate
	colYear
	colTimePrecision
	colDisorderType
	colEventType
	colSubEventType
	colActor1
	colAssoc1
	colInter1
	colActor2
	colAssoc2
	colInter2
	colInteraction
	colCivilianTargeting
	colISO
	colISO3
	colGWNO
	colRegion
	colCountry
	colAdmin1
	colAdmin2
	colAdmin3
	colLocation
	colLatitude
	colLongitude
	colGeoPrecision
	colSource
	colSourceScale
	colNotes
	colFatalities
	colTags
	colTimestamp
	numCols
)

var colNames = map[string]col{
	"event_id_cnty": colEventIDCnty, "event_id_no_cnty": colEventIDNoCnty, "data_id": colDataID,
	"event_date": colEventDate, "year": colYear, "time_precision": colTimePrecision,
	"disorder_type": colDisorderType, "event_type": colEventType, "sub_event_type": colSubEventType,
	"actor1": colActor1, "assoc_actor_1": colAssoc1, "ally_actor_1": colAssoc1, "inter1": colInter1,
	"actor2": colActor2, "assoc_actor_2": colAssoc2, "ally_actor_2": colAssoc2, "inter2": colInter2,
	"interaction": colInteraction, "civilian_targeting": colCivilianTargeting,
	"iso": colISO, "iso3": colISO3, "gwno": colGWNO, "region": colRegion, "country": colCountry,
	"admin1": colAdmin1, "admin2": colAdmin2, "admin3": colAdmin3, "location": colLocation,
	"latitude": colLatitude, "longitude": colLongitude, "geo_precision": colGeoPrecision,
	"source": colSource, "source_scale": colSourceScale, "notes": colNotes,
	"fatalities": colFatalities, "tags": colTags, "timestamp": colTimestamp,
}

// colOf returns the known column a header cell names (case-insensitively,
// ignoring surrounding spaces), or colUnknown.
func colOf(h string) col {
	if c, ok := colNames[h]; ok { // the common case: already lower case
		return c
	}
	return colNames[strings.ToLower(strings.TrimSpace(h))]
}
