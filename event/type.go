package event

import (
	"fmt"
	"slices"
	"sync"

	"github.com/conflictkit/conflict/internal/vocab"
)

// Type is an event type code from the SDK's hierarchical taxonomy, such as
// "air-drone-strike". It is an open set: the built-in codes below cover
// ACLED's 6 event types and 25 sub-event types plus three SDK additions, and
// downstream code may add more with RegisterType.
//
// The zero value means "type not stated". Codes are lower-case kebab slugs;
// extension codes should be namespaced ("org.example/drone-sighting").
//
// Each registered type carries a TypeInfo with crosswalks to ACLED, UCDP GED
// type_of_violence, PLOVER category:mode and CAMEO root code. Crosswalks are
// approximate: the schemes cut the world differently (UCDP classifies by who
// fights whom, PLOVER and CAMEO by the act, ACLED by a mix of both), so a
// crosswalk names the nearest fit, not an equivalence.
type Type string

// The six ACLED event types (top level; ACLED codebook 2019 onward).
const (
	Battles                  Type = "battles"                    // ACLED "Battles"
	ExplosionsRemoteViolence Type = "explosions-remote-violence" // ACLED "Explosions/Remote violence"
	ViolenceAgainstCivilians Type = "violence-against-civilians" // ACLED "Violence against civilians"
	Protests                 Type = "protests"                   // ACLED "Protests"
	Riots                    Type = "riots"                      // ACLED "Riots"
	StrategicDevelopments    Type = "strategic-developments"     // ACLED "Strategic developments"
)

// Sub-event types of Battles.
const (
	ArmedClash                      Type = "armed-clash"
	GovernmentRegainsTerritory      Type = "government-regains-territory"
	NonStateActorOvertakesTerritory Type = "non-state-actor-overtakes-territory"
)

// Sub-event types of ExplosionsRemoteViolence.
const (
	ChemicalWeapon                 Type = "chemical-weapon"
	AirDroneStrike                 Type = "air-drone-strike"
	SuicideBomb                    Type = "suicide-bomb"
	ShellingArtilleryMissileAttack Type = "shelling-artillery-missile-attack"
	RemoteExplosiveLandmineIED     Type = "remote-explosive-landmine-ied"
	Grenade                        Type = "grenade"
)

// Sub-event types of ViolenceAgainstCivilians.
const (
	SexualViolence               Type = "sexual-violence"
	Attack                       Type = "attack"
	AbductionForcedDisappearance Type = "abduction-forced-disappearance"
)

// Sub-event types of Protests. The code keeps ACLED's codebook spelling
// "protesters".
const (
	PeacefulProtest                 Type = "peaceful-protest"
	ProtestWithIntervention         Type = "protest-with-intervention"
	ExcessiveForceAgainstProtesters Type = "excessive-force-against-protesters"
)

// Sub-event types of Riots.
const (
	ViolentDemonstration Type = "violent-demonstration"
	MobViolence          Type = "mob-violence"
)

// Sub-event types of StrategicDevelopments. ACLED's catch-all sub-event type
// "Other" becomes OtherDevelopment, "other-development": a bare "other" code
// would be ambiguous next to extension types and other code sets.
const (
	Agreement                     Type = "agreement"
	Arrests                       Type = "arrests"
	ChangeToGroupActivity         Type = "change-to-group-activity"
	DisruptedWeaponsUse           Type = "disrupted-weapons-use"
	HeadquartersOrBaseEstablished Type = "headquarters-or-base-established"
	LootingPropertyDestruction    Type = "looting-property-destruction"
	NonViolentTransferOfTerritory Type = "non-violent-transfer-of-territory"
	OtherDevelopment              Type = "other-development"
)

// SDK additions: top-level types that ACLED does not code but that news
// reports routinely describe. They have no ACLED crosswalk.
const (
	// Campaign is a sustained military operation made of many incidents,
	// such as an offensive lasting months. Link its incidents to it with a
	// part-of relation.
	Campaign Type = "campaign"
	// ArmedConflict is a conflict as a whole, the subject of aggregate
	// figures such as a war's total death toll (in the spirit of UCDP's
	// aggregation events).
	ArmedConflict Type = "armed-conflict"
	// Displacement is people forced from their homes.
	Displacement Type = "displacement"
)

// ACLEDType holds the exact ACLED labels a type is written as. SubEventType
// is empty for an ACLED event type (top level). The zero value means ACLED
// has no equivalent.
type ACLEDType struct {
	EventType    string // e.g. "Explosions/Remote violence"
	SubEventType string // e.g. "Air/drone strike"; "" for an event type itself
}

// IsZero reports whether a has no ACLED labels.
func (a ACLEDType) IsZero() bool { return a == ACLEDType{} }

