package event

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// acledTaxonomy is REFERENCE.md §1.5 typed out independently of type.go:
// every ACLED event type and sub-event type with the code it must get.
var acledTaxonomy = []struct {
	typ          Type
	code         string
	eventType    string
	subEventType string
	parent       Type
}{
	{Battles, "battles", "Battles", "", ""},
	{ArmedClash, "armed-clash", "Battles", "Armed clash", Battles},
	{GovernmentRegainsTerritory, "government-regains-territory", "Battles", "Government regains territory", Battles},
	{NonStateActorOvertakesTerritory, "non-state-actor-overtakes-territory", "Battles", "Non-state actor overtakes territory", Battles},
	{ExplosionsRemoteViolence, "explosions-remote-violence", "Explosions/Remote violence", "", ""},
	{ChemicalWeapon, "chemical-weapon", "Explosions/Remote violence", "Chemical weapon", ExplosionsRemoteViolence},
	{AirDroneStrike, "air-drone-strike", "Explosions/Remote violence", "Air/drone strike", ExplosionsRemoteViolence},
	{SuicideBomb, "suicide-bomb", "Explosions/Remote violence", "Suicide bomb", ExplosionsRemoteViolence},
	{ShellingArtilleryMissileAttack, "shelling-artillery-missile-attack", "Explosions/Remote violence", "Shelling/artillery/missile attack", ExplosionsRemoteViolence},
	{RemoteExplosiveLandmineIED, "remote-explosive-landmine-ied", "Explosions/Remote violence", "Remote explosive/landmine/IED", ExplosionsRemoteViolence},
	{Grenade, "grenade", "Explosions/Remote violence", "Grenade", ExplosionsRemoteViolence},
	{ViolenceAgainstCivilians, "violence-against-civilians", "Violence against civilians", "", ""},
	{SexualViolence, "sexual-violence", "Violence against civilians", "Sexual violence", ViolenceAgainstCivilians},
	{Attack, "attack", "Violence against civilians", "Attack", ViolenceAgainstCivilians},
	{AbductionForcedDisappearance, "abduction-forced-disappearance", "Violence against civilians", "Abduction/forced disappearance", ViolenceAgainstCivilians},
	{Protests, "protests", "Protests", "", ""},
	{PeacefulProtest, "peaceful-protest", "Protests", "Peaceful protest", Protests},
	{ProtestWithIntervention, "protest-with-intervention", "Protests", "Protest with intervention", Protests},
	{ExcessiveForceAgainstProtesters, "excessive-force-against-protesters", "Protests", "Excessive force against protesters", Protests},
	{Riots, "riots", "Riots", "", ""},
	{ViolentDemonstration, "violent-demonstration", "Riots", "Violent demonstration", Riots},
	{MobViolence, "mob-violence", "Riots", "Mob violence", Riots},
	{StrategicDevelopments, "strategic-developments", "Strategic developments", "", ""},
	{Agreement, "agreement", "Strategic developments", "Agreement", StrategicDevelopments},
	{Arrests, "arrests", "Strategic developments", "Arrests", StrategicDevelopments},
	{ChangeToGroupActivity, "change-to-group-activity", "Strategic developments", "Change to group/activity", StrategicDevelopments},
	{DisruptedWeaponsUse, "disrupted-weapons-use", "Strategic developments", "Disrupted weapons use", StrategicDevelopments},
	{HeadquartersOrBaseEstablished, "headquarters-or-base-established", "Strategic developments", "Headquarters or base established", StrategicDevelopments},
	{LootingPropertyDestruction, "looting-property-destruction", "Strategic developments", "Looting/property destruction", StrategicDevelopments},
	{NonViolentTransferOfTerritory, "non-violent-transfer-of-territory", "Strategic developments", "Non-violent transfer of territory", StrategicDevelopments},
	{OtherDevelopment, "other-development", "Strategic developments", "Other", StrategicDevelopments},
}

