package flatcsv

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/textenc"
)

// Writer writes CSV records for the flat formats. It quotes exactly the
// fields encoding/csv's Writer quotes (so a file that round-trips byte for
// byte through encoding/csv still does; the one difference is a record of
// a single empty field, written `""` rather than as a blank line, which
// every reader skips), but writes the text of a field as it is: a line end inside a field is never rewritten, whatever the
// Writer's own line end. Text goes out in the encoding asked for; a
// character that encoding cannot hold refuses the record (*FieldError
// wrapping event.ErrEncoding) and nothing of it is written.
//
// Set the options before the first Write. Output is buffered: call Flush.
type Writer struct {
	// LineEnd ends each record: "\n" (the default, for ""), "\r\n" or
	// "\r".
	LineEnd string
	// Encoding is the output's encoding; nil means UTF-8, provisionally:
	// while the records written are ASCII, Adopt may still choose an
	// ASCII-compatible encoding. Encodings internal/textenc does not
	// support make the first Write fail.
	Encoding encoding.Encoding
	// BOM starts the output with a byte-order mark in its encoding (which
	// must have one: UTF-8 or UTF-16).
	BOM bool

	w       io.Writer
	buf     []byte
	codec   *textenc.Codec
	fixed   bool // the encoding can no longer change
	started bool
	err     error
}

// NewWriter returns a Writer to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// FieldError reports a field of a record that the Writer cannot write:
// Field is its index in the record, Err wraps event.ErrEncoding and names
// the character.
type FieldError struct {
	Field int
	Err   error
}

// Error describes the field and the problem.
func (e *FieldError) Error() string { return fmt.Sprintf("field %d: %v", e.Field, e.Err) }

// Unwrap returns the cause.
func (e *FieldError) Unwrap() error { return e.Err }

// start settles the options and writes the byte-order mark.
func (w *Writer) start() error {
	w.started = true
	switch w.LineEnd {
	case "", "\n", "\r\n", "\r":
	default:
		return fmt.Errorf("flatcsv: line end %q: want \"\\n\", \"\\r\\n\" or \"\\r\"", w.LineEnd)
	}
	if w.LineEnd == "" {
		w.LineEnd = "\n"
	}
	w.codec = textenc.UTF8
	w.buf = make([]byte, 0, flushAt+flushAt/4) // room for a record past flushAt
	if w.Encoding != nil {
		c, err := textenc.For(w.Encoding)
		if err != nil {
			return fmt.Errorf("flatcsv: %w", err)
		}
		w.codec, w.fixed = c, true
	}
	if w.BOM {
		if w.codec.Kind() == textenc.KindSingle {
			return fmt.Errorf("flatcsv: %s has no byte-order mark", w.codec)
		}
		w.buf, _ = w.codec.AppendEncode(w.buf, "\ufeff")
		w.fixed = true
	}
	return nil
}

// Adopt makes enc the output's encoding if the Writer was given none and
// what it has written so far reads the same in enc: nothing, or ASCII text
// and enc ASCII-compatible. It reports whether enc is the encoding now.
// Writers use it to take the encoding of the first record that names one,
// as the readers detect it: at the first non-ASCII text.
func (w *Writer) Adopt(enc encoding.Encoding) bool {
	c, err := textenc.For(enc)
	if err != nil {
		return false
	}
	if w.codec != nil && w.codec.Encoding() == c.Encoding() || w.codec == nil && w.Encoding == enc {
		return true
	}
	if w.Encoding != nil || w.fixed || w.err != nil {
		return false
	}
	if w.started && c.Kind() != textenc.KindUTF8 && c.Kind() != textenc.KindSingle {
		return false // UTF-16 would change the ASCII written so far
	}
	w.Encoding = enc
	if w.started {
		w.codec, w.fixed = c, true
	}
	return true
}

// Write writes one record. A field the encoding cannot hold gives a
// *FieldError and writes nothing of the record; writing can go on. An
// error of the underlying writer is returned by every later call.
func (w *Writer) Write(record []string) error {
	if w.err != nil {
		return w.err
	}
	if !w.started {
		if err := w.start(); err != nil {
			w.err = err
			return err
		}
	}
	n := len(w.buf)
	if len(record) == 1 && record[0] == "" {
		// A line with nothing on it is a blank line, which readers skip:
		// unlike encoding/csv, quote the one empty field so that the
		// record is not lost.
		w.buf = w.ascii(w.buf, `""`+w.LineEnd)
		return nil
	}
	ascii := w.codec.Kind() == textenc.KindUTF8 || w.codec.Kind() == textenc.KindSingle
	for i, f := range record {
		if i > 0 {
			if ascii {
				w.buf = append(w.buf, ',')
			} else {
				w.buf = w.ascii(w.buf, ",")
			}
		}
		if err := w.field(f); err != nil {
			w.buf = w.buf[:n]
			return &FieldError{Field: i, Err: err}
		}
	}
	w.buf = w.ascii(w.buf, w.LineEnd)
	if len(w.buf) >= flushAt {
		return w.Flush()
	}
	return nil
}

