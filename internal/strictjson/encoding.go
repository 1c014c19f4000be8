package strictjson

import "fmt"

// NotUTF8 reports the encoding of a text whose first bytes are head when
// they show it is UTF-16 or UTF-32 rather than UTF-8: a byte-order mark
// (FF FE, FE FF, FF FE 00 00, 00 00 FE FF), or NUL bytes beside the first
// character, which JSON text (always ASCII at its start) and CSV headers
// have in those encodings only (RFC 4627, section 3). It returns "" for
// anything else, UTF-8 with or without its mark included. Four bytes of
// head tell UTF-32 from UTF-16; fewer are enough for UTF-16.
//
// Readers call it on the start of their input so that such a file is
// refused with a message that says what it is, instead of a puzzling
// syntax error ("the document is a number").
func NotUTF8(head []byte) (name string, bom bool) {
	at := func(i int) int { // the byte at i, or -1 past the end
		if i < len(head) {
			return int(head[i])
		}
		return -1
	}
	b0, b1, b2, b3 := at(0), at(1), at(2), at(3)
	switch {
	case b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF:
		return "UTF-32BE", true
	case b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00:
		return "UTF-32LE", true
	case b0 == 0xFE && b1 == 0xFF:
		return "UTF-16BE", true
	case b0 == 0xFF && b1 == 0xFE:
		return "UTF-16LE", true
	case b0 == 0x00 && b1 == 0x00 && b2 == 0x00 && b3 > 0:
		return "UTF-32BE", false
	case b0 > 0 && b1 == 0x00 && b2 == 0x00 && b3 == 0x00:
		return "UTF-32LE", false
	case b0 == 0x00 && b1 > 0:
		return "UTF-16BE", false
	case b0 > 0 && b1 == 0x00:
		return "UTF-16LE", false
	}
	return "", false
}

// EncodingError returns the message for a text NotUTF8 recognised, or nil
// when it recognised none: what the text is, how it was told, and that it
// must be converted. Callers wrap it in their own sentinel and position.
func EncodingError(head []byte) error {
	name, bom := NotUTF8(head)
	if name == "" {
		return nil
	}
	how := "NUL bytes between the characters"
	if bom {
		how = "a " + name + " byte-order mark"
	}
	return fmt.Errorf("the input is %s text (%s), but JSON and this SDK's text formats must be UTF-8 (RFC 8259): convert it first, e.g. iconv -f %s -t UTF-8", name, how, name)
}
