package formula

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLike(t *testing.T) {
	tests := []struct {
		name string
		cell string
		want bool
	}{
		{"hyperlink", `=HYPERLINK("http://example.com","x")`, true},
		{"plus command", "+cmd|' /C calc'!A0", true},
		{"at sum", "@SUM(1+1)", true},
		{"minus text", "-x", true},
		{"tab", "\tx", true},
		{"carriage return", "\rx", true},
		{"negative longitude", "-5.2", false},
		{"negative integer", "-12", false},
		{"exponent", "-1e-05", false},
		{"plain text", "Idlib", false},
		{"empty", "", false},
		{"apostrophe", "'tis", false},
		{"lone minus", "-", true},
		{"minus dot", "-.5", true},
		{"plus number", "+5", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Like(tt.cell))
		})
	}
}

func TestNeutralise(t *testing.T) {
	tests := []struct {
		name, cell, want string
	}{
		{"formula", "=1+1", "'=1+1"},
		{"number", "-5.2", "-5.2"},
		{"text", "SOHR", "SOHR"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Neutralise(tt.cell))
		})
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"0", true}, {"-0", true}, {"35.93062", true}, {"1e-05", true}, {"2E+10", true},
		{"01", false}, {"1.", false}, {".5", false}, {"+1", false}, {"1e", false},
		{"Inf", false}, {"NaN", false}, {"0x10", false}, {"1_000", false}, {"", false}, {"-", false},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			assert.Equal(t, tt.want, Number(tt.s))
		})
	}
}
