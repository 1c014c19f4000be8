package main

import (
	"bufio"
	"encoding/json"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"github.com/conflictkit/conflict/event"
)

// rejectWriter writes rejected records. For inputs whose records can be
// given back as they were (ACLED, UCDP GED, NDJSON), the reject file is in
// the input format: the header line(s), then each rejected record verbatim,
// so it can be fixed and converted again. For the other inputs it is NDJSON
// reports, one per reject, with the record's text verbatim in "record", or
// its bytes in "record_bytes" (base64) when they are not UTF-8 text: JSON
// would replace what is not, and tables in another encoding give their own
// bytes (see recordText).
//
// A CSV reject file is in the input's text encoding: the readers give the
// header and the records as the input's own bytes, and the reject file
// adds the input's byte-order mark, if it had one, and its line ends,
// encoded as the text is (in UTF-16, two bytes each).
type rejectWriter struct {
	w      *bufio.Writer
	src    *source
	header bool   // header (or first record) written
	end    []byte // the line end, in the input's encoding
}

func newRejectWriter(w io.Writer, src *source) *rejectWriter {
	return &rejectWriter{w: bufio.NewWriter(w), src: src}
}

// report is one line of an NDJSON reject report.
type report struct {
	Line     int      `json:"line,omitzero"`
	Column   int      `json:"column,omitzero"`
	Field    string   `json:"field,omitzero"`
	Error    string   `json:"error"`
	Problems []string `json:"problems,omitzero"`
	Record   string   `json:"record,omitzero"`
	// RecordBytes holds the record instead of Record when it is not UTF-8
	// text.
	RecordBytes []byte          `json:"record_bytes,omitzero"`
	Event       json.RawMessage `json:"event,omitzero"`
}

// reject writes a record the reader could not decode.
func (r *rejectWriter) reject(pe *event.ParseError) error {
	if r.src.verbatim {
		return r.record(pe.Record)
	}
	rep := report{Line: pe.Line, Column: pe.Column, Field: pe.Field, Error: pe.Err.Error()}
	rep.Record, rep.RecordBytes = r.recordText(pe.Record)
	return r.report(rep)
}

// recordText returns a rejected record as text when it is UTF-8 text in a
// UTF-8 input, else as bytes. A record in another encoding (native tables
// re-saved in Windows-1252 or UTF-16) is not decoded: the tables of one
// directory may differ in encoding and the reader reports only
// events.csv's, so decoding could garble a record where the bytes keep it.
func (r *rejectWriter) recordText(b []byte) (string, []byte) {
	if utf8.Valid(b) {
		if r.src.encoding == nil {
			return string(b), nil
		}
		if enc, _ := r.src.encoding(); enc == unicode.UTF8 {
			return string(b), nil
		}
	}
	return "", b
}

// invalid writes an event that was read but is turned down: why says why
// ("invalid", with the validation problems; "cannot be written in the
// output format"; a duplicate identifier).
func (r *rejectWriter) invalid(e event.Event, why string, problems event.Problems, line int) error {
	if r.src.verbatim && r.src.raw != nil {
		return r.record(r.src.raw())
	}
	b, err := event.MarshalEvent(e)
	if err != nil {
		return err
	}
	rep := report{Line: line, Error: why, Event: b}
	for _, p := range problems {
		rep.Problems = append(rep.Problems, p.Error())
	}
	return r.report(rep)
}

// record writes one verbatim record, after the input's byte-order mark
// and header.
func (r *rejectWriter) record(rec []byte) error {
	if !r.header {
		r.header = true
		if err := r.start(); err != nil {
			return err
		}
	}
	if _, err := r.w.Write(rec); err != nil {
		return err
	}
	_, err := r.w.Write(r.end)
	return err
}

// start settles the line end and writes the byte-order mark and the
// header. The encoding is asked for at the first reject: a byte-order mark
// and UTF-16 are known from the input's first bytes, and the one encoding
// detected later, Windows-1252, writes line ends as UTF-8 does and has no
// byte-order mark.
func (r *rejectWriter) start() error {
	end := "\n"
	if r.src.lineEnd != nil {
		end = r.src.lineEnd()
	}
	r.end = []byte(end)
	if r.src.encoding == nil {
		return r.writeHeader()
	}
	enc, bom := r.src.encoding()
	encode := func(s string) ([]byte, error) {
		b, err := enc.NewEncoder().String(s)
		return []byte(b), err
	}
	var err error
	if r.end, err = encode(end); err != nil {
		return err
	}
	if bom {
		mark, err := encode("\ufeff")
		if err != nil {
			return err
		}
		if _, err := r.w.Write(mark); err != nil {
			return err
		}
	}
	return r.writeHeader()
}

// writeHeader writes the input's header line(s), if it has any.
func (r *rejectWriter) writeHeader() error {
	if r.src.rawHeader == nil {
		return nil
	}
	h := r.src.rawHeader()
	if len(h) == 0 {
		return nil // a headerless input
	}
	if _, err := r.w.Write(h); err != nil {
		return err
	}
	_, err := r.w.Write(r.end)
	return err
}

func (r *rejectWriter) report(rep report) error {
	b, err := json.Marshal(rep)
	if err != nil {
		return err
	}
	_, err = r.w.Write(append(b, '\n'))
	return err
}

func (r *rejectWriter) flush() error { return r.w.Flush() }
