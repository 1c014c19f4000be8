package main

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// TestPrintedJSONDecodesToTheBuiltDataset is the acceptance test:
// what the command prints decodes back into a Dataset equal to the one the
// example built, and that Dataset validates with zero errors.
func TestPrintedJSONDecodesToTheBuiltDataset(t *testing.T) {
	built, err := Article()
	require.NoError(t, err)

	var out, errOut bytes.Buffer
	require.NoError(t, run(nil, &out, &errOut))

	decoded, err := event.ReadDataset(&out)
	require.NoError(t, err)
	assert.Equal(t, built, decoded)
	assert.Empty(t, decoded.Validate().Errors())
	assert.Empty(t, errOut.String(), "validation problems are printed to stderr")
}

func TestNDJSONDecodesToTheBuiltEvents(t *testing.T) {
	built, err := Article()
	require.NoError(t, err)

	var out bytes.Buffer
	require.NoError(t, run([]string{"-format", "ndjson"}, &out, io.Discard))
	assert.Equal(t, len(built.Events), strings.Count(out.String(), "\n"))

	events, err := event.ReadAll(&out)
	require.NoError(t, err)
	assert.Equal(t, built.Events, events)
}

func TestRunRejectsUnknownFormat(t *testing.T) {
	err := run([]string{"-format", "xml"}, io.Discard, io.Discard)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `unknown -format "xml"`)
}

func TestSummaryNamesWhoSaidWhat(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-format", "summary"}, &out, io.Discard))
	s := out.String()
	for _, want := range []string{
		"at least 40 combatants killed (per Syrian Observatory for Human Rights via Al Jazeera)",
		"Russian defence ministry via TASS via Al Jazeera alleges (Legality)",
		"US Central Command via Al Jazeera declines to say (Weapon)",
	} {
		assert.Contains(t, s, want)
	}
}

