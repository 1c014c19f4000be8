package table_test

import (
	"fmt"
	"testing/fstest"

	"github.com/conflictkit/conflict/event/table"
)

// Tables saved again by R's write.csv: row names first under the name "",
// every text quoted, NA in each empty cell, and a note that is the text
// "NA", which the Writer wrote as 'NA. The row names are not read and are
// reported once; the NA cells are empty; the note is itself.
func ExampleReader_asFound() {
	fsys := fstest.MapFS{
		"events.csv": {Data: []byte(
			`"","id","type","title","start","end","date_precision","notes","tags","n_participants"` + "\n" +
				`"1","ce58a2d3-27d1-546c-8b01-4e01a6572b53","air-drone-strike","Strike near Idlib","2019-08-31","2019-08-31","day","'NA",NA,NA` + "\n")},
	}
	r := table.NewReader(fsys)
	e, err := r.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %q %q %v %v\n", e.When.Start, e.Title, e.Notes, e.Tags == nil, e.Participants == nil)
	for _, w := range r.Warnings() {
		fmt.Println(w.Path, "-", w.Message)
	}
	// Output:
	// 2019-08-31 "Strike near Idlib" "NA" true true
	// events.csv: "" - column 1 of events.csv is unnamed (""): a row index, as R and pandas write one; its cells are not read
}
