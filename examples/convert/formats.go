package main

import (
	"io"
	"slices"

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
func openJSON(_ *options, r io.Reader) (*source, error) {
	d, err := event.ReadDataset(r)
	if err != nil {
		return nil, err
	}
	return datasetSource(d), nil
}

// datasetSource hands out the events of d one by one, and its records.
func datasetSource(d *event.Dataset) *source {
	events := d.Events
	records := *d
	records.Events = nil
	return &source{
		read: func() (event.Event, error) {
			if len(events) == 0 {
				return event.Event{}, io.EOF
			}
			e := events[0]
			events = events[1:]
			return e, nil
		},
		records: func() *event.Dataset { return &records },
	}
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
