package source_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/source"
)

// problem is one expected FieldError: its path and the sentinel it wraps.
type problem struct {
	path string
	err  error
}

// assertProblems checks that err holds exactly the expected FieldErrors, in
// order, each wrapping its sentinel.
func assertProblems(t *testing.T, want []problem, err error) {
	t.Helper()
	if len(want) == 0 {
		assert.NoError(t, err)
		return
	}
	require.Error(t, err)
	joined, ok := err.(interface{ Unwrap() []error })
	require.True(t, ok, "Validate must return an errors.Join value, got %T", err)
	errs := joined.Unwrap()
	require.Len(t, errs, len(want), "problems: %v", err)
	for i, w := range want {
		var fe *source.FieldError
		require.True(t, errors.As(errs[i], &fe), "problem %d is %T", i, errs[i])
		assert.Equal(t, w.path, fe.Path, "problem %d", i)
		assert.ErrorIs(t, fe, w.err, "problem %d: %v", i, fe)
		assert.ErrorIs(t, err, w.err)
	}
}
