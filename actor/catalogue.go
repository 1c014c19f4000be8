package actor

import (
	_ "embed"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"sync"

	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/internal/catalogjson"
)

// embeddedCatalogue is the SDK's catalogue of the actors of the Syrian
// conflict; catalogue/README.md gives the provenance of its facts.
//
//go:embed catalogue/actors.json
var embeddedCatalogue []byte

var defaultRegistry = sync.OnceValues(func() (*Registry, error) {
	return loadCatalogue(embeddedCatalogue)
})

// loadCatalogue decodes, checks and freezes a catalogue; on failure it
// returns an empty read-only Registry and the reason.
func loadCatalogue(b []byte) (*Registry, error) {
	actors, err := loadJSON(b)
	var r *Registry
	if err == nil {
		r, err = NewRegistry(actors...)
	}
	if err == nil {
		err = r.Check()
	}
	if err != nil {
		empty := &Registry{}
		empty.recs.ReadOnly = true
		return empty, err
	}
	r.recs.ReadOnly = true
	return r, nil
}

// Default returns the catalogue embedded in the SDK: the actors of the
// Syrian conflict (HTS and its predecessors, Hurras al-Din, Ansar
// al-Tawhid, al-Qaeda, the Islamic State, the Syrian government and its
// forces, Russia, Turkey, the United States and their forces, CENTCOM, the
// SDF, the Syrian National Army, ...) and the generic actors of ACLED and
// UCDP (civilians, unidentified armed groups), with dated names, ACLED
// actor strings and UCDP side names as identifiers, and dated links.
//
// The catalogue is decoded and indexed on the first call, once; every call
// returns the same Registry, which is safe for concurrent use and
// read-only: Add and Merge on it fail with ErrReadOnly, so that no package
// can change what another sees. To extend it, Clone it and Merge your own
// actors (see LoadJSON). The package's tests check that the catalogue
// loads; should it ever fail to, Default returns an empty Registry.
func Default() *Registry {
	r, _ := defaultRegistry()
	return r
}

// ParseError reports where LoadJSON found a problem: the 1-based line and
// byte column of the input, the byte offset, the JSON path of the value
// ("actors[3].kind", or "[3].kind" for a bare array) and the cause, which
// wraps a sentinel (ErrSyntax, ErrBadText, ErrBadLanguage, ErrDuplicate,
// ErrCycle with a *CycleError, or for an actor that fails Validate, its
// FieldErrors and their sentinels).
type ParseError struct {
	Line   int   // 1-based line of the input
	Column int   // 1-based byte column within Line
	Offset int64 // byte offset from the start of the input
	Field  string
	Err    error
}

// Error formats the position, field and cause, e.g.
// `actor: line 4, column 15, field "actors[0].kind": ...`.
func (e *ParseError) Error() string {
	s := fmt.Sprintf("actor: line %d, column %d", e.Line, e.Column)
	if e.Field != "" {
		s += fmt.Sprintf(", field %q", e.Field)
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *ParseError) Unwrap() error { return e.Err }

// LoadJSON reads a catalogue: a JSON array of actors, or an object whose
// only member "actors" is that array, each actor in the form Actor's JSON
// methods write. Decoding is strict (unknown or repeated members, invalid
// UTF-8 and trailing data are errors), every actor must pass Validate, an
// ID may appear once, and successions may not run in a circle (ErrCycle).
// Errors are *ParseError values with positions, joined when several actors
// fail; links to actors the catalogue lacks are not checked here
// (Registry.Check does that once catalogues are merged). A UTF-8
// byte-order mark is skipped; a file in UTF-16 or UTF-32 is refused
// (ErrBadText) with a message that says so, and one longer than 256 MiB
// (ErrSyntax) after reading that much.
//
// To lay a catalogue of your own over the embedded one:
//
//	mine, err := actor.LoadJSON(f)
//	reg := actor.Default().Clone()
//	err = reg.Merge(mine...)
func LoadJSON(r io.Reader) ([]Actor, error) {
	b, err := io.ReadAll(io.LimitReader(r, catalogjson.MaxBytes+1)) // Decode refuses more than MaxBytes
	if err != nil {
		return nil, fmt.Errorf("actor: read catalogue: %w", err)
	}
	return loadJSON(b)
}

func loadJSON(b []byte) ([]Actor, error) {
	records, ps := catalogjson.Decode(b, catalogSpec)
	if len(ps) > 0 {
		return nil, catalogjson.Err(b, ps, func(line, col int, off int64, field string, err error) error {
			return &ParseError{Line: line, Column: col, Offset: off, Field: field, Err: err}
		})
	}
	return records, nil
}

// catalogSpec says how a catalogue of actors decodes: the sentinels
// this package's decoders wrap, and which record failed.
var catalogSpec = catalogjson.Spec[Actor, ID]{
	Member:    "actors",
	Noun:      "actor",
	Want:      `an array of actors or an object with an "actors" array`,
	Syntax:    ErrSyntax,
	Duplicate: ErrDuplicate,
	Own:       []error{ErrBadID, ErrUnknownKind, ErrBadDate, ErrUnknownNameKind, ErrUnknownLinkKind},
	Types:     map[reflect.Type]error{reflect.TypeFor[language.Tag](): ErrBadLanguage},
	Validate:  func(x Actor) error { return x.Validate() },
	ID:        func(x Actor) ID { return x.ID },
	BadText:   ErrBadText,
	Check:     catalogueCycle,
}

// catalogueCycle reports a cycle of successions among the actors of a
// catalogue, at the link that closes it.
func catalogueCycle(actors []Actor) (int, string, error) {
	ids, at := findCycle(func(yield func(*Actor) bool) {
		for i := range actors {
			if !yield(&actors[i]) {
				return
			}
		}
	})
	if ids == nil {
		return 0, "", nil
	}
	i := slices.IndexFunc(actors, func(a Actor) bool { return a.ID == at.holder })
	return i, "links[" + strconv.Itoa(at.link) + "]", &CycleError{Actors: ids}
}
