package casualty

import (
	"encoding/json"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOutcomes(t *testing.T) {
	want := []Outcome{Killed, Injured, KilledOrInjured, Missing, Detained, Abducted, Displaced, Affected, Evacuated, Population}
	got := Outcomes()
	require.GreaterOrEqual(t, len(got), len(want))
	assert.Equal(t, want, got[:len(want)], "built-ins first, in order")
	assert.Equal(t, []string{"killed", "injured", "killed-or-injured", "missing", "detained", "abducted", "displaced", "affected", "evacuated", "population"},
		[]string{string(Killed), string(Injured), string(KilledOrInjured), string(Missing), string(Detained), string(Abducted), string(Displaced), string(Affected), string(Evacuated), string(Population)})
	for _, o := range want {
		assert.True(t, o.Known(), o)
		assert.NotEmpty(t, o.Label(), o)
		assert.NotEmpty(t, o.Description(), o)
	}
}

func TestGroups(t *testing.T) {
	want := []Group{People, Civilians, Combatants, Children, Women, Men, Elderly, Journalists, AidWorkers, MedicalWorkers, Unidentified}
	got := Groups()
	require.GreaterOrEqual(t, len(got), len(want))
	assert.Equal(t, want, got[:len(want)], "built-ins first, in order")
	assert.Equal(t, "aid-workers", string(AidWorkers))
	assert.Equal(t, "medical-workers", string(MedicalWorkers))
	for _, g := range want {
		assert.True(t, g.Known(), g)
		assert.NotEmpty(t, g.Label(), g)
		assert.NotEmpty(t, g.Description(), g)
	}
}

func TestParseOutcome(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Outcome
		err  error
		msg  string
	}{
		{"killed", "killed", Killed, nil, ""},
		{"population", "population", Population, nil, ""},
		{"misspelt", "kiled", "", ErrUnknownOutcome, `casualty outcome "kiled": unknown casualty outcome`},
		{"capitalised", "Killed", "", ErrUnknownOutcome, `casualty outcome "Killed": malformed code: unknown casualty outcome`},
		{"padded", " killed", "", ErrUnknownOutcome, `casualty outcome " killed": malformed code: unknown casualty outcome`},
		{"empty", "", "", ErrUnknownOutcome, `casualty outcome "": malformed code: unknown casualty outcome`},
		{"well formed but unregistered", "org.example/tortured-x", "", ErrUnknownOutcome, `casualty outcome "org.example/tortured-x": unknown casualty outcome`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseOutcome(tc.in)
			if tc.err == nil {
				require.NoError(t, err)
				assert.Equal(t, tc.want, got)
				return
			}
			assert.ErrorIs(t, err, tc.err)
			assert.Equal(t, tc.msg, err.Error())
			assert.Equal(t, Outcome(""), got)
		})
	}
}

func TestParseGroup(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Group
		err  error
		msg  string
	}{
		{"civilians", "civilians", Civilians, nil, ""},
		{"aid-workers", "aid-workers", AidWorkers, nil, ""},
		{"label is not a code", "Aid workers", "", ErrUnknownGroup, `casualty group "Aid workers": malformed code: unknown casualty group`},
		{"singular", "civilian", "", ErrUnknownGroup, `casualty group "civilian": unknown casualty group`},
		{"empty", "", "", ErrUnknownGroup, `casualty group "": malformed code: unknown casualty group`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseGroup(tc.in)
			if tc.err == nil {
				require.NoError(t, err)
				assert.Equal(t, tc.want, got)
				return
			}
			assert.ErrorIs(t, err, tc.err)
			assert.Equal(t, tc.msg, err.Error())
			assert.Equal(t, Group(""), got)
		})
	}
}

func TestCodeMethods(t *testing.T) {
	assert.Equal(t, "killed", Killed.String())
	assert.Equal(t, "Killed", Killed.Label())
	assert.Equal(t, "Aid workers", AidWorkers.Label())
	assert.Equal(t, "org.example/x", Outcome("org.example/x").Label(), "unregistered label is the code")
	assert.Equal(t, "", Outcome("org.example/x").Description())
	assert.False(t, Outcome("org.example/x").Known())
	assert.True(t, Outcome("").IsZero())
	assert.False(t, Outcome("").Known())
	assert.False(t, Killed.IsZero())

	var g Group
	assert.True(t, g.IsZero())
	assert.True(t, g.Known(), "zero group means people")
	assert.Equal(t, "People", g.Label())
	assert.Equal(t, "", g.String())
	assert.Equal(t, People.Description(), g.Description())
	assert.False(t, Group("org.example/x").Known())
	assert.Equal(t, "org.example/x", Group("org.example/x").Label())
}

