package actor

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/conflictkit/conflict/internal/textkey"
)

// MatchKind says how Registry.Resolve matched a name: the tiers, best
// first, are exact text, scheme identifier, alias and folded key. It is a
// closed set; the zero value MatchNone means "no match".
type MatchKind uint8

// Match kinds, in order of precedence.
const (
	MatchNone MatchKind = iota // no match
	// MatchExact: the text equals, after NFC normalisation, the actor's
	// display Name or one of its official (or unspecified-kind) Names.
	MatchExact
	// MatchIdentifier: the text equals, after NFC normalisation, an
	// identifier value, such as the exact ACLED actor string or UCDP side
	// name; Resolution.Scheme names the scheme.
	MatchIdentifier
	// MatchAlias: the text equals, after NFC normalisation, a short name,
	// alias, transliteration, translation or former name.
	MatchAlias
	// MatchFolded: the text's match key (case, diacritics, Arabic harakat
	// and tatweel, apostrophes, hyphens and spacing folded away; see
	// REFERENCE.md §9.1) equals the key of a name or identifier.
	MatchFolded
)

var matchKindCodes = [...]string{"", "exact", "identifier", "alias", "folded"}

// matchConfidence is the confidence of each tier, in MatchKind order.
var matchConfidence = [...]float64{0, 1, 0.95, 0.9, 0.8}

const (
	// outOfPeriodFactor scales the confidence of a match whose name,
	// identifier or actor was not in use on the date asked for.
	outOfPeriodFactor = 0.5
	// followFactor scales the confidence of a match reached by following
	// successions from the actor whose name matched.
	followFactor = 0.9
	// queryCacheSize bounds the cache of query match keys; the cache is
	// emptied when full.
	queryCacheSize = 4096
)

// ParseMatchKind parses a match kind code ("exact", "identifier", "alias",
// "folded") spelt exactly. Anything else, including "", wraps
// ErrUnknownMatchKind.
func ParseMatchKind(s string) (MatchKind, error) {
	for i := 1; i < len(matchKindCodes); i++ {
		if matchKindCodes[i] == s {
			return MatchKind(i), nil
		}
	}
	return 0, fmt.Errorf("actor: match kind %q: %w", s, ErrUnknownMatchKind)
}

// String returns the code, "" for MatchNone, and "MatchKind(n)" for values
// outside the set.
func (k MatchKind) String() string {
	if int(k) < len(matchKindCodes) {
		return matchKindCodes[k]
	}
	return fmt.Sprintf("MatchKind(%d)", uint8(k))
}

// Valid reports whether k is in the set (MatchNone included).
func (k MatchKind) Valid() bool { return int(k) < len(matchKindCodes) }

// IsZero reports whether k is MatchNone.
func (k MatchKind) IsZero() bool { return k == MatchNone }

// Confidence returns the confidence Resolve gives a match of this kind
// when the matched name and actor were in use on the date asked for: 1 for
// MatchExact, 0.95 for MatchIdentifier, 0.9 for MatchAlias, 0.8 for
// MatchFolded, and 0 for MatchNone and values outside the set.
func (k MatchKind) Confidence() float64 {
	if int(k) < len(matchConfidence) {
		return matchConfidence[k]
	}
	return 0
}

// MarshalText returns the code; it fails for values outside the set.
func (k MatchKind) MarshalText() ([]byte, error) {
	if !k.Valid() {
		return nil, fmt.Errorf("actor: %s: %w", k.String(), ErrUnknownMatchKind)
	}
	return []byte(k.String()), nil
}

// UnmarshalText parses a code with ParseMatchKind; empty text gives
// MatchNone.
func (k *MatchKind) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = MatchNone
		return nil
	}
	v, err := ParseMatchKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Resolution is what Registry.Resolve found for a name.
type Resolution struct {
	Actor Actor // a copy of the actor's record
	// Name is the actor's name in use on the date asked for: its first
	// dated official (or unspecified-kind) name covering the date, else
	// its display Name (with no language or kind).
	Name Name
	How  MatchKind
	// Scheme is the identifier scheme when the text matched an identifier
	// (How is MatchIdentifier, or MatchFolded on an identifier's key).
	Scheme string
	// Matched is the stored name or identifier value that matched, as
	// stored; when successions were followed, it belongs to Followed[0].
	Matched string
	// Confidence is How.Confidence(), halved when the match was not in use
	// on the date (OutOfPeriod), and times 0.9 when successions were
	// followed.
	Confidence float64
	// Followed lists, when FollowSuccession led from the actor whose name
	// matched to a successor, the actors passed through: the matched one
	// first, Actor excluded. Nil otherwise.
	Followed []ID
	// OutOfPeriod reports that the matched name or identifier, or the
	// actor itself, was not in use on the date asked for, and no successor
	// was (or was asked to be) followed: "Jabhat Fateh al-Sham" in 2018
	// without FollowSuccession.
	OutOfPeriod bool
}

