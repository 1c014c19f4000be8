package source

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/conflictkit/conflict/internal/strictjson"
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
		return &Registry{readOnly: true}, err
	}
	r.readOnly = true
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
// positions, joined when several sources fail.
//
// To lay a catalogue of your own over the embedded one:
//
//	mine, err := source.LoadJSON(f)
//	reg := source.Default().Clone()
//	err = reg.Merge(mine...)
func LoadJSON(r io.Reader) ([]Source, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("source: read catalogue: %w", err)
	}
	return loadJSON(b)
}

func loadJSON(b []byte) ([]Source, error) {
	start := skipSpace(b, 0)
	if start == len(b) {
		return nil, newParseError(b, int64(start), "", fmt.Errorf("%w: empty input", ErrSyntax))
	}
	var (
		sources []Source
		arrayAt int
		prefix  string
	)
	switch b[start] {
	case '[':
		if err := strictjson.Decode(b, &sources); err != nil {
			return nil, fromStrict(b, err)
		}
		arrayAt = start
	case '{':
		var doc struct {
			Sources *[]Source `json:"sources"`
		}
		if err := strictjson.Decode(b, &doc); err != nil {
			return nil, fromStrict(b, err)
		}
		if doc.Sources == nil {
			return nil, newParseError(b, int64(start), "sources", fmt.Errorf(`%w: no "sources" array`, ErrSyntax))
		}
		sources, prefix = *doc.Sources, "sources"
		arrayAt = int(strictjson.MemberOffset(b, "sources"))
	default:
		return nil, newParseError(b, int64(start), "", fmt.Errorf(`%w: want an array of sources or an object with a "sources" array`, ErrSyntax))
	}
	offsets := elementOffsets(b, arrayAt)
	var errs []error
	first := make(map[ID]int, len(sources))
	for i, s := range sources {
		off := int64(arrayAt)
		if i < len(offsets) {
			off = int64(offsets[i])
		}
		path := prefix + "[" + strconv.Itoa(i) + "]"
		if err := s.Validate(); err != nil {
			errs = append(errs, newParseError(b, off, path, fmt.Errorf("source %q: %w", string(s.ID), err)))
			continue
		}
		if j, ok := first[s.ID]; ok {
			errs = append(errs, newParseError(b, off, path+".id", fmt.Errorf("id %q also at %s[%d]: %w", string(s.ID), prefix, j, ErrDuplicate)))
			continue
		}
		first[s.ID] = i
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return sources, nil
}

// ownSentinels are the errors a value's own decoder in this package wraps.
var ownSentinels = []error{ErrBadID, ErrUnknownKind, ErrBadLanguage, ErrBadGrade}

// fromStrict turns a strictjson failure into a *ParseError whose cause
// wraps one of this package's sentinels.
func fromStrict(b []byte, err error) error {
	var se *strictjson.Error
	if !errors.As(err, &se) {
		return newParseError(b, 0, "", fmt.Errorf("%w: %w", ErrSyntax, err))
	}
	cause := se.Err
	switch {
	case errors.Is(cause, strictjson.ErrSyntax):
		cause = fmt.Errorf("%w%s", ErrSyntax, strings.TrimPrefix(cause.Error(), strictjson.ErrSyntax.Error()))
	case !wrapsAny(cause, ownSentinels):
		cause = fmt.Errorf("%w: %w", ErrSyntax, cause)
	}
	return newParseError(b, se.Offset, se.Path, cause)
}

func wrapsAny(err error, targets []error) bool {
	for _, t := range targets {
		if errors.Is(err, t) {
			return true
		}
	}
	return false
}

func newParseError(b []byte, off int64, field string, err error) *ParseError {
	o := int(min(max(off, 0), int64(len(b))))
	line := 1 + bytes.Count(b[:o], []byte{'\n'})
	col := o - (bytes.LastIndexByte(b[:o], '\n') + 1) + 1
	return &ParseError{Line: line, Column: col, Offset: int64(o), Field: field, Err: err}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// elementOffsets returns the offsets of the elements of the JSON array at
// b[at]; b must be well formed (it has been decoded).
func elementOffsets(b []byte, at int) []int {
	if at >= len(b) || b[at] != '[' {
		return nil
	}
	var out []int
	i := skipSpace(b, at+1)
	for i < len(b) && b[i] != ']' {
		out = append(out, i)
		i = skipSpace(b, valueEnd(b, i))
		if i < len(b) && b[i] == ',' {
			i = skipSpace(b, i+1)
		}
	}
	return out
}

// valueEnd returns the end of the well-formed JSON value at b[i].
func valueEnd(b []byte, i int) int {
	depth := 0
	for j := i; j < len(b); j++ {
		switch b[j] {
		case '"':
			j++
			for j < len(b) && b[j] != '"' {
				if b[j] == '\\' {
					j++
				}
				j++
			}
			if depth == 0 {
				return j + 1
			}
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return j + 1
			}
			if depth < 0 {
				return j
			}
		case ',', ' ', '\t', '\r', '\n':
			if depth == 0 {
				return j
			}
		}
	}
	return len(b)
}
