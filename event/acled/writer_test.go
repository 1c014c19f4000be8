package acled_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/acled"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// modelEvent is an event built from the model alone, as another format
// would give it: no Extra record.
func modelEvent() event.Event {
	e := event.FromKey(event.AirDroneStrike, event.Key{Scheme: "ucdp", Value: "306667"})
	e.When = event.On(day(2019, 8, 31))
	e.Where = event.In(place.Ref{Name: "Idlib", Level: place.LevelLocality, Path: []place.Unit{
		{Level: place.LevelCountry, Code: "SY", Name: "Syria"},
		{Level: place.LevelAdmin1, Code: "SY07", Name: "Idleb"},
	}}, place.PrecisionExact).At(place.MustPoint(35.93062, 36.63393))
	e.Involve(actor.Ref{Name: "Military Forces of the United States", Kind: actor.KindExternalOther}, event.Perpetrator)
	e.Involve(actor.Ref{Name: "HTS: Hayat Tahrir al Sham", Kind: actor.KindRebelGroup}, event.Target)
	e.Involve(actor.Ref{Name: "Hurras al-Din", Kind: actor.KindRebelGroup}, event.Target)
	e.Involve(actor.Ref{Name: "A sponsor"}, event.Sponsor)
	e.Cite(source.Citation{ID: "sohr", Source: source.Ref{ID: "sohr", Name: "Syrian Observatory for Human Rights"}},
		source.Citation{ID: "ru-mod-via-tass", Source: source.Ref{ID: "ru-mod", Name: "Russian Ministry of Defence"},
			Via: []source.Ref{{ID: "tass", Name: "TASS"}}})
	e.Count(casualty.NewFigure(casualty.Killed, casualty.People, casualty.AtLeast(40)), "sohr")
	e.Count(casualty.NewFigure(casualty.Killed, "", casualty.Between(30, 50)), "ru-mod-via-tass")
	e.Count(casualty.NewFigure(casualty.Killed, casualty.Combatants, casualty.Exactly(12)), "sohr")
	e.Count(casualty.NewFigure(casualty.Injured, casualty.Children, casualty.Exactly(1)), "sohr")
	e.Notes = "A strike near Idlib."
	e.Tags = []string{"a=b", "c"}
	return e
}

// TestWriteFromModel writes an event with no Extra record in each layout.
// The expected rows are worked out by hand from modelEvent: actor2 is the
// first target and the second becomes an associate; the sponsor is not
// written; fatalities is the smallest lower bound of the total killed
// figures (30 of "30-50" against "at least 40"; the combatants figure is not
// a total); the source column names where each account was read (TASS,
// not the ministry it quotes); disorder_type is the type's usual one.
func TestWriteFromModel(t *testing.T) {
	tests := []struct {
		name   string
		layout acled.Layout
		inter  acled.InterForm
		want   string
	}{
		{"current", acled.Current, 0, currentHeader + "\n" +
			",2019-08-31,2019,1,Political violence,Explosions/Remote violence,Air/drone strike," +
			"Military Forces of the United States,,8,HTS: Hayat Tahrir al Sham,Hurras al-Din,2,28,,760,,Syria,Idleb,,," +
			"Idlib,35.93062,36.63393,1,Syrian Observatory for Human Rights; TASS,,A strike near Idlib.,30,a=b; c,\n"},
		{"current, text codes", acled.Current, acled.InterText, currentHeader + "\n" +
			",2019-08-31,2019,1,Political violence,Explosions/Remote violence,Air/drone strike," +
			"Military Forces of the United States,,External/Other forces,HTS: Hayat Tahrir al Sham,Hurras al-Din," +
			"Rebel group,Rebel group-External/Other forces,,760,,Syria,Idleb,,," +
			"Idlib,35.93062,36.63393,1,Syrian Observatory for Human Rights; TASS,,A strike near Idlib.,30,a=b; c,\n"},
		{"2019", acled.Export2019, 0, strings.Join(acled.Export2019.Columns, ",") + "\n" +
			",760,,,2019-08-31,2019,1,Explosions/Remote violence,Air/drone strike," +
			"Military Forces of the United States,,8,HTS: Hayat Tahrir al Sham,Hurras al-Din,2,28,,Syria,Idleb,,," +
			"Idlib,35.93062,36.63393,1,Syrian Observatory for Human Rights; TASS,,A strike near Idlib.,30,,SYR\n"},
		{"realtime 2016", acled.Realtime2016, 0, strings.Join(acled.Realtime2016.Columns, ",") + "\n" +
			"0,Military Forces of the United States,HTS: Hayat Tahrir al Sham,Idleb,,,,Hurras al-Din,Syria,,2019-08-31,,," +
			"Remote violence,30,1,,8,2,28,35.93062,Idlib,36.63393,A strike near Idlib.," +
			"Syrian Observatory for Human Rights; TASS,1,2019\n"},
		{"v5", acled.V5, 0, strings.Join(acled.V5.Columns, ",") + "\n" +
			",,,31/08/2019,2019,1,Remote violence,Military Forces of the United States,,8,HTS: Hayat Tahrir al Sham," +
			"Hurras al-Din,2,28,Syria,Idleb,,,Idlib,35.93062,36.63393,1,Syrian Observatory for Human Rights; TASS," +
			"A strike near Idlib.,30\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := write(t, func(w io.Writer) *acled.Writer {
				wr := acled.NewWriter(w)
				wr.Layout = tc.layout
				wr.InterForm = tc.inter
				return wr
			}, []event.Event{modelEvent()})
			assert.Equal(t, tc.want, string(out))
		})
	}
}