// The article's content, checked against the text by hand: these are the
// facts a reader of the seed article must find in the data.
func TestArticleHoldsTheReport(t *testing.T) {
	d, err := Article()
	require.NoError(t, err)
	byTitle := map[string]event.Event{}
	for _, e := range d.Events {
		byTitle[e.Title] = e
	}
	strike, ok := byTitle["US strike on a training camp near Idlib city"]
	require.True(t, ok)

	tests := []struct {
		name  string
		check func(t *testing.T)
	}{
		{"strike is an air strike on or before Saturday 31 August 2019, the day of the statements", func(t *testing.T) {
			assert.Equal(t, event.AirDroneStrike, strike.Type)
			assert.Equal(t, event.Until(date.New(2019, time.August, 31), event.DateDay), strike.When)
		}},
		{"strike is near Idlib city, in Idleb governorate SY07", func(t *testing.T) {
			assert.Equal(t, "idlib-city", string(strike.Where.Place.ID))
			require.Len(t, strike.Where.Place.Path, 4)
			assert.Equal(t, "SY07", strike.Where.Place.Path[1].Code)
			require.NotNil(t, strike.Where.Point)
			assert.Equal(t, 35.93062, strike.Where.Point.Lat)
		}},
		{"three competing tolls, each from its own source", func(t *testing.T) {
			got := map[string]string{}
			for _, c := range strike.Casualties {
				cit, ok := strike.Citation(c.Citation)
				require.True(t, ok)
				got[c.Text] = string(cit.Source.ID)
			}
			assert.Equal(t, map[string]string{
				"at least 40":                "sohr",
				"numerous casualties":        "russian-defence-ministry",
				"at least one wounded child": "videos-posted-online",
			}, got)
		}},
		{"SOHR's toll is at least 40 killed, open-ended", func(t *testing.T) {
			c := strike.Casualties[0]
			assert.Equal(t, casualty.Killed, c.Outcome)
			low, ok := c.Count.Low()
			assert.True(t, ok)
			assert.Equal(t, int64(40), low)
			assert.True(t, c.Count.Open())
		}},
		{"TASS relays the Russian defence ministry, as Al Jazeera reports it", func(t *testing.T) {
			c, ok := strike.Citation("ru-mod")
			require.True(t, ok)
			assert.Equal(t, []source.Ref{{ID: "tass", Name: "TASS"}, {ID: "al-jazeera", Name: "Al Jazeera"}}, c.Via)
			assert.Equal(t, "2019-09-01", c.Published.String())
		}},
		{"CENTCOM declines to name the weapon while SOHR says missile", func(t *testing.T) {
			var declines, missile bool
			for _, c := range strike.Claims {
				declines = declines || (c.Citation == "centcom" && c.Kind == event.DeclinesToSay && c.Aspect == event.AspectWeapon)
				missile = missile || (c.Citation == "sohr" && c.Aspect == event.AspectWeapon && c.Value == "missile")
			}
			assert.True(t, declines)
			assert.True(t, missile)
		}},
		{"every development in the article is an event", func(t *testing.T) {
			for _, title := range []string{
				"US raid on Hurras al-Deen in northwest Syria",
				"Russia-backed Syrian government offensive on Idlib",
				"Syrian government agrees to a Moscow-backed ceasefire in Idlib",
				"Turkey and Russia agree on a de-escalation area for Idlib",
				"The Syrian conflict",
				"Repression of anti-government protests",
				"Displacement into the Idlib region",
			} {
				assert.Contains(t, byTitle, title)
			}
			assert.Len(t, d.Events, 8)
		}},
		{"the July raid happened on or before 1 July 2019", func(t *testing.T) {
			w := byTitle["US raid on Hurras al-Deen in northwest Syria"].When
			assert.True(t, w.OpenStart)
			assert.Equal(t, "2019-07-01", w.End.String())
		}},
		{"the war's toll is more than 370,000 killed", func(t *testing.T) {
			c := byTitle["The Syrian conflict"].Casualties[0]
			assert.Equal(t, casualty.MoreThan(370_000), c.Count)
			assert.Equal(t, "more than 370,000", c.Count.String())
		}},
		{"the strike violates the de-escalation agreement, per Russia", func(t *testing.T) {
			agreement := byTitle["Turkey and Russia agree on a de-escalation area for Idlib"]
			assert.Contains(t, strike.Related, event.Relation{Kind: event.Violates, Event: agreement.ID, Citation: "ru-mod"})
		}},
		{"IDs are derived, so every run prints the same document", func(t *testing.T) {
			again, err := Article()
			require.NoError(t, err)
			assert.Equal(t, d.Events[0].ID, again.Events[0].ID)
			assert.Equal(t, event.DeriveID("conflictkit-example", "idlib2019/us-strike-near-idlib"), strike.ID)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.check)
	}
}

// TestNamesResolve checks that the article's names, and other spellings
// of them that only the SDK's catalogues know, resolve to the records the
// dataset uses, through the catalogue and gazetteer with the article's
// records over them.
func TestNamesResolve(t *testing.T) {
	own, err := gazetteer()
	require.NoError(t, err)
	reg, gaz, err := catalogues(own)
	require.NoError(t, err)
	actors := []struct {
		text string
		want actor.ID
	}{
		{"Hurras al-Deen", actHurrasAlDin},
		{"Huras al-Din", actHurrasAlDin},
		{"تنظيم حراس الدين", actHurrasAlDin},
		{"HTS: Hayat Tahrir al Sham", actHTS},
		{"هَيْئَةُ تَحْرِيرِ الشَّامِ", actHTS},
		{"CENTCOM", actCENTCOM},
		{"Military Forces of Syria (2000-)", actSyrianForces},
		{"Ansar al Tawhid", actAnsarAlTawhid},
	}
	for _, tc := range actors {
		t.Run(tc.text, func(t *testing.T) {
			res, err := reg.Resolve(tc.text, actor.DateOf(saturday))
			require.NoError(t, err)
			assert.Equal(t, tc.want, res.Actor.ID)
		})
	}
	places := []struct {
		text string
		opt  place.ResolveOptions
		want place.ID
	}{
		{"Idlib", place.ResolveOptions{Parent: "syria", Level: place.LevelLocality}, "idlib-city"},
		{"Idleb governorate", place.ResolveOptions{}, "sy07"},
		{"Idlib province", place.ResolveOptions{}, "sy07"},
		{"İdlib", place.ResolveOptions{Level: place.LevelLocality}, "idlib-city"},
		{"Hatay", place.ResolveOptions{}, "hatay"},
		{"Idlib de-escalation zone", place.ResolveOptions{Level: place.LevelArea}, "idlib-de-escalation-zone"},
	}
	for _, tc := range places {
		t.Run(tc.text, func(t *testing.T) {
			id, _, err := gaz.ResolveID(tc.text, tc.opt)
			require.NoError(t, err)
			assert.Equal(t, tc.want, id)
		})
	}
}

// TestSeedDatasetFixtureIsCurrent keeps testdata/idlib2019/dataset.json,
// the seed Dataset other packages' tests read, equal to what the command
// prints.
func TestSeedDatasetFixtureIsCurrent(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(nil, &out, io.Discard))
	want, err := os.ReadFile("../../testdata/idlib2019/dataset.json")
	require.NoError(t, err)
	assert.True(t, bytes.Equal(want, out.Bytes()), "testdata/idlib2019/dataset.json is out of date: go run ./examples/idlib2019 > testdata/idlib2019/dataset.json")
}
