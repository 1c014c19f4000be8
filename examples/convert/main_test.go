package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// convertResult is what one run of the command gave.
type convertResult struct {
	status int
	stdout string
	stderr string
}

func runConvert(t *testing.T, stdin string, args ...string) convertResult {
	t.Helper()
	var out, errOut bytes.Buffer
	status := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return convertResult{status: status, stdout: out.String(), stderr: errOut.String()}
}

// summaryLine returns the last line of standard error.
func summaryLine(stderr string) string {
	lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
	return lines[len(lines)-1]
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

// ndjsonLines returns the Idlib events as NDJSON lines.
func ndjsonLines(t *testing.T) []string {
	t.Helper()
	return strings.Split(strings.TrimRight(readFile(t, "testdata/idlib2019.ndjson"), "\n"), "\n")
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		msg  string
	}{
		{name: "no flags", args: nil, msg: "both -from and -to are required"},
		{name: "unknown input format", args: []string{"-from", "xml", "-to", "ndjson"}, msg: `unknown input format "xml"`},
		{name: "unknown output format", args: []string{"-from", "ndjson", "-to", "xml"}, msg: `unknown output format "xml"`},
		{name: "rejects without lenient", args: []string{"-from", "ndjson", "-to", "ndjson", "-rejects", "r"}, msg: "-rejects needs -lenient"},
		{name: "stray argument", args: []string{"-from", "ndjson", "-to", "ndjson", "file.csv"}, msg: `unexpected argument "file.csv"`},
		{name: "undefined flag", args: []string{"-frm", "ndjson"}, msg: "flag provided but not defined: -frm"},
		{name: "missing input file", args: []string{"-from", "ndjson", "-to", "ndjson", "-in", "testdata/no-such-file"}, msg: "no such file or directory"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runConvert(t, "", tc.args...)
			assert.Equal(t, exitUsage, r.status)
			assert.Contains(t, r.stderr, tc.msg)
			assert.Empty(t, r.stdout)
			assert.Equal(t, "read 0, wrote 0, rejected 0, warnings 0, lost 0", summaryLine(r.stderr), "the summary line ends every run")
		})
	}
}

func TestHelp(t *testing.T) {
	r := runConvert(t, "", "-h")
	assert.Equal(t, exitOK, r.status)
	for _, f := range formats {
		assert.Contains(t, r.stderr, "  "+f.name+" ", "-help lists every format")
	}
	for _, flag := range []string{"-warnings string", "-fail-on-loss", "-rejects string", "-lenient", "-encoding string", "-out-encoding string", "-bom"} {
		assert.Contains(t, r.stderr, "  "+flag+"\n", "-help lists every flag")
	}
	assert.Contains(t, r.stderr, "exit status: 0 success; 1 a record stopped the conversion")
}

