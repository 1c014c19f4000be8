package place_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/place"
)

// sharedData holds the repository's copies of the project's samples.
var sharedData = filepath.Join("..", "testdata", "samples")

// acledAdmins lists every distinct (admin1, admin2, admin3) of
// shared/data/acled_sample.csv with its P-codes. The codes were looked up
// by name in syr_tur31_pcodes_adm1_adm2.csv (admin1 and admin2, each under
// its parent) and syr_adm3_subdistricts_opensyria.csv (admin3 under its
// district), where ACLED's names appear byte for byte, and checked by hand
// against REFERENCE.md §6.3 for Idleb.
var acledAdmins = []struct{ admin1, admin2, admin3, p1, p2, p3 string }{
	{"Al-Hasakeh", "Al-Hasakeh", "Al-Hasakeh", "SY08", "SY0800", "SY080000"},
	{"Al-Hasakeh", "Al-Hasakeh", "Hole", "SY08", "SY0800", "SY080006"},
	{"Al-Hasakeh", "Al-Hasakeh", "Markada", "SY08", "SY0800", "SY080003"},
	{"Al-Hasakeh", "Al-Hasakeh", "Shadadah", "SY08", "SY0800", "SY080002"},
	{"Al-Hasakeh", "Al-Hasakeh", "Tal Tamer", "SY08", "SY0800", "SY080001"},
	{"Al-Hasakeh", "Al-Malikeyyeh", "Al-Malikeyyeh", "SY08", "SY0803", "SY080300"},
	{"Al-Hasakeh", "Quamishli", "Qahtaniyyeh", "SY08", "SY0802", "SY080203"},
	{"Al-Hasakeh", "Quamishli", "Quamishli", "SY08", "SY0802", "SY080200"},
	{"Al-Hasakeh", "Quamishli", "Tal Hmis", "SY08", "SY0802", "SY080201"},
	{"Al-Hasakeh", "Ras Al Ain", "Darbasiyah", "SY08", "SY0804", "SY080401"},
	{"Al-Hasakeh", "Ras Al Ain", "Ras Al Ain", "SY08", "SY0804", "SY080400"},
	{"Aleppo", "A'zaz", "A'zaz", "SY02", "SY0204", "SY020400"},
	{"Aleppo", "A'zaz", "Aghtrin", "SY02", "SY0204", "SY020401"},
	{"Aleppo", "A'zaz", "Tall Refaat", "SY02", "SY0204", "SY020402"},
	{"Aleppo", "Afrin", "Afrin", "SY02", "SY0203", "SY020300"},
	{"Aleppo", "Afrin", "Jandairis", "SY02", "SY0203", "SY020302"},
	{"Aleppo", "Afrin", "Sharan", "SY02", "SY0203", "SY020304"},
	{"Aleppo", "Afrin", "Sheikh El-Hadid", "SY02", "SY0203", "SY020305"},
	{"Aleppo", "Ain Al Arab", "Ain al Arab", "SY02", "SY0206", "SY020600"},
	{"Aleppo", "Al Bab", "A'rima", "SY02", "SY0202", "SY020206"},
	{"Aleppo", "Al Bab", "Al Bab", "SY02", "SY0202", "SY020200"},
	{"Aleppo", "As-Safira", "As-Safira", "SY02", "SY0207", "SY020700"},
	{"Aleppo", "Jarablus", "Jarablus", "SY02", "SY0208", "SY020800"},
	{"Aleppo", "Jebel Saman", "Atareb", "SY02", "SY0200", "SY020001"},
	{"Aleppo", "Jebel Saman", "Daret Azza", "SY02", "SY0200", "SY020004"},
	{"Aleppo", "Jebel Saman", "Jebel Saman", "SY02", "SY0200", "SY020000"},
	{"Aleppo", "Menbij", "Menbij", "SY02", "SY0205", "SY020500"},
	{"Ar-Raqqa", "Ar-Raqqa", "Ar-Raqqa", "SY11", "SY1101", "SY110100"},
	{"Ar-Raqqa", "Ar-Raqqa", "Karama", "SY11", "SY1101", "SY110102"},
	{"Ar-Raqqa", "Ar-Raqqa", "Maadan", "SY11", "SY1101", "SY110103"},
	{"Ar-Raqqa", "Ath-Thawrah", "Al-Thawrah", "SY11", "SY1103", "SY110300"},
	{"Ar-Raqqa", "Ath-Thawrah", "Jurneyyeh", "SY11", "SY1103", "SY110302"},
	{"Ar-Raqqa", "Ath-Thawrah", "Mansura", "SY11", "SY1103", "SY110301"},
	{"Ar-Raqqa", "Tell Abiad", "Ein Issa", "SY11", "SY1102", "SY110202"},
	{"Ar-Raqqa", "Tell Abiad", "Suluk", "SY11", "SY1102", "SY110201"},
	{"Ar-Raqqa", "Tell Abiad", "Tell Abiad", "SY11", "SY1102", "SY110200"},
	{"As-Sweida", "As-Sweida", "As-Sweida", "SY13", "SY1300", "SY130000"},
	{"As-Sweida", "As-Sweida", "Mazra'a", "SY13", "SY1300", "SY130001"},
	{"Damascus", "Damascus", "Damascus", "SY01", "SY0100", "SY010000"},
	{"Dar'a", "As-Sanamayn", "Ghabagheb", "SY12", "SY1202", "SY120202"},
	{"Dar'a", "Dar'a", "Ash-Shajara", "SY12", "SY1200", "SY120003"},
	{"Dar'a", "Dar'a", "Busra Esh-Sham", "SY12", "SY1200", "SY120001"},
	{"Dar'a", "Dar'a", "Da'el", "SY12", "SY1200", "SY120004"},
	{"Dar'a", "Dar'a", "Dar'a", "SY12", "SY1200", "SY120000"},
	{"Dar'a", "Dar'a", "Kherbet Ghazala", "SY12", "SY1200", "SY120002"},
	{"Dar'a", "Dar'a", "Mseifra", "SY12", "SY1200", "SY120007"},
	{"Dar'a", "Dar'a", "Mzeireb", "SY12", "SY1200", "SY120005"},
	{"Dar'a", "Izra'", "Hrak", "SY12", "SY1203", "SY120302"},
	{"Dar'a", "Izra'", "Izra'", "SY12", "SY1203", "SY120300"},
	{"Deir-ez-Zor", "Abu Kamal", "Abu Kamal", "SY09", "SY0902", "SY090200"},
	{"Deir-ez-Zor", "Abu Kamal", "Hajin", "SY09", "SY0902", "SY090201"},
	{"Deir-ez-Zor", "Abu Kamal", "Susat", "SY09", "SY0902", "SY090203"},
	{"Deir-ez-Zor", "Al Mayadin", "Al Mayadin", "SY09", "SY0903", "SY090300"},
	{"Deir-ez-Zor", "Al Mayadin", "Ashara", "SY09", "SY0903", "SY090302"},
	{"Deir-ez-Zor", "Al Mayadin", "Thiban", "SY09", "SY0903", "SY090301"},
	{"Deir-ez-Zor", "Deir-ez-Zor", "Basira", "SY09", "SY0901", "SY090102"},
	{"Deir-ez-Zor", "Deir-ez-Zor", "Deir-ez-Zor", "SY09", "SY0901", "SY090100"},
	{"Deir-ez-Zor", "Deir-ez-Zor", "Kisreh", "SY09", "SY0901", "SY090101"},
	{"Deir-ez-Zor", "Deir-ez-Zor", "Sur", "SY09", "SY0901", "SY090106"},
	{"Hama", "As-Salamiyeh", "As-Saan", "SY05", "SY0503", "SY050302"},
	{"Hama", "As-Suqaylabiyah", "As-Suqaylabiyah", "SY05", "SY0502", "SY050200"},
	{"Hama", "As-Suqaylabiyah", "Ziyara", "SY05", "SY0502", "SY050202"},
	{"Hama", "Hama", "Hama", "SY05", "SY0501", "SY050100"},
	{"Hama", "Hama", "Suran", "SY05", "SY0501", "SY050101"},
	{"Homs", "Homs", "Homs", "SY04", "SY0401", "SY040100"},
	{"Homs", "Tadmor", "Sokhneh", "SY04", "SY0405", "SY040501"},
	{"Idleb", "Al Ma'ra", "Kafr Nobol", "SY07", "SY0702", "SY070203"},
	{"Idleb", "Al Ma'ra", "Ma'arrat An Nu'man", "SY07", "SY0702", "SY070200"},
	{"Idleb", "Ariha", "Ariha", "SY07", "SY0705", "SY070500"},
	{"Idleb", "Ariha", "Ehsem", "SY07", "SY0705", "SY070501"},
	{"Idleb", "Harim", "Dana", "SY07", "SY0703", "SY070301"},
	{"Idleb", "Harim", "Harim", "SY07", "SY0703", "SY070300"},
	{"Idleb", "Harim", "Kafr Takharim", "SY07", "SY0703", "SY070303"},
	{"Idleb", "Idleb", "Bennsh", "SY07", "SY0700", "SY070002"},
	{"Idleb", "Idleb", "Idleb", "SY07", "SY0700", "SY070000"},
	{"Idleb", "Idleb", "Maaret Tamsrin", "SY07", "SY0700", "SY070005"},
	{"Idleb", "Idleb", "Saraqab", "SY07", "SY0700", "SY070003"},
	{"Idleb", "Idleb", "Sarmin", "SY07", "SY0700", "SY070006"},
	{"Idleb", "Idleb", "Teftnaz", "SY07", "SY0700", "SY070004"},
	{"Idleb", "Jisr-Ash-Shugur", "Badama", "SY07", "SY0704", "SY070401"},
	{"Lattakia", "Al-Haffa", "Kansaba", "SY06", "SY0603", "SY060303"},
	{"Quneitra", "Quneitra", "Al-Khashniyyeh", "SY14", "SY1400", "SY140002"},
	{"Quneitra", "Quneitra", "Khan Arnaba", "SY14", "SY1400", "SY140001"},
	{"Rural Damascus", "At Tall", "Sidnaya", "SY03", "SY0304", "SY030401"},
	{"Rural Damascus", "Duma", "Sabe Byar", "SY03", "SY0302", "SY030202"},
	{"Rural Damascus", "Qatana", "Bait Jan", "SY03", "SY0308", "SY030801"},
	{"Rural Damascus", "Rural Damascus", "Kafr Batna", "SY03", "SY0301", "SY030105"},
	{"Tartous", "Tartous", "Tartous", "SY10", "SY1000", "SY100000"},
}

