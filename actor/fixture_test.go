package actor_test

import (
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/actor"
)

// Facts in this file come from REFERENCE.md §8 (and §1.7 for ACLED strings,
// §3.9 for CAMEO codes). No Wikidata IDs: none are given there.

var d = actor.MustParseDate

var (
	ar = language.Arabic
	en = language.English
	ru = language.Russian
	tr = language.Turkish
)

func nusra() actor.Actor {
	return actor.Actor{
		ID:   "jabhat-al-nusra",
		Kind: actor.KindRebelGroup,
		Name: "Jabhat al-Nusra",
		Names: []actor.Name{
			{Text: "جبهة النصرة لأهل الشام", Lang: ar, Kind: actor.NameOfficial},
			{Text: "al-Nusra Front", Kind: actor.NameAlias},
			{Text: "Jabhat an-Nusrah li-Ahl ash-Sham", Kind: actor.NameTransliteration},
			{Text: "JN", Kind: actor.NameShort},
		},
		Country:     "SY",
		Identifiers: []actor.Identifier{{Scheme: actor.SchemeCAMEO, Value: "SYRREBMUS"}},
		Links: []actor.Link{
			{Kind: actor.LinkPartOf, Actor: "al-qaeda", From: d("2013"), To: d("2016-07-28"), Note: "official al-Qaeda branch in Syria"},
		},
		Founded:   d("2012-01-23"),
		Dissolved: d("2016-07-28"),
	}
}

func jfs() actor.Actor {
	return actor.Actor{
		ID:   "jabhat-fateh-al-sham",
		Kind: actor.KindRebelGroup,
		Name: "Jabhat Fateh al-Sham",
		Names: []actor.Name{
			{Text: "جبهة فتح الشام", Lang: ar, Kind: actor.NameOfficial},
			{Text: "JFS", Kind: actor.NameShort},
			{Text: "Jabhat Fatah al-Sham", Kind: actor.NameAlias},
			{Text: "Front for the Conquest of the Levant", Lang: en, Kind: actor.NameTranslation},
		},
		Country: "SY",
		Links: []actor.Link{
			{Kind: actor.LinkSuccessorOf, Actor: "jabhat-al-nusra", From: d("2016-07-28"), Note: "renamed, with an announced split from al-Qaeda"},
			{Kind: actor.LinkMergedInto, Actor: "hts", From: d("2017-01-28")},
		},
		Founded:   d("2016-07-28"),
		Dissolved: d("2017-01-28"),
	}
}

func zenki() actor.Actor {
	return actor.Actor{
		ID:      "nour-al-din-al-zenki",
		Kind:    actor.KindArmedGroup,
		Name:    "Nour al-Din al-Zenki Movement",
		Country: "SY",
		Links:   []actor.Link{{Kind: actor.LinkMergedInto, Actor: "hts", From: d("2017-01-28")}},
	}
}

func hts() actor.Actor {
	return actor.Actor{
		ID:   "hts",
		Kind: actor.KindRebelGroup,
		Name: "Hay'at Tahrir al-Sham",
		Names: []actor.Name{
			{Text: "هيئة تحرير الشام", Lang: ar, Kind: actor.NameOfficial},
			{Text: "HTS", Kind: actor.NameShort},
			{Text: "Hayat Tahrir al-Sham", Kind: actor.NameAlias},
			{Text: "Hay\u02bcat Tahrir al-Sham", Kind: actor.NameAlias},
			{Text: "Hay'et Tahrir al-Sham", Kind: actor.NameAlias},
			{Text: "Tahrir al-Sham", Kind: actor.NameAlias},
			{Text: "Hayat Tahrir ash-Sham", Kind: actor.NameTransliteration},
			{Text: "Organization for the Liberation of the Levant", Lang: en, Kind: actor.NameTranslation},
			{Text: "Levant Liberation Committee", Lang: en, Kind: actor.NameTranslation},
		},
		Country:     "SY",
		Identifiers: []actor.Identifier{{Scheme: actor.SchemeACLED, Value: "HTS: Hayat Tahrir al Sham"}},
		Founded:     d("2017-01-28"),
		Dissolved:   d("2025-01-29"),
		Notes:       "Declared dissolved at the Victory Conference in Damascus.",
	}
}

