package event_test

import (
	"bytes"
	"encoding/json"
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
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// The examples use two real records: ACLED event SYR78126 (an air strike
// near Abu Kamal, Deir-ez-Zor, on 9 May 2020, no fatalities reported; from
// shared/data/acled_sample.csv) and the US strike near Idlib city of
// 31 August 2019 told by the Al Jazeera article of examples/idlib2019.

// abuKamal is the location of ACLED SYR78126 with its admin path (P-codes
// from the OCHA list in shared/data).
func abuKamal() place.Ref {
	return place.Ref{Name: "Abu Kamal", Level: place.LevelLocality, Path: []place.Unit{
		{Level: place.LevelCountry, Code: "SY", Name: "Syria"},
		{Level: place.LevelAdmin1, Code: "SY09", Name: "Deir-ez-Zor"},
		{Level: place.LevelAdmin2, Code: "SY0902", Name: "Abu Kamal"},
	}}
}

func ExampleNew() {
	e := event.New(event.ArmedClash)
	fmt.Println(e.Type, e.ID.Version())
	// Output: armed-clash VERSION_7
}

func ExampleFromKey() {
	// Importing ACLED's SYR78126 twice gives the same event ID.
	e := event.FromKey(event.AirDroneStrike, event.Key{Scheme: "acled", Value: "SYR78126"})
	fmt.Println(e.ID)
	fmt.Println(e.Keys[0])
	// Output:
	// ce58a2d3-27d1-546c-8b01-4e01a6572b53
	// acled:SYR78126
}

func ExampleNewID() {
	id := event.NewID()
	fmt.Println(id.Version())
	// Output: VERSION_7
}

func ExampleDeriveID() {
	id := event.DeriveID("acled", "SYR78126")
	fmt.Println(id, id.Version())
	// Output: ce58a2d3-27d1-546c-8b01-4e01a6572b53 VERSION_5
}

func ExampleIn() {
	w := event.In(abuKamal(), place.PrecisionExact)
	fmt.Println(w.Relation, w.Place.Name, w.Precision)
	// Output: in Abu Kamal exact
}

func ExampleNear() {
	// ACLED's geo_precision 2: "near" the named town.
	w := event.Near(abuKamal(), place.PrecisionNear)
	fmt.Println(w.Relation, w.Place.Name, w.Precision)
	// Output: near Abu Kamal near
}

func ExampleBetweenPlaces() {
	saraqib := place.Ref{Name: "Saraqib", Level: place.LevelLocality}
	sarmin := place.Ref{Name: "Sarmin", Level: place.LevelLocality}
	w := event.BetweenPlaces(saraqib, sarmin, place.PrecisionRegion)
	fmt.Println(w.Relation, w.Place.Name, "and", w.Other.Name)
	// Output: between Saraqib and Sarmin
}

func ExampleWhere_At() {
	w := event.Near(abuKamal(), place.PrecisionNear).At(place.MustPoint(34.4546, 40.9116))
	fmt.Println(w.Point)
	// Output: 34.4546,40.9116
}

func ExampleEvent_Cite() {
	var e event.Event
	ids := e.Cite(
		source.Citation{ID: "centcom", Source: source.Ref{ID: "centcom", Name: "US Central Command"}},
		source.Citation{ID: "sohr", Source: source.Ref{ID: "sohr", Name: "Syrian Observatory for Human Rights"}},
	)
	fmt.Println(ids)
	// Output: [centcom sohr]
}

func ExampleEvent_Involve() {
	var e event.Event
	e.Cite(source.Citation{ID: "sohr", Source: source.Ref{ID: "sohr", Name: "Syrian Observatory for Human Rights"}})
	e.Involve(actor.Ref{ID: "hurras-al-din", Name: "Hurras al-Din", Kind: actor.KindRebelGroup}, event.Target, "sohr")
	for _, p := range e.WithRole(event.Target) {
		fmt.Println(p.Actor.Name, p.Role, p.Citations)
	}
	// Output: Hurras al-Din target [sohr]
}

func ExampleEvent_Count() {
	var e event.Event
	e.Cite(source.Citation{ID: "sohr", Source: source.Ref{ID: "sohr", Name: "Syrian Observatory for Human Rights"}})
	e.Count(casualty.Figure{Outcome: casualty.Killed, Group: casualty.Combatants, Count: casualty.AtLeast(40), Text: "at least 40"}, "sohr")
	c := e.Casualties[0]
	fmt.Printf("%s, according to %s\n", c.Figure, c.Citation)
	// Output: at least 40 combatants killed, according to sohr
}

func ExampleEvent_Say() {
	var e event.Event
	e.Cite(source.Citation{ID: "centcom", Source: source.Ref{ID: "centcom", Name: "US Central Command"}})
	e.Say(event.Claim{Citation: "centcom", Kind: event.DeclinesToSay, Aspect: event.AspectWeapon,
		Paraphrase: "CENTCOM did not say what kind of weaponry was used."})
	c := e.Claims[0]
	fmt.Println(c.Citation, c.Kind.Label(), c.Aspect)
	// Output: centcom Declines to say weapon
}

func ExampleEvent_Relate() {
	strike := event.FromKey(event.AirDroneStrike, event.Key{Scheme: "conflictkit-example", Value: "idlib2019/us-strike-near-idlib"})
	raid := event.FromKey(event.ExplosionsRemoteViolence, event.Key{Scheme: "conflictkit-example", Value: "idlib2019/us-raid-on-hurras-al-din"})
	strike.Relate(event.Follows, raid.ID, "")
	fmt.Println(strike.Related[0].Kind.Label(), strike.Related[0].Event == raid.ID)
	// Output: Follows true
}

func ExampleNewDataset() {
	d := event.NewDataset("ACLED sample")
	d.Events = append(d.Events, event.FromKey(event.AirDroneStrike, event.Key{Scheme: "acled", Value: "SYR78126"}))
	fmt.Println(d.Schema, len(d.Events))
	// Output: conflictkit/dataset/1 1
}

func ExampleWriteDataset() {
	d := event.NewDataset("ACLED sample")
	e := event.FromKey(event.AirDroneStrike, event.Key{Scheme: "acled", Value: "SYR78126"})
	e.When = event.On(date.New(2020, time.May, 9))
	d.Events = append(d.Events, e)
	if err := event.WriteDataset(os.Stdout, d); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "schema": "conflictkit/dataset/1",
	//   "title": "ACLED sample",
	//   "events": [
	//     {
	//       "id": "ce58a2d3-27d1-546c-8b01-4e01a6572b53",
	//       "keys": [
	//         {
	//           "scheme": "acled",
	//           "value": "SYR78126"
	//         }
	//       ],
	//       "type": "air-drone-strike",
	//       "when": {
	//         "start": "2020-05-09",
	//         "end": "2020-05-09",
	//         "precision": "day"
	//       }
	//     }
	//   ]
	// }
}

func ExampleReadDataset() {
	doc := `{
  "schema": "conflictkit/dataset/1",
  "events": [
    {"id": "ce58a2d3-27d1-546c-8b01-4e01a6572b53", "type": "air-drone-strike",
     "when": {"start": "2020-05-09", "end": "2020-05-09", "precision": "day"}},
    {"id": "ce58a2d3-27d1-546c-8b01-4e01a6572b53", "type": "air-drone-strike",
     "when": {"start": "2020-02-30", "end": "2020-05-09", "precision": "day"}}
  ]
}`
	_, err := event.ReadDataset(strings.NewReader(doc))
	var pe *event.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Line, pe.Column, pe.Field, errors.Is(err, event.ErrBadDate))
	}
	// Output: 7 24 events[1].when.start true
}

