package acled

import (
	"fmt"
	"strconv"
)

// InterForm is the way a file writes the inter1, inter2 and interaction
// columns: ACLED's numeric codes (1 to 8, "0" for no actor, interaction
// "17") or, since 2024, text labels ("State forces", "" for no actor,
// interaction "State forces-Civilians"). It is a closed set; the zero value
// InterFormUnspecified lets the Writer choose (the form of the first event
// that records one, else numeric).
type InterForm uint8

// The inter-code forms.
const (
	InterFormUnspecified InterForm = iota // not recorded
	InterNumeric                          // "1", "7", interaction "17"
	InterText                             // "State forces", interaction "State forces-Civilians"
)

var interFormNames = [...]string{"", "numeric", "text"}

// String returns "numeric", "text", "" for InterFormUnspecified and
// "InterForm(n)" for a value outside the set.
func (f InterForm) String() string {
	if int(f) < len(interFormNames) {
		return interFormNames[f]
	}
	return "InterForm(" + strconv.Itoa(int(f)) + ")"
}

// IsZero reports whether f is InterFormUnspecified.
func (f InterForm) IsZero() bool { return f == InterFormUnspecified }

// ParseInterForm returns the form named exactly s, "numeric" or "text".
// Errors wrap ErrBadForm and quote s.
func ParseInterForm(s string) (InterForm, error) {
	switch s {
	case "numeric":
		return InterNumeric, nil
	case "text":
		return InterText, nil
	}
	return 0, fmt.Errorf("acled: inter form %q: %w", s, ErrBadForm)
}

// MarshalText returns the name, or empty text for InterFormUnspecified.
func (f InterForm) MarshalText() ([]byte, error) {
	if int(f) >= len(interFormNames) {
		return nil, fmt.Errorf("acled: inter form %d: %w", uint8(f), ErrBadForm)
	}
	return []byte(interFormNames[f]), nil
}

// UnmarshalText is ParseInterForm, except that empty text gives
// InterFormUnspecified.
func (f *InterForm) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*f = InterFormUnspecified
		return nil
	}
	v, err := ParseInterForm(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}