func TestStrictAndLenient(t *testing.T) {
	lines := ndjsonLines(t)
	bad := `{"id":"not-a-uuid","type":"battles"}`
	invalid := `{"id":"0190d4a0-0000-7000-8000-000000000001","type":"no-such-type"}`
	in := lines[0] + "\n" + bad + "\n" + lines[1] + "\n" + invalid + "\n" + lines[2] + "\n"
	tests := []struct {
		name     string
		args     []string
		status   int
		wrote    []string // lines written to standard output
		summary  string
		messages []string
		rejects  string // content of the rejects file; "" = not asked for
	}{
		{
			name:     "strict stops at the first bad record",
			args:     []string{"-from", "ndjson", "-to", "ndjson"},
			status:   exitRejected,
			wrote:    lines[:1],
			summary:  "read 2, wrote 1, rejected 1, warnings 0, lost 0",
			messages: []string{`convert: rejected: event: line 2, column 7, field "id"`},
		},
		{
			name:     "lenient goes on; without -validate the unregistered type passes",
			args:     []string{"-from", "ndjson", "-to", "ndjson", "-lenient"},
			status:   exitOK,
			wrote:    []string{lines[0], lines[1], invalid, lines[2]},
			summary:  "read 5, wrote 4, rejected 1, warnings 0, lost 0",
			messages: []string{`line 2, column 7, field "id"`},
		},
		{
			name:     "lenient with -validate and -rejects keeps every reject verbatim",
			args:     []string{"-from", "ndjson", "-to", "ndjson", "-lenient", "-validate", "-rejects", "REJECTS"},
			status:   exitOK,
			wrote:    lines[:3],
			summary:  "read 5, wrote 3, rejected 2, warnings 3, lost 0",
			messages: []string{"convert: invalid: line 4, record 4, event 0190d4a0-0000-7000-8000-000000000001: type: error: event type \"no-such-type\" is not registered", "warning no date: 1"},
			rejects:  bad + "\n" + invalid + "\n",
		},
		{
			name:     "strict with -validate stops at the invalid event",
			args:     []string{"-from", "ndjson", "-to", "ndjson", "-validate"},
			status:   exitRejected,
			wrote:    lines[:1],
			summary:  "read 2, wrote 1, rejected 1, warnings 0, lost 0",
			messages: []string{"convert: rejected:"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := tc.args
			rejects := filepath.Join(t.TempDir(), "rejects.ndjson")
			for i, a := range args {
				if a == "REJECTS" {
					args = append(append([]string(nil), args[:i]...), rejects)
					args = append(args, tc.args[i+1:]...)
				}
			}
			r := runConvert(t, in, args...)
			assert.Equal(t, tc.status, r.status, r.stderr)
			assert.Equal(t, strings.Join(tc.wrote, "\n")+"\n", r.stdout)
			assert.Equal(t, tc.summary, summaryLine(r.stderr))
			for _, m := range tc.messages {
				assert.Contains(t, r.stderr, m)
			}
			if tc.rejects != "" {
				assert.Equal(t, tc.rejects, readFile(t, rejects))
			}
		})
	}
}

func TestDatasetDocument(t *testing.T) {
	doc := readFile(t, "testdata/idlib2019.json")
	tests := []struct {
		name    string
		args    []string
		stdin   string
		status  int
		stdout  string
		summary string
		message string
	}{
		{
			name: "json to json keeps the dataset", args: []string{"-from", "json", "-to", "json", "-validate"}, stdin: doc,
			stdout: doc, summary: "read 8, wrote 8, rejected 0, warnings 0, lost 0",
		},
		{
			name: "json to ndjson says what it cannot carry", args: []string{"-from", "json", "-to", "ndjson"}, stdin: doc,
			stdout: readFile(t, "testdata/idlib2019.ndjson"), summary: "read 8, wrote 8, rejected 0, warnings 0, lost 49",
			message: "convert: lost: the dataset's 22 actor, 12 place and 15 source records: -to ndjson has no place for them\n" +
				"lost actors[]: 22\nlost places[]: 12\nlost sources[]: 15\n",
		},
		{
			name: "a broken document gives no record at all", args: []string{"-from", "json", "-to", "ndjson"}, stdin: doc[:200],
			status: exitUsage, summary: "read 0, wrote 0, rejected 0, warnings 0, lost 0", message: "convert: not readable as -from json: event: line 4, column 57: malformed JSON",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runConvert(t, tc.stdin, tc.args...)
			assert.Equal(t, tc.status, r.status, r.stderr)
			assert.Equal(t, tc.stdout, r.stdout)
			assert.Equal(t, tc.summary, summaryLine(r.stderr))
			assert.Contains(t, r.stderr, tc.message)
		})
	}
}

func TestProgress(t *testing.T) {
	tests := []struct {
		name  string
		step  time.Duration
		ticks []int
		want  string
	}{
		{name: "off when standard error is not a terminal", step: 0, ticks: []int{1024, 2048}, want: ""},
		{name: "shown every 1024 records once the step has passed, then cleared", step: time.Nanosecond, ticks: []int{1000, 1024, 2048},
			want: "\rread 1024 records...\rread 2048 records...\r\033[K"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			p := newProgress(&buf, tc.step)
			for _, n := range tc.ticks {
				time.Sleep(time.Microsecond) // past the step
				p.tick(n)
			}
			p.done()
			assert.Equal(t, tc.want, buf.String())
		})
	}
}
