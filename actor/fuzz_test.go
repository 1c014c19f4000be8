package actor_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/conflictkit/conflict/actor"
)

func FuzzParseID(f *testing.F) {
	for _, s := range []string{"hts", "hurras-al-din", "org.example/local-militia", "HTS", "", "a--b", "9th", "hay\u02bcat"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := actor.ParseID(s)
		var un actor.ID
		uerr := un.UnmarshalText([]byte(s))
		if err != nil {
			if !errors.Is(err, actor.ErrBadID) {
				t.Fatalf("ParseID(%q) error %v does not wrap ErrBadID", s, err)
			}
			if s != "" && uerr == nil {
				t.Fatalf("UnmarshalText accepted %q which ParseID refused", s)
			}
			return
		}
		if id.String() != s || !id.Valid() {
			t.Fatalf("ParseID(%q) = %q", s, id)
		}
		b, merr := id.MarshalText()
		if merr != nil || string(b) != s {
			t.Fatalf("MarshalText(%q) = %q, %v", id, b, merr)
		}
		if uerr != nil || un != id {
			t.Fatalf("UnmarshalText(%q) = %q, %v", s, un, uerr)
		}
	})
}

func FuzzParseKind(f *testing.F) {
	for _, s := range []string{"state-forces", "external-other", "media", "warlord", "State forces", "", "org.example/x", "-a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := actor.ParseKind(s)
		if err == nil {
			if k.String() != s || !k.Known() {
				t.Fatalf("ParseKind(%q) = %q, known %v", s, k, k.Known())
			}
		} else if !errors.Is(err, actor.ErrUnknownKind) {
			t.Fatalf("ParseKind(%q) error %v does not wrap ErrUnknownKind", s, err)
		}
		var un actor.Kind
		if uerr := un.UnmarshalText([]byte(s)); uerr != nil {
			if err == nil {
				t.Fatalf("UnmarshalText refused %q which ParseKind accepted: %v", s, uerr)
			}
			if !errors.Is(uerr, actor.ErrUnknownKind) {
				t.Fatalf("UnmarshalText(%q) error %v does not wrap ErrUnknownKind", s, uerr)
			}
			return
		}
		if string(un) != s {
			t.Fatalf("UnmarshalText(%q) = %q", s, un)
		}
		b, merr := un.MarshalText()
		if merr != nil || string(b) != s {
			t.Fatalf("MarshalText(%q) = %q, %v", un, b, merr)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2018", "2018-03", "2017-01-28", "2024-02-29", "2018-02-30", "0000", "9999-12-31", "2018-3", "", "20180302", "+2018-03-02"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := actor.ParseDate(s)
		var un actor.Date
		uerr := un.UnmarshalText([]byte(s))
		if err != nil {
			if !errors.Is(err, actor.ErrBadDate) {
				t.Fatalf("ParseDate(%q) error %v does not wrap ErrBadDate", s, err)
			}
			if !d.IsZero() {
				t.Fatalf("ParseDate(%q) failed but returned %v", s, d)
			}
			if s != "" && uerr == nil {
				t.Fatalf("UnmarshalText accepted %q which ParseDate refused", s)
			}
			return
		}
		if d.String() != s || d.IsZero() {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		if uerr != nil || un != d {
			t.Fatalf("UnmarshalText(%q) = %v, %v", s, un, uerr)
		}
		if d.First() > d.Last() || !d.Contains(d.First()) || !d.Contains(d.Last()) {
			t.Fatalf("%q: first %v last %v", s, d.First(), d.Last())
		}
		if d.First().Year() != d.Year() || d.Last().Year() != d.Year() {
			t.Fatalf("%q: span leaves year %d", s, d.Year())
		}
		again, nerr := actor.NewDate(d.Year(), d.Month(), d.Day())
		if nerr != nil || again != d {
			t.Fatalf("NewDate(parts of %q) = %v, %v", s, again, nerr)
		}
		if d.Day() != 0 && actor.DateOf(d.First()) != d {
			t.Fatalf("DateOf(%v) != %v", d.First(), d)
		}
		b, _ := json.Marshal(d)
		var back actor.Date
		if jerr := json.Unmarshal(b, &back); jerr != nil || back != d {
			t.Fatalf("JSON round trip of %q: %s -> %v, %v", s, b, back, jerr)
		}
	})
}

func FuzzKindFromACLEDLabel(f *testing.F) {
	for _, s := range []string{"State forces", "State Forces", "Rebel Groups", "Communal Militias", "External/Other forces", "", "Protesters only", "1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := actor.KindFromACLEDLabel(s)
		if err != nil {
			if !errors.Is(err, actor.ErrUnknownKind) {
				t.Fatalf("KindFromACLEDLabel(%q) error %v does not wrap ErrUnknownKind", s, err)
			}
			if errors.Is(err, actor.ErrNoActor) != (s == "") {
				t.Fatalf("KindFromACLEDLabel(%q): ErrNoActor only for empty input, got %v", s, err)
			}
			return
		}
		code, ok := k.ACLEDInter()
		if !ok || code < 1 || code > 8 {
			t.Fatalf("KindFromACLEDLabel(%q) = %q with inter %d, %v", s, k, code, ok)
		}
		back, err := actor.KindFromACLEDInter(code)
		if err != nil || back != k {
			t.Fatalf("KindFromACLEDInter(%d) = %q, %v; want %q", code, back, err, k)
		}
		label, _ := k.ACLEDLabel()
		if again, err := actor.KindFromACLEDLabel(label); err != nil || again != k {
			t.Fatalf("label %q of %q does not map back: %q, %v", label, k, again, err)
		}
	})
}

