package place_test

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/place/internal/gazgen"
)

func TestDefaultLoads(t *testing.T) {
	g, err := place.LoadDefault()
	require.NoError(t, err)
	assert.Same(t, g, place.Default(), "built once")
	assert.NoError(t, g.Validate(), "every link resolves")
}

func TestDefaultCounts(t *testing.T) {
	type key struct {
		country string
		level   place.Level
	}
	got := map[key]int{}
	for p := range place.Default().All() {
		got[key{p.Country.Alpha2(), p.Level}]++
	}
	// 14 governorates, 62 districts, 272 sub-districts (REFERENCE.md §6.1,
	// §6.3, the HDX lists); Hatay and its 15 districts (§6.5); 250
	// countries; 114 towns (data/README.md); and the district of Atarib,
	// which is not in OCHA's COD.
	assert.Equal(t, 14, got[key{"SY", place.LevelAdmin1}])
	assert.Equal(t, 62+1, got[key{"SY", place.LevelAdmin2}])
	assert.Equal(t, 272, got[key{"SY", place.LevelAdmin3}])
	assert.Equal(t, 114, got[key{"SY", place.LevelLocality}])
	assert.Equal(t, 1, got[key{"TR", place.LevelAdmin1}])
	assert.Equal(t, 15, got[key{"TR", place.LevelAdmin2}])
	var countries int
	for k, n := range got {
		if k.level == place.LevelCountry {
			countries += n
		}
	}
	assert.Equal(t, 250, countries)
	assert.Equal(t, 14+62+1+272+114+1+15+250, place.Default().Len())
}

