package table

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/google/uuid"
	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// fuzzTables builds a file system from the fuzzer's table contents, in the
// order of names; an empty string leaves the table out.
func fuzzTables(names []string, contents ...string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for i, c := range contents {
		if c != "" {
			fsys[names[i]] = &fstest.MapFile{Data: []byte(c)}
		}
	}
	return fsys
}

// seedTables returns the tables of a testdata dataset, by name.
func seedTables(t testing.TB, name string) memDest {
	dst := memDest{}
	require.NoError(t, WriteDataset(dst, readJSON(t, name)))
	return dst
}

// addTables adds the ten tables of m named by names as one seed.
func addTables(f *testing.F, m memDest, names []string) {
	c := make([]string, len(names))
	for i, n := range names {
		c[i] = m[n].String()
	}
	f.Add(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9])
}

// foundTables returns the tables of testdata/found/<dir>, by name, as
// R, pandas, Stata or a spreadsheet saved them.
func foundTables(t testing.TB, dir string, names []string) memDest {
	m := memDest{}
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("testdata/found", dir, n))
		require.NoError(t, err)
		m[n] = bytes.NewBuffer(b)
	}
	return m
}

// FuzzReader reads arbitrary event tables. It must never panic; every
// error must be a *event.ParseError or a missing events.csv; and the
// events it reads, written and read again, must be equal.
func FuzzReader(f *testing.F) {
	names := EventTables()
	// Small seeds: the fuzzer minimises what it finds, which is slow for
	// large inputs.
	edge := readJSON(f, "edge.json").Events
	for _, evs := range [][]event.Event{{smallEvent()}, edge[1:4], edge[4:]} {
		dst := memDest{}
		w := NewWriter(dst)
		for _, e := range evs {
			require.NoError(f, w.Write(e))
		}
		require.NoError(f, w.Close())
		addTables(f, dst, names)
	}
	// Tables as they are found: saved again by R, pandas and Stata, and
	// the quirks of TestCellsAsFound.
	for _, dir := range []string{"spellings/r", "spellings/pandas_twice", "spellings/stata"} {
		addTables(f, foundTables(f, dir, names), names)
	}
	f.Add(`"",id,type,title,start,end,lat,lon,n_participants,colour`+"\n"+`"1",`+id1+",battles,'NA,2019-08-31 00:00:00,2019-08-31T00:00:00Z, 35.9,\u00a036.6,1.0,red\n",
		"", ",event_id,n,role\n0,"+id1+",1.0,nan\n", "", "", "", "", "", "", "")
	f.Add("id,type,start,end,date_precision,lat,lon,tags\n"+id1+",battles,31/08/2019,.,.a,.,NA,.\n", "", "", "", "", "", "", "", "", "")
	f.Add("id,n_participants\n"+id1+",2\n", "", "event_id,n,role\n"+id1+",1,perpetrator\n"+id1+",2,target\n", "", "", "", "", "", "", "")
	f.Add("id,title\n"+id1+",x\n", "", "event_id,role\n"+id1+",target\n", "event_id,count\n"+id1+",dozens\n",
		"event_id,id\n"+id1+",c\n", "event_id,citation,source_name\n"+id1+",1,TASS\n", "event_id,kind\n"+id1+",asserts\n",
		"event_id,claim,actor_name\n"+id1+",1,x\n", "event_id,event\n"+id1+","+id2+"\n", "event_id,key,value\n"+id1+",a.b/c,1\n")
	f.Fuzz(func(t *testing.T, events, paths, participants, casualties, citations, via, claims, about, relations, ext string) {
		r := NewReader(fuzzTables(names, events, paths, participants, casualties, citations, via, claims, about, relations, ext))
		r.MaxRecordBytes = 64 << 10
		var got []event.Event
		for range 1000 {
			e, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				var pe *event.ParseError
				if !errors.As(err, &pe) {
					require.ErrorIs(t, err, ErrMissingTable, "an error that is no *event.ParseError: %v", err)
				}
				if r.err != nil {
					break // fatal
				}
				continue
			}
			got = append(got, e)
		}

		dst := memDest{}
		w := NewWriter(dst)
		for _, e := range got {
			require.NoError(t, w.Write(e), "an event that was read must be writable")
		}
		require.NoError(t, w.Close())
		again, err := ReadAll(dst.fs())
		require.NoError(t, err)
		sameEvents(t, got, again)
	})
}