// AmbiguousError is the error Resolve returns when a name matches several
// actors equally well: in the same tier and all in, or all out of, their
// period. It wraps ErrAmbiguous.
type AmbiguousError struct {
	Name       string       // the name as given to Resolve
	Candidates []Resolution // one per actor, in ID order
}

// Error lists the candidates' IDs.
func (e *AmbiguousError) Error() string {
	ids := make([]string, len(e.Candidates))
	for i, c := range e.Candidates {
		ids[i] = string(c.Actor.ID)
	}
	return fmt.Sprintf("actor: resolve %q: %s (%s)", e.Name, ErrAmbiguous, strings.Join(ids, ", "))
}

// Unwrap returns ErrAmbiguous.
func (e *AmbiguousError) Unwrap() error { return ErrAmbiguous }

// ResolveOption changes how Registry.Resolve matches; make one with
// FollowSuccession or InSchemes. The zero ResolveOption changes nothing.
// (It is a value rather than a function so that a lookup allocates
// nothing for its options.)
type ResolveOption struct {
	follow     bool
	setSchemes bool
	schemes    []string
}

type resolveConfig struct {
	follow  bool
	schemes []string // nil: every scheme
}

// FollowSuccession makes Resolve, when the name matches an actor that had
// ceased (was dissolved) before the date asked for, follow successor-of
// and merged-into links forward to the first successors that existed on
// that date: "Jabhat Fateh al-Sham" on a day of 2018 resolves to Hay'at
// Tahrir al-Sham, with Followed ["jabhat-fateh-al-sham"]. Successions are
// not followed backwards, nor for an actor without a Dissolved date, nor
// when no date is given. If no successor existed on the date, the matched
// actor is returned as OutOfPeriod; if several did, the result is an
// *AmbiguousError.
func FollowSuccession() ResolveOption { return ResolveOption{follow: true} }

// InSchemes restricts identifier matches, exact and folded, to the given
// schemes (SchemeACLED, SchemeUCDP, ...); names still match. Without it
// every scheme counts, numeric ones (SchemeUCDPID) included; with no
// schemes, no identifier does. The option holds a copy of schemes: create
// it once and reuse it.
func InSchemes(schemes ...string) ResolveOption {
	s := slices.Clone(schemes)
	if s == nil {
		s = []string{}
	}
	return ResolveOption{setSchemes: true, schemes: s}
}

func (c *resolveConfig) allows(e entry) bool {
	return e.scheme == "" || c.schemes == nil || slices.Contains(c.schemes, e.scheme)
}

// entry is one indexed name or identifier of an actor.
type entry struct {
	id     ID
	how    MatchKind // tier of an exact-text hit: MatchExact, MatchIdentifier or MatchAlias
	idx    int       // index in Names or Identifiers; -1 for the display Name
	scheme string    // identifier scheme; "" for a name
	from   Date      // period of the name or identifier
	to     Date
}

// resolveIndex holds the lookup tables of Resolve. byText and byKey change
// only under the Registry's write lock; the query cache has its own lock,
// as lookups under the read lock fill it.
type resolveIndex struct {
	byText map[string][]entry // NFC text of names and identifier values
	byKey  map[string][]entry // textkey.Key of the same

	qmu     sync.Mutex
	queries map[string]string // query text -> key, for non-ASCII queries
}

func (x *resolveIndex) init() {
	x.byText = make(map[string][]entry)
	x.byKey = make(map[string][]entry)
}

func (x *resolveIndex) reset() {
	clear(x.byText)
	clear(x.byKey)
}

// add indexes a's display name, names and identifiers, computing each
// match key once here rather than per lookup.
func (x *resolveIndex) add(a Actor) {
	x.put(a.Name, entry{id: a.ID, how: MatchExact, idx: -1})
	for i, n := range a.Names {
		how := MatchAlias
		if n.Kind == NameOfficial || n.Kind == NameUnspecified {
			how = MatchExact
		}
		x.put(n.Text, entry{id: a.ID, how: how, idx: i, from: n.From, to: n.To})
	}
	for i, id := range a.Identifiers {
		x.put(id.Value, entry{id: a.ID, how: MatchIdentifier, idx: i, scheme: id.Scheme, from: id.From, to: id.To})
	}
}

