package casualty

import (
	"bytes"
	"encoding/json"

	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// JSON member names, one per form. The names spell the phrase, so a
// document reads without this package's documentation.
const (
	memberExact     = "exact"
	memberAtLeast   = "at_least"
	memberMoreThan  = "more_than"
	memberAtMost    = "at_most"
	memberFewerThan = "fewer_than"
	memberNearly    = "nearly"
	memberAbout     = "about"
	memberLow       = "low"
	memberBest      = "best"
	memberHigh      = "high"
	memberSome      = "some"
)

// single maps the one-number forms to their JSON member, and back.
var single = []struct {
	kind   kind
	member string
	make   func(int64) Count
}{
	{kindExact, memberExact, Exactly},
	{kindAtLeast, memberAtLeast, AtLeast},
	{kindMoreThan, memberMoreThan, MoreThan},
	{kindAtMost, memberAtMost, AtMost},
	{kindFewerThan, memberFewerThan, FewerThan},
	{kindNearly, memberNearly, Nearly},
	{kindAbout, memberAbout, About},
}

// MarshalJSON encodes c as a JSON object whose members name its form (see
// the package documentation for the table): {"exact":40},
// {"more_than":370000}, {"low":2,"high":5}, {"low":0,"best":3,"high":0},
// {"some":true}; Unknown is {}. A known zero is {"exact":0}, never
// omitted. It fails for a Count that does not pass Validate, so that what
// is written can always be read back.
func (c Count) MarshalJSON() ([]byte, error) {
	if err := c.check(); err != nil {
		return nil, fmt.Errorf("casualty: cannot encode count %q: %w", c.String(), err)
	}
	b := make([]byte, 0, 48)
	b = append(b, '{')
	member := func(name string, n int64) {
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, name...)
		b = append(b, '"', ':')
		b = strconv.AppendInt(b, n, 10)
	}
	switch c.kind {
	case kindUnknown:
	case kindSome:
		b = append(b, `"some":true`...)
	case kindBetween:
		member(memberLow, c.x)
		member(memberHigh, c.z)
	case kindEstimate:
		member(memberLow, c.x)
		member(memberBest, c.y)
		member(memberHigh, c.z)
	default:
		for _, s := range single {
			if s.kind == c.kind {
				member(s.member, c.x)
			}
		}
	}
	return append(b, '}'), nil
}

// UnmarshalJSON decodes the object MarshalJSON writes. It is strict, so
// that a typo cannot silently turn a count into Unknown: members are
// lower-case and case-sensitive, numbers must be JSON integers (no
// fraction or exponent) from 0 to MaxCount, and the members present must
// be exactly one of the forms: one of exact, at_least, more_than, at_most,
// fewer_than, nearly or about; low and high; low, best and high;
// some (true); or none. Anything else (unknown or repeated members, {"low":
// 40} alone, {"some":false}, a range running backwards) fails with
// ErrBadCount; negative numbers with ErrNegative, oversized ones with
// ErrOverflow. JSON null leaves c unchanged, as encoding/json expects.
func (c *Count) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	v, err := decodeCount(data)
	if err != nil {
		return fmt.Errorf("casualty: count %s: %w", quoteJSON(data), err)
	}
	*c = v
	return nil
}

// quoteJSON quotes input for an error message, cut short if long.
func quoteJSON(data []byte) string {
	const limit = 80
	if len(data) > limit {
		return strconv.Quote(string(data[:limit])) + "..."
	}
	return strconv.Quote(string(data))
}

