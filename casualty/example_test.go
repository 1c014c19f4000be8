package casualty_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/conflictkit/conflict/casualty"
)

func ExampleExactly() {
	c := casualty.Exactly(0) // a known zero, not Unknown
	fmt.Println(c, c.Known())
	// Output: 0 true
}

func ExampleAtLeast() {
	c := casualty.AtLeast(40)
	low, _ := c.Low()
	fmt.Println(c, low, c.Open())
	// Output: at least 40 40 true
}

func ExampleMoreThan() {
	c := casualty.MoreThan(370000)
	low, _ := c.Low()
	fmt.Println(c, "| inclusive low:", low)
	// Output: more than 370,000 | inclusive low: 370001
}

func ExampleAtMost() {
	c := casualty.AtMost(5)
	high, _ := c.High()
	_, hasLow := c.Low()
	fmt.Println(c, high, hasLow)
	// Output: at most 5 5 false
}

func ExampleFewerThan() {
	c := casualty.FewerThan(10)
	high, _ := c.High()
	fmt.Println(c, "| inclusive high:", high)
	// Output: fewer than 10 | inclusive high: 9
}

func ExampleNearly() {
	c := casualty.Nearly(1500000)
	best, _ := c.Best()
	high, _ := c.High()
	fmt.Println(c, best, high)
	// Output: nearly 1,500,000 1500000 1500000
}

func ExampleAbout() {
	c := casualty.About(3000000)
	fmt.Println(c, c.Open())
	// Output: about 3,000,000 true
}

func ExampleBetween() {
	c := casualty.Between(2, 5) // Airwars: "Civilians reported killed: 2–5"
	low, _ := c.Low()
	high, _ := c.High()
	fmt.Println(c, low, high)
	// Output: 2-5 2 5
}

func ExampleEstimate() {
	// UCDP GED 19.1 event 71686 has low 0, best 3, high 0: kept as is.
	c := casualty.Estimate(0, 3, 0)
	fmt.Println(c, "| ordered:", c.Ordered(), "| valid:", c.Validate() == nil)
	// Output: low 0, best 3, high 0 | ordered: false | valid: true
}

func ExampleSome() {
	c := casualty.Some() // "numerous casualties"
	low, _ := c.Low()
	fmt.Println(c, low, c.Open())
	// Output: more than zero 1 true
}

func ExampleUnknown() {
	c := casualty.Unknown()
	fmt.Println(c, c.IsZero(), c == casualty.Count{})
	// Output: unknown true true
}

