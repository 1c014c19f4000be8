package main

import (
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// The records a Dataset carries in full. Facts about actors (dates of
// founding and renaming, ACLED actor strings, CAMEO codes) come from the
// project's REFERENCE.md; names in Arabic and Russian too. Nothing is
// filled in from memory: where the reference marks a fact unverified, it
// is left out.

// Actor IDs.
const (
	actCENTCOM          actor.ID = "centcom"
	actUSMilitary       actor.ID = "us-military"
	actUnitedStates     actor.ID = "united-states"
	actAlQaeda          actor.ID = "al-qaeda"
	actHurrasAlDin      actor.ID = "hurras-al-din"
	actAnsarAlTawhid    actor.ID = "ansar-al-tawhid"
	actJointOpsRoom     actor.ID = "idlib-joint-operation-room"
	actHTS              actor.ID = "hts"
	actJFS              actor.ID = "jabhat-fateh-al-sham"
	actNusra            actor.ID = "jabhat-al-nusra"
	actSyrianGovernment actor.ID = "syrian-government"
	actSyrianForces     actor.ID = "syrian-government-forces"
	actAssad            actor.ID = "bashar-al-assad"
	actRussia           actor.ID = "russia"
	actRussianMoD       actor.ID = "russian-defence-ministry"
	actTurkey           actor.ID = "turkey"
	actRebels           actor.ID = "syrian-rebels"
	actProtesters       actor.ID = "syrian-protesters"
	actSmith            actor.ID = "bernard-smith"
	actHeller           actor.ID = "sam-heller"
	actICG              actor.ID = "international-crisis-group"
	actUN               actor.ID = "united-nations"
)

var arabic = language.Arabic

func name(text string, tag language.Tag, kind actor.NameKind) actor.Name {
	return actor.Name{Text: text, Lang: tag, Kind: kind}
}

func d(s string) actor.Date { return actor.MustParseDate(s) }

func actors() []actor.Actor {
	return []actor.Actor{
		{ID: actCENTCOM, Kind: actor.KindMilitaryCommand, Name: "US Central Command", Country: "US",
			Names: []actor.Name{name("CENTCOM", language.English, actor.NameShort), name("USCENTCOM", language.English, actor.NameShort),
				name("U.S. Central Command", language.English, actor.NameAlias)},
			Founded: d("1983-01-01"),
			Links:   []actor.Link{{Kind: actor.LinkPartOf, Actor: actUSMilitary}},
			Notes:   "Both an actor and the publisher of statements (source \"centcom\")."},
		{ID: actUSMilitary, Kind: actor.KindStateForces, Name: "Military Forces of the United States", Country: "US",
			Identifiers: []actor.Identifier{{Scheme: actor.SchemeACLED, Value: "Military Forces of the United States (2017-2021)"}},
			Links:       []actor.Link{{Kind: actor.LinkPartOf, Actor: actUnitedStates}}},
		{ID: actUnitedStates, Kind: actor.KindState, Name: "United States", Country: "US",
			Names: []actor.Name{name("US", language.English, actor.NameShort)}},
		{ID: actAlQaeda, Kind: actor.KindArmedGroup, Name: "al-Qaeda",
			Names: []actor.Name{name("al-Qaida", language.English, actor.NameAlias), name("al-Qa'ida", language.English, actor.NameAlias),
				name("AQ", language.English, actor.NameShort), name("القاعدة", arabic, actor.NameOfficial)},
			Identifiers: []actor.Identifier{{Scheme: actor.SchemeCAMEO, Value: "IMGMOSALQ"}},
			Founded:     d("1988-08")},
		{ID: actHurrasAlDin, Kind: actor.KindRebelGroup, Name: "Hurras al-Din",
			Names: []actor.Name{name("Hurras al-Deen", language.English, actor.NameAlias), name("Tanzim Hurras al-Din", language.English, actor.NameTransliteration),
				name("Guardians of Religion Organization", language.English, actor.NameTranslation), name("تنظيم حراس الدين", arabic, actor.NameOfficial)},
			Founded: d("2018-02-27"),
			Links: []actor.Link{{Kind: actor.LinkLoyalTo, Actor: actAlQaeda}, {Kind: actor.LinkAlliedWith, Actor: actAnsarAlTawhid},
				{Kind: actor.LinkMemberOf, Actor: actJointOpsRoom}}},
		{ID: actAnsarAlTawhid, Kind: actor.KindRebelGroup, Name: "Ansar al-Tawhid",
			Names:       []actor.Name{name("Supporters of Monotheism", language.English, actor.NameTranslation), name("أنصار التوحيد", arabic, actor.NameOfficial)},
			Identifiers: []actor.Identifier{{Scheme: actor.SchemeACLED, Value: "Ansar al Tawhid"}},
			Founded:     d("2018-03"),
			Links:       []actor.Link{{Kind: actor.LinkAlliedWith, Actor: actHurrasAlDin}, {Kind: actor.LinkMemberOf, Actor: actJointOpsRoom}}},
		{ID: actJointOpsRoom, Kind: actor.KindCoalition, Name: "Joint operation room of Hurras al-Deen, Ansar al-Tawhid and HTS",
			Notes: "Named in the article only as \"a joint operation room\" whose members include Hurras al-Deen, Ansar al-Tawhid and HTS."},
		{ID: actHTS, Kind: actor.KindRebelGroup, Name: "Hay'at Tahrir al-Sham",
			Names: []actor.Name{name("HTS", language.English, actor.NameShort), name("Hay’et Tahrir al-Sham", language.English, actor.NameAlias),
				name("هيئة تحرير الشام", arabic, actor.NameOfficial)},
			Identifiers: []actor.Identifier{{Scheme: actor.SchemeACLED, Value: "HTS: Hayat Tahrir al Sham"}},
			Founded:     d("2017-01-28"),
			Links:       []actor.Link{{Kind: actor.LinkSuccessorOf, Actor: actJFS, From: d("2017-01-28")}, {Kind: actor.LinkMemberOf, Actor: actJointOpsRoom}}},
		{ID: actJFS, Kind: actor.KindRebelGroup, Name: "Jabhat Fateh al-Sham",
			Names:     []actor.Name{name("JFS", language.English, actor.NameShort), name("جبهة فتح الشام", arabic, actor.NameOfficial)},
			Founded:   d("2016-07-28"),
			Dissolved: d("2017-01-28"),
			Links: []actor.Link{{Kind: actor.LinkSuccessorOf, Actor: actNusra, From: d("2016-07-28")},
				{Kind: actor.LinkMergedInto, Actor: actHTS, From: d("2017-01-28")}}},
		{ID: actNusra, Kind: actor.KindRebelGroup, Name: "Jabhat al-Nusra",
			Names:       []actor.Name{name("al-Nusra Front", language.English, actor.NameAlias), name("جبهة النصرة لأهل الشام", arabic, actor.NameOfficial)},
			Identifiers: []actor.Identifier{{Scheme: actor.SchemeCAMEO, Value: "SYRREBMUS"}},
			Founded:     d("2012-01-23"),
			Dissolved:   d("2016-07-28"),
			Links:       []actor.Link{{Kind: actor.LinkLoyalTo, Actor: actAlQaeda, From: d("2013"), To: d("2016-07-28")}},
			Notes:       "The article calls HTS \"al-Qaeda's former Syria affiliate\": the affiliation ran through Jabhat al-Nusra."},
		{ID: actSyrianGovernment, Kind: actor.KindGovernment, Name: "Government of Syria", Country: "SY",
			Identifiers: []actor.Identifier{{Scheme: actor.SchemeCAMEO, Value: "SYRGOV"}},
			Links:       []actor.Link{{Kind: actor.LinkBackedBy, Actor: actRussia}}},
		{ID: actSyrianForces, Kind: actor.KindStateForces, Name: "Syrian government forces", Country: "SY",
			Names: []actor.Name{name("Syrian Arab Army", language.English, actor.NameAlias), name("الجيش العربي السوري", arabic, actor.NameOfficial)},
			Identifiers: []actor.Identifier{{Scheme: actor.SchemeACLED, Value: "Military Forces of Syria (2000-)"},
				{Scheme: actor.SchemeCAMEO, Value: "SYRMIL"}},
			Links: []actor.Link{{Kind: actor.LinkPartOf, Actor: actSyrianGovernment}, {Kind: actor.LinkBackedBy, Actor: actRussia}}},
		{ID: actAssad, Kind: actor.KindPerson, Name: "Bashar al-Assad", Country: "SY",
			Links: []actor.Link{{Kind: actor.LinkLeaderOf, Actor: actSyrianGovernment}},
			Notes: "Syrian President at the time of the article."},
		{ID: actRussia, Kind: actor.KindState, Name: "Russia", Country: "RU"},
		{ID: actRussianMoD, Kind: actor.KindGovernmentAgency, Name: "Russian defence ministry", Country: "RU",
			Links: []actor.Link{{Kind: actor.LinkPartOf, Actor: actRussia}}},
		{ID: actTurkey, Kind: actor.KindState, Name: "Turkey", Country: "TR",
			Notes: "Turkey backs various rebel groups in northwest Syria (the article)."},
		{ID: actRebels, Kind: actor.KindRebelGroup, Name: "Syrian anti-government rebels",
			Links: []actor.Link{{Kind: actor.LinkBackedBy, Actor: actTurkey}},
			Notes: "The rebel and opposition groups of Idlib, as the article refers to them collectively."},
		{ID: actProtesters, Kind: actor.KindProtesters, Name: "Protesters (Syria)", Country: "SY"},
		{ID: actSmith, Kind: actor.KindPerson, Name: "Bernard Smith", Notes: "Al Jazeera reporter, reporting from Hatay."},
		{ID: actHeller, Kind: actor.KindPerson, Name: "Sam Heller",
			Links: []actor.Link{{Kind: actor.LinkMemberOf, Actor: actICG}}, Notes: "Of the International Crisis Group."},
		{ID: actICG, Kind: actor.KindNGO, Name: "International Crisis Group"},
		{ID: actUN, Kind: actor.KindIGO, Name: "United Nations", Names: []actor.Name{name("UN", language.English, actor.NameShort)}},
	}
}

// Source IDs.
const (
	srcAlJazeera            source.ID = "al-jazeera"
	srcCENTCOM              source.ID = "centcom"
	srcSOHR                 source.ID = "sohr"
	srcGroundSources        source.ID = "sources-on-the-ground"
	srcVideos               source.ID = "videos-posted-online"
	srcRussianMoD           source.ID = "russian-defence-ministry"
	srcTASS                 source.ID = "tass"
	srcSANA                 source.ID = "sana"
	srcSyrianMilitarySource source.ID = "syrian-military-source"
	srcRussianGovernment    source.ID = "russian-government"
	srcUSGovernment         source.ID = "us-government"
	srcUN                   source.ID = "united-nations"
	srcICG                  source.ID = "international-crisis-group"
	srcAFP                  source.ID = "afp"
	srcAssad                source.ID = "bashar-al-assad"
)

func sources() []source.Source {
	return []source.Source{
		{ID: srcAlJazeera, Name: "Al Jazeera", Kind: source.KindBroadcaster, Language: language.English,
			Notes: "Publisher of the article, which also draws on news agencies."},
		{ID: srcCENTCOM, Name: "US Central Command", Short: "CENTCOM", Kind: source.KindMilitary, Language: language.English, Country: "US",
			Actor: string(actCENTCOM)},
		{ID: srcSOHR, Name: "Syrian Observatory for Human Rights", Short: "SOHR", Kind: source.KindMonitor, Country: "GB",
			Names: []source.Name{{Text: "المرصد السوري لحقوق الإنسان", Lang: arabic}},
			Notes: "A war monitor based in Britain."},
		{ID: srcGroundSources, Name: "Sources on the ground (unnamed)", Kind: source.KindIndividual,
			Notes: "Quoted by Al Jazeera's Bernard Smith."},
		{ID: srcVideos, Name: "Videos posted after the attack (unattributed)", Kind: source.KindSocialMedia,
			Notes: "Described by Al Jazeera's Bernard Smith."},
		{ID: srcRussianMoD, Name: "Russian defence ministry", Kind: source.KindMilitary, Language: language.Russian, Country: "RU",
			Actor: string(actRussianMoD)},
		{ID: srcTASS, Name: "TASS", Kind: source.KindNewsAgency, Language: language.Russian, Country: "RU",
			Names: []source.Name{{Text: "ТАСС", Lang: language.Russian}, {Text: "Russian News Agency TASS", Lang: language.English}}},
		{ID: srcSANA, Name: "Syrian Arab News Agency", Short: "SANA", Kind: source.KindStateMedia, Language: arabic, Country: "SY",
			Names: []source.Name{{Text: "الوكالة العربية السورية للأنباء", Lang: arabic}}},
		{ID: srcSyrianMilitarySource, Name: "Syrian military source (unnamed)", Kind: source.KindMilitary, Country: "SY",
			Notes: "Cited by SANA."},
		{ID: srcRussianGovernment, Name: "Russia (government)", Kind: source.KindGovernment, Country: "RU", Actor: string(actRussia)},
		{ID: srcUSGovernment, Name: "United States (government)", Kind: source.KindGovernment, Country: "US", Actor: string(actUnitedStates)},
		{ID: srcUN, Name: "United Nations", Short: "UN", Kind: source.KindUNAgency, Actor: string(actUN)},
		{ID: srcICG, Name: "International Crisis Group", Kind: source.KindThinkTank, Actor: string(actICG)},
		{ID: srcAFP, Name: "AFP", Kind: source.KindNewsAgency, Notes: "A news agency, through which Sam Heller's comments reached the article."},
		{ID: srcAssad, Name: "Bashar al-Assad", Kind: source.KindIndividual, Country: "SY", Actor: string(actAssad)},
	}
}

func ref(id source.ID) source.Ref {
	for _, s := range sources() {
		if s.ID == id {
			return s.Ref()
		}
	}
	return source.Ref{ID: id}
}

// gazetteer holds the places the article names, with codes and points
// from the project's reference material (OCHA P-codes, ISO 3166, GeoNames
// coordinates).
func gazetteer() (*place.Set, error) {
	sy, tr := place.MustCountry("SY"), place.MustCountry("TR")
	pcode := func(v string) place.Code { return place.Code{Scheme: place.SchemePCode, Value: v} }
	iso2 := func(v string) place.Code { return place.Code{Scheme: place.SchemeISOSubdivision, Value: v} }
	idlibCity := place.MustPoint(35.93062, 36.63393)
	return place.NewSet(
		place.Place{ID: "syria", Level: place.LevelCountry, Name: "Syria", Country: sy,
			Names: []place.Name{{Text: "Syrian Arab Republic", Lang: language.English}}},
		place.Place{ID: "sy07", Level: place.LevelAdmin1, Name: "Idleb", Parent: "syria", Country: sy,
			Codes: []place.Code{pcode("SY07"), iso2("SY-ID")},
			Names: []place.Name{{Text: "Idlib", Lang: language.English}}},
		place.Place{ID: "sy0700", Level: place.LevelAdmin2, Name: "Idleb", Parent: "sy07", Country: sy, Codes: []place.Code{pcode("SY0700")}},
		place.Place{ID: "sy070000", Level: place.LevelAdmin3, Name: "Idleb", Parent: "sy0700", Country: sy, Codes: []place.Code{pcode("SY070000")}},
		place.Place{ID: "idlib-city", Level: place.LevelLocality, Name: "Idlib", Parent: "sy070000", Country: sy, Point: &idlibCity,
			Within: []place.ID{"idlib-de-escalation-zone", "idlib-region", "northwest-syria"}},
		place.Place{ID: "sy02", Level: place.LevelAdmin1, Name: "Aleppo", Parent: "syria", Country: sy,
			Codes: []place.Code{pcode("SY02"), iso2("SY-HL")}},
		place.Place{ID: "sy06", Level: place.LevelAdmin1, Name: "Lattakia", Parent: "syria", Country: sy,
			Codes: []place.Code{pcode("SY06"), iso2("SY-LA")}, Names: []place.Name{{Text: "Latakia", Lang: language.English}}},
		place.Place{ID: "northwest-syria", Level: place.LevelArea, Name: "northwest Syria", Parent: "syria", Country: sy},
		place.Place{ID: "idlib-region", Level: place.LevelArea, Name: "Idlib region", Parent: "syria", Country: sy,
			Within: []place.ID{"northwest-syria"},
			Notes:  "The area the article calls \"the Idlib region\"; it does not give its extent."},
		place.Place{ID: "idlib-de-escalation-zone", Level: place.LevelArea, Name: "Idlib de-escalation zone", Parent: "syria", Country: sy,
			Within: []place.ID{"northwest-syria"},
			Notes:  "The area of the Turkey-Russia de-escalation agreement of September 2018."},
		place.Place{ID: "turkey", Level: place.LevelCountry, Name: "Turkey", Country: tr},
		place.Place{ID: "hatay", Level: place.LevelAdmin1, Name: "Hatay", Parent: "turkey", Country: tr,
			Codes: []place.Code{pcode("TUR031"), iso2("TR-31")}, Notes: "Near the Syria-Turkey border."},
	)
}
