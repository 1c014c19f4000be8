package actor_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/internal/textkey"
)

// loadSentinels are the causes a LoadJSON error may wrap.
var loadSentinels = []error{actor.ErrSyntax, actor.ErrBadLanguage, actor.ErrDuplicate, actor.ErrBadID, actor.ErrUnknownKind,
	actor.ErrBadDate, actor.ErrDateOrder, actor.ErrNoName, actor.ErrBadText, actor.ErrUnknownNameKind, actor.ErrUnknownLinkKind,
	actor.ErrBadLink, actor.ErrBadCountry, actor.ErrBadIdentifier, actor.ErrCycle}

func FuzzLoadJSON(f *testing.F) {
	for _, s := range []string{
		`[]`, `{"actors": []}`, `[{"id": "a", "kind": "armed-group", "name": "A"}]`,
		`{"actors": [{"id": "hts", "kind": "rebel-group", "name": "Hay'at Tahrir al-Sham", "names": [{"text": "هيئة تحرير الشام", "lang": "ar", "kind": "official"}], "identifiers": [{"scheme": "acled", "value": "HTS: Hayat Tahrir al Sham"}], "founded": "2017-01-28"}]}`,
		`[{"id": "a", "kind": "armed-group", "name": "A"}, {"id": "a", "kind": "armed-group", "name": "B"}]`,
		`{"actors": null}`, `[null]`, `{"actors": [], "x": 1}`, `[{"id": "a", "kind": "armed-group", "name": "A", "names": [{"text": "B", "lang": "EN"}]}]`,
		"", "[", `"x"`,
		"\xff\xfe[\x00]\x00", "\ufeff[]",
		`[{"id": "a", "kind": "armed-group", "name": "A", "links": [{"kind": "merged-into", "actor": "b"}]}, {"id": "b", "kind": "armed-group", "name": "B", "links": [{"kind": "successor-of", "actor": "a"}, {"kind": "merged-into", "actor": "a"}]}]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		actors, err := actor.LoadJSON(bytes.NewReader(b))
		if err != nil {
			var pe *actor.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %T is not a *ParseError: %v", err, err)
			}
			if pe.Line < 1 || pe.Column < 1 || pe.Offset < 0 || pe.Offset > int64(len(b)) {
				t.Fatalf("bad position %d:%d (offset %d of %d): %v", pe.Line, pe.Column, pe.Offset, len(b), err)
			}
			if !wrapsOne(err, loadSentinels) {
				t.Fatalf("error wraps no sentinel: %v", err)
			}
			if actors != nil {
				t.Fatalf("actors returned with an error")
			}
			return
		}
		seen := map[actor.ID]bool{}
		for _, a := range actors {
			if verr := a.Validate(); verr != nil {
				t.Fatalf("loaded an invalid actor: %v", verr)
			}
			if seen[a.ID] {
				t.Fatalf("loaded %q twice", a.ID)
			}
			seen[a.ID] = true
		}
		out, err := json.Marshal(map[string]any{"actors": actors})
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		back, err := actor.LoadJSON(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("reload %s: %v", out, err)
		}
		if len(actors) == 0 && len(back) == 0 {
			return
		}
		if !reflect.DeepEqual(actors, back) {
			t.Fatalf("round trip changed the actors:\n%#v\n%#v", actors, back)
		}
	})
}

func wrapsOne(err error, targets []error) bool {
	for _, s := range targets {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

func FuzzResolve(f *testing.F) {
	for _, s := range []struct {
		name, on string
		follow   bool
	}{
		{"Hay'at Tahrir al-Sham", "", false}, {"HTS: Hayat Tahrir al Sham", "2020-05-07", false},
		{"هَيْئَةُ تَحْرِيرِ الشَّامِ", "", false}, {"Jabhat Fateh al-Sham", "2018", true},
		{"Hurras al-Deen", "2019-08-31", false}, {"CENTCOM", "", true}, {"Civilians", "1990", false},
		{"Military Forces of Syria (2000-2024)", "2025-03", true}, {"", "", false}, {"\xff", "2018", true},
	} {
		f.Add(s.name, s.on, s.follow)
	}
	reg := actor.Default()
	f.Fuzz(func(t *testing.T, name, on string, follow bool) {
		day, _ := actor.ParseDate(on) // an unparsable date means "any time"
		var opts []actor.ResolveOption
		if follow {
			opts = append(opts, actor.FollowSuccession())
		}
		res, err := reg.Resolve(name, day, opts...)
		if err != nil {
			var ae *actor.AmbiguousError
			switch {
			case errors.As(err, &ae):
				if len(ae.Candidates) < 2 || ae.Candidates[0].Actor.ID >= ae.Candidates[1].Actor.ID {
					t.Fatalf("ambiguous with candidates out of order or alone: %v", err)
				}
			case !errors.Is(err, actor.ErrNotFound):
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		held, ok := reg.Get(res.Actor.ID)
		if !ok || !reflect.DeepEqual(held, res.Actor) {
			t.Fatalf("resolved to %q, not the registry's record", res.Actor.ID)
		}
		if res.Confidence <= 0 || res.Confidence > 1 {
			t.Fatalf("confidence %v", res.Confidence)
		}
		switch res.How {
		case actor.MatchExact, actor.MatchIdentifier, actor.MatchAlias:
			if norm.NFC.String(name) != norm.NFC.String(res.Matched) {
				t.Fatalf("%v match of %q on %q", res.How, name, res.Matched)
			}
		case actor.MatchFolded:
			if textkey.Key(name) != textkey.Key(res.Matched) {
				t.Fatalf("folded match of %q on %q", name, res.Matched)
			}
		default:
			t.Fatalf("match kind %v", res.How)
		}
		if len(res.Followed) > 0 && (!follow || day.IsZero()) {
			t.Fatalf("followed %v without being asked", res.Followed)
		}
	})
}

func FuzzParseMatchKind(f *testing.F) {
	for _, s := range []string{"exact", "identifier", "alias", "folded", "", "Exact", "none"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := actor.ParseMatchKind(s)
		var un actor.MatchKind
		uerr := un.UnmarshalText([]byte(s))
		if err != nil {
			if !errors.Is(err, actor.ErrUnknownMatchKind) {
				t.Fatalf("ParseMatchKind(%q): %v", s, err)
			}
			if s != "" && uerr == nil {
				t.Fatalf("UnmarshalText accepted %q", s)
			}
			return
		}
		if k.String() != s || uerr != nil || un != k {
			t.Fatalf("ParseMatchKind(%q) = %v; UnmarshalText = %v, %v", s, k, un, uerr)
		}
		if b, err := k.MarshalText(); err != nil || string(b) != s {
			t.Fatalf("MarshalText(%v) = %q, %v", k, b, err)
		}
	})
}
