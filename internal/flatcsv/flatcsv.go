// Package flatcsv is the CSV layer under the flat-format codecs
// (event/acled, event/ucdp, event/table): a record reader and a writer
// that keep every byte, in any of the text encodings files are found in.
//
// The Reader follows encoding/csv's default rules (RFC 4180: commas,
// quoted fields with "" for a quote, blank lines skipped; a quote inside an
// unquoted field or after a closing quote is an error) and adds what the
// flat formats need:
//
//   - Quoted fields keep their line ends as written: CR LF stays CR LF and
//     a lone LF stays LF (encoding/csv turns CR LF into LF). Records end at
//     LF or CR LF, and at a lone CR too when the header line ends with one
//     (Excel for Mac's "CSV (Macintosh)"); LineEnd reports which.
//   - Columns are found by header name, case-insensitively.
//   - A second row of HXL hashtags is recognised, kept apart, and not
//     returned as data.
//   - Each record is handed back verbatim (Raw), in the input's own bytes
//     and encoding, so that a lenient caller can write rejects without
//     loss, and errors carry the line and column of the field at fault
//     (Error).
//   - Text is decoded (see Encodings) and checked: a NUL byte, or a byte
//     that is not text in the input's encoding, rejects the record with
//     event.ErrBadText at its line and column, never a replacement
//     character.
//   - A maximum record size bounds the memory one record may take. A
//     longer record is reported (event.ErrTooLong) and skipped, in constant
//     memory, and reading goes on with the next record.
//
// A record with a syntax error, the wrong number of fields, bad text or
// too many bytes is reported and reading goes on with the next record; an
// error in the header or an I/O error ends the stream.
//
// # Encodings
//
// A byte-order mark decides first: UTF-8 (EF BB BF), UTF-16LE (FF FE) or
// UTF-16BE (FE FF); it is not part of the header, and EncodingUsed reports
// it. Without one, Reader.Encoding decides when set; when it is nil the
// input is UTF-8 unless the first non-ASCII bytes of a well-formed record
// (the header included) are not valid UTF-8, in which case the input is
// Windows-1252 from there on. Everything read before was ASCII, which the
// two encodings share, so the decision is exact and streaming, not a guess
// over a sample. Once UTF-8 is settled a later invalid byte is an error
// that says the file mixes encodings. Input that starts with NUL bytes
// between ASCII letters is UTF-16 without a byte-order mark; the header
// error says so.
//
// Supported encodings are UTF-8, UTF-16 of either byte order and the
// single-byte charmaps of golang.org/x/text whose lower half is ASCII
// (ISO-8859-x, Windows-125x, Macintosh, …); see internal/textenc. The five
// bytes Windows-1252 leaves undefined read as U+0081 … U+009D (as in the
// WHATWG standard) and write back as the same bytes.
//
// # Positions
//
// Line numbers count the input's lines (line ends inside quoted fields
// included). Column and Offset count input bytes, from the start of the
// line and of the input (a byte-order mark included in Offset, not in the
// columns of line 1): in a Windows-1252 file "é" is one byte, in UTF-16
// two. Raw, RawHeader and ParseError.Record are the input's bytes; the
// limit on a record's size counts bytes as scanned, which for UTF-16 input
// is its UTF-8 decoding.
package flatcsv

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/textenc"
)

// The byte-order marks recognised.
const (
	bomUTF8    = "\xef\xbb\xbf"
	bomUTF16LE = "\xff\xfe"
	bomUTF16BE = "\xfe\xff"
)

// Reader reads CSV records by header name. Create it with NewReader.
type Reader struct {
	// Encoding is the encoding of input without a byte-order mark; nil
	// means detect it (see the package documentation). Set it before the
	// first call.
	Encoding encoding.Encoding

	src       io.Reader
	sc        scanner
	max       int
	codec     *textenc.Codec // settled encoding; nil while detecting
	given     bool           // codec came from a byte-order mark or Encoding
	recASCII  bool           // the current record is ASCII
	headASCII bool           // the header (and HXL row) are ASCII
	bom       bool
	utf16     bool // the scanner reads the UTF-8 decoding of UTF-16 input
	header    []string
	index     map[string]int
	hxl       []string
	rawHead   []byte

	fields  []string
	text    []byte // decoded fields of a single-byte input
	tspans  []span // where each field is in text
	spans   []span // where each field of the current record is in its text
	line    int    // line of the current record's first byte
	offset  int64  // input offset of the current record
	pending bool   // the record after the header, read ahead
	err     error  // sticky: a fatal error ends the stream
	started bool
}

