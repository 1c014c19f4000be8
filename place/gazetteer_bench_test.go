package place_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/conflictkit/conflict/place"
)

// benchQueries are ACLED admin3 names with the options an ACLED reader
// would pass (under the resolved district), plus spellings that take the
// slower paths of the match key and the alias rule.
func benchQueries() []struct {
	name string
	opt  place.ResolveOptions
} {
	var qs []struct {
		name string
		opt  place.ResolveOptions
	}
	for _, tc := range acledAdmins {
		qs = append(qs, struct {
			name string
			opt  place.ResolveOptions
		}{tc.admin3, place.ResolveOptions{Parent: place.ID(strings.ToLower(tc.p2)), Level: place.LevelAdmin3}})
	}
	return qs
}

func BenchmarkResolve(b *testing.B) {
	g := place.Default()
	qs := benchQueries()
	b.Run("acled-admin3/cold", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			g.ResetCache()
			q := qs[i%len(qs)]
			if _, err := g.Resolve(q.name, q.opt); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.Run("acled-admin3/cached", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			q := qs[i%len(qs)]
			if _, err := g.Resolve(q.name, q.opt); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	for _, bc := range []struct {
		name, in string
		opt      place.ResolveOptions
	}{
		{"alias-rule", "Mintaqat Markaz Hamah district", place.ResolveOptions{Parent: "sy05", Level: place.LevelAdmin2}},
		{"arabic", "سَرَاقِب", place.ResolveOptions{Level: place.LevelAdmin3}},
		{"ambiguous", "Idlib", place.ResolveOptions{}},
	} {
		b.Run(bc.name+"/cold", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g.ResetCache()
				g.Resolve(bc.in, bc.opt)
			}
		})
		b.Run(bc.name+"/cached", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g.Resolve(bc.in, bc.opt)
			}
		})
	}
}

func BenchmarkNearest(b *testing.B) {
	g := place.Default()
	p := place.MustPoint(35.87, 36.79)
	for _, bc := range []struct {
		name string
		opt  place.NearestOptions
	}{
		{"any", place.NearestOptions{}},
		{"locality", place.NearestOptions{Level: place.LevelLocality}},
		{"admin3-in-idleb", place.NearestOptions{Level: place.LevelAdmin3, Parent: "sy07"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g.Nearest(p, bc.opt)
			}
		})
	}
}

// BenchmarkLoadDefault measures building the embedded gazetteer, which
// Default does once.
func BenchmarkLoadDefault(b *testing.B) {
	var buf bytes.Buffer
	if err := place.Default().WriteJSON(&buf); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := place.LoadJSON(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResolveID(b *testing.B) {
	g := place.Default()
	qs := benchQueries()
	b.Run("acled-admin3/cached", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			q := qs[i%len(qs)]
			id, _, err := g.ResolveID(q.name, q.opt)
			if err != nil {
				b.Fatal(err)
			}
			g.Code(id, place.SchemePCode)
			i++
		}
	})
}
