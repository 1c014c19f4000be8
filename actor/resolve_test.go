package actor_test

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
)

// resolveCase is one lookup in the embedded catalogue and what it must
// give. Expected values were worked out by hand from the catalogue file
// and the tier rules, not copied from output.
type resolveCase struct {
	name    string
	text    string
	on      string // "" = any time
	opts    []actor.ResolveOption
	id      actor.ID
	how     actor.MatchKind
	scheme  string
	matched string
	conf    float64
	out     bool
	follow  []actor.ID
	nameOn  string // Resolution.Name.Text; "" = the actor's display name
}

func runResolveCases(t *testing.T, reg *actor.Registry, cases []resolveCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var on actor.Date
			if tc.on != "" {
				on = actor.MustParseDate(tc.on)
			}
			res, err := reg.Resolve(tc.text, on, tc.opts...)
			require.NoError(t, err)
			assert.Equal(t, tc.id, res.Actor.ID)
			assert.Equal(t, tc.how, res.How)
			assert.Equal(t, tc.scheme, res.Scheme)
			assert.Equal(t, tc.matched, res.Matched)
			assert.InDelta(t, tc.conf, res.Confidence, 1e-9)
			assert.Equal(t, tc.out, res.OutOfPeriod)
			assert.Equal(t, tc.follow, res.Followed)
			want := tc.nameOn
			if want == "" {
				want = res.Actor.Name
			}
			assert.Equal(t, want, res.Name.Text)
		})
	}
}

