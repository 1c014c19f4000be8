// Package namekey holds the gazetteer's alias rule: the looser key under
// which a place name matches when its match key (internal/textkey) does
// not. It is shared by package place (resolution) and by the generator of
// the embedded data (placing towns in sub-districts), so that both match
// names the same way.
//
// The rule works on a textkey.Key (lower case, single spaces, no
// punctuation) and removes what varies between sources that name the same
// unit:
//
//   - a level word, leading or trailing: "Idlib Governorate",
//     "Muhafazat Idlib", "Al Mayadin district", "Mintaqat Azaz",
//     "Saraqib Sub-district", "Nahiyat Saraqib", "ناحية سراقب",
//     "محافظة إدلب", "Idlib City". The word says which level is meant,
//     and Alias reports it, so that "Idlib Governorate" only matches a
//     first-level unit;
//   - "Markaz" / "مركز" ("centre of") after the level word: GeoNames calls
//     the district around a governorate's seat "Markaz Idlib";
//   - a leading Arabic article in Latin transliteration ("Al", "As", "Ar",
//     "Ash", "El", ...): "Al-Qardaha" and "Qardaha"; and a leading "ال"
//     attached to an Arabic word;
//   - the spelling of an article inside the name, which assimilates to the
//     next consonant in some transliterations and not in others
//     ("Jisr ash Shughur", "Jisr al-Shughur"): every such article becomes
//     "al";
//   - doubled Latin letters, which transliterations write or not for long
//     vowels and doubled consonants ("Maarat al-Numaan", "Ma'arrat an
//     Nu'man"): every run of one letter becomes one;
//   - "Jebel" and "Jbel", other spellings of "Jabal" (mountain).
package namekey

import (
	"strings"
	"unicode/utf8"
)

// Level is the level a level word names. It is not place.Level, to keep
// this package free of the public one; place maps it.
type Level uint8

// The levels a level word can name.
const (
	None     Level = iota // no level word
	Admin1                // governorate, province
	Admin2                // district
	Admin3                // sub-district, nahiya
	Locality              // city, town
)

// leading are the level words that come before a name (transliterated
// Arabic and Arabic), as match keys.
var leading = map[string]Level{
	"muhafazat": Admin1, "muhafazah": Admin1, "muhafaza": Admin1, "محافظة": Admin1,
	"mintaqat": Admin2, "mintaqah": Admin2, "mantiqat": Admin2, "mantiqah": Admin2, "منطقة": Admin2,
	"nahiyat": Admin3, "nahiyah": Admin3, "nahiya": Admin3, "ناحية": Admin3,
}

// trailing are the level words that come after a name (English usage).
// "sub district" is two words once punctuation is collapsed.
var trailing = map[string]Level{
	"governorate": Admin1, "province": Admin1,
	"district":    Admin2,
	"subdistrict": Admin3, "nahiyah": Admin3, "nahiya": Admin3,
	"city": Locality, "town": Locality,
}

// centre are the words for "centre of" that GeoNames and OCHA put before
// the name of the unit around a seat.
var centre = map[string]bool{"markaz": true, "مركز": true}

// articles are the spellings of the Arabic article in Latin
// transliterations, assimilated or not.
var articles = map[string]bool{
	"al": true, "el": true, "il": true,
	"ad": true, "adh": true, "an": true, "ar": true, "as": true, "ash": true,
	"at": true, "ath": true, "az": true, "ed": true, "en": true, "er": true,
	"es": true, "esh": true, "et": true, "ez": true,
}

// Alias returns the alias key of k, which must be a textkey.Key, and the
// level its level word names (None if it has none). The result is "" when
// nothing but level words and articles is left, or when two level words
// name different levels ("Mintaqat Idlib Governorate"): such a key
// matches nothing.
func Alias(k string) (string, Level) {
	words := strings.Split(k, " ")
	level := None
	set := func(l Level) bool {
		if level != None && level != l {
			return false
		}
		level = l
		return true
	}
	// Trailing level words: "sub district", then single words.
	n := len(words)
	if n >= 2 && words[n-2] == "sub" && words[n-1] == "district" {
		if n > 2 { // "Sub-district" alone is not a name
			words = words[:n-2]
			level = Admin3
		}
	} else if l, ok := trailing[words[n-1]]; ok && n > 1 {
		words = words[:n-1]
		level = l
	}
	if l, ok := leading[words[0]]; ok && len(words) > 1 {
		if !set(l) {
			return "", None
		}
		words = words[1:]
	}
	if centre[words[0]] && len(words) > 1 {
		words = words[1:]
	}
	if articles[words[0]] && len(words) > 1 {
		words = words[1:]
	}
	for i := 1; i < len(words)-1; i++ {
		if articles[words[i]] {
			words[i] = "al"
		}
	}
	if w := words[0]; strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) > 3 {
		words[0] = w[len("ال"):]
	}
	for i, w := range words {
		words[i] = undouble(w)
		if words[i] == "jebel" || words[i] == "jbel" {
			words[i] = "jabal"
		}
	}
	out := strings.Join(words, " ")
	if out == "" {
		return "", None
	}
	return out, level
}

// undouble collapses each run of one ASCII letter in w into one letter.
func undouble(w string) string {
	for i := 1; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] >= 'a' && w[i] <= 'z' {
			b := make([]byte, 0, len(w))
			b = append(b, w[:i]...)
			for j := i; j < len(w); j++ {
				if !(w[j] == w[j-1] && w[j] >= 'a' && w[j] <= 'z') {
					b = append(b, w[j])
				}
			}
			return string(b)
		}
	}
	return w
}
