package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"

	"golang.org/x/text/encoding"
)

// Exit statuses: one per kind of fault, whatever the reader (see the
// package documentation).
const (
	exitOK          = 0
	exitRejected    = 1   // a record stopped the conversion
	exitUsage       = 2   // usage, I/O, or an input not in the -from format at all
	exitInterrupted = 130 // SIGINT, as a shell reports it (128 + 2)
	exitTerminated  = 143 // SIGTERM (128 + 15)
)

// options are the command-line settings.
type options struct {
	from, to     string
	in, out      string
	lenient      bool
	rejects      string
	warnings     string
	failOnLoss   bool
	validate     bool
	resolve      bool
	layout       string
	hxl          bool
	aggregates   bool
	neutralise   bool
	maxRecord    int
	progressStep time.Duration // 0: no progress display

	// encoding is the text encoding of a CSV input without a byte-order
	// mark (-encoding); nil: detected.
	encoding encoding.Encoding
	// outEncoding is the text encoding of a CSV output (-out-encoding, or
	// UTF-8 for -bom alone); nil: the input's when written back to its own
	// format, else UTF-8.
	outEncoding encoding.Encoding
	// bom starts a CSV output with a byte-order mark (-bom); it applies
	// only with outEncoding set.
	bom bool
}

// stats counts what happened, for the summary line.
type stats struct {
	read, wrote, rejected, lost int
	warnings                    map[string]int // by code
	losses                      map[string]int // by path, without list indexes
}

// warn counts n warnings of a code.
func (s *stats) warn(code string, n int) {
	if s.warnings == nil {
		s.warnings = map[string]int{}
	}
	s.warnings[code] += n
}

// lose counts a loss of the fact at path.
func (s *stats) lose(path string) {
	if s.losses == nil {
		s.losses = map[string]int{}
	}
	s.losses[lossKind(path)]++
	s.lost++
}

func (s *stats) nwarnings() int {
	n := 0
	for _, c := range s.warnings {
		n += c
	}
	return n
}

// usageError marks an error that is the caller's to fix on the command line.
type usageError struct{ error }

// signalled is the cause of a context cancelled by a signal.
type signalled struct{ sig os.Signal }

func (s signalled) Error() string { return "interrupted by " + s.sig.String() }

// withSignals returns a context cancelled, with a signalled cause, at the
// first SIGINT or SIGTERM. (signal.NotifyContext gives the signal only as
// text, and the exit status depends on which one it was.) After the first
// signal the default handling is back, so a second one ends the process at
// once; stop releases the handler.
func withSignals(parent context.Context) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case s := <-ch:
			signal.Stop(ch)
			cancel(signalled{s})
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		cancel(nil)
	}
}

// exitFor returns the exit status for a run cancelled through ctx.
func exitFor(ctx context.Context) int {
	var s signalled
	if errors.As(context.Cause(ctx), &s) && s.sig == syscall.SIGTERM {
		return exitTerminated
	}
	return exitInterrupted
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	var st stats
	status := exitUsage
	if err != nil {
		fmt.Fprintln(stderr, "convert:", err)
	} else {
		if f, ok := stderr.(*os.File); ok && isTerminal(f) {
			o.progressStep = time.Second
		}
		status = convert(ctx, o, stdin, stdout, stderr, &st)
	}
	for _, c := range slices.Sorted(maps.Keys(st.warnings)) {
		fmt.Fprintf(stderr, "warning %s: %d\n", c, st.warnings[c])
	}
	for _, c := range slices.Sorted(maps.Keys(st.losses)) {
		fmt.Fprintf(stderr, "lost %s: %d\n", c, st.losses[c])
	}
	fmtSummary(stderr, &st)
	return status
}

