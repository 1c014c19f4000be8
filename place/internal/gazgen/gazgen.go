// Package gazgen builds the embedded gazetteer of package place from the
// project's shared data files (../shared/data and ../shared/REFERENCE.md
// relative to the module root). It types in no code or coordinate: every
// value is read from those files or from golang.org/x/text, except the
// admin units OCHA's data lacks, which come from not_in_cod.csv with the
// public source of each. The rules that combine them are written out in
// place/data/README.md.
//
// It is run by place/internal/gen (go generate in place/) and by a test of
// package place that checks the committed files are up to date.
package gazgen

import (
	"bytes"
	"cmp"
	_ "embed"
	"encoding/csv"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/conflictkit/conflict/internal/textkey"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/place/internal/namekey"
)

// The input files, in shared/data.
const (
	fileAdm12    = "syr_tur31_pcodes_adm1_adm2.csv"
	fileAdm3     = "syr_adm3_subdistricts_opensyria.csv"
	fileAliases  = "syr_adm3_aliases_opensyria.csv"
	fileGeoNames = "syr_cities_geonames_subset_quickadscms.csv"
	fileCities   = "syr_cities_dr5hn_style_waritally.csv"
	fileHDX      = "syr_pcodes_codes_only_hdx_global_pcodes_20230201.csv"
	fileRef      = "REFERENCE.md"
)

// SourceNotes are the provenance notes copied next to the generated files.
var SourceNotes = []string{
	"syr_tur31_pcodes_adm1_adm2.SOURCE.md",
	"syr_adm3_subdistricts_opensyria.SOURCE.md",
	"syr_adm3_aliases_opensyria.SOURCE.md",
	"syr_cities_geonames_subset_quickadscms.SOURCE.md",
	"syr_cities_dr5hn_style_waritally.SOURCE.md",
	"syr_pcodes_codes_only_hdx_global_pcodes_20230201.SOURCE.md",
}

// Inputs lists every file Generate reads, relative to the shared directory:
// the command gen copies them into the module (SnapshotDir), so that the
// test of the committed data runs in a clone without ../shared.
func Inputs() []string {
	in := []string{fileRef}
	for _, f := range []string{fileAdm12, fileAdm3, fileAliases, fileGeoNames, fileCities, fileHDX} {
		in = append(in, filepath.Join("data", f))
	}
	for _, f := range SourceNotes {
		in = append(in, filepath.Join("data", f))
	}
	return in
}

// SnapshotDir is where the command gen keeps its copy of the inputs,
// relative to the module root. Tests read the inputs there, never in
// ../shared.
const SnapshotDir = "place/internal/gazgen/testdata/shared"

// Output file names, relative to place/data.
const (
	OutCountries = "countries.json"
	OutSyria     = "syria-admin.json"
	OutHatay     = "turkey-hatay.json"
	OutTowns     = "syria-towns.json"
)

// SchemeGeoNamesAdmin1 holds GeoNames' own first-level codes ("SY.12"),
// which number Syria's governorates in another order than OCHA.
const SchemeGeoNamesAdmin1 place.Scheme = "geonames-admin1"

// SchemeGeoBoundaries holds geoBoundaries shape IDs of sub-districts.
const SchemeGeoBoundaries place.Scheme = "geoboundaries"

// Result is what Generate produces.
type Result struct {
	Files  map[string][]byte // file name (in place/data) -> content
	Report []string          // a summary for the person running the generator
}

// Generate reads the shared directory (which holds data/ and REFERENCE.md)
// and returns the data files.
func Generate(shared string) (*Result, error) {
	g := &gen{dir: filepath.Join(shared, "data"), res: &Result{Files: map[string][]byte{}}, nameAr: map[*place.Place]string{}}
	ref, err := os.ReadFile(filepath.Join(shared, fileRef))
	if err != nil {
		return nil, err
	}
	steps := []func() error{
		func() error { return g.reference(string(ref)) },
		g.countries,
		g.pcodes,
		g.subdistricts,
		g.aliases,
		g.townLists,
		g.share,
		g.arabicAdmin1,
		g.placeTowns,
		g.notInCOD,
		g.check,
		g.write,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, fmt.Errorf("gazgen: %w", err)
		}
	}
	for _, name := range SourceNotes {
		b, err := os.ReadFile(filepath.Join(g.dir, name))
		if err != nil {
			return nil, fmt.Errorf("gazgen: %w", err)
		}
		g.res.Files[name] = b
	}
	return g.res, nil
}

type gen struct {
	dir string
	res *Result

	// From REFERENCE.md.
	refAdm1             map[string]refAdmin1 // by P-code
	refAdm2Other        map[string]string    // other spelling of a district, by P-code (REFERENCE.md §6.3)
	isoToPCode          map[string]string    // "SY-ID" -> "SY07"
	syriaISO, turkeyISO string
	hatayISO            string

	countryByA2 map[string]*place.Place
	countryList []*place.Place

	syria    []*place.Place          // admin1, admin2, admin3 in P-code order by level
	hatay    []*place.Place          // Hatay and its districts
	byPCode  map[string]*place.Place // every admin unit
	townList []*place.Place
	nameAr   map[*place.Place]string // a sub-district's Arabic name (name.ar)

	// For towns: the merged town records, and the governorate P-code of
	// GeoNames admin1 codes.
	cities   []*city
	gnAdmin1 map[string]string
}

type refAdmin1 struct{ pcode, ocha, iso, isoName, arabic string }

func (g *gen) report(format string, args ...any) {
	g.res.Report = append(g.res.Report, fmt.Sprintf(format, args...))
}

