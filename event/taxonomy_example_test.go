package event_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/event"
)

func ExampleParseType() {
	t, _ := event.ParseType("air-drone-strike")
	fmt.Println(t, "|", t.Label(), "|", t.Parent())

	_, err := event.ParseType("Air/drone strike")
	fmt.Println(errors.Is(err, event.ErrUnknownType))
	// Output:
	// air-drone-strike | Air/drone strike | explosions-remote-violence
	// true
}

func ExampleTypeFromACLED() {
	t, _ := event.TypeFromACLED("Explosions/Remote violence", "Air/drone strike")
	fmt.Println(t)

	// acledR's spelling is accepted; the codebook's is written.
	t, _ = event.TypeFromACLED("Protests", "Excessive force against protestors")
	info, _ := t.Info()
	fmt.Printf("%s -> %q\n", t, info.ACLED.SubEventType)

	// A 2016 realtime event type maps to the nearest current type.
	t, _ = event.TypeFromACLED("Battle-No change of territory", "")
	fmt.Println(t)

	_, err := event.TypeFromACLED("Battles", "Grenade")
	fmt.Println(err)
	// Output:
	// air-drone-strike
	// excessive-force-against-protesters -> "Excessive force against protesters"
	// armed-clash
	// event: unknown ACLED event type "Battles", sub-event type "Grenade": unknown event type
}

func ExampleType_Info() {
	info, _ := event.ShellingArtilleryMissileAttack.Info()
	fmt.Println(info.Label)
	fmt.Println(info.ACLED.EventType, "/", info.ACLED.SubEventType)
	fmt.Println("UCDP candidates:", info.UCDP)
	fmt.Println("PLOVER:", info.PLOVER, "CAMEO:", info.CAMEO)
	fmt.Println("disorder:", info.Disorder[0].Label())
	// Output:
	// Shelling/artillery/missile attack
	// Explosions/Remote violence / Shelling/artillery/missile attack
	// UCDP candidates: [1 2 3]
	// PLOVER: ASSAULT:heavy-weapons CAMEO: 19
	// disorder: Political violence
}

func ExampleRegisterType() {
	// A downstream package registers its types once, typically in init.
	// The registry only grows, so a second registration is ErrDuplicate.
	err := event.RegisterType(event.TypeInfo{
		Code:        "org.example/drone-sighting",
		Label:       "Drone sighting",
		Description: "A drone is seen over a town; no strike is reported.",
		Parent:      event.ExplosionsRemoteViolence,
		Disorder:    []event.Disorder{event.DisorderStrategicDevelopments},
	})
	if err != nil && !errors.Is(err, event.ErrDuplicate) {
		fmt.Println(err)
	}

	t, _ := event.ParseType("org.example/drone-sighting")
	fmt.Println(t.Label(), "under", t.Parent(), t.Within(event.ExplosionsRemoteViolence))

	err = event.RegisterType(event.TypeInfo{Code: "org.example/drone-sighting"})
	fmt.Println(errors.Is(err, event.ErrDuplicate))

	err = event.RegisterType(event.TypeInfo{Code: "org.example/swarm", Parent: "org.example/no-such-parent"})
	fmt.Println(errors.Is(err, event.ErrUnknownType))
	// Output:
	// Drone sighting under explosions-remote-violence true
	// true
	// true
}

func ExampleParseDisorder() {
	d, _ := event.ParseDisorder("political-violence")
	fmt.Println(d, "|", d.Label())

	// ACLED files carry the label; split "; "-joined cells first.
	d, _ = event.DisorderFromACLED("Demonstrations")
	fmt.Println(d)
	// Output:
	// political-violence | Political violence
	// demonstrations
}

func ExampleDisorderFromACLED() {
	d, err := event.DisorderFromACLED("Strategic developments")
	fmt.Println(d, err)
	// Output: strategic-developments <nil>
}

func ExampleParseDatePrecision() {
	p, _ := event.ParseDatePrecision("week")
	fmt.Println(p == event.DateWeek)

	_, err := event.ParseDatePrecision("Week")
	fmt.Println(err)
	// Output:
	// true
	// event: invalid date precision "Week"
}

func ExampleDatePrecisionFromACLED() {
	for _, code := range []int{1, 2, 3} {
		p, _ := event.DatePrecisionFromACLED(code)
		fmt.Println(code, p)
	}
	// DateDays has no ACLED code of its own: it goes out as 2.
	code, ok := event.DateDays.ACLED()
	fmt.Println(code, ok)
	_, ok = event.DateYear.ACLED()
	fmt.Println(ok)
	// Output:
	// 1 day
	// 2 week
	// 3 month
	// 2 true
	// false
}

func ExampleDatePrecisionFromUCDP() {
	for code := 1; code <= 5; code++ {
		p, _ := event.DatePrecisionFromUCDP(code)
		back, _ := p.UCDP()
		fmt.Println(code, p, back)
	}
	// Output:
	// 1 day 1
	// 2 days 2
	// 3 week 3
	// 4 month 4
	// 5 year 5
}

func ExampleOn() {
	w := event.On(date.New(2019, time.August, 31))
	n, _ := w.Days()
	fmt.Println(w, n)
	// Output: 2019-08-31 1
}

