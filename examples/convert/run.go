package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/conflictkit/conflict/event"
)

// Exit statuses.
const (
	exitOK       = 0
	exitRejected = 1 // a record was rejected or invalid in strict mode
	exitUsage    = 2 // usage or I/O error
)

// options are the command-line settings.
type options struct {
	from, to     string
	in, out      string
	lenient      bool
	rejects      string
	validate     bool
	resolve      bool
	layout       string
	hxl          bool
	maxRecord    int
	progressStep time.Duration // 0: no progress display
}

// stats counts what happened, for the summary line.
type stats struct {
	read, wrote, rejected int
	warnings              map[string]int // by code
}

// warn counts n warnings of a code.
func (s *stats) warn(code string, n int) {
	if s.warnings == nil {
		s.warnings = map[string]int{}
	}
	s.warnings[code] += n
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

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
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
		status = convert(o, stdin, stdout, stderr, &st)
	}
	codes := make([]string, 0, len(st.warnings))
	for c := range st.warnings {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	for _, c := range codes {
		fmt.Fprintf(stderr, "warning %s: %d\n", c, st.warnings[c])
	}
	fmt.Fprintf(stderr, "read %d, wrote %d, rejected %d, warnings %d\n", st.read, st.wrote, st.rejected, st.nwarnings())
	return status
}

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := &options{}
	fs.StringVar(&o.from, "from", "", "input format: "+strings.Join(formatNames(true), ", "))
	fs.StringVar(&o.to, "to", "", "output format: "+strings.Join(formatNames(false), ", "))
	fs.StringVar(&o.in, "in", "", "input file (directory for csv); default standard input")
	fs.StringVar(&o.out, "out", "", "output file (directory for csv); default standard output")
	fs.BoolVar(&o.lenient, "lenient", false, "go on past bad records, writing each to -rejects")
	fs.StringVar(&o.rejects, "rejects", "", "file for rejected records, verbatim (with -lenient)")
	fs.BoolVar(&o.validate, "validate", false, "validate every event; events with errors are rejected")
	fs.BoolVar(&o.resolve, "resolve", false, "fill in the catalogue IDs of actors and sources and the P-codes of places from the embedded catalogues and gazetteer; names that do not resolve are counted as warnings")
	fs.StringVar(&o.layout, "layout", "", "layout to write for -to acled or ucdp (default: the layout the events were read from, else the current one)")
	fs.BoolVar(&o.hxl, "hxl", false, "write an HXL hashtag row under the header (acled, ucdp, wide)")
	fs.IntVar(&o.maxRecord, "max-record", 0, "largest record accepted, in bytes (0: the library default)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: convert -from FORMAT -to FORMAT [-in FILE] [-out FILE] [-lenient] [-rejects FILE] [-validate]")
		fmt.Fprintln(stderr, "formats:")
		for _, f := range formats {
			fmt.Fprintf(stderr, "  %-8s %s\n", f.name, f.about)
		}
		fs.PrintDefaults()
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
	return o, nil
}

// convert runs the conversion and returns the exit status.
func convert(o *options, stdin io.Reader, stdout, stderr io.Writer, st *stats) int {
	var in io.Reader = stdin
	if o.in != "" && !lookup(o.from).dir {
		f, err := os.Open(o.in)
		if err != nil {
			fmt.Fprintln(stderr, "convert:", err)
			return exitUsage
		}
		defer f.Close()
		in = f
	}
	src, err := lookup(o.from).open(o, in)
	if err != nil {
		var pe *event.ParseError
		if errors.As(err, &pe) { // a whole document that does not decode
			st.rejected++
			fmt.Fprintln(stderr, "convert: rejected:", err)
			return exitRejected
		}
		fmt.Fprintln(stderr, "convert:", err)
		return exitUsage
	}

	var out io.Writer = stdout
	var outFile *os.File
	if o.out != "" && !lookup(o.to).dir {
		if outFile, err = os.Create(o.out); err != nil {
			fmt.Fprintln(stderr, "convert:", err)
			return exitUsage
		}
		out = outFile
	}
	bw := bufio.NewWriterSize(out, 64<<10)
	dst, err := lookup(o.to).create(o, bw, stderr, src)
	if err != nil {
		fmt.Fprintln(stderr, "convert:", err)
		return exitUsage
	}

	if src.records != nil {
		d := src.records()
		if rs, ok := dst.(recordSink); ok {
			rs.setRecords(d)
		} else if n := len(d.Actors) + len(d.Places) + len(d.Sources); n > 0 {
			// Never silently: the output format has no room for them.
			st.warn("actor, place and source records not carried by -to "+o.to, n)
		}
	}

	var rej *rejectWriter
	if o.rejects != "" {
		f, err := os.Create(o.rejects)
		if err != nil {
			fmt.Fprintln(stderr, "convert:", err)
			return exitUsage
		}
		defer f.Close()
		rej = newRejectWriter(f, src)
	}

	status := pump(o, src, dst, rej, stderr, st)

	if err := dst.Close(); err != nil && status != exitUsage {
		fmt.Fprintln(stderr, "convert:", err)
		status = exitUsage
	}
	for code, n := range dst.Warnings() {
		st.warn(code, n)
	}
	if err := bw.Flush(); err != nil && status != exitUsage {
		fmt.Fprintln(stderr, "convert:", err)
		status = exitUsage
	}
	if outFile != nil {
		if err := outFile.Close(); err != nil && status != exitUsage {
			fmt.Fprintln(stderr, "convert:", err)
			status = exitUsage
		}
	}
	if rej != nil {
		if err := rej.flush(); err != nil && status != exitUsage {
			fmt.Fprintln(stderr, "convert:", err)
			status = exitUsage
		}
	}
	return status
}