func ExampleParseCount() {
	for _, s := range []string{
		"at least 40",
		"More than 370,000",
		"some three million",
		"2–5",
		"dozens",
		"numerous",
		"at least 40 fighters",
	} {
		c, err := casualty.ParseCount(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(c)
	}
	// Output:
	// at least 40
	// more than 370,000
	// about 3,000,000
	// 2-5
	// at least 24
	// more than zero
	// casualty: bad count phrase "at least 40 fighters"
}

func ExampleMustParseCount() {
	fmt.Println(casualty.MustParseCount("nearly 1,500,000") == casualty.Nearly(1500000))
	// Output: true
}

func ExampleCount_MarshalJSON() {
	for _, c := range []casualty.Count{
		casualty.Unknown(),
		casualty.Exactly(0),
		casualty.MoreThan(370000),
		casualty.Between(2, 5),
		casualty.Estimate(0, 3, 0),
		casualty.Some(),
	} {
		b, _ := json.Marshal(c)
		fmt.Println(string(b))
	}
	// Output:
	// {}
	// {"exact":0}
	// {"more_than":370000}
	// {"low":2,"high":5}
	// {"low":0,"best":3,"high":0}
	// {"some":true}
}

func ExampleCount_UnmarshalJSON() {
	var c casualty.Count
	if err := json.Unmarshal([]byte(`{"at_least":40}`), &c); err != nil {
		fmt.Println(err)
	}
	fmt.Println(c)
	err := json.Unmarshal([]byte(`{"low":40}`), &c)
	fmt.Println(err)
	// Output:
	// at least 40
	// casualty: count "{\"low\":40}": members ["low"] do not form a count: invalid count
}

func ExampleCount_UnmarshalText() {
	var c casualty.Count
	_ = c.UnmarshalText([]byte("up to 5"))
	b, _ := c.MarshalText()
	fmt.Println(string(b))
	// Output: at most 5
}

func ExampleParseOutcome() {
	o, err := casualty.ParseOutcome("killed")
	fmt.Println(o, o.Label(), err)
	_, err = casualty.ParseOutcome("kiled")
	fmt.Println(err)
	// Output:
	// killed Killed <nil>
	// casualty outcome "kiled": unknown casualty outcome
}

func ExampleParseGroup() {
	g, err := casualty.ParseGroup("aid-workers")
	fmt.Println(g, "|", g.Label(), "|", err)
	// Output: aid-workers | Aid workers | <nil>
}

func ExampleRegisterOutcome() {
	// A downstream project adds its own code once at start-up, namespaced
	// to avoid clashes. (The error is ignored here only so that the example
	// can run repeatedly in one process.)
	_ = casualty.RegisterOutcome("org.example/sieged", "Under siege", "People trapped in a besieged area.")
	o, err := casualty.ParseOutcome("org.example/sieged")
	fmt.Println(o, "|", o.Label(), "|", err)

	err = casualty.RegisterOutcome("org.example/sieged", "Sieged", "")
	fmt.Println(errors.Is(err, casualty.ErrRegister))
	// Output:
	// org.example/sieged | Under siege | <nil>
	// true
}

func ExampleNewFigure() {
	f := casualty.NewFigure(casualty.Killed, casualty.Combatants, casualty.MustParseCount("at least 40"))
	f.Text = "at least 40" // as the Syrian Observatory put it
	fmt.Println(f)
	b, _ := json.Marshal(f)
	fmt.Println(string(b))
	// Output:
	// at least 40 combatants killed
	// {"outcome":"killed","group":"combatants","count":{"at_least":40},"text":"at least 40"}
}

func ExampleReconcile() {
	// Two accounts of the same strike: a monitor's "at least 40" and a
	// ministry's "numerous casualties".
	s, err := casualty.Reconcile([]casualty.Figure{
		casualty.NewFigure(casualty.Killed, casualty.Combatants, casualty.AtLeast(40)),
		casualty.NewFigure(casualty.Killed, casualty.Combatants, casualty.Some()),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Count, "| conflicting:", s.Conflicting)
	fmt.Println(s.Method)
	// Output:
	// at least 40 | conflicting: false
	// 2 figures used, 0 unknowns ignored; low 40: largest lower bound; no best estimate reported; high open: not every figure has an upper bound
}

func ExampleReconcile_conflict() {
	s, _ := casualty.Reconcile([]casualty.Figure{
		casualty.NewFigure(casualty.Killed, "", casualty.Exactly(3)),
		casualty.NewFigure(casualty.Killed, "", casualty.AtLeast(40)),
	})
	fmt.Println(s.Count, "| conflicting:", s.Conflicting)
	// Output: at least 3 | conflicting: true
}

func ExampleRegisterGroup() {
	// Registered once at start-up; the error is ignored so that the example
	// can run repeatedly in one process.
	_ = casualty.RegisterGroup("org.example/teachers", "Teachers", "School staff.")
	g, err := casualty.ParseGroup("org.example/teachers")
	fmt.Println(g.Label(), err)
	// Output: Teachers <nil>
}

func ExampleGroup_Parent() {
	for _, g := range []casualty.Group{casualty.Children, casualty.Civilians, casualty.People} {
		fmt.Printf("%q within %q, disjoint part: %v\n", g, g.Parent(), g.Disjoint())
	}
	// Output:
	// "children" within "civilians", disjoint part: false
	// "civilians" within "people", disjoint part: true
	// "people" within "", disjoint part: false
}
