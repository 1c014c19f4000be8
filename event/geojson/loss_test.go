package geojson_test

import (
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/geojson"
)

func lostPaths(t *testing.T, ps event.Problems) []string {
	t.Helper()
	var out []string
	for _, p := range ps {
		require.True(t, errors.Is(p.Code, event.ErrLost), p.Path)
		assert.Equal(t, event.Warning, p.Severity, p.Path)
		out = append(out, p.Path)
	}
	return out
}

// TestWriterWarnings: an event without a point is reported when skipped;
// with Full the embedded event holds everything; the flat properties alone
// lose what the package documentation says.
func TestWriterWarnings(t *testing.T) {
	evs := idlibEvents(t)
	strike := evs[0]
	require.Equal(t, "US strike on a training camp near Idlib city", strike.Title)
	raid := evs[1]
	require.Nil(t, raid.Where.Point)

	t.Run("skipped for want of a point", func(t *testing.T) {
		w := geojson.NewWriter(io.Discard)
		require.NoError(t, w.Write(raid))
		assert.Equal(t, []string{""}, lostPaths(t, w.Warnings()))
		w.NullGeometry = true
		require.NoError(t, w.Write(raid))
		assert.Nil(t, w.Warnings(), "written with null geometry and the whole event")
	})
	t.Run("full", func(t *testing.T) {
		w := geojson.NewWriter(io.Discard)
		require.NoError(t, w.Write(strike))
		assert.Nil(t, w.Warnings())
	})
	t.Run("flat", func(t *testing.T) {
		w := geojson.NewWriter(io.Discard)
		w.Full = false
		require.NoError(t, w.Write(strike))
		// The strike's participants name who places them; its one killed
		// figure is summarised, the other two are no deaths; every
		// citation has more than a source's name; claims and relations
		// have no flat property.
		assert.Equal(t, []string{
			"participants[0]", "participants[1]", "participants[2]", "participants[3]", "participants[4]",
			"casualties[1]", "casualties[2]",
			"citations[0]", "citations[1]", "citations[2]", "citations[3]", "citations[4]", "citations[5]", "citations[6]",
			"claims[0]", "claims[1]", "claims[2]", "claims[3]", "claims[4]", "claims[5]", "claims[6]",
			"claims[7]", "claims[8]", "claims[9]", "claims[10]", "claims[11]", "claims[12]", "claims[13]",
			"related[0]", "related[1]", "related[2]",
		}, lostPaths(t, w.Warnings()))
	})
}
