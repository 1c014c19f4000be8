// Package acled reads and writes ACLED (Armed Conflict Location & Event
// Data) CSV files as events of package event, in every layout ACLED has
// shipped, so that a file read and written back in its own layout gives the
// same records field for field — also after a detour through the SDK's
// JSON.
//
// # Layouts
//
// Columns are found by header name, in any letter case, never by position.
// The layout family is detected from the header (see Layout):
//
//	current        2022 onward, API and export (31 columns; disorder_type,
//	               civilian_targeting, tags; inter codes numeric or text)
//	2019           the 2019–2021 export (31 columns; data_id, event_id_no_cnty, iso3)
//	realtime-2016  the 2016 realtime file (27 columns, alphabetical, first
//	               header cell empty, ally_actor_*, gwno, no sub_event_type,
//	               old event types such as "Battle-No change of territory")
//	v5             version 5, 1997–2015 data (25 UPPER-CASE columns, dd/mm/yyyy
//	               dates, YEAR may be a span such as "2001-2002")
//	hdx            HDX country files: the current columns and a row of HXL
//	               hashtags under the header
//
// Files may start with a byte-order mark, end lines in LF, CR LF or CR
// (Excel for Mac), be UTF-8, UTF-16 or Windows-1252 (see Text encodings),
// carry an HXL row under any header, hold newlines in quoted notes (kept as
// written, CR LF or LF), lack
// columns (ACLED's monadic export has no actor2 or inter2; HDX trims
// version 5 files), and have columns this package does not know
// (population_best, an analyst's column, the unnamed index columns of
// pandas and R): each of those is kept in the event's Extra record and
// written back, several unnamed columns as several.
//
// # Files as they are found
//
// ACLED's files of other decades, and files re-saved by R, pandas, Stata or
// a spreadsheet program, read as ACLED wrote them:
//
//   - Missing values. In the columns this package knows, the spellings of
//     Reader.Missing (by default R's and pandas' "NA", "NaN", "nan",
//     "NULL", "None", "N/A", "#N/A", "<NA>", …) read as an empty cell, and
//     so do Stata's "." and ".a" to ".z" in numeric columns: no actor,
//     admin unit or tag is ever named "NA". The match is on the whole cell
//     ("NA (Agdal Riyad)" is a name).
//   - Numbers and codes (coordinates, fatalities, inter codes, precisions,
//     iso, year, timestamp, ...) and the labels of closed sets (event_date,
//     event_type, disorder_type, civilian_targeting) are read without the
//     spaces around them, no-break spaces (U+00A0, U+202F, U+2007)
//     included; a whole number written as a decimal ("3.0", as pandas
//     writes a column that also holds a missing value) is that number.
//     Names and notes keep every space.
//   - Event types: every label of ACLED's files before 2019
//     ("Riots/Protests", "Remote violence", "Battle-No change of
//     territory", "Battle-Government regains territory", "Battle-Non-state
//     actor overtakes territory", "Headquarters or base established",
//     "Non-violent transfer of territory", "Strategic development"), in any
//     letter case (see event.TypeFromACLED).
//   - Inter codes as numbers or text labels of either era ("State forces",
//     "State Forces"), in any letter case.
//   - Dates in every form of DateForm: ISO dates, with or without a time of
//     day and zone ("2021-01-02T00:00:00Z", "2021-01-02 00:00:00+03:00":
//     the date as written, which the zone does not shift); a day, an
//     English month name and a year ("31 August 2019", "07 December 2022",
//     "9-May-20", "1-Jan-2015", "01-January-2015"); and "dd/mm/yyyy", the
//     convention of version 5 files, in those files only. Numeric forms that
//     could be read two ways are refused with the reason: "1/2/15" and
//     "31-12-19" (day or month first, which century), "09-05-2020", and
//     "dd/mm/yyyy" in files of other layouts, where a spreadsheet program
//     may have written "mm/dd/yyyy". Years lie in the SDK's range, 1000 to
//     9999: upstream's "0025" for 2025 is refused with the year in the
//     message.
//
// Whatever the model reads differently from the cell ("NA" as nothing,
// " 40.91" as 40.91, "88.10" as 88.1, "State Forces" as state forces) is
// written back as it was, from Extra.Verbatim; each row also records its
// own date form (Extra.DateForm), so that a file is written back in its
// forms.
//
// # Text encodings
//
// Without a byte-order mark a file is UTF-8 unless its first non-ASCII
// bytes are not, in which case it is Windows-1252 from there on (the text
// before was ASCII, which both read the same: older ACLED Africa files
// are Windows-1252). Reader.Encoding names another encoding
// (charmap.ISO8859_1, charmap.Macintosh, ...). Text is never replaced: a
// byte that is not text in the file's encoding (or a NUL) rejects its
// record with event.ErrBadText at its line and column. The encoding, the
// byte-order mark and the line end are kept in each event's Extra, so a
// Writer given no options writes the file back as it came;
// Writer.Encoding, BOM and LineEnd choose otherwise, and a character the
// encoding cannot hold refuses its event (event.ErrEncoding). Positions
// (Column, Offset) count the input's bytes, and Raw, RawHeader and the
// Record of an error are the input's bytes, for a reject file in the
// input's encoding.
//
// # Mapping
//
//	event_id_cnty          Event.Keys {acled, value}; Event.ID derived from it (see Identifiers)
//	event_date             When.Start and When.End (the one day ACLED codes)
//	time_precision         When.Precision: 1 day, 2 week, 3 month (the day is kept;
//	                       the precision says how far to trust it)
//	event_type,            Event.Type via event.TypeFromACLED; old event types map to
//	sub_event_type         the nearest current type and are written back as read
//	actor1, actor2         participants with roles event.Perpetrator and event.Target,
//	                       actor kinds from inter1 and inter2
//	assoc_actor_1/_2       split on ";" into event.PerpetratorAssociate and
//	(ally_actor_1/_2)      event.TargetAssociate participants (no kind: ACLED codes none)
//	inter1, inter2         actor.Ref.Kind (numeric 1–8 or text labels; 0 or empty: no actor)
//	interaction            derived from the inter codes when written
//	country, iso, iso3     the country unit of Where.Place.Path, with the alpha-2 code
//	admin1..admin3         admin1..admin3 units of Where.Place.Path
//	location               Where.Place.Name (level locality)
//	latitude, longitude    Where.Point
//	geo_precision          Where.Precision: 1 exact, 2 near, 3 region
//	source                 one citation per outlet, split on ";" ("source-1", ...;
//	                       name-only source references)
//	fatalities             one casualty figure: killed, people, casualty.AtLeast(n),
//	                       attributed to the citation "acled" (CitationID)
//	notes                  Event.Notes
//	tags                   Event.Tags, split on "; "
//	timestamp              Extra.Timestamp; also the Published day of the "acled" citation
//	disorder_type,         Extra.Disorder, Extra.CivilianTargeting
//	civilian_targeting
//	region, source_scale,  Extra fields of the same names
//	data_id, gwno,
//	event_id_no_cnty
//
// Every event gets a citation with ID "acled" for ACLED itself, published on
// the day of the row's last edit (timestamp): the fatality figure is ACLED's
// coding, not one outlet's report, so it is attributed there. The outlets
// named in source follow as citations "source-1", "source-2", ... whose
// source references carry a name only: resolving them to source records is
// a catalogue's job, and this package invents no IDs. Actors and places are
// likewise name-only references.
//
// # Fatalities
//
// ACLED codes one number per row, the most conservative one reported, so
// the figure is a lower bound: casualty.AtLeast(n). That holds for 0 too:
// ACLED writes 0 when no death was reported, when reports speak of
// "casualties" without deaths, and on a row that shares an incident's
// toll with another row that carries it; none of these says nobody died,
// so 0 is "at least 0", not "exactly 0". The conventional codes for
// unreported tolls (10 for a significant attack, 3 for a limited one) are
// read the same way and are not warned about; the notes, kept in
// Event.Notes, say when they were used. An empty cell gives no figure.
//
// When writing, ACLED's own figure (attributed to CitationID) wins, so that
// a row read and written back keeps its number. An event without one gets
// the Low total of event.Event.Toll over all its figures: the total killed
// over every group and party, the most conservative credible figure, as
// ACLED records "the lowest number of reported fatalities" when sources
// differ (ACLED codebook, "Reported fatalities"). An exact 7 and an exact
// 9 give 7; "at least 40" combatants gives 40; "more than 370,000" gives
// 370,001; 40 combatants and 7 civilians give 47; 10 civilians and 4
// children give 10 (children are within civilians); a figure for all the
// dead stands for them (UCDP's low of 6 beside its per-side best
// estimates summing to 61 gives 6); "numerous" gives no
// number, and a figure whose citation is graded improbable (Admiralty
// credibility 5) does not count. No number: the cell is empty. ACLED's
// conventions for vague reports (3 or 10 for "several", 12 for "dozens")
// are not applied: the SDK does not judge an attack's scale.
//
// # Identifiers
//
// The event ID is derived (event.DeriveID, UUID version 5) so that reading
// the same row again gives the same ID: from event_id_cnty under KeyScheme
// ("acled"); a row without it from data_id under DataIDScheme; a row
// without either from a hash of its cells (column names and values) under
// RowScheme, with a counter appended for a second identical row in the same
// file, so that distinct records never share an ID. (To keep memory
// bounded, the counter follows the first 65,536 distinct ID-less rows of a
// file; a repeat of a row seen after those shares its twin's ID.) The first two keys are
// recorded in Event.Keys; the hash is not, as nobody else knows the row by
// it.
//
// # The Extra record
//
// What an ACLED row has and the model does not lives in one extension
// member per event, Extra under ExtKey ("com.acleddata/row"): the layout
// family, the row's date form and the file's inter-code form, whether the
// file had an HXL row and
// CR LF line ends, data_id, event_id_no_cnty, region, gwno, disorder_type,
// civilian_targeting, source_scale, timestamp, the cells of unknown columns,
// and Verbatim: the few cells the Writer would not regenerate identically
// from the model (R's "NA", "88.10" where it writes 88.1, a source name with
// a trailing space). The Reader finds
// them by formatting each row back with the Writer's own code; on the
// 2019–2021 sample in the repository none is needed. Read it with
// GetExtra, replace it with SetExtra.
//
// # Writing
//
// A Writer writes any layout; by default the one the first event was read
// from, with its inter-code form, HXL row and line ends, and each event's
// date in the form it was read in (when read from the family written). A
// Writer given a Reader's Layout and no event writes the file's header, and
// its HXL row: a file whose every row was rejected keeps its own header. An
// event read from another format is written from the model alone: actor1 and
// actor2 from the first perpetrator and target (or the first two parties),
// further ones as associates; disorder_type from the type's usual disorder
// types; civilian_targeting from a civilian target; the source column from
// every citation but "acled", each outlet once, by the name of the outlet
// the account was read in (source.Citation.Publisher: the last of its Via
// chain, so "Russia's defence ministry via TASS via Al Jazeera" is "Al
// Jazeera", and the ministry and TASS are reported as lost). An event
// without a type or a date cannot be written: Write returns a *WriteError
// and writes nothing for it. An event of a type with no ACLED counterpart
// is not written either, but it is not at fault: Write returns nil and
// Warnings reports it as lost (Path "").
//
// # Actors
//
// With Writer.Actors set, the actors of an event from another format are
// written by the names ACLED gives them: for a participant the registry
// knows (by ID, else by resolving its name on the event's day), its
// identifier in scheme actor.SchemeACLED valid on that day, or, if it has
// none, that of the nearest actor it is part of (part-of links valid on the
// day): CENTCOM is written as the United States' armed forces, "Military
// Forces of the United States (2017-2021)" in 2019, as ACLED codes a unit
// it does not name by its force. Others keep their names. Events read from
// ACLED keep the names and codes they were read with.
//
// inter1 and inter2 follow the ACLED codebook ("Actor Names, Types, and
// 'Inter' Codes"): the eight ACLED kinds have their codes; a state, a
// government, a government agency and a military command are State forces
// (1), "collective actors ... that are recognized to perform government
// functions"; an intergovernmental organisation is External/Other forces
// (8); and State forces whose country (from the registry record) differs
// from the event's are External/Other forces (8): "the military forces of
// states are recorded with an Inter code of 8 ... when active outside of
// their home state". Other kinds (an armed group of unknown category, a
// coalition, a person) have no code: the cell is empty.
//
// # Aggregates
//
// A record that is not a single incident — a type marked
// event.TypeInfo.Aggregate: a campaign, a whole war, a displacement figure
// — is not written: ACLED "does not predefine broader aggregate categories
// of events, like wars, conflicts, operations, campaigns" and records
// events by day and place. Write returns nil and Warnings reports it (Path
// "", event.ErrLost). Writer.Aggregates writes it like any other event (the
// SDK's aggregate types have no ACLED counterpart, so they are still
// reported as lost unless a registered subtype has one).
//
// # What ACLED cannot hold
//
// Writer.Warnings reports, after each Write, every fact of the event that
// the row does not hold, as an event.Problem with Code event.ErrLost and
// Path the fact's JSON path in the event, one per list element or scalar
// field (the members of an element that are lost are named in the
// message):
//
//	id, keys[i]          keys other than ACLED's own, and an ID a reader would not derive
//	type                 a type the row's labels read back as another (a sub-event type
//	                     the old layouts lack, an extension type)
//	title                always
//	when.end             a range of days: event_date holds the first
//	when.open_start,     an open range: event_date holds its known end
//	when.open_end
//	when.precision       a precision time_precision has no code for
//	where.place.level    a place that is no locality (location reads back as one)
//	where.place.path[i]  a unit that is not the country or admin1 to admin3
//	where.relation,      "near" and "between", and the second place
//	where.other
//	where.precision      a precision geo_precision has no code for
//	where.text           always
//	participants[i]      a role ACLED has no column for (sponsor, mediator, a third
//	                     party); a role that reads back as another (a second target in
//	                     assoc_actor_2); an actor written under the ACLED name of the
//	                     force it is part of; who places the actor (citations); its note
//	casualties[i]        every figure the fatalities cell does not rest on: other
//	                     outcomes (injured, displaced), other sources' figures, figures
//	                     that give no number or are graded improbable
//	citations[i]         everything but the outlet's name: the originator and
//	                     intermediaries of an account read through others, dates,
//	                     titles, URLs, authors, quotes, languages, grades
//	claims[i],           always
//	related[i]
//	notes, tags          in a layout without the column
//	ext["key"]           other formats' and extensions' members; fields of the
//	                     ACLED record the layout has no column for
//
// IDs, codes and kinds of the actors and places an event names are not
// reported: they belong to the referenced records, which a catalogue gives
// back from the names written (Reader.Resolver). An event whose facts all
// came from ACLED, written in its own layout, has no warnings.
//
// # Formula cells
//
// The dataset interchange formats are written as the datasets publish
// them: a text cell that a spreadsheet would run as a formula (it starts
// with =, +, -, @, a tab or a carriage return and is not a number, such as
// "=HYPERLINK(...)") is written raw, and Warnings reports it with Code
// event.ErrFormula and Path the column name. Writer.Neutralise writes such
// cells with a leading apostrophe instead, as the native tables of package
// table do; numbers such as a longitude of "-5.2" are never touched.
//
// # Warnings
//
// Writer.Warnings reports losses and formula cells (above).
// Reader.Warnings reports, per record, odd but readable data without
// changing it: inter codes in both forms in one file (ErrMixedInter), dates
// in more than one form (ErrMixedDates), a year column that disagrees with
// event_date (ErrYear), an interaction that does not follow from the inter
// codes (ErrInteraction), an inter code that disagrees with its actor column
// (ErrActorInter), iso and iso3 naming different countries (ErrCountryCode),
// a point at exactly (0, 0), which almost always stands for a missing value
// (event.ErrNullIsland, on the latitude column; the point is kept).
//
// # Validation
//
// No row as ACLED published it fails event.Validator with an error. Rows
// do carry what the Validator warns about: violence against civilians with
// no civilian or protester as target (event.ErrNoTarget: version 5 files
// trimmed by HDX have no actor2, and ACLED's older files code some victims
// as actor1), no date precision, no location.
//
// # Usage
//
//	r := acled.NewReader(in)
//	w := acled.NewWriter(out)
//	for e, err := range r.All() {
//		if err != nil {
//			// a *event.ParseError: line, column, field, record verbatim
//			continue
//		}
//		for _, p := range r.Warnings() { log.Print(p) }
//		if err := w.Write(e); err != nil { ... }
//		for _, p := range w.Warnings() { log.Print(p) } // lost facts, formula cells
//	}
//	if err := w.Close(); err != nil { ... }
//
// Pitfalls: event_id_cnty is revised and deleted upstream, so do not key
// data across ACLED versions by it alone; monadic files give two rows (one
// per actor) the same event_id_cnty, hence the same event ID. gwno is a
// Gleditsch–Ward number, not ISO. An edited event keeps its Verbatim cells:
// delete the entries of the columns you change, or the old text is written
// back.
package acled