func ExampleOnDay() {
	w, err := event.OnDay(2019, time.August, 31)
	fmt.Println(w, err)

	_, err = event.OnDay(2019, time.February, 30)
	fmt.Println(err)
	// Output:
	// 2019-08-31 <nil>
	// event: invalid date "2019-02-30": no such calendar date
}

func ExampleBetween() {
	w, _ := event.Between(date.New(2019, time.August, 31), date.New(2019, time.September, 2), event.DateDays)
	n, _ := w.Days()
	fmt.Println(w, n)

	_, err := event.Between(date.New(2019, time.September, 2), date.New(2019, time.August, 31), event.DateDays)
	fmt.Println(errors.Is(err, event.ErrDateOrder))
	// Output:
	// 2019-08-31/2019-09-02;days 3
	// true
}

func ExampleInMonth() {
	w := event.InMonth(2024, time.February)
	n, _ := w.Days()
	fmt.Println(w, w.Start, w.End, n)
	// Output: 2024-02 2024-02-01 2024-02-29 29
}

func ExampleInYear() {
	w := event.InYear(1991)
	fmt.Println(w, w.Start, w.End)
	// Output: 1991 1991-01-01 1991-12-31
}

func ExampleWeekOf() {
	// 31 August 2019 was a Saturday.
	w := event.WeekOf(date.New(2019, time.August, 31))
	fmt.Println(w, w.Start.Weekday(), w.End.Weekday())
	// Output: 2019-08-26/2019-09-01;week Monday Sunday
}

func ExampleSince() {
	w := event.Since(date.New(2019, time.April, 20), event.DateDay)
	fmt.Println(w)
	fmt.Println(w.Contains(date.New(2025, time.January, 1)))
	_, bounded := w.Days()
	fmt.Println(bounded)
	// Output:
	// 2019-04-20/..;day
	// true
	// false
}

func ExampleUntil() {
	w := event.Until(date.New(2019, time.August, 31), event.DateUnspecified)
	fmt.Println(w)
	fmt.Println(w.Contains(date.New(2011, time.March, 15)), w.Contains(date.New(2019, time.September, 1)))
	// Output:
	// ../2019-08-31
	// true false
}

func ExampleParseDate() {
	d, err := event.ParseDate("2019-08-31")
	fmt.Println(d, err)

	// date.ParseISO would return 2024-03-01 here.
	_, err = event.ParseDate("2024-02-30")
	fmt.Println(err)
	// Output:
	// 2019-08-31 <nil>
	// event: invalid date "2024-02-30": no such calendar date
}

func ExampleParseWhen() {
	for _, s := range []string{"2019-08-31", "2019-08", "2019-08-31/2019-09-02;days", "2019-04-20/..", "../2019-08-31;month"} {
		w, _ := event.ParseWhen(s)
		n, closed := w.Days()
		fmt.Printf("%-28s precision=%-5s open=%v/%v days=%d,%v\n", s, w.Precision, w.OpenStart, w.OpenEnd, n, closed)
	}
	_, err := event.ParseWhen("2019-09-02/2019-08-31")
	fmt.Println(errors.Is(err, event.ErrDateOrder))
	// Output:
	// 2019-08-31                   precision=day   open=false/false days=1,true
	// 2019-08                      precision=month open=false/false days=31,true
	// 2019-08-31/2019-09-02;days   precision=days  open=false/false days=3,true
	// 2019-04-20/..                precision=      open=false/true days=0,false
	// ../2019-08-31;month          precision=month open=true/false days=0,false
	// true
}

func ExampleWhen_String() {
	fmt.Println(event.On(date.New(2019, time.August, 31)))
	// A single day known only to the month (ACLED time_precision 3).
	fmt.Println(event.When{Start: date.New(2019, time.August, 15), End: date.New(2019, time.August, 15), Precision: event.DateMonth})
	fmt.Printf("%q\n", event.When{})
	// Output:
	// 2019-08-31
	// 2019-08-15/2019-08-15;month
	// ""
}

func ExampleWhen_MarshalJSON() {
	type doc struct {
		When event.When `json:"when,omitzero"`
	}
	for _, w := range []event.When{
		event.On(date.New(2019, time.August, 31)),
		event.Since(date.New(2019, time.April, 20), event.DateDay),
		{},
	} {
		b, _ := json.Marshal(doc{w})
		fmt.Println(string(b))
	}
	// Output:
	// {"when":{"start":"2019-08-31","end":"2019-08-31","precision":"day"}}
	// {"when":{"start":"2019-04-20","precision":"day","open_end":true}}
	// {}
}

func ExampleWhen_UnmarshalJSON() {
	var w event.When
	err := json.Unmarshal([]byte(`{"start":"2019-08-01","end":"2019-08-31","precision":"month"}`), &w)
	fmt.Println(w, err)

	err = json.Unmarshal([]byte(`{"start":"2024-02-30","end":"2024-03-01"}`), &w)
	fmt.Println(errors.Is(err, event.ErrBadDate))
	// Output:
	// 2019-08 <nil>
	// true
}

func ExampleWhen_Overlaps() {
	strike := event.On(date.New(2019, time.August, 31))
	ceasefire := event.Since(date.New(2019, time.August, 31), event.DateDay)
	offensive, _ := event.Between(date.New(2019, time.April, 30), date.New(2019, time.August, 30), event.DateDay)
	fmt.Println(strike.Overlaps(ceasefire), strike.Overlaps(offensive))
	// Output: true false
}
