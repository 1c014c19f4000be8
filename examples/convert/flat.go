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
	return &source{read: ar.Read, warnings: ar.Warnings, rawHeader: ar.RawHeader, lineEnd: ar.LineEnd,
		raw: ar.Raw, verbatim: true, reader: ar}, nil
}

// acledSink writes ACLED CSV. Reading ACLED and writing ACLED keeps the
// file's own header (extra columns included) unless -layout says otherwise.
type acledSink struct {
	w       *acled.Writer
	src     *source
	started bool
	chosen  bool // -layout given
}

func createACLED(o *options, w io.Writer, _ io.Writer, src *source) (sink, error) {
	aw := acled.NewWriter(w)
	aw.HXL = o.hxl
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
	return &acledSink{w: aw, src: src, chosen: o.layout != ""}, nil
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
	return err == nil, err
}

func (s *acledSink) Close() error             { return s.w.Close() }
func (s *acledSink) Warnings() map[string]int { return nil }

func openUCDP(o *options, r io.Reader) (*source, error) {
	ur := ucdp.NewReader(r)
	ur.MaxRecordBytes = o.maxRecord
	return &source{read: ur.Read, warnings: ur.Warnings, rawHeader: ur.RawHeader, lineEnd: ur.LineEnd,
		raw: ur.Raw, verbatim: true, reader: ur}, nil
}

// ucdpSink writes UCDP GED CSV. Reading UCDP and writing UCDP keeps the
// file's own header and HXL row unless -layout says otherwise.
type ucdpSink struct {
	w       *ucdp.Writer
	src     *source
	started bool
	chosen  bool
}

func createUCDP(o *options, w io.Writer, _ io.Writer, src *source) (sink, error) {
	uw := ucdp.NewWriter(w)
	uw.HXL = o.hxl
	if o.layout != "" {
		l, err := ucdp.ParseLayout(o.layout)
		if err != nil {
			return nil, usageError{err}
		}
		uw.Layout = l
	}
	return &ucdpSink{w: uw, src: src, chosen: o.layout != ""}, nil
}

func (s *ucdpSink) Write(e event.Event) (bool, error) {
	if !s.started {
		s.started = true
		if r, ok := s.src.reader.(*ucdp.Reader); ok && !s.chosen {
			s.w.Header, s.w.HXLRow = r.Header(), r.HXL()
			s.w.UseCRLF = r.LineEnd() == "\r\n"
		}
	}
	err := s.w.Write(e)
	var we *ucdp.WriteError
	if errors.As(err, &we) {
		return false, &writeError{err}
	}
	return err == nil, err
}

func (s *ucdpSink) Close() error             { return s.w.Close() }
func (s *ucdpSink) Warnings() map[string]int { return nil }

func openGeoJSON(o *options, r io.Reader) (*source, error) {
	gr := geojson.NewReader(r)
	gr.MaxRecordBytes = o.maxRecord
	return &source{read: gr.Read, warnings: gr.Warnings, raw: gr.Raw, reader: gr}, nil
}

// geojsonSink writes a FeatureCollection; events without a point are
// counted as warnings and listed on standard error.
type geojsonSink struct {
	w      *geojson.Writer
	stderr io.Writer
}

func createGeoJSON(_ *options, w io.Writer, stderr io.Writer, _ *source) (sink, error) {
	return &geojsonSink{w: geojson.NewWriter(w), stderr: stderr}, nil
}

func (s *geojsonSink) Write(e event.Event) (bool, error) {
	before := s.w.Summary().Written
	err := s.w.Write(e)
	var we *geojson.WriteError
	if errors.As(err, &we) {
		return false, &writeError{err}
	}
	return err == nil && s.w.Summary().Written > before, err
}

func (s *geojsonSink) Close() error {
	err := s.w.Close()
	if sum := s.w.Summary(); sum.Skipped > 0 {
		fmt.Fprintln(s.stderr, "convert: geojson:", sum)
		const most = 20 // enough to find them; the count says how many
		for i, id := range sum.SkippedIDs {
			if i == most {
				fmt.Fprintf(s.stderr, "convert: geojson: ... and %d more\n", len(sum.SkippedIDs)-most)
				break
			}
			fmt.Fprintln(s.stderr, "convert: geojson: no point, not written: event", id)
		}
	}
	return err
}

func (s *geojsonSink) Warnings() map[string]int {
	if n := s.w.Summary().Skipped; n > 0 {
		return map[string]int{geojson.ErrNoPoint.Error() + " (not written)": n}
	}
	return nil
}
