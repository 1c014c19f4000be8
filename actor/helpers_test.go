package actor_test

import (
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
)

func dateOf(t time.Time) date.Date { return date.NewAt(t) }

func newCatalogueRegistry() (*actor.Registry, error) { return actor.NewRegistry(catalogue()...) }

var codeSeq atomic.Int64

// uniqueCode returns a kind code not used before in this process, so that
// tests registering kinds in the global set also pass with -count=N.
func uniqueCode(prefix string) string {
	return fmt.Sprintf("%s-%d", prefix, codeSeq.Add(1)+time.Now().UnixNano()%1000000*1000)
}

// problem is one expected FieldError: its path, its value and the sentinel
// it wraps.
type problem struct {
	path  string
	value string
	err   error
}

// assertProblems checks that err is an errors.Join of exactly the expected
// FieldErrors, in order, each wrapping its sentinel.
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
		var fe *actor.FieldError
		require.True(t, errors.As(errs[i], &fe), "problem %d is %T", i, errs[i])
		assert.Equal(t, w.path, fe.Path, "problem %d", i)
		assert.Equal(t, w.value, fe.Value, "problem %d", i)
		assert.ErrorIs(t, fe, w.err, "problem %d: %v", i, fe)
		assert.ErrorIs(t, err, w.err)
	}
}
