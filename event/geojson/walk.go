package geojson

import (
	"bytes"
	"encoding/json"
)

// Helpers that walk a JSON value already known to be well formed
// (json.Valid): they only follow strings and nesting, and allocate nothing.

// skipWS returns the index of the first non-space byte of b at or after i.
func skipWS(b []byte, i int) int {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	return i
}

// valueEnd returns the index just after the value that starts at b[i].
func valueEnd(b []byte, i int) int {
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				j = stringEnd(b, j) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1
				}
			}
		}
		return len(b)
	}
	j := i
	for j < len(b) {
		switch b[j] {
		case ',', '}', ']', ' ', '\t', '\r', '\n':
			return j
		}
		j++
	}
	return j
}

// stringEnd returns the index just after the string whose opening quote is
// at b[i].
func stringEnd(b []byte, i int) int {
	for j := i + 1; j < len(b); {
		k := bytes.IndexAny(b[j:], "\"\\")
		if k < 0 {
			return len(b)
		}
		j += k
		if b[j] == '\\' {
			j += 2
			continue
		}
		return j + 1
	}
	return len(b)
}

// span is the position of a value in a record: b[start:end].
type span struct{ start, end int }

func (s span) ok() bool { return s.end > s.start }

// members calls fn for each member of the object that starts at b[i], with
// the member's name (unescaped; it may alias b) and the span of its value,
// in order. It stops when fn returns false.
func members(b []byte, i int, fn func(name []byte, v span) bool) {
	i = skipWS(b, i+1) // past '{'
	for i < len(b) && b[i] == '"' {
		ke := stringEnd(b, i)
		name := keyText(b[i:ke])
		vs := skipWS(b, skipWS(b, ke)+1) // past ':'
		ve := valueEnd(b, vs)
		if !fn(name, span{vs, ve}) {
			return
		}
		i = skipWS(b, ve)
		if i < len(b) && b[i] == ',' {
			i = skipWS(b, i+1)
		}
	}
}

// keyText returns the text of a quoted member name. Names without escapes,
// nearly all of them, are returned in place, without copying.
func keyText(raw []byte) []byte {
	if bytes.IndexByte(raw, '\\') < 0 {
		return raw[1 : len(raw)-1]
	}
	var s string
	_ = json.Unmarshal(raw, &s) // raw is a well-formed string
	return []byte(s)
}

// kind names the JSON type of the value that starts with c, for messages.
func kind(c byte) string {
	switch c {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}
