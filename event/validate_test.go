package event_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// fxWant is one expected problem: where, which sentinel, how bad.
type fxWant struct {
	path     string
	code     error
	severity event.Severity
}

func fxErr(path string, code error) fxWant  { return fxWant{path, code, event.Error} }
func fxWarn(path string, code error) fxWant { return fxWant{path, code, event.Warning} }

// fxAssertProblems checks that ps holds exactly the wanted problems, in
// order, each with a non-empty message.
func fxAssertProblems(t *testing.T, want []fxWant, ps event.Problems) {
	t.Helper()
	if !assert.Len(t, ps, len(want), "problems: %v", ps) {
		return
	}
	for i, w := range want {
		p := ps[i]
		assert.Equal(t, w.path, p.Path, "problem %d: %v", i, p)
		assert.ErrorIs(t, p.Code, w.code, "problem %d: %v", i, p)
		assert.Equal(t, w.severity, p.Severity, "problem %d: %v", i, p)
		assert.NotEmpty(t, p.Message, "problem %d", i)
	}
}

// TestValidateRules applies one change per case to the valid fxStrike and
// checks the exact problems found.
func TestValidateRules(t *testing.T) {
	civilians := actor.Ref{Name: "Civilians (Syria)", Kind: actor.KindCivilians}
	tests := []struct {
		name   string
		mutate func(e *event.Event)
		want   []fxWant
	}{
		{"valid base", func(e *event.Event) {}, nil},

		// Identity and type.
		{"missing id", func(e *event.Event) { e.ID = uuid.Nil }, []fxWant{fxErr("id", event.ErrMissing)}},
		{"key without value", func(e *event.Event) { e.Keys = append(e.Keys, event.Key{Scheme: "acled"}) },
			[]fxWant{fxErr("keys[1]", event.ErrBadID)}},
		{"key without scheme", func(e *event.Event) { e.Keys[0].Scheme = "" }, []fxWant{fxErr("keys[0]", event.ErrBadID)}},
		{"key scheme with a colon", func(e *event.Event) { e.Keys[0].Scheme = "acled:v2" }, []fxWant{fxErr("keys[0]", event.ErrBadID)}},
		{"missing type", func(e *event.Event) { e.Type = "" }, []fxWant{fxErr("type", event.ErrMissing)}},
		{"unregistered type", func(e *event.Event) { e.Type = "org.example/drone-sighting" },
			[]fxWant{fxErr("type", event.ErrUnknownType)}},

		// Dates.
		{"end before start", func(e *event.Event) {
			e.When = event.When{Start: fxStrikeDay, End: date.New(2019, time.August, 30), Precision: event.DateDays}
		}, []fxWant{fxErr("when.end", event.ErrDateOrder)}},
		{"future day", func(e *event.Event) { e.When = event.On(fxToday + 1) },
			[]fxWant{fxErr("when.start", event.ErrFutureDate), fxErr("when.end", event.ErrFutureDate)}},
		{"future end", func(e *event.Event) {
			e.When = event.When{Start: fxStrikeDay, End: fxToday + 3, Precision: event.DateDays}
		}, []fxWant{fxErr("when.end", event.ErrFutureDate)}},
		{"today is not the future", func(e *event.Event) { e.When = event.On(fxToday) }, nil},
		{"open end is not in the future", func(e *event.Event) { e.When = event.Since(fxStrikeDay, event.DateDay) }, nil},
		{"open start with future end", func(e *event.Event) { e.When = event.Until(fxToday+1, event.DateDay) },
			[]fxWant{fxErr("when.end", event.ErrFutureDate)}},
		{"no date", func(e *event.Event) { e.When = event.When{} }, []fxWant{fxWarn("when", event.ErrNoDate)}},
		{"precision unspecified", func(e *event.Event) { e.When = event.When{Start: fxStrikeDay, End: fxStrikeDay} },
			[]fxWant{fxWarn("when.precision", event.ErrBadPrecision)}},
		{"both ends open", func(e *event.Event) { e.When = event.When{OpenStart: true, OpenEnd: true, Precision: event.DateDay} },
			[]fxWant{fxErr("when", event.ErrNoDate)}},
		{"precision out of range", func(e *event.Event) { e.When.Precision = 99 },
			[]fxWant{fxErr("when.precision", event.ErrBadPrecision)}},
		{"start under an open start", func(e *event.Event) {
			e.When = event.When{Start: fxStrikeDay, End: fxStrikeDay, OpenStart: true, Precision: event.DateDay}
		},
			[]fxWant{fxErr("when.start", event.ErrBadDate)}},
		{"end under an open end", func(e *event.Event) {
			e.When = event.When{Start: fxStrikeDay, End: fxStrikeDay, OpenEnd: true, Precision: event.DateDay}
		},
			[]fxWant{fxErr("when.end", event.ErrBadDate)}},
		{"year 0", func(e *event.Event) { e.When = event.On(-1) }, // 0000-12-31
			[]fxWant{fxErr("when", event.ErrBadDate)}},
		{"year 0025, a truncated 2025", func(e *event.Event) { e.When = event.On(date.New(25, time.May, 9)) },
			[]fxWant{fxErr("when", event.ErrBadDate)}},
		{"year 999", func(e *event.Event) { e.When = event.On(date.New(999, time.December, 31)) },
			[]fxWant{fxErr("when", event.ErrBadDate)}},
		{"1000-01-01, the first day of the SDK's range", func(e *event.Event) { e.When = event.On(date.New(1000, time.January, 1)) }, nil},

		// Location.
		{"no location", func(e *event.Event) { e.Where = event.Where{} }, []fxWant{fxWarn("where", event.ErrMissing)}},
		{"relation out of range", func(e *event.Event) { e.Where.Relation = 99 },
			[]fxWant{fxErr("where.relation", place.ErrBadRelation)}},
		{"geo precision out of range", func(e *event.Event) { e.Where.Precision = 99 },
			[]fxWant{fxErr("where.precision", place.ErrBadPrecision)}},
		{"second place without between", func(e *event.Event) { e.Where.Other = place.Ref{Name: "Sarmin"} },
			[]fxWant{fxWarn("where.other", event.ErrMismatch)}},

		// Text that could not be written as JSON unaltered.
		{"title not UTF-8", func(e *event.Event) { e.Title = "a\xffb" }, []fxWant{fxErr("title", event.ErrBadText)}},
		{"tag not UTF-8", func(e *event.Event) { e.Tags = []string{"\xff"} }, []fxWant{fxErr("tags[0]", event.ErrBadText)}},
		{"claim quote not UTF-8", func(e *event.Event) { e.Claims[0].Quote = "\xff" }, []fxWant{fxErr("claims[0].quote", event.ErrBadText)}},

		// Actor references on their own.
		{"malformed participant actor ID", func(e *event.Event) { e.Participants[0].Actor.ID = "US Forces" },
			[]fxWant{fxErr("participants[0].actor.id", event.ErrBadID)}},
		{"unregistered participant actor kind", func(e *event.Event) { e.Participants[0].Actor.Kind = "org.example/drone-unit" },
			[]fxWant{fxErr("participants[0].actor.kind", actor.ErrUnknownKind)}},
		{"latitude out of range", func(e *event.Event) { e.Where.Point = &place.Point{Lat: 95, Lon: 36.63393} },
			[]fxWant{fxErr("where.point", event.ErrBadPoint)}},
		{"longitude out of range", func(e *event.Event) { e.Where.Point = &place.Point{Lat: 35.93062, Lon: -180.5} },
			[]fxWant{fxErr("where.point", event.ErrBadPoint)}},
		{"point exactly (0,0)", func(e *event.Event) { e.Where.Point = &place.Point{} },
			[]fxWant{fxErr("where.point", event.ErrNullIsland)}},
		{"admin path out of order", func(e *event.Event) {
			p := e.Where.Place.Path
			p[0], p[1] = p[1], p[0] // governorate before country
		}, []fxWant{fxErr("where.place.path[1]", event.ErrAdminPath)}},
		{"admin path repeats a level", func(e *event.Event) { e.Where.Place.Path[2].Level = place.LevelAdmin1 },
			[]fxWant{fxErr("where.place.path[2]", event.ErrAdminPath)}},
		{"place level above its path", func(e *event.Event) { e.Where.Place.Level = place.LevelAdmin2 },
			[]fxWant{fxErr("where.place.level", event.ErrAdminPath)}},
		{"area in the path is outside the ladder", func(e *event.Event) {
			p := e.Where.Place.Path
			e.Where.Place.Path = append([]place.Unit{p[0], {Level: place.LevelArea, Name: "northwest Syria"}}, p[1:]...)
		}, nil},
		{"between names one place", func(e *event.Event) {
			e.Where = event.BetweenPlaces(fxIdlibRef(), place.Ref{}, place.PrecisionRegion)
		}, []fxWant{fxErr("where.other", event.ErrMissing)}},
		{"other place's path checked too", func(e *event.Event) {
			other := fxIdlibRef()
			other.Path[3].Level = place.LevelCountry
			e.Where = event.BetweenPlaces(fxIdlibRef(), other, place.PrecisionRegion)
		}, []fxWant{fxErr("where.other.path[3]", event.ErrAdminPath)}},

		// Casualties.
		{"low above best", func(e *event.Event) { e.Casualties[1].Count = casualty.Estimate(3, 1, 5) },
			[]fxWant{fxWarn("casualties[1].count", event.ErrCountOrder)}},
		{"best above high", func(e *event.Event) { e.Casualties[1].Count = casualty.Estimate(1, 5, 3) },
			[]fxWant{fxWarn("casualties[1].count", event.ErrCountOrder)}},
		{"negative count", func(e *event.Event) { e.Casualties[1].Count = casualty.Exactly(-1) },
			[]fxWant{fxErr("casualties[1].count", casualty.ErrNegative)}},
		{"count above MaxCount", func(e *event.Event) { e.Casualties[0].Count = casualty.AtLeast(casualty.MaxCount + 1) },
			[]fxWant{fxErr("casualties[0].count", casualty.ErrOverflow)}},
		{"range running backwards", func(e *event.Event) { e.Casualties[0].Count = casualty.Between(50, 40) },
			[]fxWant{fxErr("casualties[0].count", casualty.ErrBadCount)}}, // reported once: no order warning on top
		{"missing outcome", func(e *event.Event) { e.Casualties[0].Outcome = "" },
			[]fxWant{fxErr("casualties[0].outcome", event.ErrMissing)}},
		{"unregistered outcome", func(e *event.Event) { e.Casualties[0].Outcome = "org.example/maimed" },
			[]fxWant{fxErr("casualties[0].outcome", casualty.ErrUnknownOutcome)}},
		{"unregistered group", func(e *event.Event) { e.Casualties[0].Group = "org.example/farmers" },
			[]fxWant{fxErr("casualties[0].group", casualty.ErrUnknownGroup)}},

		// One-sided violence should name a civilian target: a warning, as
		// ACLED's own rows do not always (older rows target protesters,
		// put the victims in actor1, or lack actor2).
		{"one-sided without civilian target", func(e *event.Event) {
			e.Type = event.Attack
			e.Casualties = e.Casualties[:1] // drops the children figure
		}, []fxWant{fxWarn("participants", event.ErrNoTarget)}},
		{"one-sided parent type too", func(e *event.Event) {
			e.Type = event.ViolenceAgainstCivilians
			e.Casualties = e.Casualties[:1]
		}, []fxWant{fxWarn("participants", event.ErrNoTarget)}},
		{"one-sided with civilians as target", func(e *event.Event) {
			e.Type = event.Attack
			e.Casualties = e.Casualties[:1]
			e.Involve(civilians, event.Target, "sohr")
		}, nil},
		{"one-sided with civilians as target associate", func(e *event.Event) {
			e.Type = event.Attack
			e.Casualties = e.Casualties[:1]
			e.Involve(civilians, event.TargetAssociate)
		}, nil},
		{"one-sided with protesters as target (ACLED before 2019, inter 6)", func(e *event.Event) {
			e.Type = event.ViolenceAgainstCivilians
			e.Casualties = e.Casualties[:1]
			e.Involve(actor.Ref{Name: "Protesters (Ethiopia)", Kind: actor.KindProtesters}, event.Target)
		}, nil},
		{"one-sided with protesters as perpetrator (ACLED's older rows put victims in actor1)", func(e *event.Event) {
			e.Type = event.ViolenceAgainstCivilians
			e.Casualties = e.Casualties[:1]
			e.Involve(actor.Ref{Name: "Protesters (Zimbabwe)", Kind: actor.KindProtesters}, event.Perpetrator)
		}, []fxWant{fxWarn("participants", event.ErrNoTarget)}},
		{"one-sided with civilians only as observer", func(e *event.Event) {
			e.Type = event.Attack
			e.Casualties = e.Casualties[:1]
			e.Involve(civilians, event.Observer)
		}, []fxWant{fxWarn("participants", event.ErrNoTarget)}},
		{"one-sided with a civilian casualty figure", func(e *event.Event) {
			e.Type = event.Attack
			e.Casualties = e.Casualties[:1]
			e.Casualties[0].Group = casualty.Civilians
		}, nil},
		{"one-sided with a children casualty figure", func(e *event.Event) { e.Type = event.Attack }, nil},

		// Participants.
		{"participant without actor", func(e *event.Event) { e.Participants[0].Actor = actor.Ref{} },
			[]fxWant{fxErr("participants[0].actor", event.ErrMissing)}},
		{"participant without role", func(e *event.Event) { e.Participants[0].Role = "" },
			[]fxWant{fxErr("participants[0].role", event.ErrMissing)}},
		{"unregistered role", func(e *event.Event) { e.Participants[0].Role = "org.example/financier" },
			[]fxWant{fxErr("participants[0].role", event.ErrUnknownRole)}},

		// Citations and references to them.
		{"participant cites a missing citation", func(e *event.Event) { e.Participants[1].Citations = []string{"sohr", "sana"} },
			[]fxWant{fxErr("participants[1].citations[1]", event.ErrUnknownCitation)}},
		{"casualty cites a missing citation", func(e *event.Event) { e.Casualties[0].Citation = "sana" },
			[]fxWant{fxErr("casualties[0].citation", event.ErrUnknownCitation)}},
		{"claim cites a missing citation", func(e *event.Event) { e.Claims[0].Citation = "sana" },
			[]fxWant{fxErr("claims[0].citation", event.ErrUnknownCitation)}},
		{"relation cites a missing citation", func(e *event.Event) { e.Related[0].Citation = "sana" },
			[]fxWant{fxErr("related[0].citation", event.ErrUnknownCitation)}},
		{"duplicate citation ID", func(e *event.Event) {
			e.Cite(source.Citation{ID: "sohr", Source: fxSourceRef("sohr")})
		}, []fxWant{fxErr("citations[4].id", event.ErrDuplicate)}},
		{"citation without ID", func(e *event.Event) { e.Cite(source.Citation{Source: fxSourceRef("tass")}) },
			[]fxWant{fxErr("citations[4].id", source.ErrMissing)}},
		{"malformed citation ID", func(e *event.Event) { e.Cite(source.Citation{ID: "TASS 1", Source: fxSourceRef("tass")}) },
			[]fxWant{fxErr("citations[4].id", source.ErrBadID)}},
		{"citation names no source", func(e *event.Event) { e.Cite(source.Citation{ID: "anon"}) },
			[]fxWant{fxErr("citations[4].source.name", source.ErrMissing)}},
		{"citation source without ID: unresolved, as flat formats give it", func(e *event.Event) {
			e.Cite(source.Citation{ID: "anon", Source: source.Ref{Name: "Sources on the ground (unnamed)"}})
		}, nil},
		{"citation repeats a source in its chain", func(e *event.Event) {
			e.Cite(source.Citation{ID: "loop", Source: fxSourceRef("tass"), Via: []source.Ref{fxSourceRef("tass")}})
		}, []fxWant{fxErr("citations[4].via[0].id", source.ErrBadChain)}},
		{"citation published in the future", func(e *event.Event) { e.Citations[3].Published = fxDay(fxToday + 1) },
			[]fxWant{fxErr("citations[3].published", event.ErrFutureDate)}},
		{"no citation", func(e *event.Event) {
			e.Citations = nil
			e.Claims = nil
			for i := range e.Participants {
				e.Participants[i].Citations = nil
			}
			for i := range e.Casualties {
				e.Casualties[i].Citation = ""
			}
			e.Related[0].Citation = ""
		}, []fxWant{fxWarn("citations", event.ErrNoCitation)}},

		// Claims.
		{"claim without citation", func(e *event.Event) { e.Claims[0].Citation = "" },
			[]fxWant{fxErr("claims[0].citation", event.ErrMissing)}},
		{"claim without kind", func(e *event.Event) { e.Claims[0].Kind = "" },
			[]fxWant{fxErr("claims[0].kind", event.ErrMissing)}},
		{"unregistered claim kind", func(e *event.Event) { e.Claims[0].Kind = "org.example/hints" },
			[]fxWant{fxErr("claims[0].kind", event.ErrUnknownClaim)}},
		{"claim without aspect", func(e *event.Event) { e.Claims[0].Aspect = "" },
			[]fxWant{fxErr("claims[0].aspect", event.ErrMissing)}},
		{"unregistered aspect", func(e *event.Event) { e.Claims[0].Aspect = "org.example/funding" },
			[]fxWant{fxErr("claims[0].aspect", event.ErrUnknownAspect)}},
		{"claim that says nothing", func(e *event.Event) { e.Claims[0].Value, e.Claims[0].Paraphrase = "", "" },
			[]fxWant{fxWarn("claims[0]", event.ErrMissing)}},
		{"claim with a quote only", func(e *event.Event) {
			e.Claims[0].Value, e.Claims[0].Paraphrase, e.Claims[0].Quote = "", "", "missile attack"
		}, nil},

		// Relations.
		{"relation without kind", func(e *event.Event) { e.Related[0].Kind = "" },
			[]fxWant{fxErr("related[0].kind", event.ErrMissing)}},
		{"unregistered relation kind", func(e *event.Event) { e.Related[0].Kind = "org.example/echoes" },
			[]fxWant{fxErr("related[0].kind", event.ErrUnknownRelation)}},
		{"relation without event", func(e *event.Event) { e.Related[0].Event = uuid.Nil },
			[]fxWant{fxErr("related[0].event", event.ErrMissing)}},
		{"relation to itself", func(e *event.Event) { e.Related[0].Event = e.ID },
			[]fxWant{fxErr("related[0].event", event.ErrBadID)}},

		// Tags and extensions.
		{"blank tag", func(e *event.Event) { e.Tags = []string{"idlib", " \t"} },
			[]fxWant{fxWarn("tags[1]", event.ErrMissing)}},
		{"good extension", func(e *event.Event) { e.Ext = event.Ext{"org.example/weapon": json.RawMessage(`{"kind":"missile"}`)} }, nil},
		{"bad extension key", func(e *event.Event) { e.Ext = event.Ext{"weapon": json.RawMessage(`"missile"`)} },
			[]fxWant{fxErr(`ext["weapon"]`, event.ErrBadExt)}},
		{"invalid extension JSON", func(e *event.Event) { e.Ext = event.Ext{"org.example/weapon": json.RawMessage(`{"kind":`)} },
			[]fxWant{fxErr(`ext["org.example/weapon"]`, event.ErrBadExt)}},
		{"empty extension value", func(e *event.Event) { e.Ext = event.Ext{"org.example/weapon": nil} },
			[]fxWant{fxErr(`ext["org.example/weapon"]`, event.ErrBadExt)}},
		{"extension problems in key order", func(e *event.Event) {
			e.Ext = event.Ext{"zulu": json.RawMessage(`1`), "alpha": json.RawMessage(`{`), "org.example/ok": json.RawMessage(`true`)}
		}, []fxWant{fxErr(`ext["alpha"]`, event.ErrBadExt), fxErr(`ext["alpha"]`, event.ErrBadExt), fxErr(`ext["zulu"]`, event.ErrBadExt)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := fxStrike()
			tc.mutate(&e)
			fxAssertProblems(t, tc.want, fxValidator().Event(&e))
		})
	}
}