// section returns the text of the REFERENCE.md section whose heading
// starts with prefix, up to the next heading (of any depth).
func section(text, prefix string) (string, error) {
	i := strings.Index(text, "\n"+prefix)
	if i < 0 {
		return "", fmt.Errorf("%s: no section %q", fileRef, prefix)
	}
	rest := text[i+1:]
	if j := strings.Index(rest[1:], "\n#"); j >= 0 {
		rest = rest[:j+1]
	}
	return rest, nil
}

var (
	rePCode1     = regexp.MustCompile(`^SY\d\d$`)
	reISO2       = regexp.MustCompile(`^SY-[A-Z]{2}$`)
	reSyriaISO   = regexp.MustCompile(`ISO name "([^"]+)"`)
	reHatayISO   = regexp.MustCompile("ISO 3166-2 `(TR-\\d+)` \"Hatay\"")
	reTurkeyName = regexp.MustCompile(`ISO's current short name "([^"]+)"`)
)

// reference reads REFERENCE.md §6.1 (governorates: OCHA name, ISO 3166-2
// code and ISO name; Syria's ISO name), §6.3 (other spellings of Idleb's
// districts) and §6.5 (Hatay's ISO 3166-2 code, Turkey's ISO short name). The unverified columns (variants, Arabic) are
// not read.
func (g *gen) reference(text string) error {
	s61, err := section(text, "### 6.1 ")
	if err != nil {
		return err
	}
	g.refAdm1 = map[string]refAdmin1{}
	g.isoToPCode = map[string]string{}
	for _, line := range strings.Split(s61, "\n") {
		if !strings.HasPrefix(line, "| SY") {
			continue
		}
		cells := strings.Split(line, "|")
		if len(cells) < 6 {
			return fmt.Errorf("%s §6.1: short row %q", fileRef, line)
		}
		r := refAdmin1{
			pcode:   strings.TrimSpace(cells[1]),
			ocha:    strings.TrimSpace(cells[2]),
			iso:     strings.TrimSpace(cells[3]),
			isoName: strings.TrimSpace(cells[4]),
		}
		if len(cells) > 6 {
			r.arabic = strings.TrimSpace(cells[6]) // unverified: see arabicAdmin1
		}
		if !rePCode1.MatchString(r.pcode) || !reISO2.MatchString(r.iso) || r.isoName == "" {
			return fmt.Errorf("%s §6.1: unexpected row %q", fileRef, line)
		}
		g.refAdm1[r.pcode] = r
		g.isoToPCode[r.iso] = r.pcode
	}
	if len(g.refAdm1) != 14 {
		return fmt.Errorf("%s §6.1: %d governorates, want 14", fileRef, len(g.refAdm1))
	}
	m := reSyriaISO.FindStringSubmatch(s61)
	if m == nil {
		return fmt.Errorf("%s §6.1: no ISO name of Syria", fileRef)
	}
	g.syriaISO = m[1]
	// §6.3: the districts of Idleb, with another spelling for some (the
	// Arabic column is unverified and not read).
	s63, err := section(text, "### 6.3 ")
	if err != nil {
		return err
	}
	g.refAdm2Other = map[string]string{}
	for _, line := range strings.Split(s63, "\n") {
		cells := strings.Split(line, "|")
		if !strings.HasPrefix(line, "| SY07") || len(cells) != 6 {
			continue // the sub-district table has another shape
		}
		code, other := strings.TrimSpace(cells[1]), strings.TrimSpace(cells[3])
		if len(code) == 6 && other != "" {
			g.refAdm2Other[code] = other
		}
	}
	s65, err := section(text, "### 6.5 ")
	if err != nil {
		return err
	}
	if m = reHatayISO.FindStringSubmatch(s65); m == nil {
		return fmt.Errorf("%s §6.5: no ISO 3166-2 code of Hatay", fileRef)
	}
	g.hatayISO = m[1]
	if m = reTurkeyName.FindStringSubmatch(s65); m == nil {
		return fmt.Errorf("%s §6.5: no ISO short name of Turkey", fileRef)
	}
	g.turkeyISO = m[1]
	return nil
}

// Slug turns a name into an ID: its match key with every run of
// characters other than ASCII letters and digits made one hyphen. A letter
// outside ASCII is an error rather than silently dropped.
func Slug(s string) (place.ID, error) {
	var b strings.Builder
	sep := false
	for _, r := range textkey.Key(s) {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			if sep && b.Len() > 0 {
				b.WriteByte('-')
			}
			sep = false
			b.WriteRune(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return "", fmt.Errorf("slug of %q: letter %q is not ASCII", s, r)
		default:
			sep = true
		}
	}
	return place.ParseID(b.String())
}

// countries makes a place for every ISO 3166-1 code that x/text accepts as
// a canonical country and names in English.
func (g *gen) countries() error {
	g.countryByA2 = map[string]*place.Place{}
	ids := map[place.ID]string{}
	skipped := []string{}
	ar := display.Arabic.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			c, err := place.ParseCountry(code)
			if err != nil || c.Alpha2() != code {
				continue
			}
			if c.Name() == "" {
				skipped = append(skipped, code)
				continue
			}
			id, err := Slug(c.Name())
			if err != nil {
				return err
			}
			if other, dup := ids[id]; dup {
				return fmt.Errorf("countries %s and %s have the same slug %q", other, code, id)
			}
			ids[id] = code
			p := &place.Place{
				ID:      id,
				Level:   place.LevelCountry,
				Name:    c.Name(),
				Country: c,
				Codes:   []place.Code{{Scheme: place.SchemeISOCountry, Value: code}},
			}
			if n := ar.Name(c.Region()); n != "" {
				p.Names = append(p.Names, place.Name{Text: n, Lang: language.Arabic})
			}
			g.countryByA2[code] = p
			g.countryList = append(g.countryList, p)
		}
	}
	sy, tr := g.countryByA2["SY"], g.countryByA2["TR"]
	if sy == nil || tr == nil {
		return fmt.Errorf("x/text has no Syria or Turkey")
	}
	sy.Names = append([]place.Name{{Text: g.syriaISO, Lang: language.English}}, sy.Names...)
	sy.Notes = "ISO 3166-1 name from REFERENCE.md §6.1."
	tr.Names = append([]place.Name{{Text: g.turkeyISO, Lang: language.English}}, tr.Names...)
	tr.Notes = "ISO 3166-1 short name from REFERENCE.md §6.5."
	g.report("countries: %d (x/text names none of %s, left out)", len(g.countryList), strings.Join(skipped, ", "))
	return nil
}

