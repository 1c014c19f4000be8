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
// written, CR LF or LF), and have columns this package does not know (population_best, the unnamed
// index column of the 2016 file): those are kept in the event's Extra
// record and written back. Dates may be "2019-08-31", "31 August 2019",
// "9-May-20" or "18/04/2001" (see ParseDate); years outside 1900 to next
// year, such as upstream's "0025", are rejected.
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
// When writing an event that was not read from ACLED, fatalities is the
// smallest lower bound (or, lacking one, best estimate) among its killed
// figures for people in general with no party; empty if it has none.
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
// family, the date and inter-code forms, whether the file had an HXL row and
// CR LF line ends, data_id, event_id_no_cnty, region, gwno, disorder_type,
// civilian_targeting, source_scale, timestamp, the cells of unknown columns,
// and Verbatim: the few cells the Writer would not regenerate identically
// from the model ("09-May-20" where it writes "9-May-20"). The Reader finds
// them by formatting each row back with the Writer's own code; on the
// 2019–2021 sample in the repository none is needed. Read it with
// GetExtra, replace it with SetExtra.
//
// # Writing
//
// A Writer writes any layout; by default the one the first event was read
// from, with its date form, inter-code form, HXL row and line ends. An event
// read from another format is written from the model alone: actor1 and
// actor2 from the first perpetrator and target (or the first two parties),
// further ones as associates; disorder_type from the type's usual disorder
// types; civilian_targeting from a civilian target; the source column from
// every citation but "acled" (by the name of the outlet it was read in).
// Lossy points: roles other than those (sponsor, mediator, observer) are
// not written; a date range is written as its first day; casualty figures
// other than the total killed are not written; the old layouts have no
// label for a non-state actor taking territory, which is written as
// "Battles". An event without a date, or of a type with no ACLED
// counterpart (event.Campaign), cannot be written: Write returns a
// *WriteError and writes nothing for it.
//
// # Warnings
//
// Reader.Warnings reports, per record, odd but readable data without
// changing it: inter codes in both forms in one file (ErrMixedInter), dates
// in more than one form (ErrMixedDates), a year column that disagrees with
// event_date (ErrYear), an interaction that does not follow from the inter
// codes (ErrInteraction), an inter code that disagrees with its actor column
// (ErrActorInter), iso and iso3 naming different countries (ErrCountryCode).
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
//	}
//	if err := w.Close(); err != nil { ... }
//
// Pitfalls: event_id_cnty is revised and deleted upstream, so do not key
// data across ACLED versions by it alone. gwno is a Gleditsch–Ward number,
// not ISO. An edited event keeps its Verbatim cells: delete the entries of
// the columns you change, or the old text is written back.
package acled
