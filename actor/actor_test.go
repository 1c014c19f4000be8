package actor_test

import (
	"encoding/json"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
)

func TestActorValidate(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(a *actor.Actor)
		wantErr []error
	}{
		{name: "valid", edit: func(*actor.Actor) {}},
		{name: "missing id", edit: func(a *actor.Actor) { a.ID = "" }, wantErr: []error{actor.ErrBadID}},
		{name: "malformed id", edit: func(a *actor.Actor) { a.ID = "Jabhat Fateh al-Sham" }, wantErr: []error{actor.ErrBadID}},
		{name: "missing kind", edit: func(a *actor.Actor) { a.Kind = "" }, wantErr: []error{actor.ErrUnknownKind}},
		{name: "unregistered kind", edit: func(a *actor.Actor) { a.Kind = "org.example/faction" }, wantErr: []error{actor.ErrUnknownKind}},
		{name: "missing name", edit: func(a *actor.Actor) { a.Name = "" }, wantErr: []error{actor.ErrNoName}},
		{name: "name not utf-8", edit: func(a *actor.Actor) { a.Name = "Jabhat\xff" }, wantErr: []error{actor.ErrBadText}},
		{name: "bad name entry", edit: func(a *actor.Actor) { a.Names[1].Text = "" }, wantErr: []error{actor.ErrNoName}},
		{name: "name kind outside set", edit: func(a *actor.Actor) { a.Names[0].Kind = 9 }, wantErr: []error{actor.ErrUnknownNameKind}},
		{name: "name dates reversed", edit: func(a *actor.Actor) { a.Names[0].From, a.Names[0].To = d("2017"), d("2016") }, wantErr: []error{actor.ErrDateOrder}},
		{name: "founded after dissolved", edit: func(a *actor.Actor) { a.Founded, a.Dissolved = d("2017-01-28"), d("2016-07-28") }, wantErr: []error{actor.ErrDateOrder}},
		{name: "country lower case", edit: func(a *actor.Actor) { a.Country = "sy" }, wantErr: []error{actor.ErrBadCountry}},
		{name: "country alpha-3", edit: func(a *actor.Actor) { a.Country = "SYR" }, wantErr: []error{actor.ErrBadCountry}},
		{name: "country UK not canonical", edit: func(a *actor.Actor) { a.Country = "UK" }, wantErr: []error{actor.ErrBadCountry}},
		{name: "country private use", edit: func(a *actor.Actor) { a.Country = "QQ" }, wantErr: []error{actor.ErrBadCountry}},
		{name: "country unknown region", edit: func(a *actor.Actor) { a.Country = "ZZ" }, wantErr: []error{actor.ErrBadCountry}},
		{name: "country is a group", edit: func(a *actor.Actor) { a.Country = "145" }, wantErr: []error{actor.ErrBadCountry}},
		{name: "bad identifier", edit: func(a *actor.Actor) {
			a.Identifiers = []actor.Identifier{{Scheme: "wikidata", Value: "Q0"}}
		}, wantErr: []error{actor.ErrBadIdentifier}},
		{name: "identifier dates reversed", edit: func(a *actor.Actor) {
			a.Identifiers = []actor.Identifier{{Scheme: "acled", Value: "X", From: d("2021"), To: d("2017")}}
		}, wantErr: []error{actor.ErrDateOrder}},
		{name: "link without kind", edit: func(a *actor.Actor) { a.Links[0].Kind = actor.LinkUnspecified }, wantErr: []error{actor.ErrUnknownLinkKind}},
		{name: "link to bad id", edit: func(a *actor.Actor) { a.Links[0].Actor = "Jabhat al-Nusra" }, wantErr: []error{actor.ErrBadID}},
		{name: "link to itself", edit: func(a *actor.Actor) { a.Links[0].Actor = a.ID }, wantErr: []error{actor.ErrBadLink}},
		{name: "link dates reversed", edit: func(a *actor.Actor) { a.Links[1].To = d("2016") }, wantErr: []error{actor.ErrDateOrder}},
		{name: "notes not utf-8", edit: func(a *actor.Actor) { a.Notes = "\x80" }, wantErr: []error{actor.ErrBadText}},
		{name: "several problems at once", edit: func(a *actor.Actor) {
			a.ID, a.Country, a.Links[0].Kind = "", "SYR", 0
		}, wantErr: []error{actor.ErrBadID, actor.ErrBadCountry, actor.ErrUnknownLinkKind}},
	}
	all := []error{actor.ErrBadID, actor.ErrUnknownKind, actor.ErrNoName, actor.ErrBadText, actor.ErrUnknownNameKind,
		actor.ErrUnknownLinkKind, actor.ErrBadLink, actor.ErrDateOrder, actor.ErrBadCountry, actor.ErrBadIdentifier}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := jfs()
			tc.edit(&a)
			err := a.Validate()
			if len(tc.wantErr) == 0 {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			for _, s := range all {
				want := false
				for _, w := range tc.wantErr {
					want = want || w == s
				}
				assert.Equal(t, want, errors.Is(err, s), "errors.Is(err, %v)", s)
			}
		})
	}
}