func TestACLEDTaxonomyComplete(t *testing.T) {
	var events, subs int
	for _, tc := range acledTaxonomy {
		if tc.subEventType == "" {
			events++
		} else {
			subs++
		}
	}
	// REFERENCE.md §1.5: 6 event types, 3 + 6 + 3 + 3 + 2 + 8 = 25 sub-event types.
	require.Equal(t, 6, events)
	require.Equal(t, 25, subs)
}

func TestACLEDTaxonomyBothWays(t *testing.T) {
	for _, tc := range acledTaxonomy {
		t.Run(tc.code, func(t *testing.T) {
			assert.Equal(t, tc.code, string(tc.typ))
			info, ok := tc.typ.Info()
			require.True(t, ok)
			assert.Equal(t, tc.typ, info.Code)
			assert.Equal(t, ACLEDType{tc.eventType, tc.subEventType}, info.ACLED)
			assert.Equal(t, tc.parent, info.Parent)
			assert.Equal(t, tc.parent, tc.typ.Parent())

			got, err := TypeFromACLED(info.ACLED.EventType, info.ACLED.SubEventType)
			require.NoError(t, err)
			assert.Equal(t, tc.typ, got)

			parsed, err := ParseType(tc.code)
			require.NoError(t, err)
			assert.Equal(t, tc.typ, parsed)
		})
	}
}

func TestTypesOrder(t *testing.T) {
	all := Types()
	require.GreaterOrEqual(t, len(all), 34)
	want := make([]Type, 0, 34)
	for _, tc := range acledTaxonomy {
		want = append(want, tc.typ)
	}
	want = append(want, Campaign, ArmedConflict, Displacement)
	assert.Equal(t, want, all[:34])
}

func TestSDKTypes(t *testing.T) {
	for _, tc := range []struct {
		typ  Type
		code string
	}{
		{Campaign, "campaign"},
		{ArmedConflict, "armed-conflict"},
		{Displacement, "displacement"},
	} {
		t.Run(tc.code, func(t *testing.T) {
			assert.Equal(t, tc.code, string(tc.typ))
			info, ok := tc.typ.Info()
			require.True(t, ok)
			assert.True(t, info.ACLED.IsZero(), "ACLED does not code %s", tc.code)
			assert.Equal(t, Type(""), info.Parent)
			assert.Contains(t, info.Description, "SDK addition")
		})
	}
}

func TestBuiltinInfoComplete(t *testing.T) {
	for _, typ := range Types()[:34] {
		t.Run(string(typ), func(t *testing.T) {
			info, ok := typ.Info()
			require.True(t, ok)
			assert.NotEmpty(t, info.Label)
			assert.NotEmpty(t, info.Description)
			assert.NoError(t, checkCrosswalks(info))
			// Only violence against civilians is one-sided.
			assert.Equal(t, typ.Within(ViolenceAgainstCivilians), info.OneSided)
		})
	}
}

