package flatcsv

import "strings"

// SetHeader declares that the input has no header row: names are its
// columns, and the first line is a record. Call it before the first Read
// or Header. RawHeader then returns nil, since the input has no header
// line to copy into a reject file.
func (r *Reader) SetHeader(names []string) {
	r.started = true
	if err := r.open(); err != nil {
		r.err = err
		return
	}
	r.header = append([]string(nil), names...)
	r.index = make(map[string]int, len(names))
	r.headASCII = true
	for i, h := range r.header {
		r.index[strings.ToLower(strings.TrimSpace(h))] = i
		r.headASCII = r.headASCII && isASCII(h)
	}
}
