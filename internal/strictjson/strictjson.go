// Package strictjson decodes JSON into Go values strictly and says where it
// failed: unknown object members are errors, and every error carries the
// byte offset of the offending value and its JSON path
// ("events[3].casualties[1].count").
//
// encoding/json reports positions only for syntax and type errors, and
// drops errors' paths when a custom UnmarshalJSON or UnmarshalText fails;
// this package walks structs, slices, maps and pointers itself and hands
// only leaves (and types with their own unmarshalers) to encoding/json.
//
// It makes no public promise; the public decoders wrap *Error in their own
// typed errors.
package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Error is a decoding failure at Offset (bytes from the start of the input)
// in the value at Path.
type Error struct {
	Offset int64
	Path   string
	Err    error
	// Type is the Go type of the leaf value that failed to decode itself
	// (a type with its own UnmarshalJSON or UnmarshalText, or a basic
	// type); nil for structural errors.
	Type reflect.Type
}

// Error names the field by its path, or the byte offset when the failure is
// not in a field (malformed JSON). Decoders that know lines and columns
// report those themselves.
func (e *Error) Error() string {
	if e.Path == "" {
		return fmt.Sprintf("offset %d: %v", e.Offset, e.Err)
	}
	return e.Path + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// ErrUnknownField reports an object member that the target type does not have.
var ErrUnknownField = errors.New("unknown field")

// ErrSyntax reports input that is not well-formed JSON.
var ErrSyntax = errors.New("malformed JSON")

// ErrType reports a JSON value of the wrong kind for the target.
var ErrType = errors.New("wrong JSON type")

// ErrRange reports a number too large for its target (1e309 for a
// float64, 2^63 for an int64): a well-formed value of the right kind that
// cannot be held, which callers may report as their own range error.
var ErrRange = errors.New("number out of range")

// ErrUTF8 reports text that is not valid UTF-8. Errors carrying it also
// wrap ErrSyntax.
var ErrUTF8 = errors.New("invalid UTF-8")

// Positioned is implemented by errors that know their own offset and path
// relative to the value they were decoding; Decode re-bases them. Types
// whose UnmarshalJSON calls Decode return such errors.
type Positioned interface {
	error
	Position() (offset int64, path string)
	Cause() error
}

// Position returns Offset and Path, for Decode to re-base nested errors.
func (e *Error) Position() (int64, string) { return e.Offset, e.Path }

// Cause returns the underlying error.
func (e *Error) Cause() error { return e.Err }

// Decode decodes data, which must hold exactly one JSON value, into v, a
// non-nil pointer. Types implementing json.Unmarshaler or
// encoding.TextUnmarshaler decode themselves; everything else is walked.
func Decode(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &Error{Err: errors.New("strictjson: Decode needs a non-nil pointer")}
	}
	// encoding/json replaces invalid UTF-8 bytes with U+FFFD without a
	// word; that would be silent loss, so it is an error here. (An escaped
	// lone surrogate such as \ud800 is well-formed JSON text and still
	// decodes to U+FFFD, as in encoding/json.)
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return &Error{Offset: int64(off), Err: fmt.Errorf("%w: %w", ErrSyntax, ErrUTF8)}
	}
	// Validate once; below, values are delimited by a scanner that relies
	// on the input being well formed.
	if !json.Valid(data) {
		return syntaxErr(data)
	}
	start := skipSpace(data, 0)
	end := scanEnd(data, start)
	return decode(data[start:end], int64(start), "", rv.Elem())
}

