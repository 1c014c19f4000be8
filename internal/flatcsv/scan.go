package flatcsv

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"

	"github.com/conflictkit/conflict/internal/textenc"
)

// pos is a position in the scanned text: a 1-based line and a 1-based
// byte column within it.
type pos struct{ line, col int }

// span is where a field's text is: from a to b.
type span struct{ a, b int }

// syntaxError is a CSV syntax error found in a record, in the words of
// encoding/csv (csv.ErrBareQuote, csv.ErrQuote).
type syntaxError struct {
	pos
	err error
}

// minRead is the least room the scanner reads into, and firstBuf the size
// of its first buffer, which grows only for records that need it.
const (
	minRead  = 4 << 10
	firstBuf = 16 << 10
)

// scanner splits its input into CSV records under encoding/csv's default
// rules (RFC 4180: fields separated by commas, quoted fields with "" for a
// quote; a quote inside an unquoted field, or after a closing quote, is an
// error; blank lines are skipped), but keeps every byte: a line end inside
// a quoted field is kept as written (CR LF stays CR LF), and each record's
// raw text is kept for Raw. Records end at LF or CR LF, and also at a lone
// CR when the first line end of the input is one (Excel for Mac's "CSV
// (Macintosh)"); otherwise a lone CR is data, as in encoding/csv.
//
// Memory is bounded by the record limit: the record under way is held
// whole up to max bytes (plus its line end), and one that outgrows it is
// reported and then skipped in constant memory, following the same rules to
// find where it ends.
type scanner struct {
	rd       io.Reader
	buf      []byte
	start    int // first byte of the record under way
	r        int // next byte to scan
	w        int // end of the data read
	eof      bool
	rerr     error // read error other than io.EOF, returned after the data
	max      int
	cr       bool // a lone CR ends a line
	decided  bool // cr is settled
	lineEnd  string
	count    func([]byte) int // input bytes behind scanned bytes; nil: one each
	line     int              // line of buf[r]
	off      int64            // input offset of buf[r]
	skipping bool             // the rest of an over-long record is to be skipped

	// The record read last.
	recLine int
	recOff  int64  // input offset of its first byte
	raw     []byte // its text without the final line end; valid until next
	data    []byte // holds its fields' text, with bytes between them (unless plain)
	spans   []span // where each field's text is in data (if plain, in raw)
	plain   bool   // no field is quoted so far: the fields are spans of raw, data is unused
	fpos    []pos  // where each field starts
	serr    syntaxError
	term    bool   // a line end ended it
	long    bool   // over max: raw is its first max bytes
	longBuf []byte // holds raw when long
}

// advance moves the scan past n bytes.
func (s *scanner) advance(n int) {
	if s.count != nil {
		s.off += int64(s.count(s.buf[s.r : s.r+n]))
	} else {
		s.off += int64(n)
	}
	s.r += n
}

// more reads more input, keeping buf[start:w]. It returns how far the data
// moved towards the front (indices held by the caller shrink by as much),
// and false when nothing more can be read.
func (s *scanner) more() (shift int, ok bool) {
	if s.eof {
		return 0, false
	}
	if len(s.buf)-s.w < minRead {
		if s.start > 0 {
			shift = s.start
			copy(s.buf, s.buf[s.start:s.w])
			s.w -= shift
			s.r -= shift
			s.start = 0
		}
		if len(s.buf)-s.w < minRead {
			nb := make([]byte, max(2*len(s.buf), s.w+minRead, firstBuf))
			copy(nb, s.buf[:s.w])
			s.buf = nb
		}
	}
	for range 100 {
		n, err := s.rd.Read(s.buf[s.w:])
		s.w += n
		if err != nil {
			s.eof = true
			if err != io.EOF {
				s.rerr = err
			}
			return shift, n > 0
		}
		if n > 0 {
			return shift, true
		}
	}
	s.eof, s.rerr = true, io.ErrNoProgress
	return shift, false
}

// over reports whether the record under way has outgrown the limit (its
// line end can take two bytes).
func (s *scanner) over() bool { return s.w-s.start > s.max+2 }

// decide settles whether a lone CR ends lines: it does if the first line
// end outside quotes, after the first byte that is not a line end, is one.
// It looks no further than the record limit past that byte, nor past 64 KiB
// of blank lines before it: LF it is, then.
func (s *scanner) decide() {
	s.decided = true
	s.start = s.r
	inQuote, first := false, -1
	for i := s.r; ; {
		for ; i < s.w; i++ {
			switch c := s.buf[i]; {
			case c == '"':
				inQuote = !inQuote
			case c == '\n':
				if first >= 0 && !inQuote {
					return
				}
				continue
			case c == '\r':
				if first >= 0 && !inQuote {
					if i+1 < s.w {
						s.cr = s.buf[i+1] != '\n'
						return
					}
					if s.eof {
						s.cr = true
						return
					}
					goto read // look at the next byte
				}
				continue
			}
			if first < 0 {
				first = i
			}
		}
	read:
		if s.eof || first < 0 && i-s.start > 64<<10 || first >= 0 && i-first > s.max+2 {
			return
		}
		shift, _ := s.more()
		i -= shift
		if first >= 0 {
			first -= shift
		}
	}
}

