package event_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// Fixtures: the US strike near Idlib city of Saturday 31 August 2019, as the
// Al Jazeera article of examples/idlib2019 tells it. Place IDs, names,
// P-codes and the city's point are from REFERENCE.md §6.1, §6.3, §6.4 and
// §6.5; actor and source facts from REFERENCE.md §8. The slugs used as
// record IDs ("hurras-al-din", "sohr") are this SDK's own choice, as in the
// example program. Helper names start with "fx" so that they do not clash
// with other test files of package event_test.

var (
	fxStrikeDay = date.New(2019, time.August, 31)   // "on Saturday" in the article
	fxNextDay   = date.New(2019, time.September, 1) // "on Sunday"
	fxToday     = date.New(2019, time.September, 2) // the fixed "today" of fxValidator
	fxIdlibPt   = place.MustPoint(35.93062, 36.63393)
)

// fxValidator checks against a fixed today, so that tests do not depend on
// the clock.
func fxValidator() event.Validator { return event.Validator{Today: fxToday} }

func fxDay(d date.Date) *date.Date { return &d }

// fxKey is the key the example program derives the strike's ID from.
var fxKey = event.Key{Scheme: "conflictkit-example", Value: "idlib2019/us-strike-near-idlib"}

// fxRaidID is the ID of the July raid the strike follows.
var fxRaidID = event.DeriveID("conflictkit-example", "idlib2019/us-raid-on-hurras-al-din")

func fxPlaces() []place.Place {
	sy, tr := place.MustCountry("SY"), place.MustCountry("TR")
	pcode := func(v string) []place.Code { return []place.Code{{Scheme: place.SchemePCode, Value: v}} }
	pt := fxIdlibPt
	return []place.Place{
		{ID: "sy", Level: place.LevelCountry, Name: "Syria", Country: sy,
			Codes: []place.Code{{Scheme: place.SchemeISOCountry, Value: "SY"}}},
		{ID: "sy07", Level: place.LevelAdmin1, Name: "Idleb", Parent: "sy", Country: sy, Codes: pcode("SY07")},
		{ID: "sy0700", Level: place.LevelAdmin2, Name: "Idleb", Parent: "sy07", Country: sy, Codes: pcode("SY0700")},
		{ID: "sy070000", Level: place.LevelAdmin3, Name: "Idleb", Parent: "sy0700", Country: sy, Codes: pcode("SY070000")},
		{ID: "idlib-city", Level: place.LevelLocality, Name: "Idlib", Parent: "sy070000", Country: sy, Point: &pt},
		{ID: "sy02", Level: place.LevelAdmin1, Name: "Aleppo", Parent: "sy", Country: sy, Codes: pcode("SY02")},
		{ID: "tr", Level: place.LevelCountry, Name: "Turkey", Country: tr},
		{ID: "hatay", Level: place.LevelAdmin1, Name: "Hatay", Parent: "tr", Country: tr, Codes: pcode("TUR031")},
	}
}

// fxIdlibRef is the reference to Idlib city with its admin path, written
// out by hand (not taken from place.Set.Ref) so that the dataset checks
// compare two independent values.
func fxIdlibRef() place.Ref {
	return place.Ref{ID: "idlib-city", Name: "Idlib", Level: place.LevelLocality, Path: []place.Unit{
		{Level: place.LevelCountry, ID: "sy", Code: "SY", Name: "Syria"},
		{Level: place.LevelAdmin1, ID: "sy07", Code: "SY07", Name: "Idleb"},
		{Level: place.LevelAdmin2, ID: "sy0700", Code: "SY0700", Name: "Idleb"},
		{Level: place.LevelAdmin3, ID: "sy070000", Code: "SY070000", Name: "Idleb"},
	}}
}

