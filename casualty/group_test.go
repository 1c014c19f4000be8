package casualty

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGroupParent(t *testing.T) {
	tests := []struct {
		group    Group
		parent   Group
		disjoint bool
	}{
		{"", "", false},
		{People, "", false},
		{Civilians, People, true},
		{Combatants, People, true},
		{Unidentified, People, true},
		{Children, Civilians, false},
		{Women, Civilians, false},
		{Men, Civilians, false},
		{Elderly, Civilians, false},
		{Journalists, Civilians, false},
		{AidWorkers, Civilians, false},
		{MedicalWorkers, Civilians, false},
		{"org.example/prisoners", People, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.group), func(t *testing.T) {
			assert.Equal(t, tt.parent, tt.group.Parent())
			assert.Equal(t, tt.disjoint, tt.group.Disjoint())
		})
	}
	// Every registered group reaches people in at most two steps.
	for _, g := range Groups() {
		steps := 0
		for p := g; p != "" && p != People; p = p.Parent() {
			steps++
		}
		assert.LessOrEqual(t, steps, 2, g)
	}
}