// ucdpAdmins lists every distinct non-empty (adm_1, adm_2) of
// shared/data/ucdp_ged_sample.csv. UCDP writes GeoNames-style names, not
// OCHA's; the codes are those of the OCHA unit each name denotes, found
// by hand in syr_tur31_pcodes_adm1_adm2.csv (the governorate by its name
// in REFERENCE.md §6.1, the district by the town it is named after).
// Rows with an empty adm_2 ("Hamah Governorate", "") are resolved for
// their adm_1 only.
var ucdpAdmins = []struct{ adm1, adm2, p1, p2 string }{
	{"Al Hasakah Governorate", "Al Hasakah district", "SY08", "SY0800"},
	{"Al Hasakah Governorate", "Al Qamishli district", "SY08", "SY0802"},
	{"Aleppo Governorate", "Afrin district", "SY02", "SY0203"},
	{"Aleppo Governorate", "Al Bab district", "SY02", "SY0202"},
	// Made of sub-district SY020001 in 2008; not in the COD, so it has no
	// P-code. See TestUCDPAtarib.
	{"Aleppo Governorate", "Atarib district", "SY02", ""},
	// SY0200 Jebel Saman: the alias rule spells Jebel as Jabal.
	{"Aleppo Governorate", "Jabal Saman district", "SY02", "SY0200"},
	{"Aleppo Governorate", "Jarabulus district", "SY02", "SY0208"},
	{"Aleppo Governorate", "Mintaqat Azaz district", "SY02", "SY0204"},
	{"Ar Raqqah Governorate", "Ar Raqqah district", "SY11", "SY1101"},
	{"Ar Raqqah Governorate", "Ath Thawrah district", "SY11", "SY1103"},
	{"As Suwayda Governorate", "Markaz as Suwayda district", "SY13", "SY1300"},
	{"Daraa Governorate", "As Sanamayn district", "SY12", "SY1202"},
	{"Daraa Governorate", "Izra district", "SY12", "SY1203"},
	{"Daraa Governorate", "Markaz Daraa district", "SY12", "SY1200"},
	{"Deir ez Zor Governorate", "Al Mayadin district", "SY09", "SY0903"},
	{"Deir ez Zor Governorate", "Albu Kamal district", "SY09", "SY0902"},
	{"Deir ez Zor Governorate", "Deir ez Zor district", "SY09", "SY0901"},
	{"Hamah Governorate", "", "SY05", ""},
	{"Hamah Governorate", "As Suqaylibiyah district", "SY05", "SY0502"},
	{"Hamah Governorate", "Mintaqat Markaz Hamah district", "SY05", "SY0501"},
	{"Hamah Governorate", "Muhradah district", "SY05", "SY0505"},
	{"Hamah Governorate", "Salamiyah district", "SY05", "SY0503"},
	{"Homs Governorate", "Ar Rastan district", "SY04", "SY0404"},
	{"Homs Governorate", "Tadmur district", "SY04", "SY0405"},
	{"Idlib Governorate", "", "SY07", ""},
	{"Idlib Governorate", "Ariha district", "SY07", "SY0705"},
	{"Idlib Governorate", "Harim district", "SY07", "SY0703"},
	{"Idlib Governorate", "Jisr ash Shughur district", "SY07", "SY0704"},
	// SY0702 Al Ma'ra, also spelt "Ma'arrat an-Nu'man" (REFERENCE.md
	// §6.3); the alias rule drops the doubled letters of "Numaan".
	{"Idlib Governorate", "Maarat al-Numaan district", "SY07", "SY0702"},
	{"Idlib Governorate", "Markaz Idlib district", "SY07", "SY0700"},
	{"Latakia Governorate", "Al Haffah district", "SY06", "SY0603"},
	{"Latakia Governorate", "Qardahah district", "SY06", "SY0604"},
	{"Quneitra Governorate", "Markaz al Quneitra district", "SY14", "SY1400"},
	{"Rif Dimashq Governorate", "Markaz Rif Dimashq district", "SY03", "SY0301"},
}