// flushAt is the size of the buffered output at which Write flushes.
const flushAt = 32 << 10

// ascii appends ASCII text s in the output's encoding.
func (w *Writer) ascii(b []byte, s string) []byte {
	if k := w.codec.Kind(); k == textenc.KindUTF8 || k == textenc.KindSingle {
		return append(b, s...)
	}
	b, _ = w.codec.AppendEncode(b, s)
	return b
}

// special marks the bytes that make encoding/csv quote a field, and the
// bytes that are not ASCII.
var special = func() (t [256]uint8) {
	for _, c := range ",\"\r\n" {
		t[c] = quoteIt
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = notASCII
	}
	return t
}()

const (
	quoteIt  = 1
	notASCII = 2
)

// field appends one field, quoted as encoding/csv quotes it.
func (w *Writer) field(f string) error {
	var seen uint8
	for i := 0; i < len(f); i++ {
		seen |= special[f[i]]
	}
	quote := seen&quoteIt != 0 || f == `\.` || f != "" && startsWithSpace(f)
	if seen&notASCII == 0 || w.codec.Kind() == textenc.KindUTF8 {
		// The text is ASCII, or goes out as it is.
		if seen&notASCII != 0 {
			w.fixed = true // UTF-8 is settled by non-ASCII text
		}
		if w.codec.Kind() == textenc.KindUTF8 || w.codec.Kind() == textenc.KindSingle {
			if !quote {
				w.buf = append(w.buf, f...)
				return nil
			}
			w.buf = append(w.buf, '"')
			for {
				i := strings.IndexByte(f, '"')
				if i < 0 {
					break
				}
				w.buf = append(append(w.buf, f[:i+1]...), '"')
				f = f[i+1:]
			}
			w.buf = append(append(w.buf, f...), '"')
			return nil
		}
	}
	if !quote {
		return w.text(f)
	}
	w.buf = w.ascii(w.buf, `"`)
	for {
		i := strings.IndexByte(f, '"')
		if i < 0 {
			break
		}
		if err := w.text(f[:i]); err != nil {
			return err
		}
		w.buf = w.ascii(w.buf, `""`)
		f = f[i+1:]
	}
	if err := w.text(f); err != nil {
		return err
	}
	w.buf = w.ascii(w.buf, `"`)
	return nil
}

// text appends s in the output's encoding.
func (w *Writer) text(s string) error {
	var bad int
	w.buf, bad = w.codec.AppendEncode(w.buf, s)
	if bad < 0 {
		return nil
	}
	return encodeError(w.codec, s, bad)
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// encodeError describes the character at index bad of s, which codec c
// cannot hold.
func encodeError(c *textenc.Codec, s string, bad int) error {
	r, size := utf8.DecodeRuneInString(s[bad:])
	if r == utf8.RuneError && size <= 1 {
		return fmt.Errorf("byte 0x%02X is not UTF-8 text, which %s cannot hold: %w", s[bad], c, event.ErrEncoding)
	}
	return fmt.Errorf("character %q (%U) has no form in %s: %w", r, r, c, event.ErrEncoding)
}

// CheckText returns nil if c can hold all of s, else an error wrapping
// event.ErrEncoding that names the first character it cannot hold, as
// Writer.Write does: for writers that must refuse a record before writing
// any part of it.
func CheckText(c *textenc.Codec, s string) error {
	if c.Kind() == textenc.KindUTF8 || isASCII(s) {
		return nil // every supported encoding holds ASCII
	}
	var scratch [8]byte
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		if _, bad := c.AppendEncode(scratch[:0], s[i:i+size]); bad >= 0 {
			return encodeError(c, s, i)
		}
		i += size
	}
	return nil
}

// startsWithSpace reports whether f starts with a space character, which
// encoding/csv's Writer quotes.
func startsWithSpace(f string) bool {
	if f[0] < utf8.RuneSelf {
		return f[0] == ' ' || f[0] >= '\t' && f[0] <= '\r'
	}
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsSpace(r)
}

// Flush writes the buffered output to the underlying writer.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	if !w.started {
		if err := w.start(); err != nil {
			w.err = err
			return err
		}
	}
	if len(w.buf) > 0 {
		if _, err := w.w.Write(w.buf); err != nil {
			w.err = err
			return err
		}
		w.buf = w.buf[:0]
	}
	return nil
}
