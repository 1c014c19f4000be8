package table

import (
	"errors"
	"io"
	"testing"

	"github.com/google/uuid"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

func TestWriteErrors(t *testing.T) {
	id := uuid.MustParse(id1)
	late := date.New(10000, 1, 1)
	tests := []struct {
		name  string
		edit  func(e *event.Event)
		field string
		is    error
	}{
		{"malformed type", func(e *event.Event) { e.Type = "Air strike" }, "type", event.ErrUnknownType},
		{"end before start", func(e *event.Event) {
			e.When = event.When{Start: date.New(2019, 9, 1), End: date.New(2019, 8, 1)}
		}, "when", event.ErrDateOrder},
		{"point out of range", func(e *event.Event) { e.Where.Point = &place.Point{Lat: 91} }, "where.point", place.ErrLatitude},
		{"bad geo precision", func(e *event.Event) { e.Where.Precision = 99 }, "where.precision", place.ErrBadPrecision},
		{"bad place level in a path", func(e *event.Event) {
			e.Where.Place.Path = []place.Unit{{Level: place.LevelCountry}, {Level: 42}}
		}, "where.place.path[1].level", place.ErrBadLevel},
		{"malformed role", func(e *event.Event) {
			e.Involve(actor.Ref{Name: "x"}, event.Perpetrator)
			e.Involve(actor.Ref{Name: "y"}, "Target")
		}, "participants[1].role", event.ErrUnknownRole},
		{"invalid count", func(e *event.Event) {
			e.Count(casualty.NewFigure(casualty.Killed, "", casualty.Between(5, 2)), "")
		}, "casualties[0].count", casualty.ErrBadCount},
		{"partial grade", func(e *event.Event) {
			e.Cite(source.Citation{ID: "c", Grade: source.Grade{Reliability: source.UsuallyReliable}})
		}, "citations[0].grade", source.ErrBadGrade},
		{"published beyond 9999", func(e *event.Event) { e.Cite(source.Citation{ID: "c", Published: &late}) }, "citations[0].published", event.ErrBadDate},
		{"malformed via ID", func(e *event.Event) {
			e.Cite(source.Citation{ID: "c", Via: []source.Ref{{ID: "TASS"}}})
		}, "citations[0].via[0].id", source.ErrBadID},
		{"malformed actor kind in about", func(e *event.Event) {
			e.Say(event.Claim{About: []actor.Ref{{Name: "x", Kind: "Rebel Group"}}})
		}, "claims[0].about[0]", actor.ErrUnknownKind},
		{"text not UTF-8", func(e *event.Event) {
			e.Involve(actor.Ref{Name: "x"}, event.Perpetrator)
			e.Participants[0].Note = "caf\xe9"
		}, "participants.csv row 1: note", event.ErrBadText},
		{"extension not JSON", func(e *event.Event) { e.Ext = event.Ext{"org.example/x": []byte("{")} }, `ext["org.example/x"]`, event.ErrBadExt},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dst := memDest{}
			w := NewWriter(dst)
			good := event.Event{ID: id, Type: event.Battles}
			bad := good
			tc.edit(&bad)
			require.NoError(t, w.Write(good))
			err := w.Write(bad)
			var we *WriteError
			require.ErrorAs(t, err, &we)
			assert.Equal(t, id, we.ID)
			assert.Equal(t, tc.field, we.Field)
			assert.ErrorIs(t, err, tc.is)
			require.NoError(t, w.Write(good), "the writer goes on after a bad event")
			require.NoError(t, w.Close())

			got, err := ReadAll(dst.fs())
			require.NoError(t, err, "nothing of the bad event was written")
			assert.Equal(t, []event.Event{good, good}, got)
		})
	}
}