func TestCrosswalks(t *testing.T) {
	tests := []struct {
		typ      Type
		plover   string
		cameo    string
		ucdp     []int
		disorder []Disorder
		oneSided bool
	}{
		{Battles, "ASSAULT", "19", []int{1, 2}, []Disorder{DisorderPoliticalViolence}, false},
		{ArmedClash, "ASSAULT:firearms", "19", []int{1, 2}, []Disorder{DisorderPoliticalViolence}, false},
		{GovernmentRegainsTerritory, "ASSAULT", "19", []int{1}, []Disorder{DisorderPoliticalViolence}, false},
		{AirDroneStrike, "ASSAULT:aerial", "19", []int{1, 2, 3}, []Disorder{DisorderPoliticalViolence}, false},
		{ShellingArtilleryMissileAttack, "ASSAULT:heavy-weapons", "19", []int{1, 2, 3}, []Disorder{DisorderPoliticalViolence}, false},
		{SuicideBomb, "ASSAULT:suicide-attack", "18", []int{1, 2, 3}, []Disorder{DisorderPoliticalViolence}, false},
		{ChemicalWeapon, "ASSAULT:unconventional", "20", []int{1, 2, 3}, []Disorder{DisorderPoliticalViolence}, false},
		{RemoteExplosiveLandmineIED, "ASSAULT:explosives", "18", []int{1, 2, 3}, []Disorder{DisorderPoliticalViolence}, false},
		{ExplosionsRemoteViolence, "ASSAULT", "", []int{1, 2, 3}, []Disorder{DisorderPoliticalViolence}, false},
		{ViolenceAgainstCivilians, "ASSAULT", "18", []int{3}, []Disorder{DisorderPoliticalViolence}, true},
		{Attack, "ASSAULT", "18", []int{3}, []Disorder{DisorderPoliticalViolence}, true},
		{SexualViolence, "ASSAULT:sexual", "18", []int{3}, []Disorder{DisorderPoliticalViolence}, true},
		{AbductionForcedDisappearance, "ASSAULT:abduct", "18", []int{3}, []Disorder{DisorderPoliticalViolence}, true},
		{Protests, "PROTEST:demo", "14", nil, []Disorder{DisorderDemonstrations}, false},
		{PeacefulProtest, "PROTEST:demo", "14", nil, []Disorder{DisorderDemonstrations}, false},
		{ExcessiveForceAgainstProtesters, "ASSAULT:crowd-control", "17", []int{3}, []Disorder{DisorderPoliticalViolence, DisorderDemonstrations}, false},
		{ViolentDemonstration, "PROTEST:riot", "14", nil, []Disorder{DisorderDemonstrations}, false},
		{MobViolence, "ASSAULT:primitive", "18", []int{2}, []Disorder{DisorderPoliticalViolence}, false},
		{StrategicDevelopments, "", "", nil, []Disorder{DisorderStrategicDevelopments}, false},
		{Agreement, "AGREE", "05", nil, []Disorder{DisorderStrategicDevelopments}, false},
		{Arrests, "COERCE:arrest", "17", nil, []Disorder{DisorderStrategicDevelopments}, false},
		{NonViolentTransferOfTerritory, "RETREAT:withdraw", "08", nil, []Disorder{DisorderStrategicDevelopments}, false},
		{DisruptedWeaponsUse, "", "", nil, []Disorder{DisorderStrategicDevelopments}, false},
		{OtherDevelopment, "", "", nil, []Disorder{DisorderStrategicDevelopments}, false},
		{Displacement, "", "", nil, nil, false},
	}
	for _, tc := range tests {
		t.Run(string(tc.typ), func(t *testing.T) {
			info, ok := tc.typ.Info()
			require.True(t, ok)
			assert.Equal(t, tc.plover, info.PLOVER.String())
			assert.Equal(t, tc.cameo, info.CAMEO)
			assert.Equal(t, tc.ucdp, info.UCDP)
			assert.Equal(t, tc.disorder, info.Disorder)
			assert.Equal(t, tc.oneSided, info.OneSided)
		})
	}
}

