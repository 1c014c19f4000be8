package ucdp

import (
	"fmt"
	"strings"
)

// Layout names one of the column layouts UCDP GED CSV files have been
// published in. Readers detect it from the header; writers write it.
type Layout string

// The layouts (REFERENCE: UCDP GED layouts). Columns returns each one's
// header.
const (
	// LayoutGED20 is the 49-column layout of GED 20.1 to 26.1: relid,
	// code_status, the dset IDs, where_description, low/best/high in the
	// order best,high,low, and gwnoa,gwnob as the last columns.
	LayoutGED20 Layout = "ged20"
	// LayoutGED19 is the 42-column layout of GED 19.1: low,best,high in that
	// order and gwnoa/gwnob next to the side IDs.
	LayoutGED19 Layout = "ged19"
	// LayoutSyria is the 41-column layout of the Syria release V
	// 652.1601.1911: the GED 19.1 header without gwnoa.
	LayoutSyria Layout = "syria"
	// LayoutHDX is the 43-column layout of HDX's conflict_data_<ISO3>.csv:
	// the GED 19.1 header with iso3 after country, followed by a row of HXL
	// hashtags.
	LayoutHDX Layout = "hdx"
)

// layouts lists the layouts in the order Layouts returns them.
var layouts = []Layout{LayoutGED20, LayoutGED19, LayoutSyria, LayoutHDX}

// Layouts returns the supported layouts, newest first.
func Layouts() []Layout { return append([]Layout(nil), layouts...) }

// ParseLayout returns the layout named exactly s ("ged20", "ged19",
// "syria", "hdx"). Errors wrap ErrBadLayout and quote s.
func ParseLayout(s string) (Layout, error) {
	for _, l := range layouts {
		if string(l) == s {
			return l, nil
		}
	}
	return "", fmt.Errorf("ucdp: layout %q: %w", s, ErrBadLayout)
}

// String returns the layout's name.
func (l Layout) String() string { return string(l) }

// IsZero reports whether l is unset.
func (l Layout) IsZero() bool { return l == "" }

// Columns returns the layout's header, in order, or nil for an unknown
// layout.
func (l Layout) Columns() []string {
	cols := layoutCols[l]
	if cols == nil {
		return nil
	}
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = colNames[c]
	}
	return out
}

// MarshalText returns the name. It fails, wrapping ErrBadLayout, for a
// non-empty layout that is not one of the four.
func (l Layout) MarshalText() ([]byte, error) {
	if l != "" {
		if _, err := ParseLayout(string(l)); err != nil {
			return nil, err
		}
	}
	return []byte(l), nil
}

// parseLayoutName is UnmarshalText for a string.
func parseLayoutName(s string) (Layout, error) {
	if s == "" {
		return "", nil
	}
	return ParseLayout(s)
}