// PLOVERCode is a PLOVER event category and optional mode, such as
// {"ASSAULT", "aerial"}. The zero value means no PLOVER category fits.
type PLOVERCode struct {
	Category string // one of the 16 PLOVER categories, upper case: "ASSAULT"
	Mode     string // a mode of that category, lower case: "aerial"; may be empty
}

// IsZero reports whether p names no category.
func (p PLOVERCode) IsZero() bool { return p == PLOVERCode{} }

// String formats p as PLOVER writes it: "ASSAULT:aerial", "AGREE", or "".
func (p PLOVERCode) String() string {
	if p.Mode == "" {
		return p.Category
	}
	return p.Category + ":" + p.Mode
}

// TypeInfo describes a registered Type and its crosswalks to other schemes.
// All crosswalk fields are optional; empty means "no counterpart".
type TypeInfo struct {
	Code        Type   // the code, e.g. "air-drone-strike"
	Label       string // human-readable name, e.g. "Air/drone strike"
	Description string // what the type covers, briefly
	Parent      Type   // the broader type; empty for a top-level type

	// Disorder lists the ACLED disorder types this type normally falls
	// under (ACLED codes some sub-event types under two).
	Disorder []Disorder
	// ACLED holds the exact labels to write in ACLED's event_type and
	// sub_event_type columns (codebook spelling).
	ACLED ACLEDType
	// UCDP lists the candidate UCDP GED type_of_violence codes
	// (1 state-based, 2 non-state, 3 one-sided). Which one applies depends on
	// the actors, so this is a set of candidates, not a mapping.
	UCDP []int
	// PLOVER is the nearest PLOVER category and mode.
	PLOVER PLOVERCode
	// CAMEO is the nearest CAMEO root code as a two-digit string ("19"),
	// or "" when none fits. Kept as a string: CAMEO "010" is not "10".
	CAMEO string
	// OneSided marks violence against civilians: validation warns when
	// such an event names no civilian or protester as its target (see
	// ErrNoTarget).
	OneSided bool
	// Aggregate marks records that are not single incidents: a campaign of
	// many incidents, a whole war, a population or displacement figure over
	// months or years. ACLED records events by day and place, never
	// campaigns or wars, and UCDP GED codes incidents (its aggregation
	// events are a fallback for totals that cannot be split), so the ACLED
	// and UCDP writers do not write such records as incident rows unless
	// asked. A type registered under an aggregate type is one too:
	// RegisterType sets the flag.
	Aggregate bool
}

// Disorder is ACLED's disorder_type, the broadest grouping of event types.
// It is a closed set; the zero value means "not stated". One ACLED row may
// carry two disorder types, so collections of them are slices.
type Disorder string

// The three ACLED disorder types. The prefix keeps them apart from the
// event types of similar names (StrategicDevelopments is a Type).
const (
	DisorderPoliticalViolence     Disorder = "political-violence"     // ACLED "Political violence"
	DisorderDemonstrations        Disorder = "demonstrations"         // ACLED "Demonstrations"
	DisorderStrategicDevelopments Disorder = "strategic-developments" // ACLED "Strategic developments"
)

var disorderLabels = [...]struct {
	code  Disorder
	label string
}{
	{DisorderPoliticalViolence, "Political violence"},
	{DisorderDemonstrations, "Demonstrations"},
	{DisorderStrategicDevelopments, "Strategic developments"},
}

// ParseDisorder returns the Disorder whose code is exactly s
// ("political-violence", "demonstrations", "strategic-developments").
// Errors wrap ErrUnknownCode and quote s.
func ParseDisorder(s string) (Disorder, error) {
	for _, d := range disorderLabels {
		if string(d.code) == s {
			return d.code, nil
		}
	}
	return "", fmt.Errorf("event: unknown disorder type %q: %w", s, ErrUnknownCode)
}

// DisorderFromACLED returns the Disorder for one ACLED disorder_type label
// such as "Political violence", ignoring ASCII case. ACLED cells holding two
// labels joined by "; " must be split by the caller.
// Errors wrap ErrUnknownCode and quote s.
func DisorderFromACLED(s string) (Disorder, error) {
	if l, ok := asciiLower(s); ok {
		for _, d := range disorderLabels {
			if l2, _ := asciiLower(d.label); l2 == l {
				return d.code, nil
			}
		}
	}
	return "", fmt.Errorf("event: unknown ACLED disorder type %q: %w", s, ErrUnknownCode)
}

// Disorders returns the three disorder types in ACLED's order.
func Disorders() []Disorder {
	out := make([]Disorder, len(disorderLabels))
	for i, d := range disorderLabels {
		out[i] = d.code
	}
	return out
}

// String returns the code, e.g. "political-violence".
func (d Disorder) String() string { return string(d) }

