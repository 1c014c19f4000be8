package place

// LoadDefault exposes the embedded loader, so that tests see its error
// (Default hides it behind an empty gazetteer).
var LoadDefault = loadDefault
