package source_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/source"
)

// sha256("abc"), the FIPS 180-2 test vector.
const abcHash = "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

func day(y int, m time.Month, d int) *date.Date {
	v := date.New(y, m, d)
	return &v
}

// ajHatay is the Al Jazeera account in the seed article: Bernard Smith
// reporting from Hatay. URLs, dates and the grade are test values.
func ajHatay() source.Citation {
	return source.Citation{
		ID:               "aj-hatay",
		Source:           source.Ref{ID: "al-jazeera", Name: "Al Jazeera"},
		Published:        day(2019, time.September, 1),
		Accessed:         time.Date(2024, time.May, 1, 12, 0, 0, 0, time.UTC),
		Title:            "Syria’s war: US ‘targets al-Qaeda leaders’ in rebel-held Idlib",
		URL:              "https://example.org/aj-idlib",
		ArchiveURL:       "https://archive.example.org/aj-idlib",
		Author:           "Bernard Smith",
		ReportedFrom:     "hatay",
		ReportedFromName: "Hatay",
		Quote:            "a training centre connected with al-Qaeda",
		Language:         language.English,
		Grade:            source.MustParseGrade("B2"),
		ContentHash:      abcHash,
	}
}

// ruMoD is the Russian defence ministry's statement as carried by TASS and
// then Al Jazeera.
func ruMoD() source.Citation {
	return source.Citation{
		ID:     "ru-mod-via-tass",
		Source: source.Ref{ID: "ru-mod", Name: "Russian Ministry of Defence"},
		Via: []source.Ref{
			{ID: "tass", Name: "TASS"},
			{ID: "al-jazeera", Name: "Al Jazeera"},
		},
		Quote: "numerous casualties",
	}
}

func TestCitationChain(t *testing.T) {
	tests := []struct {
		name      string
		c         source.Citation
		chain     []source.Ref
		publisher source.Ref
	}{
		{"first-hand", ajHatay(),
			[]source.Ref{{ID: "al-jazeera", Name: "Al Jazeera"}},
			source.Ref{ID: "al-jazeera", Name: "Al Jazeera"}},
		{"relayed twice", ruMoD(),
			[]source.Ref{{ID: "ru-mod", Name: "Russian Ministry of Defence"}, {ID: "tass", Name: "TASS"}, {ID: "al-jazeera", Name: "Al Jazeera"}},
			source.Ref{ID: "al-jazeera", Name: "Al Jazeera"}},
		{"zero", source.Citation{}, []source.Ref{{}}, source.Ref{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.chain, tc.c.Chain())
			assert.Equal(t, tc.publisher, tc.c.Publisher())
		})
	}
	t.Run("chain is a copy", func(t *testing.T) {
		c := ruMoD()
		chain := c.Chain()
		chain[1].Name = "changed"
		assert.Equal(t, "TASS", c.Via[0].Name)
	})
}

func TestHashContent(t *testing.T) {
	assert.Equal(t, "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", source.HashContent(nil))
	assert.Equal(t, abcHash, source.HashContent([]byte("abc")))
	c := source.Citation{ID: "x", Source: source.Ref{ID: "x", Name: "X"}, ContentHash: source.HashContent([]byte("page"))}
	assert.NoError(t, c.Validate())
}

