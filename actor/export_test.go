package actor

// Hooks for the external tests.

// ResetQueryCache empties the cache of query match keys, so that a
// benchmark can measure a lookup that computes its key.
func (r *Registry) ResetQueryCache() {
	r.res.qmu.Lock()
	r.res.queries = nil
	r.res.qmu.Unlock()
}

// LoadCatalogue is the loader behind Default, for tests of its error path
// and of the embedded data.
var LoadCatalogue = loadCatalogue

// EmbeddedCatalogue is the embedded catalogue file.
var EmbeddedCatalogue = embeddedCatalogue
