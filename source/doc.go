// Package source models who says what about an armed-conflict event: the
// organisations and channels that publish information (Source), the
// individual accounts an event cites (Citation), and the grades analysts
// attach to them.
//
// # Main types
//
//   - Source: a publisher or channel such as the Syrian Observatory for
//     Human Rights (a monitor based in the UK), SANA or TASS (state media),
//     Al Jazeera (a broadcaster) or CENTCOM (a military command). It has a
//     stable slug ID, names in any script, a Kind, a main Language, the
//     Country where it is based and a default Reliability.
//   - Ref: the self-describing reference (ID and display name) that a
//     citation carries instead of the whole Source record.
//   - Citation: one account of an event: originator, the chain of outlets
//     that relayed it (Via), publication and access dates, title, URL and
//     archive URL, byline, the place it was reported from, the verbatim
//     quote, its language, its Admiralty Grade and a content hash of the
//     capture.
//   - Kind: an open set of source kinds (government, military, news-agency,
//     monitor, state-media, ...); downstream code may add kinds with
//     RegisterKind.
//   - Reliability (A-F), Credibility (1-6) and Grade ("B2"): the Admiralty
//     (NATO) grading, with the STIX 2.1 confidence mapping for credibility.
//   - Assessment: the Airwars-style grading of a civilian-harm allegation
//     (confirmed, fair, weak, contested, discounted).
//   - Registry: a concurrency-safe catalogue of sources, with Resolve,
//     which finds the source a dataset's outlet name refers to ("SOHR",
//     "Reuters News", "Agence France Presse") by tiers: the display name
//     (MatchExact), a short or other name (MatchAlias), then the folded
//     match key (MatchFolded), with a confidence per tier; a name that
//     matches several sources equally is an *AmbiguousError, never a guess.
//
// # The embedded catalogue
//
// Default returns the catalogue that ships with the SDK (the file
// catalogue/sources.json, loaded on first use): SOHR, SANA, TASS, AFP, Al
// Jazeera, Reuters, the UN, CENTCOM and the other outlets cited by the
// project's ACLED and UCDP samples. It is read-only; Clone it and Merge
// sources of your own, read with LoadJSON.
//
// # Usage
//
//	sohr := source.Source{
//		ID: "sohr", Name: "Syrian Observatory for Human Rights", Short: "SOHR",
//		Kind: source.KindMonitor, Country: "GB", Language: language.Arabic,
//	}
//	if err := sohr.Validate(); err != nil { ... }
//
//	c := source.Citation{
//		ID:     "ru-mod-via-tass",
//		Source: source.Ref{ID: "ru-mod", Name: "Russian Ministry of Defence"},
//		Via:    []source.Ref{{ID: "tass", Name: "TASS"}, {ID: "al-jazeera", Name: "Al Jazeera"}},
//		Grade:  source.MustParseGrade("C3"),
//	}
//	fmt.Println(c.Publisher().Name) // Al Jazeera
//
//	res, err := source.Default().Resolve("Agence France Presse") // res.Source.ID == "afp"
//
// # Attribution
//
// A Citation's Source is always the originator of the statement; the
// outlets that carried it are listed in Via, nearest to the originator
// first. The document fields (Published, URL, Title, Author, Quote,
// Language, ContentHash) describe the document actually read, that is the
// outlet Publisher returns. An organisation that both acts and speaks (CENTCOM strikes and
// issues statements) has two records: an actor, named by participants, and
// a source, named by citations, linked by Source.Actor.
//
// # Validation and errors
//
// Parsers are strict: they never trim, fold case or guess. Validate methods
// return every problem at once, joined with errors.Join; each problem is a
// *FieldError with the JSON path of the field and an error wrapping a
// sentinel (ErrBadID, ErrUnknownKind, ErrBadCountry, ErrBadGrade, ...), so
// callers test with errors.Is.
//
// # Pitfalls
//
//   - Reliability F and credibility 6 mean "cannot be judged", not
//     "average". Do not compute with them, and expect no STIX confidence
//     for 6.
//   - A Grade is zero or complete: "B" alone is rejected. Grade an axis you
//     cannot assess as F or 6 explicitly.
//   - Country is where the source is based, not what it covers, and must be
//     the canonical alpha-2 code: "UK" and "GBR" fail Validate; ParseCountry
//     turns them into "GB". Never derive it from Language (x/text guesses
//     Egypt for Arabic).
//   - Citation.Published is a pointer because date.Date's zero value is
//     0001-01-01, a real day, not "unknown". Its JSON form is decoded
//     strictly; rickb777/date's own decoder would silently turn 2019-02-30
//     into 2 March.
//   - In JSON, an empty "language" or "lang" means language.Und; tags are
//     kept as written ("iw" stays "iw"), only their case is normalised.
//   - Registry.Resolve takes one name: split an ACLED source cell on "; "
//     and a UCDP source_office cell on ";" first. Default is shared and
//     read-only; Merge replaces a record whole.
//   - Kind.UnmarshalText accepts well-formed kinds that are not registered,
//     so that extension data round-trips; Validate reports them with
//     ErrUnknownKind.
package source
