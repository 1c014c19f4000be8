// Package ucdp reads and writes UCDP GED (the Uppsala Conflict Data
// Program's Georeferenced Event Dataset) CSV files as events of package
// event, streaming, one record at a time.
//
// # Layouts
//
// A Reader finds columns by header name, so it reads every layout, in any
// column order, and keeps columns it does not know. It detects the layout
// from the header (Reader.Layout):
//
//	LayoutGED20  49 columns, GED 20.1 to 26.1: relid, code_status, dset IDs,
//	             where_description, best,high,low, gwnoa,gwnob at the end
//	LayoutGED19  42 columns, GED 19.1: low,best,high; gwnoa/gwnob by the side IDs
//	LayoutSyria  41 columns, the Syria release V 652.1601.1911 (19.1 without gwnoa)
//	LayoutHDX    43 columns, HDX conflict_data_<ISO3>.csv: 19.1 plus iso3 after
//	             country, and a row of HXL hashtags under the header
//
// A byte-order mark, LF, CR LF or CR line ends, an HXL row, newlines inside
// quoted cells (source_original, source_headline; kept as written, CR LF or
// LF), and columns added by other programs (R's row names, pandas' index,
// unnamed empty columns, each kept) are all read. A Writer writes any of
// the four layouts; a file read and written back in its own layout gives
// the same records, field for field, also after a detour through NDJSON.
//
// # Text encodings
//
// Files are read as UTF-8, UTF-16 (by its byte-order mark) or Windows-1252:
// without a byte-order mark a file is UTF-8 unless its first non-ASCII bytes
// are not, in which case it is Windows-1252 from there on (the text before
// was ASCII, which both read the same). Reader.Encoding names another
// encoding (charmap.ISO8859_1, charmap.Macintosh, ...). Text is never
// replaced: a byte that is not text in the file's encoding (or a NUL)
// rejects its record with event.ErrBadText at its line and column. The
// encoding, the byte-order mark and the line end are kept in each event's
// Extra, so a Writer given no options writes the file back as it came;
// Writer.Encoding, BOM and LineEnd choose otherwise, and a character the
// encoding cannot hold refuses its event (event.ErrEncoding). Positions
// (Column, Offset) count the input's bytes, and Raw, RawHeader and the
// Record of an error are the input's bytes, for a reject file in the
// input's encoding.
//
// # Files as they are found
//
// Files re-saved by R, pandas, Stata or a spreadsheet read like the file
// they came from, and are written back as they were:
//
//   - Missing values: cells spelled as Reader.Missing lists (by default
//     flatcsv.DefaultMissing: R's NA, pandas' nan and NaN, NULL, None,
//     #N/A, …) read as empty in the columns this package knows; numeric
//     columns also take Stata's "." and ".a"–".z". Nothing is ever named
//     "NA". Unknown columns are kept as they are.
//   - Numbers: spaces and no-break spaces around them are dropped, and a
//     whole number written by a float column ("12.0", "1e+05") reads as
//     the integer, also in identifier columns ("771.0" is gwnoa 771).
//     Fractions of a count and Inf, NaN or hexadecimal forms are refused.
//   - active_year: 1/0 (GED 24.1 and earlier), true/false (25.1 and later),
//     R's TRUE/FALSE, pandas' True/False and 1.0/0.0.
//   - Dates (ParseDate): YYYY-MM-DD, with a midnight time as GED 20.1+,
//     the API, R's readr and pandas write it ("2019-08-31 00:00:00.000",
//     "2009-02-20T00:00:00", "2019-08-31T00:00:00Z", with any offset,
//     which does not move the day), and a spreadsheet's English-month
//     forms ("01-January-2015", "1-Jan-2015", "1 Jan 15"). Numeric forms
//     such as 8/31/2019 are refused: day and month cannot be told apart.
//     Years before 1000 (typos such as 0025) and five-digit years are
//     refused. A row's form is kept (Extra.DateTime, Extra.DateForm).
//   - Files without a header row (UCDP's candidate 24.0.1) are refused with
//     ErrNoHeader, whose message says how to read them: set
//     Reader.Headerless to the file's layout; Writer.Headerless writes
//     them back so. The columns are never guessed from the first row.
//   - A file whose every record is rejected still has its header:
//     Header, HXL, RawHeader, Layout and LineEnd are valid once the first
//     Read has returned, whatever it returned, so a Writer given them and
//     no event writes the file's own header.
//
// Every cell that the Writer would not regenerate from its value (NA, 12.0,
// a no-break space, TRUE) is kept in Extra.Verbatim and written as read.
//
// # Mapping
//
//	id                      Keys {ucdp, id}; the event ID is derived from it (event.FromKey)
//	type_of_violence        Type: 1 state-based and 2 non-state → event.Battles,
//	                        3 one-sided → event.ViolenceAgainstCivilians
//	side_a, side_b          Participants. 1 and 2: both event.Party; 3: side_a
//	                        event.Perpetrator, side_b event.Target. Kinds: a
//	                        "Government of …" side, and side_a of a state-based
//	                        conflict, state-forces; side_b of a state-based conflict
//	                        otherwise rebel-group; side_b of one-sided violence
//	                        civilians; other sides armed-group. Actor IDs stay empty.
//	date_start, date_end,   When: the inclusive range of days, with the precision
//	date_prec               (event.DatePrecisionFromUCDP); year is date_start's year
//	where_coordinates       Where.Place.Name; Level locality at where_prec 1–2, or the
//	                        admin unit itself when UCDP coded an admin2 (3) or
//	                        admin1 (4) unit and named it
//	region, country, iso3,  Where.Place.Path: region as an area, the country (its
//	adm_1, adm_2            code from iso3 when the file has one; country_id is a
//	                        Gleditsch–Ward number, not ISO, and is kept in Extra),
//	                        admin1, admin2
//	where_prec              Where.Precision (place.PrecisionFromUCDP); 2 also makes
//	                        the relation "near"
//	where_description       Where.Text
//	latitude, longitude     Where.Point; geom_wkt is written from it
//	deaths_a, deaths_b      casualty figures: killed, combatants (civilians for a
//	                        civilian side), exact, with the side as Party
//	deaths_civilians        killed, civilians, exact
//	deaths_unknown          killed, casualty.Unidentified, exact (a part of the toll, not the total)
//	low, best, high         killed, people, casualty.Estimate(low, best, high),
//	                        kept even when out of order
//	source_article,         one citation per source: the outlet as the source (by
//	source_office,          name), the date as published, the headline as title;
//	source_date,            the four columns are parallel lists packed with ";"
//	source_headline
//
// Every figure is attributed to a citation of UCDP itself (CitationID, "ucdp");
// the sources' citations are "src-1", "src-2", ….
//
// # The Extra record
//
// What UCDP has and the model lacks travels in the event's Ext under
// ExtKey ("se.uu.ucdp/row") as an Extra: the layout read, relid,
// code_status, active_year (and whether it was written true/false),
// conflict, dyad and side IDs and names, gwnoa and gwnob (always text: they
// may be lists such as "2;200;900"), number_of_sources (-1: not recorded),
// source_original, old free-text source_article, priogrid_gid, country_id,
// event_clarity, the time part of the dates, the decimals of geom_wkt,
// unknown columns, and Verbatim: the few cells the Writer would not
// regenerate identically (on the Syria sample, 5 geom_wkt cells written
// with more decimals than latitude and longitude; none on GED 19.1).
// GetExtra and SetExtra give typed access.
//
// # Writing events from other formats
//
// A Writer given an event without an Extra record writes it from the model:
// id from the event's "ucdp" key, else its UUID; type_of_violence from the
// type's UCDP crosswalk and the participants' kinds (a civilian target: 3,
// a state party: 1, else 2); side_a the first party or perpetrator, side_b
// the first target or the next party (with Writer.Actors, by their UCDP
// names: a participant the registry knows is written with its identifier
// in scheme actor.SchemeUCDP valid on the event's day, or that of the
// nearest actor it is part of, as UCDP names state sides "Government of
// …"); one source item per article: the outlet (the citation's publisher,
// the last of its Via chain), the date and the title, an article cited
// twice written once; source_original the originators of the accounts read
// through an outlet, joined with ", "; number_of_sources the count of
// items, or -1. A range open at one end is closed at the other (a row
// needs both dates; the open end is reported as lost).
//
// # Deaths
//
// UCDP's own figures (attributed to CitationID, as the Reader gives them)
// win when the event has any, so that a row read and written back is the
// same. Otherwise the death columns come from all the event's figures of
// people killed by event.Event.Toll's rule (groups and parties nest and are
// never counted twice; a figure graded improbable does not count;
// "numerous" gives no number):
//
//	deaths_civilians  the best total of the figures of civilians and groups within them
//	deaths_a, _b      the best total of the other figures whose party is side A, side B
//	deaths_unknown    what the best total of all figures leaves beyond those three
//	                  (when some other figure gives a number)
//	best              deaths_a + deaths_b + deaths_civilians + deaths_unknown
//	low               the most conservative credible total (per group and party the
//	                  lowest lower bound among the sources)
//	high              the highest total the figures allow (per group and party the
//	                  highest upper bound, or best estimate, or lower bound), or best
//	                  when that is higher, so that low <= best <= high
//
// A best total takes, per group and party, the median of the sources' best
// estimates (the lower middle one for an even count, so that best is always
// a number a source gave). So "7 killed" from one source and "9" from
// another give low 7, best 7, high 9 — no source's figure is dropped — and "at least 40"
// people beside 12 civilians give deaths_civilians 12, deaths_unknown 28,
// low, best and high 40. A cell no figure speaks to stays empty.
//
// # Aggregates
//
// A record that is not a single incident — a type marked
// event.TypeInfo.Aggregate: a campaign, a whole war, a displacement figure
// — is not written as an incident row: Write returns nil and Warnings
// reports it (Path "", event.ErrLost). With Writer.Aggregates it is written,
// with event_clarity 2 (UCDP's code for a total reported over a period)
// unless its Extra gives one.
//
// # What UCDP cannot hold
//
// Writer.Warnings reports, after each Write, every fact of the event that
// the row does not hold, as an event.Problem with Code event.ErrLost and
// Path the fact's JSON path in the event (the members of a list element
// that are lost are named in the message): keys other than the "ucdp" one
// and an ID a reader would not derive from id; a type other than battles
// and violence against civilians (type_of_violence reads back as one of
// them); the title, notes and tags; an open end of the dates; a date or
// place precision UCDP has no code for, and a place level where_prec
// reads back as another; admin units below adm_2 and areas after the
// first (where.place.path[i]); "between" and its second place; the
// location text in a layout without where_description; participants
// beyond side_a and side_b, a side's role when it reads back as another
// (parties for types 1 and 2, perpetrator and target for 3), a side
// written under the UCDP name of the actor it is part of, and who places
// an actor; every figure the death columns do not rest on (other outcomes,
// another source's figure beside UCDP's own, figures that give no number
// or are graded improbable); the parts of a citation beyond the outlet,
// date, headline and originator (intermediaries, URLs, authors, quotes,
// languages, grades); claims; relations; and extension members other than
// the UCDP record, whose fields the layout has no column for are named.
// IDs, codes and kinds of the actors and places named are not reported: a
// catalogue gives them back from the names (event.Resolver). An event read
// from UCDP and written back in its own layout has no warnings.
//
// # Formula cells
//
// Cells are written as UCDP publishes them: a text cell that a spreadsheet
// would run as a formula (it starts with =, +, -, @, a tab or a carriage
// return and is not a number) is written raw and reported (event.ErrFormula,
// Path the column name). Writer.Neutralise writes it with a leading
// apostrophe instead, as the native tables of package table do.
//
// # Usage
//
//	r := ucdp.NewReader(f)
//	for e, err := range r.All() {
//		if err != nil { … } // a *event.ParseError; reading goes on
//		for _, p := range r.Warnings() { … } // low > best, deaths not adding up, (0,0), year
//	}
//
//	w := ucdp.NewWriter(os.Stdout)
//	w.Layout = ucdp.LayoutGED19
//	for _, e := range events {
//		if err := w.Write(e); err != nil { … }
//		for _, p := range w.Warnings() { … } // lost facts, formula cells
//	}
//	err := w.Close()
//
// # Validation
//
// No row as UCDP publishes it fails event.Validator with an error: the
// rules were checked against GED 19.1, the Syria release and HDX files
// (testdata). low, best and high out of order are warnings (thousands of
// real rows); one-sided violence always names its civilian target (side B
// is read as civilians whatever its name, and deaths_civilians is a
// civilian figure); aggregation events (event_clarity 2, where_prec 6,
// date_prec 5) are a year in a country; number_of_sources -1, empty
// coordinates and empty places are no errors. A point at (0, 0) is read
// with a Reader warning (event.ErrNullIsland) and is an error to the
// validator, which holds it for a missing value: no UCDP file seen has one.
//
// # Pitfalls
//
//   - low, best and high do not always bracket each other in UCDP data (GED
//     19.1 id 71686: low 0, best 3, high 0). Such rows are read unchanged;
//     Reader.Warnings reports them (ErrRangeOrder), and so does the event
//     validator.
//   - Old rows hold free text in source_article ("R 2/6/1990", "Burma Human
//     Rights Yearbook 2003") and nothing in source_office/date/headline; the
//     text is kept in Extra.SourceArticle and no citation is made from it.
//   - A side that UCDP names as an alliance ("Government of Iraq, Government
//     of United States of America") is one participant: splitting the name
//     would not be faithful.
//   - country_id and gwnoa/gwnob are Gleditsch–Ward numbers (Syria is 652,
//     which ISO gives to Saint Barthélemy); they never become ISO codes.
//   - Verbatim cells are written as they were read even if the event has
//     been edited since; drop Extra.Verbatim after editing the fields it
//     names.
//   - A Writer given an event of a type UCDP GED does not code (a protest,
//     a strategic development) or an aggregate (a campaign, a war; unless
//     Writer.Aggregates asks for it) writes no row for it: Write returns
//     nil and Warnings reports the whole event as lost (Path "",
//     event.ErrLost). An event of an unregistered type gives a *WriteError
//     wrapping ErrNoCounterpart.
//   - Citations name their source by name only, as participants name
//     actors: resolving names to records is a catalogue's job.
package ucdp
