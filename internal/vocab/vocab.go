// Package vocab is the shared machinery behind the SDK's open code sets
// (event types, roles, actor kinds, casualty outcomes and groups, source
// kinds): a concurrency-safe registry of string codes with labels.
//
// It makes no public promise. Each public package wraps a Vocab in its own
// named code type and its own sentinel error, so that callers never see this
// package.
package vocab

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/conflictkit/conflict/internal/fielderr"
)

// MaxLen is the longest code accepted.
const MaxLen = 64

// Term describes one registered code.
type Term struct {
	Code        string // the wire form, e.g. "air-drone-strike"
	Label       string // human-readable name, e.g. "Air/drone strike"
	Description string // what the code means, briefly
	Parent      string // code of the parent term, if the set is a hierarchy
}

// Vocab is a set of registered codes of type T. The zero value is not
// usable; build one with New. All methods are safe for concurrent use.
type Vocab[T ~string] struct {
	name    string
	unknown error

	mu    sync.RWMutex
	terms map[T]Term
	order []T
}

// New returns a vocabulary called name (used in error messages, e.g.
// "casualty outcome") whose Parse failures wrap unknown, holding terms.
// It panics if terms are malformed or repeated: it is meant for package-level
// tables that tests cover.
func New[T ~string](name string, unknown error, terms ...Term) *Vocab[T] {
	v := &Vocab[T]{name: name, unknown: unknown, terms: make(map[T]Term, len(terms))}
	for _, t := range terms {
		if err := v.Register(t); err != nil {
			panic(err)
		}
	}
	return v
}

// ErrSyntax reports a code that is not well formed.
var ErrSyntax = errors.New("malformed code")

// ErrDuplicate reports a code registered twice.
var ErrDuplicate = errors.New("code already registered")

// CheckSyntax reports whether s is a well-formed code: 1 to MaxLen bytes of
// lower-case ASCII letters and digits, starting with a letter, where single
// separators '-', '_', '.', '/' and ':' may join runs of letters and digits.
// Namespaced extension codes such as "org.example/drone-sighting" are well
// formed.
func CheckSyntax(s string) error {
	if s == "" || len(s) > MaxLen {
		return ErrSyntax
	}
	prevSep := true // a code may not start with a separator
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			prevSep = false
		case c >= '0' && c <= '9':
			if i == 0 {
				return ErrSyntax
			}
			prevSep = false
		case c == '-' || c == '_' || c == '.' || c == '/' || c == ':':
			if prevSep {
				return ErrSyntax
			}
			prevSep = true
		default:
			return ErrSyntax
		}
	}
	if prevSep {
		return ErrSyntax
	}
	return nil
}

// Name is the vocabulary's name, as used in error messages.
func (v *Vocab[T]) Name() string { return v.name }

// Register adds a term. It fails with ErrSyntax for a malformed code or
// parent, and with ErrDuplicate if the code is already present. A parent, if
// given, must already be registered.
func (v *Vocab[T]) Register(t Term) error {
	if err := CheckSyntax(t.Code); err != nil {
		return fmt.Errorf("%s %q: %w", v.name, t.Code, err)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if _, ok := v.terms[T(t.Code)]; ok {
		return fmt.Errorf("%s %q: %w", v.name, t.Code, ErrDuplicate)
	}
	if t.Parent != "" {
		if _, ok := v.terms[T(t.Parent)]; !ok {
			return fmt.Errorf("%s %q: parent %q: %w", v.name, t.Code, t.Parent, v.unknown)
		}
	}
	v.terms[T(t.Code)] = t
	v.order = append(v.order, T(t.Code))
	return nil
}

// Lookup returns the term registered for c.
func (v *Vocab[T]) Lookup(c T) (Term, bool) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	t, ok := v.terms[c]
	return t, ok
}

// Label returns the registered label of c, or c itself when c is not
// registered or has no label.
func (v *Vocab[T]) Label(c T) string {
	if t, ok := v.Lookup(c); ok && t.Label != "" {
		return t.Label
	}
	return string(c)
}

// Description returns the registered description of c, or "".
func (v *Vocab[T]) Description(c T) string {
	t, _ := v.Lookup(c)
	return t.Description
}

// Known reports whether c is registered.
func (v *Vocab[T]) Known(c T) bool {
	_, ok := v.Lookup(c)
	return ok
}

// Codes returns every registered code in registration order.
func (v *Vocab[T]) Codes() []T {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return slices.Clone(v.order)
}

// Parse returns s as a code if it is well formed and registered. Errors wrap
// ErrSyntax or the vocabulary's unknown-code sentinel, and quote s.
func (v *Vocab[T]) Parse(s string) (T, error) {
	if err := CheckSyntax(s); err != nil {
		return "", fmt.Errorf("%s %s: %w: %w", v.name, fielderr.Quote(s), err, v.unknown)
	}
	if !v.Known(T(s)) {
		return "", fmt.Errorf("%s %s: %w", v.name, fielderr.Quote(s), v.unknown)
	}
	return T(s), nil
}

// UnmarshalCode is the UnmarshalText rule shared by every code type: any
// well-formed code is accepted, registered or not, so that data written with
// a downstream extension survives a round trip; validation reports codes that
// are not registered. Empty input gives the zero value.
func UnmarshalCode[T ~string](name string, unknown error, text []byte) (T, error) {
	if len(text) == 0 {
		return "", nil
	}
	s := string(text)
	if err := CheckSyntax(s); err != nil {
		return "", fmt.Errorf("%s %s: %w: %w", name, fielderr.Quote(s), err, unknown)
	}
	return T(s), nil
}

// Clone returns an independent copy of v: registering in one does not affect
// the other.
func (v *Vocab[T]) Clone() *Vocab[T] {
	v.mu.RLock()
	defer v.mu.RUnlock()
	c := &Vocab[T]{name: v.name, unknown: v.unknown, terms: make(map[T]Term, len(v.terms)), order: slices.Clone(v.order)}
	for k, t := range v.terms {
		c.terms[k] = t
	}
	return c
}
