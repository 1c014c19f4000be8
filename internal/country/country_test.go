package country

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"alpha-2", "SY", "SY"},
		{"lower case", "sy", "SY"},
		{"alpha-3", "SYR", "SY"},
		{"numeric", "760", "SY"},
		{"UK is canonicalised", "UK", "GB"},
		{"Kosovo", "XK", "XK"},
		{"Soviet Union (withdrawn)", "SU", "SU"},
		{"group", "145", ""},
		{"unknown region", "ZZ", ""},
		{"private use", "QQQ", ""},
		{"United Nations", "UN", ""},
		{"eurozone", "EZ", ""},
		{"exceptionally reserved", "AC", ""},
		{"Canary Islands", "IC", ""},
		{"garbage", "Syria", ""},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Parse(tc.in)
			if tc.want == "" {
				assert.ErrorIs(t, err, ErrNotCountry)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, r.String())
		})
	}
}