func ExampleReader_ReadDataset() {
	doc := `{"schema": "conflictkit/dataset/1", "events": [
  {"id": "ce58a2d3-27d1-546c-8b01-4e01a6572b53", "type": "air-drone-strike",
   "where": {"point": {"lat": 0, "lon": 0}}}
]}`
	r := event.NewReader(strings.NewReader(doc))
	r.MaxDocumentBytes = 1 << 20 // this caller expects small documents
	d, err := r.ReadDataset()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(d.Events), "event")
	for _, w := range r.Warnings() {
		fmt.Println(w.Path, errors.Is(w.Code, event.ErrNullIsland))
	}
	// Output:
	// 1 event
	// events[0].where.point true
}

func ExampleReader_Warnings() {
	in := `{"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","type":"battles","where":{"point":{"lat":0,"lon":0}}}` + "\n" +
		`{}` + "\n"
	r := event.NewReader(strings.NewReader(in))
	for _, err := range r.All() {
		if err != nil {
			fmt.Println("line", r.Line(), err)
			continue
		}
		for _, w := range r.Warnings() {
			fmt.Println("line", r.Line(), w.Path, w.Message)
		}
	}
	// Output:
	// line 1 where.point point is exactly (0, 0), which almost always stands for missing coordinates
	// line 2 event: line 2, column 1, field "id": required field missing: an event needs an ID, a UUID other than the nil UUID
}

