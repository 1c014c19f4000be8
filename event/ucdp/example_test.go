package ucdp_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/ucdp"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// ged191 is a GED 19.1 file of two records copied from UCDP's text (see
// testdata/README.md): an aggregation event whose low, best and high are
// out of order, and an event with one source.
const ged191 = `id,year,active_year,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,side_a_new_id,gwnoa,side_a,side_b_new_id,gwnob,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high
71686,1989,1,1,221,Myanmar (Burma): Karen,428,Government of Myanmar (Burma) - KNU,144,775,Government of Myanmar (Burma),180,,KNU,-1,,,,,AGGREGATION ,6,Myanmar (Burma),,,22,98,POINT (98.000000 22.000000),161837,Myanmar (Burma),775,Asia,2,5,1989-01-01,1989-12-31,0,0,0,3,0,3,0
209980,2015,1,1,439,Myanmar (Burma): Kokang,906,Government of Myanmar (Burma) - MNDAA,144,775,Government of Myanmar (Burma),880,,MNDAA,1,"""Democratic Voice of Burma,2015-05-13,Kokang conflict intensifies north of Laogai""",Democratic Voice of Burma,2015-05-13,Kokang conflict intensifies north of Laogai,A key commander of the MNDAA ,2,Laukkaing Town,Shan State,Laukkaing District,23.690225,98.765042,POINT (98.765042 23.690225),163998,Myanmar (Burma),775,Asia,1,2,2015-05-11,2015-05-12,0,1,0,0,1,1,30
`

func ExampleNewReader() {
	r := ucdp.NewReader(strings.NewReader(ged191))
	for e, err := range r.All() {
		if err != nil {
			fmt.Println("rejected:", err)
			continue
		}
		fmt.Println(e.Keys[0], e.Type, e.When, e.Where.Place.Name)
		for _, p := range e.Participants {
			fmt.Printf("  %s %q (%s)\n", p.Role, p.Actor.Name, p.Actor.Kind)
		}
		total := e.Casualties[len(e.Casualties)-1]
		fmt.Println("  deaths:", total.Count)
		for _, w := range r.Warnings() {
			fmt.Println("  warning:", w.Path, w.Message)
		}
	}
	fmt.Println("layout:", r.Layout())
	// Output:
	// ucdp:71686 battles 1989 Myanmar (Burma)
	//   party "Government of Myanmar (Burma)" (state-forces)
	//   party "KNU" (rebel-group)
	//   deaths: low 0, best 3, high 0
	//   warning: high best 3 is above high 0 (kept as UCDP publishes it)
	// ucdp:209980 battles 2015-05-11/2015-05-12;days Laukkaing Town
	//   party "Government of Myanmar (Burma)" (state-forces)
	//   party "MNDAA" (rebel-group)
	//   deaths: low 1, best 1, high 30
	// layout: ged19
}

func ExampleReadAll() {
	evs, err := ucdp.ReadAll(strings.NewReader(ged191))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range evs {
		x, _, _ := ucdp.GetExtra(e)
		fmt.Println(e.Keys[0].Value, x.DyadName, *x.NumberOfSources, len(e.Citations)-1)
	}
	// Output:
	// 71686 Government of Myanmar (Burma) - KNU -1 0
	// 209980 Government of Myanmar (Burma) - MNDAA 1 1
}

// A record with a bad cell is rejected with its position; reading goes on.
func ExampleReader_Read() {
	in := strings.Replace(ged191, "71686,1989,1,1,", "71686,1989,1,4,", 1)
	r := ucdp.NewReader(strings.NewReader(in))
	for {
		e, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println("read", e.Keys[0].Value)
	}
	// Output:
	// event: line 2, column 14, field "type_of_violence": ucdp: type_of_violence "4": want 1, 2 or 3: ucdp: unknown code
	// read 209980
}