// UnmarshalText is ParseLayout, except that empty text gives the zero
// Layout.
func (l *Layout) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = ""
		return nil
	}
	v, err := ParseLayout(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// col is a known column.
type col uint8

const (
	cID col = iota
	cRelID
	cYear
	cActiveYear
	cCodeStatus
	cTypeOfViolence
	cConflictDsetID
	cConflictNewID
	cConflictName
	cDyadDsetID
	cDyadNewID
	cDyadName
	cSideADsetID
	cSideANewID
	cSideA
	cSideBDsetID
	cSideBNewID
	cSideB
	cNumberOfSources
	cSourceArticle
	cSourceOffice
	cSourceDate
	cSourceHeadline
	cSourceOriginal
	cWherePrec
	cWhereCoordinates
	cWhereDescription
	cAdm1
	cAdm2
	cLatitude
	cLongitude
	cGeomWKT
	cPrioGridGID
	cCountry
	cISO3
	cCountryID
	cRegion
	cEventClarity
	cDatePrec
	cDateStart
	cDateEnd
	cDeathsA
	cDeathsB
	cDeathsCivilians
	cDeathsUnknown
	cBest
	cHigh
	cLow
	cGWNoA
	cGWNoB
	numCols
)

// colNames are the column names as UCDP writes them.
var colNames = [numCols]string{
	cID: "id", cRelID: "relid", cYear: "year", cActiveYear: "active_year", cCodeStatus: "code_status",
	cTypeOfViolence: "type_of_violence", cConflictDsetID: "conflict_dset_id", cConflictNewID: "conflict_new_id",
	cConflictName: "conflict_name", cDyadDsetID: "dyad_dset_id", cDyadNewID: "dyad_new_id", cDyadName: "dyad_name",
	cSideADsetID: "side_a_dset_id", cSideANewID: "side_a_new_id", cSideA: "side_a", cSideBDsetID: "side_b_dset_id",
	cSideBNewID: "side_b_new_id", cSideB: "side_b", cNumberOfSources: "number_of_sources",
	cSourceArticle: "source_article", cSourceOffice: "source_office", cSourceDate: "source_date",
	cSourceHeadline: "source_headline", cSourceOriginal: "source_original", cWherePrec: "where_prec",
	cWhereCoordinates: "where_coordinates", cWhereDescription: "where_description", cAdm1: "adm_1", cAdm2: "adm_2",
	cLatitude: "latitude", cLongitude: "longitude", cGeomWKT: "geom_wkt", cPrioGridGID: "priogrid_gid",
	cCountry: "country", cISO3: "iso3", cCountryID: "country_id", cRegion: "region", cEventClarity: "event_clarity",
	cDatePrec: "date_prec", cDateStart: "date_start", cDateEnd: "date_end", cDeathsA: "deaths_a", cDeathsB: "deaths_b",
	cDeathsCivilians: "deaths_civilians", cDeathsUnknown: "deaths_unknown", cBest: "best", cHigh: "high", cLow: "low",
	cGWNoA: "gwnoa", cGWNoB: "gwnob",
}

// colByName finds a known column by its lower-case name.
var colByName = func() map[string]col {
	m := make(map[string]col, numCols)
	for c, n := range colNames {
		m[n] = col(c)
	}
	return m
}()

// lookupCol finds a known column by name, ignoring ASCII case and
// surrounding spaces as the header lookup does.
func lookupCol(name string) (col, bool) {
	c, ok := colByName[strings.ToLower(strings.TrimSpace(name))]
	return c, ok
}

// ged19 is the GED 19.1 header; the Syria and HDX layouts derive from it.
var ged19 = []col{cID, cYear, cActiveYear, cTypeOfViolence, cConflictNewID, cConflictName, cDyadNewID, cDyadName,
	cSideANewID, cGWNoA, cSideA, cSideBNewID, cGWNoB, cSideB, cNumberOfSources, cSourceArticle, cSourceOffice,
	cSourceDate, cSourceHeadline, cSourceOriginal, cWherePrec, cWhereCoordinates, cAdm1, cAdm2, cLatitude,
	cLongitude, cGeomWKT, cPrioGridGID, cCountry, cCountryID, cRegion, cEventClarity, cDatePrec, cDateStart,
	cDateEnd, cDeathsA, cDeathsB, cDeathsCivilians, cDeathsUnknown, cLow, cBest, cHigh}

var layoutCols = map[Layout][]col{
	LayoutGED20: {cID, cRelID, cYear, cActiveYear, cCodeStatus, cTypeOfViolence, cConflictDsetID, cConflictNewID,
		cConflictName, cDyadDsetID, cDyadNewID, cDyadName, cSideADsetID, cSideANewID, cSideA, cSideBDsetID,
		cSideBNewID, cSideB, cNumberOfSources, cSourceArticle, cSourceOffice, cSourceDate, cSourceHeadline,
		cSourceOriginal, cWherePrec, cWhereCoordinates, cWhereDescription, cAdm1, cAdm2, cLatitude, cLongitude,
		cGeomWKT, cPrioGridGID, cCountry, cCountryID, cRegion, cEventClarity, cDatePrec, cDateStart, cDateEnd,
		cDeathsA, cDeathsB, cDeathsCivilians, cDeathsUnknown, cBest, cHigh, cLow, cGWNoA, cGWNoB},
	LayoutGED19: ged19,
	LayoutSyria: without(ged19, cGWNoA),
	LayoutHDX:   insertAfter(ged19, cCountry, cISO3),
}

func without(cols []col, c col) []col {
	var out []col
	for _, x := range cols {
		if x != c {
			out = append(out, x)
		}
	}
	return out
}

func insertAfter(cols []col, after, c col) []col {
	var out []col
	for _, x := range cols {
		out = append(out, x)
		if x == after {
			out = append(out, c)
		}
	}
	return out
}

// detectLayout tells the layouts apart by the columns a header has
// (REFERENCE, "Telling the layouts apart"): relid or code_status means
// 20.1+, iso3 the HDX file, gwnoa GED 19.1, and none of them the Syria
// release. A header that has columns of several is read all the same, by
// name; the layout only decides what a writer writes by default.
func detectLayout(has func(col) bool) Layout {
	switch {
	case has(cRelID) || has(cCodeStatus) || has(cConflictDsetID) || has(cWhereDescription):
		return LayoutGED20
	case has(cISO3):
		return LayoutHDX
	case has(cGWNoA):
		return LayoutGED19
	}
	return LayoutSyria
}

// hxlTags are the hashtags the writer puts under the header when asked
// for an HXL row. The first group is how HDX tags UCDP columns
// (REFERENCE §5); the geography, identifier and range tags are the
// standard HXL 1.1 hashtags for such columns; other columns stay untagged.
var hxlTags = map[col]string{
	cDateStart: "#date+start", cDateEnd: "#date+end", cYear: "#date+year+start",
	cSideA: "#group+name+first", cSideB: "#group+name+second", cBest: "#affected+killed",
	cSourceArticle: "#meta+source",

	cCountry: "#country+name", cISO3: "#country+code", cAdm1: "#adm1+name", cAdm2: "#adm2+name",
	cWhereCoordinates: "#loc+name", cLatitude: "#geo+lat", cLongitude: "#geo+lon", cID: "#event+id",
	cLow: "#affected+killed+min", cHigh: "#affected+killed+max",
}