// indexLineEnd returns the index of the first CR or LF in b, or -1.
func indexLineEnd(b []byte) int {
	j := bytes.IndexByte(b, '\n')
	lim := j
	if j < 0 {
		lim = len(b)
	}
	if i := bytes.IndexByte(b[:lim], '\r'); i >= 0 {
		return i
	}
	return j
}

// lineAt finds the physical line starting at index i: where its content
// ends and where the next line starts (the same index when the input ends
// without a line end, but for a CR that encoding/csv drops there; i itself
// when nothing is left), and whether a line end ends it. It reads more
// input as needed, which may move the data: i is returned updated. It
// reports false when the record under way outgrows the limit.
func (s *scanner) lineAt(i int) (start, end, next int, term, ok bool) {
	from := i
	for {
		var j int
		if s.cr {
			j = indexLineEnd(s.buf[from:s.w])
		} else {
			j = bytes.IndexByte(s.buf[from:s.w], '\n')
		}
		if j >= 0 {
			j += from
			switch {
			case s.buf[j] == '\n' && j > i && s.buf[j-1] == '\r':
				return i, j - 1, j + 1, true, true
			case s.buf[j] == '\n':
				return i, j, j + 1, true, true
			case j+1 < s.w: // a CR, in CR mode
				if s.buf[j+1] == '\n' {
					return i, j, j + 2, true, true
				}
				return i, j, j + 1, true, true
			case s.eof:
				return i, j, j + 1, true, true
			}
			from = j // a CR at the end of the data: look at the next byte
		} else {
			from = s.w
			if s.eof {
				end := s.w
				if !s.cr && end > i && s.buf[end-1] == '\r' {
					end-- // encoding/csv drops a CR before the end of input
				}
				return i, end, s.w, false, true
			}
		}
		if s.over() {
			return i, 0, 0, false, false
		}
		shift, _ := s.more()
		i -= shift
		from -= shift
	}
}

// next scans the next record. It returns io.EOF at the end of the input,
// or a read error; a record that is not well-formed (serr) or is too long
// (long) is still a record, and scanning goes on after it.
func (s *scanner) next() error {
	if s.skipping {
		if err := s.skipRest(); err != nil {
			return err
		}
	}
	s.serr, s.long = syntaxError{}, false
	if !s.decided {
		s.decide()
	}
	// Blank lines before the record are not part of it.
	for {
		s.start = s.r
		if s.r == s.w {
			if _, ok := s.more(); !ok {
				if s.rerr != nil {
					return s.rerr
				}
				return io.EOF
			}
			continue
		}
		n := 0
		switch s.buf[s.r] {
		case '\n':
			n = 1
		case '\r':
			switch {
			case s.r+1 == s.w && !s.eof:
				if s.over() {
					break
				}
				s.more()
				continue
			case s.r+1 < s.w && s.buf[s.r+1] == '\n':
				n = 2
			case s.cr || s.r+1 == s.w:
				n = 1
			}
		}
		if n == 0 {
			break
		}
		s.advance(n)
		s.line++
	}
	s.recLine, s.recOff = s.line, s.off
	s.data, s.spans, s.fpos, s.plain = s.data[:0], s.spans[:0], s.fpos[:0], true
	line := s.line
	ls, end, next, term, ok := s.lineAt(s.r)
	if !ok {
		return s.tooLong()
	}
	p := ls
parse:
	for {
		if p == end || s.buf[p] != '"' {
			rest := s.buf[p:end]
			k := bytes.IndexByte(rest, ',')
			f := rest
			if k >= 0 {
				f = rest[:k]
			}
			if j := bytes.IndexByte(f, '"'); j >= 0 {
				s.serr = syntaxError{pos{line, p - ls + 1 + j}, csv.ErrBareQuote}
				break
			}
			if s.plain {
				s.spans = append(s.spans, span{p - s.start, p + len(f) - s.start})
			} else {
				s.spans = append(s.spans, span{len(s.data), len(s.data) + len(f)})
				s.data = append(s.data, f...)
			}
			s.fpos = append(s.fpos, pos{line, p - ls + 1})
			if k < 0 {
				break
			}
			p += k + 1
			continue
		}
		if s.plain {
			// The record so far, unquoted fields and commas, is the start
			// of data: their spans stay as they are.
			s.plain = false
			s.data = append(s.data, s.buf[s.start:p]...)
		}
		fp := pos{line, p - ls + 1}
		fa := len(s.data)
		p++
		for {
			if j := bytes.IndexByte(s.buf[p:end], '"'); j >= 0 {
				s.data = append(s.data, s.buf[p:p+j]...)
				p += j + 1
				switch {
				case p < end && s.buf[p] == '"':
					s.data = append(s.data, '"')
					p++
				case p < end && s.buf[p] == ',':
					s.spans = append(s.spans, span{fa, len(s.data)})
					s.fpos = append(s.fpos, fp)
					p++
					continue parse
				case p == end:
					s.spans = append(s.spans, span{fa, len(s.data)})
					s.fpos = append(s.fpos, fp)
					break parse
				default:
					s.serr = syntaxError{pos{line, p - ls}, csv.ErrQuote}
					break parse
				}
				continue
			}
			if !term {
				// The input ends with the quote open.
				s.data = append(s.data, s.buf[p:end]...)
				s.serr = syntaxError{pos{line, end - ls + 1}, csv.ErrQuote}
				break parse
			}
			// The field goes on on the next line, line end included as
			// written.
			s.data = append(s.data, s.buf[p:next]...)
			col := next - ls + 1
			nls, nend, nnext, nterm, ok := s.lineAt(next)
			if !ok {
				return s.tooLong()
			}
			if nnext == nls || !nterm && nend == nls { // nothing left but a dropped CR
				s.serr = syntaxError{pos{line, col}, csv.ErrQuote} // the same, after a last line end
				end, next = end-(next-nls), nls                    // lineAt may have moved the data
				break parse
			}
			line++
			ls, end, next, term, p = nls, nend, nnext, nterm, nls
		}
	}
	if s.rerr != nil && !errors.Is(s.rerr, textenc.ErrOddLength) {
		return s.rerr // the record may be cut short
	}
	s.raw = s.buf[s.start:end]
	if s.lineEnd == "" && term {
		s.lineEnd = string(s.buf[end:next])
	}
	s.advance(next - s.r)
	s.line, s.term = line, term
	if term {
		s.line++
	}
	if len(s.raw) > s.max {
		s.longBuf = append(s.longBuf[:0], s.raw[:s.max]...)
		s.raw, s.long = s.longBuf, true
	}
	return nil
}

