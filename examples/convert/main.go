// Command convert converts conflict-event data between the formats of the
// conflictkit SDK: ACLED and UCDP GED exports, the native CSV tables, a
// wide spreadsheet table (optionally with an HXL hashtag row), NDJSON, the
// JSON Dataset document and GeoJSON.
//
//	go run ./examples/convert -from FORMAT -to FORMAT [-in FILE] [-out FILE]
//	        [-lenient] [-rejects FILE] [-warnings FILE] [-fail-on-loss]
//	        [-validate] [-resolve] [-layout NAME] [-hxl] [-max-record N]
//	        [-encoding NAME] [-out-encoding NAME] [-bom]
//
// It reads standard input and writes standard output unless -in or -out
// name a file (the native CSV tables are a directory of files, so -in or
// -out is required for them). Records stream through one at a time, except
// that the JSON Dataset document (and a tables directory holding a whole
// Dataset) is read and written whole.
//
// # Text encodings
//
// Without -encoding, a CSV input (acled, ucdp, csv) is read as its
// byte-order mark says (UTF-8, UTF-16LE, UTF-16BE); without one it is
// UTF-8, unless its first non-ASCII bytes are not UTF-8: then it is
// Windows-1252 from there on (as Excel for Windows saves, and older ACLED
// Africa files are), the ASCII text before reading the same in both. UTF-16
// without a byte-order mark is refused, with the option to give.
//
// -encoding NAME names the encoding of an input without a byte-order mark,
// by a name of the IANA registry or a WHATWG label in any letter case:
// utf-8, windows-1252 (cp1252), iso-8859-1 (latin1), utf-16le, utf-16be,
// macintosh, iso-8859-15, ...: UTF-8, UTF-16 and the single-byte character
// sets. Text is never replaced: a byte that is not text in the encoding,
// or a NUL, rejects its record.
//
// A CSV output (acled, ucdp, csv, wide, hxl) written in the input's format
// has the input's encoding, byte-order mark and line ends (ACLED and UCDP
// events remember them, through NDJSON too; the native tables follow an
// encoding that a byte-order mark or -encoding gave); any other is UTF-8.
// -out-encoding NAME chooses instead (to turn a Windows-1252 file into
// UTF-8, or UTF-8 into Windows-1252 for an old program), and -bom starts
// the output with a byte-order mark, as Excel needs to read UTF-8: the
// output is then UTF-8 unless -out-encoding names UTF-16. Two options, as
// a byte-order mark is the one thing beside the encoding that programs
// disagree on. An event with a character the output encoding cannot hold
// is rejected (event.ErrEncoding), never written with a replacement. JSON
// is always UTF-8 (RFC 8259).
//
// The reject file of an ACLED or UCDP input is in the input's encoding,
// with its byte-order mark and line ends, so it can be fixed and read again
// as the input was. Inputs whose records cannot be given back in their own
// format (GeoJSON, the native tables) get an NDJSON report per reject, with
// the record as text ("record") or, when it is not UTF-8 text, as its bytes
// ("record_bytes", base64), since JSON text cannot hold them.
//
// # Bad records
//
// By default the first record that cannot be read stops the conversion with
// an error naming its line, column and field (exit 1). With -lenient it
// goes on, and each rejected record is written verbatim to the -rejects
// file (or only reported on standard error without one). With -validate
// every event is validated; an event with errors counts as rejected (strict
// mode stops there). An event whose ID an earlier event of the input has
// already is rejected too (event.ErrDuplicate, naming both records), and so
// is an event the output format cannot hold at all. Warnings never reject an
// event. When a reader cannot go past a bad record (a broken JSON document,
// say), the conversion stops there in either mode, with exit 1: the rest
// of the input is not read.
//
// With -resolve the actors, sources and places named in each event are
// looked up in the SDK's embedded catalogues and gazetteer, and their IDs
// and P-codes filled in beside the names; the names that do not resolve
// are counted as warnings, by kind (with -validate, locations are also
// checked against the gazetteer).
//
// # Warnings and losses
//
// A warning is something suspicious that does not stop an event: from the
// reader (stage read), the resolution (resolve), the validation (validate)
// or the writer (write; a formula-like cell written as it is, say). A loss
// is a fact of an event that the output format has no place for: the
// writer reports it (event.ErrLost, with the fact's JSON path), and so does
// the command for a Dataset's actor, place and source records when the
// output cannot hold them. An event lost whole is not counted as written.
// Losses are counted apart from warnings. With -fail-on-loss the first loss
// stops the conversion (exit 1).
//
// Standard error lists the first 10 warnings and losses with their record,
// as they come, and ends with a breakdown of warnings by code and of losses
// by path, then one summary line, whose "warnings" does not include the
// losses:
//
//	read 313, wrote 313, rejected 0, warnings 0, lost 0
//
// -warnings FILE writes every warning and loss as one JSON object a line:
//
//	{"line":4,"record":3,"id":"…","key":"ucdp:306667","stage":"read","path":"casualties[0].count",
//	 "code":"casualty low/best/high out of order","severity":"warning","message":"…"}
//
// line is where the record starts in the input (when the reader tells),
// record its number among the records read (1 for the first), id and key
// the event's ID and first key, path the JSON path of the fact in the event
// ("" for the whole event), code the text of the problem's sentinel error.
// A loss that is about no event (a Dataset's actor record) has no record.
//
// # Outputs
//
// An output is never an input or another output: -in F -out F, -out F
// -rejects F and the like are refused before anything is opened (compared
// after following links; standard input and output count when they are
// files), and so are, for the tables, an output inside the input directory
// and an output directory that is or holds an input or another output.
//
// Each output file (-out, -rejects, -warnings) is written under a
// temporary name beside it and renamed into place when the conversion
// ends, so that it never holds part of an output: on success every output
// is put in place; when a record stops the conversion (exit 1) -rejects and
// -warnings are, as they say why, and -out is not; on any other failure or
// on SIGINT or SIGTERM none is, each target is left as it was, and standard
// error says which partial outputs were removed. A -out directory of tables
// is written the same way and replaces an existing directory as a whole
// (so no table of an earlier run is left in it); a directory that holds
// anything but tables is refused. What went to standard output, or to an
// output that is not a regular file (a device, a named pipe), cannot be
// taken back: a failed or interrupted conversion leaves it incomplete, and
// says so. A second signal ends the command at once, leaving the temporary
// file (named .NAME.convert-*.tmp) behind.
//
// # Exit status
//
//	0    success: every record read was written, or rejected and reported (-lenient)
//	1    a record stopped the conversion: one that cannot be read, is invalid
//	     (-validate), repeats an event ID or cannot be written, in strict mode;
//	     one the reader cannot go past, in either mode; the first loss, with
//	     -fail-on-loss
//	2    usage (an encoding the command cannot use among them); an output
//	     that is an input or another output; I/O errors (a file that cannot
//	     be opened, read or written, a full disk); an input that is not in
//	     the -from format at all: empty, JSON in UTF-16, CSV in UTF-16
//	     without a byte-order mark, or one the reader stops at before its
//	     first record (a header without a required column or naming one
//	     twice, a document that is not a FeatureCollection) — including a
//	     Dataset document (-from json, or csv with dataset.csv) that does
//	     not decode, as no record of it can be read
//	130  interrupted (SIGINT)
//	143  terminated (SIGTERM)
package main

import (
	"context"
	"os"
)

func main() {
	ctx, stop := withSignals(context.Background())
	status := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(status)
}
