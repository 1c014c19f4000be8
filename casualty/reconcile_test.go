package casualty

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// killed builds combatant-death figures from counts, as several sources
// would report one incident.
func killed(cs ...Count) []Figure {
	figs := make([]Figure, len(cs))
	for i, c := range cs {
		figs[i] = NewFigure(Killed, Combatants, c)
	}
	return figs
}

func TestReconcile(t *testing.T) {
	tests := []struct {
		name            string
		figs            []Figure
		count           Count
		low, best, high opt
		conflicting     bool
		used, ignored   int
	}{
		{"no figures", nil, Unknown(), none, none, none, false, 0, 0},
		{"only unknown counts", killed(Unknown(), Unknown()), Unknown(), none, none, none, false, 0, 2},
		{"at least 40 and numerous give at least 40", killed(AtLeast(40), Some()), AtLeast(40), some(40), none, none, false, 2, 0},
		{"exactly 3 and at least 40 conflict", killed(Exactly(3), AtLeast(40)), AtLeast(3), some(3), some(3), none, true, 2, 0},
		{"one figure is kept as is", killed(MoreThan(370_000)), MoreThan(370_000), some(370_001), none, none, false, 1, 0},
		{"unknown is ignored", killed(Unknown(), AtLeast(40)), AtLeast(40), some(40), none, none, false, 1, 1},
		{"agreeing figures", killed(Exactly(40), Exactly(40)), Exactly(40), some(40), some(40), some(40), false, 2, 0},
		{"only some", killed(Some(), Some()), Some(), some(1), none, none, false, 2, 0},
		{"overlapping ranges narrow", killed(Between(2, 5), Between(3, 7)), Between(3, 5), some(3), none, some(5), false, 2, 0},
		{"disjoint ranges conflict and widen", killed(Between(2, 5), Between(6, 9)), Between(2, 9), some(2), none, some(9), true, 2, 0},
		{"bounds meeting at a point", killed(Exactly(3), AtMost(5)), Exactly(3), some(3), some(3), some(3), false, 2, 0},
		{"upper bounds only", killed(AtMost(5), FewerThan(10)), AtMost(5), none, none, some(5), false, 2, 0},
		{"best estimates only, even median", killed(About(50), About(60)), About(55), none, some(55), none, false, 2, 0},
		{"odd median", killed(Exactly(10), About(20), Nearly(30)), AtLeast(10), some(10), some(20), none, false, 3, 0},
		{"even median rounds down; open low keeps only the bound in Count", killed(About(200), About(301), AtLeast(150)), AtLeast(150), some(150), some(250), none, false, 3, 0},
		{"one open figure leaves high open", killed(About(100), Between(80, 120)), AtLeast(80), some(80), some(100), none, false, 2, 0},
		{"best not forced into range", killed(Nearly(30), Exactly(28)), Estimate(28, 29, 28), some(28), some(29), some(28), false, 2, 0},
		{"UCDP unordered triple against an exact count", killed(Estimate(0, 3, 0), Exactly(3)), Estimate(0, 3, 3), some(0), some(3), some(3), true, 2, 0},
		{"zero and people group mix", []Figure{NewFigure(Killed, "", Exactly(1)), NewFigure(Killed, People, Exactly(1))}, Exactly(1), some(1), some(1), some(1), false, 2, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Reconcile(tc.figs)
			require.NoError(t, err)
			assert.Equal(t, tc.count, s.Count, "Count %s", s.Count)
			assert.Equal(t, tc.low, opt{s.Low, s.HasLow}, "Low")
			assert.Equal(t, tc.best, opt{s.Best, s.HasBest}, "Best")
			assert.Equal(t, tc.high, opt{s.High, s.HasHigh}, "High")
			assert.Equal(t, tc.conflicting, s.Conflicting, "Conflicting")
			assert.Equal(t, tc.used, s.Used, "Used")
			assert.Equal(t, tc.ignored, s.Ignored, "Ignored")
			assert.NoError(t, s.Count.Validate())
		})
	}
}

func TestReconcileMethod(t *testing.T) {
	tests := []struct {
		name string
		figs []Figure
		want string
	}{
		{"none", nil, "no known count among 0 figures"},
		{"one unknown", killed(Unknown()), "no known count among 1 figure"},
		{"lower bounds", killed(AtLeast(40), Some()),
			"2 figures used, 0 unknowns ignored; low 40: largest lower bound; no best estimate reported; high open: not every figure has an upper bound"},
		{"conflict", killed(Exactly(3), AtLeast(40), Unknown()),
			"2 figures used, 1 unknown ignored; conflicting: an upper bound of 3 is below a lower bound of 40; low 3: smallest lower bound; best 3: median of 1 best estimate; high open: not every figure has an upper bound"},
		{"bounded", killed(AtMost(5), FewerThan(10)),
			"2 figures used, 0 unknowns ignored; no lower bound reported; no best estimate reported; high 5: smallest upper bound"},
		{"conflicting ranges", killed(Between(2, 5), Between(6, 1_000)),
			"2 figures used, 0 unknowns ignored; conflicting: an upper bound of 5 is below a lower bound of 6; low 2: smallest lower bound; no best estimate reported; high 1,000: largest upper bound"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Reconcile(tc.figs)
			require.NoError(t, err)
			assert.Equal(t, tc.want, s.Method)
		})
	}
}

func TestReconcileErrors(t *testing.T) {
	tests := []struct {
		name string
		figs []Figure
		want error
		msg  string
	}{
		{"different outcomes", []Figure{NewFigure(Killed, Civilians, Exactly(1)), NewFigure(Injured, Civilians, Exactly(1))},
			ErrMixedFigures, `casualty: reconcile: figure 1 is "injured" "civilians", figure 0 is "killed" "civilians": figures for different outcomes or groups`},
		{"different groups", []Figure{NewFigure(Killed, Civilians, Exactly(1)), NewFigure(Killed, Children, Exactly(1))},
			ErrMixedFigures, `casualty: reconcile: figure 1 is "killed" "children", figure 0 is "killed" "civilians": figures for different outcomes or groups`},
		{"invalid count", killed(Exactly(1), Between(5, 2)),
			ErrBadCount, `casualty: reconcile: figure 1: casualty: count "5-2": range low above high: invalid count`},
		{"negative count", killed(Exactly(-1)),
			ErrNegative, `casualty: reconcile: figure 0: casualty: count "-1": negative count`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Reconcile(tc.figs)
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.want)
			assert.Equal(t, tc.msg, err.Error())
			assert.Equal(t, Summary{}, s)
		})
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		name string
		in   []int64
		want int64
	}{
		{"one", []int64{7}, 7},
		{"odd unsorted", []int64{9, 1, 5}, 5},
		{"even", []int64{1, 4}, 2},
		{"even large without overflow", []int64{MaxCount, MaxCount - 2}, MaxCount - 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := append([]int64(nil), tc.in...)
			assert.Equal(t, tc.want, median(in))
			assert.Equal(t, tc.in, in, "input not reordered")
		})
	}
}
