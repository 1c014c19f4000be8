package ucdp_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/ucdp"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// foreignStrike is an event as another format (or a person) would build
// it: no Extra record, sources with a relay chain, figures not in UCDP's
// shape.
func foreignStrike() event.Event {
	e := event.FromKey(event.AirDroneStrike, event.Key{Scheme: "example", Value: "strike-1"})
	e.When = event.On(day(2019, 8, 31))
	e.Where = event.Near(place.Ref{Name: "Idlib", Level: place.LevelLocality, Path: []place.Unit{
		{Level: place.LevelCountry, Code: "SY", Name: "Syria"},
		{Level: place.LevelAdmin1, Name: "Idleb"},
	}}, place.PrecisionNear).At(place.Point{Lat: 35.93062, Lon: 36.63393})
	e.Involve(actor.Ref{Name: "Air force", Kind: actor.KindStateForces}, event.Perpetrator)
	e.Involve(actor.Ref{Name: "Civilians", Kind: actor.KindCivilians}, event.Target)
	e.Cite(
		source.Citation{ID: "sohr", Source: source.Ref{Name: "Syrian Observatory for Human Rights"}, Published: ptr(day(2019, 8, 31)), Title: "First report"},
		source.Citation{ID: "mod-via-tass", Source: source.Ref{Name: "Ministry of Defence"}, Via: []source.Ref{{Name: "TASS"}},
			Published: ptr(day(2019, 9, 1)), Title: "Statement"},
	)
	e.Count(casualty.NewFigure(casualty.Killed, casualty.People, casualty.AtLeast(40)), "sohr")
	e.Count(casualty.NewFigure(casualty.Killed, casualty.Civilians, casualty.Exactly(12)), "sohr")
	e.Count(casualty.NewFigure(casualty.Injured, casualty.Children, casualty.Exactly(1)), "sohr")
	return e
}

// writeOne writes events with w and returns the records by column name.
func writeAll(t *testing.T, w *ucdp.Writer, buf *bytes.Buffer, evs ...event.Event) []map[string]string {
	t.Helper()
	for _, e := range evs {
		require.NoError(t, w.Write(e))
	}
	require.NoError(t, w.Close())
	return records(t, buf.Bytes())
}

// TestWriteForeignEvent writes an event that has no Extra record. The
// expected cells follow from the mapping by hand: a state perpetrator and a
// civilian target make an air strike one-sided (3); the citations' outlets
// (TASS, not the ministry it relays) fill source_office, and the ministry
// source_original; the exact civilian figure is deaths_civilians, and the
// open "at least 40" people leaves 28 whose status it does not give
// (deaths_unknown), so best is 40 = 12 + 28; low is 40, and high, which no
// figure bounds, is best; the injured are not deaths.
func TestWriteForeignEvent(t *testing.T) {
	e := foreignStrike()
	want := map[string]string{
		"id": e.ID.String(), "year": "2019", "active_year": "", "type_of_violence": "3",
		"conflict_new_id": "", "conflict_name": "", "dyad_new_id": "", "dyad_name": "",
		"side_a_new_id": "", "gwnoa": "", "side_a": "Air force", "side_b_new_id": "", "gwnob": "", "side_b": "Civilians",
		"number_of_sources": "2",
		"source_article":    `"Syrian Observatory for Human Rights,2019-08-31,First report";"TASS,2019-09-01,Statement"`,
		"source_office":     "Syrian Observatory for Human Rights;TASS", "source_date": "2019-08-31;2019-09-01",
		"source_headline": "First report;Statement", "source_original": "Ministry of Defence",
		"where_prec": "2", "where_coordinates": "Idlib", "adm_1": "Idleb", "adm_2": "",
		"latitude": "35.93062", "longitude": "36.63393", "geom_wkt": "POINT (36.63393 35.93062)", "priogrid_gid": "",
		"country": "Syria", "country_id": "", "region": "", "event_clarity": "", "date_prec": "1",
		"date_start": "2019-08-31", "date_end": "2019-08-31",
		"deaths_a": "", "deaths_b": "", "deaths_civilians": "12", "deaths_unknown": "28", "low": "40", "best": "40", "high": "40",
	}
	var buf bytes.Buffer
	w := ucdp.NewWriter(&buf)
	w.Layout = ucdp.LayoutGED19
	assert.Equal(t, []map[string]string{want}, writeAll(t, w, &buf, e))

	// HDX adds iso3 from the country's code, and the HXL row.
	buf.Reset()
	w = ucdp.NewWriter(&buf)
	w.Layout = ucdp.LayoutHDX
	got := writeAll(t, w, &buf, e)
	want["iso3"] = "SYR"
	assert.Equal(t, []map[string]string{want}, got)
	lines := strings.Split(buf.String(), "\n")
	assert.True(t, strings.HasPrefix(lines[1], "#event+id,#date+year+start,,,"), lines[1])

	// With no layout and no Extra, the Writer writes 20.1+.
	buf.Reset()
	w = ucdp.NewWriter(&buf)
	got = writeAll(t, w, &buf, e)
	assert.Equal(t, strings.Join(ucdp.LayoutGED20.Columns(), ","), strings.SplitN(buf.String(), "\n", 2)[0])
	assert.Equal(t, "3", got[0]["type_of_violence"])
	assert.Equal(t, "", got[0]["relid"])
}

