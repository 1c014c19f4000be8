package ucdp_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/ucdp"
)

// found are the files of testdata/found (see FOUND.SOURCE.md): real rows
// as HDX publishes them, and real rows as R, pandas and Excel write them
// back. Each reads like its original, apart from how its cells were
// spelled.
var found = []struct {
	name       string
	path       string
	original   string      // the file it was made from
	headerless ucdp.Layout // Reader.Headerless
	count      int
	unordered  []string // ids whose low/best/high are out of order (as in the original)
}{
	{"HDX Bangladesh, verbatim", "bgd_hdx.csv", "", "", 15, nil},
	{"GED 19.1 through R write.csv", "ged19_r.csv", "../ged19.csv", "", 6, []string{"71686"}},
	{"GED 19.1 through pandas", "ged19_pandas.csv", "../ged19.csv", "", 6, []string{"71686"}},
	{"GED 20.1 through readr", "ged20_readr.csv", "../ged20.csv", "", 3, []string{"71686"}},
	{"GED 20.1 through pandas", "ged20_pandas.csv", "../ged20.csv", "", 3, []string{"71686"}},
	{"HDX through Excel, dd-mmmm-yyyy", "bgd_excel_long.csv", "bgd_hdx.csv", "", 15, nil},
	{"HDX through Excel, d-mmm-yyyy", "bgd_excel_short.csv", "bgd_hdx.csv", "", 8, nil},
	{"HDX with no-break spaces", "bgd_nbsp.csv", "bgd_hdx.csv", "", 6, nil},
	{"HDX with unnamed columns", "bgd_unnamed.csv", "bgd_hdx.csv", "", 6, nil},
	{"HDX without a header", "bgd_noheader.csv", "bgd_hdx.csv", ucdp.LayoutHDX, 6, nil},
}

// readFound reads a file of testdata/found leniently with the options of
// its case; every reject fails the test.
func readFound(t *testing.T, path string, headerless ucdp.Layout) (*ucdp.Reader, []event.Event) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata/found", path))
	require.NoError(t, err)
	r := ucdp.NewReader(bytes.NewReader(b))
	r.Headerless = headerless
	var evs []event.Event
	for e, err := range r.All() {
		require.NoError(t, err)
		evs = append(evs, e)
	}
	return r, evs
}

// rows parses CSV text into its rows, cell by cell and in order (unnamed
// and repeated column names stay apart), after a byte-order mark.
func rows(t *testing.T, text []byte) [][]string {
	t.Helper()
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(text, []byte("\ufeff"))))
	all, err := cr.ReadAll()
	require.NoError(t, err)
	return all
}

// normalised drops from each event's Extra what records only how the
// cells were spelled: the verbatim cells, the columns a program added,
// the form of the dates, and how the file was saved (line ends, text
// encoding, byte-order mark).
func normalised(t *testing.T, evs []event.Event) []event.Event {
	t.Helper()
	out := make([]event.Event, len(evs))
	for i, e := range evs {
		x := extra(t, e)
		x.Verbatim, x.Columns, x.DateTime, x.DateForm = nil, nil, "", ""
		x.CRLF, x.CR, x.Encoding, x.BOM = false, false, "", false
		e.Ext = nil
		require.NoError(t, ucdp.SetExtra(&e, x))
		out[i] = e
	}
	return out
}

// TestFound reads every file of testdata/found with zero rejects and no
// validation error, checks that it gives the events of the file it was
// made from, and writes it back cell for cell in its own layout, also
// after a detour through NDJSON.
func TestFound(t *testing.T) {
	for _, f := range found {
		t.Run(f.name, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata/found", f.path))
			require.NoError(t, err)
			r, evs := readFound(t, f.path, f.headerless)
			require.Len(t, evs, f.count)

			var unordered []string
			for _, e := range evs {
				for _, p := range (event.Validator{}).Event(&e) {
					if p.Severity == event.Warning && errors.Is(p.Code, event.ErrCountOrder) {
						unordered = append(unordered, e.Keys[0].Value)
						continue
					}
					t.Errorf("event %s: %v", e.Keys[0].Value, p)
				}
			}
			assert.Equal(t, f.unordered, unordered)

			if f.original != "" {
				_, orig := readFound(t, f.original, "")
				assert.Equal(t, normalised(t, orig[:len(evs)]), normalised(t, evs))
			}

			write := func(evs []event.Event) []byte {
				var buf bytes.Buffer
				w := ucdp.NewWriter(&buf)
				w.Header = r.Header()
				w.HXLRow = r.HXL()
				w.UseCRLF = r.LineEnd() == "\r\n"
				w.Headerless = f.headerless != ""
				for _, e := range evs {
					require.NoError(t, w.Write(e))
				}
				require.NoError(t, w.Close())
				return buf.Bytes()
			}
			want := rows(t, in)
			assert.Equal(t, want, rows(t, write(evs)), "direct")
			assert.Equal(t, want, rows(t, write(viaNDJSON(t, evs))), "via NDJSON")
		})
	}
}

