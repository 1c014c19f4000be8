package place

import "errors"

// joinErrs is errors.Join; it exists so that a single error is returned
// unwrapped and no error gives nil.
func joinErrs(errs ...error) error {
	var n int
	var last error
	for _, e := range errs {
		if e != nil {
			n++
			last = e
		}
	}
	if n <= 1 {
		return last
	}
	return errors.Join(errs...)
}