func TestResolveSpellingFamilies(t *testing.T) {
	follow := actor.FollowSuccession()
	runResolveCases(t, actor.Default(), []resolveCase{
		// Hay'at Tahrir al-Sham (REFERENCE.md §8 and §9.1).
		{name: "hts display name", text: "Hay'at Tahrir al-Sham", id: "hts", how: actor.MatchExact, matched: "Hay'at Tahrir al-Sham", conf: 1},
		{name: "hts modifier apostrophe", text: "Hay\u02bcat Tahrir al-Sham", id: "hts", how: actor.MatchAlias, matched: "Hay\u02bcat Tahrir al-Sham", conf: 0.9},
		{name: "hts right quote", text: "Hay\u2019at Tahrir al-Sham", id: "hts", how: actor.MatchFolded, matched: "Hay'at Tahrir al-Sham", conf: 0.8},
		{name: "hts diacritics", text: "Hay\u2019at Ta\u1e25r\u012br al-Sh\u0101m", id: "hts", how: actor.MatchFolded, matched: "Hay'at Tahrir al-Sham", conf: 0.8},
		{name: "hts upper case", text: "HAY'AT TAHRIR AL SHAM", id: "hts", how: actor.MatchFolded, matched: "Hay'at Tahrir al-Sham", conf: 0.8},
		{name: "hts without apostrophe", text: "Hayat Tahrir al-Sham", id: "hts", how: actor.MatchAlias, matched: "Hayat Tahrir al-Sham", conf: 0.9},
		{name: "hts acled string", text: "HTS: Hayat Tahrir al Sham", id: "hts", how: actor.MatchIdentifier, scheme: "acled", matched: "HTS: Hayat Tahrir al Sham", conf: 0.95},
		{name: "hts acled string lower case", text: "hts: hayat tahrir al sham", id: "hts", how: actor.MatchFolded, scheme: "acled", matched: "HTS: Hayat Tahrir al Sham", conf: 0.8},
		{name: "hts acronym is a ucdp side", text: "HTS", id: "hts", how: actor.MatchIdentifier, scheme: "ucdp", matched: "HTS", conf: 0.95},
		{name: "hts acronym as a name only", text: "HTS", opts: []actor.ResolveOption{actor.InSchemes(actor.SchemeACLED)}, id: "hts", how: actor.MatchAlias, matched: "HTS", conf: 0.9},
		{name: "hts arabic", text: "هيئة تحرير الشام", id: "hts", how: actor.MatchExact, matched: "هيئة تحرير الشام", conf: 1},
		{name: "hts arabic vocalised", text: "هَيْئَةُ تَحْرِيرِ الشَّامِ", id: "hts", how: actor.MatchFolded, matched: "هيئة تحرير الشام", conf: 0.8},
		{name: "hts arabic tatweel", text: "هيئـة تحريـر الشـام", id: "hts", how: actor.MatchFolded, matched: "هيئة تحرير الشام", conf: 0.8},
		{name: "hts arabic decomposed hamza", text: "هي\u064a\u0654ة تحرير الشام", id: "hts", how: actor.MatchExact, matched: "هيئة تحرير الشام", conf: 1},
		{name: "hts in its period", text: "HTS: Hayat Tahrir al Sham", on: "2020-05-07", id: "hts", how: actor.MatchIdentifier, scheme: "acled", matched: "HTS: Hayat Tahrir al Sham", conf: 0.95},
		{name: "hts after its dissolution", text: "Hay'at Tahrir al-Sham", on: "2025-06", id: "hts", how: actor.MatchExact, matched: "Hay'at Tahrir al-Sham", conf: 0.5, out: true},

		// Jabhat Fateh al-Sham and its succession (REFERENCE.md §8).
		{name: "jfs in 2016", text: "Jabhat Fateh al-Sham", on: "2016", id: "jabhat-fateh-al-sham", how: actor.MatchExact, matched: "Jabhat Fateh al-Sham", conf: 1},
		{name: "jfs on its founding day", text: "Jabhat Fateh al-Sham", on: "2016-07-28", id: "jabhat-fateh-al-sham", how: actor.MatchExact, matched: "Jabhat Fateh al-Sham", conf: 1},
		{name: "jfs arabic in 2016", text: "جبهة فتح الشام", on: "2016-10-01", id: "jabhat-fateh-al-sham", how: actor.MatchExact, matched: "جبهة فتح الشام", conf: 1},
		{name: "jfs in 2018 without following", text: "Jabhat Fateh al-Sham", on: "2018-05-01", id: "jabhat-fateh-al-sham", how: actor.MatchExact, matched: "Jabhat Fateh al-Sham", conf: 0.5, out: true},
		{name: "jfs in 2018 followed to hts", text: "Jabhat Fateh al-Sham", on: "2018-05-01", opts: []actor.ResolveOption{follow}, id: "hts", how: actor.MatchExact, matched: "Jabhat Fateh al-Sham", conf: 0.9, follow: []actor.ID{"jabhat-fateh-al-sham"}},
		{name: "jfs acronym in 2019 followed", text: "JFS", on: "2019-08-31", opts: []actor.ResolveOption{follow}, id: "hts", how: actor.MatchAlias, matched: "JFS", conf: 0.81, follow: []actor.ID{"jabhat-fateh-al-sham"}},
		{name: "jfs with following but no date", text: "Jabhat Fateh al-Sham", opts: []actor.ResolveOption{follow}, id: "jabhat-fateh-al-sham", how: actor.MatchExact, matched: "Jabhat Fateh al-Sham", conf: 1},
		{name: "jfs before it existed is not followed back", text: "Jabhat Fateh al-Sham", on: "2014", opts: []actor.ResolveOption{follow}, id: "jabhat-fateh-al-sham", how: actor.MatchExact, matched: "Jabhat Fateh al-Sham", conf: 0.5, out: true},
		{name: "nusra in 2018 followed twice", text: "al-Nusra Front", on: "2018", opts: []actor.ResolveOption{follow}, id: "hts", how: actor.MatchAlias, matched: "al-Nusra Front", conf: 0.81, follow: []actor.ID{"jabhat-al-nusra", "jabhat-fateh-al-sham"}},
		{name: "nusra in late 2016 followed once", text: "Jabhat al-Nusra", on: "2016-09-01", opts: []actor.ResolveOption{follow}, id: "jabhat-fateh-al-sham", how: actor.MatchExact, matched: "Jabhat al-Nusra", conf: 0.9, follow: []actor.ID{"jabhat-al-nusra"}},
		{name: "nusra after hts too: nothing to follow to", text: "Jabhat al-Nusra", on: "2025-06-01", opts: []actor.ResolveOption{follow}, id: "jabhat-al-nusra", how: actor.MatchExact, matched: "Jabhat al-Nusra", conf: 0.5, out: true},
		{name: "nusra cameo code", text: "SYRREBMUS", id: "jabhat-al-nusra", how: actor.MatchIdentifier, scheme: "cameo", matched: "SYRREBMUS", conf: 0.95},
		{name: "zenki is not dissolved: no following", text: "Nour al-Din al-Zenki Movement", on: "2019", opts: []actor.ResolveOption{follow}, id: "nour-al-din-al-zenki", how: actor.MatchExact, matched: "Nour al-Din al-Zenki Movement", conf: 1},

		// Hurras al-Din (REFERENCE.md §8).
		{name: "hurras display name", text: "Hurras al-Din", id: "hurras-al-din", how: actor.MatchExact, matched: "Hurras al-Din", conf: 1},
		{name: "hurras al-deen", text: "Hurras al-Deen", id: "hurras-al-din", how: actor.MatchAlias, matched: "Hurras al-Deen", conf: 0.9},
		{name: "huras al-din", text: "Huras al-Din", id: "hurras-al-din", how: actor.MatchAlias, matched: "Huras al-Din", conf: 0.9},
		{name: "hurras acled-like spelling", text: "Hurras al Din", id: "hurras-al-din", how: actor.MatchFolded, matched: "Hurras al-Din", conf: 0.8},
		{name: "huras al-deen lower case", text: "hurras al-deen", id: "hurras-al-din", how: actor.MatchFolded, matched: "Hurras al-Deen", conf: 0.8},
		{name: "hurras arabic", text: "تنظيم حراس الدين", on: "2019-08-31", id: "hurras-al-din", how: actor.MatchExact, matched: "تنظيم حراس الدين", conf: 1},
		{name: "hurras strike day", text: "Hurras al-Deen", on: "2019-08-31", id: "hurras-al-din", how: actor.MatchAlias, matched: "Hurras al-Deen", conf: 0.9},

		// CENTCOM and US forces.
		{name: "centcom", text: "CENTCOM", id: "centcom", how: actor.MatchAlias, matched: "CENTCOM", conf: 0.9},
		{name: "centcom lower case", text: "centcom", id: "centcom", how: actor.MatchFolded, matched: "CENTCOM", conf: 0.8},
		{name: "centcom full", text: "US Central Command", id: "centcom", how: actor.MatchExact, matched: "US Central Command", conf: 1},
		{name: "centcom dotted", text: "U.S. Central Command", id: "centcom", how: actor.MatchAlias, matched: "U.S. Central Command", conf: 0.9},
		{name: "us forces 2019", text: "Military Forces of the United States (2017-2021)", on: "2019-08-31", id: "us-military", how: actor.MatchIdentifier, scheme: "acled", matched: "Military Forces of the United States (2017-2021)", conf: 0.95},
		{name: "us forces string of another period", text: "Military Forces of the United States (2001-2009)", on: "2019-08-31", id: "us-military", how: actor.MatchIdentifier, scheme: "acled", matched: "Military Forces of the United States (2001-2009)", conf: 0.475, out: true},

		// Syrian government forces: one organisation, dated ACLED strings.
		{name: "saa open period string", text: "Military Forces of Syria (2000-)", on: "2020-05-09", id: "syrian-government-forces", how: actor.MatchIdentifier, scheme: "acled", matched: "Military Forces of Syria (2000-)", conf: 0.95},
		{name: "saa closed period string", text: "Military Forces of Syria (2000-2024)", on: "2024-12-01", id: "syrian-government-forces", how: actor.MatchIdentifier, scheme: "acled", matched: "Military Forces of Syria (2000-2024)", conf: 0.95},
		{name: "saa closed string after the period", text: "Military Forces of Syria (2000-2024)", on: "2025-03", id: "syrian-government-forces", how: actor.MatchIdentifier, scheme: "acled", matched: "Military Forces of Syria (2000-2024)", conf: 0.475, out: true},
		{name: "saa english", text: "Syrian Arab Army", id: "syrian-government-forces", how: actor.MatchExact, matched: "Syrian Arab Army", conf: 1},
		{name: "saa arabic", text: "الجيش العربي السوري", id: "syrian-government-forces", how: actor.MatchExact, matched: "الجيش العربي السوري", conf: 1},
		{name: "syrian government ucdp", text: "Government of Syria", id: "syrian-government", how: actor.MatchExact, matched: "Government of Syria", conf: 1},

		// Others.
		{name: "islamic state wikidata", text: "Q2429253", id: "islamic-state", how: actor.MatchIdentifier, scheme: "wikidata", matched: "Q2429253", conf: 0.95},
		{name: "islamic state ucdp id", text: "234", opts: []actor.ResolveOption{actor.InSchemes(actor.SchemeUCDPID)}, id: "islamic-state", how: actor.MatchIdentifier, scheme: "ucdp-id", matched: "234", conf: 0.95},
		{name: "ansar al-tawhid acled", text: "Ansar al Tawhid", on: "2020-05-04", id: "ansar-al-tawhid", how: actor.MatchIdentifier, scheme: "acled", matched: "Ansar al Tawhid", conf: 0.95},
		{name: "ansar al-tawhid arabic", text: "أنصار التوحيد", id: "ansar-al-tawhid", how: actor.MatchExact, matched: "أنصار التوحيد", conf: 1},
		{name: "ansar al-tawhid month of founding", text: "Ansar al-Tawhid", on: "2018-03-02", id: "ansar-al-tawhid", how: actor.MatchExact, matched: "Ansar al-Tawhid", conf: 1},
		{name: "turkish forces lower case", text: "türk silahlı kuvvetleri", id: "turkish-military", how: actor.MatchFolded, matched: "Türk Silahlı Kuvvetleri", conf: 0.8},
		{name: "russian forces cyrillic", text: "Вооружённые силы Российской Федерации", id: "russian-military", how: actor.MatchExact, matched: "Вооружённые силы Российской Федерации", conf: 1},
		{name: "russian forces cyrillic without yo", text: "Вооруженные силы Российской Федерации", id: "russian-military", how: actor.MatchFolded, matched: "Вооружённые силы Российской Федерации", conf: 0.8},
		{name: "sdf acled", text: "QSD: Syrian Democratic Forces", id: "sdf", how: actor.MatchIdentifier, scheme: "acled", matched: "QSD: Syrian Democratic Forces", conf: 0.95},
		{name: "sna acronym", text: "SNA", id: "syrian-national-army", how: actor.MatchAlias, matched: "SNA", conf: 0.9},
	})
}