func fxActors() []actor.Actor {
	return []actor.Actor{
		{ID: "us-military", Kind: actor.KindStateForces, Name: "Military Forces of the United States", Country: "US",
			Identifiers: []actor.Identifier{{Scheme: actor.SchemeACLED, Value: "Military Forces of the United States (2017-2021)"}}},
		{ID: "centcom", Kind: actor.KindMilitaryCommand, Name: "US Central Command", Country: "US",
			Names: []actor.Name{{Text: "CENTCOM", Lang: language.English, Kind: actor.NameShort}},
			Links: []actor.Link{{Kind: actor.LinkPartOf, Actor: "us-military"}}},
		{ID: "hurras-al-din", Kind: actor.KindRebelGroup, Name: "Hurras al-Din",
			Names:   []actor.Name{{Text: "Hurras al-Deen", Lang: language.English, Kind: actor.NameAlias}},
			Founded: actor.MustParseDate("2018-02-27")},
		{ID: "bernard-smith", Kind: actor.KindPerson, Name: "Bernard Smith"},
	}
}

func fxActorRef(id actor.ID) actor.Ref {
	for _, a := range fxActors() {
		if a.ID == id {
			return a.Ref()
		}
	}
	panic("no fixture actor " + string(id))
}

func fxSources() []source.Source {
	return []source.Source{
		{ID: "centcom", Name: "US Central Command", Short: "CENTCOM", Kind: source.KindMilitary, Country: "US", Actor: "centcom"},
		{ID: "sohr", Name: "Syrian Observatory for Human Rights", Short: "SOHR", Kind: source.KindMonitor, Country: "GB"},
		{ID: "al-jazeera", Name: "Al Jazeera", Kind: source.KindBroadcaster},
		{ID: "tass", Name: "TASS", Kind: source.KindNewsAgency, Country: "RU"},
		{ID: "russian-defence-ministry", Name: "Russian defence ministry", Kind: source.KindMilitary, Country: "RU"},
	}
}

func fxSourceRef(id source.ID) source.Ref {
	for _, s := range fxSources() {
		if s.ID == id {
			return source.Ref{ID: s.ID, Name: s.Name}
		}
	}
	panic("no fixture source " + string(id))
}

// fxStrike is a valid event: fxValidator finds no problem in it (asserted
// by TestValidateRules' "valid base" case and by TestDatasetValid).
func fxStrike() event.Event {
	e := event.FromKey(event.AirDroneStrike, fxKey)
	e.Title = "US strike on a training camp near Idlib city"
	e.When = event.On(fxStrikeDay)
	e.Where = event.Near(fxIdlibRef(), place.PrecisionNear).At(fxIdlibPt)
	e.Where.Text = "close to Idlib city"
	e.Cite(
		source.Citation{ID: "centcom", Source: fxSourceRef("centcom"), Via: []source.Ref{fxSourceRef("al-jazeera")},
			Published: fxDay(fxStrikeDay), Language: language.English},
		source.Citation{ID: "sohr", Source: fxSourceRef("sohr"), Via: []source.Ref{fxSourceRef("al-jazeera")},
			Published: fxDay(fxStrikeDay)},
		source.Citation{ID: "smith", Source: fxSourceRef("al-jazeera"), Author: "Bernard Smith", AuthorActor: "bernard-smith",
			ReportedFrom: "hatay", ReportedFromName: "Hatay", Language: language.English},
		source.Citation{ID: "ru-mod", Source: fxSourceRef("russian-defence-ministry"),
			Via: []source.Ref{fxSourceRef("tass"), fxSourceRef("al-jazeera")}, Published: fxDay(fxNextDay)},
	)
	e.Involve(fxActorRef("us-military"), event.Perpetrator, "centcom")
	e.Involve(fxActorRef("hurras-al-din"), event.Target, "sohr")
	e.Count(casualty.Figure{Outcome: casualty.Killed, Group: casualty.Combatants, Count: casualty.AtLeast(40), Text: "at least 40"}, "sohr")
	e.Count(casualty.Figure{Outcome: casualty.Injured, Group: casualty.Children, Count: casualty.AtLeast(1)}, "smith")
	e.Say(event.Claim{Citation: "sohr", Kind: event.Asserts, Aspect: event.AspectWeapon, Value: "missile",
		Paraphrase: "SOHR called it a missile attack.", About: []actor.Ref{fxActorRef("hurras-al-din")}})
	e.Say(event.Claim{Citation: "centcom", Kind: event.DeclinesToSay, Aspect: event.AspectWeapon})
	e.Relate(event.Follows, fxRaidID, "smith")
	return e
}