// TestValidateEveryProblemAtOnce checks that Validate does not stop at the
// first problem and reports them in the order of the data.
func TestValidateEveryProblemAtOnce(t *testing.T) {
	e := fxStrike()
	e.ID = uuid.Nil
	e.Type = "org.example/drone-sighting"
	e.Where.Point = &place.Point{}
	e.Casualties[1].Count = casualty.Estimate(3, 1, 5)
	e.Claims[1].Citation = "sana"
	fxAssertProblems(t, []fxWant{
		fxErr("id", event.ErrMissing),
		fxErr("type", event.ErrUnknownType),
		fxErr("where.point", event.ErrNullIsland),
		fxWarn("casualties[1].count", event.ErrCountOrder),
		fxErr("claims[1].citation", event.ErrUnknownCitation),
	}, fxValidator().Event(&e))
}

func TestValidateMessages(t *testing.T) {
	e := fxStrike()
	e.Type = "org.example/drone-sighting"
	e.When = event.When{Start: fxStrikeDay, End: date.New(2019, time.August, 30), Precision: event.DateDays}
	ps := fxValidator().Event(&e)
	require.Len(t, ps, 2)
	assert.Equal(t, `type: error: event type "org.example/drone-sighting" is not registered`, ps[0].Error())
	assert.Equal(t, `when.end: error: end 2019-08-30 is before start 2019-08-31`, ps[1].Error())
}