// table is a CSV file read by header name.
type table struct {
	name string
	cols map[string]int
	rows [][]string
}

func (t *table) get(row []string, col string) string { return row[t.cols[col]] }

func readTable(dir, name string, need ...string) (*table, error) {
	f, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(bytes.NewReader(f))
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("%s: empty", name)
	}
	t := &table{name: name, cols: map[string]int{}, rows: recs[1:]}
	for i, h := range recs[0] {
		if i == 0 {
			h = strings.TrimPrefix(h, "\uFEFF")
		}
		t.cols[h] = i
	}
	for _, c := range need {
		if _, ok := t.cols[c]; !ok {
			return nil, fmt.Errorf("%s: no column %q", name, c)
		}
	}
	return t, nil
}

func pcode(v string) place.Code { return place.Code{Scheme: place.SchemePCode, Value: v} }

// pcodes reads the OCHA admin1 and admin2 rows of Syria and Hatay.
func (g *gen) pcodes() error {
	t, err := readTable(g.dir, fileAdm12, "Location", "Admin Level", "P-Code", "Name", "Parent P-Code", "Valid from date")
	if err != nil {
		return err
	}
	g.byPCode = map[string]*place.Place{}
	sy, tr := g.countryByA2["SY"], g.countryByA2["TR"]
	var syr1, syr2, tur1, tur2 int
	turParent := map[*place.Place]string{} // Turkish district -> its parent's P-code
	for _, row := range t.rows {
		loc, lvl, code, name, parent, valid := t.get(row, "Location"), t.get(row, "Admin Level"), t.get(row, "P-Code"), t.get(row, "Name"), t.get(row, "Parent P-Code"), t.get(row, "Valid from date")
		p := &place.Place{
			ID:    place.ID(strings.ToLower(code)),
			Name:  name,
			Codes: []place.Code{pcode(code)},
			Notes: "OCHA P-code valid from " + valid + " (HDX global P-codes).",
		}
		switch loc + lvl {
		case "SYR1":
			r, ok := g.refAdm1[code]
			if !ok || r.ocha != name {
				return fmt.Errorf("%s: %s %q does not agree with REFERENCE.md §6.1", fileAdm12, code, name)
			}
			if parent != loc {
				return fmt.Errorf("%s: %s has parent %q", fileAdm12, code, parent)
			}
			p.Level, p.Parent, p.Country = place.LevelAdmin1, sy.ID, sy.Country
			p.Codes = append(p.Codes, place.Code{Scheme: place.SchemeISOSubdivision, Value: r.iso})
			p.Names = append(p.Names, place.Name{Text: r.isoName})
			p.Notes += " ISO 3166-2 code and name from REFERENCE.md §6.1."
			syr1++
		case "SYR2":
			p.Level, p.Parent, p.Country = place.LevelAdmin2, place.ID(strings.ToLower(parent)), sy.Country
			if other := g.refAdm2Other[code]; other != "" {
				p.Names = append(p.Names, place.Name{Text: other})
				p.Notes += " Other spelling from REFERENCE.md §6.3."
			}
			syr2++
		case "TUR1":
			// The one Turkish province takes its name's slug, as in
			// examples/idlib2019 ("hatay").
			id, err := Slug(name)
			if err != nil {
				return err
			}
			p.ID, p.Level, p.Parent, p.Country = id, place.LevelAdmin1, tr.ID, tr.Country
			p.Codes = append(p.Codes, place.Code{Scheme: place.SchemeISOSubdivision, Value: g.hatayISO})
			p.Notes += " ISO 3166-2 code from REFERENCE.md §6.5."
			tur1++
		case "TUR2":
			p.Level, p.Country = place.LevelAdmin2, tr.Country
			turParent[p] = parent
			tur2++
		default:
			return fmt.Errorf("%s: unexpected row %q", fileAdm12, row)
		}
		if _, dup := g.byPCode[code]; dup {
			return fmt.Errorf("%s: %s twice", fileAdm12, code)
		}
		g.byPCode[code] = p
		if loc == "SYR" {
			g.syria = append(g.syria, p)
		} else {
			g.hatay = append(g.hatay, p)
		}
	}
	// Turkish districts link to their province by its ID.
	for p, code := range turParent {
		parent, ok := g.byPCode[code]
		if !ok {
			return fmt.Errorf("%s: no parent for %s", fileAdm12, p.Codes[0].Value)
		}
		p.Parent = parent.ID
	}
	if syr1 != 14 || syr2 != 62 || tur1 != 1 || tur2 != 15 {
		return fmt.Errorf("%s: %d/%d Syrian and %d/%d Turkish units, want 14/62 and 1/15", fileAdm12, syr1, syr2, tur1, tur2)
	}
	g.report("OCHA P-codes: Syria %d admin1, %d admin2; Hatay %d + %d districts", syr1, syr2, tur1, tur2)
	return nil
}

