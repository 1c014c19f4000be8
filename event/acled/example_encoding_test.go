package acled_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/acled"
)

// A Windows-1252 file is detected at its first non-ASCII byte; Line names
// the line each record starts on.
func ExampleReader_EncodingUsed() {
	in, err := os.ReadFile("testdata/windows1252.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	r := acled.NewReader(bytes.NewReader(in))
	for e, err := range r.All() {
		if err != nil {
			fmt.Println("rejected:", err)
			continue
		}
		fmt.Println(r.Line(), e.Keys[0], e.Where.Place.Name)
	}
	enc, bom := r.EncodingUsed()
	fmt.Printf("%v, byte-order mark %v, line end %q\n", enc, bom, r.LineEnd())
	// Output:
	// 2 acled:SYR78126 Al-Bukamal
	// 4 acled:SYR78190 Kobanê
	// 5 acled:SYR77948 Kobanê
	// Windows 1252, byte-order mark false, line end "\r\n"
}

// A Writer writes events back in the encoding they were read in, or in the
// one asked for; a character the encoding cannot hold refuses the event.
func ExampleWriter_encoding() {
	in, err := os.ReadFile("testdata/windows1252.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	events, err := acled.ReadAll(bytes.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}

	var back bytes.Buffer
	w := acled.NewWriter(&back) // Encoding nil: as read
	for _, e := range events {
		_ = w.Write(e)
	}
	_ = w.Close()
	fmt.Println("as read:", bytes.Equal(back.Bytes(), in))

	var utf8 bytes.Buffer
	w = acled.NewWriter(&utf8)
	w.Encoding, w.BOM = unicode.UTF8, true
	for _, e := range events {
		_ = w.Write(e)
	}
	_ = w.Close()
	fmt.Println("UTF-8:", bytes.HasPrefix(utf8.Bytes(), []byte("\ufeff")), bytes.Contains(utf8.Bytes(), []byte("Kobanê")))

	w = acled.NewWriter(&bytes.Buffer{})
	w.Encoding = charmap.ISO8859_1
	e := events[1]
	e.Notes = "€"
	err = w.Write(e)
	var we *acled.WriteError
	if errors.As(err, &we) {
		fmt.Println(errors.Is(err, event.ErrEncoding), we.ID == e.ID, we.Field+":", we.Err)
	}
	// Output:
	// as read: true
	// UTF-8: true true
	// true true notes: character '€' (U+20AC) has no form in iso-8859-1: character the output encoding cannot hold
}