// fxRaid is the July raid the strike follows, so that a dataset holding
// both resolves the strike's relation.
func fxRaid() event.Event {
	e := event.FromKey(event.ExplosionsRemoteViolence, event.Key{Scheme: "conflictkit-example", Value: "idlib2019/us-raid-on-hurras-al-din"})
	e.When = event.Until(date.New(2019, time.July, 1), event.DateDay)
	e.Where = event.In(place.Ref{ID: "sy", Name: "Syria", Level: place.LevelCountry}, place.PrecisionRegion)
	e.Cite(source.Citation{ID: "aj", Source: fxSourceRef("al-jazeera")})
	e.Involve(fxActorRef("us-military"), event.Perpetrator)
	e.Involve(fxActorRef("hurras-al-din"), event.Target)
	return e
}

func TestNew(t *testing.T) {
	a, b := event.New(event.Battles), event.New(event.Battles)
	assert.Equal(t, event.Battles, a.Type)
	assert.Equal(t, uuid.Version(7), a.ID.Version())
	assert.NotEqual(t, a.ID, b.ID)
	assert.Empty(t, a.Keys)
}

func TestFromKey(t *testing.T) {
	k := event.Key{Scheme: "acled", Value: "SYR78126"}
	e := event.FromKey(event.AirDroneStrike, k)
	assert.Equal(t, event.AirDroneStrike, e.Type)
	assert.Equal(t, []event.Key{k}, e.Keys)
	assert.Equal(t, event.DeriveID("acled", "SYR78126"), e.ID)
	assert.Equal(t, "acled:SYR78126", k.String())
	assert.Equal(t, e.ID, k.ID())
}

// TestDeriveID checks DeriveID against the documented construction, done
// here by hand with google/uuid, and against the exact UUID string.
func TestDeriveID(t *testing.T) {
	ns := uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/conflictkit/conflict"))
	want := uuid.NewSHA1(ns, []byte("acled:SYR78126"))
	assert.Equal(t, ns, event.Namespace())

	got := event.DeriveID("acled", "SYR78126")
	assert.Equal(t, want, got)
	assert.Equal(t, want.String(), got.String())
	assert.Equal(t, uuid.Version(5), got.Version())
	assert.Equal(t, uuid.RFC4122, got.Variant())
	// Stable across calls, and different for a different key or scheme.
	assert.Equal(t, got, event.DeriveID("acled", "SYR78126"))
	assert.NotEqual(t, got, event.DeriveID("acled", "SYR78127"))
	assert.NotEqual(t, got, event.DeriveID("ucdp", "SYR78126"))

	// The stack-buffer computation agrees with uuid.NewSHA1 for keys that
	// fit the buffer and keys that do not.
	for _, tc := range []struct{ name, scheme, key string }{
		{"empty", "", ""},
		{"short", "ucdp", "306667"},
		{"at the buffer's edge", "s", strings.Repeat("k", 128-16-2)},
		{"longer than the buffer", "acled-row", strings.Repeat("x", 300)},
		{"non-ASCII", "conflictkit-example", "إدلب/2019"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, uuid.NewSHA1(ns, []byte(tc.scheme+":"+tc.key)), event.DeriveID(tc.scheme, tc.key))
		})
	}
	assert.Zero(t, testing.AllocsPerRun(10, func() { event.DeriveID("acled", "SYR78126") }), "no allocation for a usual key")
}

// TestDeriveIDFixed pins the exact strings, computed independently of Go
// with Python's uuid module: uuid5(NAMESPACE_URL,
// "https://github.com/conflictkit/conflict") and uuid5 of that namespace and
// "acled:SYR78126". If they change, every derived ID ever published changes
// with them.
func TestDeriveIDFixed(t *testing.T) {
	assert.Equal(t, "b4dc62c0-7d73-5543-b0ca-d79af0166c23", event.Namespace().String())
	assert.Equal(t, "ce58a2d3-27d1-546c-8b01-4e01a6572b53", event.DeriveID("acled", "SYR78126").String())
}

