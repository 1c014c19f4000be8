package table_test

import (
	"bytes"
	"fmt"

	"golang.org/x/text/encoding/charmap"

	"github.com/conflictkit/conflict/event/table"
)

// The wide table for a spreadsheet program that expects Windows-1252: the
// text goes out in that encoding, line ends as asked, and a line end inside
// a cell as it is.
func ExampleWideWriter_encoding() {
	var buf bytes.Buffer
	w := table.NewWideWriter(&buf)
	w.Encoding, w.UseCRLF = charmap.Windows1252, true
	e := strike()
	e.Notes = "Kobanê\nsecond line" // the Kurdish spelling of Ain al Arab
	if err := w.Write(e); err != nil {
		fmt.Println(err)
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	out := buf.Bytes()
	fmt.Println(bytes.Contains(out, []byte("\"Koban\xea\nsecond line\"")), bytes.Count(out, []byte("\r\n")))
	// Output:
	// true 2
}
