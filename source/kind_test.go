package source_test

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/source"
)

func TestBuiltinKinds(t *testing.T) {
	// The codes and labels the brief asks for, in declaration order.
	want := []struct {
		kind  source.Kind
		code  string
		label string
	}{
		{source.KindGovernment, "government", "Government"},
		{source.KindMilitary, "military", "Military"},
		{source.KindNewsAgency, "news-agency", "News agency"},
		{source.KindBroadcaster, "broadcaster", "Broadcaster"},
		{source.KindNewspaper, "newspaper", "Newspaper"},
		{source.KindOnlineNews, "online-news", "Online news outlet"},
		{source.KindMonitor, "monitor", "Monitor"},
		{source.KindStateMedia, "state-media", "State media"},
		{source.KindSocialMedia, "social-media", "Social media"},
		{source.KindThinkTank, "think-tank", "Think tank"},
		{source.KindUNAgency, "un-agency", "UN agency"},
		{source.KindNGO, "ngo", "NGO"},
		{source.KindAcademic, "academic", "Academic"},
		{source.KindIndividual, "individual", "Individual"},
		{source.KindOther, "other", "Other"},
	}
	all := source.Kinds()
	require.GreaterOrEqual(t, len(all), len(want))
	for i, w := range want {
		t.Run(w.code, func(t *testing.T) {
			assert.Equal(t, w.kind, all[i], "registration order")
			assert.Equal(t, w.code, w.kind.String())
			assert.Equal(t, w.label, w.kind.Label())
			assert.NotEmpty(t, w.kind.Description())
			assert.True(t, w.kind.Known())
			got, err := source.ParseKind(w.code)
			require.NoError(t, err)
			assert.Equal(t, w.kind, got)
		})
	}
}

func TestParseKind(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    source.Kind
		wantErr string
	}{
		{"registered", "monitor", source.KindMonitor, ""},
		{"kebab", "state-media", source.KindStateMedia, ""},
		{"unregistered", "podcast", "", `source: kind "podcast": unknown kind`},
		{"upper case", "Monitor", "", `source: kind "Monitor": malformed code: unknown kind`},
		{"space", "news agency", "", `source: kind "news agency": malformed code: unknown kind`},
		{"trailing space", "monitor ", "", `source: kind "monitor ": malformed code: unknown kind`},
		{"empty", "", "", `source: kind "": malformed code: unknown kind`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := source.ParseKind(tc.in)
			if tc.wantErr != "" {
				assert.ErrorIs(t, err, source.ErrUnknownKind)
				assert.EqualError(t, err, tc.wantErr)
				assert.Equal(t, source.Kind(""), got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestKindUnregistered(t *testing.T) {
	k := source.Kind("org.example/never-registered")
	assert.False(t, k.Known())
	assert.Equal(t, "org.example/never-registered", k.Label(), "label falls back to the code")
	assert.Equal(t, "", k.Description())
	assert.False(t, k.IsZero())
	assert.True(t, source.Kind("").IsZero())
}

func TestKindText(t *testing.T) {
	t.Run("unregistered well-formed round-trips", func(t *testing.T) {
		var k source.Kind
		require.NoError(t, k.UnmarshalText([]byte("org.example/pirate-radio")))
		assert.Equal(t, source.Kind("org.example/pirate-radio"), k)
		b, err := k.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, "org.example/pirate-radio", string(b))
	})
	t.Run("empty gives zero", func(t *testing.T) {
		k := source.KindMonitor
		require.NoError(t, k.UnmarshalText(nil))
		assert.Equal(t, source.Kind(""), k)
	})
	t.Run("malformed rejected", func(t *testing.T) {
		k := source.KindMonitor
		err := k.UnmarshalText([]byte("Monitor"))
		assert.ErrorIs(t, err, source.ErrUnknownKind)
		assert.EqualError(t, err, `source: kind "Monitor": malformed code: unknown kind`)
		assert.Equal(t, source.KindMonitor, k, "unchanged on error")
	})
	t.Run("marshal malformed", func(t *testing.T) {
		_, err := source.Kind("Bad Kind").MarshalText()
		assert.ErrorIs(t, err, source.ErrUnknownKind)
	})
	t.Run("marshal zero", func(t *testing.T) {
		b, err := source.Kind("").MarshalText()
		require.NoError(t, err)
		assert.Empty(t, b)
	})
}

// uniqueKind returns a kind code no other test run has registered, so that
// the tests pass with -count=N despite the global registry.
func uniqueKind(prefix string) string {
	return fmt.Sprintf("org.example/%s-%d", prefix, kindSeq.Add(1))
}

var kindSeq atomic.Int64

func TestRegisterKind(t *testing.T) {
	code := uniqueKind("test-register-kind")
	require.NoError(t, source.RegisterKind(code, "Test kind", "Registered by a test."))
	k, err := source.ParseKind(code)
	require.NoError(t, err)
	assert.Equal(t, source.Kind(code), k)
	assert.Equal(t, "Test kind", k.Label())
	assert.Equal(t, "Registered by a test.", k.Description())
	assert.Contains(t, source.Kinds(), k)

	tests := []struct {
		name     string
		code     string
		sentinel error
		want     string
	}{
		{"duplicate", code, source.ErrDuplicateKind, `source: kind "` + code + `": kind already registered`},
		{"duplicate built-in", "monitor", source.ErrDuplicateKind, `source: kind "monitor": kind already registered`},
		{"malformed", "Bad Kind", source.ErrUnknownKind, `source: kind "Bad Kind": malformed code: unknown kind`},
		{"empty", "", source.ErrUnknownKind, `source: kind "": malformed code: unknown kind`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := source.RegisterKind(tc.code, "X", "Y")
			assert.ErrorIs(t, err, tc.sentinel)
			assert.EqualError(t, err, tc.want)
		})
	}
	assert.Equal(t, "Test kind", k.Label(), "a failed re-registration keeps the first label")
}

func TestRegisterKindConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	errs := make([]error, 8)
	codes := make([]string, 8)
	for i := range codes {
		codes[i] = uniqueKind("concurrent")
	}
	for i := range 8 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			errs[i] = source.RegisterKind(codes[i], "C", "")
		}()
		go func() {
			defer wg.Done()
			_, _ = source.ParseKind("monitor")
			_ = source.Kinds()
			_ = source.KindMonitor.Label()
		}()
	}
	wg.Wait()
	for i, err := range errs {
		assert.NoError(t, err)
		assert.True(t, source.Kind(codes[i]).Known())
	}
}
