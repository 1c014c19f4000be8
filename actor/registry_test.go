package actor_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/conflictkit/conflict/actor"
)

func ids(as []actor.Actor) []actor.ID {
	if as == nil {
		return nil
	}
	out := make([]actor.ID, len(as))
	for i, a := range as {
		out[i] = a.ID
	}
	return out
}

func TestRegistryGet(t *testing.T) {
	r, err := newCatalogueRegistry()
	require.NoError(t, err)

	got, ok := r.Get("hts")
	require.True(t, ok)
	assert.Equal(t, hts(), got)

	_, ok = r.Get("jaysh-al-sunna")
	assert.False(t, ok)
}

func TestRegistryCopies(t *testing.T) {
	a := hts()
	r, err := actor.NewRegistry(a)
	require.NoError(t, err)

	a.Names[1].Text = "edited by caller after Add"
	got, _ := r.Get("hts")
	assert.Equal(t, "HTS", got.Names[1].Text, "Add stores a copy")

	got.Names[1].Text = "edited by caller after Get"
	again, _ := r.Get("hts")
	assert.Equal(t, "HTS", again.Names[1].Text, "Get returns a copy")
}

func TestRegistryAddErrors(t *testing.T) {
	r, err := actor.NewRegistry(hts())
	require.NoError(t, err)

	err = r.Add(hts())
	assert.ErrorIs(t, err, actor.ErrDuplicate)
	assert.EqualError(t, err, `actor: id "hts": already registered`)

	bad := jfs()
	bad.Country = "SYR"
	err = r.Add(bad)
	assert.ErrorIs(t, err, actor.ErrBadCountry)
	_, ok := r.Get(bad.ID)
	assert.False(t, ok, "an invalid actor is not stored")
	assert.Equal(t, 1, r.Len())
}

func TestNewRegistryErrors(t *testing.T) {
	bad := nusra()
	bad.Kind = ""
	r, err := actor.NewRegistry(hts(), bad, hts())
	assert.Nil(t, r)
	assert.ErrorIs(t, err, actor.ErrUnknownKind)
	assert.ErrorIs(t, err, actor.ErrDuplicate)
}

func TestRegistryZeroValue(t *testing.T) {
	var r actor.Registry
	assert.Equal(t, 0, r.Len())
	_, ok := r.Get("hts")
	assert.False(t, ok)
	assert.Nil(t, r.ByName("HTS"))
	assert.Nil(t, r.Successors("hts"))
	assert.NoError(t, r.Check())
	for range r.All() {
		t.Fatal("zero registry yields nothing")
	}
	require.NoError(t, r.Add(hts()))
	assert.Equal(t, 1, r.Len())
}

func TestRegistryByName(t *testing.T) {
	r, err := newCatalogueRegistry()
	require.NoError(t, err)
	decomposed := norm.NFD.String("Türk Silahlı Kuvvetleri")
	require.NotEqual(t, "Türk Silahlı Kuvvetleri", decomposed, "precondition: NFD differs from NFC")

	tests := []struct {
		name string
		in   string
		want []actor.ID
	}{
		{name: "display name", in: "Hay'at Tahrir al-Sham", want: []actor.ID{"hts"}},
		{name: "acronym", in: "HTS", want: []actor.ID{"hts"}},
		{name: "modifier-letter apostrophe variant", in: "Hay\u02bcat Tahrir al-Sham", want: []actor.ID{"hts"}},
		{name: "arabic", in: "هيئة تحرير الشام", want: []actor.ID{"hts"}},
		{name: "translation", in: "Guardians of Religion Organization", want: []actor.ID{"hurras-al-din"}},
		{name: "decomposed input matches NFC name", in: decomposed, want: []actor.ID{"military-forces-of-turkey"}},
		{name: "case-sensitive", in: "hts", want: nil},
		{name: "no trimming", in: "HTS ", want: nil},
		{name: "no fuzzy matching", in: "Hayat Tahrir al Sham", want: nil},
		{name: "acled string is an identifier, not a name", in: "HTS: Hayat Tahrir al Sham", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ids(r.ByName(tc.in)))
		})
	}
}