// TestDefaultArabicAdminNames checks the Arabic names the generator gives
// governorates and districts (those of their same-named centre
// sub-districts, from OpenSyria) against REFERENCE.md's Arabic columns
// (§6.1, §6.3), which are marked unverified there: two independent
// sources agree. Aleppo and Rural Damascus have no same-named centre
// sub-district and take §6.1's name (the generator fails if a shared
// name disagrees with §6.1); Al Ma'ra has none.
func TestDefaultArabicAdminNames(t *testing.T) {
	g := place.Default()
	tests := []struct {
		id   place.ID
		want []string
	}{
		{"sy01", []string{"دمشق"}}, {"sy02", []string{"حلب"}}, {"sy03", []string{"ريف دمشق"}}, {"sy04", []string{"حمص"}},
		{"sy05", []string{"حماة"}}, {"sy06", []string{"اللاذقية"}}, {"sy07", []string{"إدلب"}},
		{"sy08", []string{"الحسكة"}}, {"sy09", []string{"دير الزور"}}, {"sy10", []string{"طرطوس"}},
		{"sy11", []string{"الرقة"}}, {"sy12", []string{"درعا"}}, {"sy13", []string{"السويداء"}},
		{"sy14", []string{"القنيطرة"}},
		// §6.3 gives the Idleb district "مركز إدلب": the name of its centre.
		{"sy0700", []string{"إدلب"}}, {"sy0702", nil}, {"sy0703", []string{"حارم"}},
		{"sy0704", []string{"جسر الشغور"}}, {"sy0705", []string{"أريحا"}},
	}
	// Every district but Rural Damascus (SY0301, no centre sub-district)
	// and Al Ma'ra (SY0702, whose centre is named otherwise) has one.
	var districts, withArabic int
	for p := range g.All() {
		if p.Level == place.LevelAdmin2 && p.Country.Alpha2() == "SY" {
			districts++
			if slices.ContainsFunc(p.Names, func(n place.Name) bool { return n.Lang == language.Arabic }) {
				withArabic++
			}
		}
	}
	assert.Equal(t, 62+1, districts)
	assert.Equal(t, 62+1-2, withArabic)
	for _, tc := range tests {
		t.Run(string(tc.id), func(t *testing.T) {
			p, ok := g.Get(tc.id)
			require.True(t, ok)
			var got []string
			for _, n := range p.Names {
				if n.Lang == language.Arabic {
					got = append(got, n.Text)
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestDefaultWorkedHierarchy checks REFERENCE.md §6.3's worked hierarchy
// and §6.1's codes.
func TestDefaultWorkedHierarchy(t *testing.T) {
	g := place.Default()
	ref, err := g.Ref("idlib-city")
	require.NoError(t, err)
	assert.Equal(t, place.Ref{ID: "idlib-city", Name: "Idlib", Level: place.LevelLocality, Path: []place.Unit{
		{Level: place.LevelCountry, ID: "syria", Code: "SY", Name: "Syria"},
		{Level: place.LevelAdmin1, ID: "sy07", Code: "SY07", Name: "Idleb"},
		{Level: place.LevelAdmin2, ID: "sy0700", Code: "SY0700", Name: "Idleb"},
		{Level: place.LevelAdmin3, ID: "sy070000", Code: "SY070000", Name: "Idleb"},
	}}, ref)
	idleb, ok := g.ByCode(place.SchemeISOSubdivision, "SY-ID")
	require.True(t, ok)
	assert.Equal(t, place.ID("sy07"), idleb.ID)
	hatay, ok := g.ByCode(place.SchemeISOSubdivision, "TR-31")
	require.True(t, ok)
	assert.Equal(t, place.ID("hatay"), hatay.ID)
	assert.Equal(t, []place.Code{{Scheme: place.SchemePCode, Value: "TUR031"}, {Scheme: place.SchemeISOSubdivision, Value: "TR-31"}}, hatay.Codes)
	assert.Equal(t, place.ID("turkey"), hatay.Parent)
}

// TestDefaultTowns checks towns against REFERENCE.md: §6.4 for points it
// lists (the others against the dr5hn-style file's row), §6.3 for the
// sub-district.
func TestDefaultTowns(t *testing.T) {
	tests := []struct {
		id       place.ID
		lat, lon float64
		parent   place.ID
		geonames string
	}{
		{"idlib-city", 35.93062, 36.63393, "sy070000", "169389"},
		{"saraqib", 35.86447, 36.80591, "sy070003", "164816"},
		{"sarmin", 35.90403, 36.72501, "sy070006", ""},
		{"maarratmisrin", 36.01152, 36.67183, "sy070005", "167605"},
		{"khan-shaykhun", 35.44208, 36.65095, "sy070201", "168325"},
		{"jisr-ash-shughur", 35.81418, 36.31983, "sy070400", "169023"},
		{"ariha", 35.81374, 36.60964, "sy070500", ""},
		{"aleppo-city", 36.20124, 37.16117, "sy020000", "170063"},
		{"damascus-city", 33.5102, 36.29128, "sy010000", "170654"},
	}
	g := place.Default()
	for _, tc := range tests {
		t.Run(string(tc.id), func(t *testing.T) {
			p, ok := g.Get(tc.id)
			require.True(t, ok)
			assert.Equal(t, place.LevelLocality, p.Level)
			require.NotNil(t, p.Point)
			assert.Equal(t, place.Point{Lat: tc.lat, Lon: tc.lon}, *p.Point)
			assert.Equal(t, tc.parent, p.Parent)
			v, _ := p.Code(place.SchemeGeoNames)
			assert.Equal(t, tc.geonames, v)
			assert.Equal(t, "SY", p.Country.Alpha2())
		})
	}
}

// TestDefaultTownNotes checks that every town says how it was placed, and
// which placements are approximate.
func TestDefaultTownNotes(t *testing.T) {
	var approximate []place.ID
	for p := range place.Default().All() {
		if p.Level != place.LevelLocality {
			continue
		}
		assert.Contains(t, p.Notes, "Sub-district "+strings.ToUpper(string(p.Parent))+" by ", p.ID)
		if strings.Contains(p.Notes, "approximate") {
			approximate = append(approximate, p.ID)
		}
	}
	assert.Len(t, approximate, 22)
	assert.Contains(t, approximate, place.ID("douma"))
	assert.NotContains(t, approximate, place.ID("saraqib"))
}

// TestDefaultPCodesMatchHDX compares the Syrian P-codes with HDX's list
// of codes, an independent source.
func TestDefaultPCodesMatchHDX(t *testing.T) {
	f, err := os.Open(filepath.Join(generatorInputs, "data", "syr_pcodes_codes_only_hdx_global_pcodes_20230201.csv"))
	require.NoError(t, err)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	var want []string
	for _, r := range recs[1:] {
		want = append(want, r[1])
	}
	var got []string
	for p := range place.Default().All() {
		if v, ok := p.Code(place.SchemePCode); ok && p.Country.Alpha2() == "SY" {
			got = append(got, v)
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	assert.Len(t, got, 348)
	assert.Equal(t, want, got)
}

func TestDefaultCountries(t *testing.T) {
	g := place.Default()
	tests := []struct {
		code string
		id   place.ID
		name string
	}{
		{"SY", "syria", "Syria"},
		{"SYR", "syria", "Syria"},
		{"792", "turkey", "Turkey"},
		{"US", "united-states", "United States"},
		{"RU", "russia", "Russia"},
		{"UK", "united-kingdom", "United Kingdom"},
		{"XK", "kosovo", "Kosovo"},
		{"PS", "palestinian-territories", "Palestinian Territories"},
		{"CI", "cote-divoire", "Côte d’Ivoire"},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			p, ok := g.ByCode(place.SchemeISOCountry, tc.code)
			require.True(t, ok)
			assert.Equal(t, tc.id, p.ID)
			assert.Equal(t, tc.name, p.Name)
			assert.Equal(t, place.LevelCountry, p.Level)
		})
	}
	_, ok := g.ByCode(place.SchemeISOCountry, "SU")
	assert.False(t, ok, "historical codes without an English name are left out")
}

// generatorInputs is the generator's copy of its inputs inside the module
// (go generate refreshes it from ../shared; .ci/run checks that it is
// current where ../shared exists).
var generatorInputs = filepath.Join("internal", "gazgen", "testdata", "shared")

// TestGeneratedDataUpToDate re-runs the generator on its inputs and
// compares its output with the committed data files.
func TestGeneratedDataUpToDate(t *testing.T) {
	res, err := gazgen.Generate(generatorInputs)
	require.NoError(t, err)
	for name, want := range res.Files {
		got, err := os.ReadFile(filepath.Join("data", name))
		require.NoError(t, err, name)
		assert.True(t, bytes.Equal(want, got), "data/%s is out of date: run go generate in place/", name)
	}
	entries, err := os.ReadDir("data")
	require.NoError(t, err)
	for _, e := range entries {
		if e.Name() == "README.md" {
			continue
		}
		_, ok := res.Files[e.Name()]
		assert.True(t, ok, "data/%s is not generated", e.Name())
	}
}
