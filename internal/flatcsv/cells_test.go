package flatcsv

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTrimSpace(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"nothing to trim", "36.63393", "36.63393"},
		{"ASCII spaces and tab", " \t12 ", "12"},
		{"no-break space", "\u00a036.63393", "36.63393"},
		{"narrow no-break space", "35.9\u202f", "35.9"},
		{"figure space", "\u20074", "4"},
		{"inner spaces stay", "at least 40", "at least 40"},
		{"other white space stays", "\n4\r", "\n4\r"},
		{"only spaces", " \u00a0 ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, TrimSpace(tc.in))
		})
	}
}

func TestIntegral(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"pandas float", "12.0", "12"},
		{"more zeros", "3.000", "3"},
		{"negative", "-3.0", "-3"},
		{"plus sign kept", "+5.0", "+5"},
		{"integer", "12", "12"},
		{"a fraction stays", "35.93062", "35.93062"},
		{"nothing before the dot", ".0", ".0"},
		{"nothing after the dot", "12.", "12."},
		{"sign alone", "-.0", "-.0"},
		{"Stata's dot", ".", "."},
		{"exponent stays", "1.0e5", "1.0e5"},
		{"text", "v1.0", "v1.0"},
		{"a date", "2019-08-31", "2019-08-31"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Integral(tc.in))
		})
	}
}