func TestNewID(t *testing.T) {
	seen := map[uuid.UUID]bool{}
	for range 1000 {
		id := event.NewID()
		require.Equal(t, uuid.Version(7), id.Version())
		require.False(t, seen[id], "NewID repeated %s", id)
		seen[id] = true
	}
}

func TestCitationLookup(t *testing.T) {
	e := fxStrike()
	c, ok := e.Citation("sohr")
	require.True(t, ok)
	assert.Equal(t, source.ID("sohr"), c.Source.ID)
	_, ok = e.Citation("sana")
	assert.False(t, ok)
}

func TestEventBuilders(t *testing.T) {
	var e event.Event
	ids := e.Cite(
		source.Citation{ID: "sohr", Source: fxSourceRef("sohr")},
		source.Citation{ID: "centcom", Source: fxSourceRef("centcom")},
	)
	assert.Equal(t, []string{"sohr", "centcom"}, ids)
	assert.Len(t, e.Citations, 2)
	assert.Empty(t, e.Cite(), "citing nothing returns no IDs")

	e.Involve(fxActorRef("us-military"), event.Perpetrator, "centcom")
	e.Involve(fxActorRef("hurras-al-din"), event.Target)
	assert.Equal(t, []event.Participant{
		{Actor: actor.Ref{ID: "us-military", Name: "Military Forces of the United States", Kind: actor.KindStateForces},
			Role: event.Perpetrator, Citations: []string{"centcom"}},
		{Actor: actor.Ref{ID: "hurras-al-din", Name: "Hurras al-Din", Kind: actor.KindRebelGroup}, Role: event.Target},
	}, e.Participants)
	assert.Equal(t, []event.Participant{e.Participants[1]}, e.WithRole(event.Target))
	assert.Empty(t, e.WithRole(event.Mediator))

	fig := casualty.Figure{Outcome: casualty.Killed, Count: casualty.AtLeast(40), Text: "at least 40"}
	e.Count(fig, "sohr")
	assert.Equal(t, []event.Casualty{{Figure: fig, Citation: "sohr"}}, e.Casualties)

	cl := event.Claim{Citation: "centcom", Kind: event.DeclinesToSay, Aspect: event.AspectWeapon}
	e.Say(cl)
	assert.Equal(t, []event.Claim{cl}, e.Claims)

	e.Relate(event.Follows, fxRaidID, "")
	assert.Equal(t, []event.Relation{{Kind: event.Follows, Event: fxRaidID}}, e.Related)
}

func TestWhereConstructors(t *testing.T) {
	idlib := fxIdlibRef()
	sarmin := place.Ref{Name: "Sarmin", Level: place.LevelLocality}
	saraqib := place.Ref{Name: "Saraqib", Level: place.LevelLocality}
	tests := []struct {
		name string
		got  event.Where
		want event.Where
	}{
		{"in", event.In(idlib, place.PrecisionExact),
			event.Where{Place: idlib, Relation: place.RelationIn, Precision: place.PrecisionExact}},
		{"near", event.Near(idlib, place.PrecisionNear),
			event.Where{Place: idlib, Relation: place.RelationNear, Precision: place.PrecisionNear}},
		{"between", event.BetweenPlaces(saraqib, sarmin, place.PrecisionRegion),
			event.Where{Place: saraqib, Relation: place.RelationBetween, Other: sarmin, Precision: place.PrecisionRegion}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.got)
			assert.False(t, tc.got.IsZero())
		})
	}
}

func TestWhereAt(t *testing.T) {
	w := event.Near(fxIdlibRef(), place.PrecisionNear)
	at := w.At(fxIdlibPt)
	assert.Nil(t, w.Point, "At returns a copy and leaves w alone")
	require.NotNil(t, at.Point)
	assert.Equal(t, place.Point{Lat: 35.93062, Lon: 36.63393}, *at.Point)
}

func TestWhereIsZero(t *testing.T) {
	origin := place.Point{}
	tests := []struct {
		name string
		w    event.Where
		want bool
	}{
		{"zero", event.Where{}, true},
		{"relation near", event.Where{Relation: place.RelationNear}, false},
		{"text only", event.Where{Text: "northwest Syria"}, false},
		{"point (0,0) is not nothing", event.Where{Point: &origin}, false},
		{"precision only", event.Where{Precision: place.PrecisionCountry}, false},
		{"other only", event.Where{Other: place.Ref{Name: "Sarmin"}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, tc.w.IsZero()) })
	}
}

