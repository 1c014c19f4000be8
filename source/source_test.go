package source_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/source"
)

// sohr is the Syrian Observatory for Human Rights as REFERENCE.md §8
// describes it: based in Coventry, UK, Arabic name as given there.
func sohr() source.Source {
	return source.Source{
		ID:    "sohr",
		Name:  "Syrian Observatory for Human Rights",
		Short: "SOHR",
		Names: []source.Name{
			{Text: "المرصد السوري لحقوق الإنسان", Lang: language.Arabic},
		},
		Kind:     source.KindMonitor,
		Language: language.Arabic,
		Country:  "GB",
		URL:      "https://www.syriahr.com",
	}
}

func TestSourceRef(t *testing.T) {
	assert.Equal(t, source.Ref{ID: "sohr", Name: "Syrian Observatory for Human Rights"}, sohr().Ref())
	assert.Equal(t, source.Ref{}, source.Source{}.Ref())
}

func TestSourceValidate(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*source.Source)
		want   []problem
	}{
		{"valid", func(*source.Source) {}, nil},
		{"minimal", func(s *source.Source) { *s = source.Source{ID: "tass", Name: "TASS"} }, nil},
		{"zero value", func(s *source.Source) { *s = source.Source{} },
			[]problem{{"id", source.ErrMissing}, {"name", source.ErrMissing}}},
		{"malformed id", func(s *source.Source) { s.ID = "SOHR" }, []problem{{"id", source.ErrBadID}}},
		{"empty other name", func(s *source.Source) { s.Names = append(s.Names, source.Name{Lang: language.English}) },
			[]problem{{"names[1].text", source.ErrMissing}}},
		{"unregistered kind", func(s *source.Source) { s.Kind = "org.example/unregistered" },
			[]problem{{"kind", source.ErrUnknownKind}}},
		{"malformed kind", func(s *source.Source) { s.Kind = "Monitor" }, []problem{{"kind", source.ErrUnknownKind}}},
		{"lower-case country", func(s *source.Source) { s.Country = "gb" }, []problem{{"country", source.ErrBadCountry}}},
		{"alpha-3 country", func(s *source.Source) { s.Country = "GBR" }, []problem{{"country", source.ErrBadCountry}}},
		{"non-canonical UK", func(s *source.Source) { s.Country = "UK" }, []problem{{"country", source.ErrBadCountry}}},
		{"private-use country", func(s *source.Source) { s.Country = "QQ" }, []problem{{"country", source.ErrBadCountry}}},
		{"unknown region", func(s *source.Source) { s.Country = "ZZ" }, []problem{{"country", source.ErrBadCountry}}},
		{"region group", func(s *source.Source) { s.Country = "145" }, []problem{{"country", source.ErrBadCountry}}},
		{"not a code", func(s *source.Source) { s.Country = "Britain" }, []problem{{"country", source.ErrBadCountry}}},
		{"relative url", func(s *source.Source) { s.URL = "www.syriahr.com" }, []problem{{"url", source.ErrBadURL}}},
		{"ftp url", func(s *source.Source) { s.URL = "ftp://syriahr.com" }, []problem{{"url", source.ErrBadURL}}},
		{"unparsable url", func(s *source.Source) { s.URL = "https://exa mple.com/%zz" }, []problem{{"url", source.ErrBadURL}}},
		{"actor link", func(s *source.Source) { s.Actor = "centcom" }, nil},
		{"malformed actor", func(s *source.Source) { s.Actor = "CENTCOM" }, []problem{{"actor", source.ErrBadID}}},
		{"reliability graded", func(s *source.Source) { s.Reliability = source.CannotBeJudged }, nil},
		{"reliability out of range", func(s *source.Source) { s.Reliability = 7 }, []problem{{"reliability", source.ErrBadGrade}}},
		{"invalid UTF-8 notes", func(s *source.Source) { s.Notes = "\xc3" }, []problem{{"notes", source.ErrBadText}}},
		{"invalid UTF-8 short", func(s *source.Source) { s.Short = "\xc3" }, []problem{{"short", source.ErrBadText}}},
		{"several at once", func(s *source.Source) {
			s.Name = ""
			s.Country = "UK"
			s.URL = "syriahr"
			s.Reliability = 9
		}, []problem{
			{"name", source.ErrMissing},
			{"country", source.ErrBadCountry},
			{"url", source.ErrBadURL},
			{"reliability", source.ErrBadGrade},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := sohr()
			tc.modify(&s)
			assertProblems(t, tc.want, s.Validate())
		})
	}
}

func TestSourceValidateMessage(t *testing.T) {
	s := sohr()
	s.Country = "UK"
	assert.EqualError(t, s.Validate(), `source: country "UK": invalid country code: canonical form is "GB"`)
}