func decodeCount(data []byte) (Count, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return Count{}, fmt.Errorf("not a JSON object: %w", ErrBadCount)
	}
	nums := make(map[string]int64, 3)
	some := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return Count{}, fmt.Errorf("malformed JSON: %w", ErrBadCount)
		}
		key, _ := tok.(string) // object keys are always strings
		if _, dup := nums[key]; dup || (key == memberSome && some) {
			return Count{}, fmt.Errorf("member %q repeated: %w", key, ErrBadCount)
		}
		tok, err = dec.Token()
		if err != nil {
			return Count{}, fmt.Errorf("malformed JSON: %w", ErrBadCount)
		}
		if key == memberSome {
			if tok != true {
				return Count{}, fmt.Errorf("member %q must be true: %w", key, ErrBadCount)
			}
			some = true
			continue
		}
		if !knownMember(key) {
			return Count{}, fmt.Errorf("unknown member %q: %w", key, ErrBadCount)
		}
		num, ok := tok.(json.Number)
		if !ok {
			return Count{}, fmt.Errorf("member %q is not a number: %w", key, ErrBadCount)
		}
		n, err := parseJSONInt(string(num))
		if err != nil {
			return Count{}, fmt.Errorf("member %q: %w", key, err)
		}
		nums[key] = n
	}
	if tok, err := dec.Token(); err != nil || tok != json.Delim('}') {
		return Count{}, fmt.Errorf("malformed JSON: %w", ErrBadCount)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Count{}, fmt.Errorf("data after the object: %w", ErrBadCount)
	}

	c, err := countFromMembers(nums, some)
	if err != nil {
		return Count{}, err
	}
	if err := c.check(); err != nil {
		return Count{}, err
	}
	return c, nil
}

func knownMember(key string) bool {
	switch key {
	case memberLow, memberBest, memberHigh:
		return true
	}
	for _, s := range single {
		if s.member == key {
			return true
		}
	}
	return false
}

// parseJSONInt reads a JSON number that must be a whole, non-negative
// integer no larger than MaxCount.
func parseJSONInt(s string) (int64, error) {
	if strings.ContainsAny(s, ".eE") {
		return 0, fmt.Errorf("%s is not an integer: %w", s, ErrBadCount)
	}
	n, err := strconv.ParseInt(s, 10, 64)
	switch {
	case err != nil && strings.HasPrefix(s, "-"):
		return 0, ErrNegative
	case err != nil:
		return 0, fmt.Errorf("above %d: %w", MaxCount, ErrOverflow)
	case n < 0:
		return 0, ErrNegative
	case n > MaxCount:
		return 0, fmt.Errorf("above %d: %w", MaxCount, ErrOverflow)
	}
	return n, nil
}

func countFromMembers(nums map[string]int64, some bool) (Count, error) {
	keys := make([]string, 0, len(nums))
	for k := range nums {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if some {
		if len(keys) > 0 {
			return Count{}, fmt.Errorf("some with %q: %w", keys, ErrBadCount)
		}
		return Some(), nil
	}
	switch {
	case len(keys) == 0:
		return Unknown(), nil
	case slices.Equal(keys, []string{memberHigh, memberLow}):
		return Between(nums[memberLow], nums[memberHigh]), nil
	case slices.Equal(keys, []string{memberBest, memberHigh, memberLow}):
		return Estimate(nums[memberLow], nums[memberBest], nums[memberHigh]), nil
	case len(keys) == 1:
		for _, s := range single {
			if s.member == keys[0] {
				return s.make(nums[keys[0]]), nil
			}
		}
	}
	return Count{}, fmt.Errorf("members %q do not form a count: %w", keys, ErrBadCount)
}

// MarshalText returns c.String(), the phrase ParseCount reads back; it
// suits one-cell formats such as CSV. It fails for a Count that does not
// pass Validate.
func (c Count) MarshalText() ([]byte, error) {
	if err := c.check(); err != nil {
		return nil, fmt.Errorf("casualty: cannot encode count %q: %w", c.String(), err)
	}
	return []byte(c.String()), nil
}

// UnmarshalText parses text with ParseCount. Empty text gives Unknown, so
// that an empty CSV cell reads as "not known".
func (c *Count) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Unknown()
		return nil
	}
	v, err := ParseCount(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
