package ucdp_test

import (
	"bytes"
	"fmt"
	"os"

	"golang.org/x/text/encoding/unicode"

	"github.com/conflictkit/conflict/event/ucdp"
)

// GED records saved by Excel for Windows: Windows-1252, detected at the
// first non-ASCII byte, CR LF line ends and a bare LF inside a quoted cell.
func ExampleReader_EncodingUsed() {
	in, err := os.ReadFile("testdata/ged191_windows1252.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	r := ucdp.NewReader(bytes.NewReader(in))
	for e, err := range r.All() {
		if err != nil {
			fmt.Println("rejected:", err)
			continue
		}
		x, _, _ := ucdp.GetExtra(e)
		fmt.Printf("%d %s %q\n", r.Line(), e.Keys[0], x.Encoding)
	}
	enc, bom := r.EncodingUsed()
	fmt.Printf("%v, byte-order mark %v, line end %q\n", enc, bom, r.LineEnd())
	// Output:
	// 2 ucdp:209980 ""
	// 3 ucdp:209406 ""
	// 6 ucdp:209857 "windows-1252"
	// 7 ucdp:49047 "windows-1252"
	// 8 ucdp:210923 "windows-1252"
	// 9 ucdp:50016 "windows-1252"
	// Windows 1252, byte-order mark false, line end "\r\n"
}

// A Writer given no options writes the file back as it was read; options
// choose another encoding and line end.
func ExampleWriter_encoding() {
	in, err := os.ReadFile("testdata/ged191_windows1252.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	events, err := ucdp.ReadAll(bytes.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	var back, utf16 bytes.Buffer
	w := ucdp.NewWriter(&back)
	for _, e := range events {
		_ = w.Write(e)
	}
	_ = w.Close()
	fmt.Println("as read:", bytes.Equal(back.Bytes(), in))

	w = ucdp.NewWriter(&utf16)
	w.Encoding, w.BOM, w.LineEnd = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), true, "\n"
	for _, e := range events {
		_ = w.Write(e)
	}
	_ = w.Close()
	again, err := ucdp.ReadAll(bytes.NewReader(utf16.Bytes()))
	fmt.Println("UTF-16:", len(again), err)
	// Output:
	// as read: true
	// UTF-16: 6 <nil>
}