func TestActorValidateMessages(t *testing.T) {
	a := jfs()
	a.Country = "UK"
	a.Links[1].From, a.Links[1].To = d("2017-01-28"), d("2016")
	a.Names[1].Text = ""
	err := a.Validate()
	assert.EqualError(t, err, `actor: names[1].text: missing name`+"\n"+
		`actor: country "UK": invalid country code: canonical form is "GB"`+"\n"+
		`actor: links[1].to "2016": start date after end date: from is "2017-01-28"`)
}

// TestActorValidatePaths pins the Path, Value and sentinel of every
// problem Actor.Validate can report, and their order (field order of the
// struct, then element order).
func TestActorValidatePaths(t *testing.T) {
	tests := []struct {
		name string
		edit func(a *actor.Actor)
		want []problem
	}{
		{name: "valid", edit: func(*actor.Actor) {}},
		{name: "id missing", edit: func(a *actor.Actor) { a.ID = "" },
			want: []problem{{"id", "", actor.ErrBadID}}},
		{name: "id malformed", edit: func(a *actor.Actor) { a.ID = "Jabhat Fateh al-Sham" },
			want: []problem{{"id", "Jabhat Fateh al-Sham", actor.ErrBadID}}},
		{name: "kind missing", edit: func(a *actor.Actor) { a.Kind = "" },
			want: []problem{{"kind", "", actor.ErrUnknownKind}}},
		{name: "kind malformed", edit: func(a *actor.Actor) { a.Kind = "Rebel Group" },
			want: []problem{{"kind", "Rebel Group", actor.ErrUnknownKind}}},
		{name: "kind unregistered", edit: func(a *actor.Actor) { a.Kind = "org.example/faction" },
			want: []problem{{"kind", "org.example/faction", actor.ErrUnknownKind}}},
		{name: "name missing", edit: func(a *actor.Actor) { a.Name = "" },
			want: []problem{{"name", "", actor.ErrNoName}}},
		{name: "name blank", edit: func(a *actor.Actor) { a.Name = " \t" },
			want: []problem{{"name", " \t", actor.ErrNoName}}},
		{name: "name not utf-8", edit: func(a *actor.Actor) { a.Name = "Jabhat\xff" },
			want: []problem{{"name", "Jabhat\xff", actor.ErrBadText}}},
		{name: "names text missing", edit: func(a *actor.Actor) { a.Names[1].Text = "" },
			want: []problem{{"names[1].text", "", actor.ErrNoName}}},
		{name: "names text not utf-8", edit: func(a *actor.Actor) { a.Names[3].Text = "Front\xc3" },
			want: []problem{{"names[3].text", "Front\xc3", actor.ErrBadText}}},
		{name: "names kind outside set", edit: func(a *actor.Actor) { a.Names[0].Kind = 9 },
			want: []problem{{"names[0].kind", "NameKind(9)", actor.ErrUnknownNameKind}}},
		{name: "names dates reversed", edit: func(a *actor.Actor) { a.Names[2].From, a.Names[2].To = d("2017"), d("2016-12") },
			want: []problem{{"names[2].to", "2016-12", actor.ErrDateOrder}}},
		{name: "names note not utf-8", edit: func(a *actor.Actor) { a.Names[1].Note = "\x80" },
			want: []problem{{"names[1].note", "\x80", actor.ErrBadText}}},
		{name: "country not a country", edit: func(a *actor.Actor) { a.Country = "QQ" },
			want: []problem{{"country", "QQ", actor.ErrBadCountry}}},
		{name: "country group", edit: func(a *actor.Actor) { a.Country = "145" },
			want: []problem{{"country", "145", actor.ErrBadCountry}}},
		{name: "country not canonical", edit: func(a *actor.Actor) { a.Country = "SYR" },
			want: []problem{{"country", "SYR", actor.ErrBadCountry}}},
		{name: "identifier scheme malformed", edit: func(a *actor.Actor) {
			a.Identifiers = []actor.Identifier{{Scheme: "ACLED", Value: "Ansar al Tawhid"}}
		}, want: []problem{{"identifiers[0].scheme", "ACLED", actor.ErrBadIdentifier}}},
		{name: "identifier value bad for scheme", edit: func(a *actor.Actor) {
			a.Identifiers = []actor.Identifier{{Scheme: "wikidata", Value: "Q1"}, {Scheme: "wikidata", Value: "Q0"}}
		}, want: []problem{{"identifiers[1].value", "Q0", actor.ErrBadIdentifier}}},
		{name: "identifier value missing", edit: func(a *actor.Actor) {
			a.Identifiers = []actor.Identifier{{Scheme: "ucdp"}}
		}, want: []problem{{"identifiers[0].value", "", actor.ErrBadIdentifier}}},
		{name: "identifier dates reversed", edit: func(a *actor.Actor) {
			a.Identifiers = []actor.Identifier{{Scheme: "acled", Value: "X", From: d("2021"), To: d("2017")}}
		}, want: []problem{{"identifiers[0].to", "2017", actor.ErrDateOrder}}},
		{name: "link kind unspecified", edit: func(a *actor.Actor) { a.Links[0].Kind = actor.LinkUnspecified },
			want: []problem{{"links[0].kind", "", actor.ErrUnknownLinkKind}}},
		{name: "link kind outside set", edit: func(a *actor.Actor) { a.Links[1].Kind = 77 },
			want: []problem{{"links[1].kind", "LinkKind(77)", actor.ErrUnknownLinkKind}}},
		{name: "link target missing", edit: func(a *actor.Actor) { a.Links[0].Actor = "" },
			want: []problem{{"links[0].actor", "", actor.ErrBadID}}},
		{name: "link target malformed", edit: func(a *actor.Actor) { a.Links[1].Actor = "HTS" },
			want: []problem{{"links[1].actor", "HTS", actor.ErrBadID}}},
		{name: "link to itself", edit: func(a *actor.Actor) { a.Links[1].Actor = a.ID },
			want: []problem{{"links[1].actor", "jabhat-fateh-al-sham", actor.ErrBadLink}}},
		{name: "link dates reversed", edit: func(a *actor.Actor) { a.Links[1].To = d("2016") },
			want: []problem{{"links[1].to", "2016", actor.ErrDateOrder}}},
		{name: "link note not utf-8", edit: func(a *actor.Actor) { a.Links[0].Note = "split\xff" },
			want: []problem{{"links[0].note", "split\xff", actor.ErrBadText}}},
		{name: "founded after dissolved", edit: func(a *actor.Actor) { a.Founded, a.Dissolved = d("2017-01-28"), d("2016-07-28") },
			want: []problem{{"dissolved", "2016-07-28", actor.ErrDateOrder}}},
		{name: "notes not utf-8", edit: func(a *actor.Actor) { a.Notes = "\x80" },
			want: []problem{{"notes", "\x80", actor.ErrBadText}}},
		{name: "one entry with several problems", edit: func(a *actor.Actor) {
			a.Names[0] = actor.Name{Kind: 42, From: d("2017"), To: d("2016"), Note: "\xff"}
		}, want: []problem{
			{"names[0].text", "", actor.ErrNoName},
			{"names[0].kind", "NameKind(42)", actor.ErrUnknownNameKind},
			{"names[0].to", "2016", actor.ErrDateOrder},
			{"names[0].note", "\xff", actor.ErrBadText},
		}},
		{name: "several problems in field order", edit: func(a *actor.Actor) {
			a.ID, a.Country, a.Links[0].Kind, a.Notes = "", "SYR", 0, "\x80"
			a.Identifiers = []actor.Identifier{{Scheme: "Bad", Value: " x"}}
		}, want: []problem{
			{"id", "", actor.ErrBadID},
			{"country", "SYR", actor.ErrBadCountry},
			{"identifiers[0].scheme", "Bad", actor.ErrBadIdentifier},
			{"identifiers[0].value", " x", actor.ErrBadIdentifier},
			{"links[0].kind", "", actor.ErrUnknownLinkKind},
			{"notes", "\x80", actor.ErrBadText},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := jfs()
			tc.edit(&a)
			assertProblems(t, tc.want, a.Validate())
		})
	}
}

