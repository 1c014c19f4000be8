package ucdp_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/ucdp"
)

// The headers of REFERENCE.md §2.1, copied.
const (
	refGED20 = "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob"
	refGED19 = "id,year,active_year,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,side_a_new_id,gwnoa,side_a,side_b_new_id,gwnob,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high"
	refSyria = "id,year,active_year,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,side_a_new_id,side_a,side_b_new_id,gwnob,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high"
	refHDX   = "id,year,active_year,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,side_a_new_id,gwnoa,side_a,side_b_new_id,gwnob,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,iso3,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high"
)

func TestLayoutColumns(t *testing.T) {
	tests := []struct {
		layout ucdp.Layout
		header string
		n      int
	}{
		{ucdp.LayoutGED20, refGED20, 49},
		{ucdp.LayoutGED19, refGED19, 42},
		{ucdp.LayoutSyria, refSyria, 41},
		{ucdp.LayoutHDX, refHDX, 43},
	}
	for _, tc := range tests {
		t.Run(string(tc.layout), func(t *testing.T) {
			cols := tc.layout.Columns()
			assert.Len(t, cols, tc.n)
			assert.Equal(t, tc.header, strings.Join(cols, ","))
			// Reading the bare header detects the layout.
			r := ucdp.NewReader(strings.NewReader(tc.header + "\n"))
			_, err := r.Read()
			require.Error(t, err) // io.EOF
			assert.Equal(t, tc.layout, r.Layout())
		})
	}
	assert.Nil(t, ucdp.Layout("ged18").Columns())
	assert.Equal(t, []ucdp.Layout{ucdp.LayoutGED20, ucdp.LayoutGED19, ucdp.LayoutSyria, ucdp.LayoutHDX}, ucdp.Layouts())
}

// TestDetectMixed checks detection on headers that are not one of the four:
// the rules of REFERENCE's table, in order.
func TestDetectMixed(t *testing.T) {
	tests := []struct {
		name   string
		header string
		want   ucdp.Layout
	}{
		{"upper case 19.1", strings.ToUpper(refGED19), ucdp.LayoutGED19},
		{"relid only", "id,relid,type_of_violence,date_start,date_end", ucdp.LayoutGED20},
		{"iso3 and gwnoa", "id,iso3,gwnoa,type_of_violence,date_start,date_end", ucdp.LayoutHDX},
		{"bare minimum", "id,type_of_violence,date_start,date_end", ucdp.LayoutSyria},
		{"spaces around names", " id , type_of_violence,date_start,date_end,gwnoa", ucdp.LayoutGED19},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := ucdp.NewReader(strings.NewReader(tc.header + "\n"))
			_, _ = r.Read()
			assert.Equal(t, tc.want, r.Layout())
		})
	}
}

func TestParseLayout(t *testing.T) {
	tests := []struct {
		in   string
		want ucdp.Layout
		err  error
	}{
		{"ged20", ucdp.LayoutGED20, nil},
		{"ged19", ucdp.LayoutGED19, nil},
		{"syria", ucdp.LayoutSyria, nil},
		{"hdx", ucdp.LayoutHDX, nil},
		{"GED20", "", ucdp.ErrBadLayout},
		{"ged19 ", "", ucdp.ErrBadLayout},
		{"", "", ucdp.ErrBadLayout},
		{"20.1", "", ucdp.ErrBadLayout},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ucdp.ParseLayout(tc.in)
			assert.ErrorIs(t, err, tc.err)
			assert.Equal(t, tc.want, got)
			if err == nil {
				assert.Equal(t, tc.in, got.String())
				b, err := got.MarshalText()
				require.NoError(t, err)
				var back ucdp.Layout
				require.NoError(t, back.UnmarshalText(b))
				assert.Equal(t, got, back)
			} else {
				assert.Equal(t, `ucdp: layout "`+tc.in+`": ucdp: unknown layout`, err.Error())
			}
		})
	}
	var l ucdp.Layout = "x"
	require.NoError(t, l.UnmarshalText(nil))
	assert.True(t, l.IsZero())
	_, err := ucdp.Layout("ged18").MarshalText()
	assert.ErrorIs(t, err, ucdp.ErrBadLayout)
	assert.ErrorIs(t, l.UnmarshalText([]byte("ged18")), ucdp.ErrBadLayout)
}

