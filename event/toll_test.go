package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/source"
)

// tollCase builds an event whose casualties are killed figures of the given
// group, party and count, each attributed to its own citation ("c0", "c1",
// ...), so that the rule sees competing sources.
type tollFig struct {
	outcome casualty.Outcome // "" means killed
	group   casualty.Group
	party   string
	count   casualty.Count
	grade   string // Admiralty grade of the figure's citation, "" for none
}

func tollEvent(t *testing.T, figs []tollFig) Event {
	t.Helper()
	e := New(AirDroneStrike)
	for i, f := range figs {
		id := "c" + string(rune('0'+i))
		c := source.Citation{ID: id, Source: source.Ref{Name: "Outlet " + id}}
		if f.grade != "" {
			g, err := source.ParseGrade(f.grade)
			require.NoError(t, err)
			c.Grade = g
		}
		e.Cite(c)
		o := f.outcome
		if o == "" {
			o = casualty.Killed
		}
		cas := Casualty{Figure: casualty.NewFigure(o, f.group, f.count), Citation: id}
		if f.party != "" {
			cas.Party = actor.Ref{Name: f.party}
		}
		e.Casualties = append(e.Casualties, cas)
	}
	return e
}

func TestToll(t *testing.T) {
	type want struct {
		n    int64
		ok   bool
		used []int
	}
	tests := []struct {
		name            string
		figs            []tollFig
		low, best, high want
	}{
		{"exact 7 and exact 9 from two sources",
			[]tollFig{{group: casualty.Civilians, count: casualty.Exactly(7)}, {group: casualty.Civilians, count: casualty.Exactly(9)}},
			want{7, true, []int{0}}, want{7, true, []int{0}}, want{9, true, []int{1}}},
		{"the same number from two sources uses both",
			[]tollFig{{count: casualty.Exactly(7)}, {count: casualty.Exactly(7)}},
			want{7, true, []int{0, 1}}, want{7, true, []int{0, 1}}, want{7, true, []int{0, 1}}},
		{"at least 40 combatants",
			[]tollFig{{group: casualty.Combatants, count: casualty.AtLeast(40)}},
			want{40, true, []int{0}}, want{40, true, []int{0}}, want{40, true, []int{0}}},
		{"more than 370,000",
			[]tollFig{{group: casualty.People, count: casualty.MoreThan(370000)}},
			want{370001, true, []int{0}}, want{370001, true, []int{0}}, want{370001, true, []int{0}}},
		{"numerous gives no number",
			[]tollFig{{count: casualty.Some()}},
			want{}, want{}, want{}},
		{"numerous beside a number",
			[]tollFig{{count: casualty.Some()}, {count: casualty.AtLeast(3)}},
			want{3, true, []int{1}}, want{3, true, []int{1}}, want{3, true, []int{1}}},
		{"unknown count",
			[]tollFig{{count: casualty.Unknown()}},
			want{}, want{}, want{}},
		{"about 200 gives its best estimate",
			[]tollFig{{count: casualty.About(200)}},
			want{200, true, []int{0}}, want{200, true, []int{0}}, want{200, true, []int{0}}},
		{"at most 5 gives a higher number only",
			[]tollFig{{count: casualty.AtMost(5)}},
			want{}, want{}, want{5, true, []int{0}}},
		{"estimate triple",
			[]tollFig{{count: casualty.Estimate(2, 3, 6)}},
			want{2, true, []int{0}}, want{3, true, []int{0}}, want{6, true, []int{0}}},
		{"combatants and civilians add up",
			[]tollFig{{group: casualty.Combatants, count: casualty.AtLeast(40)}, {group: casualty.Civilians, count: casualty.Exactly(7)}},
			want{47, true, []int{0, 1}}, want{47, true, []int{0, 1}}, want{47, true, []int{0, 1}}},
		{"children within civilians, fewer",
			[]tollFig{{group: casualty.Civilians, count: casualty.Exactly(10)}, {group: casualty.Children, count: casualty.Exactly(4)}},
			want{10, true, []int{0}}, want{10, true, []int{0}}, want{10, true, []int{0}}},
		{"children within civilians, more: the reports conflict, the whole's figure stands",
			[]tollFig{{group: casualty.Civilians, count: casualty.Exactly(10)}, {group: casualty.Children, count: casualty.Exactly(12)}},
			want{10, true, []int{0}}, want{10, true, []int{0}}, want{10, true, []int{0}}},
		{"children stand in for civilians no figure counts",
			[]tollFig{{group: casualty.Children, count: casualty.Exactly(12)}, {group: casualty.Combatants, count: casualty.Exactly(3)}},
			want{15, true, []int{0, 1}}, want{15, true, []int{0, 1}}, want{15, true, []int{0, 1}}},
		{"children and women overlap: the larger",
			[]tollFig{{group: casualty.Children, count: casualty.Exactly(3)}, {group: casualty.Women, count: casualty.Exactly(2)}},
			want{3, true, []int{0}}, want{3, true, []int{0}}, want{3, true, []int{0}}},
		{"people containing both parts",
			[]tollFig{{group: casualty.People, count: casualty.Exactly(30)}, {group: casualty.Civilians, count: casualty.Exactly(10)}, {group: casualty.Combatants, count: casualty.Exactly(15)}},
			want{30, true, []int{0}}, want{30, true, []int{0}}, want{30, true, []int{0}}},
		{"parts above the people figure: the whole's figure stands",
			[]tollFig{{group: casualty.People, count: casualty.Exactly(20)}, {group: casualty.Civilians, count: casualty.Exactly(10)}, {group: casualty.Combatants, count: casualty.Exactly(15)}},
			want{20, true, []int{0}}, want{20, true, []int{0}}, want{20, true, []int{0}}},
		{"UCDP's low beside its parts",
			[]tollFig{{group: casualty.People, count: casualty.Estimate(6, 61, 61)}, {group: casualty.Combatants, party: "Side A", count: casualty.Exactly(30)},
				{group: casualty.Combatants, party: "Side B", count: casualty.Exactly(31)}},
			want{6, true, []int{0}}, want{61, true, []int{0}}, want{61, true, []int{0}}},
		{"two parties add up",
			[]tollFig{{group: casualty.Combatants, party: "Side A", count: casualty.Exactly(5)}, {group: casualty.Combatants, party: "Side B", count: casualty.Exactly(3)}},
			want{8, true, []int{0, 1}}, want{8, true, []int{0, 1}}, want{8, true, []int{0, 1}}},
		{"a party's dead within its group's figure",
			[]tollFig{{group: casualty.Combatants, count: casualty.Exactly(12)}, {group: casualty.Combatants, party: "Side A", count: casualty.Exactly(5)}},
			want{12, true, []int{0}}, want{12, true, []int{0}}, want{12, true, []int{0}}},
		{"one party by two sources",
			[]tollFig{{party: "Side A", count: casualty.Exactly(4)}, {party: "Side A", count: casualty.Exactly(6)}, {party: "Side B", count: casualty.Exactly(1)}},
			want{5, true, []int{0, 2}}, want{5, true, []int{0, 2}}, want{7, true, []int{1, 2}}},
		{"a discounted figure does not count",
			[]tollFig{{count: casualty.Exactly(3)}, {count: casualty.Exactly(1), grade: "B5"}},
			want{3, true, []int{0}}, want{3, true, []int{0}}, want{3, true, []int{0}}},
		{"a doubtful figure counts",
			[]tollFig{{count: casualty.Exactly(3)}, {count: casualty.Exactly(1), grade: "C4"}},
			want{1, true, []int{1}}, want{1, true, []int{1}}, want{3, true, []int{0}}},
		{"injured and displaced are not killed",
			[]tollFig{{outcome: casualty.Injured, count: casualty.Exactly(9)}, {outcome: casualty.Displaced, count: casualty.AtLeast(100)}, {outcome: casualty.KilledOrInjured, count: casualty.Exactly(4)}},
			want{}, want{}, want{}},
		{"an invalid count does not count",
			[]tollFig{{count: casualty.Exactly(-4)}},
			want{}, want{}, want{}},
		{"sums stop at MaxCount",
			[]tollFig{{group: casualty.Civilians, count: casualty.Exactly(casualty.MaxCount)}, {group: casualty.Combatants, count: casualty.Exactly(casualty.MaxCount)}},
			want{casualty.MaxCount, true, []int{0, 1}}, want{casualty.MaxCount, true, []int{0, 1}}, want{casualty.MaxCount, true, []int{0, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tollEvent(t, tt.figs)
			got := e.Toll(nil)
			for _, m := range []struct {
				name string
				got  Total
				want want
			}{{"low", got.Low, tt.low}, {"best", got.Best, tt.best}, {"high", got.High, tt.high}} {
				assert.Equal(t, m.want.ok, m.got.OK, m.name)
				assert.Equal(t, m.want.n, m.got.N, m.name)
				assert.Equal(t, m.want.used, m.got.Used, m.name)
			}
		})
	}
}

func TestTollKeep(t *testing.T) {
	e := tollEvent(t, []tollFig{
		{group: casualty.Combatants, party: "Side A", count: casualty.Exactly(5)},
		{group: casualty.Civilians, count: casualty.Exactly(2)},
	})
	got := e.Toll(func(c Casualty) bool { return c.Party.Name == "Side A" })
	assert.Equal(t, Total{N: 5, OK: true, Used: []int{0}}, got.Low)
	got = e.Toll(func(c Casualty) bool { return false })
	assert.Equal(t, Toll{}, got)
}

func TestDiscounted(t *testing.T) {
	e := tollEvent(t, []tollFig{{count: casualty.Exactly(1), grade: "A5"}, {count: casualty.Exactly(1), grade: "E1"}, {count: casualty.Exactly(1)}})
	tests := []struct {
		name string
		c    Casualty
		want bool
	}{
		{"credibility improbable", e.Casualties[0], true},
		{"unreliable source, confirmed information", e.Casualties[1], false},
		{"ungraded", e.Casualties[2], false},
		{"no citation", Casualty{}, false},
		{"unknown citation", Casualty{Citation: "nope"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, e.Discounted(tt.c))
		})
	}
}

