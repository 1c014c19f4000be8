package acled_test

import (
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/acled"
)

// TestSample is the acceptance test on the shared 2019–2021 extract: every
// record read, none rejected, no validation error, and written back field
// for field, directly and through NDJSON.
func TestSample(t *testing.T) {
	in := readFile(t, samplePath)
	res := readAll(t, in)
	require.Empty(t, res.rejects)
	require.Len(t, res.events, 313, "the extract has 313 records (SOURCE.md)")
	assert.Equal(t, acled.Layout2019, res.layout.Name)
	assert.Nil(t, res.layout.HXL)

	verbatim, warnings := 0, 0
	ids := map[string]bool{}
	for i, e := range res.events {
		assert.Empty(t, validationErrors(&e), "record %d", i+1)
		x := extra(t, e)
		verbatim += len(x.Verbatim)
		warnings += len(res.warnings[i])
		ids[e.ID.String()] = true
	}
	t.Logf("acled_sample.csv: %d records, %d Verbatim cells, %d warnings", len(res.events), verbatim, warnings)
	assert.Zero(t, verbatim, "cells kept verbatim")
	assert.Zero(t, warnings)
	assert.Len(t, ids, 313, "distinct IDs")

	want := records(t, in)
	t.Run("direct", func(t *testing.T) {
		out := write(t, acled.NewWriter, res.events)
		assert.Equal(t, want, records(t, out))
		assert.Equal(t, string(in), string(out), "even the bytes, CRLF included")
	})
	t.Run("via NDJSON", func(t *testing.T) {
		out := write(t, acled.NewWriter, viaNDJSON(t, res.events))
		assert.Equal(t, want, records(t, out))
	})
	t.Run("with the reader's layout", func(t *testing.T) {
		out := write(t, func(w io.Writer) *acled.Writer {
			wr := acled.NewWriter(w)
			wr.Layout = res.layout
			return wr
		}, res.events)
		assert.Equal(t, want, records(t, out))
	})
}

// TestSampleRecord checks one record of the sample field by field against
// the row (line 4 of acled_sample.csv, SYR78163).
func TestSampleRecord(t *testing.T) {
	res := readAll(t, readFile(t, samplePath))
	require.GreaterOrEqual(t, len(res.events), 3)
	e := res.events[2]
	j, err := event.MarshalEvent(e)
	require.NoError(t, err)
	// Checked by hand against the row:
	// 7083570,760,SYR78163,78163,9-May-20,2020,1,Battles,Armed clash,
	// Military Forces of Syria (2000-),,1,Unidentified Armed Group (Syria),
	// Former Opposition Rebels (Syria),3,13,Middle East,Syria,Dar'a,Dar'a,
	// Mzeireb,Tafas,32.7362,36.0673,2,Liveuamap,Local partner-New media,
	// "On 9 May 2020, ... Unknown fatalities coded as 10.",10,1589243119,SYR
	// The ID is DeriveID("acled", "SYR78163"); timestamp 1589243119 is
	// 2020-05-12 00:25:19 UTC.
	want := `{"id":"` + event.DeriveID("acled", "SYR78163").String() + `",` +
		`"keys":[{"scheme":"acled","value":"SYR78163"}],"type":"armed-clash",` +
		`"when":{"start":"2020-05-09","end":"2020-05-09","precision":"day"},` +
		`"where":{"place":{"name":"Tafas","level":"locality","path":[{"level":"country","code":"SY","name":"Syria"},` +
		`{"level":"admin1","name":"Dar'a"},{"level":"admin2","name":"Dar'a"},{"level":"admin3","name":"Mzeireb"}]},` +
		`"point":{"lat":32.7362,"lon":36.0673},"precision":"near"},` +
		`"participants":[{"actor":{"name":"Military Forces of Syria (2000-)","kind":"state-forces"},"role":"perpetrator"},` +
		`{"actor":{"name":"Unidentified Armed Group (Syria)","kind":"political-militia"},"role":"target"},` +
		`{"actor":{"name":"Former Opposition Rebels (Syria)"},"role":"target-associate"}],` +
		`"casualties":[{"outcome":"killed","count":{"at_least":10},"citation":"acled"}],` +
		`"citations":[{"id":"acled","source":{"name":"ACLED"},"published":"2020-05-12"},` +
		`{"id":"source-1","source":{"name":"Liveuamap"}}],` +
		`"notes":"On 9 May 2020, clashes took place between armed former members of opposition rebels and regime forces on Tafas front in Dar'a amid regime artillery attacks on the area. Several regime soldiers were killed in the attack. Unknown fatalities coded as 10.",` +
		`"ext":{"com.acleddata/row":{"layout":"2019","crlf":true,"date_form":"d-Mon-yy","inter_form":"numeric",` +
		`"data_id":"7083570","event_id_no_cnty":"78163","region":"Middle East","source_scale":"Local partner-New media","timestamp":1589243119}}}`
	assert.JSONEq(t, want, string(j))
}