func (x *resolveIndex) put(text string, e entry) {
	t := norm.NFC.String(text)
	x.byText[t] = append(x.byText[t], e)
	if k := textkey.Key(t); k != "" {
		x.byKey[k] = append(x.byKey[k], e)
	}
}

// queryKey returns textkey.Key(s), from a bounded cache for non-ASCII text,
// whose key costs microseconds. The caller holds at least the read lock.
func (x *resolveIndex) queryKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return textkey.Key(s) // its ASCII path is cheap
	}
	x.qmu.Lock()
	k, ok := x.queries[s]
	x.qmu.Unlock()
	if ok {
		return k
	}
	k = textkey.Key(s)
	x.qmu.Lock()
	if x.queries == nil || len(x.queries) >= queryCacheSize {
		x.queries = make(map[string]string)
	}
	x.queries[s] = k
	x.qmu.Unlock()
	return k
}

// Resolve finds the actor that name refers to on the date on (the zero
// Date means "at any time"; a month or year covers all its days).
//
// Matching goes by tiers, and the first tier with any match decides (see
// MatchKind): exact text (NFC) of the display name or an official name,
// then identifier values (the exact ACLED actor string, the UCDP side
// name, ...; see InSchemes), then other names (short names, aliases,
// transliterations, translations), then the folded match key of any of
// these. Within the tier, matches whose name or identifier period and
// actor (Founded to Dissolved) cover the date win over those that do not.
//
//   - One actor in period: it is the Resolution, with confidence
//     How.Confidence().
//   - Several in period: an *AmbiguousError (wrapping ErrAmbiguous) lists
//     them; Resolve never guesses.
//   - None in period: with FollowSuccession, the successors in use on the
//     date (confidence times 0.9); otherwise, or if there are none, the
//     matched actor with OutOfPeriod set and half the confidence (several
//     actors: an *AmbiguousError).
//
// A name that matches nothing is an error wrapping ErrNotFound. Lookups
// of text already in NFC with an exact match cost two map reads; keys of
// non-ASCII queries are cached.
func (r *Registry) Resolve(name string, on Date, opts ...ResolveOption) (Resolution, error) {
	var cfg resolveConfig
	for _, o := range opts {
		cfg.follow = cfg.follow || o.follow
		if o.setSchemes {
			cfg.schemes = o.schemes
		}
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	text := name
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text)
	}
	var buf [8]entry
	tier, picked := pick(buf[:0], r.res.byText[text], &cfg, false)
	if len(picked) == 0 {
		tier, picked = pick(buf[:0], r.res.byKey[r.res.queryKey(name)], &cfg, true)
	}
	if len(picked) == 0 {
		return Resolution{}, fmt.Errorf("actor: resolve %q: %w", name, ErrNotFound)
	}
	return r.decide(name, tier, picked, on, &cfg)
}

// pick returns the entries of the best tier among es that cfg allows,
// appended to dst; with folded, every entry is of tier MatchFolded.
func pick(dst, es []entry, cfg *resolveConfig, folded bool) (MatchKind, []entry) {
	best := MatchNone
	for _, e := range es {
		if !cfg.allows(e) {
			continue
		}
		how := e.how
		if folded {
			how = MatchFolded
		}
		switch {
		case best == MatchNone || how < best:
			best, dst = how, append(dst[:0], e)
		case how == best:
			dst = append(dst, e)
		}
	}
	return best, dst
}

// candidate is one actor matched in the deciding tier.
type candidate struct {
	e  entry
	in bool // name or identifier, and actor, in use on the date
}