// FuzzReadDataset reads arbitrary dataset tables (with an empty events
// table). A dataset that reads must write and read back equal.
func FuzzReadDataset(f *testing.F) {
	names := DatasetTables()
	// Seeds without dataset.csv too: its n_events counts the events, and
	// the events table here is empty.
	for _, m := range []memDest{seedTables(f, "edge.json"), foundTables(f, "spellings/pandas_twice", names), foundTables(f, "spellings/r", names)} {
		addTables(f, m, names)
		delete(m, "dataset.csv")
		m["dataset.csv"] = &bytes.Buffer{}
		addTables(f, m, names)
	}
	f.Add("schema,n_actors\nconflictkit/dataset/1,1\n", "id,name,n_names\nhts,HTS,1\n", "actor_id,n,text,lang\nhts,1,Hayat Tahrir al-Sham,en\n",
		"actor_id,scheme,value\nhts,acled,HTS\n", "actor_id,kind,actor\nhts,successor-of,jfs\n", "id,level,lat,lon\nsy07,admin1,35.9,36.6\n",
		"place_id,text\nsy07,Idlib\n", "place_id,scheme,value\nsy07,ocha-pcode,SY07\n", "id,name,language\nsohr,SOHR,ar\n", "source_id,text\nsohr,x\n")
	f.Fuzz(func(t *testing.T, dataset, actors, actorNames, actorIDs, actorLinks, places, placeNames, placeCodes, sources, sourceNames string) {
		fsys := fuzzTables(names, dataset, actors, actorNames, actorIDs, actorLinks, places, placeNames, placeCodes, sources, sourceNames)
		fsys["events.csv"] = &fstest.MapFile{Data: []byte("id,type,start,end\n")}
		d, err := ReadDataset(fsys)
		if err != nil {
			var pe *event.ParseError
			require.ErrorAs(t, err, &pe)
			return
		}
		dst := memDest{}
		require.NoError(t, WriteDataset(dst, d), "a dataset that was read must be writable")
		again, err := ReadDataset(dst.fs())
		require.NoError(t, err)
		if !reflect.DeepEqual(d, again) {
			t.Fatalf("dataset changed:\n%s\n%s", datasetJSON(t, d), datasetJSON(t, again))
		}
	})
}

// FuzzJSONRoundTrip: every event the canonical JSON form reads and writes
// goes through the tables unchanged, as a struct and as JSON.
func FuzzJSONRoundTrip(f *testing.F) {
	for _, e := range append(readJSON(f, "edge.json").Events, smallEvent()) {
		b, err := event.MarshalEvent(e)
		require.NoError(f, err)
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, line string) {
		e, err := event.UnmarshalEvent([]byte(line))
		if err != nil {
			return
		}
		want, err := event.MarshalEvent(e)
		if err != nil {
			return // a value the JSON form refuses to write
		}
		dst := memDest{}
		w := NewWriter(dst)
		require.NoError(t, w.Write(e), "what JSON writes, the tables write")
		require.NoError(t, w.Close())
		got, err := ReadAll(dst.fs())
		require.NoError(t, err)
		sameEvents(t, []event.Event{e}, got)
		have, err := event.MarshalEvent(got[0])
		require.NoError(t, err)
		assert.Equal(t, string(want), string(have))
	})
}