// fmtSummary writes the summary line.
func fmtSummary(w io.Writer, st *stats) {
	fmt.Fprintf(w, "read %d, wrote %d, rejected %d, warnings %d, lost %d\n", st.read, st.wrote, st.rejected, st.nwarnings(), st.lost)
}

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := &options{}
	fs.StringVar(&o.from, "from", "", "input format: "+strings.Join(formatNames(true), ", "))
	fs.StringVar(&o.to, "to", "", "output format: "+strings.Join(formatNames(false), ", "))
	fs.StringVar(&o.in, "in", "", "input file (directory for csv); default standard input")
	fs.StringVar(&o.out, "out", "", "output file (directory for csv), replaced only when the conversion succeeds; default standard output")
	fs.BoolVar(&o.lenient, "lenient", false, "go on past bad records, writing each to -rejects")
	fs.StringVar(&o.rejects, "rejects", "", "file for rejected records, verbatim (with -lenient)")
	fs.StringVar(&o.warnings, "warnings", "", "file for every warning and loss, one JSON object per line with its record: line, record number, event ID and key, stage, path, code, severity, message")
	fs.BoolVar(&o.failOnLoss, "fail-on-loss", false, "stop at the first fact the output format has no place for (exit 1) instead of counting it")
	fs.BoolVar(&o.validate, "validate", false, "validate every event; events with errors are rejected")
	fs.BoolVar(&o.resolve, "resolve", false, "fill in the catalogue IDs of actors and sources and the P-codes of places from the embedded catalogues and gazetteer; names that do not resolve are counted as warnings")
	fs.StringVar(&o.layout, "layout", "", "layout to write for -to acled or ucdp (default: the layout the events were read from, else the current one)")
	fs.BoolVar(&o.hxl, "hxl", false, "write an HXL hashtag row under the header (acled, ucdp, wide)")
	fs.BoolVar(&o.aggregates, "aggregates", false, "write records that are not single incidents (a campaign, a whole war, a displacement figure) as ACLED or UCDP rows; by default each is reported as lost")
	fs.BoolVar(&o.neutralise, "neutralise", false, "write formula-like ACLED and UCDP cells with a leading ' (by default they are written raw, as the datasets publish them, and each is a warning)")
	fs.IntVar(&o.maxRecord, "max-record", 0, "largest record accepted, in bytes (0: the library default)")
	var inEnc, outEnc string
	fs.StringVar(&inEnc, "encoding", "", "text encoding of an acled, ucdp or csv input without a byte-order mark: utf-8, windows-1252, iso-8859-1, utf-16le, utf-16be, macintosh, ... (default: detected; see the package documentation)")
	fs.StringVar(&outEnc, "out-encoding", "", "text encoding of an acled, ucdp, csv, wide or hxl output (default: the input's when it is written back to its own format, else utf-8)")
	fs.BoolVar(&o.bom, "bom", false, "start an acled, ucdp, csv, wide or hxl output with a byte-order mark, as Excel needs to read UTF-8; the output is then utf-8 unless -out-encoding names utf-16le or utf-16be")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: convert -from FORMAT -to FORMAT [-in FILE] [-out FILE] [-lenient] [-rejects FILE] [-warnings FILE] [-fail-on-loss] [-validate] [-resolve] [-encoding NAME] [-out-encoding NAME] [-bom]")
		fmt.Fprintln(stderr, "formats:")
		for _, f := range formats {
			fmt.Fprintf(stderr, "  %-8s %s\n", f.name, f.about)
		}
		fs.PrintDefaults()
		fmt.Fprintln(stderr, "exit status: 0 success; 1 a record stopped the conversion (strict mode, -fail-on-loss, or a record the reader cannot read past); 2 usage, I/O, or input not in the -from format; 130/143 interrupted")
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	switch {
	case fs.NArg() > 0:
		return nil, usageError{fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	case o.from == "" || o.to == "":
		return nil, usageError{errors.New("both -from and -to are required")}
	case o.rejects != "" && !o.lenient:
		return nil, usageError{errors.New("-rejects needs -lenient (in strict mode the first bad record stops the conversion)")}
	}
	if f := lookup(o.from); f == nil || f.open == nil {
		return nil, usageError{fmt.Errorf("unknown input format %q: want one of %s", o.from, strings.Join(formatNames(true), ", "))}
	}
	if f := lookup(o.to); f == nil || f.create == nil {
		return nil, usageError{fmt.Errorf("unknown output format %q: want one of %s", o.to, strings.Join(formatNames(false), ", "))}
	}
	if lookup(o.from).dir && o.in == "" {
		return nil, usageError{fmt.Errorf("-from %s reads a directory of tables: give it with -in DIR", o.from)}
	}
	if lookup(o.to).dir && o.out == "" {
		return nil, usageError{fmt.Errorf("-to %s writes a directory of tables: give it with -out DIR", o.to)}
	}
	if err := encodingOptions(o, inEnc, outEnc); err != nil {
		return nil, err
	}
	return o, nil
}
