package casualty

import (
	"encoding/json"
	"errors"
	"testing"
	"unicode/utf8"
)

func FuzzParseCount(f *testing.F) {
	for _, s := range []string{
		"40", "at least 40", "at least one", "more than 370,000", "over 400,000",
		"upwards of 100", "at most 5", "up to 5", "fewer than 10", "less than 10",
		"nearly 1,500,000", "almost 30", "some three million", "about 200",
		"an estimated 200", "2-5", "2–5", "between 2 and 5", "dozens", "a dozen",
		"tens of thousands", "numerous", "unknown", "low 0, best 3, high 0",
		"1.5 million", "two hundred forty-five thousand", "half", "-3", "1,00", "1e6",
		"9,007,199,254,740,992", "fewer than 0", "5-2",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCount(s)
		if err != nil {
			if !errors.Is(err, ErrBadPhrase) {
				t.Fatalf("ParseCount(%q) error does not wrap ErrBadPhrase: %v", s, err)
			}
			if c != (Count{}) {
				t.Fatalf("ParseCount(%q) returned %#v with an error", s, c)
			}
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("ParseCount(%q) = %#v, invalid: %v", s, c, err)
		}
		again, err := ParseCount(c.String())
		if err != nil {
			t.Fatalf("ParseCount(%q).String() = %q does not parse: %v", s, c.String(), err)
		}
		if again != c {
			t.Fatalf("ParseCount(%q) = %#v, but its String %q parses to %#v", s, c, c.String(), again)
		}
	})
}

func FuzzCountText(f *testing.F) {
	for _, s := range []string{"", "unknown", "at least 40", "2-5", "more than zero", "x"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Count
		if err := c.UnmarshalText(b); err != nil {
			if !errors.Is(err, ErrBadPhrase) {
				t.Fatalf("UnmarshalText(%q) error does not wrap ErrBadPhrase: %v", b, err)
			}
			return
		}
		out, err := c.MarshalText()
		if err != nil {
			t.Fatalf("UnmarshalText(%q) gave %#v that does not marshal: %v", b, c, err)
		}
		var again Count
		if err := again.UnmarshalText(out); err != nil || again != c {
			t.Fatalf("text round trip of %q: %q -> %#v, %v; want %#v", b, out, again, err, c)
		}
	})
}

