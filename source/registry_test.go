package source_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/source"
)

const sharedData = "../testdata/samples/"

// sampleSources maps every outlet the samples' source columns name
// (ACLED source split on "; ", UCDP source_office split on ";") to its
// catalogue source, decided by hand; "" marks the names left out.
var sampleSources = map[string]map[string]source.ID{
	"acled_sample.csv": {
		"Liveuamap": "liveuamap",
		"SHAM":      "", // an acronym the sample does not expand
		"SNHR":      "snhr",
		"SOHR":      "sohr",
	},
	"ucdp_ged_sample.csv": {
		"ANSA Med":                            "ansa",
		"Agence France Presse":                "afp",
		"Airwars":                             "airwars",
		"Asharq Al-Awsat":                     "asharq-al-awsat",
		"BBC Monitoring Newsfile":             "bbc-monitoring",
		"HRW":                                 "human-rights-watch",
		"Jewish & Israel News Algemeiner.com": "algemeiner",
		"Kurdistan 24":                        "kurdistan-24",
		"NRT Digital Media":                   "nrt",
		"Reuters News":                        "reuters",
		"SOHR":                                "sohr",
		"Sputnik News Service":                "sputnik",
		"Syria Live Map":                      "liveuamap",
		"The Syrian Observer":                 "the-syrian-observer",
		"Times of Israel":                     "times-of-israel",
		"VOA News":                            "voice-of-america",
		"Waha Report":                         "", // not identified
	},
	"ucdp_ged191_verbatim_sample.csv": {
		"Associated Press Newswires":               "associated-press",
		"BBC Monitoring Asia Pacific":              "bbc-monitoring",
		"BBC Monitoring Service: Asia-Pacific":     "bbc-monitoring",
		"Democratic Voice of Burma":                "democratic-voice-of-burma",
		"Far from home: 20 years in exile.":        "", // a report's title, not an outlet
		"Free Burma Rangers":                       "free-burma-rangers",
		"HRW":                                      "human-rights-watch",
		"Kachin Women's Association Thailand":      "kachin-womens-association-thailand",
		"Kachin Women\u2019s Association Thailand": "kachin-womens-association-thailand",
		"Kachinland News":                          "kachinland-news",
		"Karen Information Center":                 "karen-information-center",
		"MRTV English Channel":                     "mrtv",
		"Mizzima News":                             "mizzima",
		"Myanmar Peace Monitor":                    "myanmar-peace-monitor",
		"Reuters":                                  "reuters",
		"Reuters News":                             "reuters",
		"The Irrawaddy":                            "the-irrawaddy",
		"The Irrawaddy Online":                     "the-irrawaddy",
	},
}

func sampleOutlets(t *testing.T, file string) map[string]bool {
	t.Helper()
	f, err := os.Open(sharedData + file)
	require.NoError(t, err)
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	require.NoError(t, err)
	col, sep := slices.Index(recs[0], "source_office"), ";"
	if col < 0 {
		col, sep = slices.Index(recs[0], "source"), "; "
	}
	require.GreaterOrEqual(t, col, 0)
	out := map[string]bool{}
	for _, rec := range recs[1:] {
		for s := range strings.SplitSeq(rec[col], sep) {
			if s != "" {
				out[s] = true
			}
		}
	}
	return out
}

// TestSampleSources: every outlet of the samples that the catalogue claims
// to know resolves to the right source; the share is reported.
func TestSampleSources(t *testing.T) {
	reg := source.Default()
	for _, file := range []string{"acled_sample.csv", "ucdp_ged_sample.csv", "ucdp_ged191_verbatim_sample.csv"} {
		t.Run(file, func(t *testing.T) {
			want := sampleSources[file]
			got := sampleOutlets(t, file)
			known := 0
			var unknown []string
			for s := range got {
				id, listed := want[s]
				if !assert.True(t, listed, "%q is not in the hand-written table", s) {
					continue
				}
				res, err := reg.Resolve(s)
				if id == "" {
					assert.ErrorIs(t, err, source.ErrNotFound, s)
					unknown = append(unknown, s)
					continue
				}
				if assert.NoError(t, err, s) {
					assert.Equal(t, id, res.Source.ID, s)
					known++
				}
			}
			for s := range want {
				assert.True(t, got[s], "table entry %q does not occur in %s", s, file)
			}
			slices.Sort(unknown)
			t.Logf("%s: %d of %d distinct outlets resolve (%.1f%%); not in the catalogue: %q",
				file, known, len(got), 100*float64(known)/float64(len(got)), unknown)
		})
	}
}

