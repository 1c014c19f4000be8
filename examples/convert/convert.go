package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/google/uuid"

	"github.com/conflictkit/conflict/event"
)

// errWide is JSON input in UTF-16 or UTF-32.
var errWide = errors.New("the input is UTF-16 or UTF-32 text (it starts with a byte-order mark or a NUL byte), but JSON must be UTF-8 (RFC 8259): re-encode it")

// conversion is one run of the command: the input, the outputs and what
// happened.
type conversion struct {
	ctx    context.Context
	o      *options
	stdout io.Writer
	stderr io.Writer
	st     *stats

	inFile *os.File    // -in, to close
	watch  *inputWatch // nil for a directory of tables
	src    *source
	dst    sink
	rej    *rejectWriter
	log    *warnLog

	out, rejOut, warnOut *output       // the files written; nil: none (or standard output)
	outBuf               *bufio.Writer // over -out or standard output
	toStdout             *countWriter  // standard output, when the output goes there

	// ids holds the ID of every event read, and where it was, to reject a
	// second event with the same ID: the one thing that grows with the
	// input. BenchmarkIDSet: 56 bytes an ID (56 MB for a million events),
	// of which 18 are the position that names the first record; a set
	// alone would take 38.
	ids map[uuid.UUID]idPos
}

// idPos is where an event ID was first seen: its record number and line.
type idPos struct{ record, line uint32 }

func pos(n int) uint32 { return uint32(min(max(n, 0), math.MaxUint32)) }

// convert runs the conversion and returns the exit status.
func convert(ctx context.Context, o *options, stdin io.Reader, stdout, stderr io.Writer, st *stats) int {
	if err := checkPaths(o, stdin, stdout); err != nil {
		fmt.Fprintln(stderr, "convert:", err)
		return exitUsage
	}
	c := &conversion{ctx: ctx, o: o, stdout: stdout, stderr: stderr, st: st, ids: map[uuid.UUID]idPos{}}
	status := c.open(stdin)
	if status == exitOK {
		status = c.pump()
	}
	return c.finish(status)
}

// open opens the input and the outputs, and returns exitOK or the status
// to stop with.
func (c *conversion) open(stdin io.Reader) int {
	in := lookup(c.o.from)
	var r io.Reader = stdin
	if !in.dir {
		if c.o.in != "" {
			f, err := os.Open(c.o.in)
			if err != nil {
				fmt.Fprintln(c.stderr, "convert:", err)
				return exitUsage
			}
			c.inFile, r = f, f
		}
		if c.ctx.Done() != nil {
			r = newCtxReader(c.ctx, r)
		}
		c.watch = newInputWatch(r)
		r = c.watch
	}
	src, err := in.open(c.o, r)
	if err != nil {
		return c.openFailed(err)
	}
	c.src = src

	out := lookup(c.o.to)
	c.toStdout = &countWriter{w: c.stdout}
	var w io.Writer = c.toStdout
	dir := ""
	switch {
	case out.dir:
		if c.out, err = createDir("-out", c.o.out); err != nil {
			fmt.Fprintln(c.stderr, "convert:", err)
			return exitUsage
		}
		dir, c.toStdout = c.out.tmp, nil
	case c.o.out != "":
		if c.out, err = createFile("-out", c.o.out); err != nil {
			fmt.Fprintln(c.stderr, "convert:", err)
			return exitUsage
		}
		w, c.toStdout = c.out.file, nil
	}
	c.outBuf = bufio.NewWriterSize(w, 64<<10)
	c.log = &warnLog{st: c.st, stderr: c.stderr}
	if c.o.warnings != "" {
		if c.warnOut, err = createFile("-warnings", c.o.warnings); err != nil {
			fmt.Fprintln(c.stderr, "convert:", err)
			return exitUsage
		}
		c.log.out = bufio.NewWriter(c.warnOut.file)
	}
	if c.o.rejects != "" {
		if c.rejOut, err = createFile("-rejects", c.o.rejects); err != nil {
			fmt.Fprintln(c.stderr, "convert:", err)
			return exitUsage
		}
		c.rej = newRejectWriter(c.rejOut.file, src)
	}
	if c.dst, err = out.create(c.o, c.outBuf, dir, src); err != nil {
		fmt.Fprintln(c.stderr, "convert:", err)
		return exitUsage
	}
	return c.carryRecords()
}

