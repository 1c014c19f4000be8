package geojson

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// marshal is encoding/json's output for v without HTML escaping, the
// reference the hand-written appenders must match.
func marshal(t *testing.T, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(v))
	return string(bytes.TrimSuffix(b.Bytes(), []byte{'\n'}))
}

func TestAppendFloat(t *testing.T) {
	tests := []struct {
		name string
		in   float64
	}{
		{"zero", 0},
		{"negative zero", math.Copysign(0, -1)},
		{"longitude", 36.63393},
		{"negative", -33.5102},
		{"bounds", -180},
		{"rounding", 0.1 + 0.2},
		{"small", 1e-7},
		{"small negative", -2.5e-9},
		{"smallest plain", 1e-6},
		{"huge", 1e21},
		{"large plain", 123456789.125},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, marshal(t, tc.in), string(appendFloat(nil, tc.in)))
		})
	}
}