// NewReader returns a Reader of r that refuses records longer than max
// bytes (max <= 0 means event.DefaultMaxRecordBytes).
func NewReader(r io.Reader, max int) *Reader {
	if max <= 0 {
		max = event.DefaultMaxRecordBytes
	}
	return &Reader{src: r, max: max}
}

// open settles what a byte-order mark or the Encoding option says and
// sets the scanner up.
func (r *Reader) open() error {
	br := bufio.NewReaderSize(r.src, 16)
	b, _ := br.Peek(3)
	var bomLen int
	switch {
	case string(b) == bomUTF8:
		r.codec, bomLen = textenc.UTF8, 3
	case len(b) >= 2 && string(b[:2]) == bomUTF16LE:
		r.codec, bomLen = textenc.UTF16LE, 2
	case len(b) >= 2 && string(b[:2]) == bomUTF16BE:
		r.codec, bomLen = textenc.UTF16BE, 2
	case r.Encoding != nil:
		c, err := textenc.For(r.Encoding)
		if err != nil {
			return fmt.Errorf("flatcsv: %w", err)
		}
		r.codec = c
	}
	r.bom, r.given = bomLen > 0, r.codec != nil
	_, _ = br.Discard(bomLen)
	r.sc = scanner{rd: br, max: r.max, line: 1, off: int64(bomLen)}
	if k := r.codec; k != nil && (k.Kind() == textenc.KindUTF16LE || k.Kind() == textenc.KindUTF16BE) {
		r.utf16 = true
		r.sc.rd = k.NewUTF16Reader(br)
		r.sc.count = k.InputLen
	}
	return nil
}

// Header reads the header row, and the HXL row under it if there is one,
// and returns the column names as written (without a byte-order mark).
// Read calls it as needed. It fails with a *event.ParseError wrapping
// io.ErrUnexpectedEOF for empty input, event.ErrDuplicate for a non-empty
// column name given twice (case-insensitively), event.ErrTooLong or
// event.ErrBadText; every error in the header is final.
func (r *Reader) Header() ([]string, error) {
	if r.started {
		if r.header == nil {
			return nil, r.err
		}
		return r.header, nil
	}
	r.started = true
	if err := r.open(); err != nil {
		r.err = err
		return nil, err
	}
	fields, err := r.next()
	if err == io.EOF {
		r.err = &event.ParseError{Line: 1, Column: 1, Err: fmt.Errorf("no header row: %w", io.ErrUnexpectedEOF)}
		return nil, r.err
	}
	if err != nil {
		r.err = r.headerError(err)
		return nil, r.err
	}
	r.header = append([]string(nil), fields...)
	r.rawHead = r.Raw()
	r.headASCII = r.recASCII
	r.index = make(map[string]int, len(r.header))
	for i, h := range r.header {
		k := strings.ToLower(strings.TrimSpace(h))
		if _, dup := r.index[k]; dup && k != "" {
			r.err = r.Error(i, fmt.Errorf("column %s given twice: %w", fielderr.Quote(h), event.ErrDuplicate))
			r.header = nil
			return nil, r.err
		}
		r.index[k] = i
	}
	// The row under the header may be HXL hashtags; otherwise it is the
	// first record, kept for the first Read.
	fields, err = r.next()
	switch {
	case err == io.EOF:
	case err != nil:
		r.pending = true // reported by the first Read
		r.err = err
	case isHXL(fields):
		r.hxl = append([]string(nil), fields...)
		r.headASCII = r.headASCII && r.recASCII
		r.rawHead = append(append(r.rawHead, r.encodeASCII(r.LineEnd())...), r.Raw()...)
	default:
		r.pending = true
	}
	return r.header, nil
}

// headerError explains a NUL byte at the start of the input: UTF-16
// without a byte-order mark.
func (r *Reader) headerError(err error) error {
	var pe *event.ParseError
	if r.codec != nil || !errors.As(err, &pe) || !errors.Is(err, event.ErrBadText) {
		return err
	}
	raw := r.sc.raw
	order := ""
	switch {
	case len(raw) >= 4 && raw[0] != 0 && raw[1] == 0 && raw[2] != 0 && raw[3] == 0:
		order = "LE"
	case len(raw) >= 4 && raw[0] == 0 && raw[1] != 0 && raw[2] == 0 && raw[3] != 0:
		order = "BE"
	default:
		return err
	}
	pe.Err = fmt.Errorf("%w: the input looks like UTF-16%s without a byte-order mark: set the reader's Encoding to UTF-16%s", event.ErrBadText, order, order)
	return pe
}