// openFailed classifies an error of opening the input. Whole-document
// readers (-from json, and csv with dataset.csv) read everything here: an
// error means that not one record of the input can be read.
func (c *conversion) openFailed(err error) int {
	if c.ctx.Err() != nil {
		return exitFor(c.ctx)
	}
	var ue usageError
	var pe *event.ParseError
	switch {
	case errors.As(err, &ue):
		fmt.Fprintln(c.stderr, "convert:", err)
		return exitUsage
	case errors.Is(err, errEmpty):
		return c.notFormat(err)
	case c.watch != nil && c.watch.empty():
		return c.notFormat(errEmpty)
	case c.watch != nil && lookup(c.o.from).json && c.watch.wide():
		return c.notFormat(errWide)
	case errors.As(err, &pe):
		return c.notFormat(err)
	}
	fmt.Fprintln(c.stderr, "convert:", err)
	return exitUsage
}

// notFormat reports an input that is not in the -from format at all.
func (c *conversion) notFormat(err error) int {
	fmt.Fprintf(c.stderr, "convert: not readable as -from %s: %v%s\n", c.o.from, err, c.utf16Hint(err))
	return exitUsage
}

// utf16Hint names the option for a CSV input the reader refused as UTF-16
// without a byte-order mark (NUL bytes between ASCII ones; the reader's
// message says which byte order), or returns "".
func (c *conversion) utf16Hint(err error) string {
	in := lookup(c.o.from)
	if in.json || c.o.encoding != nil || !errors.Is(err, event.ErrBadText) {
		return ""
	}
	var h []byte
	switch {
	case c.watch != nil:
		h = c.watch.head
	case in.dir:
		h = fileHead(filepath.Join(c.o.in, "events.csv"))
	}
	switch {
	case len(h) < 2 || h[0] == 0xff && h[1] == 0xfe || h[0] == 0xfe && h[1] == 0xff:
		return "" // a byte-order mark: the reader took it
	case h[0] != 0 && h[1] == 0:
		return " (give -encoding utf-16le)"
	case h[0] == 0 && h[1] != 0:
		return " (give -encoding utf-16be)"
	}
	return ""
}

// fileHead returns the first two bytes of the file at path, or nil.
func fileHead(path string) []byte {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	b := make([]byte, 2)
	n, _ := io.ReadFull(f, b)
	return b[:n]
}

// carryRecords hands a Dataset's actor, place and source records to an
// output that holds them, and reports each as a loss to one that does not.
func (c *conversion) carryRecords() int {
	if c.src.records == nil {
		return exitOK
	}
	d := c.src.records()
	if rs, ok := c.dst.(recordSink); ok {
		rs.setRecords(d)
		return exitOK
	}
	var lost []event.Problem
	loss := func(path, what, id string) {
		lost = append(lost, event.Problem{Path: path, Code: event.ErrLost, Severity: event.Warning,
			Message: fmt.Sprintf("%s %s: -to %s has no place for the dataset's %s records", what, clip(id), c.o.to, what)})
	}
	for i, a := range d.Actors {
		loss(fmt.Sprintf("actors[%d]", i), "actor", string(a.ID))
	}
	for i, p := range d.Places {
		loss(fmt.Sprintf("places[%d]", i), "place", string(p.ID))
	}
	for i, s := range d.Sources {
		loss(fmt.Sprintf("sources[%d]", i), "source", string(s.ID))
	}
	if len(lost) == 0 {
		return exitOK
	}
	// One line says it: the list would crowd out the events' warnings.
	fmt.Fprintf(c.stderr, "convert: lost: the dataset's %d actor, %d place and %d source records: -to %s has no place for them\n",
		len(d.Actors), len(d.Places), len(d.Sources), c.o.to)
	for _, p := range lost {
		c.log.record(recordRef{}, stageWrite, p)
		if c.o.failOnLoss {
			return c.stopAtLoss()
		}
	}
	return exitOK
}

func (c *conversion) stopAtLoss() int {
	fmt.Fprintln(c.stderr, "convert: stopped at the first loss (-fail-on-loss)")
	return exitRejected
}