func TestDefaultCatalogue(t *testing.T) {
	reg, err := source.LoadCatalogue(source.EmbeddedCatalogue)
	require.NoError(t, err)
	assert.Equal(t, 38, reg.Len())
	assert.Same(t, source.Default(), source.Default())

	// The brief's sources, with the REFERENCE.md §8 facts.
	get := func(id source.ID) source.Source {
		s, ok := reg.Get(id)
		require.True(t, ok, id)
		return s
	}
	sohr := get("sohr")
	assert.Equal(t, "GB", sohr.Country)
	assert.Equal(t, source.KindMonitor, sohr.Kind)
	assert.Equal(t, []source.Name{{Text: "المرصد السوري لحقوق الإنسان", Lang: language.Arabic}}, sohr.Names)
	sana := get("sana")
	assert.Equal(t, [3]any{source.KindStateMedia, "SY", language.Arabic}, [3]any{sana.Kind, sana.Country, sana.Language})
	tass := get("tass")
	assert.Equal(t, [3]any{source.KindStateMedia, "RU", language.Russian}, [3]any{tass.Kind, tass.Country, tass.Language})
	for _, id := range []source.ID{"afp", "al-jazeera", "reuters", "united-nations", "centcom"} {
		get(id)
	}
	assert.Equal(t, "centcom", get("centcom").Actor)
}

// Sources that are also actors point at actors of the embedded actor
// catalogue, under the IDs the idlib2019 example uses.
func TestDefaultActorLinks(t *testing.T) {
	linked := 0
	for s := range source.Default().All() {
		if s.Actor == "" {
			continue
		}
		linked++
		_, ok := actor.Default().Get(actor.ID(s.Actor))
		assert.True(t, ok, "%s: actor %q is not in actor.Default()", s.ID, s.Actor)
	}
	assert.Equal(t, 6, linked)
}

func TestDefaultReadOnly(t *testing.T) {
	reg := source.Default()
	err := reg.Add(source.Source{ID: "mine", Name: "Mine"})
	assert.ErrorIs(t, err, source.ErrReadOnly)
	assert.EqualError(t, err, `source: cannot add "mine": registry is read-only`)
	assert.ErrorIs(t, reg.Merge(source.Source{ID: "sohr", Name: "Changed"}), source.ErrReadOnly)
	s, _ := reg.Get("sohr")
	assert.Equal(t, "Syrian Observatory for Human Rights", s.Name)

	c := reg.Clone()
	require.NoError(t, c.Add(source.Source{ID: "mine", Name: "Mine"}))
	assert.Equal(t, reg.Len()+1, c.Len())
}

func TestLoadCatalogueFailure(t *testing.T) {
	reg, err := source.LoadCatalogue([]byte(`[{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]`))
	assert.ErrorIs(t, err, source.ErrDuplicate)
	require.NotNil(t, reg)
	assert.Equal(t, 0, reg.Len())
	assert.ErrorIs(t, reg.Add(source.Source{ID: "a", Name: "A"}), source.ErrReadOnly)
}

func TestResolve(t *testing.T) {
	cases := []struct {
		name, text string
		id         source.ID
		how        source.MatchKind
		matched    string
		conf       float64
	}{
		{"display name", "Syrian Observatory for Human Rights", "sohr", source.MatchExact, "Syrian Observatory for Human Rights", 1},
		{"short name", "SOHR", "sohr", source.MatchAlias, "SOHR", 0.9},
		{"arabic name", "المرصد السوري لحقوق الإنسان", "sohr", source.MatchAlias, "المرصد السوري لحقوق الإنسان", 0.9},
		{"short name folded", "sohr", "sohr", source.MatchFolded, "SOHR", 0.8},
		{"sana arabic short", "سانا", "sana", source.MatchAlias, "سانا", 0.9},
		{"sana vocalised", "سَانَا", "sana", source.MatchFolded, "سانا", 0.8},
		{"tass cyrillic", "ТАСС", "tass", source.MatchAlias, "ТАСС", 0.9},
		{"tass former name", "ITAR-TASS", "tass", source.MatchAlias, "ITAR-TASS", 0.9},
		{"tass former name spaced", "ITAR TASS", "tass", source.MatchFolded, "ITAR-TASS", 0.8},
		{"afp without hyphen", "Agence France Presse", "afp", source.MatchAlias, "Agence France Presse", 0.9},
		{"afp", "AFP", "afp", source.MatchAlias, "AFP", 0.9},
		{"al jazeera", "Al Jazeera", "al-jazeera", source.MatchExact, "Al Jazeera", 1},
		{"al jazeera hyphen", "Al-Jazeera", "al-jazeera", source.MatchFolded, "Al Jazeera", 0.8},
		{"centcom", "CENTCOM", "centcom", source.MatchAlias, "CENTCOM", 0.9},
		{"un", "UN", "united-nations", source.MatchAlias, "UN", 0.9},
		{"curly apostrophe", "Kachin Women\u2019s Association Thailand", "kachin-womens-association-thailand", source.MatchFolded, "Kachin Women's Association Thailand", 0.8},
	}
	reg := source.Default()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := reg.Resolve(tc.text)
			require.NoError(t, err)
			assert.Equal(t, tc.id, res.Source.ID)
			assert.Equal(t, tc.how, res.How)
			assert.Equal(t, tc.matched, res.Matched)
			assert.InDelta(t, tc.conf, res.Confidence, 1e-9)
		})
	}
}