// isHXL reports whether a row is an HXL hashtag row: at least one cell, and
// every non-empty cell, starts with '#'.
func isHXL(fields []string) bool {
	n := 0
	for _, f := range fields {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if f[0] != '#' {
			return false
		}
		n++
	}
	return n > 0
}

// HXL returns the hashtag row under the header, or nil if there was none.
func (r *Reader) HXL() []string { return r.hxl }

// RawHeader returns the header line (and the HXL line, if any) verbatim,
// in the input's bytes, without the final line end and without a
// byte-order mark, for writing at the top of a reject file.
func (r *Reader) RawHeader() []byte { return r.rawHead }

// LineEnd returns the line end the input uses, "\n", "\r\n" or "\r", as
// seen on the header line ("\n" before the header is read, and for input
// of a single line).
func (r *Reader) LineEnd() string {
	if r.sc.lineEnd == "" {
		return "\n"
	}
	return r.sc.lineEnd
}

// EncodingUsed returns the input's encoding and whether it began with a
// byte-order mark. It is UTF-8 before the header is read, and while the
// text read is ASCII and nothing else decided (see the package
// documentation); UTF-16 is reported as the variant that ignores
// byte-order marks, the mark being reported apart.
func (r *Reader) EncodingUsed() (encoding.Encoding, bool) {
	if r.codec == nil {
		return unicode.UTF8, false
	}
	return r.codec.Encoding(), r.bom
}

// EncodingName returns the stable name of EncodingUsed's encoding
// ("windows-1252", "utf-16le"), "" for UTF-8.
func (r *Reader) EncodingName() string {
	if r.codec == nil {
		return ""
	}
	return r.codec.Name()
}

// RecordEncoding returns the stable name of the encoding the current
// record was read in, for a record that is to be written back as it came:
// "" for UTF-8, and for an ASCII record under an ASCII header in a file
// whose encoding was detected, which reads the same in any of the
// encodings detection chooses from; EncodingName otherwise. A writer taking the encoding of
// the first record that names one thus writes a detected file back as it
// came, and an ASCII record reads back the same whatever file it lands in.
func (r *Reader) RecordEncoding() string {
	if r.codec == nil || !r.given && r.recASCII && r.headASCII {
		return ""
	}
	return r.codec.Name()
}

// encodeASCII returns ASCII text s in the input's encoding.
func (r *Reader) encodeASCII(s string) []byte {
	if r.utf16 {
		return r.codec.AppendUTF16(nil, []byte(s))
	}
	return []byte(s)
}

// Index returns the position of the column named name, compared
// case-insensitively and ignoring surrounding spaces, or -1.
func (r *Reader) Index(name string) int {
	if i, ok := r.index[strings.ToLower(strings.TrimSpace(name))]; ok {
		return i
	}
	return -1
}

// Read returns the fields of the next record, valid until the next call.
// At the end of input it returns io.EOF. A record that is not well-formed
// CSV, has a different number of fields from the header, holds bad text
// or is over the size limit is reported as a *event.ParseError with the
// record in Record; the next Read goes on after it. Other errors are
// final.
func (r *Reader) Read() ([]string, error) {
	if _, err := r.Header(); err != nil {
		return nil, err
	}
	if r.pending {
		r.pending = false
		if r.err != nil {
			err := r.err
			if !fatal(err) {
				r.err = nil
			}
			return nil, err
		}
		return r.check()
	}
	if r.err != nil {
		return nil, r.err
	}
	if _, err := r.next(); err != nil {
		if fatal(err) {
			r.err = err
		}
		return nil, err
	}
	return r.check()
}

// fatal reports whether err ends the stream.
func fatal(err error) bool {
	var pe *event.ParseError
	return err == io.EOF || !errors.As(err, &pe)
}