func TestRegistryByNameShared(t *testing.T) {
	// Two actors may share a name; both come back, in ID order.
	a := actor.Actor{ID: "zeta-brigade", Kind: actor.KindArmedGroup, Name: "Martyrs Brigade"}
	b := actor.Actor{ID: "alpha-brigade", Kind: actor.KindArmedGroup, Name: "Alpha", Names: []actor.Name{{Text: "Martyrs Brigade"}, {Text: "Alpha"}}}
	r, err := actor.NewRegistry(a, b)
	require.NoError(t, err)
	assert.Equal(t, []actor.ID{"alpha-brigade", "zeta-brigade"}, ids(r.ByName("Martyrs Brigade")))
	assert.Equal(t, []actor.ID{"alpha-brigade"}, ids(r.ByName("Alpha")), "an actor appears once even if two of its names match")
}

func TestRegistryByIdentifier(t *testing.T) {
	r, err := newCatalogueRegistry()
	require.NoError(t, err)
	tests := []struct {
		name          string
		scheme, value string
		want          []actor.ID
	}{
		{name: "acled named group", scheme: "acled", value: "HTS: Hayat Tahrir al Sham", want: []actor.ID{"hts"}},
		{name: "acled open period", scheme: "acled", value: "Military Forces of Syria (2000-)", want: []actor.ID{"military-forces-of-syria"}},
		{name: "acled closed period", scheme: "acled", value: "Military Forces of Syria (2000-2024)", want: []actor.ID{"military-forces-of-syria"}},
		{name: "acled older extract", scheme: "acled", value: "Military Forces of the United States (2017-)", want: []actor.ID{"military-forces-of-the-united-states"}},
		{name: "acled coalition", scheme: "acled", value: "Global Coalition Against Daesh", want: []actor.ID{"global-coalition-against-daesh"}},
		{name: "cameo", scheme: "cameo", value: "SYRREBMUS", want: []actor.ID{"jabhat-al-nusra"}},
		{name: "acled string must be exact", scheme: "acled", value: "HTS: Hayat Tahrir al-Sham", want: nil},
		{name: "sub-unit string is a different identifier", scheme: "acled", value: "Military Forces of Syria (2000-) Syrian Arab Air Force", want: nil},
		{name: "wrong scheme", scheme: "cameo", value: "HTS: Hayat Tahrir al Sham", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ids(r.ByIdentifier(tc.scheme, tc.value)))
		})
	}
}

func TestRegistryAll(t *testing.T) {
	r, err := newCatalogueRegistry()
	require.NoError(t, err)
	var got []actor.ID
	for a := range r.All() {
		got = append(got, a.ID)
	}
	want := []actor.ID{
		"al-qaeda", "ansar-al-tawhid", "centcom", "global-coalition-against-daesh", "hts", "hurras-al-din",
		"jabhat-al-nusra", "jabhat-fateh-al-sham", "jund-al-aqsa", "military-forces-of-russia",
		"military-forces-of-syria", "military-forces-of-the-united-states", "military-forces-of-turkey",
		"nour-al-din-al-zenki", "wa-harid-al-muminin",
	}
	assert.Equal(t, want, got)

	n := 0
	for range r.All() {
		n++
		if n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n, "early break stops iteration")

	// The loop body may add to the registry without deadlock.
	for a := range r.All() {
		if a.ID == "hts" {
			require.NoError(t, r.Add(tass()))
		}
	}
	assert.Equal(t, 16, r.Len())
}