// TestWriteForeignExactToll checks that an unattributed exact toll is both
// deaths_unknown and the total.
func TestWriteForeignExactToll(t *testing.T) {
	e := event.FromKey(event.ArmedClash, event.Key{Scheme: "example", Value: "clash"})
	e.Involve(actor.Ref{Name: "A"}, event.Perpetrator)
	e.Involve(actor.Ref{Name: "B"}, event.Target)
	e.Count(casualty.NewFigure(casualty.Killed, "", casualty.Exactly(7)), "")
	var buf bytes.Buffer
	got := writeAll(t, ucdp.NewWriter(&buf), &buf, e)
	require.Len(t, got, 1)
	assert.Equal(t, map[string]string{"deaths_unknown": "7", "low": "7", "best": "7", "high": "7", "type_of_violence": "2",
		"side_a": "A", "side_b": "B", "number_of_sources": "-1", "source_article": ""},
		pick(got[0], "deaths_unknown", "low", "best", "high", "type_of_violence", "side_a", "side_b", "number_of_sources", "source_article"))
}

func pick(m map[string]string, keys ...string) map[string]string {
	out := map[string]string{}
	for _, k := range keys {
		out[k] = m[k]
	}
	return out
}

// TestTypeOfViolence checks how the writer derives type_of_violence.
func TestTypeOfViolence(t *testing.T) {
	state := actor.Ref{Name: "S", Kind: actor.KindStateForces}
	group := actor.Ref{Name: "G", Kind: actor.KindRebelGroup}
	civ := actor.Ref{Name: "Civilians", Kind: actor.KindCivilians}
	tests := []struct {
		name  string
		typ   event.Type
		parts []event.Participant
		want  string
	}{
		{"battle with a state", event.Battles, []event.Participant{{Actor: state, Role: event.Party}, {Actor: group, Role: event.Party}}, "1"},
		{"battle without a state", event.Battles, []event.Participant{{Actor: group, Role: event.Party}, {Actor: group, Role: event.Party}}, "2"},
		{"government regains territory", event.GovernmentRegainsTerritory, nil, "1"},
		{"violence against civilians", event.Attack, []event.Participant{{Actor: group, Role: event.Perpetrator}}, "3"},
		{"shelling of civilians", event.ShellingArtilleryMissileAttack, []event.Participant{{Actor: group, Role: event.Perpetrator}, {Actor: civ, Role: event.Target}}, "3"},
		{"shelling by a state", event.ShellingArtilleryMissileAttack, []event.Participant{{Actor: state, Role: event.Perpetrator}, {Actor: group, Role: event.Target}}, "1"},
		{"mob violence", event.MobViolence, nil, "2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := event.FromKey(tc.typ, event.Key{Scheme: "example", Value: tc.name})
			e.Participants = tc.parts
			var buf bytes.Buffer
			got := writeAll(t, ucdp.NewWriter(&buf), &buf, e)
			assert.Equal(t, tc.want, got[0]["type_of_violence"])
		})
	}
}

// TestWriteNoCounterpart checks that a protest, which UCDP GED does not
// code, is not written and is reported as a whole-event loss naming its
// type, and that writing goes on.
func TestWriteNoCounterpart(t *testing.T) {
	var buf bytes.Buffer
	w := ucdp.NewWriter(&buf)
	protest := event.FromKey(event.PeacefulProtest, event.Key{Scheme: "example", Value: "protest"})
	require.NoError(t, w.Write(protest))
	ws := w.Warnings()
	require.Len(t, ws, 1)
	assert.Equal(t, "", ws[0].Path)
	assert.ErrorIs(t, ws[0], event.ErrLost)
	assert.Equal(t, `type peaceful-protest has no UCDP type_of_violence (UCDP GED codes lethal violence only): the event is not written`, ws[0].Message)

	got := writeAll(t, w, &buf, foreignStrike())
	assert.Len(t, got, 1, "only the strike is written")
}

// TestWriteBadExtra checks an event whose Extra member is not valid.
func TestWriteBadExtra(t *testing.T) {
	e := foreignStrike()
	e.Ext = event.Ext{ucdp.ExtKey: []byte(`{"layout":"ged18"}`)}
	err := ucdp.NewWriter(&bytes.Buffer{}).Write(e)
	assert.ErrorIs(t, err, ucdp.ErrBadLayout)
	var we *ucdp.WriteError
	require.True(t, errors.As(err, &we))
	assert.Equal(t, "ext", we.Field)
}