func FuzzCountJSON(f *testing.F) {
	for _, s := range []string{
		`{}`, `{"exact":0}`, `{"at_least":40}`, `{"more_than":370000}`, `{"at_most":5}`,
		`{"fewer_than":10}`, `{"nearly":1500000}`, `{"about":3000000}`, `{"low":2,"high":5}`,
		`{"low":0,"best":3,"high":0}`, `{"some":true}`, `null`, `{"low":40}`, `{"exact":-1}`,
		`{"exact":1e3}`, `{"exact":4,"exact":4}`, `{"low":5,"high":2}`, `[1]`, `{"exact":9007199254740992}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Count
		err := c.UnmarshalJSON(b)
		if err != nil {
			if !errors.Is(err, ErrBadCount) && !errors.Is(err, ErrNegative) && !errors.Is(err, ErrOverflow) {
				t.Fatalf("UnmarshalJSON(%q) error wraps no sentinel: %v", b, err)
			}
			if c != (Count{}) {
				t.Fatalf("UnmarshalJSON(%q) changed the value on error: %#v", b, c)
			}
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("UnmarshalJSON(%q) = %#v, invalid: %v", b, c, err)
		}
		out, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("UnmarshalJSON(%q) gave %#v that does not marshal: %v", b, c, err)
		}
		var again Count
		if err := json.Unmarshal(out, &again); err != nil || again != c {
			t.Fatalf("JSON round trip of %q: %s -> %#v, %v; want %#v", b, out, again, err, c)
		}
		// The phrase form must agree with the JSON form.
		if p, err := ParseCount(c.String()); err != nil || p != c {
			t.Fatalf("String of %#v is %q, which parses to %#v, %v", c, c.String(), p, err)
		}
	})
}

func FuzzParseOutcome(f *testing.F) {
	for _, s := range []string{"killed", "killed-or-injured", "population", "kiled", "Killed", "", "org.example/x", "a--b", "a/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		o, err := ParseOutcome(s)
		if err != nil {
			if !errors.Is(err, ErrUnknownOutcome) {
				t.Fatalf("ParseOutcome(%q) error does not wrap ErrUnknownOutcome: %v", s, err)
			}
		} else {
			if !o.Known() || o.String() != s {
				t.Fatalf("ParseOutcome(%q) = %q, known %v", s, o, o.Known())
			}
			if again, err := ParseOutcome(o.String()); err != nil || again != o {
				t.Fatalf("ParseOutcome round trip of %q: %q, %v", s, again, err)
			}
		}
		// UnmarshalText accepts any well-formed code; what it accepts must
		// marshal back unchanged.
		var u Outcome
		if err := u.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, ErrUnknownOutcome) {
				t.Fatalf("UnmarshalText(%q) error does not wrap ErrUnknownOutcome: %v", s, err)
			}
			return
		}
		b, err := u.MarshalText()
		if err != nil || string(b) != s {
			t.Fatalf("text round trip of %q: %q, %v", s, b, err)
		}
		if !utf8.ValidString(u.Label()) {
			t.Fatalf("label of %q is not UTF-8", s)
		}
	})
}

func FuzzParseGroup(f *testing.F) {
	for _, s := range []string{"people", "civilians", "aid-workers", "medical-workers", "Aid workers", "", "org.example/y", "1abc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, err := ParseGroup(s)
		if err != nil {
			if !errors.Is(err, ErrUnknownGroup) {
				t.Fatalf("ParseGroup(%q) error does not wrap ErrUnknownGroup: %v", s, err)
			}
		} else {
			if !g.Known() || g.String() != s {
				t.Fatalf("ParseGroup(%q) = %q, known %v", s, g, g.Known())
			}
			if again, err := ParseGroup(g.String()); err != nil || again != g {
				t.Fatalf("ParseGroup round trip of %q: %q, %v", s, again, err)
			}
		}
		var u Group
		if err := u.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, ErrUnknownGroup) {
				t.Fatalf("UnmarshalText(%q) error does not wrap ErrUnknownGroup: %v", s, err)
			}
			return
		}
		b, err := u.MarshalText()
		if err != nil || string(b) != s {
			t.Fatalf("text round trip of %q: %q, %v", s, b, err)
		}
	})
}

// FuzzReconcile builds figures from bytes (a form and two small numbers
// each) and checks that Reconcile never panics, always returns a valid
// Count, and that a non-conflicting summary lies within every figure's
// bounds.
func FuzzReconcile(f *testing.F) {
	f.Add([]byte{2, 40, 0, 10, 0, 0})     // at least 40, some
	f.Add([]byte{1, 3, 0, 2, 40, 0})      // exactly 3, at least 40
	f.Add([]byte{9, 0, 3, 1, 3, 0})       // estimate 0/3/0 (third number reused), exactly 3
	f.Add([]byte{8, 2, 5, 8, 6, 9, 0, 0}) // 2-5, 6-9, unknown
	f.Fuzz(func(t *testing.T, b []byte) {
		var figs []Figure
		for i := 0; i+2 < len(b) && len(figs) < 16; i += 3 {
			x, y := int64(b[i+1]), int64(b[i+2])
			var c Count
			switch b[i] % 11 {
			case 0:
				c = Unknown()
			case 1:
				c = Exactly(x)
			case 2:
				c = AtLeast(x)
			case 3:
				c = MoreThan(x)
			case 4:
				c = AtMost(x)
			case 5:
				c = FewerThan(x + 1)
			case 6:
				c = Nearly(x)
			case 7:
				c = About(x)
			case 8:
				c = Between(min(x, y), max(x, y))
			case 9:
				c = Estimate(x, y, int64(b[i])) // any order
			case 10:
				c = Some()
			}
			figs = append(figs, NewFigure(Killed, Civilians, c))
		}
		s, err := Reconcile(figs)
		if err != nil {
			t.Fatalf("Reconcile(%v): %v", figs, err)
		}
		if err := s.Count.Validate(); err != nil {
			t.Fatalf("Reconcile(%v) gave invalid %#v: %v", figs, s.Count, err)
		}
		if s.Used+s.Ignored != len(figs) {
			t.Fatalf("Used %d + Ignored %d != %d figures", s.Used, s.Ignored, len(figs))
		}
		if s.Conflicting {
			return
		}
		for _, fig := range figs {
			if lo, ok := fig.Count.Low(); ok && (!s.HasLow || s.Low < lo) {
				t.Fatalf("summary low %d/%v below figure %s", s.Low, s.HasLow, fig.Count)
			}
			if hi, ok := fig.Count.High(); ok && s.HasHigh && s.High > hi {
				t.Fatalf("summary high %d above figure %s", s.High, fig.Count)
			}
		}
	})
}