func TestResolveNotFound(t *testing.T) {
	reg := actor.Default()
	for _, s := range []string{"", " ", "Jabhat al-Khayal", "Hurras", "HTS: Hayat", "-", "\xff\xfe"} {
		t.Run(fmt.Sprintf("%q", s), func(t *testing.T) {
			_, err := reg.Resolve(s, actor.Date{})
			assert.ErrorIs(t, err, actor.ErrNotFound)
			assert.NotErrorIs(t, err, actor.ErrAmbiguous)
		})
	}
	_, err := reg.Resolve("Jabhat al-Khayal", actor.Date{})
	assert.EqualError(t, err, `actor: resolve "Jabhat al-Khayal": no actor of that name`)

	var empty actor.Registry
	_, err = empty.Resolve("HTS", actor.Date{})
	assert.ErrorIs(t, err, actor.ErrNotFound, "the zero Registry resolves nothing")
}

// twoRegistry holds two actors sharing names, one of them in different
// periods, to exercise ambiguity and the date rules.
func twoRegistry(t *testing.T) *actor.Registry {
	t.Helper()
	reg, err := actor.NewRegistry(
		actor.Actor{ID: "north-brigade", Kind: actor.KindArmedGroup, Name: "North Brigade",
			Names: []actor.Name{
				{Text: "Liwa al-Shamal", Kind: actor.NameTransliteration},
				{Text: "The Brigade", Kind: actor.NameAlias, To: d("2014")},
				{Text: "Old North", Kind: actor.NameOfficial, To: d("2013")},
			},
			Founded: d("2012")},
		actor.Actor{ID: "south-brigade", Kind: actor.KindArmedGroup, Name: "South Brigade",
			Names: []actor.Name{
				{Text: "Liwa al-Shamal", Kind: actor.NameTransliteration, Note: "a second group of the same name"},
				{Text: "The Brigade", Kind: actor.NameAlias, From: d("2016")},
			}},
		actor.Actor{ID: "old-front", Kind: actor.KindArmedGroup, Name: "Old Front", Dissolved: d("2014-06-30"),
			Links: []actor.Link{{Kind: actor.LinkMergedInto, Actor: "north-brigade"}, {Kind: actor.LinkMergedInto, Actor: "south-brigade"}}},
		actor.Actor{ID: "east-front", Kind: actor.KindArmedGroup, Name: "East Front", Dissolved: d("2014"),
			Links: []actor.Link{{Kind: actor.LinkMergedInto, Actor: "ghost"}}},
	)
	require.NoError(t, err)
	return reg
}

