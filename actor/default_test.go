package actor_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
)

func TestDefaultCatalogue(t *testing.T) {
	reg, err := actor.LoadCatalogue(actor.EmbeddedCatalogue)
	require.NoError(t, err, "the embedded catalogue loads, validates and has no dangling link")
	assert.Equal(t, 100, reg.Len())
	assert.Same(t, actor.Default(), actor.Default(), "loaded once")
	assert.Equal(t, reg.Len(), actor.Default().Len())
	assert.NoError(t, actor.Default().Check())

	kinds := map[actor.Kind]int{}
	withACLED, withUCDP := 0, 0
	for a := range reg.All() {
		kinds[a.Kind]++
		if _, ok := a.Identifier(actor.SchemeACLED); ok {
			withACLED++
		}
		if _, ok := a.Identifier(actor.SchemeUCDP); ok {
			withUCDP++
		}
	}
	t.Logf("catalogue: %d actors, %d with ACLED strings, %d with UCDP side names; kinds %v", reg.Len(), withACLED, withUCDP, kinds)
}

// The idlib2019 example's records use these IDs for these actors; the
// catalogue keeps them so that the example can switch to it.
func TestDefaultKeepsExampleIDs(t *testing.T) {
	want := map[actor.ID]actor.Kind{
		"centcom": actor.KindMilitaryCommand, "us-military": actor.KindStateForces, "united-states": actor.KindState,
		"al-qaeda": actor.KindArmedGroup, "hurras-al-din": actor.KindRebelGroup, "ansar-al-tawhid": actor.KindRebelGroup,
		"hts": actor.KindRebelGroup, "jabhat-fateh-al-sham": actor.KindRebelGroup, "jabhat-al-nusra": actor.KindRebelGroup,
		"syrian-government": actor.KindGovernment, "syrian-government-forces": actor.KindStateForces,
		"bashar-al-assad": actor.KindPerson, "russia": actor.KindState, "russian-defence-ministry": actor.KindGovernmentAgency,
		"turkey": actor.KindState, "syrian-rebels": actor.KindRebelGroup, "syrian-protesters": actor.KindProtesters,
		"international-crisis-group": actor.KindNGO, "united-nations": actor.KindIGO,
	}
	for id, kind := range want {
		a, ok := actor.Default().Get(id)
		if assert.True(t, ok, id) {
			assert.Equal(t, kind, a.Kind, id)
		}
	}
}

// The facts of REFERENCE.md §8 that the catalogue must carry.
func TestDefaultReferenceFacts(t *testing.T) {
	reg := actor.Default()
	get := func(id actor.ID) actor.Actor {
		a, ok := reg.Get(id)
		require.True(t, ok, id)
		return a
	}
	hts := get("hts")
	assert.Equal(t, "2017-01-28", hts.Founded.String())
	assert.Equal(t, "2025-01-29", hts.Dissolved.String())
	jfs := get("jabhat-fateh-al-sham")
	assert.Equal(t, []actor.Link{
		{Kind: actor.LinkSuccessorOf, Actor: "jabhat-al-nusra", From: d("2016-07-28"), Note: "renamed, with an announced split from al-Qaeda"},
		{Kind: actor.LinkMergedInto, Actor: "hts", From: d("2017-01-28")},
	}, jfs.Links)
	assert.Equal(t, "2012-01-23", get("jabhat-al-nusra").Founded.String())
	assert.Equal(t, "2018-02-27", get("hurras-al-din").Founded.String())
	assert.Equal(t, "2018-03", get("ansar-al-tawhid").Founded.String())
	assert.Equal(t, "1988-08", get("al-qaeda").Founded.String())
	assert.Equal(t, "1983-01-01", get("centcom").Founded.String())
	assert.Equal(t, "1945-08-01", get("syrian-government-forces").Founded.String())
	assert.Equal(t, "1992-05-07", get("russian-military").Founded.String())

	var preds []actor.ID
	for _, a := range reg.Predecessors("hts") {
		preds = append(preds, a.ID)
	}
	assert.Equal(t, []actor.ID{"ansar-al-din-front", "jabhat-fateh-al-sham", "jaysh-al-ahrar", "jaysh-al-sunna", "liwa-al-haqq", "nour-al-din-al-zenki", "jabhat-al-nusra"}, preds)

	saa := get("syrian-government-forces")
	open, ok := saa.IdentifierAt(actor.SchemeACLED, actor.MustParseDate("2020-05-09").First())
	require.True(t, ok)
	assert.Equal(t, "Military Forces of Syria (2000-)", open.Value)

	// Only REFERENCE.md §3.5 gives a Wikidata id; no other may appear.
	for a := range reg.All() {
		for _, id := range a.Identifiers {
			if id.Scheme == actor.SchemeWikidata {
				assert.Equal(t, actor.ID("islamic-state"), a.ID)
				assert.Equal(t, "Q2429253", id.Value)
			}
		}
	}
}

