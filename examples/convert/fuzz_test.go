package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
)

// chunked hands out data in pieces of the sizes given, cycling, as pipes
// and slow inputs do.
type chunked struct {
	data  []byte
	sizes []byte
	n     int
}

func (c *chunked) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	size := 1
	if len(c.sizes) > 0 {
		size = int(c.sizes[c.n%len(c.sizes)])%7 + 1
		c.n++
	}
	n := copy(p[:min(len(p), size)], c.data)
	c.data = c.data[n:]
	return n, nil
}

// FuzzInputWatch checks the converter's own reading of the input's start
// against a plain statement of the rules, whatever the chunks it comes in:
// empty is nothing but white space after (part of) a UTF-8 byte-order
// mark; wide is a UTF-16 byte-order mark or a NUL in the first two bytes.
// The bytes pass through unchanged.
func FuzzInputWatch(f *testing.F) {
	f.Add([]byte(""), []byte{1})
	f.Add([]byte(" \r\n\t"), []byte{3})
	f.Add([]byte("\xef\xbb\xbf\n"), []byte{1, 2})
	f.Add([]byte("\xef\xbb\xbf{}"), []byte{5})
	f.Add([]byte(" \xef\xbb\xbf"), []byte{1})
	f.Add([]byte("\xff\xfe{\x00"), []byte{2})
	f.Add([]byte("\x00{"), []byte{1})
	f.Add([]byte(utf16Text("{}\n")), []byte{4})
	f.Fuzz(func(t *testing.T, data, sizes []byte) {
		w := newInputWatch(&chunked{data: data, sizes: sizes})
		got, err := io.ReadAll(w)
		require.NoError(t, err)
		require.Equal(t, data, got)

		rest := data
		for i := 0; i < 3 && len(rest) > 0 && rest[0] == "\xef\xbb\xbf"[i]; i++ {
			rest = rest[1:]
		}
		assert.Equal(t, len(bytes.Trim(rest, " \t\r\n")) == 0, w.empty(), "empty")
		wide := len(data) >= 2 && (bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) || data[0] == 0 || data[1] == 0)
		assert.Equal(t, wide, w.wide(), "wide")
	})
}

// FuzzEncodingNamed checks the lookup of -encoding and -out-encoding names
// on any text: it gives an encoding or a usage error, never both or
// neither; the letter case of an ASCII name does not matter; and the
// readers and writers can be asked about whatever it gives.
func FuzzEncodingNamed(f *testing.F) {
	for _, s := range []string{"utf-8", "windows-1252", "cp1252", "latin1", "UTF-16LE", "macintosh", "utf-32", "shift_jis",
		"", " ", "x-user-defined", "replacement", "iso-2022-kr", "us-ascii", "utf-16"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		e, err := encodingNamed("-encoding", name)
		if err != nil {
			var ue usageError
			assert.ErrorAs(t, err, &ue)
			assert.Nil(t, e)
		} else {
			require.NotNil(t, e)
			_, _ = readable(e), writable(e)
		}
		if !isASCII(name) {
			return
		}
		for _, n := range []string{strings.ToUpper(name), strings.ToLower(name)} {
			e2, err2 := encodingNamed("-encoding", n)
			assert.Equal(t, e, e2, "%q and %q", name, n)
			assert.Equal(t, err == nil, err2 == nil, "%q and %q", name, n)
		}
	})
}

// isASCII reports whether s is ASCII.
func isASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// FuzzConvert runs the command on any input in lenient mode and checks the
// accounting: the summary line is always there; an input not in the format
// reads nothing (exit 2); otherwise every record read is written or
// rejected (exit 0), or the reader could not go past a record (exit 1) —
// no record goes missing in between.
func FuzzConvert(f *testing.F) {
	nd := readFile(f, "testdata/idlib2019.ndjson")
	head := strings.SplitAfterN(readFile(f, filepath.Join(sharedData, "acled_sample.csv")), "\r\n", 5)
	f.Add(byte(0), nd)
	f.Add(byte(0), "")
	f.Add(byte(0), strings.Repeat(strings.SplitAfter(nd, "\n")[0], 2))
	f.Add(byte(0), utf16Text(nd))
	f.Add(byte(1), strings.Join(head[:4], ""))
	f.Add(byte(1), strings.Join(head[:3], "")+head[3][:100])
	f.Add(byte(2), `{"type":"FeatureCollection","features":[]}`)
	f.Add(byte(3), readFile(f, "testdata/idlib2019.json"))
	cp1252, text := cp1252Fixture(f, acledCP1252)
	f.Add(byte(1), cp1252)
	f.Add(byte(1), "\xff\xfe"+encodeText(f, utf16LE, text))
	f.Add(byte(1+4*2), encodeText(f, utf16LE, text)) // -encoding utf-16le
	f.Add(byte(1+4*3), encodeText(f, charmap.Macintosh, text))
	formats := []string{"ndjson", "acled", "geojson", "json"}
	// -encoding for the CSV input: which / len(formats) picks one.
	encodings := []string{"", "windows-1252", "utf-16le", "macintosh"}
	f.Fuzz(func(t *testing.T, which byte, in string) {
		from := formats[int(which)%len(formats)]
		args := []string{"-from", from, "-to", "ndjson", "-lenient", "-max-record", "65536"}
		if enc := encodings[int(which)/len(formats)%len(encodings)]; enc != "" && from == "acled" {
			args = append(args, "-encoding", enc)
		}
		r := runConvert(t, in, args...)
		var read, wrote, rejected, warnings, lost int
		_, err := fmt.Sscanf(summaryLine(r.stderr), "read %d, wrote %d, rejected %d, warnings %d, lost %d", &read, &wrote, &rejected, &warnings, &lost)
		require.NoError(t, err, r.stderr)
		switch r.status {
		case exitOK:
			assert.Equal(t, read, wrote+rejected, r.stderr)
		case exitRejected:
			assert.Contains(t, r.stderr, "convert: stopped: ")
			assert.Equal(t, read, wrote+rejected, r.stderr)
		case exitUsage:
			assert.Zero(t, read, r.stderr)
			assert.Empty(t, r.stdout)
		default:
			t.Fatalf("exit %d:\n%s", r.status, r.stderr)
		}
		assert.Equal(t, wrote, strings.Count(r.stdout, "\n"), "one line a written event")
	})
}
