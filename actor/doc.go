// Package actor models the parties to armed-conflict events: state forces,
// armed groups, coalitions, government bodies, news outlets and people,
// with their names over time, their codes in other datasets and their
// relations to one another.
//
// # Types
//
//   - Actor: one party, with a stable ID, a Kind, a display Name, other
//     Names (any language or script, dated where known), a Country, external
//     Identifiers (ACLED actor string, UCDP, CAMEO, Wikidata), Links to other
//     actors, and Founded/Dissolved dates.
//   - ID: the stable slug events refer to ("hts", "military-forces-of-syria").
//   - Kind: open set of actor kinds; ACLED's eight inter categories plus
//     kinds the flat datasets lack (state, military-command, media, person,
//     ...). Downstream code adds kinds with RegisterKind.
//   - Date: a date known to the year, month or day ("1988-08"), whose zero
//     value means unknown.
//   - Name, NameKind: a name with its language, role and period of use.
//   - Identifier: a code in an external scheme, with its period of use.
//   - Link, LinkKind: a dated relation "A <kind> B", stored on A.
//   - Ref: the ID plus display name that events carry.
//   - Registry: a concurrency-safe catalogue with exact lookups by ID, name
//     and identifier, name resolution (Resolve), succession walks, and
//     Merge for laying one catalogue over another.
//   - Resolution, MatchKind, ResolveOption: what Resolve found, how it
//     matched (exact, identifier, alias, folded) and with what confidence.
//
// # The embedded catalogue
//
// Default returns the catalogue that ships with the SDK (the file
// catalogue/actors.json, loaded on first use): the actors of the Syrian conflict and
// the generic actors of ACLED and UCDP, with dated names, Arabic names,
// ACLED actor strings, UCDP side names and ids, CAMEO codes and dated
// links. Every actor string of the project's ACLED and UCDP Syria samples
// resolves to it. It is read-only; Clone it and Merge a catalogue of your
// own, read with LoadJSON, to extend or override it.
//
// # Resolution
//
// Registry.Resolve(name, on, opts...) finds the actor a free-text name
// refers to on a date, by tiers: the exact text (NFC) of a display or
// official name (confidence 1), an identifier value such as the exact
// ACLED string (0.95), another name such as an acronym or a
// transliteration (0.9), and finally the folded match key of any of these
// (0.8), which ignores case, diacritics, Arabic harakat and tatweel,
// apostrophes, hyphens and spacing. The first tier that matches decides;
// within it, names and actors in use on the date win. A name matching
// several actors equally is an *AmbiguousError listing them, never a
// guess; a name of an actor dissolved by the date is returned as
// OutOfPeriod at half confidence, or, with FollowSuccession, resolves to
// its successor ("Jabhat Fateh al-Sham" in 2018 gives HTS).
//
// # Usage
//
//	jfs := actor.Actor{
//		ID:   "jabhat-fateh-al-sham",
//		Kind: actor.KindRebelGroup,
//		Name: "Jabhat Fateh al-Sham",
//		Founded: actor.MustParseDate("2016-07-28"),
//		Links: []actor.Link{
//			{Kind: actor.LinkSuccessorOf, Actor: "jabhat-al-nusra", From: actor.MustParseDate("2016-07-28")},
//			{Kind: actor.LinkMergedInto, Actor: "hts", From: actor.MustParseDate("2017-01-28")},
//		},
//	}
//	if err := jfs.Validate(); err != nil { ... } // errors.Is(err, actor.ErrDateOrder), ...
//	reg, err := actor.NewRegistry(nusra, jfs, hts)
//	reg.Successors("jabhat-al-nusra") // Jabhat Fateh al-Sham, then HTS
//	reg.ByIdentifier(actor.SchemeACLED, "HTS: Hayat Tahrir al Sham")
//
//	res, err := actor.Default().Resolve("Jabhat Fateh al-Sham", actor.MustParseDate("2018-05-01"), actor.FollowSuccession())
//	// res.Actor.ID == "hts", res.Followed == ["jabhat-fateh-al-sham"], res.Confidence == 0.9
//	// errors.Is(err, actor.ErrNotFound), errors.Is(err, actor.ErrAmbiguous)
//
// # Modelling rules
//
// A renaming that keeps the organisation is a dated Name on one Actor. A
// merger, split or re-founding makes distinct Actors joined by Links
// (successor-of, merged-into, split-from); Registry.Successors and
// Predecessors follow successor-of and merged-into. ACLED's state-force
// strings encode a government period ("Military Forces of Syria (2000-)",
// later "(2000-2024)"), so one actor holds several acled identifiers, each
// with From/To.
//
// # Validation and errors
//
// Validate methods return every problem at once, joined with errors.Join;
// each problem is a *FieldError with the JSON path of the field
// ("names[0].text", "links[2].actor") and an error wrapping a sentinel
// (ErrBadID, ErrUnknownKind, ErrDateOrder, ...), so callers test with
// errors.Is and reach paths with errors.As.
//
// # Pitfalls
//
//   - Kind.ACLEDInter is the actor's default category only: ACLED codes per
//     event, and foreign state forces appear as 8 (External/Other forces).
//   - ACLED inter code 0 and an empty label mean "no actor"; the mapping
//     functions return an error wrapping ErrNoActor for them.
//   - The zero Date is unknown, and its First/Last return date.Zero
//     (0001-01-01): test IsZero first.
//   - Names are stored as given. Registry.ByName compares NFC forms and is
//     otherwise exact: case, apostrophes and hyphens matter. Use Resolve
//     for free text.
//   - The match key is lossy by design (it also merges Arabic hamza
//     letters with their carriers); a folded match is a good guess, not an
//     identity, which is why it scores lowest.
//   - Resolve's first matching tier decides even if its match is out of
//     period and a lower tier's is not; check OutOfPeriod and Confidence.
//   - Default is shared and read-only (Add and Merge fail with
//     ErrReadOnly); Merge replaces a record whole rather than combining
//     fields.
//   - Resolve copies the matched actor's slices; readers that resolve
//     every row should cache answers per distinct string.
//   - Country must be canonical alpha-2 ("GB", not "UK" or "GBR"); use
//     ParseCountry to convert other forms.
//   - Kind.UnmarshalText accepts unregistered but well-formed kinds so that
//     extension data round-trips; Validate (and so Registry.Add) rejects
//     them until they are registered.
package actor
