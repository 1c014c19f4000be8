// Package conflict is the root of conflictkit, a Go SDK for modelling
// armed-conflict events: build, validate, exchange, reconcile and extend
// conflict-event data with every source's account kept and attributed.
//
// This package holds no code; it documents how the packages fit together.
//
//   - [github.com/conflictkit/conflict/event]: the Event (type, date range,
//     location, participants and roles, casualty figures, citations and
//     claims, relations, extensions), the type taxonomy with ACLED, UCDP,
//     PLOVER and CAMEO crosswalks, validation, the Dataset, and the
//     canonical JSON and NDJSON codecs.
//   - [github.com/conflictkit/conflict/casualty]: counts with uncertainty
//     ("at least 40", "more than 370,000", low/best/high), a parser for
//     reporters' phrases, outcomes, groups, figures and reconciliation.
//   - [github.com/conflictkit/conflict/source]: sources, citations with
//     attribution chains, Admiralty reliability and credibility grades, and
//     civilian-harm assessment grades.
//   - [github.com/conflictkit/conflict/place]: places in an admin hierarchy
//     with ISO 3166 and OCHA P-codes, points, geo precision with ACLED, UCDP
//     and PLOVER mappings.
//   - [github.com/conflictkit/conflict/actor]: actors with dated names in any
//     script, identifiers per scheme (ACLED, UCDP, CAMEO, Wikidata), dated
//     links and successions, a Registry that resolves names on a date, and
//     the embedded catalogue of the Syrian conflict's actors.
//
// place, actor and source each embed a catalogue (the gazetteer of Syria
// with OCHA P-codes and every ISO country; the actors; the publishers),
// loaded on first use, and resolve names in any spelling or script through
// one match key. event.Resolver fills their IDs into events read by name.
//
// The wire formats besides JSON each have a package under event, all
// streaming, all with readers that hand rejected records back verbatim:
//
//   - [github.com/conflictkit/conflict/event/acled]: ACLED CSV in every
//     layout it has shipped, read by header name and written back field for
//     field.
//   - [github.com/conflictkit/conflict/event/ucdp]: UCDP GED CSV (releases
//     19.1 and 20.1 onward, the Syria release, the HDX files).
//   - [github.com/conflictkit/conflict/event/table]: the native CSV form:
//     lossless linked tables, and a wide table for spreadsheets with an
//     optional HXL hashtag row.
//   - [github.com/conflictkit/conflict/event/geojson]: GeoJSON
//     FeatureCollections of events.
//
// Layering: casualty and place import no other package of the module except
// internal ones; actor and source import only internal packages; event
// imports those five. The format packages import event and below, and
// nothing imports them.
//
// # A worked example
//
// examples/idlib2019 holds the news article the project started from — a US
// strike near Idlib city on 31 August 2019, told differently by CENTCOM, the
// Syrian Observatory for Human Rights, Al Jazeera's reporter and Russia's
// defence ministry via TASS — completely as a Dataset, and prints it:
//
//	go run ./examples/idlib2019
//	go run ./examples/idlib2019 -format summary
//
// examples/convert converts between all the formats, validating and
// keeping rejected records:
//
//	go run ./examples/convert -from acled -to ndjson -in acled.csv -validate
package conflict