func TestWriteDatasetErrors(t *testing.T) {
	tests := []struct {
		name   string
		d      event.Dataset
		record string
		field  string
		is     error
	}{
		{"actor ID", event.Dataset{Actors: []actor.Actor{{ID: "ok"}, {ID: "Not OK"}}}, "actors[1]", "id", actor.ErrBadID},
		{"name kind", event.Dataset{Actors: []actor.Actor{{ID: "a", Names: []actor.Name{{Text: "x", Kind: 99}}}}}, "actors[0]", "names[0].kind", actor.ErrUnknownNameKind},
		{"link kind", event.Dataset{Actors: []actor.Actor{{ID: "a", Links: []actor.Link{{Kind: 99}}}}}, "actors[0]", "links[0].kind", actor.ErrUnknownLinkKind},
		{"place level", event.Dataset{Places: []place.Place{{ID: "p", Level: 42}}}, "places[0]", "level", place.ErrBadLevel},
		{"place point", event.Dataset{Places: []place.Place{{ID: "p", Point: &place.Point{Lon: 181}}}}, "places[0]", "point", place.ErrLongitude},
		{"within", event.Dataset{Places: []place.Place{{ID: "p", Within: []place.ID{"q", "Q"}}}}, "places[0]", "within", place.ErrBadID},
		{"code scheme", event.Dataset{Places: []place.Place{{ID: "p", Codes: []place.Code{{Scheme: "P Code"}}}}}, "places[0]", "codes[0].scheme", place.ErrBadScheme},
		{"source kind", event.Dataset{Sources: []source.Source{{ID: "s", Kind: "News Agency"}}}, "sources[0]", "kind", source.ErrUnknownKind},
		{"reliability", event.Dataset{Sources: []source.Source{{ID: "s", Reliability: 9}}}, "sources[0]", "reliability", source.ErrBadGrade},
		{"text not UTF-8", event.Dataset{Actors: []actor.Actor{{ID: "a"}, {ID: "b", Name: "\xff"}}}, "dataset", "actors.csv row 2: name", event.ErrBadText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := WriteDataset(memDest{}, &tc.d)
			var we *WriteError
			require.ErrorAs(t, err, &we)
			assert.Equal(t, tc.record, we.Record)
			assert.Equal(t, tc.field, we.Field)
			assert.ErrorIs(t, err, tc.is)
		})
	}
	assert.Error(t, WriteDataset(memDest{}, nil))
}

func TestWriteErrorMessage(t *testing.T) {
	e := &WriteError{ID: uuid.MustParse(id1), Field: "participants[1].role", Err: errors.New("bad")}
	assert.Equal(t, "table: event "+id1+": participants[1].role: bad", e.Error())
	e = &WriteError{Record: "actors[2]", Field: "kind", Err: errors.New("bad")}
	assert.Equal(t, "table: actors[2]: kind: bad", e.Error())
}

// failDest fails to create one table, or fails writing to it.
type failDest struct {
	memDest
	create, write string
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }
func (failWriter) Close() error              { return nil }

func (f failDest) Create(name string) (io.WriteCloser, error) {
	if name == f.create {
		return nil, errors.New("no space")
	}
	if name == f.write {
		return failWriter{}, nil
	}
	return f.memDest.Create(name)
}

func TestWriterIOErrors(t *testing.T) {
	e := event.Event{ID: uuid.MustParse(id1), Type: event.Battles}

	w := NewWriter(failDest{memDest: memDest{}, create: "claims.csv"})
	err := w.Write(e)
	assert.ErrorContains(t, err, "claims.csv: no space")
	assert.Equal(t, err, w.Write(e), "the error sticks")
	assert.Error(t, w.Close())

	w = NewWriter(failDest{memDest: memDest{}, write: "events.csv"})
	require.NoError(t, w.Write(e), "buffered")
	assert.ErrorContains(t, w.Close(), "events.csv: disk full")

	w = NewWriter(memDest{})
	require.NoError(t, w.Close())
	assert.NoError(t, w.Close(), "a second Close does nothing")
	assert.ErrorIs(t, w.Write(e), ErrClosed)
	assert.ErrorIs(t, w.WriteDataset(&event.Dataset{}), ErrClosed)
}

// TestEmptyWriter: closing a Writer that wrote nothing leaves every event
// table with its header, which reads as no events.
func TestEmptyWriter(t *testing.T) {
	dst := memDest{}
	require.NoError(t, NewWriter(dst).Close())
	assert.ElementsMatch(t, EventTables(), keysOf(dst))
	assert.Equal(t, "id,keys,type,title,start,end,date_precision,place_id,place_name,place_level,place_relation,other_place_id,other_place_name,other_place_level,lat,lon,geo_precision,location_text,notes,tags,n_path,n_other_path,n_participants,n_casualties,n_citations,n_claims,n_related,n_ext\n", dst["events.csv"].String())
	got, err := ReadAll(dst.fs())
	require.NoError(t, err)
	assert.Empty(t, got)
}

// TestUseCRLF: CRLF line ends read back the same.
func TestUseCRLF(t *testing.T) {
	d := readJSON(t, "edge.json")
	dst := memDest{}
	w := NewWriter(dst)
	w.UseCRLF = true
	require.NoError(t, w.WriteDataset(d))
	assert.Contains(t, dst["dataset.csv"].String(), "n_events\r\n")
	got, err := ReadDataset(dst.fs())
	require.NoError(t, err)
	assert.Equal(t, d, got)
}
