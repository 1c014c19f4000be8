package flatcsv

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMissing(t *testing.T) {
	tests := []struct {
		name string
		in   string
		set  []string
		want bool
	}{
		{name: "empty", in: "", want: true},
		{name: "R", in: "NA", want: true},
		{name: "pandas", in: "NaN", want: true},
		{name: "pandas lower case", in: "nan", want: true},
		{name: "SQL", in: "NULL", want: true},
		{name: "Python", in: "None", want: true},
		{name: "Excel", in: "#N/A", want: true},
		{name: "pandas nullable", in: "<NA>", want: true},
		{name: "other case is text", in: "Na", want: false},
		{name: "spaces are text", in: " NA", want: false},
		{name: "a name", in: "Nablus", want: false},
		{name: "Stata's dot is only for numbers", in: ".", want: false},
		{name: "own set", in: "-", set: []string{"-"}, want: true},
		{name: "own set replaces the default", in: "NA", set: []string{"-"}, want: false},
		{name: "empty set: only the empty cell", in: "NA", set: []string{}, want: false},
		{name: "empty set, empty cell", in: "", set: []string{}, want: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Missing(tc.in, tc.set))
		})
	}
}

func TestMissingNumber(t *testing.T) {
	for in, want := range map[string]bool{".": true, ".a": true, ".z": true, ".A": false, "..": false, "": false, "0.": false, ".5": false, "NA": false} {
		assert.Equal(t, want, MissingNumber(in), "%q", in)
	}
}

// TestDefaultMissingShape keeps DefaultMissing within what Missing's fast
// path assumes: at most 4 bytes, starting with N, n, # or <.
func TestDefaultMissingShape(t *testing.T) {
	for _, s := range DefaultMissing {
		assert.LessOrEqual(t, len(s), 4, "%q", s)
		assert.Contains(t, "Nn#<", s[:1], "%q", s)
	}
}
