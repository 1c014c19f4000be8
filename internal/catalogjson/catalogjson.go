// Package catalogjson decodes the catalogues of packages actor and source
// (and users' catalogues in the same form): a JSON array of records, or an
// object whose one member is that array, decoded strictly, each record
// validated, IDs unique, and every failure placed at the byte offset and
// JSON path of the value at fault. Each package turns the Problems into its
// own positioned error type.
package catalogjson

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/conflictkit/conflict/internal/strictjson"
)

// Problem is one failure: the byte offset of the value at fault, its JSON
// path ("actors[3].kind", "[3].kind" for a bare array) and the cause.
type Problem struct {
	Offset int64
	Field  string
	Err    error
	// Decoding is true when the document as a whole did not decode (it is
	// then the only problem), false for a record that failed validation.
	Decoding bool
}

// Spec says how to decode one kind of catalogue.
type Spec[T any, K ~string] struct {
	Member    string // the member of an object document: "actors"
	Noun      string // a record in messages: "actor"
	Want      string // what a document must be, for the error on anything else
	Syntax    error  // the package's sentinel for malformed input
	Duplicate error  // the package's sentinel for an ID given twice
	// Own are the sentinels the package's decoders wrap; a decoding
	// failure that wraps none of them is reported as Syntax.
	Own []error
	// Types maps the Go type of a value that failed to decode to the
	// sentinel to add to the cause (language.Tag to ErrBadLanguage).
	Types    map[reflect.Type]error
	Validate func(T) error
	ID       func(T) K
	// BadText is the package's sentinel for text that is not UTF-8
	// (input in UTF-16 or UTF-32, or invalid bytes).
	BadText error
	// Check, when set, checks the records against each other once each
	// is valid and IDs are unique (a cycle of successions), reporting the
	// index of the record at fault, the path below it ("links[1]") and
	// the cause.
	Check func([]T) (i int, field string, err error)
}

// MaxBytes bounds a catalogue document: far above any real catalogue, low
// enough that a runaway input cannot exhaust memory. Loaders read at most
// MaxBytes+1 bytes and Decode refuses more.
const MaxBytes = 256 << 20

// Decode decodes b by spec. It returns the records, or the problems: one
// for a document that does not decode, one per failing record otherwise.
// A UTF-8 byte-order mark is skipped (offsets still count it); input in
// UTF-16 or UTF-32 is refused with a message that says so, and input
// longer than MaxBytes is refused (spec.Syntax) at the limit.
func Decode[T any, K ~string](b []byte, spec Spec[T, K]) ([]T, []Problem) {
	if len(b) > MaxBytes {
		return nil, []Problem{{Offset: MaxBytes, Err: fmt.Errorf("%w: the catalogue is longer than %d bytes", spec.Syntax, MaxBytes), Decoding: true}}
	}
	if err := strictjson.EncodingError(b); err != nil {
		return nil, []Problem{{Err: fmt.Errorf("%w: %w", spec.BadText, err), Decoding: true}}
	}
	if bytes.HasPrefix(b, []byte("\ufeff")) {
		records, ps := Decode(b[3:], spec)
		for i := range ps {
			ps[i].Offset += 3
		}
		return records, ps
	}
	start := skipSpace(b, 0)
	if start == len(b) {
		return nil, []Problem{{Offset: int64(start), Err: fmt.Errorf("%w: empty input", spec.Syntax), Decoding: true}}
	}
	var (
		records []T
		arrayAt int    // offset of the array of records
		prefix  string // JSON path of that array
	)
	switch b[start] {
	case '[':
		if err := strictjson.Decode(b, &records); err != nil {
			return nil, []Problem{fromStrict(err, spec)}
		}
		arrayAt = start
	case '{':
		// A document is one member: decode it strictly through a struct
		// built for the member's name.
		docType := reflect.StructOf([]reflect.StructField{{
			Name: "Records", Type: reflect.TypeFor[*[]T](), Tag: reflect.StructTag(`json:"` + spec.Member + `"`),
		}})
		v := reflect.New(docType)
		if err := strictjson.Decode(b, v.Interface()); err != nil {
			return nil, []Problem{fromStrict(err, spec)}
		}
		got := v.Elem().Field(0).Interface().(*[]T)
		if got == nil {
			return nil, []Problem{{Offset: int64(start), Field: spec.Member, Err: fmt.Errorf(`%w: no %q array`, spec.Syntax, spec.Member), Decoding: true}}
		}
		records, prefix = *got, spec.Member
		arrayAt = int(strictjson.MemberOffset(b, spec.Member))
	default:
		return nil, []Problem{{Offset: int64(start), Err: fmt.Errorf(`%w: want %s`, spec.Syntax, spec.Want), Decoding: true}}
	}
	offsets := elementOffsets(b, arrayAt)
	var ps []Problem
	first := make(map[K]int, len(records))
	for i, rec := range records {
		off := int64(arrayAt)
		if i < len(offsets) {
			off = int64(offsets[i])
		}
		path := prefix + "[" + strconv.Itoa(i) + "]"
		id := spec.ID(rec)
		if err := spec.Validate(rec); err != nil {
			ps = append(ps, Problem{Offset: off, Field: path, Err: fmt.Errorf("%s %q: %w", spec.Noun, string(id), err)})
			continue
		}
		if j, ok := first[id]; ok {
			ps = append(ps, Problem{Offset: off, Field: path + ".id", Err: fmt.Errorf("id %q also at %s[%d]: %w", string(id), prefix, j, spec.Duplicate)})
			continue
		}
		first[id] = i
	}
	if len(ps) > 0 {
		return nil, ps
	}
	if spec.Check != nil {
		if i, field, err := spec.Check(records); err != nil {
			off := int64(arrayAt)
			if i < len(offsets) {
				off = int64(offsets[i])
			}
			path := prefix + "[" + strconv.Itoa(i) + "]"
			if field != "" {
				path += "." + field
			}
			return nil, []Problem{{Offset: off, Field: path, Err: err}}
		}
	}
	return records, nil
}

