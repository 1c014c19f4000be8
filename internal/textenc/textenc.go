// Package textenc is the text-encoding layer under the flat CSV formats
// (internal/flatcsv): the encodings CSV files are found in, decoded and
// encoded losslessly and strictly. It never writes a replacement character:
// where golang.org/x/text would put U+FFFD (the five bytes Windows-1252
// leaves undefined, an unpaired UTF-16 surrogate), this package either maps
// losslessly or hands the problem to its caller.
//
// A Codec stands for one encoding.Encoding of x/text and says how to
// handle it:
//
//   - UTF-8: the bytes are the text; validity is checked by the caller.
//   - Single-byte encodings whose bytes 0x00–0x7F are ASCII (every
//     *charmap.Charmap but the EBCDIC code pages): CSV is parsed on the
//     input bytes and only the cells are decoded, so positions and
//     rejected records are the input's own bytes. Windows-1252 maps its
//     five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) to U+0081 …
//     U+009D, as the WHATWG encoding standard does, so that decoding and
//     encoding back gives the same bytes; another charmap's undefined byte
//     is reported by Undefined.
//   - UTF-16 (either byte order): decoded as a stream by NewUTF16Reader
//     into UTF-8, in which an unpaired surrogate stays visible as invalid
//     UTF-8 (its WTF-8 form) and is turned back into the same code unit by
//     AppendUTF16.
//
// Other encodings are refused by For.
package textenc

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
)

// Kind is the way a Codec's text is laid out in bytes.
type Kind uint8

// The kinds of Codec.
const (
	KindUTF8    Kind = iota // UTF-8
	KindUTF16LE             // UTF-16, little-endian
	KindUTF16BE             // UTF-16, big-endian
	KindSingle              // one byte per character, ASCII in 0x00–0x7F
)

// Codec is an encoding as the flat readers and writers use it. The zero
// value is not usable; get one from For. A Codec is immutable and safe for
// concurrent use.
type Codec struct {
	kind Kind
	std  encoding.Encoding // the x/text value it stands for
	name string            // stable name; "" for UTF-8
	dec  *[128]string      // Single: the UTF-8 of bytes 0x80–0xFF; "" = undefined
	enc  map[rune]byte     // Single: the reverse of dec
}

// ErrUnsupported reports an encoding that For cannot handle losslessly.
var ErrUnsupported = errors.New("encoding not supported by the flat formats")

// The codecs every file may need, ready made.
var (
	// UTF8 is UTF-8.
	UTF8 = &Codec{kind: KindUTF8, std: unicode.UTF8}
	// Windows1252 is Windows-1252 with its five undefined bytes mapped to
	// the C1 controls of the same number, as in the WHATWG standard.
	Windows1252 = single(charmap.Windows1252, "windows-1252")
	// UTF16LE and UTF16BE are UTF-16 without a byte-order mark.
	UTF16LE = &Codec{kind: KindUTF16LE, std: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), name: "utf-16le"}
	UTF16BE = &Codec{kind: KindUTF16BE, std: unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), name: "utf-16be"}
)

// single builds the Codec of an ASCII-compatible charmap.
func single(m *charmap.Charmap, name string) *Codec {
	c := &Codec{kind: KindSingle, std: m, name: name, dec: new([128]string), enc: make(map[rune]byte, 128)}
	for b := 0x80; b <= 0xFF; b++ {
		r := m.DecodeByte(byte(b))
		if r == utf8.RuneError {
			if m != charmap.Windows1252 {
				continue // undefined
			}
			// Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D
			// undefined; x/text decodes them as U+FFFD. The WHATWG
			// standard maps each to the C1 control of the same number,
			// which keeps the bytes.
			r = rune(b)
		}
		c.dec[b-0x80] = string(r)
		c.enc[r] = byte(b)
	}
	return c
}

