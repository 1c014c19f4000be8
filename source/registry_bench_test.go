package source_test

import (
	"testing"

	"github.com/conflictkit/conflict/source"
)

func BenchmarkDefaultLoad(b *testing.B) {
	for b.Loop() {
		if _, err := source.LoadCatalogue(source.EmbeddedCatalogue); err != nil {
			b.Fatal(err)
		}
	}
}

func benchResolve(b *testing.B, name string, cold bool) {
	reg := source.Default().Clone()
	if _, err := reg.Resolve(name); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if cold {
			reg.ResetQueryCache()
		}
		if _, err := reg.Resolve(name); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResolveShort(b *testing.B)       { benchResolve(b, "SOHR", false) }
func BenchmarkResolveFoldedASCII(b *testing.B) { benchResolve(b, "al-jazeera", false) }
func BenchmarkResolveFoldedArabicCold(b *testing.B) {
	benchResolve(b, "المَرْصَد السوري لحقوق الإنسان", true)
}
func BenchmarkResolveFoldedArabicHot(b *testing.B) {
	benchResolve(b, "المَرْصَد السوري لحقوق الإنسان", false)
}
