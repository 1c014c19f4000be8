package table_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing/fstest"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/table"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// memory is a table.Dest that keeps the tables in memory, and gives them
// back as an fs.FS for a table.Reader.
type memory map[string]*bytes.Buffer

type buffer struct{ *bytes.Buffer }

func (buffer) Close() error { return nil }

func (m memory) Create(name string) (io.WriteCloser, error) {
	m[name] = &bytes.Buffer{}
	return buffer{m[name]}, nil
}

func (m memory) FS() fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, b := range m {
		fsys[name] = &fstest.MapFile{Data: b.Bytes()}
	}
	return fsys
}

// strike is one event with a participant, a figure and its source.
func strike() event.Event {
	e := event.FromKey(event.AirDroneStrike, event.Key{Scheme: "acled", Value: "SYR78126"})
	e.When = event.On(date.New(2019, 8, 31))
	e.Where = event.Near(place.Ref{ID: "idlib-city", Name: "Idlib", Level: place.LevelLocality}, place.PrecisionNear).
		At(place.MustPoint(35.93062, 36.63393))
	ids := e.Cite(source.Citation{ID: "sohr", Source: source.Ref{ID: "sohr", Name: "Syrian Observatory for Human Rights"}})
	e.Involve(actor.Ref{ID: "hurras-al-din", Name: "Hurras al-Din", Kind: actor.KindRebelGroup}, event.Target, ids...)
	f := casualty.NewFigure(casualty.Killed, casualty.Combatants, casualty.AtLeast(40))
	f.Text = "at least 40"
	e.Count(f, "sohr")
	e.Notes = "=not a formula"
	return e
}

func ExampleNewWriter() {
	tables := memory{}
	w := table.NewWriter(tables)
	if err := w.Write(strike()); err != nil {
		fmt.Println(err)
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	fmt.Print(tables["participants.csv"].String() + tables["casualties.csv"].String())
	// Output:
	// event_id,n,actor_id,actor_name,actor_kind,role,citations,note
	// ce58a2d3-27d1-546c-8b01-4e01a6572b53,1,hurras-al-din,Hurras al-Din,rebel-group,target,sohr,
	// event_id,n,outcome,group,count,text,party_id,party_name,party_kind,citation,note
	// ce58a2d3-27d1-546c-8b01-4e01a6572b53,1,killed,combatants,at least 40,at least 40,,,,sohr,
}

func ExampleNewReader() {
	fsys := fstest.MapFS{
		"events.csv": {Data: []byte(
			"id,keys,type,start,end,date_precision,place_name,notes,n_participants\n" +
				"8d0f1a4f-fc60-5d44-8f80-d8ec1f0df63e,acled:SYR78126,air-drone-strike,2019-08-31,2019-08-31,day,Idlib,'=not a formula,2\n" +
				"d05b9af6-6a58-5adf-9471-8579f1c00790,,campaign,2019-04-01,..,month,Idlib region,,0\n")},
		"participants.csv": {Data: []byte(
			"event_id,n,actor_name,role\n" +
				"8d0f1a4f-fc60-5d44-8f80-d8ec1f0df63e,1,US Central Command,perpetrator\n" +
				"8d0f1a4f-fc60-5d44-8f80-d8ec1f0df63e,2,Hurras al-Din,target\n")},
	}
	r := table.NewReader(fsys)
	for e, err := range r.All() {
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(e.Type, e.When, e.Where.Place.Name, len(e.Participants), e.Notes)
	}
	// Output:
	// air-drone-strike 2019-08-31 Idlib 2 =not a formula
	// campaign 2019-04-01/..;month Idlib region 0
}

func ExampleReader_All() {
	fsys := fstest.MapFS{
		"events.csv": {Data: []byte("id,start,end,type\n" +
			"8d0f1a4f-fc60-5d44-8f80-d8ec1f0df63e,2019-02-30,2019-03-01,battles\n" +
			"d05b9af6-6a58-5adf-9471-8579f1c00790,2019-03-01,2019-03-01,battles\n")},
	}
	r := table.NewReader(fsys)
	for e, err := range r.All() { // stops after an error that ends the stream
		if err != nil {
			fmt.Println(err) // lenient: report and go on
			continue
		}
		fmt.Println(r.Line(), e.ID, e.When)
	}
	// Output:
	// event: line 2, column 38, field "events.csv: start": event: invalid date "2019-02-30": no such calendar date
	// 3 d05b9af6-6a58-5adf-9471-8579f1c00790 2019-03-01/2019-03-01
}

func ExampleReadAll() {
	tables := memory{}
	w := table.NewWriter(tables)
	_ = w.Write(strike())
	_ = w.Close()
	events, err := table.ReadAll(tables.FS())
	fmt.Println(len(events), err, events[0].Casualties[0].Count)
	// Output: 1 <nil> at least 40
}

func ExampleWriteDataset() {
	d := event.NewDataset("One strike")
	d.Actors = []actor.Actor{{ID: "hurras-al-din", Kind: actor.KindRebelGroup, Name: "Hurras al-Din"}}
	d.Events = []event.Event{strike()}

	tables := memory{}
	if err := table.WriteDataset(tables, d); err != nil {
		fmt.Println(err)
	}
	var names []string
	for name := range tables {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println(len(names), "tables:", names[0], names[1], "...")
	fmt.Print(tables["dataset.csv"])
	// Output:
	// 20 tables: about.csv actor_identifiers.csv ...
	// schema,title,description,n_actors,n_places,n_sources,n_events
	// conflictkit/dataset/1,One strike,,1,,,1
}

func ExampleReadDataset() {
	d := event.NewDataset("One strike")
	d.Events = []event.Event{strike()}
	dir, err := os.MkdirTemp("", "tables")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "out")
	if err := table.WriteDataset(table.Dir(out), d); err != nil {
		fmt.Println(err)
	}
	back, err := table.ReadDataset(os.DirFS(out))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(back.Title, len(back.Events), back.Events[0].Where.Point)
	// Output: One strike 1 35.93062,36.63393
}

func ExampleDir() {
	dir, err := os.MkdirTemp("", "tables")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	w := table.NewWriter(table.Dir(dir))
	_ = w.Write(strike())
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "events.csv"))
	fmt.Println(bytes.Count(b, []byte("\n")), "lines in events.csv")
	// Output: 2 lines in events.csv
}

