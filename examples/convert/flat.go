package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/acled"
	"github.com/conflictkit/conflict/event/geojson"
	"github.com/conflictkit/conflict/event/ucdp"
)

func openACLED(o *options, r io.Reader) (*source, error) {
	ar := acled.NewReader(r)
	ar.MaxRecordBytes = o.maxRecord
	ar.Encoding = o.encoding
	return &source{read: ar.Read, rawHeader: ar.RawHeader, lineEnd: ar.LineEnd,
		raw: ar.Raw, encoding: ar.EncodingUsed, verbatim: true, reader: ar}, nil
}

// acledSink writes ACLED CSV. Reading ACLED and writing ACLED keeps the
// file's own header (extra columns included) unless -layout says otherwise,
// and its text encoding, byte-order mark and line end unless -out-encoding
// does, even when no row is written (every row rejected, or a header-only
// file). With rows, each event's Extra says them (the Writer's default),
// so that they also come back after a detour through NDJSON.
type acledSink struct {
	w       *acled.Writer
	src     *source
	started bool
	chosen  bool // -layout given
	encoded bool // -out-encoding or -bom given
}

func createACLED(o *options, w io.Writer, _ string, src *source) (sink, error) {
	aw := acled.NewWriter(w)
	aw.HXL = o.hxl
	aw.Aggregates, aw.Neutralise = o.aggregates, o.neutralise
	aw.Encoding, aw.BOM = o.outEncoding, o.bom
	reg, err := actorRegistry(src.dataset())
	if err != nil {
		return nil, err
	}
	aw.Actors = reg
	if o.layout != "" {
		l, ok := acled.LayoutNamed(o.layout)
		if !ok {
			var names []string
			for _, l := range acled.Layouts() {
				names = append(names, l.Name)
			}
			return nil, usageError{fmt.Errorf("unknown ACLED -layout %q: want one of %s", o.layout, strings.Join(names, ", "))}
		}
		aw.Layout = l
	}
	return &acledSink{w: aw, src: src, chosen: o.layout != "", encoded: o.outEncoding != nil}, nil
}

func (s *acledSink) Write(e event.Event) (bool, error) {
	if !s.started {
		s.started = true
		if r, ok := s.src.reader.(*acled.Reader); ok && !s.chosen {
			s.w.Layout = r.Layout()
		}
	}
	err := s.w.Write(e)
	var we *acled.WriteError
	if errors.As(err, &we) {
		return false, &writeError{err}
	}
	return err == nil && !wholeLost(s.Warnings()), err
}

func (s *acledSink) Close() error {
	if !s.started {
		// No event came to say what to write: the file read says it.
		if r, ok := s.src.reader.(*acled.Reader); ok && len(r.Layout().Columns) > 0 {
			if !s.chosen {
				s.w.Layout, s.w.LineEnd = r.Layout(), r.LineEnd()
			}
			if !s.encoded {
				s.w.Encoding, s.w.BOM = r.EncodingUsed()
			}
		}
	}
	return s.w.Close()
}

func (s *acledSink) Warnings() event.Problems { return writerWarnings(s.w) }

func openUCDP(o *options, r io.Reader) (*source, error) {
	ur := ucdp.NewReader(r)
	ur.MaxRecordBytes = o.maxRecord
	ur.Encoding = o.encoding
	return &source{read: ur.Read, rawHeader: ur.RawHeader, lineEnd: ur.LineEnd,
		raw: ur.Raw, encoding: ur.EncodingUsed, verbatim: true, reader: ur}, nil
}

// ucdpSink writes UCDP GED CSV. Reading UCDP and writing UCDP keeps the
// file's own header and HXL row unless -layout says otherwise, and its
// line end, text encoding and byte-order mark unless -out-encoding does,
// even when no row is written (as acledSink).
type ucdpSink struct {
	w       *ucdp.Writer
	src     *source
	started bool
	chosen  bool // -layout given
	encoded bool // -out-encoding or -bom given
}