func ExampleNewWriter() {
	w := event.NewWriter(os.Stdout)
	for _, key := range []string{"SYR78126"} {
		e := event.FromKey(event.AirDroneStrike, event.Key{Scheme: "acled", Value: key})
		if err := w.Write(e); err != nil {
			fmt.Println(err)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	// Output: {"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","keys":[{"scheme":"acled","value":"SYR78126"}],"type":"air-drone-strike"}
}

func ExampleWriter_Write() {
	var buf bytes.Buffer
	w := event.NewWriter(&buf)
	e := event.FromKey(event.AirDroneStrike, event.Key{Scheme: "acled", Value: "SYR78126"})
	e.Count(casualty.Figure{Outcome: casualty.Killed, Count: casualty.Exactly(0)}, "") // a known zero is written
	_ = w.Write(e)
	_ = w.Flush()
	fmt.Print(buf.String())
	// Output: {"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","keys":[{"scheme":"acled","value":"SYR78126"}],"type":"air-drone-strike","casualties":[{"outcome":"killed","count":{"exact":0}}]}
}

func ExampleNewReader() {
	in := `{"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","type":"air-drone-strike"}

{"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","type":"air-drone-strike","fatalities":0}
{"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","type":"battles"}
`
	// A lenient reader: keep the good events, set the rejects aside.
	var rejects []string
	for e, err := range event.NewReader(strings.NewReader(in)).All() {
		var pe *event.ParseError
		if errors.As(err, &pe) {
			rejects = append(rejects, fmt.Sprintf("line %d: %s", pe.Line, pe.Record))
			continue
		}
		fmt.Println(e.Type)
	}
	fmt.Println(rejects)
	// Output:
	// air-drone-strike
	// battles
	// [line 3: {"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","type":"air-drone-strike","fatalities":0}]
}

func ExampleReader_Read() {
	in := "{\"id\":\"ce58a2d3-27d1-546c-8b01-4e01a6572b53\",\"type\":\"air-drone-strike\"}\r\n" +
		"{\"id\":\"ce58a2d3-27d1-546c-8b01-4e01a6572b53\",\"type\":\"Battles\"}\r\n"
	r := event.NewReader(strings.NewReader(in))
	for {
		e, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(e.Type)
	}
	// Output:
	// air-drone-strike
	// event: line 2, column 53, field "type": event: event type "Battles": malformed code: unknown event type
}

func ExampleReadAll() {
	in := `{"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","type":"air-drone-strike"}
{"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","type":"battles"}`
	events, err := event.ReadAll(strings.NewReader(in))
	fmt.Println(len(events), err)
	// Output: 2 <nil>
}

func ExampleMarshalEvent() {
	e := event.FromKey(event.AirDroneStrike, event.Key{Scheme: "acled", Value: "SYR78126"})
	e.When = event.On(date.New(2020, time.May, 9))
	e.Where = event.Near(place.Ref{Name: "Abu Kamal", Level: place.LevelLocality}, place.PrecisionNear).At(place.MustPoint(34.4546, 40.9116))
	b, err := event.MarshalEvent(e)
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println(string(b))
	// Output: {"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","keys":[{"scheme":"acled","value":"SYR78126"}],"type":"air-drone-strike","when":{"start":"2020-05-09","end":"2020-05-09","precision":"day"},"where":{"place":{"name":"Abu Kamal","level":"locality"},"relation":"near","point":{"lat":34.4546,"lon":40.9116},"precision":"near"}}
}

func ExampleUnmarshalEvent() {
	e, err := event.UnmarshalEvent([]byte(`{"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","type":"air-drone-strike","casualties":[{"outcome":"killed","count":{"exact":0}}]}`))
	fmt.Println(e.Type, e.Casualties[0].Figure, err)

	// Unknown members are errors, with their position and path.
	_, err = event.UnmarshalEvent([]byte(`{"type":"air-drone-strike","casualties":[{"outcome":"killed","fatalities":0}]}`))
	fmt.Println(err)
	// Output:
	// air-drone-strike 0 people killed <nil>
	// event: line 1, column 62, field "casualties[0].fatalities": malformed JSON: unknown field "fatalities"
}

func ExampleSetExt() {
	type weapon struct {
		Kind string `json:"kind"`
	}
	var e event.Event
	if err := event.SetExt(&e.Ext, "org.example/weapon", weapon{Kind: "missile"}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(string(e.Ext["org.example/weapon"]))
	fmt.Println(event.SetExt(&e.Ext, "weapon", weapon{}))
	// Output:
	// {"kind":"missile"}
	// event: extension key "weapon": want a namespaced key such as "org.example/weapon": invalid extension member
}

func ExampleGetExt() {
	type weapon struct {
		Kind string `json:"kind"`
	}
	x := event.Ext{"org.example/weapon": json.RawMessage(`{"kind":"missile"}`)}
	w, ok, err := event.GetExt[weapon](x, "org.example/weapon")
	fmt.Println(w.Kind, ok, err)
	_, ok, err = event.GetExt[weapon](x, "org.example/target")
	fmt.Println(ok, err)
	// Output:
	// missile true <nil>
	// false <nil>
}

func ExampleCheckExtKey() {
	fmt.Println(event.CheckExtKey("org.example/weapon"))
	fmt.Println(errors.Is(event.CheckExtKey("example/weapon"), event.ErrBadExt))
	// Output:
	// <nil>
	// true
}

func ExampleParseRole() {
	r, err := event.ParseRole("perpetrator-associate")
	fmt.Println(r.Label(), err)
	_, err = event.ParseRole("Perpetrator")
	fmt.Println(err)
	// Output:
	// Associate of the perpetrator <nil>
	// event: participant role "Perpetrator": malformed code: unknown participant role
}

func ExampleParseClaimKind() {
	k, err := event.ParseClaimKind("claims-responsibility")
	fmt.Println(k.Label(), err)
	_, err = event.ParseClaimKind("org.example/hints")
	fmt.Println(errors.Is(err, event.ErrUnknownClaim))
	// Output:
	// Claims responsibility <nil>
	// true
}

func ExampleParseAspect() {
	a, err := event.ParseAspect("legality")
	fmt.Println(a, a.Label(), err)
	// Output: legality Legality <nil>
}

func ExampleParseRelationKind() {
	k, err := event.ParseRelationKind("violates")
	fmt.Println(k, k.Label(), err)
	// Output: violates Violates <nil>
}

func ExampleValidator() {
	e := event.FromKey(event.Attack, event.Key{Scheme: "acled", Value: "SYR78126"})
	e.When = event.When{Start: date.New(2020, time.May, 9), End: date.New(2020, time.May, 8), Precision: event.DateDay}
	e.Where = event.Near(abuKamal(), place.PrecisionNear).At(place.Point{})
	e.Count(casualty.Figure{Outcome: casualty.Killed, Count: casualty.Exactly(0)}, "liveuamap")

	v := event.Validator{Today: date.New(2020, time.May, 12)} // fixed, so the output does not depend on the clock
	for _, p := range v.Event(&e) {
		fmt.Println(p)
	}
	// Output:
	// participants: warning: attack is one-sided violence but names no target of kind civilians or protesters, and no casualty figure for civilians
	// when.end: error: end 2020-05-08 is before start 2020-05-09
	// where.point: error: point is exactly (0, 0), which almost always stands for a missing value: leave the point out instead
	// citations: warning: event has no citation: nobody says it happened
	// casualties[0].citation: error: citation "liveuamap" is not among the event's citations
}

func ExampleValidator_Dataset() {
	d := event.NewDataset("ACLED sample")
	e := event.FromKey(event.AirDroneStrike, event.Key{Scheme: "acled", Value: "SYR78126"})
	e.When = event.On(date.New(2020, time.May, 9))
	e.Where = event.Near(place.Ref{ID: "abu-kamal", Name: "Abu Kamal"}, place.PrecisionNear)
	e.Cite(source.Citation{ID: "liveuamap", Source: source.Ref{ID: "liveuamap", Name: "Liveuamap"}})
	d.Events = append(d.Events, e)

	ps := event.Validator{Today: date.New(2020, time.May, 12)}.Dataset(d)
	for _, p := range ps {
		fmt.Println(p)
	}
	fmt.Println(ps.Err() != nil, ps.Has("events[0].where.place.id", event.ErrDangling))
	// Output:
	// events[0].where.place.id: error: place "abu-kamal" is not in the dataset
	// events[0].citations[0].source.id: error: source "liveuamap" is not in the dataset
	// true true
}

func ExampleEvent_Validate() {
	e := event.FromKey(event.AirDroneStrike, event.Key{Scheme: "acled", Value: "SYR78126"})
	e.When = event.On(date.New(2020, time.May, 9))
	e.Where = event.Near(abuKamal(), place.PrecisionNear).At(place.MustPoint(34.4546, 40.9116))
	e.Cite(source.Citation{ID: "liveuamap", Source: source.Ref{ID: "liveuamap", Name: "Liveuamap"}})
	e.Count(casualty.Figure{Outcome: casualty.Killed, Count: casualty.Exactly(0)}, "liveuamap")
	fmt.Println(len(e.Validate()))
	// Output: 0
}

func ExampleRegisterRole() {
	// A downstream project registers its own roles once, at start-up,
	// namespaced to avoid clashes. (The error is ignored so that the example
	// can run repeatedly in one process.)
	_ = event.RegisterRole("org.example/financier", "Financier", "paid for the operation")
	r, err := event.ParseRole("org.example/financier")
	fmt.Println(r.Label(), err)
	fmt.Println(errors.Is(event.RegisterRole("perpetrator", "Again", ""), event.ErrDuplicate))
	// Output:
	// Financier <nil>
	// true
}

func ExampleRoles() {
	for _, r := range event.Roles()[:4] {
		fmt.Println(r, "-", r.Label())
	}
	// Output:
	// perpetrator - Perpetrator
	// target - Target
	// perpetrator-associate - Associate of the perpetrator
	// target-associate - Associate of the target
}

func ExampleRegisterClaimKind() {
	_ = event.RegisterClaimKind("org.example/retracts", "Retracts", "withdraws an earlier statement")
	k, err := event.ParseClaimKind("org.example/retracts")
	fmt.Println(k.Label(), err)
	// Output: Retracts <nil>
}

func ExampleRegisterAspect() {
	_ = event.RegisterAspect("org.example/munition", "Munition", "the exact munition used")
	a, err := event.ParseAspect("org.example/munition")
	fmt.Println(a.Label(), err)
	// Output: Munition <nil>
}

func ExampleRegisterRelationKind() {
	_ = event.RegisterRelationKind("org.example/retaliates-for", "Retaliates for", "claimed as retaliation for the other event")
	k, err := event.ParseRelationKind("org.example/retaliates-for")
	fmt.Println(k.Label(), err)
	// Output: Retaliates for <nil>
}

// Two sources give different tolls for the same civilians, a third counts
// combatants: the flat formats' totals come from all of them.
func ExampleEvent_Toll() {
	e := event.New(event.AirDroneStrike)
	e.Cite(source.Citation{ID: "a", Source: source.Ref{Name: "Reuters"}},
		source.Citation{ID: "b", Source: source.Ref{Name: "AP"}},
		source.Citation{ID: "c", Source: source.Ref{Name: "SOHR"}})
	e.Count(casualty.NewFigure(casualty.Killed, casualty.Civilians, casualty.Exactly(7)), "a")
	e.Count(casualty.NewFigure(casualty.Killed, casualty.Civilians, casualty.Exactly(9)), "b")
	e.Count(casualty.NewFigure(casualty.Killed, casualty.Combatants, casualty.AtLeast(40)), "c")
	e.Count(casualty.NewFigure(casualty.Injured, casualty.Children, casualty.Exactly(1)), "a")
	t := e.Toll(nil)
	fmt.Println("low", t.Low.N, "from casualties", t.Low.Used)
	fmt.Println("best", t.Best.N, "from casualties", t.Best.Used)
	fmt.Println("high", t.High.N, "from casualties", t.High.Used)
	// Output:
	// low 47 from casualties [0 2]
	// best 47 from casualties [0 2]
	// high 49 from casualties [1 2]
}

func ExampleLost() {
	p := event.Lost("claims[0]", "asserts claim on weapon by %q: ACLED has no place for claims", "sohr")
	fmt.Println(p)
	fmt.Println(errors.Is(p, event.ErrLost))
	// Output:
	// claims[0]: warning: asserts claim on weapon by "sohr": ACLED has no place for claims
	// true
}