// Err turns problems into one error for the caller: the problem alone
// when the document did not decode, else every problem, joined. mk makes
// the package's positioned error from a problem's line, byte column,
// offset, field and cause.
func Err(b []byte, ps []Problem, mk func(line, col int, off int64, field string, err error) error) error {
	errs := make([]error, len(ps))
	for i, p := range ps {
		line, col, off := Position(b, p.Offset)
		errs[i] = mk(line, col, off, p.Field, p.Err)
	}
	if len(ps) == 1 && ps[0].Decoding {
		return errs[0]
	}
	return errors.Join(errs...)
}

// fromStrict turns a strictjson failure into a Problem whose cause wraps
// one of the package's sentinels.
func fromStrict[T any, K ~string](err error, spec Spec[T, K]) Problem {
	var se *strictjson.Error
	if !errors.As(err, &se) {
		return Problem{Err: fmt.Errorf("%w: %w", spec.Syntax, err), Decoding: true}
	}
	cause := se.Err
	switch {
	case errors.Is(cause, strictjson.ErrUTF8) && spec.BadText != nil:
		cause = fmt.Errorf("%w: %w", spec.Syntax, spec.BadText)
	case errors.Is(cause, strictjson.ErrSyntax):
		// strictjson's sentinel says what the package's says: say it once.
		cause = fmt.Errorf("%w%s", spec.Syntax, strings.TrimPrefix(cause.Error(), strictjson.ErrSyntax.Error()))
	case spec.Types[se.Type] != nil:
		cause = fmt.Errorf("%w: %w", spec.Types[se.Type], cause)
	case !wrapsAny(cause, spec.Own):
		cause = fmt.Errorf("%w: %w", spec.Syntax, cause)
	}
	return Problem{Offset: se.Offset, Field: se.Path, Err: cause, Decoding: true}
}

func wrapsAny(err error, targets []error) bool {
	for _, t := range targets {
		if errors.Is(err, t) {
			return true
		}
	}
	return false
}

// Position returns the 1-based line and byte column of offset off in b,
// and off clamped to b.
func Position(b []byte, off int64) (line, col int, offset int64) {
	o := int(min(max(off, 0), int64(len(b))))
	line = 1 + bytes.Count(b[:o], []byte{'\n'})
	col = o - (bytes.LastIndexByte(b[:o], '\n') + 1) + 1
	return line, col, int64(o)
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