// pump moves events from src to dst, counting, validating and rejecting.
func pump(o *options, src *source, dst sink, rej *rejectWriter, stderr io.Writer, st *stats) int {
	var v event.Validator
	var res *event.Resolver
	if o.resolve {
		res = event.DefaultResolver()
		v.Places = res.Places // validation checks locations against the gazetteer
	}
	prog := newProgress(stderr, o.progressStep)
	defer prog.done()
	var last error
	for {
		e, err := src.Read()
		if err == io.EOF {
			return exitOK
		}
		prog.tick(st.read)
		if err != nil {
			var pe *event.ParseError
			if !errors.As(err, &pe) {
				fmt.Fprintln(stderr, "convert:", err)
				return exitUsage // I/O
			}
			if err == last {
				return exitRejected // readers repeat an error that ends the stream
			}
			last = err
			if src.rawHeader != nil && st.read == 0 && pe.Line <= 1 {
				// No header was read: the input is empty or not in the
				// -from format. That is no record to reject.
				fmt.Fprintln(stderr, "convert: not -from", o.from+":", err)
				return exitUsage
			}
			st.read++
			st.rejected++
			fmt.Fprintln(stderr, "convert: rejected:", err)
			if rej != nil {
				if werr := rej.reject(pe); werr != nil {
					fmt.Fprintln(stderr, "convert:", werr)
					return exitUsage
				}
			}
			if !o.lenient {
				return exitRejected
			}
			continue
		}
		st.read++
		readerWarnings := src.Warnings()
		for _, p := range readerWarnings {
			st.warn(codeName(p.Code), 1)
		}
		if res != nil {
			for _, p := range res.Resolve(&e) {
				what := "actor"
				switch {
				case strings.HasPrefix(p.Path, "where."):
					what = "place"
				case strings.HasPrefix(p.Path, "citations["):
					what = "source"
				}
				st.warn(codeName(p.Code)+" ("+what+")", 1)
			}
		}
		if o.validate {
			ps := v.Event(&e)
			for _, p := range ps.Warnings() {
				// A reader's warning may be the validator's too (UCDP's low >
				// best wraps event.ErrCountOrder): count each fault once.
				if !slices.ContainsFunc(readerWarnings, func(r event.Problem) bool { return errors.Is(r.Code, p.Code) }) {
					st.warn(codeName(p.Code), 1)
				}
			}
			if errs := ps.Errors(); len(errs) > 0 {
				st.rejected++
				for _, p := range errs {
					fmt.Fprintf(stderr, "convert: invalid: %s: event %s: %s\n", src.where(), e.ID, p)
				}
				if rej != nil {
					if werr := rej.invalid(e, errs, src); werr != nil {
						fmt.Fprintln(stderr, "convert:", werr)
						return exitUsage
					}
				}
				if !o.lenient {
					return exitRejected
				}
				continue
			}
		}
		written, err := dst.Write(e)
		if err != nil {
			var we *writeError
			if !errors.As(err, &we) {
				fmt.Fprintln(stderr, "convert:", err)
				return exitUsage
			}
			st.rejected++
			fmt.Fprintf(stderr, "convert: cannot write %s: event %s: %v\n", src.where(), e.ID, we.err)
			if rej != nil {
				if werr := rej.invalid(e, nil, src); werr != nil {
					fmt.Fprintln(stderr, "convert:", werr)
					return exitUsage
				}
			}
			if !o.lenient {
				return exitRejected
			}
			continue
		}
		if written {
			st.wrote++
		}
	}
}

// codeName names a problem code for the warning breakdown: the sentinel's
// message, which is short and stable.
func codeName(err error) string {
	if err == nil {
		return "unspecified"
	}
	return err.Error()
}
