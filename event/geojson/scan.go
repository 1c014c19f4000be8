package geojson

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// maxDepth bounds the nesting of one JSON value, as encoding/json does, so
// that the bracket stack cannot grow with a hostile input.
const maxDepth = 10000

// stream reads JSON from a bufio.Reader value by value, keeping track of the
// byte offset, line and column of the next byte. It finds where a value
// ends by following strings and brackets only; whether the bytes are
// well-formed JSON is checked afterwards, on the bytes kept.
type stream struct {
	r    *bufio.Reader
	off  int64 // offset of the next byte
	line int   // its line, 1-based
	col  int   // its column in bytes, 1-based
	err  error // a read error other than io.EOF
}

// position is where a byte of the input is.
type position struct {
	off       int64
	line, col int
}

func (s *stream) pos() position { return position{s.off, s.line, s.col} }

// buffered returns the buffered input, reading more if there is none; it
// returns nil at the end of input or after a read error (see s.err).
func (s *stream) buffered() []byte {
	if s.r.Buffered() == 0 {
		if _, err := s.r.Peek(1); err != nil {
			if err != io.EOF && s.err == nil {
				s.err = err
			}
			return nil
		}
	}
	b, _ := s.r.Peek(s.r.Buffered())
	return b
}

// consume moves past p, the first len(p) buffered bytes.
func (s *stream) consume(p []byte) {
	s.off += int64(len(p))
	if i := bytes.LastIndexByte(p, '\n'); i >= 0 {
		s.line += bytes.Count(p, []byte{'\n'})
		s.col = len(p) - i
	} else {
		s.col += len(p)
	}
	_, _ = s.r.Discard(len(p)) // the bytes are buffered: Discard cannot fail
}

// peek returns the next byte without consuming it; ok is false at the end
// of input.
func (s *stream) peek() (c byte, ok bool) {
	b := s.buffered()
	if len(b) == 0 {
		return 0, false
	}
	return b[0], true
}

// skipSpace consumes JSON white space.
func (s *stream) skipSpace() {
	for {
		b := s.buffered()
		if len(b) == 0 {
			return
		}
		i := 0
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		s.consume(b[:i])
		if i < len(b) {
			return
		}
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// scanError is a structural fault found while delimiting a value.
type scanError struct {
	at  position
	msg string
}

func (e *scanError) Error() string { return e.msg }

// value consumes one JSON value and appends its bytes to dst, keeping at
// most limit bytes in all; tooLong reports that the value was longer (its
// remaining bytes are consumed and dropped). A structural fault (a closing
// bracket that does not match, nesting deeper than maxDepth, the end of
// input inside the value) is a *scanError; a read error is returned as is.
func (s *stream) value(dst []byte, limit int) (out []byte, tooLong bool, err error) {
	var (
		stack   []byte // expected closing brackets
		started bool
		inStr   bool
		esc     bool
		scalar  bool
	)
	keep := func(p []byte) {
		if room := limit - len(dst); room < len(p) {
			tooLong = true
			p = p[:max(room, 0)]
		}
		dst = append(dst, p...)
	}
	for {
		b := s.buffered()
		if len(b) == 0 {
			if s.err != nil {
				return dst, tooLong, s.err
			}
			if scalar {
				return dst, tooLong, nil // a number or literal ends the input
			}
			return dst, tooLong, &scanError{s.pos(), "unexpected end of input"}
		}
		end := -1 // index in b just after the value
	chunk:
		for i := 0; i < len(b); i++ {
			c := b[i]
			switch {
			case !started:
				started = true
				switch c {
				case '{':
					stack = append(stack, '}')
				case '[':
					stack = append(stack, ']')
				case '"':
					inStr = true
				case ',', ':', ']', '}':
					keep(b[:i])
					s.consume(b[:i])
					return dst, tooLong, &scanError{s.pos(), fmt.Sprintf("unexpected %q, want a value", c)}
				default:
					scalar = true
				}
			case inStr:
				// Jump to the next quote or backslash: most bytes of a
				// document are inside strings.
				if esc {
					esc = false
					continue
				}
				j := bytes.IndexAny(b[i:], "\"\\")
				if j < 0 {
					i = len(b) - 1
					continue
				}
				i += j
				if b[i] == '\\' {
					esc = true
					continue
				}
				inStr = false
				if len(stack) == 0 {
					end = i + 1
					break chunk
				}
			case scalar:
				if isSpace(c) || c == ',' || c == ']' || c == '}' || c == ':' || c == '"' || c == '{' || c == '[' {
					end = i
					break chunk
				}
			default:
				switch c {
				case '"':
					inStr = true
				case '{', '[':
					if len(stack) >= maxDepth {
						keep(b[:i])
						s.consume(b[:i])
						return dst, tooLong, &scanError{s.pos(), fmt.Sprintf("nesting deeper than %d", maxDepth)}
					}
					stack = append(stack, c+2) // '{'+2 == '}', '['+2 == ']'
				case '}', ']':
					if c != stack[len(stack)-1] {
						keep(b[:i])
						s.consume(b[:i])
						return dst, tooLong, &scanError{s.pos(), fmt.Sprintf("unexpected %q, want %q", c, stack[len(stack)-1])}
					}
					stack = stack[:len(stack)-1]
					if len(stack) == 0 {
						end = i + 1
						break chunk
					}
				}
			}
		}
		if end >= 0 {
			keep(b[:end])
			s.consume(b[:end])
			return dst, tooLong, nil
		}
		keep(b)
		s.consume(b)
	}
}

// syntaxOffset returns the offset in data of the first byte encoding/json
// finds malformed, and its message. data is known to be malformed.
func syntaxOffset(data []byte) (int, string) {
	var se *json.SyntaxError
	if err := json.Unmarshal(data, new(any)); errors.As(err, &se) {
		return max(int(se.Offset)-1, 0), se.Error()
	}
	return len(data), "unexpected end of JSON input"
}