// TestWriteParties writes UCDP-style sides (event.Party) and a UCDP-style
// low/best/high figure.
func TestWriteParties(t *testing.T) {
	e := event.FromKey(event.ArmedClash, event.Key{Scheme: "ucdp", Value: "1"})
	e.When = event.When{Start: day(2019, 8, 30), End: day(2019, 9, 2), Precision: event.DateDays}
	e.Involve(actor.Ref{Name: "Government of Syria", Kind: actor.KindStateForces}, event.Party)
	e.Involve(actor.Ref{Name: "HTS: Hayat Tahrir al Sham", Kind: actor.KindRebelGroup}, event.Party)
	e.Count(casualty.NewFigure(casualty.Killed, "", casualty.Estimate(3, 5, 9)), "")
	e.Count(casualty.NewFigure(casualty.Killed, "", casualty.Exactly(2)), "")
	out := write(t, func(w io.Writer) *acled.Writer {
		wr := acled.NewWriter(w)
		wr.Layout = acled.Layout{Name: "custom", Columns: []string{"event_date", "time_precision", "actor1", "inter1", "actor2", "inter2", "interaction", "fatalities", "disorder_type"}}
		return wr
	}, []event.Event{e})
	assert.Equal(t, "event_date,time_precision,actor1,inter1,actor2,inter2,interaction,fatalities,disorder_type\n"+
		"2019-08-30,2,Government of Syria,1,HTS: Hayat Tahrir al Sham,2,12,2,Political violence\n", string(out),
		"the first day of a range; precision days is ACLED's 2; the smaller of the lower bounds 3 and 2")
}

// TestWriteErrors checks events that cannot be written.
func TestWriteErrors(t *testing.T) {
	campaign := modelEvent()
	campaign.Type = event.Campaign
	untyped := modelEvent()
	untyped.Type = ""
	undated := modelEvent()
	undated.When = event.When{}
	badExt := modelEvent()
	badExt.Ext = event.Ext{acled.ExtKey: []byte(`{"layout":1}`)}
	tests := []struct {
		name  string
		e     event.Event
		field string
		err   error
	}{
		// A campaign is an aggregate, skipped with a warning unless
		// Writer.Aggregates asks for it; asked, it still has no ACLED type
		// and is reported as lost, not as an error (TestAggregates).
		{"no type", untyped, "event_type", acled.ErrUnwritable},
		{"no date", undated, "event_date", acled.ErrUnwritable},
		{"Extra that does not decode", badExt, "", event.ErrBadExt},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := acled.NewWriter(&buf)
			w.Aggregates = true
			err := w.Write(tc.e)
			var we *acled.WriteError
			require.ErrorAs(t, err, &we)
			assert.ErrorIs(t, err, tc.err)
			assert.Equal(t, tc.field, we.Field)
			assert.Equal(t, tc.e.ID, we.ID)
			assert.Contains(t, err.Error(), tc.e.ID.String())
			assert.Nil(t, w.Warnings(), "an event not written has its error, not warnings")
			require.NoError(t, w.Write(modelEvent()), "writing goes on")
			require.NoError(t, w.Close())
			assert.Len(t, records(t, buf.Bytes()), 2, "header and the good event only")
		})
	}
	t.Run("I/O error", func(t *testing.T) {
		boom := errors.New("disk full")
		w := acled.NewWriter(failWriter{boom})
		w.BOM = true
		require.NoError(t, w.Write(modelEvent()), "buffered")
		assert.ErrorIs(t, w.Close(), boom)
		assert.ErrorIs(t, w.Write(modelEvent()), boom, "returned again")
		assert.ErrorIs(t, w.Close(), boom, "returned again")
	})
}

type failWriter struct{ err error }

func (f failWriter) Write([]byte) (int, error) { return 0, f.err }

