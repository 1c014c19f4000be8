package actor_test

import (
	"testing"

	"github.com/conflictkit/conflict/actor"
)

// BenchmarkDefaultLoad measures what the first call to Default costs:
// decoding, validating and indexing the embedded catalogue.
func BenchmarkDefaultLoad(b *testing.B) {
	for b.Loop() {
		if _, err := actor.LoadCatalogue(actor.EmbeddedCatalogue); err != nil {
			b.Fatal(err)
		}
	}
}

func benchResolve(b *testing.B, text string, on actor.Date, cold bool, opts ...actor.ResolveOption) {
	reg := actor.Default().Clone() // its own query cache
	if _, err := reg.Resolve(text, on, opts...); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if cold {
			reg.ResetQueryCache()
		}
		if _, err := reg.Resolve(text, on, opts...); err != nil {
			b.Fatal(err)
		}
	}
}

// Exact matches never compute a key: cold and hot are the same path.
func BenchmarkResolveACLEDString(b *testing.B) {
	benchResolve(b, "HTS: Hayat Tahrir al Sham", actor.MustParseDate("2020-05-07"), false, actor.InSchemes(actor.SchemeACLED))
}

func BenchmarkResolveArabicExact(b *testing.B) {
	benchResolve(b, "هيئة تحرير الشام", actor.Date{}, false)
}

// An ASCII spelling that only the folded key finds.
func BenchmarkResolveFoldedASCII(b *testing.B) {
	benchResolve(b, "hurras al deen", actor.Date{}, false)
}

// Vocalised Arabic: the key costs microseconds when computed (cold) and a
// map read when cached (hot).
func BenchmarkResolveFoldedArabicCold(b *testing.B) {
	benchResolve(b, "هَيْئَةُ تَحْرِيرِ الشَّامِ", actor.Date{}, true)
}

func BenchmarkResolveFoldedArabicHot(b *testing.B) {
	benchResolve(b, "هَيْئَةُ تَحْرِيرِ الشَّامِ", actor.Date{}, false)
}

func BenchmarkResolveFollowSuccession(b *testing.B) {
	benchResolve(b, "Jabhat al-Nusra", actor.MustParseDate("2018-05-01"), false, actor.FollowSuccession())
}

// BenchmarkResolveACLEDSample resolves every actor string of the ACLED
// sample, row by row, as a reader would; the time is per string.
func BenchmarkResolveACLEDSample(b *testing.B) {
	t := &testing.T{}
	occs := acledOccurrences(t)
	if t.Failed() || len(occs) == 0 {
		b.Fatal("cannot read the ACLED sample")
	}
	reg := actor.Default()
	opt := actor.InSchemes(actor.SchemeACLED)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		o := occs[i%len(occs)]
		if _, err := reg.Resolve(o.text, o.on, opt); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