func TestParseCountry(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"GB", "GB"},
		{"gb", "GB"},
		{"GBR", "GB"},
		{"826", "GB"},
		{"UK", "GB"},
		{"SY", "SY"},
		{"syr", "SY"},
		{"760", "SY"},
		{"TR", "TR"},
		{"RU", "RU"},
		{"XK", "XK"},
		{"SU", "SU"},
		{"BU", "MM"},
		{"QQ", ""},
		{"QQQ", ""},
		{"ZZ", ""},
		{"145", ""},
		{"EU", ""},
		{"UN", ""},
		{"EZ", ""},
		{"", ""},
		{"G B", ""},
		{"Syria", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := source.ParseCountry(tc.in)
			if tc.want == "" {
				assert.ErrorIs(t, err, source.ErrBadCountry)
				assert.Equal(t, "", got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	_, err := source.ParseCountry("QQ")
	assert.EqualError(t, err, `source: country "QQ": invalid country code`)
}

func TestSourceJSON(t *testing.T) {
	full := sohr()
	full.Actor = "org.example/sohr-actor"
	full.Reliability = source.UsuallyReliable // illustrative test value, not an assessment of SOHR
	full.Notes = "Test note."
	tests := []struct {
		name string
		in   source.Source
		json string
	}{
		{"minimal", source.Source{ID: "tass", Name: "TASS"}, `{"id":"tass","name":"TASS"}`},
		{"sohr", sohr(), `{"id":"sohr","name":"Syrian Observatory for Human Rights","short":"SOHR",` +
			`"names":[{"text":"المرصد السوري لحقوق الإنسان","lang":"ar"}],"kind":"monitor","language":"ar",` +
			`"country":"GB","url":"https://www.syriahr.com"}`},
		{"all fields", full, `{"id":"sohr","name":"Syrian Observatory for Human Rights","short":"SOHR",` +
			`"names":[{"text":"المرصد السوري لحقوق الإنسان","lang":"ar"}],"kind":"monitor","language":"ar",` +
			`"country":"GB","url":"https://www.syriahr.com","actor":"org.example/sohr-actor","reliability":"B",` +
			`"notes":"Test note."}`},
		{"name without language", source.Source{ID: "tass", Name: "TASS", Names: []source.Name{{Text: "ИТАР-ТАСС"}}},
			`{"id":"tass","name":"TASS","names":[{"text":"ИТАР-ТАСС"}]}`},
		{"unregistered kind kept", source.Source{ID: "x", Name: "X", Kind: "org.example/podcast"},
			`{"id":"x","name":"X","kind":"org.example/podcast"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(b))
			var back source.Source
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tc.in, back)
		})
	}
}

func TestSourceJSONErrors(t *testing.T) {
	tests := []struct {
		name string
		json string
		want error
	}{
		{"malformed id", `{"id":"SOHR","name":"x"}`, source.ErrBadID},
		{"malformed kind", `{"id":"sohr","name":"x","kind":"Monitor"}`, source.ErrUnknownKind},
		{"bad reliability", `{"id":"sohr","name":"x","reliability":"G"}`, source.ErrBadGrade},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s source.Source
			assert.ErrorIs(t, json.Unmarshal([]byte(tc.json), &s), tc.want)
		})
	}
	t.Run("malformed language tag", func(t *testing.T) {
		var s source.Source
		err := json.Unmarshal([]byte(`{"id":"sohr","name":"x","language":"xx-invalid-!!"}`), &s)
		assert.ErrorIs(t, err, source.ErrBadLanguage)
		assert.EqualError(t, err, `language: source: language "xx-invalid-!!": invalid language tag`)
	})
	t.Run("malformed name language", func(t *testing.T) {
		var s source.Source
		err := json.Unmarshal([]byte(`{"id":"sohr","name":"x","names":[{"text":"y","lang":"!!"}]}`), &s)
		assert.ErrorIs(t, err, source.ErrBadLanguage)
	})
	t.Run("marshal malformed id", func(t *testing.T) {
		_, err := json.Marshal(source.Source{ID: "Bad ID", Name: "x"})
		assert.ErrorIs(t, err, source.ErrBadID)
	})
}

func TestSourceJSONLanguage(t *testing.T) {
	tests := []struct {
		name string
		json string
		want string // Tag.String of the decoded tag
		out  string
	}{
		{"empty means und", `""`, "und", `{"id":"x","name":"X"}`},
		{"und", `"und"`, "und", `{"id":"x","name":"X"}`},
		{"case normalised", `"en-gb"`, "en-GB", `{"id":"x","name":"X","language":"en-GB"}`},
		{"deprecated code kept as written", `"iw"`, "iw", `{"id":"x","name":"X","language":"iw"}`},
		{"script and region", `"ku-Arab-IQ"`, "ku-Arab-IQ", `{"id":"x","name":"X","language":"ku-Arab-IQ"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s source.Source
			require.NoError(t, json.Unmarshal([]byte(`{"id":"x","name":"X","language":`+tc.json+`}`), &s))
			assert.Equal(t, tc.want, s.Language.String())
			b, err := json.Marshal(s)
			require.NoError(t, err)
			assert.Equal(t, tc.out, string(b))

			var n source.Name
			require.NoError(t, json.Unmarshal([]byte(`{"text":"X","lang":`+tc.json+`}`), &n))
			assert.Equal(t, tc.want, n.Lang.String())
		})
	}
}

func TestSourceUnmarshalReplaces(t *testing.T) {
	s := sohr()
	require.NoError(t, json.Unmarshal([]byte(`{"id":"tass","name":"TASS"}`), &s))
	assert.Equal(t, source.Source{ID: "tass", Name: "TASS"}, s)
}
