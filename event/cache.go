package event

import (
	"sync"
	"sync/atomic"
)

// answers is a cache that is read without locking, for the Resolver's
// hot path: a reader loads an immutable snapshot map; what is not there
// yet is looked up, under a lock, among the pending answers. Pending
// answers are published in a new snapshot once they number a quarter of
// it (at least one), or once lookups have found them under the lock about
// as many times as there are of them (and at least an eighth as many
// times as the snapshot holds), so that answers stop being added and
// looked up under the lock for long, and each publication's copying is
// paid for by the answers or lookups since the last. A cache that would
// hold more than maxAnswers starts over.
//
// The zero value is an empty cache.
type answers[K comparable, V any] struct {
	snap    atomic.Pointer[map[K]V]
	mu      sync.Mutex
	pending map[K]V
	hits    int // lookups answered from pending since the last publication
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
	defer c.mu.Unlock()
	v, ok := c.pending[k]
	if ok {
		c.hits++
		if c.hits >= max(len(c.pending), len(c.snapshot())/8) {
			c.publish()
		}
	}
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
	if len(c.pending) >= max(1, len(old)/4) || len(old)+len(c.pending) > maxAnswers {
		c.publish()
	}
}

// publish makes a new snapshot of the published and pending answers, or
// of the pending ones alone if both would be more than maxAnswers. The
// caller holds c.mu.
func (c *answers[K, V]) publish() {
	old := c.snapshot()
	var m map[K]V
	if len(old)+len(c.pending) > maxAnswers {
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
	c.pending, c.hits = nil, 0
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
