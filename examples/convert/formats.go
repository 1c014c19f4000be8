package main

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/conflictkit/conflict/event"
)

// format is one input or output format of the command.
type format struct {
	name  string
	about string
	dir   bool // -in/-out name a directory (required)
	json  bool // a JSON format, so UTF-8 only (RFC 8259)
	open  func(o *options, r io.Reader) (*source, error)
	// create makes the format's writer: into w, or for a directory format
	// into the directory dir.
	create func(o *options, w io.Writer, dir string, src *source) (sink, error)
}

// formats is the table of formats, in the order -help lists them.
var formats = []*format{
	{name: "acled", about: "ACLED CSV, any layout (-layout current, 2019, 2016, v5, hdx)", open: openACLED, create: createACLED},
	{name: "ucdp", about: "UCDP GED CSV, any layout (-layout ged20, ged19, syria, hdx)", open: openUCDP, create: createUCDP},
	{name: "ndjson", about: "one event per line, the canonical JSON", json: true, open: openNDJSON, create: createNDJSON},
	{name: "json", about: "the Dataset document (read and written whole)", json: true, open: openJSON, create: createJSON},
	{name: "csv", about: "the native CSV tables, lossless: a directory (-in DIR, -out DIR)", dir: true, open: openTables, create: createTables},
	{name: "wide", about: "one wide table for spreadsheets, lossy (-hxl adds an HXL row)", create: createWide},
	{name: "hxl", about: "the wide table with its HXL hashtag row", create: createHXL},
	{name: "geojson", about: "a GeoJSON FeatureCollection of events with a point", json: true, open: openGeoJSON, create: createGeoJSON},
}

func lookup(name string) *format {
	i := slices.IndexFunc(formats, func(f *format) bool { return f.name == name })
	if i < 0 {
		return nil
	}
	return formats[i]
}

// formatNames lists the formats that can be read (in) or written.
func formatNames(in bool) []string {
	var names []string
	for _, f := range formats {
		if (in && f.open != nil) || (!in && f.create != nil) {
			names = append(names, f.name)
		}
	}
	return names
}

func openNDJSON(o *options, r io.Reader) (*source, error) {
	nr := event.NewReader(r)
	nr.MaxRecordBytes = o.maxRecord
	return &source{read: nr.Read, raw: nr.Raw, verbatim: true, reader: nr}, nil
}

// openJSON reads the whole Dataset document at once: a document is not a
// stream, and an error anywhere in it means that no record of it is read.
func openJSON(o *options, r io.Reader) (*source, error) {
	dr := event.NewReader(r)
	dr.MaxRecordBytes = o.maxRecord
	d, err := dr.ReadDataset()
	if err != nil {
		return nil, err
	}
	return datasetSource(d, dr.Warnings()), nil
}

// datasetSource hands out the events of d one by one, and its records.
// ws are the reader's warnings about the whole document: each about an
// event ("events[3].where.point") goes with that event, its path made the
// event's own ("where.point"); the others (a place's point, a column no
// table has) go with the first event, their paths as they are.
func datasetSource(d *event.Dataset, ws event.Problems) *source {
	events := d.Events
	records := *d
	records.Events = nil
	byEvent := map[int]event.Problems{}
	for _, p := range ws {
		i, rest, ok := eventPath(p.Path)
		if ok {
			p.Path = rest
		}
		byEvent[i] = append(byEvent[i], p)
	}
	n := 0
	var last event.Problems
	return &source{
		read: func() (event.Event, error) {
			last = nil
			if n == len(events) {
				return event.Event{}, io.EOF
			}
			e := events[n]
			last = byEvent[n]
			n++
			return e, nil
		},
		warnings: func() event.Problems { return last },
		records:  func() *event.Dataset { return &records },
	}
}

// eventPath splits "events[3].where.point" into 3 and "where.point"; ok is
// false (and i 0) for a path that is not inside an event.
func eventPath(path string) (i int, rest string, ok bool) {
	after, found := strings.CutPrefix(path, "events[")
	if !found {
		return 0, path, false
	}
	num, rest, found := strings.Cut(after, "]")
	n, err := strconv.Atoi(num)
	if !found || err != nil || n < 0 {
		return 0, path, false
	}
	return n, strings.TrimPrefix(rest, "."), true
}

// ndjsonSink writes NDJSON.
type ndjsonSink struct {
	w     *event.Writer
	watch *ioWatch
}

func createNDJSON(_ *options, w io.Writer, _ string, _ *source) (sink, error) {
	watch := &ioWatch{w: w}
	return &ndjsonSink{w: event.NewWriter(watch), watch: watch}, nil
}

func (s *ndjsonSink) Write(e event.Event) (bool, error) { return s.watch.classify(s.w.Write(e)) }
func (s *ndjsonSink) Close() error                      { return s.w.Flush() }
func (s *ndjsonSink) Warnings() event.Problems          { return nil } // NDJSON holds every fact

// jsonSink collects the events into a Dataset and writes it on Close.
type jsonSink struct {
	w io.Writer
	d *event.Dataset
}

func createJSON(_ *options, w io.Writer, _ string, _ *source) (sink, error) {
	return &jsonSink{w: w, d: event.NewDataset("")}, nil
}

func (s *jsonSink) Write(e event.Event) (bool, error) {
	s.d.Events = append(s.d.Events, e)
	return true, nil
}
func (s *jsonSink) setRecords(d *event.Dataset) {
	s.d.Title, s.d.Description = d.Title, d.Description
	s.d.Actors, s.d.Places, s.d.Sources = d.Actors, d.Places, d.Sources
}
func (s *jsonSink) Close() error             { return event.WriteDataset(s.w, s.d) }
func (s *jsonSink) Warnings() event.Problems { return nil } // the Dataset holds every fact
