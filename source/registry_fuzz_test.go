package source_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/conflictkit/conflict/internal/textkey"
	"github.com/conflictkit/conflict/source"
)

var loadSentinels = []error{source.ErrSyntax, source.ErrBadLanguage, source.ErrDuplicate, source.ErrBadID, source.ErrUnknownKind,
	source.ErrMissing, source.ErrBadCountry, source.ErrBadURL, source.ErrBadGrade, source.ErrBadText}

func FuzzLoadJSON(f *testing.F) {
	for _, s := range []string{
		`[]`, `{"sources": []}`, `[{"id": "sohr", "name": "Syrian Observatory for Human Rights", "short": "SOHR", "names": [{"text": "المرصد السوري لحقوق الإنسان", "lang": "ar"}], "kind": "monitor", "country": "GB"}]`,
		`[{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]`, `{"sources": null}`, `[null]`, `[{"id": "a", "name": "A", "language": "EN"}]`,
		`[{"id": "a", "name": "A", "reliability": "B"}]`, "", "{", `[{"id": "a", "name": "A", "url": "https://example.org"}]`,
		"\xfe\xff\x00[\x00]", "\ufeff[]", "[{\"id\": \"a\", \"name\": \"\xff\"}]",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		sources, err := source.LoadJSON(bytes.NewReader(b))
		if err != nil {
			var pe *source.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %T is not a *ParseError: %v", err, err)
			}
			if pe.Line < 1 || pe.Column < 1 || pe.Offset < 0 || pe.Offset > int64(len(b)) {
				t.Fatalf("bad position: %v", err)
			}
			found := false
			for _, s := range loadSentinels {
				found = found || errors.Is(err, s)
			}
			if !found {
				t.Fatalf("error wraps no sentinel: %v", err)
			}
			return
		}
		seen := map[source.ID]bool{}
		for _, s := range sources {
			if verr := s.Validate(); verr != nil {
				t.Fatalf("loaded an invalid source: %v", verr)
			}
			if seen[s.ID] {
				t.Fatalf("loaded %q twice", s.ID)
			}
			seen[s.ID] = true
		}
		out, err := json.Marshal(map[string]any{"sources": sources})
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		back, err := source.LoadJSON(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("reload %s: %v", out, err)
		}
		if (len(sources) > 0 || len(back) > 0) && !reflect.DeepEqual(sources, back) {
			t.Fatalf("round trip changed the sources:\n%#v\n%#v", sources, back)
		}
	})
}

func FuzzResolve(f *testing.F) {
	for _, s := range []string{"SOHR", "Reuters News", "سَانَا", "ТАСС", "Kachin Women’s Association Thailand", "", "SOHR; Liveuamap", "\xff"} {
		f.Add(s)
	}
	reg := source.Default()
	f.Fuzz(func(t *testing.T, name string) {
		res, err := reg.Resolve(name)
		if err != nil {
			var ae *source.AmbiguousError
			if errors.As(err, &ae) {
				if len(ae.Candidates) < 2 {
					t.Fatalf("ambiguous with %d candidates", len(ae.Candidates))
				}
				return
			}
			if !errors.Is(err, source.ErrNotFound) {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		held, ok := reg.Get(res.Source.ID)
		if !ok || !reflect.DeepEqual(held, res.Source) {
			t.Fatalf("resolved to %q, not the registry's record", res.Source.ID)
		}
		switch res.How {
		case source.MatchExact, source.MatchAlias:
			if norm.NFC.String(name) != norm.NFC.String(res.Matched) {
				t.Fatalf("%v match of %q on %q", res.How, name, res.Matched)
			}
		case source.MatchFolded:
			if textkey.Key(name) != textkey.Key(res.Matched) {
				t.Fatalf("folded match of %q on %q", name, res.Matched)
			}
		default:
			t.Fatalf("match kind %v", res.How)
		}
		if res.Confidence != res.How.Confidence() {
			t.Fatalf("confidence %v for %v", res.Confidence, res.How)
		}
	})
}

func FuzzParseMatchKind(f *testing.F) {
	for _, s := range []string{"exact", "alias", "folded", "", "identifier", "EXACT"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := source.ParseMatchKind(s)
		var un source.MatchKind
		uerr := un.UnmarshalText([]byte(s))
		if err != nil {
			if !errors.Is(err, source.ErrUnknownMatchKind) {
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
