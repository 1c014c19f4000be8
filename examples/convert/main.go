// Command convert converts conflict-event data between the formats of the
// conflictkit SDK: ACLED and UCDP GED exports, the native CSV tables, a
// wide spreadsheet table (optionally with an HXL hashtag row), NDJSON, the
// JSON Dataset document and GeoJSON.
//
//	go run ./examples/convert -from FORMAT -to FORMAT [-in FILE] [-out FILE]
//	        [-lenient] [-rejects FILE] [-validate] [-resolve]
//
// It reads standard input and writes standard output unless -in or -out
// name a file (the native CSV tables are a directory of files, so -in or
// -out is required for them). Records stream through one at a time, except
// that the JSON Dataset document is read and written whole.
//
// Bad input: by default the first record that cannot be read stops the
// conversion with an error naming its line, column and field (exit 1).
// With -lenient it goes on, and each rejected record is written verbatim
// to the -rejects file (or only reported on standard error without one).
// With -validate every event is validated; an event with errors counts as
// rejected (strict mode stops there). Warnings never reject an event.
// With -resolve the actors, sources and places named in each event are
// looked up in the SDK's embedded catalogues and gazetteer, and their IDs
// and P-codes filled in beside the names; the names that do not resolve
// are counted as warnings, by kind (with -validate, locations are also
// checked against the gazetteer).
//
// On a terminal, standard error shows progress for long inputs. It always
// ends with a breakdown of warning codes and one summary line:
//
//	read 313, wrote 313, rejected 0, warnings 0
//
// Exit status: 0 on success, 1 when a record was rejected or invalid in
// strict mode, 2 for usage and I/O errors, including input that is not in
// the -from format at all (an empty file, or a header of another format).
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