type fxWeapon struct {
	Kind    string `json:"kind"`
	Guided  bool   `json:"guided"`
	Sources []string
}

func TestExt(t *testing.T) {
	var x event.Ext
	w := fxWeapon{Kind: "missile", Guided: true, Sources: []string{"sohr"}}
	require.NoError(t, event.SetExt(&x, "org.example/weapon", w))
	assert.JSONEq(t, `{"kind":"missile","guided":true,"Sources":["sohr"]}`, string(x["org.example/weapon"]))

	got, ok, err := event.GetExt[fxWeapon](x, "org.example/weapon")
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, w, got)

	t.Run("missing key", func(t *testing.T) {
		got, ok, err := event.GetExt[fxWeapon](x, "org.example/other")
		assert.NoError(t, err)
		assert.False(t, ok)
		assert.Zero(t, got)
	})
	t.Run("nil map", func(t *testing.T) {
		_, ok, err := event.GetExt[int](nil, "org.example/weapon")
		assert.NoError(t, err)
		assert.False(t, ok)
	})
	t.Run("bad key", func(t *testing.T) {
		var y event.Ext
		err := event.SetExt(&y, "weapon", 1)
		assert.ErrorIs(t, err, event.ErrBadExt)
		assert.Nil(t, y, "a refused key creates no map")
	})
	t.Run("unmarshalable value", func(t *testing.T) {
		err := event.SetExt(&x, "org.example/ch", make(chan int))
		assert.ErrorIs(t, err, event.ErrBadExt)
		_, ok := x["org.example/ch"]
		assert.False(t, ok)
	})
	t.Run("wrong type", func(t *testing.T) {
		_, ok, err := event.GetExt[int](x, "org.example/weapon")
		assert.True(t, ok)
		assert.ErrorIs(t, err, event.ErrBadExt)
	})
	t.Run("unknown member", func(t *testing.T) {
		type narrow struct {
			Kind string `json:"kind"`
		}
		_, ok, err := event.GetExt[narrow](x, "org.example/weapon")
		assert.True(t, ok)
		assert.ErrorIs(t, err, event.ErrBadExt, "GetExt refuses members the type does not have")
	})
	t.Run("overwrite", func(t *testing.T) {
		y := event.Ext{}
		require.NoError(t, event.SetExt(&y, "org.example/n", 1))
		require.NoError(t, event.SetExt(&y, "org.example/n", 2))
		n, _, err := event.GetExt[int](y, "org.example/n")
		require.NoError(t, err)
		assert.Equal(t, 2, n)
	})
}

func TestCheckExtKey(t *testing.T) {
	tests := []struct {
		name string
		key  string
		ok   bool
	}{
		{"namespaced", "org.example/weapon", true},
		{"deeper namespace", "org.example.conflict/weapon-kind", true},
		{"no slash", "weapon", false},
		{"namespace without dot", "example/weapon", false},
		{"empty name", "org.example/", false},
		{"empty", "", false},
		{"upper case", "org.example/Weapon", false},
		{"space", "org.example/my weapon", false},
		{"leading slash", "/org.example", false},
		{"double separator", "org..example/weapon", false},
		{"64 bytes", "org.example/" + strings.Repeat("a", 52), true},
		{"65 bytes", "org.example/" + strings.Repeat("a", 53), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := event.CheckExtKey(tc.key)
			if tc.ok {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, event.ErrBadExt)
			assert.Contains(t, err.Error(), strconv.Quote(tc.key))
		})
	}
}

func TestExtJSONCompacts(t *testing.T) {
	var x event.Ext
	require.NoError(t, json.Unmarshal([]byte(`{"org.example/a": { "b" : [1, 2] },"org.example/n":null}`), &x))
	assert.Equal(t, event.Ext{"org.example/a": json.RawMessage(`{"b":[1,2]}`), "org.example/n": json.RawMessage(`null`)}, x)

	var y event.Ext
	err := json.Unmarshal([]byte(`[1]`), &y)
	assert.Error(t, err)
}

