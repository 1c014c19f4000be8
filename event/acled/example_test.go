package acled_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/acled"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// A record of the 2019–2021 export (acled_sample.csv, SYR78179; notes
// shortened).
const example2019 = `data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3
7083616,760,SYR78179,78179,9-May-20,2020,1,Violence against civilians,Attack,Military Forces of Syria (2000-) Air Force Intelligence Directorate,,1,Civilians (Syria),,7,17,Middle East,Syria,Dar'a,Dar'a,Kherbet Ghazala,Eastern Ghariyeh,32.6782,36.2581,1,SOHR,Other,"On 9 May 2020, members of the regime's air force intelligence opened fire at a man.",0,1589243119,SYR
`

func ExampleNewReader() {
	r := acled.NewReader(strings.NewReader(example2019))
	for e, err := range r.All() {
		if err != nil {
			fmt.Println("rejected:", err)
			continue
		}
		fmt.Println(e.Keys[0], e.Type, e.When)
		for _, p := range e.Participants {
			fmt.Printf("%s: %s (%s)\n", p.Role, p.Actor.Name, p.Actor.Kind)
		}
		fmt.Println(e.Where.Place.Name, e.Where.Point, e.Where.Precision)
		fmt.Println(e.Casualties[0].Figure, "according to", e.Casualties[0].Citation)
		x, _, _ := acled.GetExtra(e)
		fmt.Println(x.Layout, x.DateForm, x.Region, x.SourceScale)
	}
	// Output:
	// acled:SYR78179 attack 2020-05-09
	// perpetrator: Military Forces of Syria (2000-) Air Force Intelligence Directorate (state-forces)
	// target: Civilians (Syria) (civilians)
	// Eastern Ghariyeh 32.6782,36.2581 exact
	// at least 0 people killed according to acled
	// 2019 d-Mon-yy Middle East Other
}

func ExampleReader_Warnings() {
	in := strings.Replace(example2019, ",2020,1,Violence", ",2019,1,Violence", 1)
	r := acled.NewReader(strings.NewReader(in))
	if _, err := r.Read(); err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range r.Warnings() {
		fmt.Println(p)
	}
	// Output:
	// year: warning: year "2019", but event_date 2020-05-09 is in 2020
}

func ExampleReadAll() {
	events, err := acled.ReadAll(strings.NewReader(example2019))
	fmt.Println(len(events), err)
	// Output:
	// 1 <nil>
}

