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
// LF), dates with an all-zero time part ("2019-08-31 00:00:00.000",
// "2009-02-20T00:00:00") and active_year as 1/0 or true/false are all read.
// A Writer writes any of the four layouts; a file read and written back in
// its own layout gives the same records, field for field, also after a
// detour through NDJSON.
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
// the first target or the next party; one source per citation other than
// "ucdp" (the outlet is the citation's publisher, the last of its Via
// chain); number_of_sources the count of those, or -1; deaths from exact
// killed figures per side and for civilians, and low/best/high from an
// Estimate of people killed, or else from the first figure of people
// killed (an exact one also fills deaths_unknown), its best figure standing
// in for a bound it lacks ("at least 40" gives 40, 40, 40: a row has all
// three or none).
//
// # Usage
//
//	r := ucdp.NewReader(f)
//	for e, err := range r.All() {
//		if err != nil { … } // a *event.ParseError; reading goes on
//		for _, p := range r.Warnings() { … } // low > best, deaths not adding up
//	}
//
//	w := ucdp.NewWriter(os.Stdout)
//	w.Layout = ucdp.LayoutGED19
//	for _, e := range events { if err := w.Write(e); err != nil { … } }
//	err := w.Close()
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
//   - A Writer given an event of a type UCDP does not cover (protests,
//     strategic developments) returns a *WriteError wrapping
//     ErrNoCounterpart.
//   - Citations name their source by name only, as participants name
//     actors: resolving names to records is a catalogue's job. The event
//     validator of this SDK version still requires a source ID and reports
//     each citation's missing one as an error.
package ucdp