// subdistricts reads the 272 admin3 units.
func (g *gen) subdistricts() error {
	cols := []string{"externalIds.ochaPcode", "name.en", "name.ar", "district.externalIds.ochaPcode", "governorate.externalIds.ochaPcode",
		"centroid.latitude", "centroid.longitude", "externalIds.geonames", "externalIds.wikidata", "externalIds.geoboundaries", "notes"}
	t, err := readTable(g.dir, fileAdm3, cols...)
	if err != nil {
		return err
	}
	sy := g.countryByA2["SY"]
	var n int
	for _, row := range t.rows {
		code := t.get(row, "externalIds.ochaPcode")
		dist, ok := g.byPCode[t.get(row, "district.externalIds.ochaPcode")]
		if !ok || dist.Level != place.LevelAdmin2 || dist.Country != sy.Country {
			return fmt.Errorf("%s: %s: district %q is not an OCHA admin2 of Syria", fileAdm3, code, t.get(row, "district.externalIds.ochaPcode"))
		}
		if gov := g.byPCode[t.get(row, "governorate.externalIds.ochaPcode")]; gov == nil || gov.ID != dist.Parent {
			return fmt.Errorf("%s: %s: governorate %q is not the parent of district %s", fileAdm3, code, t.get(row, "governorate.externalIds.ochaPcode"), dist.ID)
		}
		lat, err1 := strconv.ParseFloat(t.get(row, "centroid.latitude"), 64)
		lon, err2 := strconv.ParseFloat(t.get(row, "centroid.longitude"), 64)
		pt, err3 := place.NewPoint(lat, lon)
		if err1 != nil || err2 != nil || err3 != nil {
			return fmt.Errorf("%s: %s: bad centroid", fileAdm3, code)
		}
		p := &place.Place{
			ID:      place.ID(strings.ToLower(code)),
			Level:   place.LevelAdmin3,
			Name:    t.get(row, "name.en"),
			Parent:  dist.ID,
			Country: sy.Country,
			Codes:   []place.Code{pcode(code)},
			Point:   &pt,
			Notes:   "Names, parent and centroid from OpenSyria data-geography; the centroid is that of the geoBoundaries ADM3 polygon, not a town.",
		}
		if ar := t.get(row, "name.ar"); ar != "" {
			p.Names = append(p.Names, place.Name{Text: ar, Lang: language.Arabic})
			g.nameAr[p] = ar
		}
		for _, c := range []struct {
			scheme place.Scheme
			col    string
		}{
			{place.SchemeGeoNames, "externalIds.geonames"},
			{place.SchemeWikidata, "externalIds.wikidata"},
			{SchemeGeoBoundaries, "externalIds.geoboundaries"},
		} {
			if v := t.get(row, c.col); v != "" {
				p.Codes = append(p.Codes, place.Code{Scheme: c.scheme, Value: v})
			}
		}
		if note := t.get(row, "notes"); note != "" {
			p.Notes += " Source note: " + note
		}
		if _, dup := g.byPCode[code]; dup {
			return fmt.Errorf("%s: %s twice", fileAdm3, code)
		}
		g.byPCode[code] = p
		g.syria = append(g.syria, p)
		n++
	}
	if n != 272 {
		return fmt.Errorf("%s: %d sub-districts, want 272", fileAdm3, n)
	}
	// The independent code list must hold exactly the same codes.
	hdx, err := readTable(g.dir, fileHDX, "Location", "P-Code")
	if err != nil {
		return err
	}
	set := map[string]bool{}
	for _, row := range hdx.rows {
		set[hdx.get(row, "P-Code")] = true
	}
	for _, p := range g.syria {
		if !set[p.Codes[0].Value] {
			return fmt.Errorf("%s lacks %s", fileHDX, p.Codes[0].Value)
		}
		delete(set, p.Codes[0].Value)
	}
	if len(set) > 0 {
		return fmt.Errorf("%s has %d codes the other files lack", fileHDX, len(set))
	}
	slices.SortStableFunc(g.syria, func(a, b *place.Place) int {
		return cmp.Or(cmp.Compare(a.Level, b.Level), cmp.Compare(a.Codes[0].Value, b.Codes[0].Value))
	})
	g.report("sub-districts: %d; the %d Syrian P-codes equal the HDX code list's", n, len(g.syria))
	return nil
}

// isArabic reports whether s contains an Arabic letter.
func isArabic(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) >= 0
}

// isMachine reports whether an alias is one of the machine
// transliterations of the Arabic ("nahyt sraqb", "kwbany"): Latin script
// written entirely in lower case, which no human-made spelling in the file
// is.
func isMachine(value string) bool {
	latin := strings.IndexFunc(value, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }) >= 0
	return latin && strings.IndexFunc(value, unicode.IsUpper) < 0
}

// addName appends a name unless the place already has that exact text.
func addName(p *place.Place, n place.Name) bool {
	if n.Text == "" || n.Text == p.Name || slices.ContainsFunc(p.Names, func(m place.Name) bool { return m.Text == n.Text }) {
		return false
	}
	p.Names = append(p.Names, n)
	return true
}

// aliases adds the sub-district aliases.
func (g *gen) aliases() error {
	t, err := readTable(g.dir, fileAliases, "externalIds.ochaPcode", "aliases.value", "aliases.language", "aliases.type")
	if err != nil {
		return err
	}
	var kept, machine, dup, relabelled int
	for _, row := range t.rows {
		code, value, lang, kind := t.get(row, "externalIds.ochaPcode"), t.get(row, "aliases.value"), t.get(row, "aliases.language"), t.get(row, "aliases.type")
		p, ok := g.byPCode[code]
		if !ok || p.Level != place.LevelAdmin3 {
			return fmt.Errorf("%s: unknown sub-district %q", fileAliases, code)
		}
		if kind == "alternate_spelling" && isMachine(value) {
			machine++
			continue
		}
		var tag language.Tag
		switch {
		case lang == "ar":
			tag = language.Arabic
		case lang == "en" && isArabic(value):
			relabelled++ // tagged English but written in Arabic: language unknown
		case lang == "en":
			tag = language.English
		default:
			return fmt.Errorf("%s: unexpected language %q", fileAliases, lang)
		}
		if !addName(p, place.Name{Text: value, Lang: tag}) {
			dup++
			continue
		}
		kept++
	}
	g.report("sub-district aliases: %d rows, %d kept, %d machine transliterations dropped, %d repeats of a name, %d Arabic-script rows tagged en kept without a language",
		len(t.rows), kept, machine, dup, relabelled)
	return nil
}

