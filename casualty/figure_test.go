package casualty

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFigureString(t *testing.T) {
	tests := []struct {
		name string
		f    Figure
		want string
	}{
		{"seed article: war monitor", NewFigure(Killed, Combatants, AtLeast(40)), "at least 40 combatants killed"},
		{"seed article: one wounded child", NewFigure(Injured, Children, AtLeast(1)), "at least 1 child injured"},
		{"seed article: numerous casualties", NewFigure(KilledOrInjured, "", Some()), "more than zero people killed or injured"},
		{"seed article: more than 370,000", NewFigure(Killed, People, MoreThan(370_000)), "more than 370,000 people killed"},
		{"zero group is people", NewFigure(Killed, "", Exactly(2)), "2 people killed"},
		{"singular person", NewFigure(Missing, "", Exactly(1)), "1 person missing"},
		{"more than 1 is plural", NewFigure(Detained, Men, MoreThan(1)), "more than 1 men detained"},
		{"known zero", NewFigure(Killed, Journalists, Exactly(0)), "0 journalists killed"},
		{"unknown count", NewFigure(Missing, Civilians, Unknown()), "an unknown number of civilians missing"},
		{"two-word group", NewFigure(Abducted, AidWorkers, Between(2, 5)), "2-5 aid workers abducted"},
		{"elderly", NewFigure(Displaced, Elderly, About(300)), "about 300 elderly people displaced"},
		{"singular elderly", NewFigure(Evacuated, Elderly, Exactly(1)), "1 elderly person evacuated"},
		{"medical", NewFigure(Affected, MedicalWorkers, Exactly(1)), "1 medical worker affected"},
		{"unidentified, one", NewFigure(Killed, Unidentified, Exactly(1)), "1 person of unknown status killed"},
		{"unidentified, several", NewFigure(Killed, Unidentified, Exactly(3)), "3 people of unknown status killed"},
		{"women", NewFigure(Injured, Women, Estimate(0, 3, 0)), "low 0, best 3, high 0 women injured"},
		{"population is context", NewFigure(Population, "", About(3_000_000)), "about 3,000,000 people present"},
		{"unregistered codes shown as is", NewFigure("org.example/x", "org.example/y", Exactly(2)), "2 org.example/y org.example/x"},
		{"no outcome", NewFigure("", "", Exactly(2)), "2 people (no outcome)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.f.String())
		})
	}
}

func TestFigureValidate(t *testing.T) {
	tests := []struct {
		name string
		f    Figure
		want []error // every sentinel the error must wrap; nil for valid
		msg  string
	}{
		{"valid", Figure{Outcome: Killed, Group: Civilians, Count: AtLeast(40), Text: "at least 40"}, nil, ""},
		{"unknown count is valid", NewFigure(Missing, "", Unknown()), nil, ""},
		{"unordered estimate is valid", NewFigure(Killed, "", Estimate(0, 3, 0)), nil, ""},
		{"zero figure", Figure{}, []error{ErrUnknownOutcome}, "casualty: figure has no outcome: unknown casualty outcome"},
		{"unregistered outcome", NewFigure("org.example/nope", "", Exactly(1)), []error{ErrUnknownOutcome},
			`casualty: figure outcome "org.example/nope": unknown casualty outcome`},
		{"unregistered group", NewFigure(Killed, "org.example/nope", Exactly(1)), []error{ErrUnknownGroup},
			`casualty: figure group "org.example/nope": unknown casualty group`},
		{"invalid count", NewFigure(Killed, "", Exactly(-1)), []error{ErrNegative}, `casualty: count "-1": negative count`},
		{"bad text", Figure{Outcome: Killed, Count: Exactly(1), Text: "\xff"}, []error{ErrBadText},
			`casualty: figure text "\xff": figure text is not valid UTF-8`},
		{"every problem at once", Figure{Group: "org.example/nope", Count: Between(5, 2), Text: "\xff"},
			[]error{ErrUnknownOutcome, ErrUnknownGroup, ErrBadCount, ErrBadText},
			"casualty: figure has no outcome: unknown casualty outcome\n" +
				`casualty: figure group "org.example/nope": unknown casualty group` + "\n" +
				`casualty: count "5-2": range low above high: invalid count` + "\n" +
				`casualty: figure text "\xff": figure text is not valid UTF-8`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.f.Validate()
			if tc.want == nil {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			for _, w := range tc.want {
				assert.ErrorIs(t, err, w)
			}
			assert.Equal(t, tc.msg, err.Error())
		})
	}
}

func TestFigureJSON(t *testing.T) {
	tests := []struct {
		name string
		f    Figure
		want string
	}{
		{"full", Figure{Outcome: Killed, Group: Combatants, Count: AtLeast(40), Text: "at least 40"},
			`{"outcome":"killed","group":"combatants","count":{"at_least":40},"text":"at least 40"}`},
		{"zero group and text omitted", NewFigure(Killed, "", MoreThan(370_000)),
			`{"outcome":"killed","count":{"more_than":370000}}`},
		{"known zero kept", NewFigure(Killed, Civilians, Exactly(0)),
			`{"outcome":"killed","group":"civilians","count":{"exact":0}}`},
		{"unknown count", NewFigure(Missing, "", Unknown()),
			`{"outcome":"missing","count":{}}`},
		{"text verbatim", Figure{Outcome: KilledOrInjured, Count: Some(), Text: "numerous casualties"},
			`{"outcome":"killed-or-injured","count":{"some":true},"text":"numerous casualties"}`},
		{"non-ASCII text", Figure{Outcome: Killed, Count: AtLeast(40), Text: "40 قتيلاً على الأقل"},
			`{"outcome":"killed","count":{"at_least":40},"text":"40 قتيلاً على الأقل"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.f)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(b))
			var got Figure
			require.NoError(t, json.Unmarshal(b, &got))
			assert.Equal(t, tc.f, got)
		})
	}
}

func TestFigureJSONErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"malformed outcome", `{"outcome":"Killed","count":{}}`, ErrUnknownOutcome},
		{"malformed group", `{"outcome":"killed","group":"aid workers","count":{}}`, ErrUnknownGroup},
		{"bad count", `{"outcome":"killed","count":{"exact":-1}}`, ErrNegative},
		{"count as string", `{"outcome":"killed","count":"40"}`, ErrBadCount},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got Figure
			err := json.Unmarshal([]byte(tc.in), &got)
			assert.ErrorIs(t, err, tc.want)
		})
	}
	t.Run("invalid count does not marshal", func(t *testing.T) {
		_, err := json.Marshal(NewFigure(Killed, "", Between(5, 2)))
		assert.True(t, errors.Is(err, ErrBadCount), "%v", err)
	})
}
