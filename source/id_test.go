package source_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/source"
)

func TestParseID(t *testing.T) {
	tests := []struct {
		name string
		in   string
		ok   bool
	}{
		{"simple", "sohr", true},
		{"kebab", "al-jazeera", true},
		{"digits inside", "sohr2", true},
		{"namespaced", "org.example/local-monitor", true},
		{"all separators", "a-b_c.d/e:f", true},
		{"max length", "a" + strings.Repeat("b", 63), true},
		{"empty", "", false},
		{"too long", "a" + strings.Repeat("b", 64), false},
		{"upper case", "SOHR", false},
		{"leading digit", "1tass", false},
		{"leading separator", "-tass", false},
		{"trailing separator", "tass-", false},
		{"double separator", "al--jazeera", false},
		{"space", "al jazeera", false},
		{"surrounding space", " sohr", false},
		{"non-ASCII", "sana-ar-سانا", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			id, err := source.ParseID(tc.in)
			if !tc.ok {
				assert.ErrorIs(t, err, source.ErrBadID)
				assert.Equal(t, source.ID(""), id)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, source.ID(tc.in), id)
			assert.Equal(t, tc.in, id.String())
		})
	}
}

func TestParseIDErrorMessage(t *testing.T) {
	_, err := source.ParseID("SOHR")
	assert.EqualError(t, err, `source: id "SOHR": invalid identifier`)
}

func TestIDText(t *testing.T) {
	t.Run("marshal valid", func(t *testing.T) {
		b, err := source.ID("tass").MarshalText()
		require.NoError(t, err)
		assert.Equal(t, "tass", string(b))
	})
	t.Run("marshal zero", func(t *testing.T) {
		b, err := source.ID("").MarshalText()
		require.NoError(t, err)
		assert.Empty(t, b)
		assert.True(t, source.ID("").IsZero())
		assert.False(t, source.ID("tass").IsZero())
	})
	t.Run("marshal malformed", func(t *testing.T) {
		_, err := source.ID("Bad ID").MarshalText()
		assert.ErrorIs(t, err, source.ErrBadID)
	})
	t.Run("unmarshal valid", func(t *testing.T) {
		var id source.ID
		require.NoError(t, id.UnmarshalText([]byte("sana")))
		assert.Equal(t, source.ID("sana"), id)
	})
	t.Run("unmarshal empty", func(t *testing.T) {
		id := source.ID("sana")
		require.NoError(t, id.UnmarshalText(nil))
		assert.Equal(t, source.ID(""), id)
	})
	t.Run("unmarshal malformed keeps value", func(t *testing.T) {
		id := source.ID("sana")
		assert.ErrorIs(t, id.UnmarshalText([]byte("SANA")), source.ErrBadID)
		assert.Equal(t, source.ID("sana"), id)
	})
}

func TestRefValidate(t *testing.T) {
	tests := []struct {
		name string
		ref  source.Ref
		want []problem
	}{
		{"valid", source.Ref{ID: "tass", Name: "TASS"}, nil},
		{"zero", source.Ref{}, []problem{{"name", source.ErrMissing}}},
		{"name only: unresolved, valid", source.Ref{Name: "Liveuamap"}, nil},
		{"malformed id", source.Ref{ID: "TASS", Name: "TASS"}, []problem{{"id", source.ErrBadID}}},
		{"no name", source.Ref{ID: "tass"}, []problem{{"name", source.ErrMissing}}},
		{"invalid UTF-8 name", source.Ref{ID: "tass", Name: "TA\xffSS"}, []problem{{"name", source.ErrBadText}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertProblems(t, tc.want, tc.ref.Validate())
		})
	}
}

func TestRefIsZero(t *testing.T) {
	assert.True(t, source.Ref{}.IsZero())
	assert.False(t, source.Ref{ID: "tass"}.IsZero())
	assert.False(t, source.Ref{Name: "TASS"}.IsZero())
}
