package actor_test

import (
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
)

// sharedData holds the project's real data samples (see their .SOURCE.md
// notes).
const sharedData = "../testdata/samples/"

// acledActors maps every distinct actor string of acled_sample.csv
// (actor1, actor2, and assoc_actor_1/2 split on "; ") to the catalogue
// actor it names, decided by hand from the string, the row's inter code
// and notes, and REFERENCE.md §1.7 and §8. Every string here is in the
// catalogue as an acled identifier.
var acledActors = map[string]actor.ID{
	"106th Division":                    "division-106",
	"9th Division Special Forces":       "division-9-special-forces",
	"AAS: Ahrar al Sham":                "ahrar-al-sham",
	"Ahrar al Sharqiyah":                "ahrar-al-sharqiyah",
	"Ajnad Sharqiya":                    "ajnad-sharqiya",
	"Al Bustan Association":             "al-bustan-association",
	"Al Sham Corps":                     "al-sham-corps",
	"Al Sham Division":                  "al-sham-division",
	"Ansar al Tawhid":                   "ansar-al-tawhid",
	"Asayish (Syria)":                   "asayish",
	"Civilians (International)":         "international-civilians",
	"Civilians (Iraq)":                  "iraqi-civilians",
	"Civilians (Syria)":                 "syrian-civilians",
	"Farmers (Syria)":                   "syrian-farmers",
	"Former Al Rahman Corps":            "former-al-rahman-corps",
	"Former Opposition Rebels (Syria)":  "former-syrian-rebels",
	"Global Coalition Against Daesh":    "global-coalition-against-daesh",
	"HTS: Hayat Tahrir al Sham":         "hts",
	"Hamza Division - Aleppo":           "hamza-division",
	"Hezbollah":                         "hezbollah",
	"Idleb Communal Militia (Syria)":    "idleb-communal-militia",
	"Islamic State (Iraq)":              "islamic-state",
	"Islamic State (Syria)":             "islamic-state",
	"Islamist Militia (Syria)":          "islamist-militia-syria",
	"JWS: Syrian National Army":         "syrian-national-army",
	"JaS: Levant Front":                 "levant-front",
	"Jaysh al Ahrar":                    "jaysh-al-ahrar",
	"Jaysh al Islam":                    "jaysh-al-islam",
	"Journalists (Syria)":               "syrian-journalists",
	"Karak Communal Militia (Syria)":    "karak-communal-militia",
	"LaQ: Quds Brigade":                 "quds-brigade",
	"Military Forces of Iran (1989-)":   "iranian-military",
	"Military Forces of Israel (2009-)": "israeli-military",
	"Military Forces of Russia (2000-)": "russian-military",
	"Military Forces of Syria (2000-)":  "syrian-government-forces",
	"Military Forces of Turkey (2016-)": "turkish-military",
	"Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps":   "irgc",
	"Military Forces of Russia (2000-) Military Police":                   "russian-military-police",
	"Military Forces of Syria (2000-) 4th Armored Division":               "syrian-4th-armored-division",
	"Military Forces of Syria (2000-) 5th Assault Corps":                  "syrian-5th-assault-corps",
	"Military Forces of Syria (2000-) Air Force Intelligence Directorate": "syrian-air-force-intelligence",
	"Military Forces of Syria (2000-) Military Intelligence":              "syrian-military-intelligence",
	"Military Forces of Syria (2000-) Prison Guards":                      "syrian-prison-guards",
	"Military Forces of Syria (2000-) State Security":                     "syrian-state-security",
	"Military Forces of Turkey (2016-) Gendarmerie":                       "turkish-gendarmerie",
	"Military Forces of the United States (2017-)":                        "us-military",
	"Militia (Pro-Government)":                                            "pro-government-militia",
	"Militia (Pro-Iran)":                                                  "pro-iran-militia",
	"National Police Forces":                                              "national-police-forces",
	"Operation Peace Spring":                                              "operation-peace-spring",
	"Opposition Rebels (Syria)":                                           "syrian-rebels",
	"Police Forces of Syria (2000-)":                                      "syrian-police",
	"Prisoners (Syria)":                                                   "syrian-prisoners",
	"Protesters (Syria)":                                                  "syrian-protesters",
	"QDW: National Defense Forces":                                        "national-defense-forces",
	"QSD: Syrian Democratic Forces":                                       "sdf",
	"Reconciliation Committee Members (Syria)":                            "syrian-reconciliation-committee-members",
	"Refugees/IDPs (International)":                                       "international-refugees-idps",
	"Refugees/IDPs (Syria)":                                               "syrian-refugees-idps",
	"Rioters (Syria)":                                                     "syrian-rioters",
	"Sharqiya Army":                                                       "sharqiya-army",
	"Sultan Murad Division":                                               "sultan-murad-division",
	"Sultan Suleiman Shah Brigade (Syria)":                                "sultan-suleiman-shah-brigade",
	"Syriac Security Office (Syria)":                                      "syriac-security-office",
	"Unidentified Armed Group (Syria)":                                    "unidentified-armed-group-syria",
	"Unidentified Military Forces":                                        "unidentified-military-forces",
	"Unidentified Tribal Group (Syria)":                                   "unidentified-tribal-group-syria",
	"Unidentified Tribal Militia (Syria)":                                 "unidentified-tribal-militia-syria",
	"Wa Harredh al Moa'mineen Operation Room":                             "wa-harid-al-muminin",
	"Women (International)":                                               "international-women",
	"Women (Syria)":                                                       "syrian-women",
	"YPG: Peoples Protection Units - Anti-Terror Unit":                    "ypg-anti-terror-unit",
}

