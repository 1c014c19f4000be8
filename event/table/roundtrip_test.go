package table

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
)

func TestIdlibRoundTrip(t *testing.T) {
	f, err := os.Open("testdata/idlib2019.json")
	require.NoError(t, err)
	defer f.Close()
	d, err := event.ReadDataset(f)
	require.NoError(t, err)

	dst := memDest{}
	require.NoError(t, WriteDataset(dst, d))
	got, err := ReadDataset(dst.fs())
	require.NoError(t, err)
	assert.Equal(t, d, got)

	var want, have bytes.Buffer
	require.NoError(t, event.WriteDataset(&want, d))
	require.NoError(t, event.WriteDataset(&have, got))
	assert.Equal(t, want.String(), have.String())
	for k, v := range dst {
		t.Logf("%s: %d bytes", k, v.Len())
	}
	t.Log(dst["events.csv"].String())
}
