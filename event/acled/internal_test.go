package acled

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/conflictkit/conflict/event"
)

// TestDeriveID holds the Reader's allocation-free ID derivation to
// event.DeriveID.
func TestDeriveID(t *testing.T) {
	r := NewReader(strings.NewReader(""))
	for _, k := range []event.Key{{Scheme: "acled", Value: "SYR78126"}, {Scheme: "acled-data-id", Value: "7083555"}, {Scheme: "acled-row", Value: "0123abcd#2"},
		{Scheme: "acled", Value: ""}, {Scheme: "acled", Value: "é:ü\x00"}, {Scheme: "acled", Value: strings.Repeat("x", 1000)}} {
		assert.Equal(t, event.DeriveID(k.Scheme, k.Value), r.deriveID(k.Scheme, k.Value), k.String())
	}
}
