package textenc

import (
	"encoding/binary"
	"errors"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// Undefined returns the index of the first byte of b that a single-byte
// codec does not define, or -1. Windows-1252 defines every byte.
func (c *Codec) Undefined(b []byte) int {
	if c.kind != KindSingle {
		return -1
	}
	for i, x := range b {
		if x >= 0x80 && c.dec[x-0x80] == "" {
			return i
		}
	}
	return -1
}

// AppendDecode appends the UTF-8 text of src, in a single-byte codec, to
// dst. Bytes the codec does not define (see Undefined) are appended as
// they are, so that the result is not valid UTF-8 and the caller notices.
func (c *Codec) AppendDecode(dst, src []byte) []byte {
	for len(src) > 0 {
		i := 0
		for i < len(src) && src[i] < utf8.RuneSelf {
			i++
		}
		dst = append(dst, src[:i]...)
		if i == len(src) {
			break
		}
		if s := c.dec[src[i]-0x80]; s != "" {
			dst = append(dst, s...)
		} else {
			dst = append(dst, src[i])
		}
		src = src[i+1:]
	}
	return dst
}

// AppendEncode appends s, UTF-8 text, to dst in the codec's encoding. It
// stops at the first character the encoding cannot hold, or the first byte
// that is not valid UTF-8, and returns its index in s with dst as it was;
// the index is -1 when all of s was appended. UTF-8 appends s as it is,
// invalid bytes included: checking text is the caller's business.
func (c *Codec) AppendEncode(dst []byte, s string) ([]byte, int) {
	switch c.kind {
	case KindUTF8:
		return append(dst, s...), -1
	case KindSingle:
		n := len(dst)
		for i := 0; i < len(s); {
			if s[i] < utf8.RuneSelf {
				dst = append(dst, s[i])
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			b, ok := c.enc[r]
			if !ok || r == utf8.RuneError && size == 1 {
				return dst[:n], i
			}
			dst = append(dst, b)
			i += size
		}
		return dst, -1
	default:
		n := len(dst)
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return dst[:n], i
			}
			dst = c.appendUnits(dst, r)
			i += size
		}
		return dst, -1
	}
}

// appendUnits appends r as UTF-16 code units in the codec's byte order.
func (c *Codec) appendUnits(dst []byte, r rune) []byte {
	if r >= 0x10000 {
		hi, lo := utf16.EncodeRune(r)
		return c.appendUnit(c.appendUnit(dst, uint16(hi)), uint16(lo))
	}
	return c.appendUnit(dst, uint16(r))
}

func (c *Codec) appendUnit(dst []byte, u uint16) []byte {
	if c.kind == KindUTF16BE {
		return binary.BigEndian.AppendUint16(dst, u)
	}
	return binary.LittleEndian.AppendUint16(dst, u)
}

// AppendUTF16 appends src, text a UTF-16 reader of this codec decoded,
// encoded back into UTF-16: the same bytes as the input, unpaired
// surrogates (WTF-8 in src) included. A byte that is neither UTF-8 nor a
// surrogate, which such text never holds, is written as U+FFFD.
func (c *Codec) AppendUTF16(dst, src []byte) []byte {
	for i := 0; i < len(src); {
		if u, ok := surrogate(src[i:]); ok {
			dst = c.appendUnit(dst, u)
			i += 3
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		dst = c.appendUnits(dst, r)
		i += size
	}
	return dst
}

// surrogate decodes the WTF-8 form of an unpaired surrogate at the start
// of b.
func surrogate(b []byte) (uint16, bool) {
	if len(b) < 3 || b[0] != 0xED || b[1] < 0xA0 || b[1] > 0xBF || b[2] < 0x80 || b[2] > 0xBF {
		return 0, false
	}
	return 0xD000 | uint16(b[1]&0x3F)<<6 | uint16(b[2]&0x3F), true
}

// InputLen returns the number of input bytes that decoded into b, text
// from a UTF-16 reader (valid UTF-8 but for WTF-8 surrogates): two per
// code unit. It counts lead bytes, so it may be applied to pieces of the
// text cut anywhere. For other kinds it returns len(b).
func (c *Codec) InputLen(b []byte) int {
	if c.kind != KindUTF16LE && c.kind != KindUTF16BE {
		return len(b)
	}
	n := 0
	for _, x := range b {
		switch {
		case x < 0x80 || x >= 0xC0 && x < 0xF0:
			n += 2 // one code unit: ASCII, two- and three-byte forms, surrogates
		case x >= 0xF0:
			n += 4 // a surrogate pair
		}
	}
	return n
}

// ErrOddLength reports UTF-16 input that ends in half a code unit.
var ErrOddLength = errors.New("UTF-16 input ends in half a code unit")

// utf16Reader decodes UTF-16 into UTF-8.
type utf16Reader struct {
	r    io.Reader
	be   bool
	in   []byte
	n    int    // bytes held in in
	out  []byte // decoded, not yet returned
	obuf []byte // backing array of out
	err  error
	high uint16 // a high surrogate waiting for its pair, or 0
}

// NewUTF16Reader returns a reader of the UTF-8 text of r, UTF-16 of the
// codec's byte order (its byte-order mark, if any, already consumed). An
// unpaired surrogate is given as its WTF-8 form, which is not valid UTF-8,
// so the text holding it is rejected rather than altered; input ending in
// half a code unit gives ErrOddLength after the text before it.
func (c *Codec) NewUTF16Reader(r io.Reader) io.Reader {
	return &utf16Reader{r: r, be: c.kind == KindUTF16BE, in: make([]byte, 16<<10)}
}

func (d *utf16Reader) Read(p []byte) (int, error) {
	for len(d.out) == 0 {
		if d.err != nil {
			return 0, d.err
		}
		m, err := d.r.Read(d.in[d.n:])
		d.n += m
		even := d.n &^ 1
		d.obuf = d.decode(d.obuf[:0], d.in[:even])
		d.out = d.obuf
		d.n = copy(d.in, d.in[even:d.n])
		if err != nil {
			if d.high != 0 {
				d.out = appendWTF8(d.out, d.high)
				d.high = 0
			}
			if err == io.EOF && d.n > 0 {
				err = ErrOddLength
			}
			d.err = err
		}
	}
	n := copy(p, d.out)
	d.out = d.out[n:]
	return n, nil
}

// decode appends the UTF-8 of whole code units in b.
func (d *utf16Reader) decode(dst, b []byte) []byte {
	for i := 0; i+1 < len(b); i += 2 {
		var u uint16
		if d.be {
			u = binary.BigEndian.Uint16(b[i:])
		} else {
			u = binary.LittleEndian.Uint16(b[i:])
		}
		if d.high != 0 {
			if u >= 0xDC00 && u <= 0xDFFF {
				dst = utf8.AppendRune(dst, utf16.DecodeRune(rune(d.high), rune(u)))
				d.high = 0
				continue
			}
			dst = appendWTF8(dst, d.high)
			d.high = 0
		}
		switch {
		case u < 0x80:
			dst = append(dst, byte(u))
		case u >= 0xD800 && u <= 0xDBFF:
			d.high = u
		case u >= 0xDC00 && u <= 0xDFFF:
			dst = appendWTF8(dst, u)
		default:
			dst = utf8.AppendRune(dst, rune(u))
		}
	}
	return dst
}

// appendWTF8 appends the three-byte form of a surrogate code unit.
func appendWTF8(dst []byte, u uint16) []byte {
	return append(dst, 0xE0|byte(u>>12), 0x80|byte(u>>6)&0x3F, 0x80|byte(u)&0x3F)
}