// resolvePCode resolves name at level under parent and returns the
// P-code of the match.
func resolvePCode(t *testing.T, g *place.Gazetteer, name string, level place.Level, parent place.ID) (place.Place, string, error) {
	t.Helper()
	m, err := g.Resolve(name, place.ResolveOptions{Parent: parent, Level: level})
	if err != nil {
		return place.Place{}, "", err
	}
	code, _ := m.Place.Code(place.SchemePCode)
	return m.Place, code, nil
}

func TestACLEDAdminNames(t *testing.T) {
	g := place.Default()
	for _, tc := range acledAdmins {
		t.Run(tc.admin1+"/"+tc.admin2+"/"+tc.admin3, func(t *testing.T) {
			a1, c1, err := resolvePCode(t, g, tc.admin1, place.LevelAdmin1, "syria")
			require.NoError(t, err)
			assert.Equal(t, tc.p1, c1)
			a2, c2, err := resolvePCode(t, g, tc.admin2, place.LevelAdmin2, a1.ID)
			require.NoError(t, err)
			assert.Equal(t, tc.p2, c2)
			_, c3, err := resolvePCode(t, g, tc.admin3, place.LevelAdmin3, a2.ID)
			require.NoError(t, err)
			assert.Equal(t, tc.p3, c3)
		})
	}
}