// check compares the field count with the header.
func (r *Reader) check() ([]string, error) {
	if len(r.fields) == len(r.header) {
		return r.fields, nil
	}
	var p pos
	if len(r.fields) > len(r.header) {
		p = r.sc.fpos[len(r.header)]
	} else {
		p = r.posOf(len(r.sc.raw)) // the record ends early
	}
	return nil, &event.ParseError{Line: p.line, Column: r.inputCol(p), Offset: r.offset, Record: r.Raw(),
		Err: fmt.Errorf("%d fields, want %d as in the header: %w", len(r.fields), len(r.header), csv.ErrFieldCount)}
}

// next reads one record into r.fields.
func (r *Reader) next() ([]string, error) {
	err := r.sc.next()
	if err != nil {
		if errors.Is(err, textenc.ErrOddLength) {
			// The text before the half code unit has been read; the
			// next call ends the input.
			r.sc.rerr = nil
			line, col := r.sc.line, 1
			if !r.sc.term && r.sc.raw != nil {
				p := r.posOf(len(r.sc.raw)) // just after the last record
				line, col = p.line, r.inputCol(p)
			}
			return nil, &event.ParseError{Line: line, Column: col, Offset: r.sc.off,
				Err: fmt.Errorf("%w: %w", event.ErrBadText, err)}
		}
		return nil, err
	}
	r.line, r.offset = r.sc.recLine, r.sc.recOff
	r.fields = r.fields[:0]
	if r.sc.long {
		rec := r.Raw()
		if len(rec) > r.max {
			rec = rec[:r.max]
		}
		return nil, &event.ParseError{Line: r.line, Column: 1, Offset: r.offset, Record: rec,
			Err: fmt.Errorf("more than %d bytes: %w", r.max, event.ErrTooLong)}
	}
	if e := r.sc.serr; e.err != nil {
		return nil, &event.ParseError{Line: e.line, Column: r.inputCol(e.pos), Offset: r.offset, Err: e.err, Record: r.Raw()}
	}
	data, err := r.decode()
	if err != nil {
		return nil, err
	}
	// One string for the record, of which the fields are slices.
	str := string(data)
	if cap(r.fields) < len(r.spans) {
		r.fields = make([]string, len(r.spans))
	}
	r.fields = r.fields[:len(r.spans)]
	for i, sp := range r.spans {
		r.fields[i] = str[sp.a:sp.b]
	}
	return r.fields, nil
}

// decode checks the record's text and returns the text its fields are
// spans of (r.spans), in UTF-8.
func (r *Reader) decode() ([]byte, error) {
	raw := r.sc.raw
	i, nul := textScan(raw)
	r.recASCII = i < 0
	if nul >= 0 {
		return nil, r.textError(nul, fmt.Errorf("%w: a NUL byte, which is not text", event.ErrBadText))
	}
	if i >= 0 && r.codec == nil {
		// The first non-ASCII bytes decide (see the package documentation).
		if c, size := utf8.DecodeRune(raw[i:]); c == utf8.RuneError && size <= 1 {
			r.codec = textenc.Windows1252
		} else {
			r.codec = textenc.UTF8
		}
	}
	switch {
	case i < 0:
	case r.codec.Kind() == textenc.KindSingle:
		if j := r.codec.Undefined(raw[i:]); j >= 0 {
			return nil, r.textError(i+j, fmt.Errorf("%w: byte 0x%02X is not a character in %s", event.ErrBadText, raw[i+j], r.codec))
		}
		r.text, r.tspans = r.text[:0], r.tspans[:0]
		for k := range r.sc.spans {
			a := len(r.text)
			r.text = r.codec.AppendDecode(r.text, r.sc.field(k))
			r.tspans = append(r.tspans, span{a, len(r.text)})
		}
		r.spans = r.tspans
		return r.text, nil
	case !utf8.Valid(raw[i:]):
		j := i + invalidUTF8(raw[i:])
		var why string
		switch {
		case r.utf16:
			why = fmt.Sprintf("an unpaired UTF-16 surrogate, which is not a character in %s", r.codec)
		case !r.given:
			why = fmt.Sprintf("byte 0x%02X is not UTF-8, which the text before it is: the file mixes encodings (set the reader's Encoding if the file is not UTF-8)", raw[j])
		case r.bom:
			why = fmt.Sprintf("byte 0x%02X is not UTF-8, which the file's byte-order mark says it is", raw[j])
		default:
			why = fmt.Sprintf("byte 0x%02X is not UTF-8, which the reader's Encoding says the file is", raw[j])
		}
		return nil, r.textError(j, fmt.Errorf("%w: %s", event.ErrBadText, why))
	}
	r.spans = r.sc.spans
	if r.sc.plain {
		return raw, nil
	}
	return r.sc.data, nil
}

