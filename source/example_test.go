package source_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/rickb777/date/v2"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/source"
)

func ExampleParseID() {
	id, err := source.ParseID("sohr")
	fmt.Println(id, err)

	_, err = source.ParseID("SOHR")
	fmt.Println(errors.Is(err, source.ErrBadID), err)
	// Output:
	// sohr <nil>
	// true source: id "SOHR": invalid identifier
}

func ExampleParseKind() {
	k, err := source.ParseKind("state-media")
	fmt.Println(k, k.Label(), err)

	_, err = source.ParseKind("wire-service")
	fmt.Println(errors.Is(err, source.ErrUnknownKind), err)
	// Output:
	// state-media State media <nil>
	// true source: kind "wire-service": unknown kind
}

func ExampleRegisterKind() {
	// Registration is global: tolerate a kind that is already there, so
	// that the call is idempotent.
	err := source.RegisterKind("org.example/podcast", "Podcast", "An audio programme published online.")
	if err != nil && !errors.Is(err, source.ErrDuplicateKind) {
		fmt.Println(err)
	}

	k, err := source.ParseKind("org.example/podcast")
	fmt.Println(k.Known(), k.Label(), err)

	err = source.RegisterKind("org.example/podcast", "Podcast", "")
	fmt.Println(err)
	// Output:
	// true Podcast <nil>
	// source: kind "org.example/podcast": kind already registered
}

func ExampleKinds() {
	// The built-in kinds come first, in a fixed order.
	for _, k := range source.Kinds()[:4] {
		fmt.Printf("%s: %s\n", k, k.Label())
	}
	// Output:
	// government: Government
	// military: Military
	// news-agency: News agency
	// broadcaster: Broadcaster
}

func ExampleKind_UnmarshalText() {
	// Kinds from an extension that this program has not registered still
	// decode, so that the data survives a round trip; Validate flags them.
	var s source.Source
	err := json.Unmarshal([]byte(`{"id":"x","name":"X","kind":"org.example/newsletter"}`), &s)
	fmt.Println(s.Kind, err)
	fmt.Println(errors.Is(s.Validate(), source.ErrUnknownKind))
	// Output:
	// org.example/newsletter <nil>
	// true
}

func ExampleParseReliability() {
	r, err := source.ParseReliability("F")
	fmt.Println(r, r.Label(), err)

	_, err = source.ParseReliability("f")
	fmt.Println(err)
	// Output:
	// F Reliability cannot be judged <nil>
	// source: reliability "f": invalid grade
}

func ExampleParseCredibility() {
	c, err := source.ParseCredibility("3")
	fmt.Println(c, c.Label(), err)
	// Output:
	// 3 Possibly true <nil>
}

func ExampleCredibility_STIXConfidence() {
	for _, c := range source.Credibilities() {
		n, ok := c.STIXConfidence()
		fmt.Println(c, n, ok)
	}
	// Output:
	// 1 90 true
	// 2 70 true
	// 3 50 true
	// 4 30 true
	// 5 10 true
	// 6 0 false
}

func ExampleCredibilityFromSTIX() {
	c, err := source.CredibilityFromSTIX(65)
	fmt.Println(c, c.Label(), err)

	_, err = source.CredibilityFromSTIX(120)
	fmt.Println(err)
	// Output:
	// 2 Probably true <nil>
	// source: STIX confidence 120: invalid grade
}

func ExampleParseGrade() {
	g, err := source.ParseGrade("B2")
	fmt.Println(g, g.Label(), err)

	// A partial grade is refused: grade the other axis as F or 6 instead.
	_, err = source.ParseGrade("B")
	fmt.Println(err)
	// Output:
	// B2 Usually reliable, probably true <nil>
	// source: grade "B": invalid grade
}

func ExampleMustParseGrade() {
	g := source.MustParseGrade("F6")
	fmt.Println(g.Reliability == source.CannotBeJudged, g.Credibility == source.TruthCannotBeJudged)
	// Output:
	// true true
}

func ExampleGrade_MarshalText() {
	b, _ := json.Marshal(struct {
		Grade source.Grade `json:"grade"`
	}{source.MustParseGrade("C3")})
	fmt.Println(string(b))
	// Output:
	// {"grade":"C3"}
}

func ExampleParseAssessment() {
	a, err := source.ParseAssessment("fair")
	fmt.Println(a, a.Label(), a.StrikeLabel(), err)

	_, err = source.ParseAssessment("Fair")
	fmt.Println(errors.Is(err, source.ErrBadAssessment))
	// Output:
	// fair Fair Likely strike <nil>
	// true
}

func ExampleParseCountry() {
	for _, s := range []string{"GB", "gbr", "826", "UK", "QQ"} {
		c, err := source.ParseCountry(s)
		fmt.Printf("%s %q %v\n", s, c, err)
	}
	// Output:
	// GB "GB" <nil>
	// gbr "GB" <nil>
	// 826 "GB" <nil>
	// UK "GB" <nil>
	// QQ "" source: country "QQ": invalid country code
}

func ExampleHashContent() {
	fmt.Println(source.HashContent([]byte("abc")))
	// Output:
	// sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
}

func ExampleSource_Validate() {
	sohr := source.Source{
		ID:       "sohr",
		Name:     "Syrian Observatory for Human Rights",
		Short:    "SOHR",
		Names:    []source.Name{{Text: "المرصد السوري لحقوق الإنسان", Lang: language.Arabic}},
		Kind:     source.KindMonitor,
		Language: language.Arabic,
		Country:  "GB", // based in Coventry, not in Syria
	}
	fmt.Println(sohr.Validate())

	sohr.Country = "UK"
	sohr.URL = "syriahr.com"
	fmt.Println(sohr.Validate())
	// Output:
	// <nil>
	// source: country "UK": invalid country code: canonical form is "GB"
	// source: url "syriahr.com": invalid URL
}