// For returns the Codec of e, which must not be nil. UTF-8 (with or
// without BOM handling), UTF-16 of either byte order and every
// ASCII-compatible *charmap.Charmap are supported; ErrUnsupported is
// returned for the rest (multi-byte legacy encodings, EBCDIC), whose x/text
// decoders would replace what they cannot decode.
func For(e encoding.Encoding) (*Codec, error) {
	switch e {
	case unicode.UTF8, unicode.UTF8BOM:
		return UTF8, nil
	case charmap.Windows1252:
		return Windows1252, nil
	}
	for _, p := range []unicode.BOMPolicy{unicode.IgnoreBOM, unicode.UseBOM, unicode.ExpectBOM} {
		switch e {
		case unicode.UTF16(unicode.LittleEndian, p):
			return UTF16LE, nil
		case unicode.UTF16(unicode.BigEndian, p):
			return UTF16BE, nil
		}
	}
	if m, ok := e.(*charmap.Charmap); ok {
		for b := range 0x80 {
			if m.DecodeByte(byte(b)) != rune(b) {
				return nil, fmt.Errorf("%v: not ASCII-compatible: %w", e, ErrUnsupported)
			}
		}
		return single(m, Name(e)), nil
	}
	return nil, fmt.Errorf("%v: %w (use UTF-8, UTF-16 or a single-byte charmap)", e, ErrUnsupported)
}

// Kind returns how the codec lays text out.
func (c *Codec) Kind() Kind { return c.kind }

// Encoding returns the x/text encoding the codec stands for (UTF-16 as
// the variant that ignores byte-order marks, since the flat readers handle
// them).
func (c *Codec) Encoding() encoding.Encoding { return c.std }

// Name returns the codec's stable name ("windows-1252", "utf-16le"), or
// "" for UTF-8.
func (c *Codec) Name() string { return c.name }

// String returns the name, "utf-8" for UTF-8.
func (c *Codec) String() string {
	if c.kind == KindUTF8 {
		return "utf-8"
	}
	return c.name
}

// Name returns the stable name of e: "" for UTF-8 (and nil), else the
// lower-case MIME name from the IANA registry ("windows-1252",
// "iso-8859-1", "utf-16le"), else the IANA name, else (for the few x/text
// charmaps IANA does not list) the charmap's own name in lower case
// ("macintosh cyrillic"). Lookup reverses it.
func Name(e encoding.Encoding) string {
	if e == nil || e == unicode.UTF8 || e == unicode.UTF8BOM {
		return ""
	}
	for _, p := range []unicode.BOMPolicy{unicode.IgnoreBOM, unicode.UseBOM, unicode.ExpectBOM} {
		switch e {
		case unicode.UTF16(unicode.LittleEndian, p):
			return "utf-16le"
		case unicode.UTF16(unicode.BigEndian, p):
			return "utf-16be"
		}
	}
	for _, idx := range []*ianaindex.Index{ianaindex.MIME, ianaindex.IANA} {
		if n, err := idx.Name(e); err == nil && n != "" {
			return strings.ToLower(n)
		}
	}
	return strings.ToLower(fmt.Sprint(e))
}

// Lookup returns the encoding named name, as Name gives it or as the IANA
// registry knows it (case-insensitively); "" and "utf-8" are UTF-8. It
// fails for a name it does not know.
func Lookup(name string) (encoding.Encoding, error) {
	switch strings.ToLower(name) {
	case "", "utf-8", "utf8":
		return unicode.UTF8, nil
	case "utf-16le":
		return UTF16LE.std, nil
	case "utf-16be":
		return UTF16BE.std, nil
	case "windows-1252":
		return charmap.Windows1252, nil
	}
	for _, idx := range []*ianaindex.Index{ianaindex.MIME, ianaindex.IANA} {
		if e, err := idx.Encoding(name); err == nil && e != nil {
			return e, nil
		}
	}
	for _, e := range charmap.All {
		if strings.EqualFold(fmt.Sprint(e), name) {
			return e, nil
		}
	}
	return nil, fmt.Errorf("encoding %q: %w", name, ErrUnsupported)
}