func TestCitationValidate(t *testing.T) {
	ast := time.FixedZone("AST", 3*60*60)
	tests := []struct {
		name   string
		modify func(*source.Citation)
		want   []problem
	}{
		{"valid", func(*source.Citation) {}, nil},
		{"valid chain", func(c *source.Citation) { *c = ruMoD() }, nil},
		{"minimal", func(c *source.Citation) {
			*c = source.Citation{ID: "sohr-2019-08-31", Source: source.Ref{ID: "sohr", Name: "SOHR"}}
		}, nil},
		{"zero value", func(c *source.Citation) { *c = source.Citation{} }, []problem{
			{"id", source.ErrMissing}, {"source.name", source.ErrMissing},
		}},
		{"name-only source, as flat formats give it", func(c *source.Citation) {
			*c = source.Citation{ID: "liveuamap", Source: source.Ref{Name: "Liveuamap"}}
		}, nil},
		{"malformed id", func(c *source.Citation) { c.ID = "AJ Hatay" }, []problem{{"id", source.ErrBadID}}},
		{"malformed source id", func(c *source.Citation) { c.Source.ID = "Al Jazeera" }, []problem{{"source.id", source.ErrBadID}}},
		{"via without name", func(c *source.Citation) {
			*c = ruMoD()
			c.Via[1].Name = ""
		}, []problem{{"via[1].name", source.ErrMissing}}},
		{"via without id (unresolved) is valid", func(c *source.Citation) {
			*c = ruMoD()
			c.Via[0].ID = ""
		}, nil},
		{"via repeats source", func(c *source.Citation) {
			c.Via = []source.Ref{{ID: "al-jazeera", Name: "Al Jazeera"}}
		}, []problem{{"via[0].id", source.ErrBadChain}}},
		{"via repeats via", func(c *source.Citation) {
			*c = ruMoD()
			c.Via = append(c.Via, source.Ref{ID: "tass", Name: "TASS"})
		}, []problem{{"via[2].id", source.ErrBadChain}}},
		{"published year 0", func(c *source.Citation) { c.Published = day(0, time.December, 31) },
			[]problem{{"published", source.ErrBadDate}}},
		{"published year 10000", func(c *source.Citation) {
			c.Published = day(10000, time.January, 1)
			c.Accessed = time.Time{}
		}, []problem{{"published", source.ErrBadDate}}},
		{"published year 0025", func(c *source.Citation) { c.Published = day(25, time.May, 9) },
			[]problem{{"published", source.ErrBadDate}}},
		{"published 1000-01-01, the first day of the SDK's range", func(c *source.Citation) { c.Published = day(1000, time.January, 1) }, nil},
		{"accessed with offset", func(c *source.Citation) { c.Accessed = time.Date(2024, time.May, 1, 15, 0, 0, 0, ast) },
			[]problem{{"accessed", source.ErrBadTime}}},
		{"accessed in a zero-offset zone", func(c *source.Citation) {
			c.Accessed = time.Date(2024, time.May, 1, 12, 0, 0, 0, time.FixedZone("", 0))
		}, nil},
		{"accessed the day before published", func(c *source.Citation) {
			c.Accessed = time.Date(2019, time.August, 31, 0, 0, 0, 0, time.UTC)
		}, nil},
		{"accessed two days before published", func(c *source.Citation) {
			c.Accessed = time.Date(2019, time.August, 30, 23, 59, 59, 0, time.UTC)
		}, []problem{{"accessed", source.ErrBadDate}}},
		{"relative url", func(c *source.Citation) { c.URL = "/news/idlib" }, []problem{{"url", source.ErrBadURL}}},
		{"archive url without host", func(c *source.Citation) { c.ArchiveURL = "https:///x" },
			[]problem{{"archive_url", source.ErrBadURL}}},
		{"author actor", func(c *source.Citation) { c.AuthorActor = "bernard-smith" }, nil},
		{"author actor without author", func(c *source.Citation) {
			c.Author = ""
			c.AuthorActor = "bernard-smith"
		}, []problem{{"author", source.ErrMissing}}},
		{"malformed author actor", func(c *source.Citation) { c.AuthorActor = "Bernard Smith" },
			[]problem{{"author_actor", source.ErrBadID}}},
		{"reported from without name", func(c *source.Citation) { c.ReportedFromName = "" },
			[]problem{{"reported_from_name", source.ErrMissing}}},
		{"reported from name alone", func(c *source.Citation) { c.ReportedFrom = "" }, nil},
		{"malformed reported from", func(c *source.Citation) { c.ReportedFrom = "Hatay" },
			[]problem{{"reported_from", source.ErrBadID}}},
		{"partial grade", func(c *source.Citation) { c.Grade = source.Grade{Reliability: source.UsuallyReliable} },
			[]problem{{"grade", source.ErrBadGrade}}},
		{"out-of-range grade", func(c *source.Citation) { c.Grade = source.Grade{Reliability: 1, Credibility: 8} },
			[]problem{{"grade", source.ErrBadGrade}}},
		{"upper-case hash", func(c *source.Citation) { c.ContentHash = strings.ToUpper(abcHash[:7]) + abcHash[7:] },
			[]problem{{"content_hash", source.ErrBadHash}}},
		{"upper-case hex", func(c *source.Citation) { c.ContentHash = "sha256:" + strings.ToUpper(abcHash[7:]) },
			[]problem{{"content_hash", source.ErrBadHash}}},
		{"other algorithm", func(c *source.Citation) { c.ContentHash = "sha1:a9993e364706816aba3e25717850c26c9cd0d89d" },
			[]problem{{"content_hash", source.ErrBadHash}}},
		{"short hash", func(c *source.Citation) { c.ContentHash = abcHash[:len(abcHash)-1] },
			[]problem{{"content_hash", source.ErrBadHash}}},
		{"bare hex", func(c *source.Citation) { c.ContentHash = abcHash[7:] },
			[]problem{{"content_hash", source.ErrBadHash}}},
		{"invalid UTF-8 quote", func(c *source.Citation) { c.Quote = "at least \xff40" },
			[]problem{{"quote", source.ErrBadText}}},
		{"invalid UTF-8 title", func(c *source.Citation) { c.Title = "\xe2\x80" },
			[]problem{{"title", source.ErrBadText}}},
		{"several at once", func(c *source.Citation) {
			c.ID = ""
			c.Source.Name = ""
			c.URL = "example.org"
			c.ContentHash = "sha256:"
		}, []problem{
			{"id", source.ErrMissing},
			{"source.name", source.ErrMissing},
			{"url", source.ErrBadURL},
			{"content_hash", source.ErrBadHash},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := ajHatay()
			tc.modify(&c)
			assertProblems(t, tc.want, c.Validate())
		})
	}
}