func TestRegistrySuccessions(t *testing.T) {
	r, err := newCatalogueRegistry()
	require.NoError(t, err)
	tests := []struct {
		name string
		got  []actor.Actor
		want []actor.ID
	}{
		{name: "nusra to jfs to hts", got: r.Successors("jabhat-al-nusra"), want: []actor.ID{"jabhat-fateh-al-sham", "hts"}},
		{name: "jfs to hts", got: r.Successors("jabhat-fateh-al-sham"), want: []actor.ID{"hts"}},
		{name: "zenki to hts", got: r.Successors("nour-al-din-al-zenki"), want: []actor.ID{"hts"}},
		{name: "hts has none", got: r.Successors("hts"), want: nil},
		{name: "jund al-aqsa to ansar al-tawhid", got: r.Successors("jund-al-aqsa"), want: []actor.ID{"ansar-al-tawhid"}},
		{name: "hts predecessors breadth first", got: r.Predecessors("hts"), want: []actor.ID{"jabhat-fateh-al-sham", "nour-al-din-al-zenki", "jabhat-al-nusra"}},
		{name: "jfs predecessor", got: r.Predecessors("jabhat-fateh-al-sham"), want: []actor.ID{"jabhat-al-nusra"}},
		{name: "loyalty is not succession", got: r.Successors("al-qaeda"), want: nil},
		{name: "membership is not succession", got: r.Predecessors("wa-harid-al-muminin"), want: nil},
		{name: "unknown id", got: r.Successors("no-such-actor"), want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ids(tc.got))
		})
	}
}

func TestRegistrySuccessionRecordedBothWays(t *testing.T) {
	// The same succession stored on both actors is one edge, not two.
	a := actor.Actor{ID: "old", Kind: actor.KindArmedGroup, Name: "Old", Links: []actor.Link{{Kind: actor.LinkMergedInto, Actor: "new"}}}
	b := actor.Actor{ID: "new", Kind: actor.KindArmedGroup, Name: "New", Links: []actor.Link{{Kind: actor.LinkSuccessorOf, Actor: "old"}}}
	r, err := actor.NewRegistry(a, b)
	require.NoError(t, err)
	assert.Equal(t, []actor.ID{"new"}, ids(r.Successors("old")))
	assert.Equal(t, []actor.ID{"old"}, ids(r.Predecessors("new")))
}

func TestRegistrySuccessionCycle(t *testing.T) {
	link := func(id actor.ID, k actor.LinkKind, to actor.ID) actor.Actor {
		return actor.Actor{ID: id, Kind: actor.KindArmedGroup, Name: string(id), Links: []actor.Link{{Kind: k, Actor: to}}}
	}
	tests := []struct {
		name   string
		actors []actor.Actor
		cycle  []actor.ID // nil: no cycle
		msg    string
	}{
		{"two actors merged into each other", []actor.Actor{link("a", actor.LinkMergedInto, "b"), link("b", actor.LinkMergedInto, "a")},
			[]actor.ID{"b", "a"}, `actor: cannot add "b": actor: cycle of successions: b → a → b`},
		{"successor of its successor", []actor.Actor{link("a", actor.LinkSuccessorOf, "b"), link("b", actor.LinkSuccessorOf, "a")},
			[]actor.ID{"b", "a"}, `actor: cannot add "b": actor: cycle of successions: b → a → b`},
		{"a chain is no cycle", []actor.Actor{link("a", actor.LinkMergedInto, "b"), link("c", actor.LinkSuccessorOf, "b")}, nil, ""},
		{"a circle of three, both kinds of link", []actor.Actor{link("a", actor.LinkMergedInto, "b"),
			{ID: "c", Kind: actor.KindArmedGroup, Name: "c", Links: []actor.Link{{Kind: actor.LinkSuccessorOf, Actor: "b"}, {Kind: actor.LinkMergedInto, Actor: "a"}}}},
			[]actor.ID{"c", "a", "b"}, `actor: cannot add "c": actor: cycle of successions: c → a → b → c`},
		{"a circle through an actor not held", []actor.Actor{{ID: "a", Kind: actor.KindArmedGroup, Name: "a",
			Links: []actor.Link{{Kind: actor.LinkMergedInto, Actor: "m"}, {Kind: actor.LinkSuccessorOf, Actor: "m"}}}},
			[]actor.ID{"a", "m"}, `actor: cannot add "a": actor: cycle of successions: a → m → a`},
		{"the same succession recorded on both actors", []actor.Actor{link("a", actor.LinkMergedInto, "b"), link("b", actor.LinkSuccessorOf, "a")}, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Run("Add", func(t *testing.T) {
				r, err := actor.NewRegistry(tc.actors...)
				if tc.cycle == nil {
					require.NoError(t, err)
					return
				}
				assert.Nil(t, r)
				var ce *actor.CycleError
				require.ErrorAs(t, err, &ce)
				assert.Equal(t, tc.cycle, ce.Actors)
				assert.ErrorIs(t, err, actor.ErrCycle)
				assert.EqualError(t, err, tc.msg)
			})
			t.Run("Merge", func(t *testing.T) {
				r := &actor.Registry{}
				err := r.Merge(tc.actors...)
				if tc.cycle == nil {
					require.NoError(t, err)
					return
				}
				var ce *actor.CycleError
				require.ErrorAs(t, err, &ce)
				assert.ErrorIs(t, err, actor.ErrCycle)
				assert.ElementsMatch(t, tc.cycle, ce.Actors, "the same actors, from the first in ID order")
				assert.Zero(t, r.Len(), "all or nothing")
			})
		})
	}
	t.Run("Merge over held actors", func(t *testing.T) {
		r, err := actor.NewRegistry(link("a", actor.LinkMergedInto, "b"), link("b", actor.LinkMergedInto, "c"))
		require.NoError(t, err)
		err = r.Merge(link("c", actor.LinkMergedInto, "a"))
		assert.EqualError(t, err, "actor: cannot merge 1 actors: actor: cycle of successions: a → b → c → a")
		assert.Equal(t, 2, r.Len())
		// Replacing b with a record that no longer links to c breaks the circle.
		require.NoError(t, r.Merge(link("c", actor.LinkMergedInto, "a"), actor.Actor{ID: "b", Kind: actor.KindArmedGroup, Name: "b"}))
		assert.Equal(t, []actor.ID{"a", "b"}, ids(r.Successors("c")))
	})
}

