package source

import (
	_ "embed"
	"fmt"
	"io"
	"sync"

	"github.com/conflictkit/conflict/internal/catalogjson"
)

// embeddedCatalogue is the SDK's catalogue of the sources of the Syrian
// conflict and of the outlets the shared samples cite; catalogue/README.md
// gives the provenance of its facts.
//
//go:embed catalogue/sources.json
var embeddedCatalogue []byte

var defaultRegistry = sync.OnceValues(func() (*Registry, error) {
	return loadCatalogue(embeddedCatalogue)
})

// loadCatalogue decodes and freezes a catalogue; on failure it returns an
// empty read-only Registry and the reason.
func loadCatalogue(b []byte) (*Registry, error) {
	sources, err := loadJSON(b)
	var r *Registry
	if err == nil {
		r, err = NewRegistry(sources...)
	}
	if err != nil {
		empty := &Registry{}
		empty.recs.ReadOnly = true
		return empty, err
	}
	r.recs.ReadOnly = true
	return r, nil
}

// Default returns the catalogue embedded in the SDK: SOHR, SANA, TASS,
// AFP, Al Jazeera, Reuters, the UN, CENTCOM and the other outlets that the
// ACLED and UCDP samples cite, with short names, names in other scripts,
// kinds, and where known the language and the country where each is
// based. Sources that are also actors carry the actor's ID (Source.Actor).
//
// It is decoded on the first call, once; every call returns the same
// Registry, which is safe for concurrent use and read-only (Add and Merge
// fail with ErrReadOnly). To extend it, Clone it and Merge your own
// sources (see LoadJSON). The package's tests check that it loads; should
// it ever fail to, Default returns an empty Registry.
func Default() *Registry {
	r, _ := defaultRegistry()
	return r
}

// ParseError reports where LoadJSON found a problem: the 1-based line and
// byte column of the input, the byte offset, the JSON path of the value
// ("sources[3].kind", or "[3].kind" for a bare array) and the cause, which
// wraps a sentinel (ErrSyntax, ErrBadLanguage, ErrDuplicate, or for a
// source that fails Validate, its FieldErrors and their sentinels).
type ParseError struct {
	Line   int   // 1-based line of the input
	Column int   // 1-based byte column within Line
	Offset int64 // byte offset from the start of the input
	Field  string
	Err    error
}

// Error formats the position, field and cause, e.g.
// `source: line 4, column 15, field "sources[0].kind": ...`.
func (e *ParseError) Error() string {
	s := fmt.Sprintf("source: line %d, column %d", e.Line, e.Column)
	if e.Field != "" {
		s += fmt.Sprintf(", field %q", e.Field)
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *ParseError) Unwrap() error { return e.Err }

// LoadJSON reads a catalogue: a JSON array of sources, or an object whose
// only member "sources" is that array, each source in the form Source's
// JSON methods write. Decoding is strict (unknown or repeated members,
// invalid UTF-8 and trailing data are errors), every source must pass
// Validate, and an ID may appear once. Errors are *ParseError values with
// positions, joined when several sources fail. A UTF-8 byte-order mark is
// skipped; a file in UTF-16 or UTF-32 is refused (ErrBadText) with a
// message that says so, and one longer than 256 MiB (ErrSyntax) after
// reading that much.
//
// To lay a catalogue of your own over the embedded one:
//
//	mine, err := source.LoadJSON(f)
//	reg := source.Default().Clone()
//	err = reg.Merge(mine...)
func LoadJSON(r io.Reader) ([]Source, error) {
	b, err := io.ReadAll(io.LimitReader(r, catalogjson.MaxBytes+1)) // Decode refuses more than MaxBytes
	if err != nil {
		return nil, fmt.Errorf("source: read catalogue: %w", err)
	}
	return loadJSON(b)
}

func loadJSON(b []byte) ([]Source, error) {
	records, ps := catalogjson.Decode(b, catalogSpec)
	if len(ps) > 0 {
		return nil, catalogjson.Err(b, ps, func(line, col int, off int64, field string, err error) error {
			return &ParseError{Line: line, Column: col, Offset: off, Field: field, Err: err}
		})
	}
	return records, nil
}

// catalogSpec says how a catalogue of sources decodes: the sentinels
// this package's decoders wrap, and which record failed.
var catalogSpec = catalogjson.Spec[Source, ID]{
	Member:    "sources",
	Noun:      "source",
	Want:      `an array of sources or an object with a "sources" array`,
	Syntax:    ErrSyntax,
	Duplicate: ErrDuplicate,
	Own:       []error{ErrBadID, ErrUnknownKind, ErrBadLanguage, ErrBadGrade},
	Types:     nil,
	Validate:  func(x Source) error { return x.Validate() },
	ID:        func(x Source) ID { return x.ID },
	BadText:   ErrBadText,
}