func alQaeda() actor.Actor {
	return actor.Actor{
		ID:   "al-qaeda",
		Kind: actor.KindArmedGroup,
		Name: "al-Qaeda",
		Names: []actor.Name{
			{Text: "القاعدة", Lang: ar, Kind: actor.NameOfficial},
			{Text: "al-Qaida", Kind: actor.NameAlias},
			{Text: "al-Qa'ida", Kind: actor.NameAlias},
			{Text: "AQ", Kind: actor.NameShort},
			{Text: "The Base", Lang: en, Kind: actor.NameTranslation},
		},
		Identifiers: []actor.Identifier{{Scheme: actor.SchemeCAMEO, Value: "IMGMOSALQ"}},
		Founded:     d("1988-08"),
	}
}

func hurras() actor.Actor {
	return actor.Actor{
		ID:   "hurras-al-din",
		Kind: actor.KindArmedGroup,
		Name: "Hurras al-Din",
		Names: []actor.Name{
			{Text: "تنظيم حراس الدين", Lang: ar, Kind: actor.NameOfficial},
			{Text: "Tanzim Hurras al-Din", Kind: actor.NameTransliteration},
			{Text: "Hurras ad-Din", Kind: actor.NameAlias},
			{Text: "Huras al-Din", Kind: actor.NameAlias},
			{Text: "Horas al-Din", Kind: actor.NameAlias},
			{Text: "Hurras al-Deen", Kind: actor.NameAlias},
			{Text: "Guardians of Religion Organization", Lang: en, Kind: actor.NameTranslation},
		},
		Country:   "SY",
		Links:     []actor.Link{{Kind: actor.LinkLoyalTo, Actor: "al-qaeda", From: d("2018-02-27")}},
		Founded:   d("2018-02-27"),
		Dissolved: d("2025-01-28"),
	}
}

func jundAlAqsa() actor.Actor {
	return actor.Actor{ID: "jund-al-aqsa", Kind: actor.KindArmedGroup, Name: "Jund al-Aqsa", Country: "SY"}
}

func operationsRoom() actor.Actor {
	return actor.Actor{ID: "wa-harid-al-muminin", Kind: actor.KindCoalition, Name: "Wa Harid al-Mu'minin", Country: "SY"}
}

func ansarAlTawhid() actor.Actor {
	return actor.Actor{
		ID:   "ansar-al-tawhid",
		Kind: actor.KindRebelGroup,
		Name: "Ansar al-Tawhid",
		Names: []actor.Name{
			{Text: "أنصار التوحيد", Lang: ar, Kind: actor.NameOfficial},
			{Text: "Ansar al-Tahweed", Kind: actor.NameAlias},
			{Text: "Ansar at-Tawhid", Kind: actor.NameAlias},
			{Text: "Supporters of Monotheism", Lang: en, Kind: actor.NameTranslation},
		},
		Country:     "SY",
		Identifiers: []actor.Identifier{{Scheme: actor.SchemeACLED, Value: "Ansar al Tawhid"}},
		Links: []actor.Link{
			{Kind: actor.LinkSuccessorOf, Actor: "jund-al-aqsa", From: d("2018-03"), Note: "founded by former Jund al-Aqsa members"},
			{Kind: actor.LinkMemberOf, Actor: "wa-harid-al-muminin", To: d("2020-05"), Note: "left by a statement of 3 May 2020"},
		},
		Founded: d("2018-03"),
	}
}

func usForces() actor.Actor {
	return actor.Actor{
		ID:      "military-forces-of-the-united-states",
		Kind:    actor.KindStateForces,
		Name:    "US forces",
		Country: "US",
		Identifiers: []actor.Identifier{
			{Scheme: actor.SchemeACLED, Value: "Military Forces of the United States (2001-2009)", From: d("2001"), To: d("2009")},
			{Scheme: actor.SchemeACLED, Value: "Military Forces of the United States (2017-2021)", From: d("2017"), To: d("2021")},
			{Scheme: actor.SchemeACLED, Value: "Military Forces of the United States (2021-)", From: d("2021")},
			{Scheme: actor.SchemeACLED, Value: "Military Forces of the United States (2017-)", From: d("2017")},
		},
	}
}

