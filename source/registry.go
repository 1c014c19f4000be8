package source

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/conflictkit/conflict/internal/catalog"
	"github.com/conflictkit/conflict/internal/textkey"
)

// Registry holds a catalogue of sources, looks them up by ID and resolves
// the names that flat datasets give ("SOHR", "Reuters News", "Agence
// France Presse") to them. All methods are safe for concurrent use. The
// zero Registry is empty and ready to use; a Registry must not be copied
// after first use (use Clone). Sources go in and come out as copies.
type Registry struct {
	mu     sync.RWMutex
	recs   catalog.Records[ID, Source] // read-only for the shared Default registry
	byText map[string][]entry          // NFC text of names, short names and other names
	byKey  map[string][]entry          // textkey.Key of the same

	qmu     sync.Mutex
	queries map[string]string // query text -> key, for non-ASCII queries
}

// queryCacheSize bounds the cache of query match keys; the cache is
// emptied when full.
const queryCacheSize = 4096

// entry is one indexed name of a source.
type entry struct {
	id  ID
	how MatchKind // MatchExact for the display name, MatchAlias for the others
	idx int       // index in Names; -1 for Name, -2 for Short
}

// NewRegistry returns a Registry holding sources. If any source fails Add,
// it returns nil and every failure joined.
func NewRegistry(sources ...Source) (*Registry, error) {
	r := &Registry{}
	var errs []error
	for _, s := range sources {
		if err := r.Add(s); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return r, nil
}

// Add stores a copy of s. It refuses a source that fails Validate (the
// error wraps Validate's sentinels), an ID already present (ErrDuplicate;
// use Merge to replace a record) and any change to the shared Default
// registry (ErrReadOnly).
func (r *Registry) Add(s Source) error {
	if err := records.Valid("add", s); err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.init()
	if err := records.Add(&r.recs, s); err != nil {
		return err
	}
	stored, _ := r.recs.Lookup(s.ID)
	r.index(stored)
	return nil
}

// Merge lays sources over the Registry, as a user catalogue goes over the
// embedded one: a source whose ID is already held replaces that record
// whole, and a new ID is added. It is all or nothing: if any source fails
// Validate, an ID appears twice among sources (ErrDuplicate), or the
// Registry is the shared Default one (ErrReadOnly), it changes nothing and
// returns every problem joined.
func (r *Registry) Merge(sources ...Source) error {
	if err := records.Valid("merge", sources...); err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.init()
	if _, err := records.Merge(&r.recs, sources); err != nil {
		return err
	}
	r.reindex()
	return nil
}

// Clone returns a new, writable Registry holding the same sources; later
// changes to either do not affect the other.
func (r *Registry) Clone() *Registry {
	r.mu.RLock()
	defer r.mu.RUnlock()
	c := &Registry{recs: r.recs.Clone()}
	c.init()
	c.reindex()
	return c
}

func (r *Registry) init() {
	if r.byText != nil {
		return
	}
	r.byText = make(map[string][]entry)
	r.byKey = make(map[string][]entry)
}

func (r *Registry) reindex() {
	clear(r.byText)
	clear(r.byKey)
	for _, id := range r.recs.IDs() {
		s, _ := r.recs.Lookup(id)
		r.index(s)
	}
}

// index adds s's names to the lookup tables, computing each match key
// once here rather than per lookup; the caller holds the write lock.
func (r *Registry) index(s Source) {
	r.put(s.Name, entry{id: s.ID, how: MatchExact, idx: -1})
	if s.Short != "" {
		r.put(s.Short, entry{id: s.ID, how: MatchAlias, idx: -2})
	}
	for i, n := range s.Names {
		r.put(n.Text, entry{id: s.ID, how: MatchAlias, idx: i})
	}
}

func (r *Registry) put(text string, e entry) {
	t := norm.NFC.String(text)
	r.byText[t] = append(r.byText[t], e)
	if k := textkey.Key(t); k != "" {
		r.byKey[k] = append(r.byKey[k], e)
	}
}

// records says how the Registry stores sources.
var records = &catalog.Spec[ID, Source]{
	Pkg:       "source",
	Plural:    "sources",
	ID:        func(s Source) ID { return s.ID },
	Validate:  func(s Source) error { return s.Validate() },
	Clone:     func(s Source) Source { s.Names = slices.Clone(s.Names); return s },
	ReadOnly:  ErrReadOnly,
	Duplicate: ErrDuplicate,
}

// Len returns the number of sources held.
func (r *Registry) Len() int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.recs.Len()
}

// Get returns the source with the given ID.
func (r *Registry) Get(id ID) (Source, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return records.Get(&r.recs, id)
}

// All yields every source in ID order, from a snapshot taken when the
// iteration starts, so the loop body may call the Registry.
func (r *Registry) All() iter.Seq[Source] {
	return func(yield func(Source) bool) {
		r.mu.RLock()
		snap := records.Copies(&r.recs, r.recs.IDs())
		r.mu.RUnlock()
		for _, s := range snap {
			if !yield(s) {
				return
			}
		}
	}
}

// MatchKind says how Registry.Resolve matched a name. It is a closed set;
// the zero value MatchNone means "no match". The tiers, best first:
type MatchKind uint8

