package table

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/flatcsv"
	"github.com/conflictkit/conflict/place"
)

// wideRows writes events to a wide table and reads it back as records.
func wideRows(t *testing.T, hxl bool, evs ...event.Event) [][]string {
	t.Helper()
	var b bytes.Buffer
	w := NewWideWriter(&b)
	w.HXL = hxl
	for _, e := range evs {
		require.NoError(t, w.Write(e))
	}
	require.NoError(t, w.Close())
	recs, err := csv.NewReader(&b).ReadAll()
	require.NoError(t, err)
	return recs
}

// byName returns a wide row as a map from column name.
func byName(header, row []string) map[string]string {
	m := map[string]string{}
	for i, h := range header {
		m[h] = row[i]
	}
	return m
}

func TestWideIdlib(t *testing.T) {
	d := readJSON(t, seedJSON)
	recs := wideRows(t, true, d.Events...)
	require.Len(t, recs, 2+len(d.Events))
	names, tags := WideColumns()
	assert.Equal(t, names, recs[0])
	assert.Equal(t, tags, recs[1])
	// Core HXL hashtags as REFERENCE.md §5 gives them for the ACLED and
	// UCDP columns of the same meaning.
	hxl := byName(recs[0], recs[1])
	for col, tag := range map[string]string{
		"keys": "#event+code", "event_type": "#event+type", "sub_event_type": "#event+type+sub",
		"start": "#date+start", "end": "#date+end", "country": "#country+name",
		"admin1": "#adm1+name", "admin2": "#adm2+name", "admin3": "#adm3+name", "admin1_code": "#adm1+code",
		"location": "#loc+name", "latitude": "#geo+lat", "longitude": "#geo+lon",
		"perpetrators": "#group+name+first", "perpetrator_associates": "#group+name+first+assoc",
		"targets": "#group+name+second", "target_associates": "#group+name+second+assoc",
		"killed_best": "#affected+killed", "killed_low": "#affected+killed+min", "killed_high": "#affected+killed+max",
		"sources": "#meta+source", "notes": "#description",
	} {
		assert.Equal(t, tag, hxl[col], col)
	}
	// The SDK's own CSV reader recognises the hashtag row.
	var b bytes.Buffer
	ww := NewWideWriter(&b)
	ww.HXL = true
	require.NoError(t, ww.Close())
	fr := flatcsv.NewReader(&b, 0)
	_, err := fr.Header()
	require.NoError(t, err)
	assert.Equal(t, tags, fr.HXL())

	// The strike near Idlib city, checked against testdata/idlib2019/dataset.json at the module root.
	got := byName(recs[0], recs[2])
	want := map[string]string{
		"id":                     "e2560d46-6fe7-53e2-8fc0-e692bf1c8e27",
		"keys":                   "conflictkit-example:idlib2019/us-strike-near-idlib",
		"title":                  "US strike on a training camp near Idlib city",
		"type":                   "air-drone-strike",
		"event_type":             "Explosions/Remote violence",
		"sub_event_type":         "Air/drone strike",
		"disorder":               "Political violence",
		"start":                  "",
		"end":                    "2019-08-31",
		"date_precision":         "day",
		"country":                "Syria",
		"country_code":           "SY",
		"admin1":                 "Idleb",
		"admin1_code":            "SY07",
		"admin2":                 "Idleb",
		"admin2_code":            "SY0700",
		"admin3":                 "Idleb",
		"admin3_code":            "SY070000",
		"location":               "Idlib",
		"location_relation":      "near",
		"location_text":          "close to Idlib city, in Idlib province, northwest Syria",
		"latitude":               "35.93062",
		"longitude":              "36.63393",
		"geo_precision":          "near",
		"perpetrators":           "US Central Command",
		"perpetrator_associates": "",
		"targets":                "Hurras al-Din; Ansar al-Tawhid; al-Qaeda",
		"target_associates":      "other allied groups",
		"other_actors":           "",
		"killed_low":             "40",
		"killed_best":            "",
		"killed_high":            "",
		"killed_group":           "combatants",
		"killed_conflicting":     "",
		"casualties": "at least 40 combatants killed [Syrian Observatory for Human Rights]; " +
			"more than zero people killed or injured [Russian defence ministry]; " +
			"at least 1 child injured [Videos posted after the attack (unattributed)]",
		"notes": "",
		"tags":  "",
	}
	for k, v := range want {
		assert.Equal(t, v, got[k], k)
	}
	assert.Equal(t, "US Central Command via Al Jazeera; Syrian Observatory for Human Rights via Al Jazeera; "+
		"Sources on the ground (unnamed) via Al Jazeera; Al Jazeera; Videos posted after the attack (unattributed) via Al Jazeera; "+
		"Russian defence ministry via TASS via Al Jazeera", got["sources"])
}

