package textkey

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func TestKey(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// REFERENCE.md §9.1's table.
		{name: "transliteration with diacritics", in: "Hay’at Taḥrīr al-Shām", want: "hayat tahrir al sham"},
		{name: "plain", in: "Hayat Tahrir al-Sham", want: "hayat tahrir al sham"},
		{name: "upper case, ASCII apostrophe", in: "HAY'AT TAHRIR AL SHAM", want: "hayat tahrir al sham"},
		{name: "Turkish dotted capital I", in: "İdlib", want: "idlib"},
		{name: "plain Idlib", in: "Idlib", want: "idlib"},
		{name: "Turkish dotless i", in: "Türk Silahlı Kuvvetleri", want: "turk silahli kuvvetleri"},
		{name: "Turkish upper case", in: "TÜRK SILAHLI KUVVETLERI", want: "turk silahli kuvvetleri"},
		{name: "ACLED's colon form", in: "HTS: Hayat Tahrir al Sham", want: "hts hayat tahrir al sham"},
		{name: "modifier letter ayn", in: "Ma`arrat an Nu`man", want: "maarrat an numan"},
		{name: "right half ring", in: "Maʿarrat al-Nuʿmān", want: "maarrat al numan"},
		{name: "acute accent as apostrophe", in: "Hay´at", want: "hayat"},
		{name: "spaces and punctuation collapse", in: "  Idlib   Governorate. ", want: "idlib governorate"},
		{name: "parentheses", in: "Military Forces of Syria (2000-)", want: "military forces of syria 2000"},
		{name: "symbols are not punctuation", in: "A+B", want: "a+b"},
		{name: "empty", in: "", want: ""},
		{name: "only punctuation", in: "-- ", want: ""},
		// REFERENCE.md §9.2: hamza letters change in the key, harakat and tatweel go.
		{name: "Arabic plain", in: "هيئة تحرير الشام", want: "هيية تحرير الشام"},
		{name: "Arabic vocalised", in: "هَيْئَةُ تَحْرِيرِ الشَّامِ", want: "هيية تحرير الشام"},
		{name: "Arabic with tatweel", in: "هيـــئة تحرير الشـــام", want: "هيية تحرير الشام"},
		{name: "Arabic Idlib", in: "إدلب", want: "ادلب"},
		{name: "Cyrillic folds", in: "ТАСС", want: "тасс"},
		{name: "a letter that folds to an apostrophe", in: "\u0149", want: "n"},
		{name: "Cherokee capital", in: "\u13BE", want: "\u13BE"},
		{name: "Cherokee small", in: "\uAB8E", want: "\u13BE"},
		{name: "Cherokee small ye", in: "\u13F8", want: "\u13F0"},
		{name: "invalid UTF-8 does not vanish", in: "Id\xfflib", want: "id\ufffdlib"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Key(tc.in))
			assert.Equal(t, tc.want, Key(tc.want), "a key is its own key")
		})
	}
}

func TestDisplay(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "vocalised equals plain, hamza kept", in: "هَيْئَةُ تَحْرِيرِ الشَّامِ", want: "هيئة تحرير الشام"},
		{name: "tatweel removed", in: "الشـــام", want: "الشام"},
		{name: "Latin diacritics kept", in: "Taḥrīr", want: "Taḥrīr"},
		{name: "NFC", in: "Tah\u0323ri\u0304r", want: "Taḥrīr"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Display(tc.in))
		})
	}
}

// chainKey is REFERENCE.md §9.1's MatchKey, which Key's fast path must
// agree with (ASCII text has no dotless ı, Key's one addition).
func chainKey(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), runes.Remove(runes.Predicate(dropped)), norm.NFC, cases.Fold())
	out, _, _ := transform.String(t, s)
	return strings.Join(strings.FieldsFunc(out, separator), " ")
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"Hay’at Taḥrīr al-Shām", "İdlib", "HTS: Hayat Tahrir al Sham", "a  b", " x-", "هَيْئَةُ", "A+B|c~d", "\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if Key(k) != k {
			t.Fatalf("Key(%q) = %q, whose key is %q", s, k, Key(k))
		}
		if _, ascii := asciiKey(s); ascii && k != chainKey(s) {
			t.Fatalf("ASCII fast path: Key(%q) = %q, the chain gives %q", s, k, chainKey(s))
		}
	})
}

func BenchmarkKey(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"ascii-clean", "idlib"},
		{"ascii", "HTS: Hayat Tahrir al Sham"},
		{"latin-diacritics", "Hay’at Taḥrīr al-Shām"},
		{"arabic", "هيئة تحرير الشام"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Key(bc.in)
			}
		})
	}
}
