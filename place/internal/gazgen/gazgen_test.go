package gazgen

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/place"
)

func TestSlug(t *testing.T) {
	tests := []struct {
		in   string
		want place.ID
	}{
		{"Syria", "syria"},
		{"United States", "united-states"},
		{"Côte d’Ivoire", "cote-divoire"},
		{"São Tomé & Príncipe", "sao-tome-principe"},
		{"St. Kitts & Nevis", "st-kitts-nevis"},
		{"Åland Islands", "aland-islands"},
		{"Dar‘ā", "dara"},
		{"Ma`arratmisrin", "maarratmisrin"},
		{"Jisr ash Shughur", "jisr-ash-shughur"},
		{"Ţafas", "tafas"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := Slug(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	for _, in := range []string{"إدلب", "Færøerne", "", "--"} {
		_, err := Slug(in)
		assert.Error(t, err, "%q", in)
	}
}

func TestSkeleton(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Douma", "dm"},
		{"Duma", "dm"},
		{"Medaya", "mdy"},
		{"Madaya", "mdy"},
		{"Kafranbel", "kfrnbl"},
		{"Kafr Nobol", "kfrnbl"},
		{"Lattakia", "ltk"},
		{"Al-Bab", ""}, // one consonant once the article goes
		{"Ariha", "rh"},
		{"سراقب", ""},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Skeleton(tc.in), tc.in)
	}
}

func TestIsMachine(t *testing.T) {
	for in, want := range map[string]bool{
		"nahyt sraqb":     true,
		"kwbany":          true,
		"al Hasakah":      false,
		"Saraqib":         false,
		"البخشان":         false,
		"nahyt mʿrtmsryn": true,
	} {
		assert.Equal(t, want, isMachine(in), in)
	}
}

func TestSection(t *testing.T) {
	text := "# T\n\n### 6.1 One\na\n### 6.2 Two\nc\n"
	s, err := section(text, "### 6.1 ")
	require.NoError(t, err)
	assert.Equal(t, "### 6.1 One\na", s)
	s, err = section(text, "### 6.2 ")
	require.NoError(t, err)
	assert.Equal(t, "### 6.2 Two\nc\n", s)
	_, err = section(text, "### 6.3 ")
	assert.Error(t, err)
}

func TestPlaceTown(t *testing.T) {
	pt := func(lat, lon float64) *place.Point { p := place.MustPoint(lat, lon); return &p }
	gov := &place.Place{ID: "g", Name: "Tartous", Codes: []place.Code{{Scheme: place.SchemePCode, Value: "G"}}}
	centre := &place.Place{ID: "s0", Name: "Tartous", Names: []place.Name{{Text: "Nahiyat Markaz Tartus"}}, Point: pt(34.89, 35.95)}
	arwad := &place.Place{ID: "s1", Name: "Arwad", Point: pt(34.856, 35.86)}
	duma := &place.Place{ID: "s2", Name: "Duma", Point: pt(34.7, 36.0)}
	saraqab := &place.Place{ID: "s3", Name: "Saraqab", Names: []place.Name{{Text: "Saraqib"}}, Point: pt(34.6, 36.1)}
	subs := []*place.Place{centre, arwad, duma, saraqab}
	tests := []struct {
		name  string
		town  *place.Place
		seat  bool
		want  place.ID
		how   string
		error bool
	}{
		{name: "by name", town: &place.Place{ID: "t", Name: "Sarāqib", Point: pt(34.9, 36)}, want: "s3", how: `its name: the sub-district is also called "Saraqib"`},
		{name: "by alias rule", town: &place.Place{ID: "t", Name: "Markaz Tartus", Point: pt(34.9, 36)}, want: "s0", how: `its name: the sub-district is also called "Nahiyat Markaz Tartus"`},
		{name: "seat", town: &place.Place{ID: "t", Name: "Tartoos", Point: pt(34.889, 35.8866)}, seat: true, want: "s0",
			how: "being the seat of governorate G (GeoNames feature code PPLA/PPLC), in its same-named sub-district"},
		{name: "similar name, not a seat", town: &place.Place{ID: "t", Name: "Tartoos", Point: pt(34.889, 35.8866)}, want: "s0"},
		{name: "nearest", town: &place.Place{ID: "t", Name: "Qalat", Point: pt(34.889, 35.8866)}, want: "s1"},
		{name: "similar name", town: &place.Place{ID: "t", Name: "Douma", Point: pt(34.75, 36.0)}, want: "s2"},
		{name: "similar name too far", town: &place.Place{ID: "t", Name: "Douma", Point: pt(34.856, 35.6)}, want: "s1"},
		{name: "two sub-districts bear the name", town: &place.Place{ID: "t", Name: "Arwad", Names: []place.Name{{Text: "Duma"}}, Point: pt(34.75, 36.0)}, error: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, how, err := placeTown(tc.town, tc.seat, gov, subs)
			if tc.error {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, s.ID)
			if tc.how != "" {
				assert.Equal(t, tc.how, how)
			}
			if tc.want == "s1" || tc.want == "s2" || tc.want == "s0" && !tc.seat && tc.how == "" {
				assert.Contains(t, how, "approximate")
			}
		})
	}
}