// markaz is the word that begins the Arabic name of the sub-district
// around a district's seat: "مركز إدلب", centre of Idlib.
const markaz = "مركز "

// aliasKey is the key under which two unit names are "the same name".
func aliasKey(s string) string {
	a, _ := namekey.Alias(textkey.Key(s))
	return a
}

// share gives the Latin names of each Syrian admin unit to the units in
// its parent chain that bear the same OCHA name (under the alias rule):
// Idleb governorate, Idleb district and Idleb sub-district are all named
// after Idlib city, so every Latin spelling of one is a spelling of the
// others. Names with a level word ("Idlib Subdistrict") are not shared.
// A sub-district's Arabic name (the file's name.ar, not its aliases) is
// shared too, and that of a centre sub-district, "مركز إدلب" ("centre of
// Idlib"), without "مركز ": "إدلب" is how every unit of the group, the
// sub-district too, is named in Arabic.
func (g *gen) share() error {
	groups := map[*place.Place][]*place.Place{} // root of a group -> members, outermost first
	root := map[*place.Place]*place.Place{}
	byID := map[place.ID]*place.Place{}
	for _, p := range g.syria {
		byID[p.ID] = p
	}
	for _, p := range g.syria { // outermost first: parents are rooted before children
		r := p
		if parent, ok := byID[p.Parent]; ok && aliasKey(parent.Name) == aliasKey(p.Name) {
			r = root[parent]
		}
		root[p] = r
		groups[r] = append(groups[r], p)
	}
	var shared int
	for _, p := range g.syria {
		members := groups[root[p]]
		if len(members) < 2 {
			continue
		}
		var from []string
		for _, m := range members { // p too, for the Arabic without "مركز "
			n0 := len(p.Names)
			for _, n := range append([]place.Name{{Text: m.Name}}, m.Names...) {
				if _, level := namekey.Alias(textkey.Key(n.Text)); level != namekey.None {
					continue
				}
				if isArabic(n.Text) {
					if n.Text != g.nameAr[m] {
						continue // an alias, maybe of a part ("البخشان")
					}
					n.Text = strings.TrimPrefix(n.Text, markaz)
				}
				if addName(p, place.Name{Text: n.Text, Lang: n.Lang}) && m == p {
					shared++
				}
			}
			if len(p.Names) > n0 && m != p {
				from = append(from, string(m.ID))
				shared += len(p.Names) - n0
			}
		}
		if len(from) > 0 {
			p.Notes += " Also has the names of " + strings.Join(from, ", ") + ", which bear the same OCHA name."
		}
	}
	g.report("same-named units: %d names shared", shared)
	return nil
}

// notInCODFile lists admin units that OCHA's COD does not have because
// they were created after the boundaries it keeps, each with the COD unit
// whose territory it took over and the public source that says so. It is
// the only input that is not in shared/data; see place/data/README.md.
//
//go:embed not_in_cod.csv
var notInCODFile []byte

// notInCOD adds the units of notInCODFile to Syria's admin units: each
// under its parent, with the Latin names (without a level word) and the
// centroid of the COD unit it took over, which is linked Within it so
// that the places in that unit resolve under it too.
func (g *gen) notInCOD() error { return g.addNotInCOD(notInCODFile) }

func (g *gen) addNotInCOD(file []byte) error {
	recs, err := csv.NewReader(bytes.NewReader(file)).ReadAll()
	if err != nil {
		return fmt.Errorf("not_in_cod.csv: %w", err)
	}
	want := []string{"id", "level", "parent_pcode", "name", "name_ar", "same_as_pcode", "since", "source"}
	if len(recs) == 0 || !slices.Equal(recs[0], want) {
		return fmt.Errorf("not_in_cod.csv: header is not %v", want)
	}
	for i, r := range recs[1:] {
		var level place.Level
		if err := level.UnmarshalText([]byte(r[1])); err != nil {
			return fmt.Errorf("not_in_cod.csv: line %d: %w", i+2, err)
		}
		parent, ok1 := g.byPCode[r[2]]
		same, ok2 := g.byPCode[r[5]]
		inside := false // same lies inside parent in the COD
		for q := same; ok1 && ok2 && q != nil && !inside; q = g.byPCode[strings.ToUpper(string(q.Parent))] {
			inside = q.Parent == parent.ID
		}
		if !inside || parent.Level.Rank() >= level.Rank() || level.Rank() >= same.Level.Rank() {
			return fmt.Errorf("not_in_cod.csv: line %d: parent %q or unit %q unknown, or the unit not inside the parent, or the levels out of order", i+2, r[2], r[5])
		}
		if want := strings.TrimPrefix(g.nameAr[same], markaz); r[4] != want {
			return fmt.Errorf("not_in_cod.csv: line %d: Arabic name %q, but unit %s is called %q", i+2, r[4], r[5], want)
		}
		p := &place.Place{ID: place.ID(r[0]), Level: level, Name: r[3], Parent: parent.ID, Country: parent.Country, Point: same.Point}
		addName(p, place.Name{Text: r[4], Lang: language.Arabic})
		for _, n := range append([]place.Name{{Text: same.Name}}, same.Names...) {
			if _, lv := namekey.Alias(textkey.Key(n.Text)); lv == namekey.None && !isArabic(n.Text) {
				addName(p, n)
			}
		}
		p.Notes = fmt.Sprintf("Not in OCHA's COD, which keeps the older units: created in %s from %s %s (%s), whose territory it took over; "+
			"that unit is linked within it, and its centroid is this point. No P-code exists for it. Source: %s",
			r[6], same.Level, r[5], same.Name, r[7])
		same.Within = append(same.Within, p.ID)
		g.syria = append(g.syria, p)
		g.report("not in the COD: %s %s, the former %s %s", level, p.ID, same.Level, r[5])
	}
	return nil
}

