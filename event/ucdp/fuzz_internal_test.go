package ucdp

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// join writes items back in the packed form.
func joinItems(items []sourceItem) string {
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = `"` + it.outlet + "," + it.date + "," + it.headline + `"`
	}
	return strings.Join(parts, ";")
}

func TestSplitArticle(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []sourceItem
		ok   bool
	}{
		{"one", `"SOHR,2019-08-09,46 were killed"`, []sourceItem{{"SOHR", "2019-08-09", "46 were killed"}}, true},
		{"two, commas in the headline", `"A,2015-04-28,x, y";"B b,2015-04-29,"`, []sourceItem{{"A", "2015-04-28", "x, y"}, {"B b", "2015-04-29", ""}}, true},
		{"comma in the outlet", `"Reuters, Inc.,2015-04-28,x"`, []sourceItem{{"Reuters, Inc.", "2015-04-28", "x"}}, true},
		{"undated", `"SOHR,,x"`, []sourceItem{{"SOHR", "", "x"}}, true},
		{"free text", `R 2/6/1990`, nil, false},
		{"free text with a date", `AI,Myanmar:  Human rights violations against Muslims, 1992-06-16`, nil, false},
		{"no outlet", `",2019-08-09,x"`, nil, false},
		{"impossible date", `"SOHR,2019-02-30,x"`, nil, false},
		{"no date and no second comma", `"SOHR,x"`, nil, false},
		{"empty", ``, nil, false},
		{"one quote", `"`, nil, false},
		{"empty item", `""`, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := splitArticle(tc.in, nil)
			assert.Equal(t, tc.ok, ok)
			if ok {
				assert.Equal(t, tc.want, got)
				assert.Equal(t, tc.in, joinItems(got))
			}
		})
	}
}

func TestSplitParallel(t *testing.T) {
	tests := []struct {
		name                     string
		office, dates, headlines string
		want                     []sourceItem
		ok                       bool
	}{
		{"two", "A;B", "2015-04-28;", "x;y", []sourceItem{{"A", "2015-04-28", "x"}, {"B", "", "y"}}, true},
		{"counts differ", "A;B", "2015-04-28", "x;y", nil, false},
		{"blank outlet", "A; ", ";", ";", nil, false},
		{"bad date", "A", "28/04/2015", "x", nil, false},
		{"nothing", "", "", "", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := splitParallel(tc.office, tc.dates, tc.headlines, nil)
			assert.Equal(t, tc.ok, ok)
			if ok {
				assert.Equal(t, tc.want, got)
			}
		})
	}
}

// FuzzSplitArticle checks that splitting never panics and that what it
// splits joins back to the same text, with real dates and named outlets.
func FuzzSplitArticle(f *testing.F) {
	f.Add(`"SOHR,2019-08-09,46 were killed";"Reuters News,2019-08-20,UPDATE 7-Turkey says"`)
	f.Add(`"SOHR,,x"`)
	f.Add(`R 2/6/1990`)
	f.Add(`"A,2019-02-30,x"`)
	f.Fuzz(func(t *testing.T, s string) {
		items, ok := splitArticle(s, nil)
		if !ok {
			return
		}
		require.NotEmpty(t, items)
		assert.Equal(t, s, joinItems(items))
		for _, it := range items {
			assert.NotEmpty(t, strings.TrimSpace(it.outlet))
			assert.True(t, it.date == "" || isDateShape(it.date))
		}
	})
}

// TestFormatDate checks the allocation-light date formatting against
// date.Date.String, which it replaces.
func TestFormatDate(t *testing.T) {
	for _, d := range []date.Date{
		date.New(1, time.January, 1), date.New(999, time.December, 31), date.New(1989, time.January, 1),
		date.New(2019, time.August, 31), date.New(2024, time.February, 29), date.New(9999, time.December, 31),
		date.New(10000, time.January, 1), date.New(-1, time.March, 3), 0,
	} {
		assert.Equal(t, d.String(), formatDate(d))
		assert.Equal(t, d.String()+" 00:00:00.000", formatDateTime(d, " 00:00:00.000"))
	}
	for d := date.New(1899, time.December, 25); d < date.New(2101, time.January, 10); d += 17 {
		require.Equal(t, d.String(), formatDate(d))
	}
}

func TestItoa(t *testing.T) {
	for _, n := range []int{-1, 0, 7, 99, 100, 1899, 1900, 2019, 2199, 2200, 123456} {
		assert.Equal(t, strconv.Itoa(n), itoa(n))
	}
}
