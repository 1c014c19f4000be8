// Command idlib2019 holds the news article the conflictkit project started
// from — Al Jazeera's report of a US strike near Idlib city on 31 August
// 2019 — completely as data: every incident and development it mentions,
// every actor, person and place, every figure with who gave it, and every
// attributed statement, including the ones that contradict each other.
//
// It builds the article as an event.Dataset through the public API,
// naming actors and places as the article does and resolving those names
// through the SDK's embedded actor catalogue and gazetteer (with the
// article's own records laid over them), validates it, and prints it:
//
//	go run ./examples/idlib2019                 # the Dataset document (JSON)
//	go run ./examples/idlib2019 -format ndjson  # one event per line
//	go run ./examples/idlib2019 -format summary # a reading of who said what
//
// Validation problems go to standard error; any of severity error makes
// the command exit 1. Read article.go to see how to model your own reports.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/conflictkit/conflict/event"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "idlib2019:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("idlib2019", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "output format: json (the Dataset document), ndjson (one event per line) or summary")
	if err := fs.Parse(args); err != nil {
		return err
	}
	d, err := Article()
	if err != nil {
		return err
	}
	problems := d.Validate()
	for _, p := range problems {
		fmt.Fprintln(stderr, p)
	}
	if err := problems.Err(); err != nil {
		return errors.New("the article does not validate")
	}
	switch *format {
	case "json":
		return event.WriteDataset(stdout, d)
	case "ndjson":
		w := event.NewWriter(stdout)
		for _, e := range d.Events {
			if err := w.Write(e); err != nil {
				return err
			}
		}
		return w.Flush()
	case "summary":
		return summary(stdout, d)
	}
	return fmt.Errorf("unknown -format %q: want json, ndjson or summary", *format)
}