// arabicAdmin1 checks the governorates' Arabic names, which share gave
// them, against REFERENCE.md §6.1's Arabic column, which is marked
// unverified there: where both give one they must agree (two independent
// sources), and a governorate that share left without one (its centre
// sub-district is named otherwise: Aleppo, Rural Damascus) takes §6.1's,
// with a note saying so.
func (g *gen) arabicAdmin1() error {
	var agree, taken int
	for _, p := range g.syria {
		if p.Level != place.LevelAdmin1 {
			continue
		}
		ref := g.refAdm1[p.Codes[0].Value].arabic
		var have []string
		for _, n := range p.Names {
			if n.Lang == language.Arabic {
				have = append(have, n.Text)
			}
		}
		switch {
		case ref == "":
		case len(have) == 0:
			p.Names = append(p.Names, place.Name{Text: ref, Lang: language.Arabic})
			p.Notes += " Arabic name from REFERENCE.md §6.1, whose Arabic column is marked unverified; where OpenSyria's names give another governorate's, the two agree."
			taken++
		case slices.ContainsFunc(have, func(a string) bool { return textkey.Key(a) == textkey.Key(ref) }):
			agree++
		default:
			return fmt.Errorf("%s §6.1: the Arabic name of %s is %q, but its centre sub-district's is %q", fileRef, p.ID, ref, have)
		}
	}
	g.report("governorates' Arabic names: %d shared agree with REFERENCE.md §6.1, %d taken from it", agree, taken)
	return nil
}

// city is one town of the two town lists.
type city struct {
	gnID, name, ascii, featureCode, gnAdmin1, gnAdmin1Name string
	drName, drState, drStateName                           string
	gnPoint, drPoint                                       *place.Point
}

func parsePoint(lat, lon string) (*place.Point, error) {
	a, err1 := strconv.ParseFloat(lat, 64)
	b, err2 := strconv.ParseFloat(lon, 64)
	p, err3 := place.NewPoint(a, b)
	if err1 != nil || err2 != nil || err3 != nil {
		return nil, fmt.Errorf("bad point %q, %q", lat, lon)
	}
	return &p, nil
}

// maxMergeKm is how far apart the two lists' points of one town may be.
const maxMergeKm = 2.0

// townLists reads both town lists, merges them by name and proximity, and
// adds the governorates' other names found there.
func (g *gen) townLists() error {
	gn, err := readTable(g.dir, fileGeoNames, "id", "name", "asciiname", "latitude", "longitude", "feature_code", "subadmin1_code", "subadmin1.name")
	if err != nil {
		return err
	}
	dr, err := readTable(g.dir, fileCities, "state_code", "state_name", "name", "latitude", "longitude")
	if err != nil {
		return err
	}
	var cities []*city
	for _, row := range gn.rows {
		pt, err := parsePoint(gn.get(row, "latitude"), gn.get(row, "longitude"))
		if err != nil {
			return fmt.Errorf("%s: %s: %w", fileGeoNames, gn.get(row, "id"), err)
		}
		cities = append(cities, &city{
			gnID: gn.get(row, "id"), name: gn.get(row, "name"), ascii: gn.get(row, "asciiname"),
			featureCode: gn.get(row, "feature_code"), gnAdmin1: gn.get(row, "subadmin1_code"),
			gnAdmin1Name: gn.get(row, "subadmin1.name"), gnPoint: pt,
		})
	}
	var districts, merged int
	for _, row := range dr.rows {
		name := dr.get(row, "name")
		if strings.HasSuffix(name, " District") {
			districts++
			continue
		}
		pt, err := parsePoint(dr.get(row, "latitude"), dr.get(row, "longitude"))
		if err != nil {
			return fmt.Errorf("%s: %s: %w", fileCities, name, err)
		}
		k := textkey.Key(name)
		var match *city
		for _, c := range cities {
			if c.gnPoint != nil && c.drName == "" && (textkey.Key(c.name) == k || textkey.Key(c.ascii) == k) && c.gnPoint.Distance(*pt) <= maxMergeKm {
				if match != nil {
					return fmt.Errorf("%s: %q matches two GeoNames towns", fileCities, name)
				}
				match = c
			}
		}
		if match == nil {
			match = &city{}
			cities = append(cities, match)
		} else {
			merged++
			if d := match.gnPoint.Distance(*pt); d > 0.02 {
				g.report("  merged %q and %q, %.2f km apart", match.name, name, d)
			}
		}
		match.drName, match.drState, match.drStateName, match.drPoint = name, dr.get(row, "state_code"), dr.get(row, "state_name"), pt
	}
	g.report("towns: %d GeoNames records, %d dr5hn-style records (%d district centroids skipped), %d merged, %d towns",
		len(gn.rows), len(dr.rows), districts, merged, len(cities))

	// The governorate of a dr5hn-style state code is that of its ISO 3166-2
	// code; that of a GeoNames admin1 code is found by joining the merged
	// towns, and must be the same for all of them.
	govOfState := g.govOfState
	g.gnAdmin1 = map[string]string{}
	gnName := map[string]string{}
	for _, c := range cities {
		if c.gnID == "" || c.drName == "" {
			continue
		}
		gov, err := govOfState(c.drState)
		if err != nil {
			return err
		}
		if prev, ok := g.gnAdmin1[c.gnAdmin1]; ok && prev != gov.Codes[0].Value {
			return fmt.Errorf("GeoNames admin1 %s joins both %s and %s", c.gnAdmin1, prev, gov.Codes[0].Value)
		}
		g.gnAdmin1[c.gnAdmin1] = gov.Codes[0].Value
		gnName[c.gnAdmin1] = c.gnAdmin1Name
	}
	// Governorate codes and names from the town lists.
	stateNames := map[string]string{}
	for _, c := range cities {
		if c.drState == "" {
			continue
		}
		if prev, ok := stateNames[c.drState]; ok && prev != c.drStateName {
			return fmt.Errorf("%s: state %s is named %q and %q", fileCities, c.drState, prev, c.drStateName)
		}
		stateNames[c.drState] = c.drStateName
	}
	for _, state := range slices.Sorted(maps.Keys(stateNames)) {
		gov, err := govOfState(state)
		if err != nil {
			return err
		}
		addName(gov, place.Name{Text: stateNames[state]})
	}
	for _, code := range slices.Sorted(maps.Keys(g.gnAdmin1)) {
		gov := g.byPCode[g.gnAdmin1[code]]
		gov.Codes = append(gov.Codes, place.Code{Scheme: SchemeGeoNamesAdmin1, Value: code})
		addName(gov, place.Name{Text: gnName[code]})
	}
	for _, p := range g.syria {
		if p.Level == place.LevelAdmin1 {
			p.Notes += " Other names: the state names of the dr5hn-style town list; GeoNames admin1 code and name by joining the two town lists (see data/README.md)."
		}
	}
	g.report("GeoNames admin1 codes joined to OCHA governorates: %d of 14", len(g.gnAdmin1))
	g.cities = cities
	return nil
}