// Label returns ACLED's label ("Political violence"), which is also what an
// ACLED file carries; for an unknown value it returns the code itself.
func (d Disorder) Label() string {
	for _, x := range disorderLabels {
		if x.code == d {
			return x.label
		}
	}
	return string(d)
}

// Known reports whether d is one of the three disorder types.
func (d Disorder) Known() bool {
	_, err := ParseDisorder(string(d))
	return err == nil
}

// IsZero reports whether d is unset.
func (d Disorder) IsZero() bool { return d == "" }

// MarshalText returns the code. It fails for a value that is not one of the
// three disorder types, so that nothing is written that cannot be read back.
func (d Disorder) MarshalText() ([]byte, error) {
	if d != "" && !d.Known() {
		return nil, fmt.Errorf("event: unknown disorder type %q: %w", string(d), ErrUnknownCode)
	}
	return []byte(d), nil
}

// UnmarshalText accepts one of the three codes; empty text gives the zero
// value. Disorder is a closed set, so unknown codes are errors.
func (d *Disorder) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = ""
		return nil
	}
	v, err := ParseDisorder(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// builtinTypes is the built-in taxonomy in registration order: each ACLED
// event type followed by its sub-event types, then the SDK additions.
//
// Crosswalk choices (approximate, see Type):
//   - UCDP: battles are state-based or non-state (1, 2) depending on whether
//     a government fights; remote violence may also hit civilians (1, 2, 3);
//     violence against civilians is one-sided (3); lethal repression of
//     protesters is one-sided in UCDP's terms (3); mob violence can only be
//     non-state (2), since UCDP's one-sided category needs a formally
//     organised perpetrator; protests and strategic developments have no
//     UCDP counterpart.
//   - PLOVER/CAMEO: armed fighting is ASSAULT with CAMEO 19 (FIGHT), the
//     mode naming the weapon where ACLED does (aerial 195, artillery 194);
//     bombings and attacks on people are CAMEO 18 (ASSAULT); chemical
//     weapons are ASSAULT:unconventional, CAMEO 20. The PLOVER manual maps
//     CAMEO 17 to COERCE, but PLOVER has the dedicated mode
//     ASSAULT:crowd-control for force against crowds, so excessive force
//     pairs ASSAULT:crowd-control with CAMEO 17 (175, violent repression).
//     Looting/property destruction is ASSAULT:destroy with CAMEO 17 (171,
//     seize or damage property) for the same reason.
//   - Agreement is PLOVER AGREE with CAMEO 05 (057, sign a formal
//     agreement): ACLED codes agreements that were reached, which CAMEO 03
//     (intent to cooperate) understates. At root level the PLOVER manual
//     sends 05 to SUPPORT, so this pair is not the manual's crosswalk.
//   - Explosions/Remote violence as a whole has no CAMEO root: its sub-event
//     types split between 18 (bombs, grenades) and 19 (strikes, shelling).
//   - Disorder: ACLED codes mob violence as political violence and
//     excessive force against protesters as both political violence and
//     demonstrations, so Riots as a whole lists both; the other sub-event
//     types follow their event type.
//   - OneSided is set for violence against civilians only. Excessive force
//     against protesters is one-sided in UCDP's sense, but it is a protest
//     event whose targets are protesters, not civilians.
var builtinTypes = []TypeInfo{
	{Code: Battles, Label: "Battles",
		Description: "A violent armed clash between two organised armed groups.",
		Disorder:    pv, ACLED: ACLEDType{"Battles", ""}, UCDP: []int{1, 2},
		PLOVER: PLOVERCode{"ASSAULT", ""}, CAMEO: "19"},
	{Code: ArmedClash, Label: "Armed clash", Parent: Battles,
		Description: "Armed groups fight without a change in who controls the location.",
		Disorder:    pv, ACLED: ACLEDType{"Battles", "Armed clash"}, UCDP: []int{1, 2},
		PLOVER: PLOVERCode{"ASSAULT", "firearms"}, CAMEO: "19"},
	{Code: GovernmentRegainsTerritory, Label: "Government regains territory", Parent: Battles,
		Description: "State forces or their allies take back a location held by a non-state group.",
		Disorder:    pv, ACLED: ACLEDType{"Battles", "Government regains territory"}, UCDP: []int{1},
		PLOVER: PLOVERCode{"ASSAULT", ""}, CAMEO: "19"},
	{Code: NonStateActorOvertakesTerritory, Label: "Non-state actor overtakes territory", Parent: Battles,
		Description: "A non-state armed group takes a location from the government or from another group by force.",
		Disorder:    pv, ACLED: ACLEDType{"Battles", "Non-state actor overtakes territory"}, UCDP: []int{1, 2},
		PLOVER: PLOVERCode{"ASSAULT", ""}, CAMEO: "19"},

	{Code: ExplosionsRemoteViolence, Label: "Explosions/Remote violence",
		Description: "Violence with explosives or weapons fired from a distance, where the target cannot respond at once.",
		Disorder:    pv, ACLED: ACLEDType{"Explosions/Remote violence", ""}, UCDP: []int{1, 2, 3},
		PLOVER: PLOVERCode{"ASSAULT", ""}},
	{Code: ChemicalWeapon, Label: "Chemical weapon", Parent: ExplosionsRemoteViolence,
		Description: "Use of chemical agents as a weapon.",
		Disorder:    pv, ACLED: ACLEDType{"Explosions/Remote violence", "Chemical weapon"}, UCDP: []int{1, 2, 3},
		PLOVER: PLOVERCode{"ASSAULT", "unconventional"}, CAMEO: "20"},
	{Code: AirDroneStrike, Label: "Air/drone strike", Parent: ExplosionsRemoteViolence,
		Description: "Attack from the air by aircraft, helicopters or drones.",
		Disorder:    pv, ACLED: ACLEDType{"Explosions/Remote violence", "Air/drone strike"}, UCDP: []int{1, 2, 3},
		PLOVER: PLOVERCode{"ASSAULT", "aerial"}, CAMEO: "19"},
	{Code: SuicideBomb, Label: "Suicide bomb", Parent: ExplosionsRemoteViolence,
		Description: "Explosive attack in which the attacker means to die.",
		Disorder:    pv, ACLED: ACLEDType{"Explosions/Remote violence", "Suicide bomb"}, UCDP: []int{1, 2, 3},
		PLOVER: PLOVERCode{"ASSAULT", "suicide-attack"}, CAMEO: "18"},
	{Code: ShellingArtilleryMissileAttack, Label: "Shelling/artillery/missile attack", Parent: ExplosionsRemoteViolence,
		Description: "Ground-launched fire from a distance: shells, artillery, mortars, rockets or missiles.",
		Disorder:    pv, ACLED: ACLEDType{"Explosions/Remote violence", "Shelling/artillery/missile attack"}, UCDP: []int{1, 2, 3},
		PLOVER: PLOVERCode{"ASSAULT", "heavy-weapons"}, CAMEO: "19"},
	{Code: RemoteExplosiveLandmineIED, Label: "Remote explosive/landmine/IED", Parent: ExplosionsRemoteViolence,
		Description: "Explosive set off remotely or by its victim: landmines, roadside and car bombs, other improvised devices.",
		Disorder:    pv, ACLED: ACLEDType{"Explosions/Remote violence", "Remote explosive/landmine/IED"}, UCDP: []int{1, 2, 3},
		PLOVER: PLOVERCode{"ASSAULT", "explosives"}, CAMEO: "18"},
	{Code: Grenade, Label: "Grenade", Parent: ExplosionsRemoteViolence,
		Description: "Attack with a hand-thrown or launched grenade.",
		Disorder:    pv, ACLED: ACLEDType{"Explosions/Remote violence", "Grenade"}, UCDP: []int{1, 2, 3},
		PLOVER: PLOVERCode{"ASSAULT", "explosives"}, CAMEO: "18"},

	{Code: ViolenceAgainstCivilians, Label: "Violence against civilians",
		Description: "Organised armed actors deliberately harm unarmed civilians.",
		Disorder:    pv, ACLED: ACLEDType{"Violence against civilians", ""}, UCDP: []int{3},
		PLOVER: PLOVERCode{"ASSAULT", ""}, CAMEO: "18", OneSided: true},
	{Code: SexualViolence, Label: "Sexual violence", Parent: ViolenceAgainstCivilians,
		Description: "Sexual violence used against civilians.",
		Disorder:    pv, ACLED: ACLEDType{"Violence against civilians", "Sexual violence"}, UCDP: []int{3},
		PLOVER: PLOVERCode{"ASSAULT", "sexual"}, CAMEO: "18", OneSided: true},
	{Code: Attack, Label: "Attack", Parent: ViolenceAgainstCivilians,
		Description: "Civilians are attacked, injured or killed by an armed actor.",
		Disorder:    pv, ACLED: ACLEDType{"Violence against civilians", "Attack"}, UCDP: []int{3},
		PLOVER: PLOVERCode{"ASSAULT", ""}, CAMEO: "18", OneSided: true},
	{Code: AbductionForcedDisappearance, Label: "Abduction/forced disappearance", Parent: ViolenceAgainstCivilians,
		Description: "Civilians are kidnapped or made to disappear, outside lawful arrest.",
		Disorder:    pv, ACLED: ACLEDType{"Violence against civilians", "Abduction/forced disappearance"}, UCDP: []int{3},
		PLOVER: PLOVERCode{"ASSAULT", "abduct"}, CAMEO: "18", OneSided: true},

	{Code: Protests, Label: "Protests",
		Description: "Non-violent public demonstration against an authority or policy.",
		Disorder:    dem, ACLED: ACLEDType{"Protests", ""},
		PLOVER: PLOVERCode{"PROTEST", "demo"}, CAMEO: "14"},
	{Code: PeacefulProtest, Label: "Peaceful protest", Parent: Protests,
		Description: "Demonstrators gather without violence and without being dispersed by force.",
		Disorder:    dem, ACLED: ACLEDType{"Protests", "Peaceful protest"},
		PLOVER: PLOVERCode{"PROTEST", "demo"}, CAMEO: "14"},
	{Code: ProtestWithIntervention, Label: "Protest with intervention", Parent: Protests,
		Description: "A peaceful protest is broken up or restrained by force that stops short of grave harm.",
		Disorder:    dem, ACLED: ACLEDType{"Protests", "Protest with intervention"},
		PLOVER: PLOVERCode{"PROTEST", "demo"}, CAMEO: "14"},
	{Code: ExcessiveForceAgainstProtesters, Label: "Excessive force against protesters", Parent: Protests,
		Description: "Force likely to kill or gravely injure is used against peaceful demonstrators.",
		Disorder:    []Disorder{DisorderPoliticalViolence, DisorderDemonstrations},
		ACLED:       ACLEDType{"Protests", "Excessive force against protesters"}, UCDP: []int{3},
		PLOVER: PLOVERCode{"ASSAULT", "crowd-control"}, CAMEO: "17"},

	{Code: Riots, Label: "Riots",
		Description: "Violent public disorder by demonstrators or mobs.",
		Disorder:    []Disorder{DisorderDemonstrations, DisorderPoliticalViolence},
		ACLED:       ACLEDType{"Riots", ""},
		PLOVER:      PLOVERCode{"PROTEST", "riot"}, CAMEO: "14"},
	{Code: ViolentDemonstration, Label: "Violent demonstration", Parent: Riots,
		Description: "Demonstrators use violence or damage property.",
		Disorder:    dem, ACLED: ACLEDType{"Riots", "Violent demonstration"},
		PLOVER: PLOVERCode{"PROTEST", "riot"}, CAMEO: "14"},
	{Code: MobViolence, Label: "Mob violence", Parent: Riots,
		Description: "A crowd, not organised as an armed group, attacks people or property.",
		Disorder:    pv, ACLED: ACLEDType{"Riots", "Mob violence"}, UCDP: []int{2},
		PLOVER: PLOVERCode{"ASSAULT", "primitive"}, CAMEO: "18"},

	{Code: StrategicDevelopments, Label: "Strategic developments",
		Description: "Significant non-violent or non-battle activity that shapes a conflict.",
		Disorder:    sd, ACLED: ACLEDType{"Strategic developments", ""}},
	{Code: Agreement, Label: "Agreement", Parent: StrategicDevelopments,
		Description: "Parties conclude an agreement: ceasefire, peace deal, prisoner exchange and the like.",
		Disorder:    sd, ACLED: ACLEDType{"Strategic developments", "Agreement"},
		PLOVER: PLOVERCode{"AGREE", ""}, CAMEO: "05"},
	{Code: Arrests, Label: "Arrests", Parent: StrategicDevelopments,
		Description: "Authorities detain people in a way that matters politically.",
		Disorder:    sd, ACLED: ACLEDType{"Strategic developments", "Arrests"},
		PLOVER: PLOVERCode{"COERCE", "arrest"}, CAMEO: "17"},
	{Code: ChangeToGroupActivity, Label: "Change to group/activity", Parent: StrategicDevelopments,
		Description: "A group changes its structure or behaviour: force movements, recruitment, splits, mergers.",
		Disorder:    sd, ACLED: ACLEDType{"Strategic developments", "Change to group/activity"},
		PLOVER: PLOVERCode{"MOBILIZE", ""}, CAMEO: "15"},
	{Code: DisruptedWeaponsUse, Label: "Disrupted weapons use", Parent: StrategicDevelopments,
		Description: "A weapon attack is prevented: interception, defusal, seizure of a cache.",
		Disorder:    sd, ACLED: ACLEDType{"Strategic developments", "Disrupted weapons use"}},
	{Code: HeadquartersOrBaseEstablished, Label: "Headquarters or base established", Parent: StrategicDevelopments,
		Description: "An armed group sets up a base or headquarters without fighting for it.",
		Disorder:    sd, ACLED: ACLEDType{"Strategic developments", "Headquarters or base established"},
		PLOVER: PLOVERCode{"MOBILIZE", ""}, CAMEO: "15"},
	{Code: LootingPropertyDestruction, Label: "Looting/property destruction", Parent: StrategicDevelopments,
		Description: "Property is looted or destroyed outside a clash or attack.",
		Disorder:    sd, ACLED: ACLEDType{"Strategic developments", "Looting/property destruction"},
		PLOVER: PLOVERCode{"ASSAULT", "destroy"}, CAMEO: "17"},
	{Code: NonViolentTransferOfTerritory, Label: "Non-violent transfer of territory", Parent: StrategicDevelopments,
		Description: "Control of a location changes hands without fighting, for example after a withdrawal.",
		Disorder:    sd, ACLED: ACLEDType{"Strategic developments", "Non-violent transfer of territory"},
		PLOVER: PLOVERCode{"RETREAT", "withdraw"}, CAMEO: "08"},
	{Code: OtherDevelopment, Label: "Other strategic development", Parent: StrategicDevelopments,
		Description: "A significant development that fits no other strategic sub-event type (ACLED \"Other\").",
		Disorder:    sd, ACLED: ACLEDType{"Strategic developments", "Other"}},

	{Code: Campaign, Label: "Campaign",
		Description: "SDK addition: a sustained military operation made of many incidents, such as an offensive lasting months.",
		Disorder:    pv, UCDP: []int{1, 2, 3},
		PLOVER: PLOVERCode{"ASSAULT", ""}, CAMEO: "19", Aggregate: true},
	{Code: ArmedConflict, Label: "Armed conflict",
		Description: "SDK addition: a conflict as a whole, the subject of aggregate figures such as a war's total death toll.",
		Disorder:    pv, UCDP: []int{1, 2, 3}, Aggregate: true},
	{Code: Displacement, Label: "Displacement",
		Description: "SDK addition: people forced to leave their homes, usually counted over an area and a period.",
		Aggregate:   true},
}

// Shorthands for the table above; never modified (RegisterType and Info
// copy the slices).
var (
	pv  = []Disorder{DisorderPoliticalViolence}
	dem = []Disorder{DisorderDemonstrations}
	sd  = []Disorder{DisorderStrategicDevelopments}
)

// typeRegistry is the default set of types. typeMu makes registering a code
// and storing its TypeInfo one step, so a caller that sees a code as Known
// also finds its Info.
var (
	typeMu   sync.RWMutex
	types    = vocab.New[Type]("event type", ErrUnknownType)
	typeInfo = map[Type]TypeInfo{}
)

func init() {
	for _, info := range builtinTypes {
		if err := RegisterType(info); err != nil {
			panic(err) // the built-in table is covered by tests
		}
	}
}

// ploverModes lists the 16 PLOVER categories and the modes each admits
// (PLOVER manual draft 2.0); RegisterType refuses anything else.
var ploverModes = map[string][]string{
	"AGREE": nil, "CONSULT": {"visit", "third-party", "multilateral", "phone"}, "SUPPORT": nil, "CONCEDE": nil,
	"COOPERATE": nil, "AID": nil, "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
	"REQUEST": {"assist", "change", "yield", "meet"}, "ACCUSE": {"disapprove", "investigate", "allege"},
	"REJECT": {"assist", "change", "yield", "meet"}, "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
	"PROTEST":  {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
	"SANCTION": {"convict", "expel", "withdraw", "discontinue"},
	"MOBILIZE": {"troops", "weapons", "police", "militia"},
	"COERCE":   {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"},
	"ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
		"suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"},
}

// RegisterType adds a type to the default taxonomy, for downstream types
// such as {Code: "org.example/drone-sighting", Parent:
// ExplosionsRemoteViolence}. It is safe for concurrent use.
//
// The code must be well formed (errors wrap ErrUnknownType) and new
// (ErrDuplicate); the parent, if any, must already be registered
// (ErrUnknownType). Crosswalk fields are checked: disorder types must be
// known, UCDP codes 1–3 without repeats, the PLOVER category one of the 16
// with a mode that category admits, CAMEO a root "01"–"20"; violations wrap
// ErrUnknownCode. The slices are copied. A type whose parent is an
// aggregate (TypeInfo.Aggregate) is registered as an aggregate too.
func RegisterType(info TypeInfo) error {
	if err := vocab.CheckSyntax(string(info.Code)); err != nil {
		return fmt.Errorf("event: event type %q: %v: %w", string(info.Code), err, ErrUnknownType)
	}
	if err := checkCrosswalks(info); err != nil {
		return err
	}
	typeMu.Lock()
	defer typeMu.Unlock()
	if types.Known(info.Code) {
		return fmt.Errorf("event: event type %q: %w", string(info.Code), ErrDuplicate)
	}
	if info.Parent != "" && !types.Known(info.Parent) {
		return fmt.Errorf("event: event type %q: parent %q: %w", string(info.Code), string(info.Parent), ErrUnknownType)
	}
	if info.Parent != "" && typeInfo[info.Parent].Aggregate {
		info.Aggregate = true // a part of an aggregate type is one too
	}
	if err := types.Register(vocab.Term{Code: string(info.Code), Label: info.Label,
		Description: info.Description, Parent: string(info.Parent)}); err != nil {
		// Unreachable after the checks above, kept so a vocab change cannot
		// leave the two stores out of step silently.
		return fmt.Errorf("event: %v: %w", err, ErrUnknownType)
	}
	typeInfo[info.Code] = cloneInfo(info)
	return nil
}

func checkCrosswalks(info TypeInfo) error {
	code := string(info.Code)
	for _, d := range info.Disorder {
		if !d.Known() {
			return fmt.Errorf("event: event type %q: unknown disorder type %q: %w", code, string(d), ErrUnknownCode)
		}
	}
	for i, u := range info.UCDP {
		if u < 1 || u > 3 || slices.Contains(info.UCDP[:i], u) {
			return fmt.Errorf("event: event type %q: UCDP type_of_violence %d: %w", code, u, ErrUnknownCode)
		}
	}
	if p := info.PLOVER; !p.IsZero() {
		modes, ok := ploverModes[p.Category]
		if !ok || (p.Mode != "" && !slices.Contains(modes, p.Mode)) {
			return fmt.Errorf("event: event type %q: PLOVER %q: %w", code, p.String(), ErrUnknownCode)
		}
	}
	if c := info.CAMEO; c != "" {
		if len(c) != 2 || c < "01" || c > "20" || c[0] < '0' || c[0] > '9' || c[1] < '0' || c[1] > '9' {
			return fmt.Errorf("event: event type %q: CAMEO root %q: %w", code, c, ErrUnknownCode)
		}
	}
	return nil
}

func cloneInfo(info TypeInfo) TypeInfo {
	info.Disorder = slices.Clone(info.Disorder)
	info.UCDP = slices.Clone(info.UCDP)
	return info
}

// ParseType returns s as a Type if it is well formed and registered.
// Errors wrap ErrUnknownType and quote s.
func ParseType(s string) (Type, error) {
	t, err := types.Parse(s)
	if err != nil {
		return "", fmt.Errorf("event: %w", err)
	}
	return t, nil
}

// Types returns every registered type in registration order: the built-in
// ones first (each ACLED event type followed by its sub-event types, then
// Campaign, ArmedConflict, Displacement), then extensions.
func Types() []Type { return types.Codes() }

// String returns the code.
func (t Type) String() string { return string(t) }

// Label returns the registered label, or the code itself when t is not
// registered or has no label.
func (t Type) Label() string { return types.Label(t) }

// Known reports whether t is registered.
func (t Type) Known() bool { return types.Known(t) }

// IsZero reports whether t is unset.
func (t Type) IsZero() bool { return t == "" }

// Parent returns the broader type t belongs to: an ACLED sub-event type's
// event type, or an extension's registered parent. It is "" for a top-level
// or unregistered type.
func (t Type) Parent() Type {
	term, _ := types.Lookup(t)
	return Type(term.Parent)
}

// Within reports whether t is ancestor or lies below it in the hierarchy,
// e.g. AirDroneStrike.Within(ExplosionsRemoteViolence) is true. An unset
// ancestor contains nothing.
func (t Type) Within(ancestor Type) bool {
	if ancestor == "" {
		return false
	}
	// The hierarchy cannot loop (a parent is registered before its
	// children), but the bound keeps a corrupt registry from hanging us.
	for i := 0; t != "" && i <= vocab.MaxLen; i++ {
		if t == ancestor {
			return true
		}
		t = t.Parent()
	}
	return false
}

// Info returns the registered description and crosswalks of t. The slices
// are copies the caller may modify.
func (t Type) Info() (TypeInfo, bool) {
	typeMu.RLock()
	info, ok := typeInfo[t]
	typeMu.RUnlock()
	if !ok {
		return TypeInfo{}, false
	}
	return cloneInfo(info), true
}

// MarshalText returns the code. It fails, wrapping ErrUnknownType, for a
// non-empty code that is not well formed; unregistered well-formed codes are
// written as they are.
func (t Type) MarshalText() ([]byte, error) {
	if t != "" {
		if err := vocab.CheckSyntax(string(t)); err != nil {
			return nil, fmt.Errorf("event: event type %q: %v: %w", string(t), err, ErrUnknownType)
		}
	}
	return []byte(t), nil
}

// UnmarshalText accepts any well-formed code, registered or not, so that
// data written with a downstream extension survives a round trip;
// validation reports unregistered types. Empty text gives the zero value.
func (t *Type) UnmarshalText(b []byte) error {
	v, err := vocab.UnmarshalCode[Type](types.Name(), ErrUnknownType, b)
	if err != nil {
		return fmt.Errorf("event: %w", err)
	}
	*t = v
	return nil
}

// acledKey indexes the built-in types by lower-cased ACLED labels.
type acledKey struct{ event, sub string }

// acledIndex maps current and legacy ACLED labels (lower case) to types.
// Built once at package initialisation and only read afterwards.
var acledIndex = func() map[acledKey]Type {
	m := make(map[acledKey]Type, len(builtinTypes)+16)
	for _, info := range builtinTypes {
		if info.ACLED.IsZero() {
			continue
		}
		e, _ := asciiLower(info.ACLED.EventType)
		s, _ := asciiLower(info.ACLED.SubEventType)
		m[acledKey{e, s}] = info.Code
	}
	// acledR's spelling of the protest sub-event type.
	m[acledKey{"protests", "excessive force against protestors"}] = ExcessiveForceAgainstProtesters
	// Event types of the 2016 realtime and version 5 (1997–2015) files,
	// which had no sub_event_type column.
	for label, t := range legacyACLED {
		l, _ := asciiLower(label)
		m[acledKey{l, ""}] = t
	}
	return m
}()

// legacyACLED maps the event types of ACLED's files before 2019 (version 5
// and earlier, the 2016 realtime file) to the nearest current type. The
// labels are those of real files: "Riots/Protests", "Remote violence",
// "Battle-No change of territory", "Battle-Government regains territory",
// "Non-violent transfer of territory", "Strategic development" and
// "Violence against civilians" in the 2016 realtime file (AschHarwood/acled,
// acled.csv); "Battle-Non-state actor overtakes territory" and
// "Headquarters or base established" in analyses of the All Africa files of
// 1997-2013 and version 7 (1997-2016), which list every event type of
// those files. Those files also carry "Battle-non-state actor overtakes
// territory" and "Battle-No Change of territory": labels match in any ASCII
// case.
var legacyACLED = map[string]Type{
	// Riots and protests were one type; peaceful protest was the common
	// case, and a riot cannot be told apart without reading the notes.
	"Riots/Protests": Protests,
	// Remote violence became Explosions/Remote violence.
	"Remote violence": ExplosionsRemoteViolence,
	// The battle types differed only in territorial outcome, which today's
	// sub-event types keep.
	"Battle-No change of territory":              ArmedClash,
	"Battle-Government regains territory":        GovernmentRegainsTerritory,
	"Battle-Non-state actor overtakes territory": NonStateActorOvertakesTerritory,
	// Former event types that are now strategic sub-event types.
	"Non-violent transfer of territory": NonViolentTransferOfTerritory,
	"Headquarters or base established":  HeadquartersOrBaseEstablished,
	// The singular spelling of the 2016 file.
	"Strategic development": StrategicDevelopments,
	// "Violence against civilians" is unchanged and needs no entry.
}

// TypeFromACLED returns the built-in type for an ACLED event_type and
// sub_event_type pair, such as ("Explosions/Remote violence", "Air/drone
// strike"). Labels must be spelled as ACLED spells them, in any ASCII case,
// without surrounding spaces; the variant "protestors" is accepted. An empty
// subEventType gives the event type itself.
//
// The event types of the 2016 realtime and version 5 files map to the
// nearest current type: "Riots/Protests" → Protests (riots cannot be told
// apart without the notes); "Remote violence" → ExplosionsRemoteViolence;
// "Battle-No change of territory" → ArmedClash; "Battle-Government regains
// territory" → GovernmentRegainsTerritory; "Battle-Non-state actor
// overtakes territory" → NonStateActorOvertakesTerritory; "Non-violent
// transfer of territory" → NonViolentTransferOfTerritory; "Headquarters or
// base established" → HeadquartersOrBaseEstablished; "Strategic
// development" → StrategicDevelopments; "Violence against civilians" is
// unchanged. Those files had no sub_event_type column, so subEventType must
// then be empty.
//
// Unknown labels, and a sub-event type that does not belong to the event
// type, give an error wrapping ErrUnknownType that quotes both labels.
func TypeFromACLED(eventType, subEventType string) (Type, error) {
	e, ok1 := asciiLower(eventType)
	s, ok2 := asciiLower(subEventType)
	if ok1 && ok2 && e != "" {
		if t, ok := acledIndex[acledKey{e, s}]; ok {
			return t, nil
		}
	}
	return "", fmt.Errorf("event: unknown ACLED event type %q, sub-event type %q: %w", eventType, subEventType, ErrUnknownType)
}

// asciiLower lower-cases ASCII letters. It reports false for non-ASCII
// input, so that Unicode case folding (the Kelvin sign folds to "k") cannot
// make a foreign string match an ACLED label.
func asciiLower(s string) (string, bool) {
	b := []byte(s)
	for i, c := range b {
		if c >= 0x80 {
			return "", false
		}
		if c >= 'A' && c <= 'Z' {
			b[i] = c + ('a' - 'A')
		}
	}
	return string(b), true
}
