package place

import (
	"embed"
	"fmt"
	"sync"
)

//go:generate go run ./internal/gen

// embedded holds the gazetteer data generated from the project's shared
// data files by internal/gen; data/README.md says where every value comes
// from and under which licence.
//
//go:embed data/*.json
var embedded embed.FS

// embeddedFiles are the data files in load order: parents before children,
// which NewGazetteer does not need but readers of the files do.
var embeddedFiles = []string{
	"data/countries.json",
	"data/syria-admin.json",
	"data/turkey-hatay.json",
	"data/syria-towns.json",
}

// loadDefault builds the embedded gazetteer once.
var loadDefault = sync.OnceValues(func() (*Gazetteer, error) {
	var all []Place
	for _, name := range embeddedFiles {
		data, err := embedded.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("place: embedded %s: %w", name, err)
		}
		places, err := decodeJSON(data)
		if err != nil {
			return nil, fmt.Errorf("place: embedded %s: %w", name, err)
		}
		all = append(all, places...)
	}
	return NewGazetteer(all...)
})

// Default returns the gazetteer of the embedded data, built on first use
// (some tens of milliseconds) and shared afterwards; it is safe for concurrent
// use and must not be modified (it cannot be: build others with Merge).
// It holds:
//
//   - every ISO 3166-1 country that x/text names in English (249 and
//     Kosovo), with English and Arabic CLDR names; IDs are English slugs
//     ("syria", "turkey", "united-states");
//   - Syria's 14 governorates, 62 districts and 272 sub-districts
//     (admin1 to admin3) with OCHA P-codes; IDs are the lower-cased
//     P-codes ("sy07", "sy0700", "sy070000"); English names and
//     alternate spellings, Arabic names (of the sub-districts, of the
//     units named like their centre sub-district, and REFERENCE.md's
//     unverified ones of Aleppo and Rural Damascus), sub-district centroids,
//     ISO 3166-2 codes of the governorates; and the one newer district
//     that datasets name, Atarib ("atarib-district"), which has no P-code;
//   - Syrian towns with GeoNames points, each placed in its sub-district
//     (IDs are slugs: "saraqib"; a governorate seat takes "-city":
//     "idlib-city", "aleppo-city"), with the method in Place.Notes;
//   - Turkey's Hatay province ("hatay", P-code TUR031, ISO TR-31) and its
//     15 districts ("tur031001" ...).
//
// See place/data/README.md for the sources, licences and the rules that
// built it. Should the embedded data ever fail to load (the package's
// tests rule this out), Default returns an empty Gazetteer rather than
// panic.
func Default() *Gazetteer {
	g, err := loadDefault()
	if err != nil {
		return &emptyGazetteer
	}
	return g
}

// emptyGazetteer is Default's fallback.
var emptyGazetteer Gazetteer
