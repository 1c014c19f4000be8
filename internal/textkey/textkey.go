// Package textkey computes the match keys under name resolution in the
// gazetteer (place) and the actor and source catalogues: one key for all
// the spellings of a name that should match, computed apart from the text,
// which is always kept as given.
//
// The key (REFERENCE.md §9.1) decomposes the text, drops combining marks
// (Latin diacritics, Arabic harakat — and the hamza that NFD splits off a
// carrier letter), drops the apostrophes of transliteration and Arabic
// tatweel, recomposes, case-folds, and collapses runs of spaces and
// punctuation into one space:
//
//	"Hay’at Taḥrīr al-Shām", "HAY'AT TAHRIR AL SHAM" -> "hayat tahrir al sham"
//	"İdlib", "Idlib"                                  -> "idlib"
//	"Silahlı", "SILAHLI"                              -> "silahli"
//	"هَيْئَةُ تَحْرِيرِ الشَّامِ", "هيئة تحرير الشام"            -> "هيية تحرير الشام"
//
// The key is lossy on purpose (it changes Arabic hamza letters); never
// store it in place of a name. Collation is for sorting, not for this.
package textkey

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// dropped are the characters removed besides combining marks: the
// apostrophes and modifier letters of transliteration, and Arabic tatweel,
// none of which is a combining mark.
func dropped(r rune) bool {
	switch r {
	case '\'', '\u2018', '\u2019', '\u02BC', '\u02BE', '\u02BF', '`', '\u00B4', '\u0640':
		return true
	}
	return false
}

// separator reports whether r separates words in a key.
func separator(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }

// Key returns the match key of s. It is safe for concurrent use.
func Key(s string) string {
	if k, ok := asciiKey(s); ok {
		return k
	}
	// A transform chain is stateful: a fresh one per call.
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), runes.Remove(runes.Predicate(dropped)), norm.NFC, cases.Fold())
	out, _, err := transform.String(t, s)
	if err != nil { // only for invalid UTF-8 that the chain cannot carry
		out = strings.ToValidUTF8(s, "\uFFFD")
		out, _, _ = transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), runes.Remove(runes.Predicate(dropped)), norm.NFC, cases.Fold()), out)
	}
	// Turkish dotless ı has no case partner but I, which folds to i: so
	// that "SILAHLI" and "Silahlı" meet, ı is i in a key (as İ is, once its
	// dot is dropped above).
	out = strings.Map(canon, out)
	return strings.Join(strings.FieldsFunc(out, separator), " ")
}

// canon drops the apostrophes that case folding brings out, and settles
// the letters it leaves ambiguous: Turkish
// dotless ı is i (its only case partner is I), and Cherokee is kept in
// capitals, which x/text's folding and Unicode's disagree on (one folds to
// small letters, the other to capitals), so that a key is its own key.
func canon(r rune) rune {
	switch {
	case dropped(r): // folding can make them: ŉ folds to ʼn
		return -1
	case r == '\u0131':
		return 'i'
	case r >= 0xAB70 && r <= 0xABBF: // Cherokee small letters A to MV
		return r - 0xAB70 + 0x13A0
	case r >= 0x13F8 && r <= 0x13FD: // Cherokee small letters YE to MV
		return r - 8
	}
	return r
}

// asciiKey is Key for printable ASCII text, without the transform chain:
// names in the data are mostly ASCII, and resolution computes a key per
// lookup. It reports false for any other text.
func asciiKey(s string) (string, bool) {
	clean := true // already a key: lower case, single spaces, no punctuation at the ends
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c < 0x20 || c == 0x7f {
			return "", false
		}
		switch {
		case 'A' <= c && c <= 'Z', c == '\'', c == '`':
			clean = false
		case c == ' ' || unicode.IsPunct(rune(c)):
			if c != ' ' || i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				clean = false
			}
		}
	}
	if clean {
		return s, true
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'' || c == '`':
			continue
		case c == ' ' || unicode.IsPunct(rune(c)):
			space = len(b) > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return string(b), true
}

// Display returns s as names are kept for display: NFC, with Arabic
// harakat and tatweel removed (REFERENCE.md §9.2), which keeps hamza
// letters intact, so that a vocalised name equals its plain form.
func Display(s string) string {
	t := transform.Chain(norm.NFC, runes.Remove(runes.Predicate(func(r rune) bool {
		return (r >= 0x064B && r <= 0x065F) || r == 0x0670 || r == 0x0640
	})))
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}