func TestResolveNotFoundAndAmbiguous(t *testing.T) {
	reg := source.Default()
	for _, s := range []string{"", "SHAM", "Waha Report", "SOHR; Liveuamap", "\xff"} {
		_, err := reg.Resolve(s)
		assert.ErrorIs(t, err, source.ErrNotFound, "%q", s)
	}
	_, err := reg.Resolve("SHAM")
	assert.EqualError(t, err, `source: resolve "SHAM": no source of that name`)

	two, err := source.NewRegistry(
		source.Source{ID: "ap", Name: "Associated Press", Short: "AP"},
		source.Source{ID: "org.example/ap", Name: "Agence Paris", Short: "AP"},
	)
	require.NoError(t, err)
	for _, s := range []string{"AP", "ap"} {
		_, err = two.Resolve(s)
		require.ErrorIs(t, err, source.ErrAmbiguous, s)
		var ae *source.AmbiguousError
		require.True(t, errors.As(err, &ae))
		assert.Equal(t, []source.ID{"ap", "org.example/ap"}, []source.ID{ae.Candidates[0].Source.ID, ae.Candidates[1].Source.ID})
	}
	assert.EqualError(t, err, `source: resolve "ap": name matches several sources (ap, org.example/ap)`)
	res, err := two.Resolve("Associated Press")
	require.NoError(t, err, "a better tier decides")
	assert.Equal(t, source.ID("ap"), res.Source.ID)

	var empty source.Registry
	_, err = empty.Resolve("SOHR")
	assert.ErrorIs(t, err, source.ErrNotFound)
}

func TestRegistryBasics(t *testing.T) {
	s := source.Source{ID: "sohr", Name: "Syrian Observatory for Human Rights", Short: "SOHR",
		Names: []source.Name{{Text: "المرصد السوري لحقوق الإنسان", Lang: language.Arabic}}}
	reg, err := source.NewRegistry(s)
	require.NoError(t, err)
	s.Names[0].Text = "edited by caller"
	got, ok := reg.Get("sohr")
	require.True(t, ok)
	assert.Equal(t, "المرصد السوري لحقوق الإنسان", got.Names[0].Text, "Add stores a copy")
	got.Names[0].Text = "edited"
	res, err := reg.Resolve("SOHR")
	require.NoError(t, err)
	assert.Equal(t, "المرصد السوري لحقوق الإنسان", res.Source.Names[0].Text, "Get returns a copy")
	res.Source.Names[0].Text = "edited"
	again, _ := reg.Get("sohr")
	assert.Equal(t, "المرصد السوري لحقوق الإنسان", again.Names[0].Text, "Resolve returns a copy")

	err = reg.Add(source.Source{ID: "sohr", Name: "x"})
	assert.ErrorIs(t, err, source.ErrDuplicate)
	assert.EqualError(t, err, `source: id "sohr": source already registered`)
	err = reg.Add(source.Source{ID: "Bad", Name: "x"})
	assert.ErrorIs(t, err, source.ErrBadID)
	_, err = source.NewRegistry(source.Source{ID: "a"}, source.Source{Name: "b"})
	assert.ErrorIs(t, err, source.ErrMissing)

	_, ok = reg.Get("tass")
	assert.False(t, ok)
	require.NoError(t, reg.Add(source.Source{ID: "afp", Name: "AFP"}))
	var order []source.ID
	for s := range reg.All() {
		order = append(order, s.ID)
	}
	assert.Equal(t, []source.ID{"afp", "sohr"}, order)
	for range reg.All() {
		break // stopping early is allowed
	}
}

