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

// scan is where the delimiting of one value stands: kept between calls, so
// that a value over the limit can be reported as soon as the limit is
// passed and its rest skipped later, in constant memory.
type scan struct {
	stack   []byte // expected closing brackets, at most maxDepth
	deep    int    // brackets open beyond maxDepth, counted but not checked
	tooDeep bool   // the value nested deeper than maxDepth
	started bool
	inStr   bool
	esc     bool
	scalar  bool
}

// value consumes one JSON value and appends its bytes to dst, up to limit
// bytes in all; a negative limit keeps nothing (a value being skipped).
// When the value grows past limit it stops at once, with the state in sc,
// and reports more: a later call with the same sc goes on where it
// stopped. A value nested deeper than maxDepth is delimited all the same,
// its brackets counted beyond that depth (sc.tooDeep says so), so that a
// reader can reject it and go on after it. A structural fault (a closing
// bracket that does not match, the end of input inside the value) is a
// *scanError; a read error is returned as is.
func (s *stream) value(sc *scan, dst []byte, limit int) (out []byte, more bool, err error) {
	keep := func(p []byte) bool {
		if limit < 0 {
			return true
		}
		if room := limit + 1 - len(dst); room < len(p) {
			p = p[:max(room, 0)]
		}
		if need := len(dst) + len(p); need > cap(dst) {
			// Double, as append does not for large slices: a long value
			// then costs at most twice its kept length in all.
			dst = append(make([]byte, 0, max(need, min(2*cap(dst), limit+1))), dst...)
		}
		dst = append(dst, p...)
		return len(dst) <= limit
	}
	for {
		b := s.buffered()
		if len(b) == 0 {
			if s.err != nil {
				return dst, false, s.err
			}
			if sc.scalar {
				return dst, false, nil // a number or literal ends the input
			}
			return dst, false, &scanError{s.pos(), "unexpected end of input"}
		}
		end := -1 // index in b just after the value
	chunk:
		for i := 0; i < len(b); i++ {
			c := b[i]
			switch {
			case !sc.started:
				sc.started = true
				switch c {
				case '{':
					sc.stack = append(sc.stack, '}')
				case '[':
					sc.stack = append(sc.stack, ']')
				case '"':
					sc.inStr = true
				case ',', ':', ']', '}':
					keep(b[:i])
					s.consume(b[:i])
					return dst, false, &scanError{s.pos(), fmt.Sprintf("unexpected %q, want a value", c)}
				default:
					sc.scalar = true
				}
			case sc.inStr:
				// Jump to the next quote or backslash: most bytes of a
				// document are inside strings.
				if sc.esc {
					sc.esc = false
					continue
				}
				j := bytes.IndexAny(b[i:], "\"\\")
				if j < 0 {
					i = len(b) - 1
					continue
				}
				i += j
				if b[i] == '\\' {
					sc.esc = true
					continue
				}
				sc.inStr = false
				if len(sc.stack) == 0 {
					end = i + 1
					break chunk
				}
			case sc.scalar:
				if isSpace(c) || c == ',' || c == ']' || c == '}' || c == ':' || c == '"' || c == '{' || c == '[' {
					end = i
					break chunk
				}
			default:
				switch c {
				case '"':
					sc.inStr = true
				case '{', '[':
					if len(sc.stack) >= maxDepth {
						sc.deep++
						sc.tooDeep = true
						continue
					}
					sc.stack = append(sc.stack, c+2) // '{'+2 == '}', '['+2 == ']'
				case '}', ']':
					if sc.deep > 0 { // beyond maxDepth: counted, not checked
						sc.deep--
						continue
					}
					if c != sc.stack[len(sc.stack)-1] {
						keep(b[:i])
						s.consume(b[:i])
						return dst, false, &scanError{s.pos(), fmt.Sprintf("unexpected %q, want %q", c, sc.stack[len(sc.stack)-1])}
					}
					sc.stack = sc.stack[:len(sc.stack)-1]
					if len(sc.stack) == 0 {
						end = i + 1
						break chunk
					}
				}
			}
		}
		if end >= 0 { // the value ended: the caller compares its length with the limit
			keep(b[:end])
			s.consume(b[:end])
			return dst, false, nil
		}
		fits := keep(b)
		s.consume(b)
		if !fits {
			return dst, true, nil
		}
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
