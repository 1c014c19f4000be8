// Package table is the native CSV form of the model: linked tables that
// carry every field of every event, actor, place and source losslessly
// (JSON → tables → JSON gives an equal Dataset, byte for byte), plus one
// wide, lossy events table for spreadsheets, with an optional row of HXL
// hashtags.
//
// # Usage
//
//	err := table.WriteDataset(table.Dir("out"), d)      // out/events.csv, out/participants.csv, ...
//	d, err := table.ReadDataset(os.DirFS("out"))
//
//	w := table.NewWriter(table.Dir("out"))              // streaming: one event at a time
//	for _, e := range events { err = w.Write(e) }
//	err = w.Close()
//	r := table.NewReader(os.DirFS("out"))
//	for e, err := range r.All() { ... }
//
//	ww := table.NewWideWriter(os.Stdout)                 // one sheet for analysts
//	ww.HXL = true
//
// Writer and Reader take the tables through a Dest (Dir, or any Create
// function) and an fs.FS, so they also work in memory or inside archives.
//
// # Linked tables
//
// Each table is a CSV file with a header row. Events and their child rows
// are written in event order, and every child row starts with its parent's
// key, so a Reader merges all tables in one pass, holding one event and
// one row per table: memory does not grow with the input.
//
//	events.csv        id, keys, type, title, start, end, date_precision,
//	                  place_id, place_name, place_level, place_relation,
//	                  other_place_id, other_place_name, other_place_level,
//	                  lat, lon, geo_precision, location_text, notes, tags,
//	                  n_path, n_other_path, n_participants, n_casualties,
//	                  n_citations, n_claims, n_related, n_ext
//	paths.csv         event_id, of ("place" or "other_place"), n, level, id, code, name
//	participants.csv  event_id, n, actor_id, actor_name, actor_kind, role, citations, note
//	casualties.csv    event_id, n, outcome, group, count, text, party_id, party_name,
//	                  party_kind, citation, note
//	citations.csv     event_id, n, id, source_id, source_name, published, accessed,
//	                  title, url, archive_url, author, author_actor, reported_from,
//	                  reported_from_name, quote, language, grade, content_hash, n_via
//	via.csv           event_id, citation (its n), n, source_id, source_name
//	claims.csv        event_id, n, citation, kind, aspect, value, quote, paraphrase, n_about
//	about.csv         event_id, claim (its n), n, actor_id, actor_name, actor_kind
//	relations.csv     event_id, n, kind, event, citation, note
//	ext.csv           event_id, key, value (the member's compact JSON), in key order
//
// WriteDataset adds the dataset's own records:
//
//	dataset.csv       schema, title, description, n_actors, n_places, n_sources, n_events
//	actors.csv        id, kind, name, country, founded, dissolved, notes,
//	                  n_names, n_identifiers, n_links
//	actor_names.csv   actor_id, n, text, lang, kind, from, to, note
//	actor_identifiers.csv  actor_id, n, scheme, value, from, to
//	actor_links.csv   actor_id, n, kind, actor, from, to, note
//	places.csv        id, level, name, parent, country, lat, lon, within, notes, n_names, n_codes
//	place_names.csv   place_id, n, text, lang
//	place_codes.csv   place_id, n, scheme, value
//	sources.csv       id, name, short, kind, language, country, url, actor,
//	                  reliability, notes, n_names
//	source_names.csv  source_id, n, text, lang
//
// EventTables, DatasetTables and Columns list them. Every table is written,
// with only its header when it has no rows.
//
// # Cells
//
// Columns are named as the model's JSON members and hold flat, readable
// values: codes as codes ("air-drone-strike", "near"), dates as YYYY-MM-DD
// (actor dates also YYYY or YYYY-MM), Citation.Accessed as RFC 3339,
// counts as the canonical phrase that casualty.ParseCount reads back
// ("40", "at least 40", "low 0, best 3, high 0", "more than zero",
// "unknown"), points as two decimal columns, language tags as written
// ("iw-Latn"). A zero value (unspecified level or precision, no grade,
// language.Und) is an empty cell.
//
// Dates: start and end are both empty for the unknown date; an open end is
// ".." ("since 20 April" is start 2019-04-20, end ..), as in an ISO 8601
// interval.
//
// Short lists share a cell (keys, tags, participant citations, a place's
// within): items joined by "; " ("acled:SYR78126; ucdp:306667"), an empty
// cell for no list (nil). The empty list, and items the plain form cannot
// carry (empty, containing ';', a first item starting with '['), are written
// as a JSON array instead (`[]`, `["a;b",""]`), and so is a key whose
// scheme holds ':'. Reading splits on ';' and drops one space after it.
//
// JSON appears in exactly these places: an extension member's value in
// ext.csv (open-ended by nature), the JSON-array form of a list cell
// above, and the CR escape below. Everything else is flat.
//
// # Counts, ordinals and empty lists
//
// A parent row gives the number of its child rows in its n_ columns: empty
// for no list (nil), 0 for an empty one, as the JSON form distinguishes
// them. A Reader checks the rows against the count and each row's ordinal
// n (1, 2, ...) against its position, so a missing, extra or out-of-order
// row is found at once. Tables written by hand may leave out the n_ and n
// columns: rows are then taken while their key matches, and a stray row is
// found only when its parent table ends (ErrOrphan). Any column but the
// keys may be left out (its value is the zero value), except that
// events.csv must have id, type, start and end (an event cannot lack its
// ID or type, and a table without its dates would lose them without a
// word), and lat and lon come together; a missing one is a header error
// (ErrMissingColumn naming the table and column) that ends the stream.
// Columns may come in any order, and column names are matched without
// regard to case or surrounding spaces. A column the table does not have is
// not read (see Files as they are found).
//
// # Spreadsheet safety
//
// A cell that a spreadsheet would run as a formula — starting with =, +, -,
// @, tab or CR — is written with a leading ', and a cell that already
// starts with ' gets one more; a Reader strips exactly one ' from a cell
// starting with ' and one of those characters. Plain numbers in numeric
// columns (lat and lon) are exempt: a spreadsheet reads "-12.5" as a
// number, not a formula, so longitudes stay usable; they are also exactly
// what the Reader expects there. Writer.NoNeutralise and
// Reader.NoNeutralise turn this off, for tables that never meet a
// spreadsheet; the writers' Warnings then report each formula-like cell
// written raw (event.ErrFormula; Path "claims.csv: quote" for the linked
// tables, the column name for the wide table). The rule is the SDK's one
// for every CSV writer: the ACLED and UCDP writers write such cells raw, as
// the datasets publish them, and warn, unless asked to neutralise.
//
// Independently of that, a cell containing a CR is written as ' and the
// text as a JSON string ('"line one\r\nline two"); a cell that itself
// starts with ' (or several) and " gets one more '. A Reader decodes such
// cells back. The Reader's own CSV layer would keep a CR byte for byte, but
// the programs the tables pass through do not: encoding/csv reads "\r\n"
// inside a quoted field as "\n", and a spreadsheet keeps a line break in a
// cell as LF. A CR written raw in a quoted cell, by another program or by
// hand, is read as it is.
//
// Likewise, and with or without NoNeutralise, a text cell that R, pandas
// or a Reader would take for a missing value — one of the default
// spellings of flatcsv ("NA", "N/A", "n/a", "NaN", "nan", "NULL", "null",
// "None", "#N/A", "<NA>") or Stata's "." and ".a" to ".z", after any
// leading 's — is written with one more leading ' ("'NA"; a cell 'NA gets
// a second one), and a Reader strips it: a note "NA" or an actor named
// "None" reads back as itself, while R's NA for an empty cell reads as
// empty. An extension value null is written "'null" for the same reason.
//
// # Files as they are found
//
// The tables are meant to be opened and saved again by R, pandas, Stata
// and spreadsheets. A Reader takes what they write:
//
//   - Text encodings: UTF-8 with or without a byte-order mark (Excel's "CSV
//     UTF-8"), UTF-16 with one, and Windows-1252 (Excel's "CSV" on Windows),
//     detected table by table (see Reader.Encoding); LF, CRLF or CR line
//     ends.
//   - Missing values: a cell that is one of the spellings in
//     Reader.Missing (by default R's "NA", pandas' "nan" and the others
//     above) is an empty cell, in any column. Numbers, counts, codes, IDs
//     and dates — the plain columns — also read Stata's "." and ".a" to
//     ".z" as empty. Text columns do not: "." is text there. A Stata
//     export in which a text column had no value at all may hold "." in
//     every row of it; read such tables with "." added to Reader.Missing,
//     which loses nothing the Writer wrote (it escapes a text cell ".").
//   - Extra columns: a column the table does not have — the row names R's
//     write.csv puts first under the name "", the index pandas' to_csv
//     puts first (named "", or "Unnamed: 0" once pandas has read its own
//     file again; readr names it "...1"), an analyst's own column — is
//     read as nothing, and reported once, with the first event read
//     (Reader.Warnings: a warning with the code ErrUnknownColumn whose
//     Path names the table and the column, such as `events.csv: ""` or
//     "events.csv: colour"). The required columns stay required.
//   - Cells of plain columns are read without the spaces around them
//     (ASCII spaces and tabs, and the no-break spaces U+00A0, U+202F and
//     U+2007), and a whole number written as a decimal, as pandas writes the
//     integers of a column that also holds a missing value ("12.0"), as the
//     integer. Text cells are read as written.
//   - Dates (start, end, published and the actor dates) with a time of
//     midnight, as pandas writes a datetime column ("2019-08-31 00:00:00",
//     optionally with "T", a fraction and a zone), read as the date written.
//     A time other than midnight is refused, and so is a numeric date in a
//     spreadsheet's local form ("31/08/2019", "8/31/2019", "31.08.2019"):
//     the cell does not say whether the day or the month comes first, and
//     both errors say so (event.ErrBadDate, or source.ErrBadDate and
//     actor.ErrBadDate in their columns). Citation.Accessed also reads with a
//     space between date and time ("2019-09-01 10:00:00+00:00").
//
// The tables have no boolean columns, so R's TRUE and FALSE do not arise.
// None of these rules changes a cell the Writer writes, so tables written
// by this package read back exactly.
//
// # Errors
//
// Reading errors are *event.ParseError values: Line and Column (1-based,
// bytes) within the file, Field naming the file and the column
// ("participants.csv: role"), Err wrapping a sentinel of this package or of
// a model package (event.ErrBadDate, casualty.ErrBadPhrase, ...), and
// Record, the offending row verbatim (up to Reader.MaxRecordBytes). A bad
// row rejects its whole event: the event's rows in every table are skipped
// and the next Read goes on. That holds for a row over MaxRecordBytes
// (event.ErrTooLong) and a row of events.csv that is not CSV too: their ID
// is read from the start of the row when it can be, so that their child
// rows are skipped with them (when it cannot, the child rows are reported
// as not matching the next event). Cells must be UTF-8 text without NUL
// bytes (event.ErrBadText); an event needs an ID other than the nil UUID
// and a type (event.ErrMissing), as in the JSON form. Fatal errors — a
// missing events.csv (ErrMissingTable), a missing column, an
// I/O error, a record the CSV layer cannot read past, rows left over at
// the end (ErrOrphan) — end the stream.
//
// Reader.Line gives the line in events.csv of each event, so that a
// warning can name its record. Reader.Warnings reports a point at exactly
// (0, 0) (event.ErrNullIsland), which is read as it is, and, once, the
// columns that are not read (ErrUnknownColumn). ReadDataset
// refuses an event, actor, place or source ID given twice
// (event.ErrDuplicate, naming both lines), as the JSON form does; the
// streaming Reader leaves that check to its caller.
//
// Writing errors are *WriteError values naming the event (or dataset
// record) and the field; nothing of that event is written.
//
// # Wide table
//
// WideWriter writes one row per event, in one stream, with these columns
// (HXL hashtag in brackets; custom attributes start with x_):
//
//	id [#event+id], keys [#event+code], title [#event+name],
//	type [#event+type+code], event_type [#event+type] and sub_event_type
//	[#event+type+sub] (labels of the top-level type and of the type itself),
//	disorder [#event+type+x_disorder], start [#date+start], end [#date+end],
//	date_precision [#date+x_precision], country [#country+name],
//	country_code [#country+code+v_iso2], admin1..admin3 [#adm1+name ...] and
//	admin1_code..admin3_code [#adm1+code ...] (P-codes), location [#loc+name],
//	location_relation [#loc+x_relation] ("near", "between <other place>"),
//	location_text [#loc+x_text], latitude [#geo+lat], longitude [#geo+lon],
//	geo_precision [#geo+x_precision], perpetrators [#group+name+first],
//	perpetrator_associates [#group+name+first+assoc], targets
//	[#group+name+second], target_associates [#group+name+second+assoc],
//	other_actors [#group+name+x_other] ("name (role)"), killed_low
//	[#affected+killed+min], killed_best [#affected+killed], killed_high
//	[#affected+killed+max], killed_group [#affected+killed+x_group],
//	killed_conflicting [#affected+killed+x_conflicting], casualties
//	[#affected+x_figures], sources [#meta+source], notes [#description],
//	tags [#meta+x_tags]
//
// Lists are joined with "; ". The killed columns are casualty.Reconcile of
// the killed figures of one group: people in general when a figure counts
// them, else the group with the highest lower bound (killed_group says
// which; groups overlap, so they are never added up).
//
// The wide table drops, by design: IDs of actors, places and sources; the
// admin path beyond admin3 and the other place's path; participants'
// citations and notes; which source gives which figure beyond the
// originator's name, casualty parties' IDs, figure texts and notes;
// citation details (via IDs, dates, URLs, quotes, grades, hashes); claims;
// relations to other events; extension members; open ends of a date range
// (the cell is empty, as for an unknown date); and the difference between
// empty and absent lists. WideWriter.Warnings reports each of these facts
// an event has (event.ErrLost, at its JSON path), except the IDs, codes and
// kinds of the records an event names, which a catalogue gives back from
// the names. There is no reader for it: use the linked tables to exchange
// data.
package table
