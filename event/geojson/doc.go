// Package geojson writes events as a GeoJSON FeatureCollection (RFC 7946)
// for map tools, and reads such collections back into events.
//
// Both directions stream: the Writer writes each feature as it comes, and
// the Reader walks the "features" array one feature at a time, so memory
// use does not grow with the number of events.
//
// # Writing
//
//	w := geojson.NewWriter(out)
//	for _, e := range events {
//		if err := w.Write(e); err != nil { … }
//	}
//	if err := w.Close(); err != nil { … }
//	fmt.Fprintln(os.Stderr, w.Summary()) // "wrote 7 features; skipped 1 event without a point"
//
// Each event with a point (Where.Point) becomes a Feature whose "id" is the
// event ID and whose geometry is a Point [longitude, latitude]; a 0.0
// coordinate is written like any other. An event without a point has no
// place on a map: it is skipped, counted and listed in Summary (never
// dropped silently), or, with Writer.NullGeometry, written with
// "geometry": null.
//
// Writer.Warnings reports, after each Write, what the event lost
// (event.ErrLost): Path "" for an event skipped for want of a point, and,
// with Writer.Full off, each fact the flat properties below do not hold, at
// its JSON path: claims, relations, extension members, casualty figures
// the killed summary leaves out (other groups and outcomes, a figure's
// phrase and note), citation members beyond the source's name, and
// participants' citations and notes.
//
// # Properties
//
// The properties are flat where map tools need them flat (to colour, filter
// or label features) and derived from the event as follows. Members with
// nothing to say are omitted; a known 0 is written.
//
//	type, type_label                type code and label ("air-drone-strike", "Air/drone strike")
//	type_parent, type_parent_label  the broader type ("explosions-remote-violence", …)
//	disorder, disorder_label        ACLED disorder types of the type: codes (array), labels joined by "; "
//	title                           Title
//	date_start, date_end            When, as YYYY-MM-DD; an open end has no date but
//	date_open_start, date_open_end  the flag true instead
//	date_precision                  "day", "days", "week", "month", "year"
//	place, place_id, place_level    the place's name, ID and level
//	relation                        "in", "near" or "between" (when a place is given)
//	other_place                     the second place of "between", by name
//	location_text                   Where.Text, the location as the source words it
//	admin                           the place's admin path: [{"level","code","name","id"}, …],
//	                                country first (the place itself excluded)
//	country, country_code           flat names and codes of the path, for map tools; the
//	admin1 … admin3                 place itself fills its own level when it is a country
//	admin1_code … admin3_code       or an admin unit
//	geo_precision                   place.Precision ("exact", "near", "admin2", …)
//	geo_precision_acled, _ucdp      its ACLED geo_precision (1–3) and UCDP where_prec (1–7)
//	actors                          participants in order: [{"role","name","kind","id"}, …]
//	perpetrator, target             names in those roles joined by "; ", for labels
//	killed                          reconciled count of people killed, as text ("at least 40")
//	killed_low, _best, _high        its bounds and best estimate (integers)
//	killed_group                    the group counted ("people", "civilians", …)
//	killed_conflicting              true when the sources contradict each other
//	sources                         names of the cited sources, each once (intermediaries excluded)
//	notes, tags, keys               Notes; Tags; Keys as "scheme:value"
//	event                           the whole event in canonical JSON (Writer.Full)
//
// The killed figures come from casualty.Reconcile over the event's figures
// with outcome killed. Groups overlap (children are civilians too), so they
// are never added up: if some figures count people in general (group
// "people" or none), those are reconciled; otherwise the figures of one
// group are, the one with the highest lower bound (first in the event on a
// tie), and killed_group says which. An event whose killed figures are all
// of unknown size has killed "unknown" and no bounds.
//
// # The "event" property and its cost
//
// Writer.Full, on by default, embeds the canonical JSON of the event
// (event.MarshalEvent) under "event", so that GeoJSON → events is lossless:
// claims, citations with their chains, per-source figures, relations and
// extension members survive. It costs space: the flat properties of the
// Idlib strike in the seed article take 1,990 bytes and the feature with
// the event 8,275 (4.2 times); 50,000 generated events take 58 MB flat and
// 183 MB with events (3.1 times). Turn Full off for a map layer.
//
// # Reading
//
//	r := geojson.NewReader(in)
//	for e, err := range r.All() {
//		if err != nil { … } // a *event.ParseError; the stream goes on unless it is fatal
//		…
//	}
//
// A feature with an "event" property decodes to exactly that event, which
// is authoritative: the flat properties are then not read, and a geometry
// or id that disagrees with the event (a point moved in a map editor) gives
// a warning (ErrMismatch, see Reader.Warnings), not a change.
//
// A feature without it is mapped back from the properties above as far as
// they go: the ID from the feature's "id" (which must then be a UUID
// string), the type from "type" (required: an event without a type is
// refused, event.ErrMissing), the point from the geometry (a third coordinate, an altitude, is
// dropped with an ErrAltitude warning), type, title, dates, place with its
// admin path, relation, other place (by name), location text, geo
// precision, participants (role, name, kind, ID; no citations or notes),
// one casualty figure of people killed (from "killed", else from the
// bounds; no citation), one citation per source name (IDs "source-1", …,
// and a source reference with a name only), notes, tags and keys. Lost on
// that path: claims, relations, extension members, casualty figures other
// than the reconciled killed one, the citations and notes of participants
// and figures, the details of citations (dates, titles, intermediaries),
// the IDs of sources and of the other place, and the codes of the place
// itself. The derived properties (labels, disorder, flat admin names,
// scheme codes, perpetrator and target) are not read. Properties the
// package does not know are ignored, so features of other origin, or
// edited in a map tool, still read.
//
// Reading flat properties and writing them again gives the same
// properties: the mapping is stable after one pass.
//
// # Errors
//
// Reading errors are *event.ParseError values with the line and column
// (1-based, bytes) of the offending value, its JSON path as Field
// ("features[3].properties.date_start", "features[0].geometry.coordinates"),
// an Err wrapping a sentinel (this package's ErrNotFeature, ErrGeometry,
// ErrBadProperty, or the model's event.ErrBadDate, event.ErrBadPoint, …),
// and the feature verbatim as Record. Such an error rejects one feature; the
// next Read goes on, also after malformed JSON inside a feature (NaN, a NUL
// byte, nesting deeper than 10,000), since a feature is delimited by its
// brackets before it is parsed. A feature longer than Reader.MaxRecordBytes
// is reported as soon as the limit is passed (event.ErrTooLong) and skipped
// in constant memory. What leaves no way to find the next feature — a
// bracket that does not match, the end of input inside a feature, broken
// syntax between features — a document that is not a FeatureCollection
// (ErrNotCollection), UTF-16 or UTF-32 input (event.ErrBadText) and read
// errors end the stream: Read then returns the same error forever.
//
// Warnings (Reader.Warnings) report what is read but suspect: a geometry or
// id that disagrees with the embedded event (ErrMismatch), a dropped
// altitude (ErrAltitude), and a point at exactly (0, 0)
// (event.ErrNullIsland), which almost always stands for missing
// coordinates. Reader.Line gives the line on which the feature starts, so
// that a warning can name its record.
//
// Writing errors for an event the format cannot hold (an invalid point,
// date, code or count) are *WriteError values naming the event's ID and
// field; the Writer goes on with the next event.
//
// # Pitfalls
//
//   - GeoJSON puts longitude first; place.Point and most prose put latitude
//     first.
//   - The document is one JSON value: a reader sees nothing valid until
//     Close has written the end. Always call Close, and report its Summary.
//   - Only Point and null geometries are read: an event has one point.
//   - The output follows RFC 7946: WGS84 coordinates, no "crs" member. On
//     input, "crs", "bbox" and other foreign members are skipped.
//   - GeoJSON text sequences (RFC 8142, one feature per line) are not read.
//   - Text that is not valid UTF-8 is written with U+FFFD in its place, as
//     encoding/json and the NDJSON Writer do; event validation reports such
//     text beforehand (event.ErrBadText). The Reader refuses it.
package geojson