func TestRegistrySuccessionThroughMissingActor(t *testing.T) {
	// "m" is not registered: a went into it and b continues it. The walk
	// passes through m but returns only registered actors.
	a := actor.Actor{ID: "a", Kind: actor.KindArmedGroup, Name: "A", Links: []actor.Link{{Kind: actor.LinkMergedInto, Actor: "m"}}}
	b := actor.Actor{ID: "b", Kind: actor.KindArmedGroup, Name: "B", Links: []actor.Link{{Kind: actor.LinkSuccessorOf, Actor: "m"}}}
	r, err := actor.NewRegistry(a, b)
	require.NoError(t, err)
	assert.Equal(t, []actor.ID{"b"}, ids(r.Successors("a")))
	assert.Equal(t, []actor.ID{"a"}, ids(r.Predecessors("b")))
	assert.ErrorIs(t, r.Check(), actor.ErrDangling)
}

func TestRegistryCheck(t *testing.T) {
	r, err := actor.NewRegistry(jfs(), hts())
	require.NoError(t, err)
	err = r.Check()
	assert.ErrorIs(t, err, actor.ErrDangling)
	assert.EqualError(t, err, `actor: "jabhat-fateh-al-sham": links[0]: successor-of "jabhat-al-nusra": link to an actor not in the registry`)
	require.NoError(t, r.Add(nusra()))
	err = r.Check()
	assert.EqualError(t, err, `actor: "jabhat-al-nusra": links[0]: part-of "al-qaeda": link to an actor not in the registry`)
	require.NoError(t, r.Add(alQaeda()))
	assert.NoError(t, r.Check())
}

func TestRegistryConcurrent(t *testing.T) {
	var r actor.Registry
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 20 {
				id := actor.ID(fmt.Sprintf("group-%d-%d", i, j))
				assert.NoError(t, r.Add(actor.Actor{ID: id, Kind: actor.KindArmedGroup, Name: "Shared name"}))
				_, ok := r.Get(id)
				assert.True(t, ok)
				_ = r.ByName("Shared name")
				for range r.All() {
				}
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, 160, r.Len())
	got := ids(r.ByName("Shared name"))
	assert.Len(t, got, 160)
	assert.True(t, slices.IsSorted(got))
}