// TestFoundValues checks what the quirks of each program become: nothing
// is named "NA" or "nan", float-written identifiers are integers, and the
// cells keep their spelling for the write-back.
func TestFoundValues(t *testing.T) {
	_, r19 := readFound(t, "ged19_r.csv", "")
	x := extra(t, r19[3]) // 50348: no sources, no gwnoa, no admin2
	assert.Equal(t, "", x.GWNoA)
	assert.Equal(t, "", x.GWNoB)
	assert.Equal(t, []ucdp.Column{{Name: "", Value: "4"}}, x.Columns, "R's row names")
	assert.Equal(t, map[string]string{"adm_2": "NA", "gwnoa": "NA", "gwnob": "NA", "source_date": "NA",
		"source_headline": "NA", "source_office": "NA", "source_original": "NA"}, x.Verbatim)
	for _, u := range r19[3].Where.Place.Path {
		assert.NotEqual(t, "NA", u.Name)
	}

	_, p19 := readFound(t, "ged19_pandas.csv", "")
	x = extra(t, p19[0])
	assert.Equal(t, "775", x.GWNoA, "775.0 from pandas' float column")
	assert.Equal(t, map[string]string{"gwnoa": "775.0", "gwnob": "nan"}, x.Verbatim)
	assert.Equal(t, []ucdp.Column{{Name: "", Value: "0"}}, x.Columns, "pandas' index")

	_, p20 := readFound(t, "ged20_pandas.csv", "")
	x = extra(t, p20[0])
	assert.Equal(t, ptr(true), x.ActiveYear)
	assert.True(t, x.ActiveYearWords)
	assert.Equal(t, map[string]string{"active_year": "True"}, x.Verbatim)

	_, r20 := readFound(t, "ged20_readr.csv", "")
	x = extra(t, r20[0])
	assert.Equal(t, "T00:00:00Z", x.DateTime)
	assert.Equal(t, map[string]string{"active_year": "TRUE", "conflict_dset_id": "NA", "dyad_dset_id": "NA", "gwnoa": "NA",
		"gwnob": "NA", "relid": "NA", "side_a_dset_id": "NA", "side_b_dset_id": "NA", "where_description": "NA"}, x.Verbatim)

	_, long := readFound(t, "bgd_excel_long.csv", "")
	x = extra(t, long[0])
	assert.Equal(t, "2-January-2006", x.DateForm, "13-December-2013: a two-digit day says nothing of padding")
	assert.Equal(t, "02-January-2006", extra(t, long[4]).DateForm, "01-January-1991")
	assert.Equal(t, event.When{Start: day(2013, 12, 13), End: day(2013, 12, 14), Precision: event.DateDays}, long[0].When)
	assert.Equal(t, map[string]string{"source_date": "14-December-2013"}, x.Verbatim, "the citation comes from source_article")
	require.Len(t, long[0].Citations, 2)
	assert.Equal(t, day(2013, 12, 14), *long[0].Citations[1].Published)

	_, short := readFound(t, "bgd_excel_short.csv", "")
	assert.Equal(t, "2-Jan-2006", extra(t, short[0]).DateForm)

	_, nbsp := readFound(t, "bgd_nbsp.csv", "")
	assert.Equal(t, 90.062732, nbsp[0].Where.Point.Lon)
	assert.Equal(t, map[string]string{"best": "1 ", "longitude": "\u00a090.062732"}, extra(t, nbsp[0]).Verbatim)

	_, unnamed := readFound(t, "bgd_unnamed.csv", "")
	assert.Equal(t, []ucdp.Column{{Name: "", Value: ""}, {Name: "", Value: ""}, {Name: "", Value: ""}}, extra(t, unnamed[0]).Columns)
}

