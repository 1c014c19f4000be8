package main

import (
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedDataset is the seed article as a Dataset document
// (testdata/idlib2019 at the module root, kept current by a test of
// examples/idlib2019).
const seedDataset = "../../testdata/idlib2019/dataset.json"

// csvRows parses CSV output into maps by column name.
func csvRows(t *testing.T, s string) []map[string]string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	require.NoError(t, err)
	require.NotEmpty(t, recs)
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

// TestSeedAsACLED is the acceptance test, run as a user runs it:
// go run ./examples/convert -from json -to acled -in <the seed Dataset>.
func TestSeedAsACLED(t *testing.T) {
	warnings := filepath.Join(t.TempDir(), "warnings.ndjson")
	res := runConvert(t, "", "-from", "json", "-to", "acled", "-in", seedDataset, "-warnings", warnings)
	require.Equal(t, exitOK, res.status, res.stderr)
	rows := csvRows(t, res.stdout)
	require.Len(t, rows, 5, "the strike, the raid, the repression and the two agreements; no row for the campaign, the war or the displacement")
	strike := rows[0]
	assert.Equal(t, map[string]string{
		"event_date": "2019-08-31", "sub_event_type": "Air/drone strike",
		"fatalities": "40",
		"actor1":     "Military Forces of the United States (2017-2021)", "inter1": "8",
		"actor2": "Hurras al-Din", "assoc_actor_2": "Ansar al Tawhid; other allied groups; al-Qaeda", "inter2": "2",
		"source": "Al Jazeera",
	}, pick(strike, "event_date", "sub_event_type", "fatalities", "actor1", "inter1", "actor2", "assoc_actor_2", "inter2", "source"))
	assert.Contains(t, res.stderr, "lost whole events: 3")
	assert.Regexp(t, `^read 8, wrote 5, rejected 0, warnings 0, lost [1-9][0-9]*$`, summaryLine(res.stderr), "every fact not written is counted")
	log := readFile(t, warnings)
	assert.Contains(t, log, `"id":"e2560d46-6fe7-53e2-8fc0-e692bf1c8e27","key":"conflictkit-example:idlib2019/us-strike-near-idlib","stage":"write","path":"claims[0]"`,
		"each loss names its record and the fact's JSON path")
}

// TestSeedAsUCDP: the same Dataset to UCDP GED gives the strike's deaths
// and low/best/high from its figures, and no row for the war, the campaign
// or the population figure, each reported.
func TestSeedAsUCDP(t *testing.T) {
	res := runConvert(t, "", "-from", "json", "-to", "ucdp", "-in", seedDataset, "-warnings", "/dev/null")
	require.Equal(t, exitOK, res.status, res.stderr)
	rows := csvRows(t, res.stdout)
	require.Len(t, rows, 3, "the strike, the raid and the repression")
	assert.Equal(t, map[string]string{
		"date_start": "2019-08-31", "deaths_unknown": "40", "low": "40", "best": "40", "high": "40",
		"side_a": "Government of United States of America", "side_b": "Hurras al-Din",
	}, pick(rows[0], "date_start", "deaths_unknown", "low", "best", "high", "side_a", "side_b"))
	assert.Contains(t, res.stderr, "lost whole events: 5", "the campaign, the war, the displacement and the two agreements")
	assert.Regexp(t, `^read 8, wrote 3, rejected 0, warnings 0, lost [1-9][0-9]*$`, summaryLine(res.stderr))
}

// pick returns the named cells of a row.
func pick(row map[string]string, cols ...string) map[string]string {
	out := map[string]string{}
	for _, c := range cols {
		out[c] = row[c]
	}
	return out
}