// field returns the text of field i as scanned.
func (s *scanner) field(i int) []byte {
	if s.plain {
		return s.raw[s.spans[i].a:s.spans[i].b]
	}
	return s.data[s.spans[i].a:s.spans[i].b]
}

// tooLong reports the record under way as over the limit, keeping its
// first max bytes; the next call skips the rest of it.
func (s *scanner) tooLong() error {
	if s.rerr != nil {
		return s.rerr
	}
	s.longBuf = append(s.longBuf[:0], s.buf[s.start:s.start+s.max]...)
	s.raw, s.long, s.skipping = s.longBuf, true, true
	s.data, s.spans, s.fpos = s.data[:0], s.spans[:0], s.fpos[:0]
	return nil
}

// States of skipRest.
const (
	skFieldStart = iota
	skUnquoted
	skQuoted
	skQuote   // a quote inside a quoted field: its end or the first of ""
	skQuoteCR // a CR after that quote (lone CRs are data)
	skBad     // a syntax error: the record ends with the line
)

// skipRest skips the rest of an over-long record, from its start, byte by
// byte in constant memory, with next's rules for where a record ends.
func (s *scanner) skipRest() error {
	s.skipping = false
	s.r, s.line, s.off = s.start, s.recLine, s.recOff
	st := skFieldStart
	for {
		if s.r == s.w || s.buf[s.r] == '\r' && s.r+1 == s.w && !s.eof {
			s.start = s.r // keep at most a CR
			if _, ok := s.more(); !ok {
				if s.rerr != nil {
					return s.rerr
				}
				if s.r == s.w {
					return nil // the input ends the record
				}
			}
			continue
		}
		c := s.buf[s.r]
		switch {
		case c == '\n' || c == '\r' && s.cr:
			n := 1
			if c == '\r' && s.r+1 < s.w && s.buf[s.r+1] == '\n' {
				n = 2
			}
			s.advance(n)
			s.line++
			if st != skQuoted {
				return nil
			}
			continue
		case c == '\r':
			if st == skQuote {
				st = skQuoteCR
			}
		default:
			switch st {
			case skFieldStart:
				switch c {
				case '"':
					st = skQuoted
				case ',':
				default:
					st = skUnquoted
				}
			case skUnquoted:
				switch c {
				case ',':
					st = skFieldStart
				case '"':
					st = skBad
				}
			case skQuoted:
				if c == '"' {
					st = skQuote
				}
			case skQuote:
				switch c {
				case '"':
					st = skQuoted
				case ',':
					st = skFieldStart
				default:
					st = skBad
				}
			case skQuoteCR:
				st = skBad
			}
		}
		s.advance(1)
	}
}