// ucdpSyriaSides maps every distinct side_a and side_b of
// ucdp_ged_sample.csv (the UCDP Syria release) to its catalogue actor.
// Every string here is in the catalogue as a ucdp identifier, and the
// numeric side ids of the file as ucdp-id identifiers.
var ucdpSyriaSides = map[string]actor.ID{
	"Civilians":                          "civilians",
	"Government of Iran":                 "iranian-government",
	"Government of Israel":               "israeli-government",
	"Government of Syria":                "syrian-government",
	"HTS":                                "hts",
	"Hezbollah":                          "hezbollah",
	"Humat al-Aqida":                     "humat-al-aqida",
	"IS":                                 "islamic-state",
	"Jaysh al-Islam":                     "jaysh-al-islam",
	"Liwa al-Sultan Murad":               "sultan-murad-division",
	"National Front for Liberation, SNA": "nfl-sna",
	"SDF":                                "sdf",
	"Sham Legion":                        "al-sham-corps",
	"Syrian insurgents":                  "syrian-rebels",
	"al-Majd Legion":                     "al-majd-legion",
}

// ucdpMyanmarSides covers ucdp_ged191_verbatim_sample.csv, a Myanmar
// extract of GED 19.1: the catalogue is of the Syrian conflict, so only the
// generic "Civilians" is known; "" marks the strings left out.
var ucdpMyanmarSides = map[string]actor.ID{
	"ABSDF":                         "",
	"Buddhists (Myanmar)":           "",
	"Civilians":                     "civilians",
	"DKBA":                          "",
	"DKBA 5":                        "",
	"Government of Myanmar (Burma)": "",
	"KIO":                           "",
	"KNPP":                          "",
	"KNU":                           "",
	"MNDAA":                         "",
	"MTA":                           "",
	"Muslims (Myanmar)":             "",
	"NMSP":                          "",
	"RCSS":                          "",
	"SSPP":                          "",
	"UWSA":                          "",
}

// occurrence is one actor string of a sample row with the row's date.
type occurrence struct {
	text string
	on   actor.Date
	id   string // the side's numeric UCDP id, for UCDP sides
}

func readSample(t *testing.T, file string) (map[string]int, [][]string) {
	t.Helper()
	f, err := os.Open(sharedData + file)
	require.NoError(t, err)
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	require.NoError(t, err)
	require.NotEmpty(t, recs)
	col := map[string]int{}
	for i, h := range recs[0] {
		col[strings.TrimPrefix(h, "\ufeff")] = i
	}
	return col, recs[1:]
}

func acledOccurrences(t *testing.T) []occurrence {
	col, rows := readSample(t, "acled_sample.csv")
	var out []occurrence
	for _, row := range rows {
		day, err := time.Parse("2-Jan-06", row[col["event_date"]]) // the sample's spreadsheet form
		require.NoError(t, err)
		on := actor.DateOf(dateOf(day))
		for _, c := range []string{"actor1", "actor2", "assoc_actor_1", "assoc_actor_2"} {
			for s := range strings.SplitSeq(row[col[c]], "; ") {
				if s != "" {
					out = append(out, occurrence{text: s, on: on})
				}
			}
		}
	}
	return out
}

func ucdpOccurrences(t *testing.T, file string) []occurrence {
	col, rows := readSample(t, file)
	var out []occurrence
	for _, row := range rows {
		on, err := actor.ParseDate(row[col["date_start"]])
		require.NoError(t, err)
		for _, side := range []string{"side_a", "side_b"} {
			if s := row[col[side]]; s != "" {
				out = append(out, occurrence{text: s, on: on, id: row[col[side+"_new_id"]]})
			}
		}
	}
	return out
}

