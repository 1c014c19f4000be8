package actor_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The fixture catalogue itself must be valid, or every test built on it
// proves little.
func TestCatalogueValid(t *testing.T) {
	for _, a := range catalogue() {
		t.Run(string(a.ID), func(t *testing.T) {
			assert.NoError(t, a.Validate())
		})
	}
}

func TestCatalogueRegistry(t *testing.T) {
	r, err := newCatalogueRegistry()
	require.NoError(t, err)
	assert.Equal(t, 15, r.Len())
	assert.NoError(t, r.Check(), "every link target is in the catalogue")
}