func FuzzParseNameKind(f *testing.F) {
	for _, s := range []string{"official", "short", "alias", "transliteration", "translation", "former", "", "Official"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := actor.ParseNameKind(s)
		var un actor.NameKind
		uerr := un.UnmarshalText([]byte(s))
		if err != nil {
			if !errors.Is(err, actor.ErrUnknownNameKind) {
				t.Fatalf("ParseNameKind(%q) error %v", s, err)
			}
			if s != "" && uerr == nil {
				t.Fatalf("UnmarshalText accepted %q", s)
			}
			return
		}
		if k.String() != s || !k.Valid() || k.IsZero() {
			t.Fatalf("ParseNameKind(%q) = %v", s, k)
		}
		if uerr != nil || un != k {
			t.Fatalf("UnmarshalText(%q) = %v, %v", s, un, uerr)
		}
		if b, merr := k.MarshalText(); merr != nil || string(b) != s {
			t.Fatalf("MarshalText(%v) = %q, %v", k, b, merr)
		}
	})
}

func FuzzParseLinkKind(f *testing.F) {
	for _, s := range []string{"member-of", "successor-of", "merged-into", "opposed-to", "", "member_of", "friend-of"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := actor.ParseLinkKind(s)
		var un actor.LinkKind
		uerr := un.UnmarshalText([]byte(s))
		if err != nil {
			if !errors.Is(err, actor.ErrUnknownLinkKind) {
				t.Fatalf("ParseLinkKind(%q) error %v", s, err)
			}
			if s != "" && uerr == nil {
				t.Fatalf("UnmarshalText accepted %q", s)
			}
			return
		}
		if k.String() != s || !k.Valid() {
			t.Fatalf("ParseLinkKind(%q) = %v", s, k)
		}
		if uerr != nil || un != k {
			t.Fatalf("UnmarshalText(%q) = %v, %v", s, un, uerr)
		}
		if b, merr := k.MarshalText(); merr != nil || string(b) != s {
			t.Fatalf("MarshalText(%v) = %q, %v", k, b, merr)
		}
	})
}

func FuzzParseCountry(f *testing.F) {
	for _, s := range []string{"SY", "sy", "SYR", "760", "UK", "XK", "SU", "145", "ZZ", "QQQ", "", "Syria"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := actor.ParseCountry(s)
		if err != nil {
			if !errors.Is(err, actor.ErrBadCountry) || c != "" {
				t.Fatalf("ParseCountry(%q) = %q, %v", s, c, err)
			}
			return
		}
		if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
			t.Fatalf("ParseCountry(%q) = %q, not two upper-case letters", s, c)
		}
		if again, err := actor.ParseCountry(c); err != nil || again != c {
			t.Fatalf("ParseCountry(%q) = %q, %v; not idempotent", c, again, err)
		}
		a := actor.Actor{ID: "x", Kind: actor.KindState, Name: "x", Country: c}
		if err := a.Validate(); err != nil {
			t.Fatalf("Validate refuses canonical country %q: %v", c, err)
		}
	})
}

func FuzzActorJSON(f *testing.F) {
	f.Add(`{"id":"hts","kind":"rebel-group","name":"Hay'at Tahrir al-Sham"}`)
	f.Add(`{"id":"jabhat-fateh-al-sham","kind":"rebel-group","name":"Jabhat Fateh al-Sham","names":[{"text":"جبهة فتح الشام","lang":"ar","kind":"official"}],"country":"SY","links":[{"kind":"merged-into","actor":"hts","from":"2017-01-28"}],"founded":"2016-07-28","dissolved":"2017-01-28"}`)
	f.Add(`{"id":"x","kind":"org.example/k","name":"","identifiers":[{"scheme":"cameo","value":"SYRREBMUS","from":"2012"}]}`)
	f.Add(`{"id":"x","names":[{"text":"a","lang":"EN-gb","from":"2018-02-30"}]}`)
	f.Add(`{"id":"x","names":[],"links":null,"founded":""}`)
	f.Add(`[]`)
	f.Fuzz(func(t *testing.T, s string) {
		var a actor.Actor
		if err := json.Unmarshal([]byte(s), &a); err != nil {
			return
		}
		if err := a.Validate(); err != nil {
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var fe *actor.FieldError
				if !errors.As(e, &fe) || fe.Path == "" {
					t.Fatalf("Validate problem is not a FieldError with a path: %T %v", e, e)
				}
			}
		}
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("cannot marshal what was unmarshalled from %q: %v", s, err)
		}
		var back actor.Actor
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("cannot unmarshal own output %s: %v", b, err)
		}
		if !reflect.DeepEqual(a, back) {
			t.Fatalf("round trip differs:\n%#v\n%#v", a, back)
		}
		b2, err := json.Marshal(back)
		if err != nil || string(b2) != string(b) {
			t.Fatalf("second marshal differs:\n%s\n%s", b, b2)
		}
		if a.Validate() == nil {
			var r actor.Registry
			if err := r.Add(a); err != nil {
				t.Fatalf("Add refused a valid actor: %v", err)
			}
			if got, ok := r.Get(a.ID); !ok || !reflect.DeepEqual(got, a) {
				t.Fatalf("Get after Add: %v, %#v", ok, got)
			}
		}
	})
}
