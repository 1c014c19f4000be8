package table

// tableID names one of the linked tables.
type tableID int

const (
	tDataset tableID = iota
	tActors
	tActorNames
	tActorIdentifiers
	tActorLinks
	tPlaces
	tPlaceNames
	tPlaceCodes
	tSources
	tSourceNames
	tEvents
	tPaths
	tParticipants
	tCasualties
	tCitations
	tVia
	tClaims
	tAbout
	tRelations
	tExt
	numTables
)

// firstEventTable is the first of the tables the streaming Writer and
// Reader handle; the ones before it hold the dataset's records.
const firstEventTable = tEvents

// tableDef describes one table: its file name, its columns in the order
// they are written, the columns a reader cannot do without, the columns
// that come together (one without the others would fail every row), the
// numeric columns, whose plain numbers are not neutralised, and the plain
// columns.
//
// Plain columns hold values that never begin or end with a space, are
// never "." and never a whole number written as a decimal: numbers,
// counts, ordinals, codes, IDs, dates, language tags. A Reader reads their
// cells as found (see cursor.text): without the spaces around them, with
// Stata's missing values, and with "12.0" as "12". Text columns (names,
// notes, quotes, titles, lists) are read as written.
type tableDef struct {
	file     string
	cols     []string
	required []int
	together [][]int
	numeric  []int
	plain    []int
}

// Columns of events.csv.
const (
	evID = iota
	evKeys
	evType
	evTitle
	evStart
	evEnd
	evDatePrecision
	evPlaceID
	evPlaceName
	evPlaceLevel
	evPlaceRelation
	evOtherID
	evOtherName
	evOtherLevel
	evLat
	evLon
	evGeoPrecision
	evLocationText
	evNotes
	evTags
	evNPath
	evNOtherPath
	evNParticipants
	evNCasualties
	evNCitations
	evNClaims
	evNRelated
	evNExt
)

// Columns of paths.csv.
const (
	paEventID = iota
	paOf
	paN
	paLevel
	paID
	paCode
	paName
)

// Columns of participants.csv.
const (
	ptEventID = iota
	ptN
	ptActorID
	ptActorName
	ptActorKind
	ptRole
	ptCitations
	ptNote
)

// Columns of casualties.csv.
const (
	caEventID = iota
	caN
	caOutcome
	caGroup
	caCount
	caText
	caPartyID
	caPartyName
	caPartyKind
	caCitation
	caNote
)

// Columns of citations.csv.
const (
	ciEventID = iota
	ciN
	ciID
	ciSourceID
	ciSourceName
	ciPublished
	ciAccessed
	ciTitle
	ciURL
	ciArchiveURL
	ciAuthor
	ciAuthorActor
	ciReportedFrom
	ciReportedFromName
	ciQuote
	ciLanguage
	ciGrade
	ciContentHash
	ciNVia
)

// Columns of via.csv.
const (
	viEventID = iota
	viCitation
	viN
	viSourceID
	viSourceName
)

// Columns of claims.csv.
const (
	clEventID = iota
	clN
	clCitation
	clKind
	clAspect
	clValue
	clQuote
	clParaphrase
	clNAbout
)

// Columns of about.csv.
const (
	abEventID = iota
	abClaim
	abN
	abActorID
	abActorName
	abActorKind
)

// Columns of relations.csv.
const (
	reEventID = iota
	reN
	reKind
	reEvent
	reCitation
	reNote
)

// Columns of ext.csv.
const (
	exEventID = iota
	exKey
	exValue
)

// Columns of dataset.csv.
const (
	dsSchema = iota
	dsTitle
	dsDescription
	dsNActors
	dsNPlaces
	dsNSources
	dsNEvents
)

// Columns of actors.csv.
const (
	acID = iota
	acKind
	acName
	acCountry
	acFounded
	acDissolved
	acNotes
	acNNames
	acNIdentifiers
	acNLinks
)

// Columns of actor_names.csv.
const (
	anActorID = iota
	anN
	anText
	anLang
	anKind
	anFrom
	anTo
	anNote
)

// Columns of actor_identifiers.csv.
const (
	aiActorID = iota
	aiN
	aiScheme
	aiValue
	aiFrom
	aiTo
)