// fullExtra sets every field, to catch one that JSON would drop.
func fullExtra() ucdp.Extra {
	return ucdp.Extra{
		Layout: ucdp.LayoutGED20, RelID: "SYR-2015-1-14620-619", CodeStatus: "Clear",
		ActiveYear: ptr(false), ActiveYearWords: true,
		ConflictDsetID: "a", ConflictNewID: "b", ConflictName: "c", DyadDsetID: "d", DyadNewID: "e", DyadName: "f",
		SideADsetID: "g", SideANewID: "h", SideBDsetID: "i", SideBNewID: "j", GWNoA: "2;200;900", GWNoB: "652",
		NumberOfSources: ptr(0), SourceArticle: "R 2/6/1990", SourceOriginal: "SOHR",
		PrioGridGID: "180442", CountryID: "652", EventClarity: 2, DateTime: " 00:00:00.000", DateForm: "02-January-2006", WKTDecimals: 6,
		Columns:  []ucdp.Column{{Name: "population_best", Value: ""}, {Name: "x", Value: "1"}},
		Verbatim: map[string]string{"geom_wkt": "POINT (1 2)", "low": ""},
	}
}

func TestExtraJSON(t *testing.T) {
	tests := []struct {
		name string
		x    ucdp.Extra
		json string
	}{
		{"zero", ucdp.Extra{}, `{}`},
		{"false and zero kept", ucdp.Extra{ActiveYear: ptr(false), NumberOfSources: ptr(0)}, `{"active_year":false,"number_of_sources":0}`},
		{"full", fullExtra(), `{"layout":"ged20","relid":"SYR-2015-1-14620-619","code_status":"Clear","active_year":false,"active_year_words":true,` +
			`"conflict_dset_id":"a","conflict_new_id":"b","conflict_name":"c","dyad_dset_id":"d","dyad_new_id":"e","dyad_name":"f",` +
			`"side_a_dset_id":"g","side_a_new_id":"h","side_b_dset_id":"i","side_b_new_id":"j","gwnoa":"2;200;900","gwnob":"652",` +
			`"number_of_sources":0,"source_article":"R 2/6/1990","source_original":"SOHR","priogrid_gid":"180442","country_id":"652",` +
			`"event_clarity":2,"date_time":" 00:00:00.000","date_form":"02-January-2006","wkt_decimals":6,` +
			`"columns":[{"name":"population_best","value":""},{"name":"x","value":"1"}],"verbatim":{"geom_wkt":"POINT (1 2)","low":""}}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.x)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(b))

			e := event.New(event.Battles) // an event needs an ID and a type to decode
			require.NoError(t, ucdp.SetExtra(&e, tc.x))
			line, err := event.MarshalEvent(e)
			require.NoError(t, err)
			back, err := event.UnmarshalEvent(line)
			require.NoError(t, err)
			got, ok, err := ucdp.GetExtra(back)
			require.NoError(t, err)
			require.True(t, ok)
			assert.Equal(t, tc.x, got)
		})
	}
}

func TestGetExtra(t *testing.T) {
	_, ok, err := ucdp.GetExtra(event.Event{})
	assert.False(t, ok)
	assert.NoError(t, err)

	e := event.Event{Ext: event.Ext{ucdp.ExtKey: []byte(`{"relid":"x","unknown":1}`)}}
	_, ok, err = ucdp.GetExtra(e)
	assert.True(t, ok)
	assert.ErrorIs(t, err, event.ErrBadExt)

	e.Ext[ucdp.ExtKey] = []byte(`{"layout":"ged18"}`)
	_, _, err = ucdp.GetExtra(e)
	assert.ErrorIs(t, err, ucdp.ErrBadLayout)
	assert.NoError(t, event.CheckExtKey(ucdp.ExtKey))
}

// plainExtra is Extra without its JSON methods: encoding/json's reflection
// gives the reference the hand-written codec must match.
type plainExtra ucdp.Extra

func reflectJSON(t *testing.T, x ucdp.Extra) string {
	t.Helper()
	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(plainExtra(x)))
	// Go 1.27's encoding/json writes a replaced byte as U+FFFD itself, Go
	// 1.26's and this codec as the escape \ufffd; the tests' texts have no
	// U+FFFD of their own.
	return strings.ReplaceAll(strings.TrimSuffix(buf.String(), "\n"), "\uFFFD", `\ufffd`)
}

func TestExtraJSONMatchesReflection(t *testing.T) {
	tricky := "tab\t nl\n cr\r quote\" back\\ ctl\x01\x1f del\x7f <&> \u2028\u2029 é 中 bad\xff\xfe end"
	tests := []struct {
		name string
		x    ucdp.Extra
	}{
		{"zero", ucdp.Extra{}},
		{"full", fullExtra()},
		{"tricky text", ucdp.Extra{SourceOriginal: tricky, Columns: []ucdp.Column{{Name: tricky, Value: ""}},
			Verbatim: map[string]string{"b": tricky, "a": "", "\u00e9": "x"}}},
		{"negative and large", ucdp.Extra{NumberOfSources: ptr(-1), EventClarity: -3, WKTDecimals: 1 << 40}},
		{"empty slices", ucdp.Extra{Columns: []ucdp.Column{}, Verbatim: map[string]string{}}},
		{"file: CR LF, Windows-1252, BOM", ucdp.Extra{Layout: ucdp.LayoutGED19, CRLF: true, Encoding: "windows-1252", BOM: true}},
		{"file: CR, UTF-16LE", ucdp.Extra{CR: true, Encoding: "utf-16le"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.x.MarshalJSON()
			require.NoError(t, err)
			want := reflectJSON(t, tc.x)
			assert.Equal(t, want, string(got))

			var mine ucdp.Extra
			require.NoError(t, mine.UnmarshalJSON(got))
			var ref plainExtra
			require.NoError(t, json.Unmarshal(got, &ref))
			assert.Equal(t, ucdp.Extra(ref), mine)
		})
	}
}

func TestExtraUnmarshalStrict(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"not JSON", `{"relid":`, event.ErrBadExt},
		{"not an object", `["relid"]`, event.ErrBadExt},
		{"unknown member", `{"Relid":"x"}`, event.ErrBadExt},
		{"repeated member", `{"relid":"x","relid":"y"}`, event.ErrBadExt},
		{"string for a number", `{"event_clarity":"2"}`, event.ErrBadExt},
		{"unknown encoding", `{"encoding":"klingon"}`, event.ErrBadExt},
		{"encoding the writer cannot write", `{"encoding":"shift_jis"}`, event.ErrBadExt},
		{"fraction", `{"number_of_sources":1.5}`, event.ErrBadExt},
		{"number for a string", `{"gwnoa":775}`, event.ErrBadExt},
		{"number for a bool", `{"active_year":1}`, event.ErrBadExt},
		{"unknown layout", `{"layout":"ged18"}`, ucdp.ErrBadLayout},
		{"unknown date form", `{"date_form":"2006-01-02"}`, event.ErrBadExt},
		{"date form not a string", `{"date_form":1}`, event.ErrBadExt},
		{"column with an unknown member", `{"columns":[{"name":"a","val":"b"}]}`, event.ErrBadExt},
		{"null column", `{"columns":[null]}`, event.ErrBadExt},
		{"repeated verbatim key", `{"verbatim":{"low":"1","low":"2"}}`, event.ErrBadExt},
		{"verbatim number", `{"verbatim":{"low":1}}`, event.ErrBadExt},
		{"data after the object", `{"relid":"a"} x`, event.ErrBadExt},
		{"data after null", `null x`, event.ErrBadExt},
		{"second object", `{}{}`, event.ErrBadExt},
		{"leading zero", `{"event_clarity":01}`, event.ErrBadExt},
		{"exponent", `{"event_clarity":1e2}`, event.ErrBadExt},
		{"plus sign", `{"event_clarity":+1}`, event.ErrBadExt},
		{"control character", "{\"relid\":\"a\x01\"}", event.ErrBadExt},
		{"bad escape", `{"relid":"\x41"}`, event.ErrBadExt},
		{"unterminated", `{"relid":"a`, event.ErrBadExt},
		{"trailing comma", `{"relid":"a",}`, event.ErrBadExt},
		{"truex", `{"active_year":truex}`, event.ErrBadExt},
		{"empty", ``, event.ErrBadExt},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var x ucdp.Extra
			assert.ErrorIs(t, x.UnmarshalJSON([]byte(tc.in)), tc.want)
		})
	}
	var x ucdp.Extra
	require.NoError(t, x.UnmarshalJSON([]byte(` { "relid" : "a\u0062" , "active_year" : null, "columns" : null, "verbatim": {} } `)))
	assert.Equal(t, ucdp.Extra{RelID: "ab", Verbatim: map[string]string{}}, x)
	x = ucdp.Extra{RelID: "kept"}
	require.NoError(t, x.UnmarshalJSON([]byte(`null`)))
	assert.Equal(t, "kept", x.RelID)
}
