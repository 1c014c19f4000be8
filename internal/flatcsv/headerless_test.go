package flatcsv

import (
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSetHeader reads a file without a header row: the first line is a
// record, the names given are the columns.
func TestSetHeader(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		lineEnd string
	}{
		{"LF", "1,a\n#2,b\n", "\n"},
		{"CRLF", "1,a\r\n#2,b\r\n", "\r\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tc.in), 0)
			r.SetHeader([]string{"ID", "Name"})
			h, err := r.Header()
			require.NoError(t, err)
			assert.Equal(t, []string{"ID", "Name"}, h)
			assert.Equal(t, 1, r.Index("name"))
			f, err := r.Read()
			require.NoError(t, err)
			assert.Equal(t, []string{"1", "a"}, f)
			assert.Equal(t, 1, r.Line())
			f, err = r.Read()
			require.NoError(t, err)
			assert.Equal(t, []string{"#2", "b"}, f, "a record, not an HXL row")
			assert.Equal(t, 2, r.Line())
			_, err = r.Read()
			assert.ErrorIs(t, err, io.EOF)
			assert.Nil(t, r.RawHeader())
			assert.Nil(t, r.HXL())
			assert.Equal(t, tc.lineEnd, r.LineEnd())
		})
	}
}