func TestResolveAmbiguous(t *testing.T) {
	reg := twoRegistry(t)
	cases := []struct {
		name  string
		text  string
		on    string
		opts  []actor.ResolveOption
		want  []actor.ID
		conf  float64
		out   bool
		msgIn string
	}{
		{name: "same alias, no date", text: "Liwa al-Shamal", want: []actor.ID{"north-brigade", "south-brigade"}, conf: 0.9,
			msgIn: `actor: resolve "Liwa al-Shamal": name matches several actors (north-brigade, south-brigade)`},
		{name: "same alias, folded", text: "liwa al shamal", want: []actor.ID{"north-brigade", "south-brigade"}, conf: 0.8},
		{name: "dated alias, no date", text: "The Brigade", want: []actor.ID{"north-brigade", "south-brigade"}, conf: 0.9},
		{name: "dated alias, date in neither period", text: "The Brigade", on: "2015-06", want: []actor.ID{"north-brigade", "south-brigade"}, conf: 0.45, out: true},
		{name: "two successors in use", text: "Old Front", on: "2017", opts: []actor.ResolveOption{actor.FollowSuccession()}, want: []actor.ID{"north-brigade", "south-brigade"}, conf: 0.9},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var on actor.Date
			if tc.on != "" {
				on = actor.MustParseDate(tc.on)
			}
			_, err := reg.Resolve(tc.text, on, tc.opts...)
			require.ErrorIs(t, err, actor.ErrAmbiguous)
			assert.NotErrorIs(t, err, actor.ErrNotFound)
			var ae *actor.AmbiguousError
			require.True(t, errors.As(err, &ae))
			assert.Equal(t, tc.text, ae.Name)
			var got []actor.ID
			for _, c := range ae.Candidates {
				got = append(got, c.Actor.ID)
				assert.InDelta(t, tc.conf, c.Confidence, 1e-9, string(c.Actor.ID))
				assert.Equal(t, tc.out, c.OutOfPeriod, string(c.Actor.ID))
			}
			assert.Equal(t, tc.want, got)
			if tc.msgIn != "" {
				assert.EqualError(t, err, tc.msgIn)
			}
		})
	}
}

