package flatcsv

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// scanned is one record as the scanner or encoding/csv saw it.
type scanned struct {
	fields []string
	line   int   // of the first field
	err    error // csv.ErrBareQuote, csv.ErrQuote
	errPos pos
	size   int // bytes of the record, without its line end
}

// scanAll runs the scanner over in with limit max.
func scanAll(t *testing.T, in string, max int) ([]scanned, []int64, string) {
	t.Helper()
	s := scanner{rd: strings.NewReader(in), max: max, line: 1}
	var out []scanned
	var offs []int64
	for range len(in) + 2 {
		err := s.next()
		if err == io.EOF {
			return out, offs, s.lineEnd
		}
		if err != nil {
			t.Fatalf("scanner: %v", err)
		}
		rec := scanned{size: len(s.raw)}
		switch {
		case s.long:
			rec.err = errLong
		case s.serr.err != nil:
			rec.err, rec.errPos = s.serr.err, s.serr.pos
		default:
			for k := range s.spans {
				rec.fields = append(rec.fields, string(s.field(k)))
			}
			rec.line = s.fpos[0].line
		}
		out = append(out, rec)
		offs = append(offs, s.recOff)
	}
	t.Fatal("scanner: no end")
	return nil, nil, ""
}

var errLong = errors.New("long")

// csvAll runs encoding/csv over in.
func csvAll(t *testing.T, in string) []scanned {
	t.Helper()
	r := csv.NewReader(strings.NewReader(in))
	r.FieldsPerRecord = -1
	var out []scanned
	for range len(in) + 2 {
		f, err := r.Read()
		if err == io.EOF {
			return out
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			out = append(out, scanned{err: pe.Err, errPos: pos{pe.Line, pe.Column}})
			continue
		}
		if err != nil {
			t.Fatalf("csv: %v", err)
		}
		line, _ := r.FieldPos(0)
		out = append(out, scanned{fields: append([]string(nil), f...), line: line})
	}
	t.Fatal("csv: no end")
	return nil
}

var diffSeeds = []string{
	"a,b\n1,2\n", "a,b\r\n\"x\r\ny\",2\r\n", "a\n\"x\"y\n", "a\nx\"y\n", "a\n\"x\n", "a,b\n\n\n1,2\n",
	"a\r\n\"x\"\r\r\n", "a\n\"\"\"\",\"\"\n", "\"a\nb\",c\n1,2", "a\n\"x\"\ry\n", "a\n\"x\n\n", "a\r\n\"x\r\n",
	"\ra,b\n", "a,\"b\"\r", "a\n\r\r\n", "a\nb\r", "a\n\"x\"\n\"y\n", "a,b\n\"1\n2\n3\"x,4\n5,6\n",
}

// FuzzScannerDiff checks the scanner against encoding/csv where their rules
// agree: LF or CR LF input of valid UTF-8. The scanner keeps CR LF inside
// quoted fields, which encoding/csv reads as LF, and counts columns in the
// input's bytes where encoding/csv has made CR LF one byte (only a quote
// left open at the end of a CR LF line shows it).
func FuzzScannerDiff(f *testing.F) {
	for _, s := range diffSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) || strings.HasPrefix(in, bomUTF8) {
			return
		}
		got, _, lineEnd := scanAll(t, in, 1<<20)
		if lineEnd == "\r" {
			return // a lone CR ends records: encoding/csv has no such mode
		}
		want := csvAll(t, in)
		if len(got) != len(want) {
			t.Fatalf("%d records, encoding/csv %d\n got %+v\nwant %+v", len(got), len(want), got, want)
		}
		for i, w := range want {
			g := got[i]
			for j := range g.fields {
				g.fields[j] = strings.ReplaceAll(g.fields[j], "\r\n", "\n")
			}
			if w.err != nil && g.err == w.err && w.errPos.line == g.errPos.line && w.errPos.col != g.errPos.col &&
				w.err == csv.ErrQuote && strings.Contains(in, "\r\n") {
				g.errPos.col = w.errPos.col // a CR LF counted as one byte by encoding/csv
			}
			if g.err != w.err || g.errPos != w.errPos || g.line != w.line || !equal(g.fields, w.fields) {
				t.Fatalf("record %d: got %+v, encoding/csv %+v", i, g, w)
			}
		}
	})
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// FuzzScannerSkip checks that a record over the limit is skipped to the
// same end as the scanner finds with no limit: the records after it are
// the same, at the same lines and offsets.
func FuzzScannerSkip(f *testing.F) {
	for _, s := range diffSeeds {
		f.Add(s, uint8(3))
	}
	f.Add("a\n\"xxxxxxxxxx\r\nyy\"\r\nb\r\n", uint8(4))
	f.Add("a\rxxxxxxxxxx\ryy\r\"q\rq\"\rb\r", uint8(4))
	f.Fuzz(func(t *testing.T, in string, limit uint8) {
		max := int(limit%16) + 1
		full, fullOffs, _ := scanAll(t, in, 1<<20)
		short, shortOffs, _ := scanAll(t, in, max)
		if len(full) > 0 && (full[0].err != nil || full[0].size > max) {
			return // a header in error ends reading; how lines end may be settled otherwise
		}
		// Every record of the full scan is found by the short one, whole or
		// as a long record at the same offset.
		if len(full) != len(short) {
			t.Fatalf("%d records with limit %d, %d without\n%+v\n%+v", len(short), max, len(full), short, full)
		}
		for i := range full {
			if fullOffs[i] != shortOffs[i] {
				t.Fatalf("record %d at offset %d with limit %d, %d without", i, shortOffs[i], max, fullOffs[i])
			}
			if short[i].err == errLong {
				continue
			}
			if !equal(short[i].fields, full[i].fields) || short[i].err != full[i].err || short[i].errPos != full[i].errPos {
				t.Fatalf("record %d: %+v with limit %d, %+v without", i, short[i], max, full[i])
			}
		}
	})
}