// syntaxErr reports where encoding/json finds data malformed.
func syntaxErr(data []byte) error {
	var se *json.SyntaxError
	err := json.Unmarshal(data, new(any))
	if errors.As(err, &se) {
		// SyntaxError.Offset counts the bytes read, including the bad one.
		return &Error{Offset: max(se.Offset-1, 0), Err: fmt.Errorf("%w: %s", ErrSyntax, se.Error())}
	}
	if err == nil {
		err = errors.New("unexpected end of input")
	}
	return &Error{Offset: int64(len(data)), Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
}

// scanEnd returns the end of the JSON value that starts at data[i]. data
// must be well formed (Decode checks it with json.Valid first), so the
// scanner only tracks strings and nesting: it allocates nothing.
func scanEnd(data []byte, i int) int {
	switch data[i] {
	case '"':
		return stringEnd(data, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(data); j++ {
			switch data[j] {
			case '"':
				j = stringEnd(data, j) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1
				}
			}
		}
		return len(data)
	}
	j := i // a number, true, false or null
	for j < len(data) {
		switch data[j] {
		case ',', '}', ']', ':', ' ', '\t', '\r', '\n':
			return j
		}
		j++
	}
	return j
}

// stringEnd returns the end of the JSON string whose opening quote is at
// data[i].
func stringEnd(data []byte, i int) int {
	for j := i + 1; j < len(data); j++ {
		switch data[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(data)
}

// keyString returns the text of a member name; names without escapes,
// which is nearly all of them, are not run through encoding/json.
func keyString(raw []byte) (string, error) {
	if bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : len(raw)-1]), nil
	}
	var key string
	err := json.Unmarshal(raw, &key)
	return key, err
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func isNull(data []byte) bool { return string(data) == "null" }

// decode decodes one well-formed JSON value (no surrounding space) that
// starts at offset base of the whole input.
func decode(data []byte, base int64, path string, rv reflect.Value) error {
	// Leaves that decode themselves. A caller's UnmarshalJSON that uses
	// Decode must pass an alias type without methods, or it would recurse.
	if rv.CanAddr() {
		pt := rv.Addr().Type()
		if pt.Implements(unmarshalerType) || pt.Implements(textUnmarshalerType) {
			return leaf(data, base, path, rv.Addr().Interface())
		}
	}
	switch rv.Kind() {
	case reflect.Pointer:
		if isNull(data) {
			rv.SetZero()
			return nil
		}
		if rv.IsNil() {
			rv.Set(reflect.New(rv.Type().Elem()))
		}
		return decode(data, base, path, rv.Elem())
	case reflect.Struct:
		return decodeStruct(data, base, path, rv)
	case reflect.Slice:
		if rv.Type().Elem().Kind() == reflect.Uint8 { // []byte: base64 string
			return leaf(data, base, path, rv.Addr().Interface())
		}
		return decodeSlice(data, base, path, rv)
	case reflect.Map:
		if rv.Type().Key().Kind() != reflect.String {
			return leaf(data, base, path, rv.Addr().Interface())
		}
		return decodeMap(data, base, path, rv)
	default:
		return leaf(data, base, path, rv.Addr().Interface())
	}
}

// unmarshalLeaf decodes one well-formed value. A type's own UnmarshalJSON,
// and UnmarshalText on a string without escapes, are called directly:
// going through json.Unmarshal would scan the value once more for nothing.
func unmarshalLeaf(data []byte, ptr any) error {
	switch u := ptr.(type) {
	case json.Unmarshaler:
		return u.UnmarshalJSON(data)
	case encoding.TextUnmarshaler:
		if len(data) >= 2 && data[0] == '"' && bytes.IndexByte(data, '\\') < 0 {
			return u.UnmarshalText(data[1 : len(data)-1])
		}
	}
	return json.Unmarshal(data, ptr)
}

// leaf hands a value to encoding/json and positions its errors.
func leaf(data []byte, base int64, path string, ptr any) error {
	err := unmarshalLeaf(data, ptr)
	if err == nil {
		return nil
	}
	t := reflect.TypeOf(ptr).Elem()
	var pe Positioned
	if errors.As(err, &pe) {
		off, sub := pe.Position()
		e := &Error{Offset: base + off, Path: join(path, sub), Err: pe.Cause()}
		if se, ok := pe.(*Error); ok {
			e.Type = se.Type
		}
		return e
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if overflows(te.Type, data) {
			// encoding/json says "type" for a number that overflows its
			// target; it is the right kind, too large.
			return &Error{Offset: base, Path: join(path, te.Field), Err: fmt.Errorf("%w: %s does not fit a %s", ErrRange, clip(data), te.Type), Type: t}
		}
		return &Error{Offset: base, Path: join(path, te.Field), Err: fmt.Errorf("cannot use JSON %s as %s: %w", te.Value, te.Type, ErrType), Type: t}
	}
	return &Error{Offset: base, Path: path, Err: err, Type: t}
}

func join(path, sub string) string {
	switch {
	case sub == "":
		return path
	case path == "":
		return sub
	case strings.HasPrefix(sub, "["):
		return path + sub
	}
	return path + "." + sub
}

type fieldInfo struct {
	index []int
}

var fieldCache sync.Map // reflect.Type → map[string]fieldInfo

// fields maps JSON member names to struct fields, following encoding/json's
// rules for tags and embedded structs (exact names only: unlike
// encoding/json, member names are case-sensitive here).
func fields(t reflect.Type) map[string]fieldInfo {
	if m, ok := fieldCache.Load(t); ok {
		return m.(map[string]fieldInfo)
	}
	m := map[string]fieldInfo{}
	var walk func(t reflect.Type, index []int)
	walk = func(t reflect.Type, index []int) {
		for i := range t.NumField() {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, _, _ := strings.Cut(tag, ",")
			idx := append(append([]int(nil), index...), i)
			if f.Anonymous && name == "" {
				ft := f.Type
				if ft.Kind() == reflect.Struct {
					walk(ft, idx)
					continue
				}
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if _, dup := m[name]; !dup || len(idx) < len(m[name].index) {
				m[name] = fieldInfo{index: idx}
			}
		}
	}
	walk(t, nil)
	fieldCache.Store(t, m)
	return m
}

func typeErr(base int64, path, want string, data []byte) error {
	got := "value"
	if len(data) > 0 {
		switch data[0] {
		case '{':
			got = "object"
		case '[':
			got = "array"
		case '"':
			got = "string"
		case 't', 'f':
			got = "boolean"
		case 'n':
			got = "null"
		default:
			got = "number"
		}
	}
	return &Error{Offset: base, Path: path, Err: fmt.Errorf("%w: want %s, got %s", ErrType, want, got)}
}

// members calls fn for each member of the JSON object data, with the
// member's value and its offset within data.
func members(data []byte, base int64, path string, fn func(key string, val []byte, keyOff, off int) error) error {
	if len(data) == 0 || data[0] != '{' {
		return typeErr(base, path, "object", data)
	}
	i := skipSpace(data, 1)
	if data[i] == '}' {
		return nil
	}
	for {
		kEnd := scanEnd(data, i)
		key, err := keyString(data[i:kEnd])
		if err != nil {
			return &Error{Offset: base + int64(i), Path: path, Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
		}
		keyOff := i
		i = skipSpace(data, kEnd)
		i = skipSpace(data, i+1) // the colon
		vEnd := scanEnd(data, i)
		if err := fn(key, data[i:vEnd], keyOff, i); err != nil {
			return err
		}
		i = skipSpace(data, vEnd)
		if data[i] == '}' {
			return nil
		}
		i = skipSpace(data, i+1) // the comma
	}
}

// elements calls fn for each element of the JSON array data.
func elements(data []byte, base int64, path string, fn func(n int, val []byte, off int) error) error {
	if len(data) == 0 || data[0] != '[' {
		return typeErr(base, path, "array", data)
	}
	i := skipSpace(data, 1)
	if data[i] == ']' {
		return nil
	}
	for n := 0; ; n++ {
		vEnd := scanEnd(data, i)
		if err := fn(n, data[i:vEnd], i); err != nil {
			return err
		}
		i = skipSpace(data, vEnd)
		if data[i] == ']' {
			return nil
		}
		i = skipSpace(data, i+1)
	}
}

func decodeStruct(data []byte, base int64, path string, rv reflect.Value) error {
	if isNull(data) {
		return nil
	}
	fs := fields(rv.Type())
	seen := make(map[string]bool, len(fs))
	return members(data, base, path, func(key string, val []byte, keyOff, off int) error {
		f, ok := fs[key]
		if !ok {
			return &Error{Offset: base + int64(keyOff), Path: join(path, key), Err: fmt.Errorf("%w %q", ErrUnknownField, key)}
		}
		if seen[key] {
			return repeated(base, keyOff, path, key)
		}
		seen[key] = true
		fv, err := rv.FieldByIndexErr(f.index)
		if err != nil { // nil embedded pointer: not used by this SDK's types
			return &Error{Offset: base + int64(off), Path: join(path, key), Err: err}
		}
		return decode(val, base+int64(off), join(path, key), fv)
	})
}

func decodeSlice(data []byte, base int64, path string, rv reflect.Value) error {
	if isNull(data) {
		rv.SetZero()
		return nil
	}
	out := reflect.MakeSlice(rv.Type(), 0, 0)
	elem := rv.Type().Elem()
	err := elements(data, base, path, func(n int, val []byte, off int) error {
		p := path + "[" + strconv.Itoa(n) + "]"
		// A null element of a struct slice (time.Time included) would
		// become an empty record: an invented value, so it is refused.
		if elem.Kind() == reflect.Struct && isNull(val) {
			return &Error{Offset: base + int64(off), Path: p, Err: fmt.Errorf("%w: null element", ErrType)}
		}
		ev := reflect.New(elem).Elem()
		if err := decode(val, base+int64(off), p, ev); err != nil {
			return err
		}
		out = reflect.Append(out, ev)
		return nil
	})
	if err != nil {
		return err
	}
	rv.Set(out)
	return nil
}

func decodeMap(data []byte, base int64, path string, rv reflect.Value) error {
	if isNull(data) {
		rv.SetZero()
		return nil
	}
	m := reflect.MakeMap(rv.Type())
	err := members(data, base, path, func(key string, val []byte, keyOff, off int) error {
		if m.MapIndex(reflect.ValueOf(key).Convert(rv.Type().Key())).IsValid() {
			return &Error{Offset: base + int64(keyOff), Path: path + keyPath(key), Err: fmt.Errorf("%w: member %q repeated", ErrSyntax, key)}
		}
		ev := reflect.New(rv.Type().Elem()).Elem()
		if err := decode(val, base+int64(off), path+keyPath(key), ev); err != nil {
			return err
		}
		m.SetMapIndex(reflect.ValueOf(key).Convert(rv.Type().Key()), ev)
		return nil
	})
	if err != nil {
		return err
	}
	rv.Set(m)
	return nil
}

func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\r', '\n':
			i++
		default:
			return i
		}
	}
	return i
}