func TestMerge(t *testing.T) {
	base := func(t *testing.T) *source.Registry {
		reg, err := source.NewRegistry(source.Source{ID: "sohr", Name: "Syrian Observatory for Human Rights", Short: "SOHR"})
		require.NoError(t, err)
		return reg
	}
	t.Run("replaces and adds", func(t *testing.T) {
		reg := base(t)
		require.NoError(t, reg.Merge(source.Source{ID: "sohr", Name: "Syrian Observatory"}, source.Source{ID: "tass", Name: "TASS"}))
		assert.Equal(t, 2, reg.Len())
		_, err := reg.Resolve("SOHR")
		assert.ErrorIs(t, err, source.ErrNotFound, "the replaced record's short name leaves the index")
		res, err := reg.Resolve("syrian observatory")
		require.NoError(t, err)
		assert.Equal(t, source.ID("sohr"), res.Source.ID)
	})
	t.Run("all or nothing", func(t *testing.T) {
		reg := base(t)
		err := reg.Merge(source.Source{ID: "tass", Name: "TASS"}, source.Source{ID: "x", Name: "X", Country: "UK"})
		assert.ErrorIs(t, err, source.ErrBadCountry)
		assert.Equal(t, 1, reg.Len())
		err = reg.Merge(source.Source{ID: "tass", Name: "TASS"}, source.Source{ID: "tass", Name: "ТАСС"})
		assert.ErrorIs(t, err, source.ErrDuplicate)
		assert.Equal(t, 1, reg.Len())
	})
	t.Run("clone independent", func(t *testing.T) {
		reg := base(t)
		c := reg.Clone()
		require.NoError(t, c.Merge(source.Source{ID: "sohr", Name: "Changed"}))
		got, _ := reg.Get("sohr")
		assert.Equal(t, "Syrian Observatory for Human Rights", got.Name)
	})
	t.Run("zero registry", func(t *testing.T) {
		var reg source.Registry
		require.NoError(t, reg.Merge(source.Source{ID: "tass", Name: "TASS"}))
		assert.Equal(t, 1, reg.Len())
	})
}

func TestLoadJSON(t *testing.T) {
	const one = `{"id": "sohr", "name": "Syrian Observatory for Human Rights", "short": "SOHR", "names": [{"text": "المرصد السوري لحقوق الإنسان", "lang": "ar"}], "kind": "monitor", "country": "GB"}`
	want := []source.Source{{ID: "sohr", Name: "Syrian Observatory for Human Rights", Short: "SOHR",
		Names: []source.Name{{Text: "المرصد السوري لحقوق الإنسان", Lang: language.Arabic}}, Kind: source.KindMonitor, Country: "GB"}}
	for _, in := range []string{"[" + one + "]", `{"sources": [` + one + `]}`} {
		got, err := source.LoadJSON(strings.NewReader(in))
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
	_, err := source.LoadJSON(iotest.ErrReader(errors.New("boom")))
	assert.EqualError(t, err, "source: read catalogue: boom")
}

func TestLoadJSONErrors(t *testing.T) {
	cases := []struct {
		name   string
		in     string
		err    error
		line   int
		column int
		field  string
	}{
		{name: "empty", in: "", err: source.ErrSyntax, line: 1, column: 1},
		{name: "number", in: "\n 7", err: source.ErrSyntax, line: 2, column: 2},
		{name: "malformed", in: `[{"id": "a",}]`, err: source.ErrSyntax, line: 1, column: 13},
		{name: "no sources member", in: `{"actors": []}`, err: source.ErrSyntax, line: 1, column: 2, field: "actors"},
		{name: "missing sources", in: ` {}`, err: source.ErrSyntax, line: 1, column: 2, field: "sources"},
		{name: "unknown member", in: "[\n{\"id\": \"a\", \"name\": \"A\", \"site\": \"x\"}]", err: source.ErrSyntax, line: 2, column: 26, field: "[0].site"},
		{name: "bad id", in: `[{"id": "A", "name": "A"}]`, err: source.ErrBadID, line: 1, column: 9, field: "[0].id"},
		{name: "bad language", in: `[{"id": "a", "name": "A", "language": "!!"}]`, err: source.ErrBadLanguage, line: 1, column: 39, field: "[0].language"},
		{name: "bad name language", in: `[{"id": "a", "name": "A", "names": [{"text": "B", "lang": "!!"}]}]`, err: source.ErrBadLanguage, line: 1, column: 37, field: "[0].names[0].lang"},
		{name: "bad reliability", in: `[{"id": "a", "name": "A", "reliability": "Z"}]`, err: source.ErrBadGrade, line: 1, column: 42, field: "[0].reliability"},
		{name: "invalid", in: "{\"sources\": [\n  {\"id\": \"a\", \"name\": \"\"}]}", err: source.ErrMissing, line: 2, column: 3, field: "sources[0]"},
		{name: "duplicate", in: `[{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]`, err: source.ErrDuplicate, line: 1, column: 28, field: "[1].id"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := source.LoadJSON(strings.NewReader(tc.in))
			assert.Nil(t, got)
			require.ErrorIs(t, err, tc.err)
			var pe *source.ParseError
			require.True(t, errors.As(err, &pe), "%T: %v", err, err)
			assert.Equal(t, [3]any{tc.line, tc.column, tc.field}, [3]any{pe.Line, pe.Column, pe.Field}, "%v", err)
		})
	}
}