func TestDefaultReadOnly(t *testing.T) {
	reg := actor.Default()
	n := reg.Len()
	err := reg.Add(actor.Actor{ID: "mine", Kind: actor.KindArmedGroup, Name: "Mine"})
	assert.ErrorIs(t, err, actor.ErrReadOnly)
	assert.EqualError(t, err, `actor: cannot add "mine": registry is read-only`)
	err = reg.Merge(actor.Actor{ID: "hts", Kind: actor.KindArmedGroup, Name: "Changed"})
	assert.ErrorIs(t, err, actor.ErrReadOnly)
	assert.Equal(t, n, reg.Len())
	hts, _ := reg.Get("hts")
	assert.Equal(t, "Hay'at Tahrir al-Sham", hts.Name)

	c := reg.Clone()
	require.NoError(t, c.Add(actor.Actor{ID: "mine", Kind: actor.KindArmedGroup, Name: "Mine"}))
	assert.Equal(t, n+1, c.Len())
	assert.Equal(t, n, reg.Len())
}

func TestLoadCatalogueFailure(t *testing.T) {
	reg, err := actor.LoadCatalogue([]byte(`[{"id": "a", "kind": "armed-group", "name": "A", "links": [{"kind": "part-of", "actor": "b"}]}]`))
	assert.ErrorIs(t, err, actor.ErrDangling)
	require.NotNil(t, reg)
	assert.Equal(t, 0, reg.Len())
	assert.ErrorIs(t, reg.Add(actor.Actor{ID: "a", Kind: actor.KindArmedGroup, Name: "A"}), actor.ErrReadOnly)
}

func TestMerge(t *testing.T) {
	base := func(t *testing.T) *actor.Registry {
		reg, err := actor.NewRegistry(hts(), jfs(), nusra())
		require.NoError(t, err)
		return reg
	}
	t.Run("replaces whole records and adds new ones", func(t *testing.T) {
		reg := base(t)
		mine := actor.Actor{ID: "hts", Kind: actor.KindRebelGroup, Name: "Hayat Tahrir al-Sham (local)",
			Names: []actor.Name{{Text: "Tahrir", Kind: actor.NameAlias}}}
		require.NoError(t, reg.Merge(mine, zenki()))
		assert.Equal(t, 4, reg.Len())
		got, _ := reg.Get("hts")
		assert.Equal(t, mine, got)

		_, err := reg.Resolve("هيئة تحرير الشام", actor.Date{})
		assert.ErrorIs(t, err, actor.ErrNotFound, "the replaced record's names leave the index")
		assert.Empty(t, reg.ByName("HTS"))
		assert.Empty(t, reg.ByIdentifier(actor.SchemeACLED, "HTS: Hayat Tahrir al Sham"))
		res, err := reg.Resolve("tahrir", actor.Date{})
		require.NoError(t, err)
		assert.Equal(t, actor.ID("hts"), res.Actor.ID)
		res, err = reg.Resolve("Nour al-Din al-Zenki Movement", actor.Date{})
		require.NoError(t, err)
		assert.Equal(t, actor.ID("nour-al-din-al-zenki"), res.Actor.ID)
		assert.Equal(t, []actor.ID{"hts"}, ids(reg.Successors("nour-al-din-al-zenki")))
	})
	t.Run("all or nothing", func(t *testing.T) {
		reg := base(t)
		bad := actor.Actor{ID: "Bad ID", Kind: actor.KindRebelGroup, Name: "x"}
		err := reg.Merge(zenki(), bad)
		assert.ErrorIs(t, err, actor.ErrBadID)
		assert.Equal(t, 3, reg.Len())
		_, ok := reg.Get("nour-al-din-al-zenki")
		assert.False(t, ok)
	})
	t.Run("an id twice in one merge", func(t *testing.T) {
		reg := base(t)
		err := reg.Merge(zenki(), zenki())
		assert.ErrorIs(t, err, actor.ErrDuplicate)
		assert.EqualError(t, err, `actor: cannot merge "nour-al-din-al-zenki": given twice: already registered`)
		assert.Equal(t, 3, reg.Len())
	})
	t.Run("into the zero registry", func(t *testing.T) {
		var reg actor.Registry
		require.NoError(t, reg.Merge(hts()))
		res, err := reg.Resolve("HTS", actor.Date{})
		require.NoError(t, err)
		assert.Equal(t, actor.ID("hts"), res.Actor.ID)
	})
	t.Run("over the default through a clone", func(t *testing.T) {
		reg := actor.Default().Clone()
		local := actor.Actor{ID: "org.example/local-militia", Kind: actor.KindPoliticalMilitia, Name: "Local militia",
			Links: []actor.Link{{Kind: actor.LinkAlliedWith, Actor: "hts"}}}
		require.NoError(t, reg.Merge(local))
		assert.NoError(t, reg.Check())
		assert.Equal(t, actor.Default().Len()+1, reg.Len())
	})
	t.Run("clone is independent", func(t *testing.T) {
		reg := base(t)
		c := reg.Clone()
		require.NoError(t, c.Merge(actor.Actor{ID: "hts", Kind: actor.KindRebelGroup, Name: "Changed"}))
		got, _ := reg.Get("hts")
		assert.Equal(t, "Hay'at Tahrir al-Sham", got.Name)
		res, err := reg.Resolve("HTS", actor.Date{})
		require.NoError(t, err)
		assert.Equal(t, actor.ID("hts"), res.Actor.ID)
		require.NoError(t, reg.Add(zenki()))
		_, ok := c.Get("nour-al-din-al-zenki")
		assert.False(t, ok)
	})
}