func TestCodeText(t *testing.T) {
	t.Run("outcome round trip, unregistered kept", func(t *testing.T) {
		for _, o := range []Outcome{Killed, Population, "org.example/tortured", ""} {
			b, err := o.MarshalText()
			require.NoError(t, err)
			var got Outcome
			require.NoError(t, got.UnmarshalText(b))
			assert.Equal(t, o, got)
		}
	})
	t.Run("group round trip, unregistered kept", func(t *testing.T) {
		for _, g := range []Group{Civilians, AidWorkers, "org.example/detainees", ""} {
			b, err := g.MarshalText()
			require.NoError(t, err)
			var got Group
			require.NoError(t, got.UnmarshalText(b))
			assert.Equal(t, g, got)
		}
	})
	t.Run("malformed outcome", func(t *testing.T) {
		_, err := Outcome("Killed!").MarshalText()
		assert.ErrorIs(t, err, ErrUnknownOutcome)
		got := Killed
		err = got.UnmarshalText([]byte("Killed!"))
		assert.ErrorIs(t, err, ErrUnknownOutcome)
		assert.Equal(t, `casualty: casualty outcome "Killed!": malformed code: unknown casualty outcome`, err.Error())
		assert.Equal(t, Killed, got, "unchanged on error")
	})
	t.Run("malformed group", func(t *testing.T) {
		_, err := Group("aid workers").MarshalText()
		assert.ErrorIs(t, err, ErrUnknownGroup)
		got := Civilians
		err = got.UnmarshalText([]byte("aid workers"))
		assert.ErrorIs(t, err, ErrUnknownGroup)
		assert.Equal(t, Civilians, got, "unchanged on error")
	})
}

// The default sets are process-wide; register once so -count=N works.
var (
	registerOutcome = sync.OnceValue(func() error {
		return RegisterOutcome("org.example/tortured", "Tortured", "People subjected to torture.")
	})
	registerGroup = sync.OnceValue(func() error {
		return RegisterGroup("org.example/detainees", "Detainees", "People held in detention at the time.")
	})
)

func TestRegister(t *testing.T) {
	require.NoError(t, registerOutcome())
	require.NoError(t, registerGroup())

	o, err := ParseOutcome("org.example/tortured")
	require.NoError(t, err)
	assert.Equal(t, "Tortured", o.Label())
	assert.Equal(t, "People subjected to torture.", o.Description())
	assert.Contains(t, Outcomes(), o)

	g, err := ParseGroup("org.example/detainees")
	require.NoError(t, err)
	assert.Equal(t, "Detainees", g.Label())
	assert.Contains(t, Groups(), g)

	tests := []struct {
		name string
		err  error
		msg  string
	}{
		{"duplicate outcome", RegisterOutcome("killed", "Killed", ""), `casualty: code cannot be registered: casualty outcome "killed": code already registered`},
		{"malformed outcome", RegisterOutcome("Tortured", "", ""), `casualty: code cannot be registered: casualty outcome "Tortured": malformed code`},
		{"duplicate group", RegisterGroup("civilians", "", ""), `casualty: code cannot be registered: casualty group "civilians": code already registered`},
		{"malformed group", RegisterGroup("", "", ""), `casualty: code cannot be registered: casualty group "": malformed code`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.ErrorIs(t, tc.err, ErrRegister)
			require.Error(t, tc.err)
			assert.Equal(t, tc.msg, tc.err.Error())
		})
	}
}

func TestRegisterConcurrent(t *testing.T) {
	// Run with -race: registering and reading at once must be safe.
	var wg sync.WaitGroup
	labels := make([]string, 4)
	for i := range labels {
		wg.Go(func() {
			_ = Outcomes()
			labels[i] = Killed.Label()
			_ = Group("org.example/x").Known()
		})
	}
	// A code of its own, unique per run, so that it really is registered
	// while the readers run (also under -count=N).
	code := fmt.Sprintf("org.example/concurrent-%d", time.Now().UnixNano())
	var regErr error
	wg.Go(func() { regErr = RegisterGroup(code, "Concurrent", "") })
	for range 4 {
		wg.Go(func() { _ = Group(code).Known() })
	}
	wg.Wait()
	require.NoError(t, regErr)
	assert.True(t, Group(code).Known(), "registered while others read")
	assert.Equal(t, []string{"Killed", "Killed", "Killed", "Killed"}, labels)
}

func TestFigureJSONWithCodes(t *testing.T) {
	f := Figure{Outcome: "org.example/unregistered", Group: "org.example/other", Count: AtLeast(2)}
	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.Equal(t, `{"outcome":"org.example/unregistered","group":"org.example/other","count":{"at_least":2}}`, string(b))
	var got Figure
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, f, got)
}
