package vocab

import (
	"errors"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type code string

var errUnknown = errors.New("unknown test code")

func TestCheckSyntax(t *testing.T) {
	tests := []struct {
		name string
		in   string
		ok   bool
	}{
		{"simple", "killed", true},
		{"kebab", "air-drone-strike", true},
		{"namespaced", "org.example/drone-sighting", true},
		{"digits inside", "admin1", true},
		{"colon", "acled:event", true},
		{"empty", "", false},
		{"upper case", "Killed", false},
		{"leading digit", "1st", false},
		{"leading separator", "-x", false},
		{"trailing separator", "x-", false},
		{"double separator", "a--b", false},
		{"space", "air strike", false},
		{"non-ASCII", "tué", false},
		{"too long", string(make([]byte, MaxLen+1)), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckSyntax(tc.in)
			if tc.ok {
				assert.NoError(t, err)
			} else {
				assert.ErrorIs(t, err, ErrSyntax)
			}
		})
	}
}

func TestVocab(t *testing.T) {
	v := New[code]("test code", errUnknown, Term{Code: "a", Label: "A"}, Term{Code: "b", Label: "B", Parent: "a"})

	got, err := v.Parse("b")
	require.NoError(t, err)
	assert.Equal(t, code("b"), got)

	_, err = v.Parse("c")
	assert.ErrorIs(t, err, errUnknown)
	assert.EqualError(t, err, `test code "c": unknown test code`)

	_, err = v.Parse("C")
	assert.ErrorIs(t, err, errUnknown)
	assert.ErrorIs(t, err, ErrSyntax)

	assert.ErrorIs(t, v.Register(Term{Code: "a"}), ErrDuplicate)
	assert.ErrorIs(t, v.Register(Term{Code: "x", Parent: "nope"}), errUnknown)
	assert.ErrorIs(t, v.Register(Term{Code: "Bad"}), ErrSyntax)
	assert.Equal(t, []code{"a", "b"}, v.Codes())

	c := v.Clone()
	require.NoError(t, c.Register(Term{Code: "c"}))
	assert.True(t, c.Known("c"))
	assert.False(t, v.Known("c"), "a clone is independent")

	term, ok := v.Lookup("b")
	assert.True(t, ok)
	assert.Equal(t, "a", term.Parent)

	assert.Equal(t, "B", v.Label("b"))
	assert.Equal(t, "zz", v.Label("zz"), "an unregistered code labels itself")
	require.NoError(t, v.Register(Term{Code: "nolabel", Description: "has no label"}))
	assert.Equal(t, "nolabel", v.Label("nolabel"))
	assert.Equal(t, "has no label", v.Description("nolabel"))
	assert.Equal(t, "", v.Description("zz"))
}

func TestNewPanicsOnBadTable(t *testing.T) {
	assert.Panics(t, func() { New[code]("t", errUnknown, Term{Code: "a"}, Term{Code: "a"}) })
}

func TestUnmarshalCode(t *testing.T) {
	got, err := UnmarshalCode[code]("t", errUnknown, []byte("not-registered"))
	require.NoError(t, err)
	assert.Equal(t, code("not-registered"), got)

	got, err = UnmarshalCode[code]("t", errUnknown, nil)
	require.NoError(t, err)
	assert.Equal(t, code(""), got)

	_, err = UnmarshalCode[code]("t", errUnknown, []byte("Not Valid"))
	assert.ErrorIs(t, err, errUnknown)
	assert.ErrorIs(t, err, ErrSyntax)
}

func TestConcurrentRegistration(t *testing.T) {
	v := New[code]("t", errUnknown)
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Go(func() {
			_ = v.Register(Term{Code: "c" + string(rune('a'+i%26)) + string(rune('a'+i/26))})
			_ = v.Known("ca")
			_ = v.Codes()
		})
	}
	wg.Wait()
	assert.Len(t, v.Codes(), 50)
}

func FuzzCheckSyntax(f *testing.F) {
	for _, s := range []string{"killed", "org.example/x", "a--b", "", "Z"} {
		f.Add(s)
	}
	v := New[code]("t", errUnknown, Term{Code: "killed"})
	f.Fuzz(func(t *testing.T, s string) {
		if CheckSyntax(s) != nil {
			return
		}
		// A well-formed code registers, parses back to itself, and is refused twice.
		c := v.Clone()
		if s != "killed" {
			require.NoError(t, c.Register(Term{Code: s}))
		}
		got, err := c.Parse(s)
		require.NoError(t, err)
		require.Equal(t, code(s), got)
		require.ErrorIs(t, c.Register(Term{Code: s}), ErrDuplicate)
	})
}