// TestWriteOtherLayout converts the GED 19.1 and 20.1 fixtures to each
// other's layout: every column they share keeps its cell, the columns of
// the other layout only are empty, and the dates lose their time part in
// 19.1.
func TestWriteOtherLayout(t *testing.T) {
	tests := []struct {
		path   string
		to     ucdp.Layout
		differ map[string]bool
	}{
		{"testdata/ged19.csv", ucdp.LayoutGED20, nil},
		{"testdata/syria.csv", ucdp.LayoutGED20, nil},
		{"testdata/hdx.csv", ucdp.LayoutGED19, nil},
		{"testdata/ged20.csv", ucdp.LayoutGED19, map[string]bool{"date_start": true, "date_end": true}},
	}
	for _, tc := range tests {
		t.Run(tc.path+" to "+string(tc.to), func(t *testing.T) {
			in, err := os.ReadFile(tc.path)
			require.NoError(t, err)
			_, evs, _ := readFile(t, tc.path)
			var buf bytes.Buffer
			w := ucdp.NewWriter(&buf)
			w.Layout = tc.to
			got := writeAll(t, w, &buf, evs...)
			want := records(t, in)
			require.Len(t, got, len(want))
			assert.Equal(t, strings.Join(tc.to.Columns(), ","), strings.SplitN(buf.String(), "\n", 2)[0])
			for i := range want {
				for _, c := range tc.to.Columns() {
					v, shared := want[i][c]
					switch {
					case !shared:
						assert.Empty(t, got[i][c], "record %d, column %s", i, c)
					case tc.differ[c]:
						assert.Equal(t, strings.TrimSuffix(v, " 00:00:00.000"), got[i][c])
					default:
						assert.Equal(t, v, got[i][c], "record %d, column %s", i, c)
					}
				}
			}
		})
	}
}

// TestWriteHXL checks the HXL row options.
func TestWriteHXL(t *testing.T) {
	e := foreignStrike()
	var buf bytes.Buffer
	w := ucdp.NewWriter(&buf)
	w.Layout = ucdp.LayoutGED19
	w.HXL = true
	require.NoError(t, w.Write(e))
	require.NoError(t, w.Close())
	rows, err := csv.NewReader(&buf).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 3)
	for i, c := range rows[0] {
		assert.Equal(t, ucdp.HXLTag(c), rows[1][i], c)
	}
	assert.Equal(t, "#date+start", ucdp.HXLTag("date_start"))
	assert.Equal(t, "#affected+killed", ucdp.HXLTag("BEST"))
	assert.Equal(t, "", ucdp.HXLTag("conflict_new_id"))
	assert.Equal(t, "", ucdp.HXLTag("population_best"))

	// An explicit row must fit the columns.
	w = ucdp.NewWriter(&bytes.Buffer{})
	w.Layout = ucdp.LayoutSyria
	w.HXLRow = []string{"#event+id"}
	assert.ErrorIs(t, w.Write(e), csv.ErrFieldCount)
	assert.ErrorIs(t, w.Close(), csv.ErrFieldCount, "the error sticks")
}

// TestWriteVerbatim checks that Verbatim cells are written as they are.
func TestWriteVerbatim(t *testing.T) {
	e := foreignStrike()
	require.NoError(t, ucdp.SetExtra(&e, ucdp.Extra{Layout: ucdp.LayoutSyria, Verbatim: map[string]string{"geom_wkt": "POINT (36.633930 35.930620)"}}))
	var buf bytes.Buffer
	got := writeAll(t, ucdp.NewWriter(&buf), &buf, e)
	assert.Equal(t, "POINT (36.633930 35.930620)", got[0]["geom_wkt"])
	assert.Equal(t, strings.Join(ucdp.LayoutSyria.Columns(), ","), strings.SplitN(buf.String(), "\n", 2)[0])
	assert.Equal(t, "", got[0]["number_of_sources"], "an Extra record says what the row had")
}

// TestWriteEmpty checks that Close writes the header of an empty file.
func TestWriteEmpty(t *testing.T) {
	var buf bytes.Buffer
	w := ucdp.NewWriter(&buf)
	w.Layout = ucdp.LayoutHDX
	require.NoError(t, w.Close())
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	require.Len(t, lines, 2)
	assert.Equal(t, strings.Join(ucdp.LayoutHDX.Columns(), ","), lines[0])
	assert.True(t, strings.HasPrefix(lines[1], "#event+id,"))

	w = ucdp.NewWriter(&bytes.Buffer{})
	w.Layout = "ged18"
	assert.ErrorIs(t, w.Close(), ucdp.ErrBadLayout)
}