// TestWriterOptions checks the options one at a time.
func TestWriterOptions(t *testing.T) {
	t.Run("empty output has a header", func(t *testing.T) {
		var buf bytes.Buffer
		require.NoError(t, acled.NewWriter(&buf).Close())
		assert.Equal(t, currentHeader+"\n", buf.String())
	})
	t.Run("HXL row", func(t *testing.T) {
		var buf bytes.Buffer
		w := acled.NewWriter(&buf)
		w.HXL = true
		require.NoError(t, w.Close())
		lines := strings.Split(buf.String(), "\n")
		assert.Equal(t, "#event+code,#date+occurred,#date+year,,,#event+type,#event+type+sub,#group+name+first,"+
			"#group+name+first+assoc,,#group+name+second,#group+name+second+assoc,,,,,#region+name,#country+name,"+
			"#adm1+name,#adm2+name,#adm3+name,#loc+name,#geo+lat,#geo+lon,,#meta+source,,#description,#affected+killed,,",
			lines[1], "REFERENCE §5")
	})
	t.Run("HDX layout", func(t *testing.T) {
		var buf bytes.Buffer
		w := acled.NewWriter(&buf)
		w.Layout = acled.HDX
		require.NoError(t, w.Close())
		assert.Equal(t, 2, strings.Count(buf.String(), "\n"))
		assert.True(t, strings.HasPrefix(strings.Split(buf.String(), "\n")[1], "#event+code,"))
	})
	t.Run("CRLF and BOM", func(t *testing.T) {
		var buf bytes.Buffer
		w := acled.NewWriter(&buf)
		w.LineEnd = "\r\n"
		w.BOM = true
		require.NoError(t, w.Write(modelEvent()))
		require.NoError(t, w.Close())
		assert.True(t, strings.HasPrefix(buf.String(), "\ufeffevent_id_cnty,"))
		assert.Equal(t, 2, strings.Count(buf.String(), "\r\n"))
		res := readAll(t, buf.Bytes())
		require.Len(t, res.events, 1)
		assert.True(t, extra(t, res.events[0]).CRLF)
	})
	t.Run("date forms", func(t *testing.T) {
		for form, want := range map[acled.DateForm]string{acled.DateISO: "2019-08-31", acled.DateLong: "31 August 2019",
			acled.DateSpreadsheet: "31-Aug-19", acled.DateSlash: "31/08/2019"} {
			var buf bytes.Buffer
			w := acled.NewWriter(&buf)
			w.DateForm = form
			require.NoError(t, w.Write(modelEvent()))
			require.NoError(t, w.Close())
			recs := records(t, buf.Bytes())
			assert.Equal(t, want, recs[1][1], form.String())
		}
	})
	t.Run("LayoutUsed", func(t *testing.T) {
		w := acled.NewWriter(io.Discard)
		assert.True(t, w.LayoutUsed().IsZero())
		require.NoError(t, w.Close())
		assert.Equal(t, acled.Current, w.LayoutUsed())
	})
}

// TestConvertLayouts writes events read in one layout into another: the
// model decides, not the old cells.
func TestConvertLayouts(t *testing.T) {
	t.Run("2016 to current", func(t *testing.T) {
		res := readAll(t, readFile(t, "testdata/realtime2016.csv"))
		out := write(t, func(w io.Writer) *acled.Writer {
			wr := acled.NewWriter(w)
			wr.Layout = acled.Current
			return wr
		}, res.events)
		recs := records(t, out)
		require.Len(t, recs, 6)
		col := func(name string) int {
			for i, c := range recs[0] {
				if c == name {
					return i
				}
			}
			t.Fatalf("no column %s", name)
			return -1
		}
		// Row 2 was "Battle-No change of territory"; row 4 violence against
		// civilians with actor2 Civilians (Syria).
		assert.Equal(t, []string{"Battles", "Armed clash", "Political violence", ""},
			[]string{recs[2][col("event_type")], recs[2][col("sub_event_type")], recs[2][col("disorder_type")], recs[2][col("civilian_targeting")]})
		assert.Equal(t, []string{"Violence against civilians", "", "Civilian targeting"},
			[]string{recs[4][col("event_type")], recs[4][col("sub_event_type")], recs[4][col("civilian_targeting")]})
		assert.Equal(t, "Militia (Pro-Government)", recs[2][col("assoc_actor_1")], "ally_actor_1 becomes assoc_actor_1")
	})
	t.Run("Verbatim stays in its layout", func(t *testing.T) {
		res := readAll(t, readFile(t, "testdata/v5.csv"))
		out := write(t, func(w io.Writer) *acled.Writer {
			wr := acled.NewWriter(w)
			wr.Layout = acled.Current
			return wr
		}, res.events[1:2])
		recs := records(t, out)
		assert.Equal(t, "2001", recs[1][2], "YEAR 2001-2002 is v5 text; the current layout gets the event's year")
		assert.Equal(t, "Violence against civilians", recs[1][5])
	})
	t.Run("another date form drops Verbatim", func(t *testing.T) {
		line, _ := row(map[string]string{"source": "SOHR;SHAM"})
		res := readAll(t, []byte(currentHeader+"\n"+line+"\n"))
		out := write(t, func(w io.Writer) *acled.Writer {
			wr := acled.NewWriter(w)
			wr.DateForm = acled.DateLong
			return wr
		}, res.events)
		recs := records(t, out)
		assert.Equal(t, "9 May 2020", recs[1][1])
		assert.Equal(t, "SOHR; SHAM", recs[1][25], "regenerated from the model")
	})
}