func TestResolveDates(t *testing.T) {
	reg := twoRegistry(t)
	follow := actor.FollowSuccession()
	runResolveCases(t, reg, []resolveCase{
		{name: "dated alias picks the actor in period (early)", text: "The Brigade", on: "2014", id: "north-brigade", how: actor.MatchAlias, matched: "The Brigade", conf: 0.9, nameOn: "North Brigade"},
		{name: "dated alias picks the actor in period (late)", text: "The Brigade", on: "2019-01-01", id: "south-brigade", how: actor.MatchAlias, matched: "The Brigade", conf: 0.9},
		{name: "name valid on the date is the dated official name", text: "North Brigade", on: "2012-05", id: "north-brigade", how: actor.MatchExact, matched: "North Brigade", conf: 1, nameOn: "Old North"},
		{name: "former official name after its period", text: "Old North", on: "2019", id: "north-brigade", how: actor.MatchExact, matched: "Old North", conf: 0.5, out: true, nameOn: "North Brigade"},
		{name: "before founding", text: "North Brigade", on: "2011-12-31", id: "north-brigade", how: actor.MatchExact, matched: "North Brigade", conf: 0.5, out: true, nameOn: "Old North"},
		{name: "successor not in the registry", text: "East Front", on: "2016", opts: []actor.ResolveOption{follow}, id: "east-front", how: actor.MatchExact, matched: "East Front", conf: 0.5, out: true},
		{name: "dissolution day is in period", text: "Old Front", on: "2014-06-30", opts: []actor.ResolveOption{follow}, id: "old-front", how: actor.MatchExact, matched: "Old Front", conf: 1},
	})
}

func TestResolveOptions(t *testing.T) {
	reg := actor.Default()
	t.Run("zero option ignored", func(t *testing.T) {
		res, err := reg.Resolve("HTS", actor.Date{}, actor.ResolveOption{})
		require.NoError(t, err)
		assert.Equal(t, actor.ID("hts"), res.Actor.ID)
	})
	t.Run("no scheme at all: names only", func(t *testing.T) {
		_, err := reg.Resolve("HTS: Hayat Tahrir al Sham", actor.Date{}, actor.InSchemes())
		assert.ErrorIs(t, err, actor.ErrNotFound)
		_, err = reg.Resolve("Q2429253", actor.Date{}, actor.InSchemes(actor.SchemeACLED, actor.SchemeUCDP))
		assert.ErrorIs(t, err, actor.ErrNotFound)
	})
	t.Run("folded identifiers are restricted too", func(t *testing.T) {
		_, err := reg.Resolve("hts: hayat tahrir al sham", actor.Date{}, actor.InSchemes(actor.SchemeUCDP))
		assert.ErrorIs(t, err, actor.ErrNotFound)
	})
	t.Run("option keeps its own copy", func(t *testing.T) {
		schemes := []string{actor.SchemeACLED}
		opt := actor.InSchemes(schemes...)
		schemes[0] = actor.SchemeUCDP
		res, err := reg.Resolve("HTS", actor.Date{}, opt)
		require.NoError(t, err)
		assert.Equal(t, actor.MatchAlias, res.How, "the ucdp identifier stays excluded")
	})
}

