package event

import (
	"strconv"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAnswers(t *testing.T) {
	tests := []struct {
		name string
		puts int
	}{
		{name: "empty", puts: 0},
		{name: "one", puts: 1},
		{name: "a few", puts: 9},
		{name: "many", puts: 5000},
		{name: "exactly full", puts: maxAnswers},
		{name: "past the bound, it starts over", puts: maxAnswers + 10},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c answers[string, int]
			copied := 0
			for i := range tc.puts {
				before := c.snapshot()
				c.put(strconv.Itoa(i), i)
				snap := c.snapshot()
				if len(c.pending) == 0 && len(snap) > 0 && len(snap) != len(before) {
					copied += len(snap)
				}
				require.LessOrEqual(t, len(snap)+len(c.pending), maxAnswers, "bounded after put %d", i)
				require.Less(t, len(c.pending), max(1, len(snap)/4)+1, "pending below a quarter of the snapshot after put %d", i)
			}
			if tc.puts > 0 {
				assert.LessOrEqual(t, copied, 5*tc.puts+1, "each answer copied about five times at most")
			}
			kept := tc.puts
			if tc.puts > maxAnswers {
				kept = len(c.snapshot()) + len(c.pending) // since it started over
				assert.Less(t, kept, maxAnswers/2)
			}
			for i := tc.puts - kept; i < tc.puts; i++ {
				got, ok := c.get(strconv.Itoa(i))
				require.True(t, ok, "answer %d", i)
				assert.Equal(t, i, got)
			}
			_, ok := c.get("never put")
			assert.False(t, ok)
		})
	}
}

// TestAnswersPromotion: answers left pending when no new ones come are
// published once lookups have found them under the lock often enough.
func TestAnswersPromotion(t *testing.T) {
	tests := []struct {
		name string
		keys int
	}{
		{name: "few", keys: 50},
		{name: "some", keys: 1000},
		{name: "many", keys: 5000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c answers[string, int]
			for i := range tc.keys {
				c.put(strconv.Itoa(i), i)
			}
			require.NotEmpty(t, c.pending, "the case needs answers left pending")
			for range 2 { // two passes over every key suffice
				for i := range tc.keys {
					v, ok := c.get(strconv.Itoa(i))
					require.True(t, ok)
					require.Equal(t, i, v)
				}
			}
			assert.Empty(t, c.pending, "all published")
			assert.Len(t, c.snapshot(), tc.keys)
		})
	}
}

// TestAnswersConcurrent reads and writes from many goroutines; go test
// -race checks it.
func TestAnswersConcurrent(t *testing.T) {
	var c answers[string, int]
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for i := range 2000 {
				k := strconv.Itoa(i % 500)
				if v, ok := c.get(k); ok {
					assert.Equal(t, i%500, v)
					continue
				}
				c.put(k, i%500)
			}
		})
	}
	wg.Wait()
	for i := range 500 {
		v, ok := c.get(strconv.Itoa(i))
		require.True(t, ok)
		assert.Equal(t, i, v)
	}
}