func TestSeverity(t *testing.T) {
	tests := []struct {
		name string
		s    event.Severity
		text string
	}{
		{"error", event.Error, "error"},
		{"warning", event.Warning, "warning"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.text, tc.s.String())
			b, err := tc.s.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.text, string(b))
			var back event.Severity
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tc.s, back)
		})
	}
	t.Run("invalid", func(t *testing.T) {
		assert.Equal(t, "severity(0)", event.Severity(0).String())
		assert.Equal(t, "severity(3)", event.Severity(3).String())
		_, err := event.Severity(0).MarshalText()
		assert.Error(t, err)
		for _, in := range []string{"", "Error", "WARNING", " error", "fatal"} {
			var s event.Severity
			assert.Error(t, s.UnmarshalText([]byte(in)), "%q", in)
			assert.Zero(t, s)
		}
	})
}

func TestProblem(t *testing.T) {
	p := event.Problem{Path: "when.end", Code: event.ErrDateOrder, Severity: event.Error, Message: "end 2019-08-30 is before start 2019-08-31"}
	assert.Equal(t, "when.end: error: end 2019-08-30 is before start 2019-08-31", p.Error())
	assert.ErrorIs(t, p, event.ErrDateOrder)
	assert.Equal(t, "(root): warning: x", event.Problem{Severity: event.Warning, Message: "x"}.Error())

	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"path":"when.end","code":"end date before start date","severity":"error","message":"end 2019-08-30 is before start 2019-08-31"}`, string(b))

	b, err = json.Marshal(event.Problem{Severity: event.Warning})
	require.NoError(t, err)
	assert.JSONEq(t, `{"path":"","code":"","severity":"warning","message":""}`, string(b))

	_, err = json.Marshal(event.Problem{})
	assert.Error(t, err, "a problem without severity cannot be written")
}

func TestProblems(t *testing.T) {
	e1 := event.Problem{Path: "when.end", Code: event.ErrDateOrder, Severity: event.Error, Message: "a"}
	w1 := event.Problem{Path: "citations", Code: event.ErrNoCitation, Severity: event.Warning, Message: "b"}
	e2 := event.Problem{Path: "type", Code: event.ErrUnknownType, Severity: event.Error, Message: "c"}
	ps := event.Problems{e1, w1, e2}

	assert.Equal(t, event.Problems{e1, e2}, ps.Errors())
	assert.Equal(t, event.Problems{w1}, ps.Warnings())
	assert.True(t, ps.Has("when.end", event.ErrDateOrder))
	assert.False(t, ps.Has("when.end", event.ErrNoDate))
	assert.False(t, ps.Has("when.start", event.ErrDateOrder))

	err := ps.Err()
	require.Error(t, err)
	assert.ErrorIs(t, err, event.ErrDateOrder)
	assert.ErrorIs(t, err, event.ErrUnknownType)
	assert.NotErrorIs(t, err, event.ErrNoCitation, "warnings are not errors")
	assert.Equal(t, "when.end: error: a\ntype: error: c", err.Error())

	assert.NoError(t, event.Problems{w1}.Err())
	assert.NoError(t, event.Problems(nil).Err())
}

func TestParseErrorFormat(t *testing.T) {
	cause := fmt.Errorf("wrapped: %w", event.ErrBadDate)
	tests := []struct {
		name string
		pe   *event.ParseError
		want string
	}{
		{"line and field", &event.ParseError{Line: 3, Column: 17, Field: "when.start", Err: cause},
			`event: line 3, column 17, field "when.start": wrapped: invalid date`},
		{"offset only", &event.ParseError{Offset: 42, Err: cause}, `event: offset 42: wrapped: invalid date`},
		{"line without field", &event.ParseError{Line: 1, Column: 1, Err: cause}, `event: line 1, column 1: wrapped: invalid date`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.pe.Error())
			assert.ErrorIs(t, tc.pe, event.ErrBadDate)
			assert.Same(t, cause, errors.Unwrap(tc.pe))
		})
	}
}