// Columns of actor_links.csv.
const (
	alActorID = iota
	alN
	alKind
	alActor
	alFrom
	alTo
	alNote
)

// Columns of places.csv.
const (
	plID = iota
	plLevel
	plName
	plParent
	plCountry
	plLat
	plLon
	plWithin
	plNotes
	plNNames
	plNCodes
)

// Columns of place_names.csv.
const (
	pnPlaceID = iota
	pnN
	pnText
	pnLang
)

// Columns of place_codes.csv.
const (
	pcPlaceID = iota
	pcN
	pcScheme
	pcValue
)

// Columns of sources.csv.
const (
	soID = iota
	soName
	soShort
	soKind
	soLanguage
	soCountry
	soURL
	soActor
	soReliability
	soNotes
	soNNames
)

// Columns of source_names.csv.
const (
	snSourceID = iota
	snN
	snText
	snLang
)

// tables describes every table, indexed by tableID.
var tables = [numTables]tableDef{
	tDataset: {file: "dataset.csv",
		cols:  []string{"schema", "title", "description", "n_actors", "n_places", "n_sources", "n_events"},
		plain: []int{dsNActors, dsNPlaces, dsNSources, dsNEvents}},
	tActors: {file: "actors.csv",
		cols:     []string{"id", "kind", "name", "country", "founded", "dissolved", "notes", "n_names", "n_identifiers", "n_links"},
		required: []int{acID},
		plain:    []int{acID, acKind, acFounded, acDissolved, acNNames, acNIdentifiers, acNLinks}},
	tActorNames: {file: "actor_names.csv",
		cols:     []string{"actor_id", "n", "text", "lang", "kind", "from", "to", "note"},
		required: []int{anActorID},
		plain:    []int{anActorID, anN, anLang, anKind, anFrom, anTo}},
	tActorIdentifiers: {file: "actor_identifiers.csv",
		cols:     []string{"actor_id", "n", "scheme", "value", "from", "to"},
		required: []int{aiActorID},
		plain:    []int{aiActorID, aiN, aiFrom, aiTo}},
	tActorLinks: {file: "actor_links.csv",
		cols:     []string{"actor_id", "n", "kind", "actor", "from", "to", "note"},
		required: []int{alActorID},
		plain:    []int{alActorID, alN, alKind, alActor, alFrom, alTo}},
	tPlaces: {file: "places.csv",
		cols:     []string{"id", "level", "name", "parent", "country", "lat", "lon", "within", "notes", "n_names", "n_codes"},
		required: []int{plID},
		together: [][]int{{plLat, plLon}},
		numeric:  []int{plLat, plLon},
		plain:    []int{plID, plLevel, plParent, plCountry, plLat, plLon, plNNames, plNCodes}},
	tPlaceNames: {file: "place_names.csv",
		cols:     []string{"place_id", "n", "text", "lang"},
		required: []int{pnPlaceID},
		plain:    []int{pnPlaceID, pnN, pnLang}},
	tPlaceCodes: {file: "place_codes.csv",
		cols:     []string{"place_id", "n", "scheme", "value"},
		required: []int{pcPlaceID},
		plain:    []int{pcPlaceID, pcN, pcScheme}},
	tSources: {file: "sources.csv",
		cols:     []string{"id", "name", "short", "kind", "language", "country", "url", "actor", "reliability", "notes", "n_names"},
		required: []int{soID},
		plain:    []int{soID, soKind, soLanguage, soReliability, soNNames}},
	tSourceNames: {file: "source_names.csv",
		cols:     []string{"source_id", "n", "text", "lang"},
		required: []int{snSourceID},
		plain:    []int{snSourceID, snN, snLang}},
	tEvents: {file: "events.csv",
		cols: []string{"id", "keys", "type", "title", "start", "end", "date_precision",
			"place_id", "place_name", "place_level", "place_relation", "other_place_id", "other_place_name", "other_place_level",
			"lat", "lon", "geo_precision", "location_text", "notes", "tags",
			"n_path", "n_other_path", "n_participants", "n_casualties", "n_citations", "n_claims", "n_related", "n_ext"},
		// Without its type or its dates a row is not an event: a table
		// missing one of these columns is refused at its header, rather
		// than every row being rejected, or read without its dates.
		required: []int{evID, evType, evStart, evEnd},
		together: [][]int{{evLat, evLon}},
		numeric:  []int{evLat, evLon},
		plain: []int{evID, evType, evStart, evEnd, evDatePrecision, evPlaceID, evPlaceLevel, evPlaceRelation,
			evOtherID, evOtherLevel, evLat, evLon, evGeoPrecision,
			evNPath, evNOtherPath, evNParticipants, evNCasualties, evNCitations, evNClaims, evNRelated, evNExt}},
	tPaths: {file: "paths.csv",
		cols:     []string{"event_id", "of", "n", "level", "id", "code", "name"},
		required: []int{paEventID, paOf},
		plain:    []int{paEventID, paOf, paN, paLevel, paID}},
	tParticipants: {file: "participants.csv",
		cols:     []string{"event_id", "n", "actor_id", "actor_name", "actor_kind", "role", "citations", "note"},
		required: []int{ptEventID},
		plain:    []int{ptEventID, ptN, ptActorID, ptActorKind, ptRole}},
	tCasualties: {file: "casualties.csv",
		cols:     []string{"event_id", "n", "outcome", "group", "count", "text", "party_id", "party_name", "party_kind", "citation", "note"},
		required: []int{caEventID},
		plain:    []int{caEventID, caN, caOutcome, caGroup, caCount, caPartyID, caPartyKind}},
	tCitations: {file: "citations.csv",
		cols: []string{"event_id", "n", "id", "source_id", "source_name", "published", "accessed", "title", "url", "archive_url",
			"author", "author_actor", "reported_from", "reported_from_name", "quote", "language", "grade", "content_hash", "n_via"},
		required: []int{ciEventID},
		plain:    []int{ciEventID, ciN, ciSourceID, ciPublished, ciAccessed, ciLanguage, ciGrade, ciNVia}},
	tVia: {file: "via.csv",
		cols:     []string{"event_id", "citation", "n", "source_id", "source_name"},
		required: []int{viEventID, viCitation},
		plain:    []int{viEventID, viCitation, viN, viSourceID}},
	tClaims: {file: "claims.csv",
		cols:     []string{"event_id", "n", "citation", "kind", "aspect", "value", "quote", "paraphrase", "n_about"},
		required: []int{clEventID},
		plain:    []int{clEventID, clN, clKind, clAspect, clNAbout}},
	tAbout: {file: "about.csv",
		cols:     []string{"event_id", "claim", "n", "actor_id", "actor_name", "actor_kind"},
		required: []int{abEventID, abClaim},
		plain:    []int{abEventID, abClaim, abN, abActorID, abActorKind}},
	tRelations: {file: "relations.csv",
		cols:     []string{"event_id", "n", "kind", "event", "citation", "note"},
		required: []int{reEventID},
		plain:    []int{reEventID, reN, reKind, reEvent}},
	tExt: {file: "ext.csv",
		cols:     []string{"event_id", "key", "value"},
		required: []int{exEventID, exKey, exValue},
		plain:    []int{exEventID}},
}

// Values of the "of" column of paths.csv: whose admin path a row belongs
// to.
const (
	ofPlace      = "place"
	ofOtherPlace = "other_place"
)

// EventTables returns the file names of the tables Writer writes, in the
// order of the model: events.csv first, then its child tables.
func EventTables() []string { return files(firstEventTable, numTables) }

// DatasetTables returns the file names of the tables WriteDataset writes
// in addition to EventTables: dataset.csv and the actor, place and source
// tables.
func DatasetTables() []string { return files(0, firstEventTable) }

func files(from, to tableID) []string {
	var out []string
	for t := from; t < to; t++ {
		out = append(out, tables[t].file)
	}
	return out
}

// Columns returns the columns of the table in file name (such as
// "participants.csv") in the order they are written, or nil for a name
// that is not one of the tables.
func Columns(name string) []string {
	for _, d := range tables {
		if d.file == name {
			return append([]string(nil), d.cols...)
		}
	}
	return nil
}
