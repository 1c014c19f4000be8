// Package event models armed-conflict events: one incident or development
// each — what happened (Type), when (When), where (Where), who took part in
// which role (Participants), who was harmed and how many (Casualties), and
// who says so (Citations and Claims) — plus links between events (Related),
// free Notes and Tags, and namespaced extension members (Ext).
//
// # Keeping every account
//
// An event does not hold "the" toll or "the" perpetrator. It holds what each
// source says: every Casualty and Claim names one of the event's Citations,
// and a Citation names the statement's originator and the chain it reached
// us through (Russia's defence ministry via TASS via Al Jazeera). Competing
// figures stand side by side; casualty.Reconcile summarises them when a
// single range is wanted.
//
//	e := event.FromKey(event.AirDroneStrike, event.Key{Scheme: "acled", Value: "SYR12345"})
//	e.When = event.On(date.New(2019, time.August, 31))
//	e.Where = event.Near(idlibCity, place.PrecisionNear)
//	e.Cite(source.Citation{ID: "sohr", Source: sohr.Ref()})
//	e.Count(casualty.NewFigure(casualty.Killed, casualty.Combatants, casualty.AtLeast(40)), "sohr")
//	problems := e.Validate()
//
// # References and datasets
//
// An event refers to actors, places and sources by ID and also carries their
// display names — for places the whole admin path with codes — so a single
// event reads on its own, like a row of ACLED. A Dataset bundles events with
// the full actor, place and source records, and Validator.Dataset checks
// that every reference resolves and agrees with its record.
//
// # Codes
//
// Types, roles, claim kinds, aspects and relation kinds are open sets of
// string codes: the SDK registers ACLED's 6 event types and 25 sub-event
// types (with crosswalks to UCDP, PLOVER and CAMEO) and sensible roles, and
// downstream code registers more (RegisterType, RegisterRole, …) without
// changing the wire form. Decoding accepts any well-formed code, so data
// written with an extension survives a round trip; Validate reports codes
// that are not registered.
//
// # Dates
//
// When is an inclusive range of calendar days with a precision (day, a few
// days, week, month, year) that maps both ways to ACLED time_precision and
// UCDP date_prec; either end may be open ("since late April"). Parsing is
// strict: 2024-02-30 is an error, not 1 March. Dates run from 1000-01-01 to
// 9999-12-31 in every parser of the SDK, and the Validator holds events
// built in code to the same range: an earlier year is an error that names
// it ("year 0025 is before 1000"), as truncated years are a known fault of
// published data.
//
// # Validation
//
// Validate returns every problem at once, each with the JSON path of the
// value (casualties[1].count), a sentinel Code usable with errors.Is, a
// Severity and a message. Things real datasets do in thousands of rows —
// UCDP's low above best — are warnings: nothing is dropped.
//
// # JSON
//
// JSON is the canonical, lossless form: one event per line (NDJSON: Reader,
// Writer) for streams, and a Dataset document (ReadDataset, WriteDataset)
// with a Schema version. Decoding is strict — unknown members are errors —
// except under "ext", whose members round-trip untouched. Decoding errors
// are *ParseError values giving line, column, byte offset and the JSON path
// of the field; the NDJSON Reader hands a rejected line back verbatim and
// goes on with the next one, so no input is silently lost.
//
// What the decoders refuse, besides malformed JSON:
//
//   - an event without "id" (or with the nil UUID) or without "type"
//     (ErrMissing): every other member may be left out;
//   - in a Dataset document, an event, actor, place or source ID given
//     twice (ErrDuplicate, naming both records);
//   - text that is not UTF-8 (ErrBadText): invalid bytes, and input in
//     UTF-16 or UTF-32, which is recognised by its byte-order mark or the
//     NUL bytes between its characters and refused with a message that
//     says so (JSON is UTF-8 by RFC 8259). A UTF-8 byte-order mark is
//     skipped;
//   - a line longer than Reader.MaxRecordBytes, a Dataset document longer
//     than Reader.MaxDocumentBytes, and a record or member of a document
//     longer than MaxRecordBytes (ErrTooLong). Reading stops at the limit,
//     so memory stays bounded whatever the input; the NDJSON Reader then
//     skips the rest of the line and goes on.
//
// A point at exactly (0, 0) is read as it is and reported as a warning
// (ErrNullIsland, see Reader.Warnings): it almost always stands for
// missing coordinates. Reader.Line names the line of each record, so that
// a warning can name its record.
package event