func TestActorValidateUnregisteredKindAfterRegistering(t *testing.T) {
	code := uniqueCode("org.example/tribal-force")
	a := actor.Actor{ID: "org.example/tribe", Kind: actor.Kind(code), Name: "A tribe"}
	assert.ErrorIs(t, a.Validate(), actor.ErrUnknownKind)
	require.NoError(t, actor.RegisterKind(code, "Tribal force", "Registered by a test."))
	assert.NoError(t, a.Validate())
}

func TestParseCountry(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr bool
	}{
		{in: "SY", want: "SY"},
		{in: "sy", want: "SY"},
		{in: "SYR", want: "SY"},
		{in: "760", want: "SY"},
		{in: "TR", want: "TR"},
		{in: "UK", want: "GB"},
		{in: "XK", want: "XK"},
		{in: "SU", want: "SU"},
		{in: "DD", want: "DE"},
		{in: "145", wantErr: true},
		{in: "EU", wantErr: true},
		{in: "UN", wantErr: true},
		{in: "EZ", wantErr: true},
		{in: "ZZ", wantErr: true},
		{in: "QQQ", wantErr: true},
		{in: "", wantErr: true},
		{in: "Syria", wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := actor.ParseCountry(tc.in)
			if tc.wantErr {
				assert.ErrorIs(t, err, actor.ErrBadCountry)
				assert.Empty(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestActorRef(t *testing.T) {
	assert.Equal(t, actor.Ref{ID: "hts", Name: "Hay'at Tahrir al-Sham", Kind: actor.KindRebelGroup}, hts().Ref())
	assert.True(t, actor.Ref{}.IsZero())
	assert.False(t, hts().Ref().IsZero())
	assert.False(t, actor.Ref{Kind: actor.KindCivilians}.IsZero())

	tests := []struct {
		name string
		in   actor.Ref
		json string
	}{
		{name: "full", in: hts().Ref(), json: `{"id":"hts","name":"Hay'at Tahrir al-Sham","kind":"rebel-group"}`},
		{name: "no kind", in: actor.Ref{ID: "centcom", Name: "CENTCOM"}, json: `{"id":"centcom","name":"CENTCOM"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(b))
			var back actor.Ref
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tc.in, back)
		})
	}
}

// tass is a media actor with names dated to the year: ITAR-TASS from 1992,
// renamed TASS in 2014 (REFERENCE §8).
func tass() actor.Actor {
	return actor.Actor{
		ID:   "tass",
		Kind: actor.KindMedia,
		Name: "TASS",
		Names: []actor.Name{
			{Text: "Telegraph Agency of the Soviet Union", Kind: actor.NameFormer},
			{Text: "ITAR-TASS", From: d("1992"), To: d("2014"), Kind: actor.NameOfficial},
			{Text: "Russian News Agency TASS", From: d("2014"), Kind: actor.NameOfficial},
			{Text: "ТАСС", Lang: ru, From: d("2014")},
		},
		Country: "RU",
	}
}

// lineage models Jabhat al-Nusra, JFS and HTS as one record with dated
// names, Popolo style, to exercise NameAt (the catalogue itself keeps them
// as three actors).
func lineage() actor.Actor {
	return actor.Actor{
		ID:   "nusra-lineage",
		Kind: actor.KindRebelGroup,
		Name: "Hay'at Tahrir al-Sham",
		Names: []actor.Name{
			{Text: "JN", Kind: actor.NameShort, From: d("2012-01-23"), To: d("2016-07-27")},
			{Text: "Jabhat al-Nusra", From: d("2012-01-23"), To: d("2016-07-27")},
			{Text: "Jabhat Fateh al-Sham", Kind: actor.NameOfficial, From: d("2016-07-28"), To: d("2017-01-27")},
			{Text: "Hay'at Tahrir al-Sham", Kind: actor.NameOfficial, From: d("2017-01-28")},
			{Text: "HTS", Kind: actor.NameShort},
		},
	}
}

func TestActorNameAt(t *testing.T) {
	tests := []struct {
		name string
		a    actor.Actor
		day  time.Time
		want string
	}{
		{name: "before any dated name", a: lineage(), day: time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC), want: "Hay'at Tahrir al-Sham"},
		{name: "nusra era skips short name", a: lineage(), day: time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC), want: "Jabhat al-Nusra"},
		{name: "last day of nusra", a: lineage(), day: time.Date(2016, 7, 27, 0, 0, 0, 0, time.UTC), want: "Jabhat al-Nusra"},
		{name: "renaming day", a: lineage(), day: time.Date(2016, 7, 28, 0, 0, 0, 0, time.UTC), want: "Jabhat Fateh al-Sham"},
		{name: "merger day", a: lineage(), day: time.Date(2017, 1, 28, 0, 0, 0, 0, time.UTC), want: "Hay'at Tahrir al-Sham"},
		{name: "itar-tass era", a: tass(), day: time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC), want: "ITAR-TASS"},
		{name: "overlapping year: first listed wins", a: tass(), day: time.Date(2014, 6, 1, 0, 0, 0, 0, time.UTC), want: "ITAR-TASS"},
		{name: "after 2014", a: tass(), day: time.Date(2019, 8, 31, 0, 0, 0, 0, time.UTC), want: "Russian News Agency TASS"},
		{name: "before 1992: undated former name is not used", a: tass(), day: time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC), want: "TASS"},
		{name: "no names", a: coalition(), day: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), want: "Global Coalition Against Daesh"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.a.NameAt(dateOf(tc.day)))
		})
	}
}

func TestActorNamesAt(t *testing.T) {
	got := tass().NamesAt(day(2019, time.August, 31))
	texts := make([]string, len(got))
	for i, n := range got {
		texts[i] = n.Text
	}
	assert.Equal(t, []string{"Telegraph Agency of the Soviet Union", "Russian News Agency TASS", "ТАСС"}, texts)
	assert.Nil(t, coalition().NamesAt(day(2019, time.August, 31)))
}

func TestActorIdentifier(t *testing.T) {
	us := usForces()
	got, ok := us.Identifier(actor.SchemeACLED)
	require.True(t, ok)
	assert.Equal(t, "Military Forces of the United States (2021-)", got.Value, "first open identifier")

	got, ok = syrianArmy().Identifier(actor.SchemeCAMEO)
	require.True(t, ok)
	assert.Equal(t, "SYRMIL", got.Value)

	_, ok = hts().Identifier(actor.SchemeWikidata)
	assert.False(t, ok)

	closed := actor.Actor{Identifiers: []actor.Identifier{
		{Scheme: "acled", Value: "A (2001-2009)", From: d("2001"), To: d("2009")},
		{Scheme: "acled", Value: "A (2017-2021)", From: d("2017"), To: d("2021")},
		{Scheme: "acled", Value: "A (2010-2016)", From: d("2010"), To: d("2016")},
	}}
	got, ok = closed.Identifier("acled")
	require.True(t, ok)
	assert.Equal(t, "A (2017-2021)", got.Value, "all closed: the one that ended last")
}

func TestActorIdentifierAt(t *testing.T) {
	us := usForces()
	tests := []struct {
		name string
		day  time.Time
		want string
		ok   bool
	}{
		{name: "2005", day: time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC), want: "Military Forces of the United States (2001-2009)", ok: true},
		{name: "2013: no period", day: time.Date(2013, 3, 1, 0, 0, 0, 0, time.UTC)},
		{name: "spring 2020 (the ACLED sample)", day: time.Date(2020, 5, 9, 0, 0, 0, 0, time.UTC), want: "Military Forces of the United States (2017-2021)", ok: true},
		{name: "2021 overlaps: first listed wins", day: time.Date(2021, 6, 1, 0, 0, 0, 0, time.UTC), want: "Military Forces of the United States (2017-2021)", ok: true},
		{name: "2023", day: time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC), want: "Military Forces of the United States (2021-)", ok: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := us.IdentifierAt(actor.SchemeACLED, dateOf(tc.day))
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, got.Value)
		})
	}
	got, ok := nusra().IdentifierAt(actor.SchemeCAMEO, day(2014, time.January, 1))
	require.True(t, ok, "undated identifiers cover every day")
	assert.Equal(t, "SYRREBMUS", got.Value)
}

func TestActorJSONGolden(t *testing.T) {
	want, err := os.ReadFile("testdata/jfs.json")
	require.NoError(t, err)

	var got actor.Actor
	require.NoError(t, json.Unmarshal(want, &got))
	assert.Equal(t, jfs(), got)

	b, err := json.MarshalIndent(jfs(), "", "  ")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(b)+"\n")
}

func TestActorJSONRoundTrip(t *testing.T) {
	for _, a := range append(catalogue(), tass(), lineage(), actor.Actor{}) {
		t.Run(string(a.ID), func(t *testing.T) {
			b, err := json.Marshal(a)
			require.NoError(t, err)
			var back actor.Actor
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, a, back)
		})
	}
}

func TestActorJSONMinimal(t *testing.T) {
	b, err := json.Marshal(actor.Actor{ID: "jund-al-aqsa", Kind: actor.KindArmedGroup, Name: "Jund al-Aqsa"})
	require.NoError(t, err)
	assert.Equal(t, `{"id":"jund-al-aqsa","kind":"armed-group","name":"Jund al-Aqsa"}`, string(b))
}

func TestActorJSONErrors(t *testing.T) {
	tests := []struct {
		name    string
		json    string
		wantErr error
	}{
		{name: "bad id", json: `{"id":"JFS","kind":"rebel-group","name":"x"}`, wantErr: actor.ErrBadID},
		{name: "malformed kind", json: `{"id":"jfs","kind":"Rebel group","name":"x"}`, wantErr: actor.ErrUnknownKind},
		{name: "impossible founding date", json: `{"id":"jfs","kind":"rebel-group","name":"x","founded":"2016-02-30"}`, wantErr: actor.ErrBadDate},
		{name: "bad name kind", json: `{"id":"jfs","kind":"rebel-group","name":"x","names":[{"text":"y","kind":"nick"}]}`, wantErr: actor.ErrUnknownNameKind},
		{name: "bad link kind", json: `{"id":"jfs","kind":"rebel-group","name":"x","links":[{"kind":"renamed-from","actor":"jn"}]}`, wantErr: actor.ErrUnknownLinkKind},
		{name: "bad link target", json: `{"id":"jfs","kind":"rebel-group","name":"x","links":[{"kind":"merged-into","actor":"HTS"}]}`, wantErr: actor.ErrBadID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var a actor.Actor
			assert.ErrorIs(t, json.Unmarshal([]byte(tc.json), &a), tc.wantErr)
		})
	}
}

func TestActorUnmarshalJSONIsStrict(t *testing.T) {
	var a actor.Actor
	err := json.Unmarshal([]byte(`{"id":"hts","kind":"rebel-group","name":"HTS","names":[{"text":"x","script":"Arab"}]}`), &a)
	assert.EqualError(t, err, `names[0].script: unknown field "script"`)
	err = json.Unmarshal([]byte(`{"id":"hts","kind":"rebel-group","name":"HTS","name":"Tahrir al-Sham"}`), &a)
	assert.EqualError(t, err, `name: malformed JSON: member "name" repeated`)
}