// A file read is written back in its own layout, field for field.
func ExampleNewWriter() {
	evs, _ := ucdp.ReadAll(strings.NewReader(ged191))
	w := ucdp.NewWriter(os.Stdout)
	w.Layout = ucdp.LayoutSyria // GED 19.1 without gwnoa
	for _, e := range evs[1:] {
		if err := w.Write(e); err != nil {
			fmt.Println(err)
		}
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// id,year,active_year,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,side_a_new_id,side_a,side_b_new_id,gwnob,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high
	// 209980,2015,1,1,439,Myanmar (Burma): Kokang,906,Government of Myanmar (Burma) - MNDAA,144,Government of Myanmar (Burma),880,,MNDAA,1,"""Democratic Voice of Burma,2015-05-13,Kokang conflict intensifies north of Laogai""",Democratic Voice of Burma,2015-05-13,Kokang conflict intensifies north of Laogai,A key commander of the MNDAA ,2,Laukkaing Town,Shan State,Laukkaing District,23.690225,98.765042,POINT (98.765042 23.690225),163998,Myanmar (Burma),775,Asia,1,2,2015-05-11,2015-05-12,0,1,0,0,1,1,30
}

// An event from another source is written from the model alone.
func ExampleWriter_Write() {
	e := event.FromKey(event.Attack, event.Key{Scheme: "example", Value: "1"})
	e.When = event.On(day(2019, 8, 31))
	e.Where = event.In(place.Ref{Name: "Idlib", Path: []place.Unit{{Level: place.LevelCountry, Name: "Syria"}}}, place.PrecisionExact)
	e.Involve(actor.Ref{Name: "Unidentified gunmen", Kind: actor.KindUnidentified}, event.Perpetrator)
	e.Involve(actor.Ref{Name: "Civilians", Kind: actor.KindCivilians}, event.Target)
	e.Cite(source.Citation{ID: "sohr", Source: source.Ref{Name: "SOHR"}, Published: ptr(day(2019, 9, 1)), Title: "Report"})
	e.Count(casualty.NewFigure(casualty.Killed, casualty.Civilians, casualty.Exactly(2)), "sohr")

	w := ucdp.NewWriter(os.Stdout)
	w.Header = []string{"type_of_violence", "side_a", "side_b", "date_start", "where_coordinates", "country", "source_article", "deaths_civilians"}
	if err := w.Write(e); err != nil {
		fmt.Println(err)
	}
	_ = w.Close()

	// UCDP GED has no counterpart for a protest: it is not written, and
	// reported as lost.
	w = ucdp.NewWriter(io.Discard)
	err := w.Write(event.FromKey(event.PeacefulProtest, event.Key{Scheme: "example", Value: "2"}))
	fmt.Println(err, errors.Is(w.Warnings()[0], event.ErrLost), w.Warnings()[0].Message)
	// Output:
	// type_of_violence,side_a,side_b,date_start,where_coordinates,country,source_article,deaths_civilians
	// 3,Unidentified gunmen,Civilians,2019-08-31,Idlib,Syria,"""SOHR,2019-09-01,Report""",2
	// <nil> true type peaceful-protest has no UCDP type_of_violence (UCDP GED codes lethal violence only): the event is not written
}

func ExampleParseLayout() {
	l, err := ucdp.ParseLayout("hdx")
	fmt.Println(l, len(l.Columns()), err)
	_, err = ucdp.ParseLayout("20.1")
	fmt.Println(err)
	// Output:
	// hdx 43 <nil>
	// ucdp: layout "20.1": ucdp: unknown layout
}

func ExampleLayout_Columns() {
	cols := ucdp.LayoutGED20.Columns()
	fmt.Println(len(cols), strings.Join(cols[44:], ","))
	// Output:
	// 49 best,high,low,gwnoa,gwnob
}

func ExampleGetExtra() {
	evs, _ := ucdp.ReadAll(strings.NewReader(ged191))
	x, ok, err := ucdp.GetExtra(evs[0])
	fmt.Println(ok, err, x.Layout, x.ConflictName, x.CountryID, x.GWNoA, x.EventClarity, *x.ActiveYear)
	// Output:
	// true <nil> ged19 Myanmar (Burma): Karen 775 775 2 true
}

func ExampleSetExtra() {
	e := event.FromKey(event.Battles, event.Key{Scheme: "ucdp", Value: "1"})
	err := ucdp.SetExtra(&e, ucdp.Extra{Layout: ucdp.LayoutGED20, GWNoA: "2;200;900", NumberOfSources: ptr(-1)})
	fmt.Println(err, string(e.Ext[ucdp.ExtKey]))
	// Output:
	// <nil> {"layout":"ged20","gwnoa":"2;200;900","number_of_sources":-1}
}

func ExampleHXLTag() {
	for _, c := range []string{"date_start", "side_a", "best", "low", "conflict_name"} {
		fmt.Printf("%s %q\n", c, ucdp.HXLTag(c))
	}
	// Output:
	// date_start "#date+start"
	// side_a "#group+name+first"
	// best "#affected+killed"
	// low "#affected+killed+min"
	// conflict_name ""
}

// The Extra record's JSON is what travels in NDJSON under ExtKey.
func ExampleExtra_MarshalJSON() {
	b, err := ucdp.Extra{Layout: ucdp.LayoutGED19, ActiveYear: ptr(true), GWNoA: "775", EventClarity: 2}.MarshalJSON()
	fmt.Println(string(b), err)
	// Output:
	// {"layout":"ged19","active_year":true,"gwnoa":"775","event_clarity":2} <nil>
}

func ExampleExtra_UnmarshalJSON() {
	var x ucdp.Extra
	err := x.UnmarshalJSON([]byte(`{"layout":"ged20","number_of_sources":-1,"verbatim":{"geom_wkt":"POINT (98.0 22.0)"}}`))
	fmt.Println(err, x.Layout, *x.NumberOfSources, x.Verbatim)
	err = x.UnmarshalJSON([]byte(`{"layout":"ged20","relid":1}`))
	fmt.Println(err)
	// Output:
	// <nil> ged20 -1 map[geom_wkt:POINT (98.0 22.0)]
	// ucdp: Extra record: relid: want a string at offset 26: invalid extension member
}

func ExampleLayouts() {
	for _, l := range ucdp.Layouts() {
		fmt.Println(l, len(l.Columns()))
	}
	// Output:
	// ged20 49
	// ged19 42
	// syria 41
	// hdx 43
}

// UCDP's own figures are attributed to the citation CitationID; the event
// is known under KeyScheme.
func Example_constants() {
	evs, _ := ucdp.ReadAll(strings.NewReader(ged191))
	e := evs[1]
	fmt.Println(e.Keys[0].Scheme == ucdp.KeyScheme, e.ID == event.DeriveID(ucdp.KeyScheme, "209980"))
	for _, c := range e.Casualties {
		if c.Citation == ucdp.CitationID {
			fmt.Printf("%s; party %q\n", c.Figure, c.Party.Name)
		}
	}
	// Output:
	// true true
	// 0 combatants killed; party "Government of Myanmar (Burma)"
	// 1 combatant killed; party "MNDAA"
	// 0 civilians killed; party ""
	// 0 people of unknown status killed; party ""
	// low 1, best 1, high 30 people killed; party ""
}

func ExampleParseDate() {
	for _, s := range []string{"2019-08-31", "2019-08-31 00:00:00.000", "2019-08-31T00:00:00Z", "31-August-2019", "31-Aug-19"} {
		d, _ := ucdp.ParseDate(s)
		fmt.Println(d)
	}
	_, err := ucdp.ParseDate("8/31/2019")
	fmt.Println(err)
	_, err = ucdp.ParseDate("0025-03-01")
	fmt.Println(errors.Is(err, event.ErrBadDate), err)
	// Output:
	// 2019-08-31
	// 2019-08-31
	// 2019-08-31
	// 2019-08-31
	// 2019-08-31
	// ucdp: date "8/31/2019": a numeric date does not say whether the day or the month comes first: want YYYY-MM-DD with an optional midnight time, or a day, English month name and year such as 31-August-2019: invalid date
	// true ucdp: date "0025-03-01": year 0025 is before 1000: invalid date
}

// A file written back by R: its row names as a first, unnamed column, NA
// for every empty cell. NA reads as a missing value; the cells are written
// back as read.
func ExampleReader_missing() {
	const fromR = `"","id","type_of_violence","side_a","side_b","date_start","date_end","adm_2","gwnob"
"1",209980,1,"Government of Myanmar (Burma)","MNDAA",2015-05-11,2015-05-12,NA,NA
`
	r := ucdp.NewReader(strings.NewReader(fromR))
	e, err := r.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	x, _, _ := ucdp.GetExtra(e)
	fmt.Printf("gwnob %q, admin path %d units, kept as read: %v\n", x.GWNoB, len(e.Where.Place.Path), x.Verbatim)

	w := ucdp.NewWriter(os.Stdout)
	w.Header = r.Header()
	_ = w.Write(e)
	_ = w.Close()
	// Output:
	// gwnob "", admin path 0 units, kept as read: map[adm_2:NA gwnob:NA]
	// ,id,type_of_violence,side_a,side_b,date_start,date_end,adm_2,gwnob
	// 1,209980,1,Government of Myanmar (Burma),MNDAA,2015-05-11,2015-05-12,NA,NA
}

// A file published without a header row, such as UCDP's candidate 24.0.1,
// is refused unless its layout is given.
func ExampleReader_headerless() {
	const noHeader = "71663,2013,0,2,4591,Supporters of Awami League - Supporters of BNP,5201,Supporters of Awami League - Supporters of BNP,372,,Supporters of Awami League,374,,Supporters of BNP,1,,,,,police,1,Bhāndāria town,Barisāl Division,Pirojpur District,22.488976,90.062732,POINT (90.062732 22.488976),161821,Bangladesh,BGD,771,Asia,1,2,2013-12-13,2013-12-14,0,1,0,0,1,1,1\n"
	_, err := ucdp.NewReader(strings.NewReader(noHeader)).Read()
	fmt.Println(errors.Is(err, ucdp.ErrNoHeader))

	r := ucdp.NewReader(strings.NewReader(noHeader))
	r.Headerless = ucdp.LayoutHDX
	e, err := r.Read()
	fmt.Println(e.Keys[0], e.When, err)
	// Output:
	// true
	// ucdp:71663 2013-12-13/2013-12-14;days <nil>
}

// Two sources disagree on a toll: UCDP's low and high keep both, best is
// the lower of the two (the median, always a number a source gave), and
// the writer reports what the row cannot hold.
func ExampleWriter_Warnings() {
	e := event.FromKey(event.Battles, event.Key{Scheme: ucdp.KeyScheme, Value: "1"})
	e.When = event.On(date.New(2019, time.August, 31))
	e.Involve(actor.Ref{Name: "Government of Syria", Kind: actor.KindStateForces}, event.Party)
	e.Involve(actor.Ref{Name: "HTS", Kind: actor.KindRebelGroup}, event.Party)
	e.Cite(source.Citation{ID: "reuters", Source: source.Ref{Name: "Reuters"}},
		source.Citation{ID: "ap", Source: source.Ref{Name: "AP"}})
	e.Count(casualty.NewFigure(casualty.Killed, "", casualty.Exactly(7)), "reuters")
	e.Count(casualty.NewFigure(casualty.Killed, "", casualty.Exactly(9)), "ap")
	e.Notes = "Clashes near Idlib."

	var buf bytes.Buffer
	w := ucdp.NewWriter(&buf)
	if err := w.Write(e); err != nil {
		fmt.Println(err)
	}
	for _, p := range w.Warnings() {
		fmt.Println(p.Path, "-", p.Message)
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	r := ucdp.NewReader(&buf)
	back, err := r.Read()
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println(back.Casualties[len(back.Casualties)-1].Count)
	// Output:
	// notes - UCDP GED has no notes column
	// low 7, best 7, high 9
}