// decide turns the matched entries of one tier into a Resolution or an
// error; the caller holds the read lock.
func (r *Registry) decide(name string, tier MatchKind, picked []entry, on Date, cfg *resolveConfig) (Resolution, error) {
	var cbuf [8]candidate
	cands := cbuf[:0]
	nIn := 0
	for _, e := range picked {
		a, ok := r.recs.Lookup(e.id)
		if !ok {
			continue
		}
		in := on.IsZero() || (overlaps(e.from, e.to, on) && overlaps(a.Founded, a.Dissolved, on))
		i := 0
		for i < len(cands) && cands[i].e.id != e.id {
			i++
		}
		switch {
		case i == len(cands):
			cands = append(cands, candidate{e: e, in: in})
		case in && !cands[i].in:
			cands[i] = candidate{e: e, in: true}
		default:
			continue
		}
		if in {
			nIn++
		}
	}
	if nIn > 0 {
		conf := tier.Confidence()
		var rs []Resolution
		for _, c := range cands {
			if !c.in {
				continue
			}
			res := r.resolution(c.e, c.e, tier, on, conf, nil, false)
			if nIn == 1 {
				return res, nil
			}
			rs = append(rs, res)
		}
		return Resolution{}, newAmbiguous(name, rs)
	}
	if cfg.follow && !on.IsZero() {
		type found struct {
			e    entry // the matched entry, of the predecessor
			path []ID
			to   ID
		}
		var results []found
		for _, c := range cands {
			for _, p := range r.follow(c.e.id, on) {
				to := p[len(p)-1]
				if !slices.ContainsFunc(results, func(f found) bool { return f.to == to }) {
					results = append(results, found{e: c.e, path: p[:len(p)-1], to: to})
				}
			}
		}
		conf := tier.Confidence() * followFactor
		rs := make([]Resolution, len(results))
		for i, f := range results {
			rs[i] = r.resolution(entry{id: f.to, scheme: f.e.scheme}, f.e, tier, on, conf, f.path, false)
		}
		switch {
		case len(rs) == 1:
			return rs[0], nil
		case len(rs) > 1:
			return Resolution{}, newAmbiguous(name, rs)
		}
	}
	conf := tier.Confidence() * outOfPeriodFactor
	rs := make([]Resolution, len(cands))
	for i, c := range cands {
		rs[i] = r.resolution(c.e, c.e, tier, on, conf, nil, true)
	}
	if len(rs) == 1 {
		return rs[0], nil
	}
	return Resolution{}, newAmbiguous(name, rs)
}

// follow walks successions forward from start, if it had been dissolved
// before on, to the first successors that existed on on; each path runs
// from start to the successor. The caller holds the read lock.
func (r *Registry) follow(start ID, on Date) [][]ID {
	a, _ := r.recs.Lookup(start)
	if a.Dissolved.IsZero() || a.Dissolved.Last() >= on.First() {
		return nil
	}
	type step struct {
		id     ID
		parent int
	}
	queue := []step{{start, -1}}
	seen := map[ID]bool{start: true}
	var paths [][]ID
	for i := 0; i < len(queue); i++ {
		for _, n := range r.next[queue[i].id] {
			if seen[n] {
				continue
			}
			seen[n] = true
			a, ok := r.recs.Lookup(n)
			if ok && overlaps(a.Founded, a.Dissolved, on) {
				var p []ID
				for j := i; j >= 0; j = queue[j].parent {
					p = append(p, queue[j].id)
				}
				slices.Reverse(p)
				paths = append(paths, append(p, n))
				continue // the first successor in use is the answer on this path
			}
			queue = append(queue, step{n, i})
		}
	}
	return paths
}

func newAmbiguous(name string, rs []Resolution) error {
	slices.SortFunc(rs, func(a, b Resolution) int { return strings.Compare(string(a.Actor.ID), string(b.Actor.ID)) })
	return &AmbiguousError{Name: name, Candidates: rs}
}

// resolution builds the Resolution for the actor of target, matched
// through entry m (of the same actor unless successions were followed).
// The caller holds the read lock.
func (r *Registry) resolution(target, m entry, tier MatchKind, on Date, conf float64, followed []ID, out bool) Resolution {
	a, _ := r.recs.Lookup(target.id)
	matched := a
	if m.id != target.id {
		matched, _ = r.recs.Lookup(m.id)
	}
	return Resolution{
		Actor:       clone(a),
		Name:        nameOn(a, on),
		How:         tier,
		Scheme:      m.scheme,
		Matched:     matchedText(matched, m),
		Confidence:  conf,
		Followed:    followed,
		OutOfPeriod: out,
	}
}

// matchedText returns the stored text of e in a.
func matchedText(a Actor, e entry) string {
	switch {
	case e.idx < 0:
		return a.Name
	case e.scheme != "":
		return a.Identifiers[e.idx].Value
	default:
		return a.Names[e.idx].Text
	}
}

// nameOn returns the first dated official (or unspecified-kind) name of a
// in use on on, else a's display name.
func nameOn(a Actor, on Date) Name {
	if !on.IsZero() {
		for _, n := range a.Names {
			if (n.Kind == NameOfficial || n.Kind == NameUnspecified) && n.Dated() && overlaps(n.From, n.To, on) {
				return n
			}
		}
	}
	return Name{Text: a.Name}
}

// overlaps reports whether the period from..to (a zero bound is open)
// shares a day with on, which must not be zero.
func overlaps(from, to, on Date) bool {
	return (from.IsZero() || from.First() <= on.Last()) && (to.IsZero() || on.First() <= to.Last())
}