func TestAddNotInCOD(t *testing.T) {
	const header = "id,level,parent_pcode,name,name_ar,same_as_pcode,since,source\n"
	newGen := func() *gen {
		pt := place.MustPoint(36.1, 36.8)
		g := &gen{res: &Result{}, byPCode: map[string]*place.Place{}, nameAr: map[*place.Place]string{}}
		for _, p := range []*place.Place{
			{ID: "sy02", Level: place.LevelAdmin1, Name: "Aleppo"},
			{ID: "sy0200", Level: place.LevelAdmin2, Name: "Jebel Saman", Parent: "sy02"},
			{ID: "sy020001", Level: place.LevelAdmin3, Name: "Atareb", Parent: "sy0200", Point: &pt,
				Names: []place.Name{{Text: "Atarib Subdistrict"}, {Text: "Al-Atarib"}, {Text: "أتارب"}}},
			{ID: "sy07", Level: place.LevelAdmin1, Name: "Idleb"},
		} {
			g.byPCode[strings.ToUpper(string(p.ID))] = p
			g.syria = append(g.syria, p)
		}
		g.nameAr[g.byPCode["SY020001"]] = "مركز الأتارب"
		return g
	}
	tests := []struct {
		name, file, err string
	}{
		{name: "ok", file: header + "d,admin2,SY02,Atarib,الأتارب,SY020001,2008-12,src\n"},
		{name: "header", file: "id,level\nd,admin2\n", err: "header is not"},
		{name: "level", file: header + "d,town,SY02,Atarib,,SY020001,2008-12,src\n", err: "line 2"},
		{name: "unknown parent", file: header + "d,admin2,SY99,Atarib,,SY020001,2008-12,src\n", err: `line 2: parent "SY99" or unit "SY020001"`},
		{name: "unit not inside", file: header + "d,admin2,SY07,Atarib,,SY020001,2008-12,src\n", err: `line 2: parent "SY07"`},
		{name: "parent not above", file: header + "d,admin1,SY02,Atarib,الأتارب,SY020001,2008-12,src\n", err: `line 2: parent "SY02"`},
		{name: "unit taken over not below", file: header + "d,locality,SY02,Atarib,الأتارب,SY020001,2008-12,src\n", err: "levels out of order"},
		{name: "Arabic name not the unit's", file: header + "d,admin2,SY02,Atarib,أتارب,SY020001,2008-12,src\n", err: `line 2: Arabic name "أتارب", but unit SY020001 is called "الأتارب"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := newGen()
			err := g.addNotInCOD([]byte(tc.file))
			if tc.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.err)
				return
			}
			require.NoError(t, err)
			d := g.syria[len(g.syria)-1]
			assert.Equal(t, place.ID("d"), d.ID)
			assert.Equal(t, place.ID("sy02"), d.Parent)
			assert.Equal(t, []place.Name{{Text: "الأتارب", Lang: language.Arabic}, {Text: "Atareb"}, {Text: "Al-Atarib"}}, d.Names,
				"the Arabic name given, then the unit's Latin names without a level word")
			assert.Equal(t, []place.ID{"d"}, g.byPCode["SY020001"].Within)
			assert.Equal(t, g.byPCode["SY020001"].Point, d.Point)
			assert.Contains(t, d.Notes, "Source: src")
		})
	}
}