func TestUCDPAdminNames(t *testing.T) {
	g := place.Default()
	for _, tc := range ucdpAdmins {
		t.Run(tc.adm1+"/"+tc.adm2, func(t *testing.T) {
			a1, c1, err := resolvePCode(t, g, tc.adm1, place.LevelAdmin1, "syria")
			require.NoError(t, err)
			assert.Equal(t, tc.p1, c1)
			if tc.adm2 == "" {
				return
			}
			_, c2, err := resolvePCode(t, g, tc.adm2, place.LevelAdmin2, a1.ID)
			require.NoError(t, err)
			assert.Equal(t, tc.p2, c2)
		})
	}
}

// TestUCDPAtarib: UCDP's "Atarib district" is the district the Syrian
// government made of the sub-district of Atarib in December 2008. OCHA's
// COD keeps the older units, so it has no P-code: the gazetteer holds it
// as a district without one, with the COD's sub-district SY020001 linked
// within it, so that the places in SY020001 resolve under it and a path
// through it checks out.
func TestUCDPAtarib(t *testing.T) {
	g := place.Default()
	tests := []struct {
		name   string
		parent place.ID
		level  place.Level
		want   place.ID
	}{
		{"Atarib district", "sy02", place.LevelAdmin2, "atarib-district"},
		{"Atarib district", "sy02", 0, "atarib-district"},
		{"Atarib", "sy02", place.LevelAdmin3, "sy020001"},
		{"Atareb", "sy0200", place.LevelAdmin3, "sy020001"},
		{"Atarib", "atarib-district", place.LevelAdmin3, "sy020001"},
		{"منطقة الأتارب", "sy02", 0, "atarib-district"},
	}
	for _, tc := range tests {
		t.Run(tc.name+"/"+string(tc.parent), func(t *testing.T) {
			m, err := g.Resolve(tc.name, place.ResolveOptions{Parent: tc.parent, Level: tc.level})
			require.NoError(t, err)
			assert.Equal(t, tc.want, m.Place.ID)
		})
	}
	d, ok := g.Get("atarib-district")
	require.True(t, ok)
	_, hasCode := d.Code(place.SchemePCode)
	assert.False(t, hasCode, "OCHA gives it no P-code")
	assert.Equal(t, place.ID("sy02"), d.Parent)
	assert.True(t, g.Contains("atarib-district", "sy020001"))
	assert.True(t, g.Contains("sy0200", "sy020001"), "still in Jebel Saman in OCHA's tree")
	assert.False(t, g.Contains("sy0200", "atarib-district"))
	_, err := g.Resolve("Atarib", place.ResolveOptions{Parent: "sy02"})
	assert.ErrorIs(t, err, place.ErrAmbiguous, "the district and the sub-district")
}