func TestValidateZeroValidatorUsesToday(t *testing.T) {
	e := fxStrike()
	assert.Empty(t, e.Validate(), "2019 is in the past")

	e.When = event.On(date.New(9999, time.December, 31))
	fxAssertProblems(t, []fxWant{fxErr("when.start", event.ErrFutureDate), fxErr("when.end", event.ErrFutureDate)}, e.Validate())
}

func TestValidateZeroEvent(t *testing.T) {
	var e event.Event
	fxAssertProblems(t, []fxWant{
		fxErr("id", event.ErrMissing),
		fxErr("type", event.ErrMissing),
		fxWarn("when", event.ErrNoDate),
		fxWarn("where", event.ErrMissing),
		fxWarn("citations", event.ErrNoCitation),
	}, fxValidator().Event(&e))
}

// TestValidateRules checks that custom rules run after the built-in ones,
// see the event, and that their paths are used as given for an event and
// prefixed with "events[i]" inside a dataset.
func TestValidateCustomRule(t *testing.T) {
	errNoWeapon := errors.New("no weapon claim")
	rule := func(e *event.Event, r *event.Report) {
		for _, c := range e.Claims {
			if c.Aspect == event.AspectWeapon && c.Value != "" {
				return
			}
		}
		r.Warn("claims", errNoWeapon, "no source names the weapon of %s", e.Title)
		r.Error("", errNoWeapon, "whole event")
		r.Error("[0]", errNoWeapon, "index path")
	}
	v := fxValidator()
	v.Rules = []event.Rule{rule}

	e := fxStrike()
	assert.Empty(t, v.Event(&e), "the SOHR claim names the weapon")

	e.Claims = e.Claims[1:]
	e.Type = "" // a built-in problem comes first
	ps := v.Event(&e)
	fxAssertProblems(t, []fxWant{
		fxErr("type", event.ErrMissing),
		fxWarn("claims", errNoWeapon),
		fxErr("", errNoWeapon),
		fxErr("[0]", errNoWeapon),
	}, ps)
	assert.Equal(t, "no source names the weapon of US strike on a training camp near Idlib city", ps[1].Message)

	d := fxDataset()
	d.Events[1].Claims = d.Events[1].Claims[1:]
	fxAssertProblems(t, []fxWant{
		fxWarn("events[0].claims", errNoWeapon), // the raid has no claims at all
		fxErr("events[0]", errNoWeapon),
		fxErr("events[0][0]", errNoWeapon),
		fxWarn("events[1].claims", errNoWeapon),
		fxErr("events[1]", errNoWeapon),
		fxErr("events[1][0]", errNoWeapon),
	}, v.Dataset(d))
}