func centcom() actor.Actor {
	return actor.Actor{
		ID:      "centcom",
		Kind:    actor.KindMilitaryCommand,
		Name:    "US Central Command",
		Country: "US",
		Names: []actor.Name{
			{Text: "CENTCOM", Kind: actor.NameShort},
			{Text: "USCENTCOM", Kind: actor.NameShort},
			{Text: "U.S. Central Command", Kind: actor.NameAlias},
		},
		Links:   []actor.Link{{Kind: actor.LinkPartOf, Actor: "military-forces-of-the-united-states"}},
		Founded: d("1983-01-01"),
	}
}

func syrianArmy() actor.Actor {
	return actor.Actor{
		ID:   "military-forces-of-syria",
		Kind: actor.KindStateForces,
		Name: "Syrian Arab Army",
		Names: []actor.Name{
			{Text: "الجيش العربي السوري", Lang: ar, Kind: actor.NameOfficial},
			{Text: "SAA", Kind: actor.NameShort},
			{Text: "Syrian Army", Kind: actor.NameAlias},
			{Text: "Syrian Arab Armed Forces", Kind: actor.NameAlias},
			{Text: "SAAF", Kind: actor.NameShort},
		},
		Country: "SY",
		Identifiers: []actor.Identifier{
			{Scheme: actor.SchemeACLED, Value: "Military Forces of Syria (2000-)", From: d("2000")},
			{Scheme: actor.SchemeACLED, Value: "Military Forces of Syria (2000-2024)", From: d("2000"), To: d("2024")},
			{Scheme: actor.SchemeCAMEO, Value: "SYRMIL"},
		},
		Founded:   d("1945-08-01"),
		Dissolved: d("2025-01-29"),
	}
}

func russianForces() actor.Actor {
	return actor.Actor{
		ID:          "military-forces-of-russia",
		Kind:        actor.KindStateForces,
		Name:        "Russian armed forces",
		Names:       []actor.Name{{Text: "Armed Forces of the Russian Federation", Lang: en, Kind: actor.NameOfficial}, {Text: "Вооружённые силы Российской Федерации", Lang: ru, Kind: actor.NameOfficial}},
		Country:     "RU",
		Identifiers: []actor.Identifier{{Scheme: actor.SchemeACLED, Value: "Military Forces of Russia (2000-)", From: d("2000")}},
		Founded:     d("1992-05-07"),
	}
}

func turkishForces() actor.Actor {
	return actor.Actor{
		ID:          "military-forces-of-turkey",
		Kind:        actor.KindStateForces,
		Name:        "Turkish Armed Forces",
		Names:       []actor.Name{{Text: "Türk Silahlı Kuvvetleri", Lang: tr, Kind: actor.NameOfficial}, {Text: "TSK", Kind: actor.NameShort}},
		Country:     "TR",
		Identifiers: []actor.Identifier{{Scheme: actor.SchemeACLED, Value: "Military Forces of Turkey (2016-)", From: d("2016")}},
	}
}

func coalition() actor.Actor {
	return actor.Actor{
		ID:          "global-coalition-against-daesh",
		Kind:        actor.KindCoalition,
		Name:        "Global Coalition Against Daesh",
		Identifiers: []actor.Identifier{{Scheme: actor.SchemeACLED, Value: "Global Coalition Against Daesh"}},
	}
}

// catalogue returns every fixture actor, in no particular order.
func catalogue() []actor.Actor {
	return []actor.Actor{hts(), nusra(), jfs(), zenki(), alQaeda(), hurras(), jundAlAqsa(), operationsRoom(),
		ansarAlTawhid(), usForces(), centcom(), syrianArmy(), russianForces(), turkishForces(), coalition()}
}