func ExampleSource_Ref() {
	sana := source.Source{ID: "sana", Name: "Syrian Arab News Agency", Short: "SANA", Kind: source.KindStateMedia}
	b, _ := json.Marshal(sana.Ref())
	fmt.Println(string(b))
	// Output:
	// {"id":"sana","name":"Syrian Arab News Agency"}
}

func ExampleCitation() {
	// SOHR's account of the strike near Idlib city, as Al Jazeera relayed it.
	published := date.New(2019, time.August, 31)
	c := source.Citation{
		ID:        "sohr-2019-08-31",
		Source:    source.Ref{ID: "sohr", Name: "Syrian Observatory for Human Rights"},
		Via:       []source.Ref{{ID: "al-jazeera", Name: "Al Jazeera"}},
		Published: &published,
		Quote:     "at least 40",
		Language:  language.English,
	}
	b, _ := json.MarshalIndent(c, "", "  ")
	fmt.Println(string(b))
	// Output:
	// {
	//   "id": "sohr-2019-08-31",
	//   "source": {
	//     "id": "sohr",
	//     "name": "Syrian Observatory for Human Rights"
	//   },
	//   "via": [
	//     {
	//       "id": "al-jazeera",
	//       "name": "Al Jazeera"
	//     }
	//   ],
	//   "published": "2019-08-31",
	//   "quote": "at least 40",
	//   "language": "en"
	// }
}

func ExampleCitation_UnmarshalJSON() {
	var c source.Citation
	err := json.Unmarshal([]byte(`{"id":"x","source":{"id":"sana","name":"SANA"},"published":"2019-08-31"}`), &c)
	fmt.Println(c.Published, err)

	// rickb777/date would read this as 2019-03-02; the citation decoder refuses it.
	err = json.Unmarshal([]byte(`{"id":"x","source":{"id":"sana","name":"SANA"},"published":"2019-02-30"}`), &c)
	fmt.Println(errors.Is(err, source.ErrBadDate), err)
	// Output:
	// 2019-08-31 <nil>
	// true published: source: published "2019-02-30": invalid date
}

func ExampleCitation_Validate() {
	c := source.Citation{
		ID:           "aj-hatay",
		Source:       source.Ref{ID: "al-jazeera", Name: "Al Jazeera"},
		Author:       "Bernard Smith",
		ReportedFrom: "hatay",                                           // the display name is missing
		Grade:        source.Grade{Reliability: source.UsuallyReliable}, // partial
	}
	err := c.Validate()
	fmt.Println(err)
	fmt.Println(errors.Is(err, source.ErrMissing), errors.Is(err, source.ErrBadGrade))
	// Output:
	// source: reported_from_name: required field missing
	// source: grade "Grade(2,0)": invalid grade
	// true true
}

func ExampleCitation_Chain() {
	// TASS, citing Russia's defence ministry, as reported by Al Jazeera.
	c := source.Citation{
		ID:     "ru-mod-via-tass",
		Source: source.Ref{ID: "ru-mod", Name: "Russian Ministry of Defence"},
		Via:    []source.Ref{{ID: "tass", Name: "TASS"}, {ID: "al-jazeera", Name: "Al Jazeera"}},
	}
	for _, r := range c.Chain() {
		fmt.Println(r.Name)
	}
	fmt.Println("read in:", c.Publisher().Name)
	// Output:
	// Russian Ministry of Defence
	// TASS
	// Al Jazeera
	// read in: Al Jazeera
}

func ExampleFieldError() {
	c := source.Citation{ID: "x", Source: source.Ref{ID: "tass", Name: "TASS"}, Via: []source.Ref{{ID: "tass", Name: "TASS"}}}
	for _, err := range c.Validate().(interface{ Unwrap() []error }).Unwrap() {
		var fe *source.FieldError
		if errors.As(err, &fe) {
			fmt.Printf("citations[0].%s: %v\n", fe.Path, fe.Err)
		}
	}
	// Output:
	// citations[0].via[0].id: source repeated in attribution chain
}

func ExampleSource_UnmarshalJSON() {
	var tass source.Source
	err := json.Unmarshal([]byte(`{"id":"tass","name":"TASS","names":[{"text":"ТАСС","lang":"ru"},{"text":"ITAR-TASS"}],"kind":"state-media","language":"ru","country":"RU"}`), &tass)
	fmt.Println(err, tass.Kind.Label(), tass.Language, tass.Names[0].Lang, tass.Names[1].Lang)
	fmt.Println(tass.Validate())

	err = json.Unmarshal([]byte(`{"id":"tass","name":"TASS","language":"russian!"}`), &tass)
	fmt.Println(errors.Is(err, source.ErrBadLanguage))
	// Output:
	// <nil> State media ru ru und
	// <nil>
	// true
}

func ExampleReliabilities() {
	for _, r := range source.Reliabilities() {
		fmt.Println(r, r.Label())
	}
	// Output:
	// A Completely reliable
	// B Usually reliable
	// C Fairly reliable
	// D Not usually reliable
	// E Unreliable
	// F Reliability cannot be judged
}

// A writer that holds only a source's name lists the rest as lost.
func ExampleCitation_Fields() {
	c := source.Citation{ID: "ru-mod", Source: source.Ref{Name: "Russian defence ministry"},
		Via: []source.Ref{{Name: "TASS"}, {Name: "Al Jazeera"}}, Quote: "numerous casualties"}
	fmt.Println(c.Fields())
	// Output: [id source via quote]
}