// govOfState returns the governorate of a dr5hn-style state code: the one
// with its ISO 3166-2 code.
func (g *gen) govOfState(state string) (*place.Place, error) {
	code, ok := g.isoToPCode["SY-"+state]
	if !ok {
		return nil, fmt.Errorf("%s: state code %q is not an ISO 3166-2 code of REFERENCE.md §6.1", fileCities, state)
	}
	return g.byPCode[code], nil
}

// placeTowns makes the town places, each in a sub-district.
func (g *gen) placeTowns() error {
	// Sub-districts by governorate, for placing towns.
	subs := map[place.ID][]*place.Place{}
	byID := map[place.ID]*place.Place{}
	for _, p := range g.syria {
		byID[p.ID] = p
	}
	for _, p := range g.syria {
		if p.Level == place.LevelAdmin3 {
			gov := byID[byID[p.Parent].Parent]
			subs[gov.ID] = append(subs[gov.ID], p)
		}
	}
	sy := g.countryByA2["SY"]
	ids := map[place.ID]bool{}
	var byName, nearest, ochaNamed int
	for _, c := range g.cities {
		var gov *place.Place
		switch {
		case c.drState != "":
			var err error
			if gov, err = g.govOfState(c.drState); err != nil {
				return err
			}
		default:
			code, ok := g.gnAdmin1[c.gnAdmin1]
			if !ok {
				return fmt.Errorf("%s: %s: GeoNames admin1 %s joins no governorate", fileGeoNames, c.gnID, c.gnAdmin1)
			}
			gov = g.byPCode[code]
		}
		p := &place.Place{Level: place.LevelLocality, Country: sy.Country}
		var src string
		switch {
		case c.gnID != "":
			p.Name = c.name
			addName(p, place.Name{Text: c.ascii})
			addName(p, place.Name{Text: c.drName})
			p.Codes = []place.Code{{Scheme: place.SchemeGeoNames, Value: c.gnID}}
			src = "GeoNames " + c.gnID + " (quickadscms subset)"
		default:
			p.Name = c.drName
		}
		switch {
		case c.drName != "" && src == "":
			p.Point = c.drPoint
			src = "Name and point from the dr5hn-style list (waritally)"
		case c.drName != "":
			p.Point = c.drPoint
			src += "; point from the dr5hn-style list (waritally)"
		default:
			p.Point = c.gnPoint
			src += ", with its point"
		}
		slugOf := c.ascii
		if slugOf == "" {
			slugOf = c.drName
		}
		id, err := Slug(slugOf)
		if err != nil {
			return err
		}
		if c.featureCode == "PPLA" || c.featureCode == "PPLC" {
			id += "-city" // the seat of a governorate: its bare name is the governorate's too
		}
		if ids[id] {
			return fmt.Errorf("two towns have the ID %q", id)
		}
		ids[id] = true
		p.ID = id

		sub, how, err := placeTown(p, c.featureCode == "PPLA" || c.featureCode == "PPLC", gov, subs[gov.ID])
		if err != nil {
			return err
		}
		if strings.Contains(how, "approximate") {
			nearest++
		} else {
			byName++
		}
		p.Parent = sub.ID
		p.Notes = src + ". Sub-district " + sub.Codes[0].Value + " by " + how + "."
		// A town placed by its name, or as a governorate's seat, is the one
		// its sub-district is named after, so it is called by the
		// sub-district's OCHA name too ("Idleb" for Idlib city, "Saraqab"
		// for Saraqib), as ACLED's location column does.
		// "Markaz Darayya" (centre of Darayya) names the unit, not the town.
		ocha := strings.TrimPrefix(sub.Name, "Markaz ")
		if !strings.Contains(how, "approximate") &&
			!slices.ContainsFunc(append([]place.Name{{Text: p.Name}}, p.Names...), func(n place.Name) bool { return textkey.Key(n.Text) == textkey.Key(ocha) }) {
			p.Names = append(p.Names, place.Name{Text: ocha})
			p.Notes += " Also called " + ocha + ", the OCHA name of its sub-district."
			ochaNamed++
		}
		if d := p.Point.Distance(*sub.Point); d > 15 {
			g.report("  far from its sub-district's centroid: %s -> %s, %.1f km", p.ID, sub.ID, d)
		}
		g.townList = append(g.townList, p)
	}
	slices.SortFunc(g.townList, func(a, b *place.Place) int { return cmp.Compare(a.ID, b.ID) })
	g.report("towns placed in a sub-district by name or as a seat: %d (%d of them also take its OCHA name); approximately: %d", byName, ochaNamed, nearest)
	for _, t := range g.townList {
		if strings.Contains(t.Notes, "approximate") || strings.Contains(t.Notes, "seat") {
			g.report("  %s -> %s: %s", t.ID, t.Parent, t.Notes[strings.Index(t.Notes, " by ")+4:])
		}
	}
	return nil
}