func createUCDP(o *options, w io.Writer, _ string, src *source) (sink, error) {
	uw := ucdp.NewWriter(w)
	uw.HXL = o.hxl
	uw.Aggregates, uw.Neutralise = o.aggregates, o.neutralise
	uw.Encoding, uw.BOM = o.outEncoding, o.bom
	reg, err := actorRegistry(src.dataset())
	if err != nil {
		return nil, err
	}
	uw.Actors = reg
	if o.layout != "" {
		l, err := ucdp.ParseLayout(o.layout)
		if err != nil {
			return nil, usageError{err}
		}
		uw.Layout = l
	}
	return &ucdpSink{w: uw, src: src, chosen: o.layout != "", encoded: o.outEncoding != nil}, nil
}

func (s *ucdpSink) Write(e event.Event) (bool, error) {
	if !s.started {
		s.started = true
		s.fromReader()
	}
	err := s.w.Write(e)
	var we *ucdp.WriteError
	if errors.As(err, &we) {
		return false, &writeError{err}
	}
	return err == nil && !wholeLost(s.Warnings()), err
}

// fromReader takes the header, HXL row and line end of the UCDP file read.
func (s *ucdpSink) fromReader() {
	if r, ok := s.src.reader.(*ucdp.Reader); ok && !s.chosen && len(r.Header()) > 0 {
		s.w.Header, s.w.HXLRow = r.Header(), r.HXL()
		s.w.LineEnd = r.LineEnd()
	}
}

func (s *ucdpSink) Close() error {
	if !s.started {
		// No event came: the file read says what to write, its text
		// encoding included (with rows, their Extra says it).
		s.fromReader()
		if r, ok := s.src.reader.(*ucdp.Reader); ok && !s.encoded && len(r.Header()) > 0 {
			s.w.Encoding, s.w.BOM = r.EncodingUsed()
		}
	}
	return s.w.Close()
}

func (s *ucdpSink) Warnings() event.Problems { return writerWarnings(s.w) }

func openGeoJSON(o *options, r io.Reader) (*source, error) {
	gr := geojson.NewReader(r)
	gr.MaxRecordBytes = o.maxRecord
	return &source{read: gr.Read, raw: gr.Raw, reader: gr}, nil
}

// geojsonSink writes a FeatureCollection of the events with a point.
type geojsonSink struct {
	w       *geojson.Writer
	skipped event.Problems // the warning about an event left out, until the writer gives its own
}

// errNoPointSkipped is the code under which an event without a point is
// counted while the GeoJSON writer does not report it itself: a warning,
// as it has always been, and not (yet) a loss.
var errNoPointSkipped = fmt.Errorf("%w (not written)", geojson.ErrNoPoint)

func createGeoJSON(_ *options, w io.Writer, _ string, _ *source) (sink, error) {
	return &geojsonSink{w: geojson.NewWriter(w)}, nil
}

func (s *geojsonSink) Write(e event.Event) (bool, error) {
	before := s.w.Summary().Written
	s.skipped = nil
	err := s.w.Write(e)
	var we *geojson.WriteError
	if errors.As(err, &we) {
		return false, &writeError{err}
	}
	if err != nil {
		return false, err
	}
	if _, ok := any(s.w).(interface{ Warnings() event.Problems }); ok {
		return !wholeLost(s.Warnings()), nil
	}
	if s.w.Summary().Written == before {
		s.skipped = event.Problems{{Path: "", Code: errNoPointSkipped, Severity: event.Warning,
			Message: "the event has no point, so no feature"}}
		return false, nil
	}
	return true, nil
}

func (s *geojsonSink) Close() error { return s.w.Close() }

func (s *geojsonSink) Warnings() event.Problems {
	if ws := writerWarnings(s.w); ws != nil {
		return ws
	}
	return s.skipped
}