func TestLoadJSON(t *testing.T) {
	const one = `{"id": "jund-al-aqsa", "kind": "armed-group", "name": "Jund al-Aqsa", "country": "SY"}`
	want := []actor.Actor{{ID: "jund-al-aqsa", Kind: actor.KindArmedGroup, Name: "Jund al-Aqsa", Country: "SY"}}
	for _, in := range []string{"[" + one + "]", `{"actors": [` + one + `]}`, "\n\t [ " + one + " ] \n"} {
		got, err := actor.LoadJSON(strings.NewReader(in))
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	got, err := actor.LoadJSON(strings.NewReader(`{"actors": []}`))
	require.NoError(t, err)
	assert.Empty(t, got)

	f, err := actor.LoadJSON(strings.NewReader(`[` + mustJSON(t, jfs()) + `]`))
	require.NoError(t, err)
	assert.Equal(t, []actor.Actor{jfs()}, f, "an actor survives its own JSON form")
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

func TestLoadJSONErrors(t *testing.T) {
	cases := []struct {
		name   string
		in     string
		err    error
		line   int
		column int
		field  string
		msg    string
	}{
		{name: "empty", in: "  \n", err: actor.ErrSyntax, line: 2, column: 1, msg: "actor: line 2, column 1: malformed catalogue JSON: empty input"},
		{name: "a string", in: `"hts"`, err: actor.ErrSyntax, line: 1, column: 1},
		{name: "malformed", in: "[\n {\"id\": }]", err: actor.ErrSyntax, line: 2, column: 9},
		{name: "trailing data", in: `[] []`, err: actor.ErrSyntax, line: 1, column: 4},
		{name: "unknown member of the document", in: `{"actors": [], "version": 2}`, err: actor.ErrSyntax, line: 1, column: 16, field: "version"},
		{name: "no actors member", in: `{}`, err: actor.ErrSyntax, line: 1, column: 1, field: "actors"},
		{name: "null actors", in: `{"actors": null}`, err: actor.ErrSyntax, line: 1, column: 1, field: "actors"},
		{name: "unknown member of an actor", in: "[\n  {\"id\": \"a\", \"kind\": \"armed-group\", \"name\": \"A\", \"alias\": \"B\"}\n]", err: actor.ErrSyntax, line: 2, column: 51, field: "[0].alias"},
		{name: "repeated member", in: `[{"id": "a", "id": "b", "kind": "armed-group", "name": "A"}]`, err: actor.ErrSyntax, line: 1, column: 14, field: "[0].id"},
		{name: "malformed id", in: `{"actors": [{"id": "A B", "kind": "armed-group", "name": "A"}]}`, err: actor.ErrBadID, line: 1, column: 20, field: "actors[0].id"},
		{name: "impossible date", in: `[{"id": "a", "kind": "armed-group", "name": "A", "founded": "2018-02-30"}]`, err: actor.ErrBadDate, line: 1, column: 61, field: "[0].founded"},
		{name: "bad language", in: `[{"id": "a", "kind": "armed-group", "name": "A", "names": [{"text": "B", "lang": "xx-!!"}]}]`, err: actor.ErrBadLanguage, line: 1, column: 82, field: "[0].names[0].lang"},
		{name: "bad name kind", in: `[{"id": "a", "kind": "armed-group", "name": "A", "names": [{"text": "B", "kind": "nickname"}]}]`, err: actor.ErrUnknownNameKind, line: 1, column: 82, field: "[0].names[0].kind"},
		{name: "wrong type", in: `[{"id": "a", "kind": "armed-group", "name": 7}]`, err: actor.ErrSyntax, line: 1, column: 45, field: "[0].name"},
		{name: "invalid utf-8", in: "[{\"id\": \"a\", \"kind\": \"armed-group\", \"name\": \"\xff\"}]", err: actor.ErrSyntax, line: 1, column: 46},
		{name: "unregistered kind fails validation", in: "[\n" + `{"id": "a", "kind": "warlord", "name": "A"}` + "\n]", err: actor.ErrUnknownKind, line: 2, column: 1, field: "[0]"},
		{name: "duplicate id", in: "{\"actors\": [\n  {\"id\": \"a\", \"kind\": \"armed-group\", \"name\": \"A\"},\n  {\"id\": \"a\", \"kind\": \"rebel-group\", \"name\": \"B\"}\n]}", err: actor.ErrDuplicate, line: 3, column: 3, field: "actors[1].id",
			msg: `actor: line 3, column 3, field "actors[1].id": id "a" also at actors[0]: already registered`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := actor.LoadJSON(strings.NewReader(tc.in))
			assert.Nil(t, got)
			require.ErrorIs(t, err, tc.err)
			var pe *actor.ParseError
			require.True(t, errors.As(err, &pe), "%T: %v", err, err)
			assert.Equal(t, tc.line, pe.Line, "line: %v", err)
			assert.Equal(t, tc.column, pe.Column, "column: %v", err)
			assert.Equal(t, tc.field, pe.Field, "field: %v", err)
			if tc.msg != "" {
				assert.EqualError(t, err, tc.msg)
			}
		})
	}
}

func TestLoadJSONValidationErrors(t *testing.T) {
	in := "[\n" +
		`{"id": "a", "kind": "armed-group", "name": ""},` + "\n" +
		`{"id": "b", "kind": "armed-group", "name": "B"},` + "\n" +
		`{"id": "c", "kind": "armed-group", "name": "C", "country": "UK"}` + "\n]"
	_, err := actor.LoadJSON(strings.NewReader(in))
	require.Error(t, err)
	joined, ok := err.(interface{ Unwrap() []error })
	require.True(t, ok)
	errs := joined.Unwrap()
	require.Len(t, errs, 2, "every invalid actor is reported")
	var first, second *actor.ParseError
	require.True(t, errors.As(errs[0], &first))
	require.True(t, errors.As(errs[1], &second))
	assert.Equal(t, [3]any{2, 1, "[0]"}, [3]any{first.Line, first.Column, first.Field})
	assert.Equal(t, [3]any{4, 1, "[2]"}, [3]any{second.Line, second.Column, second.Field})
	assert.ErrorIs(t, errs[0], actor.ErrNoName)
	assert.ErrorIs(t, errs[1], actor.ErrBadCountry)
	var fe *actor.FieldError
	require.True(t, errors.As(errs[1], &fe))
	assert.Equal(t, "country", fe.Path)
}

func TestLoadJSONReadError(t *testing.T) {
	boom := errors.New("boom")
	_, err := actor.LoadJSON(iotest.ErrReader(boom))
	assert.ErrorIs(t, err, boom)
	assert.EqualError(t, err, "actor: read catalogue: boom")
}

// The embedded file, decoded and encoded again, decodes to the same
// actors: nothing in it is lost by the SDK's JSON form.
func TestDefaultCatalogueRoundTrip(t *testing.T) {
	actors, err := actor.LoadJSON(bytes.NewReader(actor.EmbeddedCatalogue))
	require.NoError(t, err)
	b, err := json.Marshal(map[string]any{"actors": actors})
	require.NoError(t, err)
	back, err := actor.LoadJSON(bytes.NewReader(b))
	require.NoError(t, err)
	assert.Equal(t, actors, back)
}

// Every name and identifier value in the embedded catalogue resolves to
// its own actor: no two actors share a spelling, even folded.
func TestDefaultNamesResolveToTheirActor(t *testing.T) {
	reg := actor.Default()
	n := 0
	for a := range reg.All() {
		texts := []string{a.Name}
		for _, nm := range a.Names {
			texts = append(texts, nm.Text)
		}
		for _, id := range a.Identifiers {
			texts = append(texts, id.Value)
		}
		for _, s := range texts {
			n++
			res, err := reg.Resolve(s, actor.Date{})
			if assert.NoError(t, err, "%s: %q", a.ID, s) {
				assert.Equal(t, a.ID, res.Actor.ID, "%q", s)
			}
			res, err = reg.Resolve(strings.ToUpper(s), actor.Date{})
			if assert.NoError(t, err, "%s: %q upper-cased", a.ID, s) {
				assert.Equal(t, a.ID, res.Actor.ID, "%q upper-cased", s)
			}
		}
	}
	t.Logf("%d names and identifiers", n)
}