func TestResolveReturnsCopies(t *testing.T) {
	reg := actor.Default()
	res, err := reg.Resolve("HTS", actor.Date{})
	require.NoError(t, err)
	res.Actor.Names[0].Text = "edited"
	again, err := reg.Resolve("HTS", actor.Date{})
	require.NoError(t, err)
	assert.Equal(t, "هيئة تحرير الشام", again.Actor.Names[0].Text)
}

// Run with -race: lookups on the shared catalogue and on a clone that is
// being merged into run at once.
func TestResolveConcurrent(t *testing.T) {
	shared := actor.Default()
	mine := shared.Clone()
	queries := []string{"HTS", "هَيْئَةُ تَحْرِيرِ الشَّامِ", "Jabhat Fateh al-Sham", "Hurras al-Deen", "CENTCOM", "nothing here", "Вооруженные силы Российской Федерации"}
	on := actor.MustParseDate("2018-06-01")
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				q := queries[(g+i)%len(queries)]
				for _, reg := range []*actor.Registry{shared, mine} {
					res, err := reg.Resolve(q, on, actor.FollowSuccession())
					if err == nil && res.Actor.ID == "" {
						t.Errorf("%q: empty actor", q)
					}
				}
			}
		})
	}
	wg.Go(func() {
		for i := range 50 {
			a := actor.Actor{ID: actor.ID(fmt.Sprintf("local-group-%d", i)), Kind: actor.KindArmedGroup, Name: fmt.Sprintf("Local group %d", i)}
			if err := mine.Merge(a); err != nil {
				t.Error(err)
			}
		}
	})
	wg.Wait()
	res, err := mine.Resolve("local group 49", actor.Date{})
	require.NoError(t, err)
	assert.Equal(t, actor.ID("local-group-49"), res.Actor.ID)
	_, err = shared.Resolve("Local group 49", actor.Date{})
	assert.ErrorIs(t, err, actor.ErrNotFound, "the clone's additions stay out of the shared catalogue")
}

func TestParseMatchKind(t *testing.T) {
	cases := []struct {
		in   string
		want actor.MatchKind
		err  error
	}{
		{"exact", actor.MatchExact, nil},
		{"identifier", actor.MatchIdentifier, nil},
		{"alias", actor.MatchAlias, nil},
		{"folded", actor.MatchFolded, nil},
		{"", actor.MatchNone, actor.ErrUnknownMatchKind},
		{"Exact", actor.MatchNone, actor.ErrUnknownMatchKind},
		{" alias", actor.MatchNone, actor.ErrUnknownMatchKind},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			got, err := actor.ParseMatchKind(tc.in)
			if tc.err != nil {
				assert.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.in, got.String())
		})
	}
	assert.Equal(t, "MatchKind(9)", actor.MatchKind(9).String())
	assert.False(t, actor.MatchKind(5).Valid())
	assert.True(t, actor.MatchNone.IsZero())
	assert.Equal(t, 0.0, actor.MatchKind(9).Confidence())
	_, err := actor.MatchKind(5).MarshalText()
	assert.ErrorIs(t, err, actor.ErrUnknownMatchKind)
}

func TestMatchKindText(t *testing.T) {
	for _, k := range []actor.MatchKind{actor.MatchNone, actor.MatchExact, actor.MatchIdentifier, actor.MatchAlias, actor.MatchFolded} {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back actor.MatchKind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	var k actor.MatchKind = actor.MatchAlias
	assert.ErrorIs(t, k.UnmarshalText([]byte("fuzzy")), actor.ErrUnknownMatchKind)
	assert.Equal(t, actor.MatchAlias, k, "a failed UnmarshalText leaves the value alone")
}
