package place_test

import (
	"strconv"

	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/place"
)

// The worked hierarchy of REFERENCE.md §6.3: Syria > Idleb governorate
// (SY07, SY-ID) > Idleb district (SY0700) > Idleb sub-district (SY070000)
// > Idlib city. Codes and names come from REFERENCE.md §6.1, §6.3 and
// §6.4; the city's GeoNames id 169389 is from
// shared/data/syr_cities_geonames_subset_quickadscms.csv.
func syria() place.Place {
	return place.Place{
		ID:      "sy",
		Level:   place.LevelCountry,
		Name:    "Syria",
		Names:   []place.Name{{Text: "Syrian Arab Republic", Lang: language.English}},
		Country: place.MustCountry("SY"),
		Codes:   []place.Code{{Scheme: place.SchemeISOCountry, Value: "SY"}},
	}
}

func idlebGovernorate() place.Place {
	return place.Place{
		ID:    "sy07",
		Level: place.LevelAdmin1,
		Name:  "Idleb",
		Names: []place.Name{
			{Text: "Idlib", Lang: language.English},
			{Text: "إدلب", Lang: language.Arabic},
		},
		Parent:  "sy",
		Country: place.MustCountry("SY"),
		Codes: []place.Code{
			{Scheme: place.SchemePCode, Value: "SY07"},
			{Scheme: place.SchemeISOSubdivision, Value: "SY-ID"},
		},
	}
}

func idlebDistrict() place.Place {
	return place.Place{
		ID: "sy0700", Level: place.LevelAdmin2, Name: "Idleb", Parent: "sy07",
		Country: place.MustCountry("SY"),
		Codes:   []place.Code{{Scheme: place.SchemePCode, Value: "SY0700"}},
	}
}

func idlebSubdistrict() place.Place {
	return place.Place{
		ID: "sy070000", Level: place.LevelAdmin3, Name: "Idleb", Parent: "sy0700",
		Country: place.MustCountry("SY"),
		Codes:   []place.Code{{Scheme: place.SchemePCode, Value: "SY070000"}},
	}
}

func idlibCity() place.Place {
	pt := place.MustPoint(35.93062, 36.63393)
	return place.Place{
		ID:      "idlib-city",
		Level:   place.LevelLocality,
		Name:    "Idlib",
		Parent:  "sy070000",
		Country: place.MustCountry("SY"),
		Codes:   []place.Code{{Scheme: place.SchemeGeoNames, Value: "169389"}},
		Point:   &pt,
		Within:  []place.ID{"idlib-de-escalation-zone"},
	}
}

func deEscalationZone() place.Place {
	return place.Place{
		ID: "idlib-de-escalation-zone", Level: place.LevelArea,
		Name: "Idlib de-escalation zone", Parent: "sy",
	}
}

func workedHierarchy() []place.Place {
	return []place.Place{syria(), idlebGovernorate(), idlebDistrict(), idlebSubdistrict(), idlibCity(), deEscalationZone()}
}

func itoa(i int) string { return strconv.Itoa(i) }