func TestCitationValidateMessage(t *testing.T) {
	c := ajHatay()
	c.Via = []source.Ref{{ID: "al-jazeera", Name: "Al Jazeera"}}
	assert.EqualError(t, c.Validate(), `source: via[0].id "al-jazeera": source repeated in attribution chain`)
}

func TestCitationJSON(t *testing.T) {
	tests := []struct {
		name string
		in   source.Citation
		json string
	}{
		{"all fields", func() source.Citation { c := ajHatay(); c.AuthorActor = "bernard-smith"; return c }(),
			`{"id":"aj-hatay","source":{"id":"al-jazeera","name":"Al Jazeera"},"published":"2019-09-01",` +
				`"accessed":"2024-05-01T12:00:00Z","title":"Syria’s war: US ‘targets al-Qaeda leaders’ in rebel-held Idlib",` +
				`"url":"https://example.org/aj-idlib","archive_url":"https://archive.example.org/aj-idlib",` +
				`"author":"Bernard Smith","author_actor":"bernard-smith","reported_from":"hatay","reported_from_name":"Hatay",` +
				`"quote":"a training centre connected with al-Qaeda","language":"en","grade":"B2",` +
				`"content_hash":"` + abcHash + `"}`},
		{"chain", ruMoD(),
			`{"id":"ru-mod-via-tass","source":{"id":"ru-mod","name":"Russian Ministry of Defence"},` +
				`"via":[{"id":"tass","name":"TASS"},{"id":"al-jazeera","name":"Al Jazeera"}],"quote":"numerous casualties"}`},
		{"minimal", source.Citation{ID: "sohr-2019-08-31", Source: source.Ref{ID: "sohr", Name: "SOHR"}},
			`{"id":"sohr-2019-08-31","source":{"id":"sohr","name":"SOHR"}}`},
		{"published 1000-01-01 kept", source.Citation{ID: "x", Source: source.Ref{ID: "x", Name: "X"}, Published: day(1000, time.January, 1)},
			`{"id":"x","source":{"id":"x","name":"X"},"published":"1000-01-01"}`},
		{"leap day", source.Citation{ID: "x", Source: source.Ref{ID: "x", Name: "X"}, Published: day(2024, time.February, 29)},
			`{"id":"x","source":{"id":"x","name":"X"},"published":"2024-02-29"}`},
		{"arabic quote", source.Citation{ID: "x", Source: source.Ref{ID: "sana", Name: "SANA"}, Quote: "الجيش العربي السوري", Language: language.MustParse("ar-SY")},
			`{"id":"x","source":{"id":"sana","name":"SANA"},"quote":"الجيش العربي السوري","language":"ar-SY"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(b))
			var back source.Citation
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tc.in, back)
		})
	}
}

func TestCitationJSONPublished(t *testing.T) {
	const prefix = `{"id":"x","source":{"id":"x","name":"X"},"published":`
	tests := []struct {
		name    string
		value   string
		want    *date.Date
		wantErr error
	}{
		{"day", `"2019-08-31"`, day(2019, time.August, 31), nil},
		{"leap day", `"2024-02-29"`, day(2024, time.February, 29), nil},
		{"null", `null`, nil, nil},
		{"30 February", `"2024-02-30"`, nil, source.ErrBadDate},
		{"29 February in a common year", `"2023-02-29"`, nil, source.ErrBadDate},
		{"month 13", `"2024-13-01"`, nil, source.ErrBadDate},
		{"month 0", `"2024-00-10"`, nil, source.ErrBadDate},
		{"day 0", `"2024-01-00"`, nil, source.ErrBadDate},
		{"year 0", `"0000-01-01"`, nil, source.ErrBadDate},
		{"basic format", `"20190831"`, nil, source.ErrBadDate},
		{"ordinal", `"2019-243"`, nil, source.ErrBadDate},
		{"unpadded", `"2019-8-31"`, nil, source.ErrBadDate},
		{"European", `"31.08.2019"`, nil, source.ErrBadDate},
		{"with time", `"2019-08-31T00:00:00Z"`, nil, source.ErrBadDate},
		{"expanded year", `"+2019-08-31"`, nil, source.ErrBadDate},
		{"empty", `""`, nil, source.ErrBadDate},
		{"space", `" 2019-08-31"`, nil, source.ErrBadDate},
		{"month only", `"2019-08"`, nil, source.ErrBadDate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c source.Citation
			err := json.Unmarshal([]byte(prefix+tc.value+`}`), &c)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, c.Published)
		})
	}
	t.Run("number", func(t *testing.T) {
		var c source.Citation
		assert.EqualError(t, json.Unmarshal([]byte(prefix+`20190831}`), &c), `published: cannot use JSON number as string: wrong JSON type`)
	})
	t.Run("message", func(t *testing.T) {
		var c source.Citation
		assert.EqualError(t, json.Unmarshal([]byte(prefix+`"2024-02-30"}`), &c), `published: source: published "2024-02-30": invalid date`)
		assert.EqualError(t, json.Unmarshal([]byte(prefix+`"0025-05-09"}`), &c), `published: source: published "0025-05-09": invalid date: year 0025 is before 1000`)
	})
}

func TestCitationJSONErrors(t *testing.T) {
	tests := []struct {
		name string
		json string
		want error
	}{
		{"malformed source id", `{"id":"x","source":{"id":"Al Jazeera","name":"Al Jazeera"}}`, source.ErrBadID},
		{"malformed via id", `{"id":"x","source":{"id":"x","name":"X"},"via":[{"id":"TASS","name":"TASS"}]}`, source.ErrBadID},
		{"partial grade", `{"id":"x","source":{"id":"x","name":"X"},"grade":"B"}`, source.ErrBadGrade},
		{"lower-case grade", `{"id":"x","source":{"id":"x","name":"X"},"grade":"b2"}`, source.ErrBadGrade},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c source.Citation
			assert.ErrorIs(t, json.Unmarshal([]byte(tc.json), &c), tc.want)
		})
	}
	t.Run("syntax error", func(t *testing.T) {
		var c source.Citation
		var syntax *json.SyntaxError
		assert.ErrorAs(t, json.Unmarshal([]byte(`{"id":`), &c), &syntax)
	})
	t.Run("malformed language", func(t *testing.T) {
		var c source.Citation
		err := json.Unmarshal([]byte(`{"id":"x","source":{"id":"x","name":"X"},"language":"english"}`), &c)
		assert.ErrorIs(t, err, source.ErrBadLanguage)
	})
	t.Run("empty language is und", func(t *testing.T) {
		var c source.Citation
		require.NoError(t, json.Unmarshal([]byte(`{"id":"x","source":{"id":"x","name":"X"},"language":""}`), &c))
		assert.Equal(t, language.Und, c.Language)
	})
	t.Run("bad accessed", func(t *testing.T) {
		var c source.Citation
		assert.Error(t, json.Unmarshal([]byte(`{"id":"x","source":{"id":"x","name":"X"},"accessed":"2024-05-01"}`), &c))
	})
}

func TestCitationUnmarshalReplaces(t *testing.T) {
	c := ajHatay()
	require.NoError(t, json.Unmarshal([]byte(`{"id":"y","source":{"id":"y","name":"Y"}}`), &c))
	assert.Equal(t, source.Citation{ID: "y", Source: source.Ref{ID: "y", Name: "Y"}}, c)
}

func TestCitationInSlice(t *testing.T) {
	// Citations travel in slices inside events: the custom decoder must work
	// through a pointer receiver there too.
	in := []source.Citation{ajHatay(), ruMoD()}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	var back []source.Citation
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, in, back)
	assert.ErrorIs(t, json.Unmarshal([]byte(`[{"id":"x","source":{"id":"x","name":"X"},"published":"2019-02-30"}]`), &back), source.ErrBadDate)
}

func TestCitationFields(t *testing.T) {
	full := ajHatay()
	full.Via = []source.Ref{{ID: "tass", Name: "TASS"}}
	full.ArchiveURL = "https://web.archive.org/web/2019/https://example.org/"
	full.AuthorActor = "bernard-smith"
	full.ContentHash = abcHash
	tests := []struct {
		name string
		c    source.Citation
		want []string
	}{
		{"zero", source.Citation{}, nil},
		{"name only, as ACLED reads a source", source.Citation{ID: "source-1", Source: source.Ref{Name: "SOHR"}}, []string{"id", "source"}},
		{"a via chain", source.Citation{ID: "ru-mod", Source: source.Ref{ID: "russian-defence-ministry"}, Via: []source.Ref{{Name: "TASS"}}, Published: day(2019, 9, 1)},
			[]string{"id", "source", "via", "published"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.c.Fields())
		})
	}
	t.Run("every field", func(t *testing.T) {
		got := full.Fields()
		// The JSON form of the same citation has exactly these members, in
		// this order.
		b, err := json.Marshal(full)
		require.NoError(t, err)
		var members []string
		dec := json.NewDecoder(strings.NewReader(string(b)))
		_, err = dec.Token()
		require.NoError(t, err)
		for dec.More() {
			tok, err := dec.Token()
			require.NoError(t, err)
			members = append(members, tok.(string))
			var skip json.RawMessage
			require.NoError(t, dec.Decode(&skip))
		}
		assert.Equal(t, members, got)
	})
}