func TestWideKilled(t *testing.T) {
	fig := func(g casualty.Group, c casualty.Count) event.Casualty {
		return event.Casualty{Figure: casualty.NewFigure(casualty.Killed, g, c)}
	}
	tests := []struct {
		name                                string
		cas                                 []event.Casualty
		low, best, high, group, conflicting string
	}{
		{"none", nil, "", "", "", "", ""},
		{"people first", []event.Casualty{fig(casualty.Civilians, casualty.AtLeast(50)), fig("", casualty.Exactly(12))}, "12", "12", "12", "people", ""},
		{"an estimate leaves the range open", []event.Casualty{fig("", casualty.Between(2, 5)), fig(casualty.People, casualty.About(3))}, "2", "3", "", "people", ""},
		{"sources agree on a range", []event.Casualty{fig("", casualty.Between(2, 5)), fig(casualty.People, casualty.Exactly(3))}, "3", "3", "3", "people", ""},
		{"sources conflict", []event.Casualty{fig("", casualty.Exactly(3)), fig("", casualty.AtLeast(40))}, "3", "3", "", "people", "true"},
		{"highest lower bound among groups", []event.Casualty{fig(casualty.Children, casualty.Exactly(4)), fig(casualty.Civilians, casualty.AtLeast(9))}, "9", "", "", "civilians", ""},
		{"unknown people count is skipped", []event.Casualty{fig("", casualty.Unknown()), fig(casualty.Combatants, casualty.Exactly(2))}, "2", "2", "2", "combatants", ""},
		{"only unknown", []event.Casualty{fig("", casualty.Unknown())}, "", "", "", "", ""},
		{"injured are not killed", []event.Casualty{{Figure: casualty.NewFigure(casualty.Injured, "", casualty.Exactly(7))}}, "", "", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := event.Event{ID: uuid.MustParse(id1), Type: event.Battles, Casualties: tc.cas}
			recs := wideRows(t, false, e)
			got := byName(recs[0], recs[1])
			assert.Equal(t, tc.low, got["killed_low"], "low")
			assert.Equal(t, tc.best, got["killed_best"], "best")
			assert.Equal(t, tc.high, got["killed_high"], "high")
			assert.Equal(t, tc.group, got["killed_group"], "group")
			assert.Equal(t, tc.conflicting, got["killed_conflicting"], "conflicting")
		})
	}
}

func TestWideNeutralise(t *testing.T) {
	e := event.Event{ID: uuid.MustParse(id1), Type: event.Battles, Title: "=cmd", Notes: "-5",
		Where: event.Where{Place: place.Ref{Name: "@x"}, Point: &place.Point{Lat: -12.5, Lon: -0.25}}}
	e.Involve(actor.Ref{Name: "+plus"}, event.Sponsor)
	for _, raw := range []bool{false, true} {
		var b bytes.Buffer
		w := NewWideWriter(&b)
		w.NoNeutralise = raw
		require.NoError(t, w.Write(e))
		require.NoError(t, w.Close())
		recs, err := csv.NewReader(&b).ReadAll()
		require.NoError(t, err)
		got := byName(recs[0], recs[1])
		q := "'"
		if raw {
			q = ""
		}
		assert.Equal(t, q+"=cmd", got["title"])
		assert.Equal(t, q+"-5", got["notes"])
		assert.Equal(t, q+"@x", got["location"])
		assert.Equal(t, q+"+plus (Sponsor)", got["other_actors"])
		assert.Equal(t, "-12.5", got["latitude"], "numbers in numeric columns are not neutralised")
		assert.Equal(t, "-0.25", got["longitude"])
	}
}

func TestWideOptions(t *testing.T) {
	var b bytes.Buffer
	w := NewWideWriter(&b)
	w.BOM, w.UseCRLF, w.HXL = true, true, true
	require.NoError(t, w.Close())
	names, tags := WideColumns()
	assert.Equal(t, "\ufeff"+strings.Join(names, ",")+"\r\n"+strings.Join(tags, ",")+"\r\n", b.String())
}

func TestWideErrors(t *testing.T) {
	id := uuid.MustParse(id1)
	tests := []struct {
		name  string
		e     event.Event
		field string
		is    error
	}{
		{"bad dates", event.Event{ID: id, When: event.When{Start: date.New(2019, 2, 2), End: date.New(2019, 1, 1)}}, "when", event.ErrDateOrder},
		{"bad point", event.Event{ID: id, Where: event.Where{Point: &place.Point{Lat: 100}}}, "where.point", place.ErrLatitude},
		{"bad count", event.Event{ID: id, Casualties: []event.Casualty{{Figure: casualty.NewFigure(casualty.Injured, "", casualty.Between(3, 1))}}}, "casualties[0].count", casualty.ErrBadCount},
		{"bad killed count", event.Event{ID: id, Casualties: []event.Casualty{{Figure: casualty.NewFigure(casualty.Killed, "", casualty.Exactly(-1))}}}, "casualties", casualty.ErrNegative},
		{"not UTF-8", event.Event{ID: id, Notes: "\xff"}, "notes", event.ErrBadText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			w := NewWideWriter(&b)
			err := w.Write(tc.e)
			var we *WriteError
			require.ErrorAs(t, err, &we)
			assert.Equal(t, tc.field, we.Field)
			assert.ErrorIs(t, err, tc.is)
			require.NoError(t, w.Close())
			recs, err := csv.NewReader(&b).ReadAll()
			require.NoError(t, err)
			assert.Len(t, recs, 1, "only the header")
		})
	}
	w := NewWideWriter(failWriter{})
	require.NoError(t, w.Write(event.Event{ID: id}), "buffered")
	assert.Error(t, w.Close())
	assert.True(t, errors.Is(w.Write(event.Event{ID: id}), w.err), "the error sticks")
}