func ExampleNewWideWriter() {
	w := table.NewWideWriter(os.Stdout)
	w.HXL = true
	if err := w.Write(strike()); err != nil {
		fmt.Println(err)
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// id,keys,title,type,event_type,sub_event_type,disorder,start,end,date_precision,country,country_code,admin1,admin1_code,admin2,admin2_code,admin3,admin3_code,location,location_relation,location_text,latitude,longitude,geo_precision,perpetrators,perpetrator_associates,targets,target_associates,other_actors,killed_low,killed_best,killed_high,killed_group,killed_conflicting,casualties,sources,notes,tags
	// #event+id,#event+code,#event+name,#event+type+code,#event+type,#event+type+sub,#event+type+x_disorder,#date+start,#date+end,#date+x_precision,#country+name,#country+code+v_iso2,#adm1+name,#adm1+code,#adm2+name,#adm2+code,#adm3+name,#adm3+code,#loc+name,#loc+x_relation,#loc+x_text,#geo+lat,#geo+lon,#geo+x_precision,#group+name+first,#group+name+first+assoc,#group+name+second,#group+name+second+assoc,#group+name+x_other,#affected+killed+min,#affected+killed,#affected+killed+max,#affected+killed+x_group,#affected+killed+x_conflicting,#affected+x_figures,#meta+source,#description,#meta+x_tags
	// ce58a2d3-27d1-546c-8b01-4e01a6572b53,acled:SYR78126,,air-drone-strike,Explosions/Remote violence,Air/drone strike,Political violence,2019-08-31,2019-08-31,day,,,,,,,,,Idlib,near,,35.93062,36.63393,near,,,Hurras al-Din,,,40,,,combatants,,at least 40 combatants killed [Syrian Observatory for Human Rights],Syrian Observatory for Human Rights,'=not a formula,
}