func TestAggregateTypes(t *testing.T) {
	for _, typ := range Types() {
		info, ok := typ.Info()
		require.True(t, ok, typ)
		want := typ == Campaign || typ == ArmedConflict || typ == Displacement
		assert.Equal(t, want, info.Aggregate, typ)
	}
	// A type registered under an aggregate inherits the flag; one under an
	// incident type does not get it.
	require.NoError(t, RegisterType(TypeInfo{Code: "org.example/siege", Parent: Campaign}))
	info, ok := Type("org.example/siege").Info()
	require.True(t, ok)
	assert.True(t, info.Aggregate)
	require.NoError(t, RegisterType(TypeInfo{Code: "org.example/shelling-by-drone", Parent: AirDroneStrike}))
	info, ok = Type("org.example/shelling-by-drone").Info()
	require.True(t, ok)
	assert.False(t, info.Aggregate)
}

func TestLost(t *testing.T) {
	p := Lost("claims[0]", "claim %d not written", 0)
	assert.Equal(t, Problem{Path: "claims[0]", Code: ErrLost, Severity: Warning, Message: "claim 0 not written"}, p)
	assert.ErrorIs(t, p, ErrLost)
}

// FuzzToll builds casualties from the input, each from four bytes (outcome,
// group, party and count form) and two numbers, and checks that Toll never
// panics, that its totals lie in 0 to casualty.MaxCount, and that every
// figure it uses is a killed one.
func FuzzToll(f *testing.F) {
	f.Add([]byte{0, 1, 0, 0, 7, 0, 1, 0, 0, 9}, int64(7), int64(9))
	f.Add([]byte{0, 2, 1, 1, 40, 0, 3, 2, 2, 1}, int64(40), int64(370000))
	f.Add([]byte{1, 0, 0, 9, 3, 0, 0, 0, 8, 0}, int64(casualty.MaxCount), int64(0))
	groups := []casualty.Group{"", casualty.People, casualty.Civilians, casualty.Combatants, casualty.Children,
		casualty.Women, casualty.Unidentified, casualty.Journalists, "org.example/fuzz"}
	parties := []string{"", "A", "B"}
	f.Fuzz(func(t *testing.T, spec []byte, a, b int64) {
		e := New(AirDroneStrike)
		e.Cite(source.Citation{ID: "x", Source: source.Ref{Name: "X"}, Grade: source.MustParseGrade("B5")})
		counts := []func(int64, int64) casualty.Count{
			func(n, _ int64) casualty.Count { return casualty.Exactly(n) },
			func(n, _ int64) casualty.Count { return casualty.AtLeast(n) },
			func(n, _ int64) casualty.Count { return casualty.MoreThan(n) },
			func(n, _ int64) casualty.Count { return casualty.AtMost(n) },
			func(n, _ int64) casualty.Count { return casualty.About(n) },
			func(n, m int64) casualty.Count { return casualty.Between(n, m) },
			func(n, m int64) casualty.Count { return casualty.Estimate(n, m, n) },
			func(int64, int64) casualty.Count { return casualty.Some() },
			func(int64, int64) casualty.Count { return casualty.Unknown() },
			func(n, _ int64) casualty.Count { return casualty.Nearly(n) },
		}
		for i := 0; i+4 < len(spec) && len(e.Casualties) < 64; i += 5 {
			o := casualty.Killed
			if spec[i]%4 == 1 {
				o = casualty.Injured
			}
			n, m := a+int64(spec[i+4]), b
			c := Casualty{Figure: casualty.NewFigure(o, groups[int(spec[i+1])%len(groups)], counts[int(spec[i+3])%len(counts)](n, m))}
			if p := parties[int(spec[i+2])%len(parties)]; p != "" {
				c.Party = actor.Ref{Name: p}
			}
			if spec[i]%4 == 2 {
				c.Citation = "x" // graded improbable
			}
			e.Casualties = append(e.Casualties, c)
		}
		toll := e.Toll(nil)
		for _, tot := range []Total{toll.Low, toll.Best, toll.High} {
			if !tot.OK {
				require.Empty(t, tot.Used)
				continue
			}
			require.GreaterOrEqual(t, tot.N, int64(0))
			require.LessOrEqual(t, tot.N, casualty.MaxCount)
			require.NotEmpty(t, tot.Used)
			for _, i := range tot.Used {
				c := e.Casualties[i]
				require.Equal(t, casualty.Killed, c.Outcome)
				require.NoError(t, c.Count.Validate())
				require.False(t, e.Discounted(c))
			}
		}
	})
}
