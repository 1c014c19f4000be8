// Package place models where conflict events happen: places in an
// administrative hierarchy, their external codes, points, and how
// precisely an event is located.
//
// # Main types
//
//   - Place: a country, an administrative unit (admin1 to admin4), a
//     locality, or an Area that is not an admin unit (the Idlib
//     de-escalation zone, "northwest Syria"). It has a stable ID, a Level,
//     a display Name and names in other scripts, an explicit Parent link,
//     a Country, external Codes, an optional Point and non-hierarchical
//     Within links.
//   - ID: a stable lower-case slug ("sy07", "idlib-city").
//   - Level: the closed set country, admin1 … admin4, locality, area,
//     with Rank for the nesting order.
//   - Country: an ISO 3166-1 country backed by
//     golang.org/x/text/language.Region.
//   - Code and Scheme: a code in an external system (ISO 3166-1/2, OCHA
//     P-code, GeoNames, Wikidata, or any other well-formed scheme).
//   - Point: WGS84 latitude and longitude.
//   - Precision: how closely a coded location matches the event, with
//     conversions to and from ACLED geo_precision, UCDP where_prec and
//     PLOVER location resolution.
//   - Relation: in, near or between.
//   - Ref and Unit: the self-describing reference an event carries (the
//     place's name and the admin path with codes and names), so that a
//     reader needs no gazetteer.
//   - Set: a small concurrency-safe collection of places that follows
//     parent links (Ancestors) and builds Refs.
//   - Gazetteer: an immutable, indexed collection of places with lookup
//     by ID and code, name resolution (Resolve) that says how a name
//     matched (Match, MatchKind) and reports ambiguity
//     (AmbiguousError), the nearest place to a point (Nearest),
//     containment, Refs, Merge and Update. Default is the embedded one: Syria's
//     governorates, districts and sub-districts with OCHA P-codes,
//     Syrian towns, Hatay, and every ISO 3166-1 country (see
//     place/data/README.md). LoadJSON and LoadPCodes read user
//     gazetteers, to use alone or merged over Default.
//
// # Usage
//
//	syria := place.Place{ID: "sy", Level: place.LevelCountry, Name: "Syria",
//		Country: place.MustCountry("SY")}
//	idleb := place.Place{ID: "sy07", Level: place.LevelAdmin1, Name: "Idleb",
//		Parent: "sy", Country: place.MustCountry("SY"),
//		Codes: []place.Code{{Scheme: place.SchemePCode, Value: "SY07"}}}
//	set, err := place.NewSet(syria, idleb)
//	...
//	ref, err := set.Ref("sy07") // Path: [{country sy SY Syria}]
//
// With the embedded gazetteer, resolve an ACLED or UCDP admin path level
// by level, each under the one above:
//
//	g := place.Default()
//	gov, err := g.Resolve("Idlib Governorate", place.ResolveOptions{Parent: "syria", Level: place.LevelAdmin1})
//	// gov.Place.ID == "sy07", gov.How == place.MatchAlias
//	dist, err := g.Resolve("Markaz Idlib district", place.ResolveOptions{Parent: gov.Place.ID, Level: place.LevelAdmin2})
//	// dist.Place.ID == "sy0700"
//	_, err = g.Resolve("Idleb", place.ResolveOptions{})
//	// errors.Is(err, place.ErrAmbiguous): a governorate, a district and a sub-district
//	town, km, ok := g.Nearest(place.MustPoint(35.86, 36.80), place.NearestOptions{Level: place.LevelLocality})
//	// town.ID == "saraqib"
//
// To use your own data, load it and merge it over the embedded one, or,
// for a newer edition of records it has, update them, keeping the names,
// points and codes the update does not give:
//
//	mine, err := place.LoadJSON(f) // or place.LoadPCodes(f) for an OCHA/HDX P-code table
//	g, err := place.Default().Merge(mine)  // mine's records replace the embedded ones
//	g, err = place.Default().Update(mine)  // mine's records are combined with them
//
// # Validation and errors
//
// Every error wraps a sentinel (ErrBadID, ErrBadLevel, ErrBadCode, ...), so
// callers test with errors.Is. Place.Validate, Code.Validate and
// Name.Validate return every problem at once, joined with errors.Join;
// each problem is a *FieldError with the JSON path of the field
// ("parent", "codes[0].value", "point.lat"), reached with errors.As.
//
// # Pitfalls
//
//   - P-codes are opaque. Syria's admin2 codes extend their admin1 code
//     ("SY0700" in "SY07") but the centre district is not always "..00",
//     admin4 codes ("C…") embed nothing, and Turkey's codes follow another
//     pattern. Parents are therefore explicit links, never derived from
//     code prefixes.
//   - Code systems differ: GeoNames numbers Syria's governorates in
//     another order than OCHA. Each code is stored with its Scheme.
//   - x/text accepts more than countries. ParseCountry canonicalises
//     ("UK" to GB) and refuses groups ("145"), "ZZ" and private-use codes
//     ("QQQ" would silently become "QQ").
//   - A Point of exactly (0, 0) is almost always a missing value. Optional
//     points are *Point so that nil, not zero, means missing.
//   - Precision conversions are lossy where the schemes cut the scale
//     differently (ACLED has 3 codes, UCDP 7, PLOVER 5). A scheme code
//     converted to Precision and back is always the same code.
//   - Resolve never guesses. One name often denotes a governorate, its
//     central district, its central sub-district and a town ("Idlib",
//     "Dar'a"): pass the Level and the Parent found one level up, as an
//     admin path is read. Spelling does not break ties within a tier.
//   - In the embedded data a governorate or district takes the Arabic
//     name of its same-named centre sub-district ("إدلب" from "مركز
//     إدلب"), so Arabic "إدلب", like "Idleb", names three units. Aleppo
//     and Rural Damascus, which have no such sub-district, take the name
//     REFERENCE.md gives, marked unverified there (their Notes say so).
//   - OCHA's codes describe Syria's units before the 2008–2009
//     reorganisation. A newer unit that datasets name ("Atarib district"
//     in UCDP GED) is held without a P-code, with the COD unit whose
//     territory it took linked Within it (see place/data/README.md).
//   - Sub-district points are polygon centroids, not towns; some towns are
//     placed in their sub-district approximately (their Notes say so).
//     Nearest answers "near", not "in".
//
// This package imports no other package of the module but internal ones.
package place