// empty reports whether the input turned out to hold nothing.
func (c *conversion) empty() bool { return c.watch != nil && c.watch.empty() }

// pump moves events from the source to the sink, counting, validating and
// rejecting, and returns the exit status.
func (c *conversion) pump() int {
	o, st := c.o, c.st
	var v event.Validator
	var res *event.Resolver
	if o.resolve {
		res = event.DefaultResolver()
		v.Places = res.Places // validation checks locations against the gazetteer
	}
	prog := newProgress(c.stderr, o.progressStep)
	defer prog.done()
	var last error // the last record that did not decode
	records := 0
	for {
		if c.ctx.Err() != nil {
			return exitFor(c.ctx)
		}
		e, err := c.src.Read()
		if err == io.EOF {
			if records == 0 && c.empty() {
				return c.notFormat(errEmpty)
			}
			return exitOK
		}
		prog.tick(records)
		if err != nil {
			if c.ctx.Err() != nil {
				return exitFor(c.ctx)
			}
			var pe *event.ParseError
			if !errors.As(err, &pe) {
				fmt.Fprintln(c.stderr, "convert:", err)
				return exitUsage // I/O
			}
			if last != nil && again(last, err) {
				fmt.Fprintf(c.stderr, "convert: stopped: the %s reader cannot go past the record it rejected last; the rest of the input is not read\n", o.from)
				return exitRejected
			}
			if records == 0 {
				// Before the first record: is it the input that is wrong
				// (empty, UTF-16 JSON, a header or document the reader
				// stops at), or its first record?
				switch {
				case c.empty():
					return c.notFormat(errEmpty)
				case lookup(o.from).json && c.watch != nil && c.watch.wide():
					return c.notFormat(errWide)
				}
				if _, next := c.src.peek(); again(err, next) {
					return c.notFormat(err)
				}
			}
			last = err
			records++
			st.read++
			st.rejected++
			fmt.Fprintln(c.stderr, "convert: rejected:", err)
			if c.rej != nil {
				if werr := c.rej.reject(pe); werr != nil {
					fmt.Fprintln(c.stderr, "convert:", werr)
					return exitUsage
				}
			}
			if !o.lenient {
				return exitRejected
			}
			continue
		}
		records++
		st.read++
		line := c.src.Line()
		ref := refOf(&e, records, line)
		readerWarnings := c.src.Warnings()
		for _, p := range readerWarnings {
			c.log.add(ref, stageRead, p)
		}
		if first, dup := c.ids[e.ID]; dup {
			where := fmt.Sprintf("record %d", first.record)
			if first.line > 0 {
				where = fmt.Sprintf("line %d, %s", first.line, where)
			}
			why := fmt.Sprintf("%v: the same event ID as %s", event.ErrDuplicate, where)
			if status, stop := c.turnDown(e, ref, "rejected", why, why, nil); stop {
				return status
			}
			continue
		}
		c.ids[e.ID] = idPos{pos(records), pos(line)}
		if res != nil {
			for _, p := range res.Resolve(&e) {
				c.log.add(ref, stageResolve, p)
			}
		}
		if o.validate {
			ps := v.Event(&e)
			for _, p := range ps.Warnings() {
				// A reader's warning may be the validator's too (UCDP's low >
				// best wraps event.ErrCountOrder): count each fault once.
				if !slices.ContainsFunc(readerWarnings, func(r event.Problem) bool { return errors.Is(r.Code, p.Code) }) {
					c.log.add(ref, stageValidate, p)
				}
			}
			if errs := ps.Errors(); len(errs) > 0 {
				if status, stop := c.turnDown(e, ref, "invalid", "", "invalid", errs); stop {
					return status
				}
				continue
			}
		}
		written, err := c.dst.Write(e)
		if err != nil {
			var we *writeError
			if !errors.As(err, &we) {
				fmt.Fprintln(c.stderr, "convert:", err)
				return exitUsage
			}
			if status, stop := c.turnDown(e, ref, "cannot write", we.err.Error(), "cannot be written in the output format: "+we.err.Error(), nil); stop {
				return status
			}
			continue
		}
		lost := false
		for _, p := range c.dst.Warnings() {
			if c.log.add(ref, stageWrite, p) {
				lost = true
			}
		}
		if written {
			st.wrote++
		}
		if lost && o.failOnLoss {
			return c.stopAtLoss()
		}
	}
}

