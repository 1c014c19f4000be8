package acled_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/acled"
)

func TestInterForm(t *testing.T) {
	for _, f := range []acled.InterForm{acled.InterNumeric, acled.InterText} {
		got, err := acled.ParseInterForm(f.String())
		require.NoError(t, err)
		assert.Equal(t, f, got)
		b, err := f.MarshalText()
		require.NoError(t, err)
		var back acled.InterForm
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, f, back)
	}
	assert.Equal(t, []string{"numeric", "text", "", "InterForm(3)"}, []string{acled.InterNumeric.String(),
		acled.InterText.String(), acled.InterFormUnspecified.String(), acled.InterForm(3).String()})
	for _, bad := range []string{"", "Numeric", "number"} {
		_, err := acled.ParseInterForm(bad)
		assert.ErrorIs(t, err, acled.ErrBadForm, bad)
	}
	var f acled.InterForm = acled.InterText
	require.NoError(t, f.UnmarshalText([]byte{}))
	assert.True(t, f.IsZero())
	_, err := acled.InterForm(3).MarshalText()
	assert.ErrorIs(t, err, acled.ErrBadForm)
}

// TestExtraJSON checks that an Extra with every field survives JSON, in
// the event and on its own.
func TestExtraJSON(t *testing.T) {
	x := acled.Extra{Layout: acled.LayoutV5, HXL: true, CRLF: true, DateForm: acled.DateSlash,
		InterForm: acled.InterText, DataID: "7083555", EventIDNoCnty: "78126", Region: "Middle East",
		GWNO: "652", Disorder: []event.Disorder{event.DisorderDemonstrations, event.DisorderPoliticalViolence},
		CivilianTargeting: true, SourceScale: "National", Timestamp: 1589243119,
		Columns:  []acled.Column{{Name: "", Value: "0"}, {Name: "population_best", Value: "1234"}},
		Verbatim: map[string]string{"year": "2001-2002"}}
	b, err := json.Marshal(x)
	require.NoError(t, err)
	assert.JSONEq(t, `{"layout":"v5","hxl":true,"crlf":true,"date_form":"dd/mm/yyyy","inter_form":"text",`+
		`"data_id":"7083555","event_id_no_cnty":"78126","region":"Middle East","gwno":"652",`+
		`"disorder":["demonstrations","political-violence"],"civilian_targeting":true,"source_scale":"National",`+
		`"timestamp":1589243119,"columns":[{"name":"","value":"0"},{"name":"population_best","value":"1234"}],`+
		`"verbatim":{"year":"2001-2002"}}`, string(b))
	var back acled.Extra
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, x, back)

	e := modelEvent()
	require.NoError(t, acled.SetExtra(&e, x))
	got := viaNDJSON(t, []event.Event{e})[0]
	gx, ok, err := acled.GetExtra(got)
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, x, gx)

	zero, err := json.Marshal(acled.Extra{})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(zero))
}

func TestGetExtra(t *testing.T) {
	_, ok, err := acled.GetExtra(modelEvent())
	assert.NoError(t, err)
	assert.False(t, ok, "no Extra record")

	e := modelEvent()
	e.Ext = event.Ext{acled.ExtKey: json.RawMessage(`{"layout":"v5","unknown":1}`)}
	_, _, err = acled.GetExtra(e)
	assert.ErrorIs(t, err, event.ErrBadExt, "unknown members are refused")

	assert.ErrorIs(t, acled.SetExtra(&e, acled.Extra{DateForm: 99}), event.ErrBadExt)

	x := acled.Extra{Columns: []acled.Column{{Name: "a", Value: "1"}}}
	_, ok = x.Column("A")
	assert.False(t, ok, "names compare exactly")
}

// plainExtra has Extra's fields without its JSON methods: encoding/json's
// reflection is the reference the hand-written codec must match.
type plainExtra acled.Extra

// TestExtraJSONMatchesReflection checks the hand-written codec against
// encoding/json on records with every kind of text.
func TestExtraJSONMatchesReflection(t *testing.T) {
	odd := "a\"b\\c\n\r\t\b\f\x01<>&\u2028\u2029é\xff"
	for _, x := range []acled.Extra{
		{},
		{Layout: acled.LayoutCurrent, DateForm: acled.DateISO, InterForm: acled.InterNumeric, Timestamp: -5},
		{Region: odd, SourceScale: odd, Columns: []acled.Column{{Name: odd, Value: ""}}, Verbatim: map[string]string{odd: odd, "b": "", "a": "x"}},
		{Disorder: []event.Disorder{event.DisorderStrategicDevelopments}, CivilianTargeting: true, HXL: true, CRLF: true, GWNO: "652"},
		{CR: true, Encoding: "windows-1252", BOM: true},
		{Encoding: "utf-16le", BOM: true, CRLF: true},
	} {
		mine, err := json.Marshal(x)
		require.NoError(t, err)
		ref, err := json.Marshal(plainExtra(x))
		require.NoError(t, err)
		// Go 1.27's encoding/json writes a replaced byte as U+FFFD itself,
		// Go 1.26's and this codec as the escape \ufffd; odd has no U+FFFD
		// of its own.
		assert.Equal(t, strings.ReplaceAll(string(ref), "\uFFFD", `\ufffd`), string(mine))

		var back acled.Extra
		require.NoError(t, json.Unmarshal(mine, &back))
		var refBack plainExtra
		require.NoError(t, json.Unmarshal(mine, &refBack))
		assert.Equal(t, acled.Extra(refBack), back)
	}
}

func TestExtraUnmarshalErrors(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"unknown member", `{"layout":"v5","other":1}`},
		{"repeated member", `{"layout":"v5","layout":"v5"}`},
		{"member names are exact", `{"Layout":"v5"}`},
		{"fraction", `{"timestamp":1.5}`},
		{"exponent", `{"timestamp":1e3}`},
		{"leading zero", `{"timestamp":01}`},
		{"out of range", `{"timestamp":9223372036854775808}`},
		{"unknown date form", `{"date_form":"dd-mm-yyyy"}`},
		{"unknown inter form", `{"inter_form":"words"}`},
		{"unknown disorder", `{"disorder":["riots"]}`},
		{"string for bool", `{"hxl":"true"}`},
		{"unknown column member", `{"columns":[{"name":"a","cell":"b"}]}`},
		{"null column", `{"columns":[null]}`},
		{"trailing data", `{} {}`},
		{"unterminated", `{"region":"x`},
		{"not an object", `[]`},
		{"control character", "{\"region\":\"a\x01\"}"},
		{"unknown encoding", `{"encoding":"klingon"}`},
		{"encoding the writer cannot write", `{"encoding":"shift_jis"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var x acled.Extra
			assert.ErrorIs(t, x.UnmarshalJSON([]byte(tc.in)), event.ErrBadExt)
		})
	}
	t.Run("null", func(t *testing.T) {
		x := acled.Extra{Region: "kept"}
		require.NoError(t, x.UnmarshalJSON([]byte(" null ")))
		assert.Equal(t, "kept", x.Region)
		require.NoError(t, x.UnmarshalJSON([]byte(`{"region":null,"disorder":null,"verbatim":null,"hxl":null}`)))
		assert.Equal(t, acled.Extra{}, x)
	})
}