func TestTypeFromACLED(t *testing.T) {
	tests := []struct {
		name, event, sub string
		want             Type
	}{
		{"exact", "Explosions/Remote violence", "Air/drone strike", AirDroneStrike},
		{"event type alone", "Battles", "", Battles},
		{"lower case", "explosions/remote violence", "air/drone strike", AirDroneStrike},
		{"upper case", "STRATEGIC DEVELOPMENTS", "OTHER", OtherDevelopment},
		{"protesters", "Protests", "Excessive force against protesters", ExcessiveForceAgainstProtesters},
		{"protestors (acledR)", "Protests", "Excessive force against protestors", ExcessiveForceAgainstProtesters},
		{"protestors any case", "PROTESTS", "Excessive Force Against Protestors", ExcessiveForceAgainstProtesters},
		{"2016 riots/protests", "Riots/Protests", "", Protests},
		{"2016 remote violence", "Remote violence", "", ExplosionsRemoteViolence},
		{"2016 battle no change", "Battle-No change of territory", "", ArmedClash},
		{"2016 battle government", "Battle-Government regains territory", "", GovernmentRegainsTerritory},
		{"2016 transfer", "Non-violent transfer of territory", "", NonViolentTransferOfTerritory},
		{"2016 strategic singular", "Strategic development", "", StrategicDevelopments},
		{"2016 violence against civilians", "Violence against civilians", "", ViolenceAgainstCivilians},
		{"v5 headquarters", "Headquarters or base established", "", HeadquartersOrBaseEstablished},
		{"v5 non-state actor takes territory", "Battle-Non-state actor overtakes territory", "", NonStateActorOvertakesTerritory},
		{"v5 non-state, lower-case n (All Africa 1997-2013)", "Battle-non-state actor overtakes territory", "", NonStateActorOvertakesTerritory},
		{"v5 battle, capital C (All Africa 1997-2013)", "Battle-No Change of territory", "", ArmedClash},
		{"v5 upper case", "REMOTE VIOLENCE", "", ExplosionsRemoteViolence},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := TypeFromACLED(tc.event, tc.sub)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestTypeFromACLEDErrors(t *testing.T) {
	tests := []struct {
		name, event, sub string
	}{
		{"empty", "", ""},
		{"sub without event type", "", "Air/drone strike"},
		{"unknown event type", "Explosions", ""},
		{"sub of another type", "Battles", "Grenade"},
		{"unknown sub", "Battles", "Skirmish"},
		{"leading space", " Battles", ""},
		{"trailing space in sub", "Battles", "Armed clash "},
		{"code instead of label", "battles", "armed-clash"},
		{"legacy type with a sub", "Remote violence", "Air/drone strike"},
		{"legacy battle type with a sub", "Battle-Non-state actor overtakes territory", "Armed clash"},
		{"Kelvin sign folds to k only in Unicode", "Battles", "Armed clash\u212a"},
		{"protestors only in the sub-event type", "Protestors", ""},
		{"other alone", "Other", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := TypeFromACLED(tc.event, tc.sub)
			assert.ErrorIs(t, err, ErrUnknownType)
			assert.Equal(t, Type(""), got)
		})
	}
	_, err := TypeFromACLED("Battles", "Grenade")
	assert.EqualError(t, err, `event: unknown ACLED event type "Battles", sub-event type "Grenade": unknown event type`)
}

func TestParseType(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Type
		wantErr error
	}{
		{"sub-event type", "air-drone-strike", AirDroneStrike, nil},
		{"event type", "battles", Battles, nil},
		{"SDK type", "armed-conflict", ArmedConflict, nil},
		{"empty", "", "", ErrUnknownType},
		{"ACLED label", "Air/drone strike", "", ErrUnknownType},
		{"upper case", "BATTLES", "", ErrUnknownType},
		{"padded", " battles", "", ErrUnknownType},
		{"well formed but unregistered", "org.example/never-registered", "", ErrUnknownType},
		{"bare other", "other", "", ErrUnknownType},
		{"trailing separator", "battles-", "", ErrUnknownType},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseType(tc.in)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
			} else {
				assert.NoError(t, err)
			}
			assert.Equal(t, tc.want, got)
		})
	}
	_, err := ParseType("kiled")
	assert.EqualError(t, err, `event: event type "kiled": unknown event type`)
}

func TestTypeMethods(t *testing.T) {
	assert.Equal(t, "air-drone-strike", AirDroneStrike.String())
	assert.Equal(t, "Air/drone strike", AirDroneStrike.Label())
	assert.Equal(t, "Other strategic development", OtherDevelopment.Label())
	assert.Equal(t, "org.example/unregistered", Type("org.example/unregistered").Label())
	assert.True(t, AirDroneStrike.Known())
	assert.False(t, Type("org.example/unregistered").Known())
	assert.False(t, Type("").Known())
	assert.True(t, Type("").IsZero())
	assert.False(t, Battles.IsZero())
	assert.Equal(t, Type(""), Battles.Parent())
	assert.Equal(t, Type(""), Type("org.example/unregistered").Parent())
	_, ok := Type("org.example/unregistered").Info()
	assert.False(t, ok)
}

