package place

// LoadDefault exposes the embedded loader, so that tests see its error
// (Default hides it behind an empty gazetteer).
var LoadDefault = loadDefault

// ResetCache empties g's resolution cache, for benchmarks of cold lookups.
func (g *Gazetteer) ResetCache() {
	g.cache.Clear()
	g.cached.Store(0)
}