func ExampleNewWriter() {
	// An event that was not read from ACLED: the row comes from the model.
	e := event.New(event.AirDroneStrike)
	e.When = event.On(date.New(2019, time.August, 31))
	e.Where = event.In(place.Ref{Name: "Idlib", Level: place.LevelLocality, Path: []place.Unit{
		{Level: place.LevelCountry, Code: "SY", Name: "Syria"}, {Level: place.LevelAdmin1, Name: "Idleb"},
	}}, place.PrecisionNear)
	e.Involve(actor.Ref{Name: "Military Forces of the United States", Kind: actor.KindExternalOther}, event.Perpetrator)
	e.Cite(source.Citation{ID: "sohr", Source: source.Ref{Name: "SOHR"}})
	e.Count(casualty.NewFigure(casualty.Killed, "", casualty.AtLeast(40)), "sohr")

	w := acled.NewWriter(os.Stdout)
	w.Layout = acled.Layout{Name: acled.LayoutCurrent, Columns: []string{
		"event_date", "disorder_type", "event_type", "sub_event_type", "actor1", "inter1", "interaction",
		"iso", "country", "admin1", "location", "geo_precision", "source", "fatalities"}}
	w.DateForm = acled.DateLong
	if err := w.Write(e); err != nil {
		fmt.Println(err)
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// event_date,disorder_type,event_type,sub_event_type,actor1,inter1,interaction,iso,country,admin1,location,geo_precision,source,fatalities
	// 31 August 2019,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of the United States,8,80,760,Syria,Idleb,Idlib,2,SOHR,40
}

// A file read and written back gives the same records; here, even the
// same bytes.
func ExampleWriter_roundTrip() {
	events, err := acled.ReadAll(strings.NewReader(example2019))
	if err != nil {
		fmt.Println(err)
		return
	}
	var out strings.Builder
	w := acled.NewWriter(&out) // layout, date form, inter form from the events
	for _, e := range events {
		if err := w.Write(e); err != nil {
			fmt.Println(err)
		}
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(out.String() == example2019)
	// Output:
	// true
}

func ExampleParseDate() {
	for _, s := range []string{"2019-08-31", "31 August 2019", "9-May-20", "18/04/2001", "01-January-2015",
		"2021-01-02T00:00:00Z", "0025-05-09", "1/2/15"} {
		d, form, err := acled.ParseDate(s)
		if err != nil {
			fmt.Println(errors.Is(err, event.ErrBadDate), err)
			continue
		}
		fmt.Println(d, form)
	}
	// Output:
	// 2019-08-31 yyyy-mm-dd
	// 2019-08-31 d Month yyyy
	// 2020-05-09 d-Mon-yy
	// 2001-04-18 dd/mm/yyyy
	// 2015-01-01 dd-Month-yyyy
	// 2021-01-02 yyyy-mm-ddThh:mm:ssZ
	// true acled: invalid date "0025-05-09": year 0025 is before 1000
	// true acled: invalid date "1/2/15": a numeric date with a two-digit year is ambiguous (day or month first, which century): refused
}

func ExampleDateForm_Format() {
	d := date.New(2020, time.May, 9)
	for _, f := range []acled.DateForm{acled.DateISO, acled.DateLong, acled.DateLongPadded, acled.DateSpreadsheet,
		acled.DateDayMonthYearPadded, acled.DateSlash, acled.DateTimeZ, acled.DateTimeOffset} {
		fmt.Printf("%-26s %s\n", f, f.Format(d))
	}
	// Output:
	// yyyy-mm-dd                 2020-05-09
	// d Month yyyy               9 May 2020
	// dd Month yyyy              09 May 2020
	// d-Mon-yy                   9-May-20
	// dd-Month-yyyy              09-May-2020
	// dd/mm/yyyy                 09/05/2020
	// yyyy-mm-ddThh:mm:ssZ       2020-05-09T00:00:00Z
	// yyyy-mm-dd hh:mm:ss+hh:mm  2020-05-09 00:00:00+00:00
}

// A row of ACLED's Benin file as R re-saved it (BEN876, notes shortened):
// every empty cell is NA. Nothing is named "NA", and the row is written
// back as it was.
func ExampleReader_missing() {
	const in = `event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
BEN876,27 December 2022,2022,1,Political violence,Violence against civilians,Attack,Unidentified Armed Group (Benin),NA,3,Civilians (Benin),NA,7,37,Civilian targeting,204,Western Africa,Benin,Alibori,Malanville,NA,Noma Tounga,11.9065,3.2752,1,Undisclosed Source,Local partner-Other,"On 27 December 2022, unidentified armed group slit the throat of a civilian in Noma Tounga (Malanville, Alibori).",0,NA,1675102875
`
	r := acled.NewReader(strings.NewReader(in))
	r.Missing = nil // the default: R's NA, pandas' nan and the rest
	e, err := r.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(e.Participants), len(e.Where.Place.Path), e.Tags == nil)
	x, _, _ := acled.GetExtra(e)
	fmt.Println(x.DateForm, len(x.Verbatim), x.Verbatim["admin3"])

	var out strings.Builder
	w := acled.NewWriter(&out)
	w.Layout = r.Layout()
	if err := w.Write(e); err != nil {
		fmt.Println(err)
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(out.String() == in)
	// Output:
	// 2 3 true
	// d Month yyyy 4 NA
	// true
}

func ExampleParseDateForm() {
	f, err := acled.ParseDateForm("d-mon-yy")
	fmt.Println(f == acled.DateSpreadsheet, err)
	_, err = acled.ParseDateForm("dd-mm-yyyy")
	fmt.Println(err)
	// Output:
	// true <nil>
	// acled: date form "dd-mm-yyyy": invalid form
}

func ExampleParseInterForm() {
	f, err := acled.ParseInterForm("text")
	fmt.Println(f == acled.InterText, err)
	// Output:
	// true <nil>
}

func ExampleGetExtra() {
	events, _ := acled.ReadAll(strings.NewReader(example2019))
	x, ok, err := acled.GetExtra(events[0])
	fmt.Println(ok, err, x.DataID, x.EventIDNoCnty, x.Timestamp, len(x.Verbatim))
	// Output:
	// true <nil> 7083616 78179 1589243119 0
}

func ExampleSetExtra() {
	e := event.New(event.Protests)
	if err := acled.SetExtra(&e, acled.Extra{Region: "Middle East", SourceScale: "National"}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(string(e.Ext[acled.ExtKey]))
	// Output:
	// {"region":"Middle East","source_scale":"National"}
}

func ExampleLayoutNamed() {
	l, ok := acled.LayoutNamed(acled.LayoutRealtime2016)
	fmt.Println(ok, len(l.Columns), l.Columns[:4])
	// Output:
	// true 27 [ actor1 actor2 admin1]
}

func ExampleHXLTags() {
	fmt.Println(acled.HXLTags([]string{"EVENT_ID_CNTY", "event_date", "inter1", "fatalities"}))
	// Output:
	// [#event+code #date+occurred  #affected+killed]
}

func ExampleLayouts() {
	for _, l := range acled.Layouts() {
		fmt.Println(l.Name, len(l.Columns), l.HXL != nil)
	}
	// Output:
	// current 31 false
	// hdx 31 true
	// 2019 31 false
	// realtime-2016 27 false
	// v5 25 false
}

func ExampleExtra_MarshalJSON() {
	x := acled.Extra{Layout: acled.LayoutV5, DateForm: acled.DateSlash, GWNO: "652",
		Verbatim: map[string]string{"year": "2001-2002"}}
	b, err := json.Marshal(x)
	fmt.Println(string(b), err)
	var back acled.Extra
	err = json.Unmarshal(b, &back)
	fmt.Println(back.Verbatim["year"], err)
	// Output:
	// {"layout":"v5","date_form":"dd/mm/yyyy","gwno":"652","verbatim":{"year":"2001-2002"}} <nil>
	// 2001-2002 <nil>
}

// An event from another format, written as ACLED: the writer reports what
// the row cannot hold.
func ExampleWriter_Warnings() {
	e := event.FromKey(event.AirDroneStrike, event.Key{Scheme: acled.KeyScheme, Value: "SYR1"})
	e.When = event.On(date.New(2019, time.August, 31))
	e.Where = event.Near(place.Ref{Name: "Idlib", Level: place.LevelLocality}, place.PrecisionNear)
	e.Involve(actor.Ref{ID: "centcom", Name: "US Central Command", Kind: actor.KindMilitaryCommand}, event.Perpetrator)
	e.Involve(actor.Ref{Name: "Hurras al-Din", Kind: actor.KindRebelGroup}, event.Target)
	e.Cite(source.Citation{ID: "sohr", Source: source.Ref{Name: "SOHR"}, Via: []source.Ref{{Name: "Al Jazeera"}}})
	e.Count(casualty.NewFigure(casualty.Killed, casualty.Combatants, casualty.AtLeast(40)), "sohr")
	e.Count(casualty.NewFigure(casualty.Injured, casualty.Children, casualty.AtLeast(1)), "sohr")
	e.Where.Place.Path = []place.Unit{{Level: place.LevelCountry, Code: "SY", Name: "Syria"}}

	w := acled.NewWriter(os.Stdout)
	w.Layout = acled.Layout{Name: "custom", Columns: []string{"event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
		"actor1", "inter1", "actor2", "inter2", "interaction", "country", "location", "geo_precision", "source", "fatalities"}}
	w.Actors = actor.Default()
	if err := w.Write(e); err != nil {
		fmt.Println(err)
	}
	for _, p := range w.Warnings() {
		fmt.Println(p.Path, "-", p.Message)
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// where.relation - relation near: ACLED codes the location itself (geo_precision says how close)
	// participants[0] - perpetrator "US Central Command": the actor itself (written as "Military Forces of the United States (2017-2021)", the ACLED name of us-military, which it is part of) not written
	// casualties[1] - "at least 1 child injured (sohr)": fatalities counts the killed only
	// citations[0] - citation "sohr": source "SOHR" not written: source names the outlet only ("Al Jazeera")
	// event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,interaction,country,location,geo_precision,source,fatalities
	// SYR1,2019-08-31,1,Explosions/Remote violence,Air/drone strike,Military Forces of the United States (2017-2021),8,Hurras al-Din,2,28,Syria,Idlib,2,Al Jazeera,40
}