// checkSample resolves every occurrence on its row's date with the
// scheme's identifiers and reports the share of distinct strings known.
func checkSample(t *testing.T, name, scheme string, occs []occurrence, want map[string]actor.ID) {
	reg := actor.Default()
	inScheme := actor.InSchemes(scheme)
	distinct := map[string]bool{}
	for _, o := range occs {
		distinct[o.text] = true
		wantID, listed := want[o.text]
		if !assert.True(t, listed, "%s: %q is not in the hand-written table", name, o.text) {
			continue
		}
		res, err := reg.Resolve(o.text, o.on, inScheme)
		if wantID == "" {
			assert.ErrorIs(t, err, actor.ErrNotFound, "%s: %q", name, o.text)
			continue
		}
		if !assert.NoError(t, err, "%s: %q", name, o.text) {
			continue
		}
		assert.Equal(t, wantID, res.Actor.ID, "%s: %q", name, o.text)
		// Generic actors ("Civilians (Syria)") carry the string as their
		// display name too, and the exact tier comes first.
		if res.How == actor.MatchExact {
			assert.Equal(t, o.text, res.Actor.Name, "%s: %q", name, o.text)
			assert.Empty(t, res.Scheme)
		} else {
			assert.Equal(t, actor.MatchIdentifier, res.How, "%s: %q", name, o.text)
			assert.Equal(t, scheme, res.Scheme, "%s: %q", name, o.text)
		}
		assert.Equal(t, o.text, res.Matched, "%s: %q", name, o.text)
		assert.False(t, res.OutOfPeriod, "%s: %q on %s", name, o.text, o.on)
		assert.InDelta(t, res.How.Confidence(), res.Confidence, 1e-9, "%s: %q", name, o.text)
		_, isID := findIdentifier(res.Actor, scheme, o.text)
		assert.True(t, isID, "%s: %q is an identifier of %s", name, o.text, res.Actor.ID)
		if o.id != "" {
			byID, err := reg.Resolve(o.id, o.on, actor.InSchemes(actor.SchemeUCDPID))
			if assert.NoError(t, err, "%s: id %s of %q", name, o.id, o.text) {
				assert.Equal(t, wantID, byID.Actor.ID, "%s: id %s of %q", name, o.id, o.text)
			}
		}
	}
	for s := range want {
		assert.True(t, distinct[s], "%s: table entry %q does not occur in the sample", name, s)
	}
	known := 0
	var unknown []string
	for s := range distinct {
		if want[s] != "" {
			known++
		} else {
			unknown = append(unknown, s)
		}
	}
	slices.Sort(unknown)
	t.Logf("%s: %d of %d distinct actor strings resolve (%.1f%%); not in the catalogue: %q",
		name, known, len(distinct), 100*float64(known)/float64(len(distinct)), unknown)
}

// TestSampleActorStrings is the acceptance test of issue 4: every actor
// string of the samples that the catalogue claims to know resolves to the
// right actor, on its row's date, through its scheme identifier.
func TestSampleActorStrings(t *testing.T) {
	t.Run("acled", func(t *testing.T) {
		checkSample(t, "acled_sample.csv", actor.SchemeACLED, acledOccurrences(t), acledActors)
	})
	t.Run("ucdp-syria", func(t *testing.T) {
		checkSample(t, "ucdp_ged_sample.csv", actor.SchemeUCDP, ucdpOccurrences(t, "ucdp_ged_sample.csv"), ucdpSyriaSides)
	})
	t.Run("ucdp-myanmar", func(t *testing.T) {
		checkSample(t, "ucdp_ged191_verbatim_sample.csv", actor.SchemeUCDP, ucdpOccurrences(t, "ucdp_ged191_verbatim_sample.csv"), ucdpMyanmarSides)
	})
}

// The same strings resolve without a scheme restriction too, since no
// name of another actor equals them.
func TestSampleActorStringsAnyScheme(t *testing.T) {
	reg := actor.Default()
	for _, table := range []map[string]actor.ID{acledActors, ucdpSyriaSides} {
		for s, want := range table {
			res, err := reg.Resolve(s, actor.Date{})
			if assert.NoError(t, err, s) {
				assert.Equal(t, want, res.Actor.ID, s)
			}
		}
	}
}

func findIdentifier(a actor.Actor, scheme, value string) (actor.Identifier, bool) {
	for _, id := range a.Identifiers {
		if id.Scheme == scheme && id.Value == value {
			return id, true
		}
	}
	return actor.Identifier{}, false
}