// textScan returns the index of the first byte of b that is not ASCII and
// of the first NUL byte, each -1 if there is none, in one pass over the
// usual all-ASCII record.
func textScan(b []byte) (nonASCII, nul int) {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(b); i += 8 {
		// A byte with its high bit set, or a zero byte (whose borrow sets
		// the high bit of v-lo), stops the word loop; the byte loop is
		// exact.
		if v := binary.LittleEndian.Uint64(b[i:]); (v|(v-lo))&hi != 0 {
			break
		}
	}
	for ; i < len(b); i++ {
		switch c := b[i]; {
		case c == 0:
			return nonASCIIFrom(b, i+1), i
		case c >= utf8.RuneSelf:
			if j := bytes.IndexByte(b[i+1:], 0); j >= 0 {
				return i, i + 1 + j
			}
			return i, -1
		}
	}
	return -1, -1
}

// nonASCIIFrom returns the index of the first byte of b from i on that is
// not ASCII, or -1.
func nonASCIIFrom(b []byte, i int) int {
	for ; i < len(b); i++ {
		if b[i] >= utf8.RuneSelf {
			return i
		}
	}
	return -1
}

// invalidUTF8 returns the index of the first byte of b that does not start
// a valid UTF-8 sequence (b must have one).
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		c, size := utf8.DecodeRune(b[i:])
		if c == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// textError returns the error for bad text at index i of the current
// record's raw text.
func (r *Reader) textError(i int, err error) *event.ParseError {
	p := r.posOf(i)
	field := ""
	if k := r.fieldAt(p); k >= 0 && k < len(r.header) {
		field = r.header[k]
	}
	return &event.ParseError{Line: p.line, Column: r.inputCol(p), Offset: r.offset, Field: field, Err: err, Record: r.Raw()}
}

// lineStarts calls f with the index in the raw record where each of its
// lines starts, and the line's number, until f returns false.
func (r *Reader) lineStarts(f func(at, line int) bool) {
	raw, line := r.sc.raw, r.line
	if !f(0, line) {
		return
	}
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '\n':
		case '\r':
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			} else if !r.sc.cr {
				continue
			}
		default:
			continue
		}
		line++
		if !f(i+1, line) {
			return
		}
	}
}

// posOf returns the position (in scanned bytes) of index i of the raw
// record.
func (r *Reader) posOf(i int) pos {
	p := pos{r.line, i + 1}
	r.lineStarts(func(at, line int) bool {
		if at > i {
			return false
		}
		p = pos{line, i - at + 1}
		return true
	})
	return p
}

// fieldAt returns the index of the field the position is in, or -1.
func (r *Reader) fieldAt(p pos) int {
	k := -1
	for j, f := range r.sc.fpos {
		if f.line < p.line || f.line == p.line && f.col <= p.col {
			k = j
		}
	}
	return k
}

// inputCol returns the column in input bytes of a position in scanned
// bytes: they differ for UTF-16 input.
func (r *Reader) inputCol(p pos) int {
	if !r.utf16 {
		return p.col
	}
	col := p.col
	r.lineStarts(func(at, line int) bool {
		if line == p.line {
			end := min(at+p.col-1, len(r.sc.raw))
			col = 1 + r.codec.InputLen(r.sc.raw[at:end])
			return false
		}
		return true
	})
	return col
}

// Raw returns the current record verbatim, in the input's bytes, without
// its final line end. It is a copy the caller may keep.
func (r *Reader) Raw() []byte {
	if r.utf16 {
		return r.codec.AppendUTF16(nil, r.sc.raw)
	}
	return append([]byte(nil), r.sc.raw...)
}

// Line returns the line on which the current record starts.
func (r *Reader) Line() int { return r.line }

// Error returns a *event.ParseError for field i of the current record: its
// line and column, the column name as Field, err, and the record verbatim.
func (r *Reader) Error(i int, err error) *event.ParseError {
	p := pos{r.line, 1}
	field := ""
	if i >= 0 && i < len(r.sc.fpos) {
		p = r.sc.fpos[i]
	}
	if i >= 0 && i < len(r.header) {
		field = r.header[i]
	}
	return &event.ParseError{Line: p.line, Column: r.inputCol(p), Offset: r.offset, Field: field, Err: err, Record: r.Raw()}
}