// readColumns returns the distinct tuples of the named columns of a CSV
// sample file (testdata/samples at the module root).
func readColumns(t *testing.T, file string, cols ...string) map[[3]string]bool {
	t.Helper()
	f, err := os.Open(filepath.Join(sharedData, file))
	require.NoError(t, err)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	idx := make([]int, len(cols))
	for i, c := range cols {
		idx[i] = -1
		for j, h := range recs[0] {
			if h == c {
				idx[i] = j
			}
		}
		require.GreaterOrEqual(t, idx[i], 0, "column %s", c)
	}
	out := map[[3]string]bool{}
	for _, r := range recs[1:] {
		var k [3]string
		for i, j := range idx {
			k[i] = r[j]
		}
		out[k] = true
	}
	return out
}

// TestAdminTablesCoverSamples checks that the tables above list every
// admin name of the samples, and nothing else.
func TestAdminTablesCoverSamples(t *testing.T) {
	t.Run("acled", func(t *testing.T) {
		got := readColumns(t, "acled_sample.csv", "admin1", "admin2", "admin3")
		want := map[[3]string]bool{}
		for _, tc := range acledAdmins {
			want[[3]string{tc.admin1, tc.admin2, tc.admin3}] = true
		}
		assert.Equal(t, want, got)
		assert.Len(t, acledAdmins, 88)
	})
	t.Run("ucdp", func(t *testing.T) {
		got := readColumns(t, "ucdp_ged_sample.csv", "adm_1", "adm_2")
		delete(got, [3]string{}) // rows without any admin name
		want := map[[3]string]bool{}
		for _, tc := range ucdpAdmins {
			want[[3]string{tc.adm1, tc.adm2}] = true
		}
		assert.Equal(t, want, got)
	})
}