// TestAllRejected reads a file whose every row is rejected (Excel wrote
// its dates as m/d/yyyy, which cannot be told from d/m/yyyy) and writes it
// back with its own header and HXL row, and its rejects verbatim.
func TestAllRejected(t *testing.T) {
	in, err := os.ReadFile("testdata/found/bgd_excel_us.csv")
	require.NoError(t, err)
	r := ucdp.NewReader(bytes.NewReader(in))
	lines := strings.Split(strings.TrimPrefix(string(in), "\ufeff"), "\r\n")
	n := 0
	for _, err := range r.All() {
		require.Error(t, err)
		assert.ErrorIs(t, err, event.ErrBadDate)
		var pe *event.ParseError
		require.True(t, errors.As(err, &pe))
		assert.Equal(t, "date_start", pe.Field)
		assert.Equal(t, lines[2+n], string(pe.Record))
		n++
	}
	assert.Equal(t, 5, n)
	assert.Equal(t, ucdp.LayoutHDX, r.Layout())
	assert.Equal(t, strings.Split(lines[0], ","), r.Header())
	assert.Equal(t, strings.Split(lines[1], ","), r.HXL())
	assert.Equal(t, lines[0]+"\r\n"+lines[1], string(r.RawHeader()))
	assert.Equal(t, "\r\n", r.LineEnd())

	var buf bytes.Buffer
	w := ucdp.NewWriter(&buf)
	w.Header, w.HXLRow, w.UseCRLF = r.Header(), r.HXL(), r.LineEnd() == "\r\n"
	require.NoError(t, w.Close())
	assert.Equal(t, lines[0]+"\r\n"+lines[1]+"\r\n", buf.String())
}

// TestHeaderless checks a file without a header row: refused with
// ErrNoHeader and its first line, read with Reader.Headerless, and an
// unknown layout there refused.
func TestHeaderless(t *testing.T) {
	in, err := os.ReadFile("testdata/found/bgd_noheader.csv")
	require.NoError(t, err)
	first, _, _ := strings.Cut(string(in), "\n")

	r := ucdp.NewReader(bytes.NewReader(in))
	_, err = r.Read()
	require.ErrorIs(t, err, ucdp.ErrNoHeader)
	assert.ErrorIs(t, err, ucdp.ErrHeader)
	var pe *event.ParseError
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, 1, pe.Line)
	assert.Equal(t, first, string(pe.Record))
	assert.Equal(t, `event: line 1, column 1: ucdp: the first line is a record (it starts "71663"), not column names: `+
		`set Reader.Headerless to the file's layout: ucdp: no header row: ucdp: not a UCDP GED header`, err.Error())
	_, err2 := r.Read()
	assert.Equal(t, err, err2, "fatal")

	// A first record whose cells do not repeat fails on the missing
	// columns instead, with the same sentinel.
	r = ucdp.NewReader(strings.NewReader("7,2,2019-08-01,2019-08-02\n"))
	_, err = r.Read()
	assert.ErrorIs(t, err, ucdp.ErrNoHeader)

	r = ucdp.NewReader(bytes.NewReader(in))
	r.Headerless = ucdp.LayoutHDX
	e, err := r.Read()
	require.NoError(t, err)
	assert.Equal(t, "71663", e.Keys[0].Value)
	assert.Equal(t, ucdp.LayoutHDX.Columns(), r.Header())
	assert.Nil(t, r.RawHeader(), "no header line to copy into a reject file")
	assert.Nil(t, r.HXL())

	r = ucdp.NewReader(bytes.NewReader(in))
	r.Headerless = "ged18"
	_, err = r.Read()
	assert.ErrorIs(t, err, ucdp.ErrBadLayout)
	_, err = r.Read()
	assert.ErrorIs(t, err, ucdp.ErrBadLayout, "fatal")
}

// TestReadAfterHeaderError checks that the header stays readable after a
// record error (an over-long record, skipped).
func TestReadAfterHeaderError(t *testing.T) {
	in := csv19(nil, map[string]string{"source_original": strings.Repeat("x", 200_000)})
	r := ucdp.NewReader(strings.NewReader(in))
	r.MaxRecordBytes = 100_000
	_, err := r.Read()
	require.NoError(t, err)
	_, err = r.Read()
	require.ErrorIs(t, err, event.ErrTooLong)
	assert.Equal(t, header19, r.Header())
	assert.Equal(t, ucdp.LayoutGED19, r.Layout())
	_, err = r.Read()
	assert.ErrorIs(t, err, io.EOF, "the over-long record is skipped, and it was the last")
	assert.True(t, slices.Equal(header19, r.Header()))
}