// maxSimilarKm is how far from a town the centroid of a sub-district with
// a similar name may be.
const maxSimilarKm = 25.0

// placeTown finds the sub-district of a town among the sub-districts of
// its governorate gov, by the first of these that gives exactly one:
//
//  1. a sub-district that bears one of the town's names, by match key;
//  2. the same under the alias rule (which also removes "Nahiyat",
//     "Markaz" and articles);
//  3. for a governorate seat (seat), the sub-district that bears the
//     governorate's OCHA name under the alias rule ("Tartous");
//  4. approximate: a sub-district whose name has the same consonants as
//     one of the town's names ("Douma" and "Duma", "Medaya" and "Madaya"),
//     if its centroid is within maxSimilarKm;
//  5. approximate: the sub-district with the nearest centroid.
//
// It returns the sub-district and how it was found, for Place.Notes.
func placeTown(town *place.Place, seat bool, gov *place.Place, subs []*place.Place) (*place.Place, string, error) {
	names := append([]place.Name{{Text: town.Name}}, town.Names...)
	find := func(key func(string) string, near float64) (*place.Place, string, error) {
		var found *place.Place
		var how string
		for _, s := range subs {
			if near > 0 && town.Point.Distance(*s.Point) > near {
				continue
			}
			for _, sn := range append([]place.Name{{Text: s.Name}}, s.Names...) {
				if slices.ContainsFunc(names, func(n place.Name) bool { return key(n.Text) != "" && key(n.Text) == key(sn.Text) }) {
					if found != nil && found != s {
						return nil, "", fmt.Errorf("town %s bears the names of sub-districts %s and %s", town.ID, found.ID, s.ID)
					}
					found, how = s, sn.Text
					break
				}
			}
		}
		return found, how, nil
	}
	for _, key := range []func(string) string{textkey.Key, aliasKey} {
		s, name, err := find(key, 0)
		if err != nil || s != nil {
			return s, fmt.Sprintf("its name: the sub-district is also called %q", name), err
		}
	}
	if seat {
		var found []*place.Place
		for _, s := range subs {
			if aliasKey(s.Name) == aliasKey(gov.Name) {
				found = append(found, s)
			}
		}
		if len(found) == 1 {
			return found[0], fmt.Sprintf("being the seat of governorate %s (GeoNames feature code PPLA/PPLC), in its same-named sub-district", gov.Codes[0].Value), nil
		}
	}
	if s, name, err := find(Skeleton, maxSimilarKm); err != nil || s != nil {
		return s, fmt.Sprintf("a similar name, approximate: the sub-district %q has the same consonants and its centroid is %.1f km away", name, town.Point.Distance(*s.Point)), err
	}
	var best *place.Place
	bestKm := math.Inf(1)
	for _, s := range subs {
		if d := town.Point.Distance(*s.Point); d < bestKm {
			best, bestKm = s, d
		}
	}
	if best == nil {
		return nil, "", fmt.Errorf("town %s: no sub-district in its governorate", town.ID)
	}
	return best, fmt.Sprintf("the nearest sub-district centroid in %s, approximate: %.1f km away", gov.Codes[0].Value, bestKm), nil
}

// Skeleton is the consonants of a Latin name's alias key, without spaces
// and with doubled letters single: "Douma" and "Duma" give "dm",
// "Kafranbel" and "Kafr Nobol" give "kfrnbl". It is "" for a name with
// other scripts or fewer than two consonants, which are too weak to
// compare.
func Skeleton(s string) string {
	var b []byte
	for _, r := range aliasKey(s) {
		switch {
		case r == ' ' || strings.ContainsRune("aeiou", r):
			continue
		case r >= 'a' && r <= 'z':
			if len(b) == 0 || b[len(b)-1] != byte(r) {
				b = append(b, byte(r))
			}
		default:
			return ""
		}
	}
	if len(b) < 2 {
		return ""
	}
	return string(b)
}

// check builds the whole gazetteer, as Default will, and checks it.
func (g *gen) check() error {
	var all []place.Place
	for _, list := range [][]*place.Place{g.countryList, g.syria, g.hatay, g.townList} {
		for _, p := range list {
			all = append(all, *p)
		}
	}
	gz, err := place.NewGazetteer(all...)
	if err != nil {
		return err
	}
	if err := gz.Validate(); err != nil {
		return err
	}
	g.report("total places: %d", gz.Len())
	return nil
}

// write encodes each file as LoadJSON reads it.
func (g *gen) write() error {
	for _, f := range []struct {
		name   string
		places []*place.Place
	}{
		{OutCountries, g.countryList},
		{OutSyria, g.syria},
		{OutHatay, g.hatay},
		{OutTowns, g.townList},
	} {
		var list []place.Place
		for _, p := range f.places {
			list = append(list, *p)
		}
		gz, err := place.NewGazetteer(list...)
		if err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
		var buf bytes.Buffer
		if err := gz.WriteJSON(&buf); err != nil {
			return err
		}
		g.res.Files[f.name] = buf.Bytes()
	}
	return nil
}