// smallEvent has one row in every child table.
func smallEvent() event.Event {
	e := event.FromKey(event.AirDroneStrike, event.Key{Scheme: "acled", Value: "SYR1"})
	e.When = event.On(date.New(2019, 8, 31))
	e.Where = event.Near(place.Ref{ID: "idlib-city", Name: "Idlib", Level: place.LevelLocality,
		Path: []place.Unit{{Level: place.LevelAdmin1, Code: "SY07", Name: "Idleb"}}}, place.PrecisionNear).At(place.MustPoint(35.93062, 36.63393))
	day := date.New(2019, 8, 31)
	ids := e.Cite(source.Citation{ID: "sohr", Source: source.Ref{ID: "sohr", Name: "SOHR"}, Via: []source.Ref{{ID: "al-jazeera", Name: "Al Jazeera"}}, Published: &day})
	e.Involve(actor.Ref{ID: "hts", Name: "HTS", Kind: actor.KindRebelGroup}, event.Target, ids...)
	e.Count(casualty.NewFigure(casualty.Killed, casualty.Combatants, casualty.AtLeast(40)), ids[0])
	e.Say(event.Claim{Citation: ids[0], Kind: event.Asserts, Aspect: event.AspectWeapon, Value: "missile", About: []actor.Ref{{Name: "x"}}})
	e.Relate(event.PartOf, uuid.MustParse(id2), "")
	e.Tags = []string{"a", "b"}
	e.Ext = event.Ext{"org.example/x": []byte(`{"a":-1}`)}
	return e
}

// sameEvents fails unless got and want are deeply equal, printing them as
// JSON: testify's diff of large values is too slow for a fuzzer.
func sameEvents(t *testing.T, want, got []event.Event) {
	t.Helper()
	if len(want) == 0 && len(got) == 0 || reflect.DeepEqual(want, got) {
		return
	}
	var b strings.Builder
	for _, list := range [][]event.Event{want, got} {
		b.WriteString("\n--\n")
		for _, e := range list {
			j, err := event.MarshalEvent(e)
			fmt.Fprintf(&b, "%s %v\n", j, err)
		}
	}
	t.Fatalf("events changed:%s", b.String())
}

// FuzzCell: escaping and list cells round-trip any text in both modes.
func FuzzCell(f *testing.F) {
	for _, s := range []string{"", "=1", "'", `'"x"`, "a\r\nb", "-12.5", "a; b", "[x", "''\"", "\t", "NA", "'NA", "''None", ".", "'.a", "null"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, numeric bool) {
		if !utf8.ValidString(s) {
			return // refused by Writer and Reader alike (event.ErrBadText)
		}
		for _, neutral := range []bool{true, false} {
			back, err := unescapeCell(escapeCell(s, neutral, numeric), neutral)
			require.NoError(t, err)
			assert.Equal(t, s, back)
			// Whatever a cell holds, reading then writing then reading is stable.
			if v, err := unescapeCell(s, neutral); err == nil {
				again, err := unescapeCell(escapeCell(v, neutral, numeric), neutral)
				require.NoError(t, err)
				assert.Equal(t, v, again)
			}
		}
		items := []string{s, s + "x"}
		cell, err := joinStrings(items)
		require.NoError(t, err)
		back, err := splitStrings(cell)
		require.NoError(t, err)
		assert.Equal(t, items, back)
		if v, err := splitStrings(s); err == nil {
			cell, err := joinStrings(v)
			require.NoError(t, err)
			again, err := splitStrings(cell)
			require.NoError(t, err)
			assert.Equal(t, v, again)
		}
	})
}

// FuzzDateCell: a date cell as found is refused, given back as it is, or
// cut to its date when a midnight time follows; a cell it cuts never reads
// as another day than its first ten bytes say.
func FuzzDateCell(f *testing.F) {
	for _, s := range []string{"2019-08-31", "2019-08-31 00:00:00", "2019-08-31T00:00:00Z", "2019-08-31T00:00:00.000+03:00",
		"2019-08-31 00:00-0500", "2019-08-31 13:05:00", "31/08/2019", "8/31/2019", "31.08.19", "..", "2019-08", "2019-08-31 junk"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		day, err := dateCell(s)
		if err != nil {
			assert.Equal(t, s, day)
			assert.True(t, localNumericDate(s) || len(s) > 10, "refused only for a local form or a time: %q", s)
			return
		}
		if day != s {
			require.Len(t, day, 10)
			assert.Equal(t, s[:10], day)
			assert.Equal(t, timeMidnight, midnight(s[11:]))
		}
	})
}