// repeated reports a member that appears twice in one object: JSON leaves
// that to the reader, and taking the last one would lose the first silently.
func repeated(base int64, keyOff int, path, key string) error {
	return &Error{Offset: base + int64(keyOff), Path: join(path, key), Err: fmt.Errorf("%w: member %q repeated", ErrSyntax, key)}
}

// keyPath renders a map key as a path step: ["org.example/weapon"], so that
// keys containing dots stay unambiguous.
func keyPath(key string) string { return "[" + strconv.Quote(key) + "]" }

// MemberOffset returns the offset in data of the value of the top-level
// object member named key, or of the object itself when there is no such
// member (or data is not a well-formed object). It lets an UnmarshalJSON
// that checks members against each other after decoding (an end before a
// start) point its error at the member.
func MemberOffset(data []byte, key string) int64 {
	start := skipSpace(data, 0)
	if start >= len(data) || data[start] != '{' || !json.Valid(data) {
		return int64(start)
	}
	found := int64(start)
	_ = members(data[start:scanEnd(data, start)], 0, "", func(k string, _ []byte, _, off int) error {
		if k == key {
			found = int64(start + off)
			return errStop
		}
		return nil
	})
	return found
}

var errStop = errors.New("stop")

// ElementOffsets returns the offsets in data of the elements of the array
// that is the value of the top-level object member named key, or nil when
// there is no such array. data must be well formed (it has been decoded):
// it lets a decoder that checks records against each other (an ID given
// twice) point its error at the record.
func ElementOffsets(data []byte, key string) []int64 {
	at := MemberOffset(data, key)
	start := skipSpace(data, 0)
	if at == int64(start) || int(at) >= len(data) || data[at] != '[' {
		return nil
	}
	var out []int64
	_ = elements(data[at:scanEnd(data, int(at))], 0, "", func(_ int, _ []byte, off int) error {
		out = append(out, at+int64(off))
		return nil
	})
	return out
}

// overflows reports whether encoding/json refused the number data for
// the number type t because it is too large (or, for an unsigned type,
// negative) rather than of the wrong kind: any number for a float, an
// integer without fraction or exponent for an integer type.
func overflows(t reflect.Type, data []byte) bool {
	if len(data) == 0 || !(data[0] == '-' || data[0] >= '0' && data[0] <= '9') {
		return false
	}
	switch t.Kind() {
	case reflect.Float32, reflect.Float64:
		return true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return !bytes.ContainsAny(data, ".eE")
	}
	return false
}

// clip returns a value for a message, cut after 64 bytes so that a message
// never echoes a huge input.
func clip(data []byte) string {
	const n = 64
	if len(data) <= n {
		return string(data)
	}
	return string(data[:n]) + "…"
}

// ValueEnd returns the end of the JSON value that starts at data[i]; data
// must be well formed.
func ValueEnd(data []byte, i int) int { return scanEnd(data, i) }
