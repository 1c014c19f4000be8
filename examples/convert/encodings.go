package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/acled"
)

// someEncodings are the names a message about -encoding or -out-encoding
// offers: those of the files the command meets most.
const someEncodings = "utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1, macintosh (or any single-byte character set of the IANA registry, such as iso-8859-15 or windows-1251)"

// encodingNamed returns the text encoding named name, case-insensitively:
// a name or alias of the IANA registry ("windows-1252", "ISO-8859-1",
// "latin1", "UTF-16LE", "macintosh"), else a WHATWG label, which adds the
// spellings of Python and browsers that IANA lacks ("cp1252", "utf8",
// "x-mac-roman"). IANA comes first because WHATWG reads "iso-8859-1" as
// Windows-1252, a different encoding for bytes 0x80 to 0x9F. flag names
// the option in messages.
func encodingNamed(flag, name string) (encoding.Encoding, error) {
	n := strings.TrimSpace(name)
	for _, idx := range []*ianaindex.Index{ianaindex.MIME, ianaindex.IANA} {
		e, err := idx.Encoding(n)
		if err != nil {
			continue
		}
		if e == nil { // a registered name x/text has no implementation of (UTF-32)
			return nil, usageError{fmt.Errorf("%s %q: not an encoding the CSV readers and writers handle: want one of %s", flag, name, someEncodings)}
		}
		return e, nil
	}
	if e, err := htmlindex.Get(n); err == nil && e != nil {
		return e, nil
	}
	return nil, usageError{fmt.Errorf("%s %q: unknown encoding: want one of %s", flag, name, someEncodings)}
}

// readable reports whether the CSV readers take e as their Encoding, by
// asking one: acled, ucdp and table read through the same CSV layer, which
// refuses at the first Read what it cannot decode losslessly (multi-byte
// legacy encodings, EBCDIC, x/text's US-ASCII) and otherwise reports the
// empty input as a parse error. The command may not use that layer itself.
func readable(e encoding.Encoding) bool {
	r := acled.NewReader(strings.NewReader(""))
	r.Encoding = e
	_, err := r.Read()
	var pe *event.ParseError
	return errors.As(err, &pe)
}

// writable reports whether the CSV writers take e as their Encoding, by
// asking one to write its header.
func writable(e encoding.Encoding) bool {
	w := acled.NewWriter(io.Discard)
	w.Encoding = e
	return w.Close() == nil
}

// unicodeText reports whether e has a byte-order mark: UTF-8 or UTF-16.
func unicodeText(e encoding.Encoding) bool {
	if e == unicode.UTF8 || e == unicode.UTF8BOM {
		return true
	}
	for _, order := range []unicode.Endianness{unicode.LittleEndian, unicode.BigEndian} {
		for _, p := range []unicode.BOMPolicy{unicode.IgnoreBOM, unicode.UseBOM, unicode.ExpectBOM} {
			if e == unicode.UTF16(order, p) {
				return true
			}
		}
	}
	return false
}

// isUTF8 reports whether e is UTF-8.
func isUTF8(e encoding.Encoding) bool { return e == unicode.UTF8 || e == unicode.UTF8BOM }

// encodingOptions settles -encoding, -out-encoding and -bom into o, and
// refuses what cannot work: a name x/text does not know, an encoding the
// CSV readers or writers refuse, a byte-order mark in an encoding that has
// none, and anything but UTF-8 for JSON, which must be UTF-8 without a
// byte-order mark (RFC 8259, section 8.1).
func encodingOptions(o *options, in, out string) error {
	from, to := lookup(o.from), lookup(o.to)
	if in != "" {
		e, err := encodingNamed("-encoding", in)
		if err != nil {
			return err
		}
		switch {
		case from.json && !isUTF8(e):
			return usageError{fmt.Errorf("-encoding %s: -from %s is JSON, which is UTF-8; -encoding is for the CSV inputs (acled, ucdp, csv)", in, o.from)}
		case !from.json && !readable(e):
			return usageError{fmt.Errorf("-encoding %q: the CSV readers cannot read %v losslessly: want one of %s", in, e, someEncodings)}
		}
		if !from.json {
			o.encoding = e
		}
	}
	if out != "" {
		e, err := encodingNamed("-out-encoding", out)
		if err != nil {
			return err
		}
		switch {
		case to.json && !isUTF8(e):
			return usageError{fmt.Errorf("-out-encoding %s: -to %s is JSON, which is UTF-8; -out-encoding is for the CSV outputs (acled, ucdp, csv, wide, hxl)", out, o.to)}
		case !to.json && !writable(e):
			return usageError{fmt.Errorf("-out-encoding %q: the CSV writers cannot write %v: want one of %s", out, e, someEncodings)}
		}
		if !to.json {
			o.outEncoding = e
		}
	}
	if o.bom {
		switch {
		case to.json:
			return usageError{fmt.Errorf("-bom: -to %s is JSON, which has no byte-order mark (RFC 8259)", o.to)}
		case o.outEncoding == nil:
			o.outEncoding = unicode.UTF8 // a byte-order mark asks for Unicode
		case !unicodeText(o.outEncoding):
			return usageError{fmt.Errorf("-bom: -out-encoding %s has no byte-order mark (only UTF-8 and UTF-16 have one)", out)}
		}
	}
	return nil
}
