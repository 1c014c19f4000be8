package source

// Hooks for the external tests.

// ResetQueryCache empties the cache of query match keys.
func (r *Registry) ResetQueryCache() {
	r.qmu.Lock()
	r.queries = nil
	r.qmu.Unlock()
}

// LoadCatalogue is the loader behind Default.
var LoadCatalogue = loadCatalogue

// EmbeddedCatalogue is the embedded catalogue file.
var EmbeddedCatalogue = embeddedCatalogue
