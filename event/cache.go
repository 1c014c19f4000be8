package event

import (
	"sync"
	"sync/atomic"
)

// answers is a cache that is read without locking, for the Resolver's
// hot path: a reader loads an immutable snapshot map; what is not there
// yet is looked up, under a lock, among the pending answers. Pending
// answers are published in a new snapshot once they number a quarter of
// it (at least one), so that each answer is copied a bounded number of
// times (at most five, on average); a cache that would hold more than
// maxAnswers starts over.
//
// The zero value is an empty cache.
type answers[K comparable, V any] struct {
	snap    atomic.Pointer[map[K]V]
	mu      sync.Mutex
	pending map[K]V
}

// snapshot returns the published answers, nil at first. The caller
// indexes it directly, so that a []byte converted in the index expression
// costs no allocation.
func (c *answers[K, V]) snapshot() map[K]V {
	if m := c.snap.Load(); m != nil {
		return *m
	}
	return nil
}

// get returns the answer to k.
func (c *answers[K, V]) get(k K) (V, bool) {
	if v, ok := c.snapshot()[k]; ok {
		return v, true
	}
	c.mu.Lock()
	v, ok := c.pending[k]
	c.mu.Unlock()
	return v, ok
}

// put keeps the answer to k.
func (c *answers[K, V]) put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pending == nil {
		c.pending = make(map[K]V)
	}
	c.pending[k] = v
	old := c.snapshot()
	full := len(old)+len(c.pending) > maxAnswers
	if len(c.pending) < max(1, len(old)/4) && !full {
		return
	}
	var m map[K]V
	if full {
		m = c.pending // full: start over
	} else {
		m = make(map[K]V, len(old)+len(c.pending))
		for k, v := range old {
			m[k] = v
		}
		for k, v := range c.pending {
			m[k] = v
		}
	}
	c.snap.Store(&m)
	c.pending = nil
}

// cached returns the answer to q from c, or computes it with f and keeps
// it. Two goroutines may compute the same answer; both get it.
func cached[K comparable](c *answers[K, answer], q K, f func() answer) answer {
	if a, ok := c.get(q); ok {
		return a
	}
	a := f()
	c.put(q, a)
	return a
}