func TestTypeWithin(t *testing.T) {
	tests := []struct {
		name     string
		t, anc   Type
		expected bool
	}{
		{"itself", Battles, Battles, true},
		{"child", AirDroneStrike, ExplosionsRemoteViolence, true},
		{"sibling tree", AirDroneStrike, Battles, false},
		{"parent within child", ExplosionsRemoteViolence, AirDroneStrike, false},
		{"empty ancestor", Battles, "", false},
		{"empty type", "", Battles, false},
		{"unregistered", "org.example/x", Battles, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.expected, tc.t.Within(tc.anc))
		})
	}
}

func TestTypeText(t *testing.T) {
	b, err := AirDroneStrike.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "air-drone-strike", string(b))

	b, err = Type("").MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(b))

	_, err = Type("Air strike").MarshalText()
	assert.ErrorIs(t, err, ErrUnknownType)

	tests := []struct {
		name    string
		in      string
		want    Type
		wantErr error
	}{
		{"registered", "grenade", Grenade, nil},
		{"unregistered extension kept", "org.example/drone-sighting", "org.example/drone-sighting", nil},
		{"empty", "", "", nil},
		{"malformed", "Grenade", "", ErrUnknownType},
		{"space", "air drone", "", ErrUnknownType},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Type("sentinel-before")
			err := got.UnmarshalText([]byte(tc.in))
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.Equal(t, Type("sentinel-before"), got, "unchanged on error")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestTypeJSONRoundTrip(t *testing.T) {
	type doc struct {
		Type     Type       `json:"type,omitzero"`
		Disorder []Disorder `json:"disorder,omitempty"`
	}
	tests := []struct {
		name string
		in   doc
		json string
	}{
		{"built-in", doc{AirDroneStrike, []Disorder{DisorderPoliticalViolence}}, `{"type":"air-drone-strike","disorder":["political-violence"]}`},
		{"two disorders", doc{ExcessiveForceAgainstProtesters, []Disorder{DisorderPoliticalViolence, DisorderDemonstrations}},
			`{"type":"excessive-force-against-protesters","disorder":["political-violence","demonstrations"]}`},
		{"extension", doc{Type: "org.example/drone-sighting"}, `{"type":"org.example/drone-sighting"}`},
		{"empty", doc{}, `{}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.in)
			require.NoError(t, err)
			assert.JSONEq(t, tc.json, string(b))
			var back doc
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tc.in, back)
		})
	}
	var d doc
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"type":"Air strike"}`), &d), ErrUnknownType)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"disorder":["riots"]}`), &d), ErrUnknownCode)
	_, err := json.Marshal(doc{Disorder: []Disorder{"riots"}})
	assert.ErrorIs(t, err, ErrUnknownCode)
}

// registrations numbers the codes tests register, so that the default
// registry (which only grows) accepts them again under go test -count=N.
var registrations atomic.Int64

func uniqueCode(prefix string) Type {
	return Type(fmt.Sprintf("%s-%d", prefix, registrations.Add(1)))
}

func TestRegisterType(t *testing.T) {
	code := uniqueCode("org.example/test-drone-sighting")
	child := uniqueCode("org.example/test-swarm")
	info := TypeInfo{
		Code:        code,
		Label:       "Drone sighting",
		Description: "A drone is seen, without an attack.",
		Parent:      ExplosionsRemoteViolence,
		Disorder:    []Disorder{DisorderStrategicDevelopments},
		UCDP:        []int{1},
		PLOVER:      PLOVERCode{"MOBILIZE", "weapons"},
		CAMEO:       "15",
	}
	require.NoError(t, RegisterType(info))

	got, err := ParseType(string(code))
	require.NoError(t, err)
	assert.Equal(t, info.Code, got)
	assert.Equal(t, ExplosionsRemoteViolence, got.Parent())
	assert.Equal(t, "Drone sighting", got.Label())
	assert.True(t, got.Within(ExplosionsRemoteViolence))
	assert.Equal(t, got, Types()[len(Types())-1], "extensions come last")
	back, ok := got.Info()
	require.True(t, ok)
	assert.Equal(t, info, back)

	// The registry keeps its own copies of the slices.
	info.Disorder[0] = DisorderDemonstrations
	back.UCDP[0] = 3
	again, _ := got.Info()
	assert.Equal(t, []Disorder{DisorderStrategicDevelopments}, again.Disorder)
	assert.Equal(t, []int{1}, again.UCDP)

	// An extension's ACLED labels do not teach TypeFromACLED new labels.
	_, err = TypeFromACLED("Drone sighting", "")
	assert.ErrorIs(t, err, ErrUnknownType)

	// A child of the extension.
	require.NoError(t, RegisterType(TypeInfo{Code: child, Parent: code}))
	assert.True(t, child.Within(ExplosionsRemoteViolence))
	assert.Equal(t, string(child), child.Label(), "no label: the code")
}

func TestRegisterTypeErrors(t *testing.T) {
	tests := []struct {
		name    string
		info    TypeInfo
		wantErr error
	}{
		{"duplicate built-in", TypeInfo{Code: Battles}, ErrDuplicate},
		{"empty code", TypeInfo{}, ErrUnknownType},
		{"malformed code", TypeInfo{Code: "Drone Sighting"}, ErrUnknownType},
		{"unknown parent", TypeInfo{Code: "org.example/test-orphan", Parent: "org.example/test-nobody"}, ErrUnknownType},
		{"unknown disorder", TypeInfo{Code: "org.example/test-bad", Disorder: []Disorder{"riots"}}, ErrUnknownCode},
		{"UCDP 0", TypeInfo{Code: "org.example/test-bad", UCDP: []int{0}}, ErrUnknownCode},
		{"UCDP 4", TypeInfo{Code: "org.example/test-bad", UCDP: []int{4}}, ErrUnknownCode},
		{"UCDP repeated", TypeInfo{Code: "org.example/test-bad", UCDP: []int{1, 1}}, ErrUnknownCode},
		{"PLOVER category unknown", TypeInfo{Code: "org.example/test-bad", PLOVER: PLOVERCode{"FIGHT", ""}}, ErrUnknownCode},
		{"PLOVER category lower case", TypeInfo{Code: "org.example/test-bad", PLOVER: PLOVERCode{"assault", ""}}, ErrUnknownCode},
		{"PLOVER mode of another category", TypeInfo{Code: "org.example/test-bad", PLOVER: PLOVERCode{"ASSAULT", "arrest"}}, ErrUnknownCode},
		{"PLOVER mode without category", TypeInfo{Code: "org.example/test-bad", PLOVER: PLOVERCode{"", "aerial"}}, ErrUnknownCode},
		{"PLOVER mode on category without modes", TypeInfo{Code: "org.example/test-bad", PLOVER: PLOVERCode{"AGREE", "demo"}}, ErrUnknownCode},
		{"CAMEO three digits", TypeInfo{Code: "org.example/test-bad", CAMEO: "195"}, ErrUnknownCode},
		{"CAMEO one digit", TypeInfo{Code: "org.example/test-bad", CAMEO: "9"}, ErrUnknownCode},
		{"CAMEO 00", TypeInfo{Code: "org.example/test-bad", CAMEO: "00"}, ErrUnknownCode},
		{"CAMEO 21", TypeInfo{Code: "org.example/test-bad", CAMEO: "21"}, ErrUnknownCode},
		{"CAMEO letters", TypeInfo{Code: "org.example/test-bad", CAMEO: "1a"}, ErrUnknownCode},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := len(Types())
			err := RegisterType(tc.info)
			assert.ErrorIs(t, err, tc.wantErr)
			assert.Len(t, Types(), before, "nothing registered")
		})
	}
	assert.False(t, Type("org.example/test-bad").Known())
}

func TestRegisterTypeConcurrent(t *testing.T) {
	// Run with -race: registering and reading at once must be safe, and a
	// code seen as Known must have its Info.
	var wg sync.WaitGroup
	codes := make([]Type, 8)
	for i := range codes {
		wg.Add(2)
		code := uniqueCode("org.example/test-concurrent")
		codes[i] = code
		go func() {
			defer wg.Done()
			assert.NoError(t, RegisterType(TypeInfo{Code: code, Parent: Battles, UCDP: []int{1}}))
		}()
		go func() {
			defer wg.Done()
			for range 100 {
				if code.Known() {
					_, ok := code.Info()
					assert.True(t, ok)
				}
				_ = Types()
				_ = AirDroneStrike.Label()
			}
		}()
	}
	wg.Wait()
	for _, code := range codes {
		assert.True(t, slices.Contains(Types(), code))
	}
}

func TestPLOVERCode(t *testing.T) {
	assert.Equal(t, "ASSAULT:aerial", PLOVERCode{"ASSAULT", "aerial"}.String())
	assert.Equal(t, "AGREE", PLOVERCode{"AGREE", ""}.String())
	assert.Equal(t, "", PLOVERCode{}.String())
	assert.True(t, PLOVERCode{}.IsZero())
	assert.False(t, PLOVERCode{"AGREE", ""}.IsZero())
	assert.True(t, ACLEDType{}.IsZero())
	assert.False(t, ACLEDType{"Battles", ""}.IsZero())
}

func TestDisorder(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Disorder
		label   string
		wantErr error
	}{
		{"political violence", "political-violence", DisorderPoliticalViolence, "Political violence", nil},
		{"demonstrations", "demonstrations", DisorderDemonstrations, "Demonstrations", nil},
		{"strategic developments", "strategic-developments", DisorderStrategicDevelopments, "Strategic developments", nil},
		{"empty", "", "", "", ErrUnknownCode},
		{"ACLED label is not the code", "Political violence", "", "", ErrUnknownCode},
		{"upper case", "DEMONSTRATIONS", "", "", ErrUnknownCode},
		{"singular", "strategic-development", "", "", ErrUnknownCode},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseDisorder(tc.in)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.Equal(t, Disorder(""), got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.label, got.Label())
			assert.Equal(t, tc.in, got.String())
			assert.True(t, got.Known())
			assert.False(t, got.IsZero())
		})
	}
	assert.Equal(t, []Disorder{DisorderPoliticalViolence, DisorderDemonstrations, DisorderStrategicDevelopments}, Disorders())
	assert.Equal(t, "riots", Disorder("riots").Label())
	assert.False(t, Disorder("riots").Known())
	assert.True(t, Disorder("").IsZero())
	_, err := ParseDisorder("riots")
	assert.EqualError(t, err, `event: unknown disorder type "riots": unregistered code`)
}

func TestDisorderFromACLED(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Disorder
		wantErr error
	}{
		{"political violence", "Political violence", DisorderPoliticalViolence, nil},
		{"demonstrations", "Demonstrations", DisorderDemonstrations, nil},
		{"strategic developments", "Strategic developments", DisorderStrategicDevelopments, nil},
		{"lower case", "political violence", DisorderPoliticalViolence, nil},
		{"two joined must be split first", "Political violence; Demonstrations", "", ErrUnknownCode},
		{"code is not a label", "political-violence", "", ErrUnknownCode},
		{"empty", "", "", ErrUnknownCode},
		{"padded", " Demonstrations", "", ErrUnknownCode},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DisorderFromACLED(tc.in)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
			} else {
				assert.NoError(t, err)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestDisorderText(t *testing.T) {
	var d Disorder = "x"
	require.NoError(t, d.UnmarshalText(nil))
	assert.Equal(t, Disorder(""), d)
	require.NoError(t, d.UnmarshalText([]byte("demonstrations")))
	assert.Equal(t, DisorderDemonstrations, d)
	assert.ErrorIs(t, d.UnmarshalText([]byte("Demonstrations")), ErrUnknownCode)
	assert.Equal(t, DisorderDemonstrations, d, "unchanged on error")

	b, err := Disorder("").MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(b))
	b, err = DisorderStrategicDevelopments.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "strategic-developments", string(b))
}

func FuzzParseType(f *testing.F) {
	for _, s := range []string{"air-drone-strike", "battles", "", "Air/drone strike", "org.example/drone-sighting", "a-", "other", "armed-conflict"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		typ, err := ParseType(s)
		if err == nil {
			if !typ.Known() || typ.String() != s {
				t.Fatalf("ParseType(%q) = %q, not registered or not the input", s, typ)
			}
			again, err := ParseType(typ.String())
			if err != nil || again != typ {
				t.Fatalf("round trip of %q: %q, %v", s, again, err)
			}
		} else if !errors.Is(err, ErrUnknownType) {
			t.Fatalf("ParseType(%q): error %v does not wrap ErrUnknownType", s, err)
		}

		// UnmarshalText accepts more (unregistered codes) but must round-trip.
		var u Type
		if err := u.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, ErrUnknownType) {
				t.Fatalf("UnmarshalText(%q): error %v does not wrap ErrUnknownType", s, err)
			}
			return
		}
		b, err := u.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%q) after UnmarshalText: %v", u, err)
		}
		if string(b) != s {
			t.Fatalf("text round trip: %q became %q", s, b)
		}
	})
}

func FuzzTypeFromACLED(f *testing.F) {
	f.Add("Explosions/Remote violence", "Air/drone strike")
	f.Add("Protests", "Excessive force against protestors")
	f.Add("Riots/Protests", "")
	f.Add("Battles", "Grenade")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, event, sub string) {
		typ, err := TypeFromACLED(event, sub)
		if err != nil {
			if !errors.Is(err, ErrUnknownType) {
				t.Fatalf("TypeFromACLED(%q, %q): error %v does not wrap ErrUnknownType", event, sub, err)
			}
			return
		}
		info, ok := typ.Info()
		if !ok {
			t.Fatalf("TypeFromACLED(%q, %q) = %q, not registered", event, sub, typ)
		}
		// The labels written back must read back as the same type.
		back, err := TypeFromACLED(info.ACLED.EventType, info.ACLED.SubEventType)
		if err != nil || back != typ {
			t.Fatalf("ACLED round trip of %q: %q, %v", typ, back, err)
		}
	})
}

func FuzzParseDisorder(f *testing.F) {
	for _, s := range []string{"political-violence", "demonstrations", "Political violence", "", "riots"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, err := ParseDisorder(s); err == nil {
			if again, err := ParseDisorder(d.String()); err != nil || again != d {
				t.Fatalf("round trip of %q: %q, %v", s, again, err)
			}
		} else if !errors.Is(err, ErrUnknownCode) {
			t.Fatalf("ParseDisorder(%q): %v", s, err)
		}
		if d, err := DisorderFromACLED(s); err == nil {
			if again, err := DisorderFromACLED(d.Label()); err != nil || again != d {
				t.Fatalf("ACLED round trip of %q: %q, %v", s, again, err)
			}
		}
		var d Disorder
		if err := d.UnmarshalText([]byte(s)); err == nil {
			b, err := d.MarshalText()
			if err != nil || string(b) != s {
				t.Fatalf("text round trip of %q: %q, %v", s, b, err)
			}
		}
	})
}