func TestDefaultCatalogueRoundTrip(t *testing.T) {
	sources, err := source.LoadJSON(bytes.NewReader(source.EmbeddedCatalogue))
	require.NoError(t, err)
	b, err := json.Marshal(map[string]any{"sources": sources})
	require.NoError(t, err)
	back, err := source.LoadJSON(bytes.NewReader(b))
	require.NoError(t, err)
	assert.Equal(t, sources, back)
}

func TestParseMatchKind(t *testing.T) {
	for _, k := range []source.MatchKind{source.MatchExact, source.MatchAlias, source.MatchFolded} {
		got, err := source.ParseMatchKind(k.String())
		require.NoError(t, err)
		assert.Equal(t, k, got)
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back source.MatchKind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	for _, s := range []string{"", "identifier", "Exact"} {
		_, err := source.ParseMatchKind(s)
		assert.ErrorIs(t, err, source.ErrUnknownMatchKind, s)
	}
	var k source.MatchKind
	require.NoError(t, k.UnmarshalText(nil))
	assert.True(t, k.IsZero())
	assert.Equal(t, "MatchKind(7)", source.MatchKind(7).String())
	_, err := source.MatchKind(7).MarshalText()
	assert.ErrorIs(t, err, source.ErrUnknownMatchKind)
	assert.Equal(t, 0.0, source.MatchKind(7).Confidence())
	assert.Equal(t, 0.9, source.MatchAlias.Confidence())
}

// Run with -race.
func TestResolveConcurrent(t *testing.T) {
	shared := source.Default()
	mine := shared.Clone()
	queries := []string{"SOHR", "سَانَا", "Agence France Presse", "ТАСС", "nothing", "Al-Jazeera"}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				for _, reg := range []*source.Registry{shared, mine} {
					if res, err := reg.Resolve(queries[(g+i)%len(queries)]); err == nil && res.Source.ID == "" {
						t.Error("empty source")
					}
				}
			}
		})
	}
	wg.Go(func() {
		for i := range 50 {
			if err := mine.Merge(source.Source{ID: source.ID(fmt.Sprintf("local-%d", i)), Name: fmt.Sprintf("Local %d", i)}); err != nil {
				t.Error(err)
			}
		}
	})
	wg.Wait()
	_, err := shared.Resolve("Local 1")
	assert.ErrorIs(t, err, source.ErrNotFound)
	res, err := mine.Resolve("local 1")
	require.NoError(t, err)
	assert.Equal(t, source.ID("local-1"), res.Source.ID)
}

// Every name of the embedded catalogue resolves to its own source, as
// given and upper-cased: no two sources share a spelling, even folded.
func TestDefaultNamesResolveToTheirSource(t *testing.T) {
	reg := source.Default()
	for s := range reg.All() {
		texts := []string{s.Name}
		if s.Short != "" {
			texts = append(texts, s.Short)
		}
		for _, n := range s.Names {
			texts = append(texts, n.Text)
		}
		for _, text := range texts {
			for _, q := range []string{text, strings.ToUpper(text)} {
				res, err := reg.Resolve(q)
				if assert.NoError(t, err, "%s: %q", s.ID, q) {
					assert.Equal(t, s.ID, res.Source.ID, "%q", q)
				}
			}
		}
	}
}
