package strictjson

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNotUTF8(t *testing.T) {
	tests := []struct {
		name string
		head string
		want string
		bom  bool
	}{
		{"UTF-8", `{"a":1}`, "", false},
		{"UTF-8 with its mark", "\ufeff{", "", false},
		{"empty", "", "", false},
		{"one byte", "{", "", false},
		{"UTF-16LE mark", "\xff\xfe{\x00", "UTF-16LE", true},
		{"UTF-16BE mark", "\xfe\xff\x00{", "UTF-16BE", true},
		{"UTF-32LE mark", "\xff\xfe\x00\x00{\x00\x00\x00", "UTF-32LE", true},
		{"UTF-32BE mark", "\x00\x00\xfe\xff\x00\x00\x00{", "UTF-32BE", true},
		{"UTF-16LE without a mark", "{\x00\"\x00", "UTF-16LE", false},
		{"UTF-16LE, two bytes only", "[\x00", "UTF-16LE", false},
		{"UTF-16BE without a mark", "\x00{\x00\"", "UTF-16BE", false},
		{"UTF-32LE without a mark", "{\x00\x00\x00", "UTF-32LE", false},
		{"UTF-32BE without a mark", "\x00\x00\x00{", "UTF-32BE", false},
		{"a NUL later is not an encoding", "{\"a\x00", "", false},
		{"Windows-1252 is not this helper's business", "{\"S\xe9l\xe9ka\"", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			name, bom := NotUTF8([]byte(tc.head))
			assert.Equal(t, tc.want, name)
			assert.Equal(t, tc.bom, bom)
		})
	}
}

func TestEncodingError(t *testing.T) {
	assert.NoError(t, EncodingError([]byte(`{"a":1}`)))
	err := EncodingError([]byte("\xff\xfe{\x00"))
	require.Error(t, err)
	assert.Equal(t, "the input is UTF-16LE text (a UTF-16LE byte-order mark), but JSON and this SDK's text formats must be UTF-8 (RFC 8259): convert it first, e.g. iconv -f UTF-16LE -t UTF-8", err.Error())
	err = EncodingError([]byte("{\x00"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "UTF-16LE text (NUL bytes between the characters)")
}