// turnDown rejects an event that was read: invalid (problems), a
// duplicate, or one the output format cannot hold. It says so on standard
// error ("convert: " + what + the record + why or each problem), writes the
// record to the reject file with reason, and reports whether to stop, with
// the status.
func (c *conversion) turnDown(e event.Event, ref recordRef, what, why, reason string, problems event.Problems) (int, bool) {
	c.st.rejected++
	if len(problems) == 0 {
		fmt.Fprintf(c.stderr, "convert: %s: %s: %s\n", what, ref, why)
	}
	for _, p := range problems {
		fmt.Fprintf(c.stderr, "convert: %s: %s: %s\n", what, ref, p)
	}
	if c.rej != nil {
		if err := c.rej.invalid(e, reason, problems, ref.line); err != nil {
			fmt.Fprintln(c.stderr, "convert:", err)
			return exitUsage, true
		}
	}
	if !c.o.lenient {
		return exitRejected, true
	}
	return exitOK, false
}

// finish closes the output and the other files, puts them in place or
// takes them back as status says, and returns the final status.
//
// On success every output is put in place. When a record stopped the
// conversion (status 1) the -rejects and -warnings files are kept, since
// they say why, and -out is not written. On any other failure, and on a
// signal, nothing is: each target is left as it was.
func (c *conversion) finish(status int) int {
	fail := func(err error) { // an I/O error: exit 2, unless a record stopped the run first
		if err != nil && (status == exitOK || status == exitRejected) {
			fmt.Fprintln(c.stderr, "convert:", err)
			if status == exitOK {
				status = exitUsage
			}
		}
	}
	if c.dst != nil && (status == exitOK || status == exitRejected) {
		// A stopped conversion still ends its document on standard
		// output, which cannot be taken back.
		fail(c.dst.Close())
	}
	if c.outBuf != nil && (status == exitOK || status == exitRejected) {
		// Otherwise what is buffered is a fragment: keep it from
		// standard output, and -out is taken back anyway.
		fail(c.outBuf.Flush())
	}
	if c.log != nil {
		c.log.done()
		if c.log.out != nil {
			fail(c.log.err)
			fail(c.log.out.Flush())
		}
	}
	if c.rej != nil {
		fail(c.rej.flush())
	}
	if c.src != nil {
		if r, ok := c.src.reader.(io.Closer); ok { // the tables reader holds files open
			r.Close()
		}
	}
	if c.inFile != nil {
		c.inFile.Close()
	}
	if status == exitOK && c.ctx.Err() != nil {
		status = exitFor(c.ctx)
	}
	var removed []string
	take := func(o *output) {
		if o != nil && o.discard() {
			removed = append(removed, o.target)
		}
	}
	switch status {
	case exitOK:
		for _, o := range []*output{c.rejOut, c.warnOut, c.out} {
			if o == nil {
				continue
			}
			if status != exitOK {
				take(o)
				continue
			}
			fail(o.commit())
		}
	case exitRejected:
		for _, o := range []*output{c.rejOut, c.warnOut} {
			if o != nil {
				if err := o.commit(); err != nil {
					fmt.Fprintln(c.stderr, "convert:", err)
					status = exitUsage
				}
			}
		}
		take(c.out)
	default:
		take(c.rejOut)
		take(c.warnOut)
		take(c.out)
	}
	interrupted := status == exitInterrupted || status == exitTerminated
	switch {
	case interrupted && len(removed) > 0:
		fmt.Fprintf(c.stderr, "convert: interrupted; removed partial output %s\n", strings.Join(removed, ", "))
	case interrupted:
		fmt.Fprintln(c.stderr, "convert: interrupted")
	case len(removed) > 0:
		fmt.Fprintf(c.stderr, "convert: removed partial output %s\n", strings.Join(removed, ", "))
	}
	if status != exitOK && c.toStdout != nil && c.toStdout.n > 0 {
		fmt.Fprintln(c.stderr, "convert: what went to standard output is incomplete")
	}
	return status
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