// Match kinds, in order of precedence.
const (
	MatchNone MatchKind = iota // no match
	// MatchExact: the text equals the source's display Name after NFC
	// normalisation (confidence 1).
	MatchExact
	// MatchAlias: the text equals its Short name or one of its other
	// Names after NFC normalisation (confidence 0.9).
	MatchAlias
	// MatchFolded: the text's match key (case, diacritics, apostrophes,
	// punctuation and spacing folded away; REFERENCE.md §9.1) equals the
	// key of one of its names (confidence 0.8).
	MatchFolded
)

var matchKindCodes = [...]string{"", "exact", "alias", "folded"}

var matchConfidence = [...]float64{0, 1, 0.9, 0.8}

// ParseMatchKind parses a match kind code ("exact", "alias", "folded")
// spelt exactly. Anything else, including "", wraps ErrUnknownMatchKind.
func ParseMatchKind(s string) (MatchKind, error) {
	for i := 1; i < len(matchKindCodes); i++ {
		if matchKindCodes[i] == s {
			return MatchKind(i), nil
		}
	}
	return 0, fmt.Errorf("source: match kind %q: %w", s, ErrUnknownMatchKind)
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

// Confidence returns the confidence Resolve gives a match of this kind: 1
// for MatchExact, 0.9 for MatchAlias, 0.8 for MatchFolded, 0 otherwise.
func (k MatchKind) Confidence() float64 {
	if int(k) < len(matchConfidence) {
		return matchConfidence[k]
	}
	return 0
}

// MarshalText returns the code; it fails for values outside the set.
func (k MatchKind) MarshalText() ([]byte, error) {
	if !k.Valid() {
		return nil, fmt.Errorf("source: %s: %w", k.String(), ErrUnknownMatchKind)
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
	Source     Source    // a copy of the source's record
	How        MatchKind // how the name matched
	Matched    string    // the stored name that matched, as stored
	Confidence float64   // How.Confidence()
}

// AmbiguousError is the error Resolve returns when a name matches several
// sources equally well. It wraps ErrAmbiguous.
type AmbiguousError struct {
	Name       string       // the name as given to Resolve
	Candidates []Resolution // one per source, in ID order
}

// Error lists the candidates' IDs.
func (e *AmbiguousError) Error() string {
	ids := make([]string, len(e.Candidates))
	for i, c := range e.Candidates {
		ids[i] = string(c.Source.ID)
	}
	return fmt.Sprintf("source: resolve %q: %s (%s)", e.Name, ErrAmbiguous, strings.Join(ids, ", "))
}

// Unwrap returns ErrAmbiguous.
func (e *AmbiguousError) Unwrap() error { return ErrAmbiguous }

// Resolve finds the source a name refers to, as the source columns of
// ACLED ("SOHR", "Liveuamap") and UCDP ("Reuters News", "Agence France
// Presse") give it. The tiers, best first: the display Name (MatchExact),
// the Short name or another name (MatchAlias), then the folded match key
// of any of these (MatchFolded); the first tier with a match decides. A
// name that matches several sources in that tier is an *AmbiguousError
// (wrapping ErrAmbiguous) listing them; one that matches nothing wraps
// ErrNotFound. A cell that joins several sources ("SOHR; Liveuamap") is
// not one name: split it first.
func (r *Registry) Resolve(name string) (Resolution, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	text := name
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text)
	}
	var buf [8]entry
	tier, picked := pick(buf[:0], r.byText[text], false)
	if len(picked) == 0 {
		tier, picked = pick(buf[:0], r.byKey[r.queryKey(name)], true)
	}
	if len(picked) == 0 {
		return Resolution{}, fmt.Errorf("source: resolve %q: %w", name, ErrNotFound)
	}
	var rs []Resolution
	for _, e := range picked {
		if slices.ContainsFunc(rs, func(x Resolution) bool { return x.Source.ID == e.id }) {
			continue
		}
		s, _ := records.Get(&r.recs, e.id)
		res := Resolution{Source: s, How: tier, Matched: matchedText(s, e), Confidence: tier.Confidence()}
		rs = append(rs, res)
	}
	if len(rs) == 1 {
		return rs[0], nil
	}
	slices.SortFunc(rs, func(a, b Resolution) int { return strings.Compare(string(a.Source.ID), string(b.Source.ID)) })
	return Resolution{}, &AmbiguousError{Name: name, Candidates: rs}
}

// pick returns the entries of the best tier among es, appended to dst;
// with folded, every entry is of tier MatchFolded.
func pick(dst, es []entry, folded bool) (MatchKind, []entry) {
	best := MatchNone
	for _, e := range es {
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

func matchedText(s Source, e entry) string {
	switch e.idx {
	case -1:
		return s.Name
	case -2:
		return s.Short
	default:
		return s.Names[e.idx].Text
	}
}

// queryKey returns textkey.Key(s), from a bounded cache for non-ASCII text;
// the caller holds at least the read lock.
func (r *Registry) queryKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return textkey.Key(s)
	}
	r.qmu.Lock()
	k, ok := r.queries[s]
	r.qmu.Unlock()
	if ok {
		return k
	}
	k = textkey.Key(s)
	r.qmu.Lock()
	if r.queries == nil || len(r.queries) >= queryCacheSize {
		r.queries = make(map[string]string)
	}
	r.queries[s] = k
	r.qmu.Unlock()
	return k
}
