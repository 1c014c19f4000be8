package ucdp

import (
	"slices"
	"strconv"
	"strings"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/source"
)

// ucdpName is the display name of the source of the CitationID citation.
const ucdpName = "Uppsala Conflict Data Program"

// sourceItem is one source of a row: the n-th item of source_office,
// source_date and source_headline, or of the packed source_article.
type sourceItem struct {
	outlet   string
	date     string // YYYY-MM-DD or empty
	headline string
}

// splitArticle splits a packed source_article, `"Outlet,YYYY-MM-DD,
// Headline";"Outlet,…"`, into its items. It reports false for anything
// else (old rows hold free text). Joining the items again with
// joinArticle gives s back exactly.
func splitArticle(s string, items []sourceItem) ([]sourceItem, bool) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return items, false
	}
	body := s[1 : len(s)-1]
	for {
		part, rest, more := strings.Cut(body, `";"`)
		it, ok := splitItem(part)
		if !ok {
			return items, false
		}
		items = append(items, it)
		if !more {
			return items, true
		}
		body = rest
	}
}

// splitItem splits "Outlet,YYYY-MM-DD,Headline" at the first comma that is
// followed by a date (or by nothing, for an undated item) and a comma.
// The outlet must not be blank, and the date must exist.
func splitItem(s string) (sourceItem, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			continue
		}
		rest := s[i+1:]
		switch {
		case len(rest) >= 11 && isDateShape(rest[:10]) && rest[10] == ',':
			it := sourceItem{outlet: s[:i], date: rest[:10], headline: rest[11:]}
			if _, err := parseDay(it.date); err != nil || strings.TrimSpace(it.outlet) == "" {
				return sourceItem{}, false
			}
			return it, true
		case len(rest) >= 1 && rest[0] == ',':
			it := sourceItem{outlet: s[:i], headline: rest[1:]}
			if strings.TrimSpace(it.outlet) == "" {
				return sourceItem{}, false
			}
			return it, true
		}
	}
	return sourceItem{}, false
}

// isDateShape reports whether s looks like YYYY-MM-DD.
func isDateShape(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < 10; i++ {
		if i == 4 || i == 7 {
			continue
		}
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// splitParallel splits the parallel columns source_office, source_date and
// source_headline on ';'. It reports false unless they give the same
// number of items, every outlet is non-blank and every date is empty or a
// real YYYY-MM-DD.
func splitParallel(office, dates, headlines string, items []sourceItem) ([]sourceItem, bool) {
	if office == "" {
		return items, false
	}
	n := strings.Count(office, ";")
	if strings.Count(dates, ";") != n || strings.Count(headlines, ";") != n {
		return items, false
	}
	for range n + 1 {
		var it sourceItem
		it.outlet, office, _ = strings.Cut(office, ";")
		it.date, dates, _ = strings.Cut(dates, ";")
		it.headline, headlines, _ = strings.Cut(headlines, ";")
		if strings.TrimSpace(it.outlet) == "" {
			return items, false
		}
		if it.date != "" {
			if _, err := parseDay(it.date); err != nil {
				return items, false
			}
		}
		items = append(items, it)
	}
	return items, true
}

// citationID returns the local ID of the i-th source (0-based): "src-1", …
func citationID(i int) string {
	return "src-" + strconv.Itoa(i+1)
}

// newsCitation turns a source item into a citation: the outlet as its
// source (name only: resolving it to a source record is the catalogue's
// job), the date as the publication date and the headline as the title.
func newsCitation(i int, it sourceItem) source.Citation {
	c := source.Citation{ID: citationID(i), Source: source.Ref{Name: it.outlet}, Title: it.headline}
	if it.date != "" {
		if d, err := parseDay(it.date); err == nil {
			c.Published = &d
		}
	}
	return c
}

// sourceItems appends to items one source item per citation other than
// UCDP's own: the outlet (the citation's publisher, where it was read), the
// publication date and the title as headline. An item equal to one before
// it in all three is the same article and is written once; a citation
// whose outlet has no name is left out.
func sourceItems(cs []source.Citation, items []sourceItem) []sourceItem {
	for i := range cs {
		c := &cs[i]
		if c.ID == CitationID {
			continue
		}
		it := sourceItem{outlet: c.Publisher().Name, headline: c.Title}
		if strings.TrimSpace(it.outlet) == "" {
			continue // an item without an outlet would not read back (the Writer reports it)
		}
		if c.Published != nil {
			it.date = formatDate(*c.Published)
		}
		if !slices.Contains(items, it) {
			items = append(items, it)
		}
	}
	return items
}

// originators lists, each once, the names of the sources the outlets
// quote: the originator of every citation read through an intermediary
// (Via), for source_original.
func originators(cs []source.Citation) []string {
	var out []string
	for i := range cs {
		c := &cs[i]
		if c.ID == CitationID || len(c.Via) == 0 || c.Source.Name == "" {
			continue
		}
		if !slices.Contains(out, c.Source.Name) {
			out = append(out, c.Source.Name)
		}
	}
	return out
}

// formatSources writes the four parallel source columns from the items.
func formatSources(items []sourceItem) (article, office, dates, headlines string) {
	switch len(items) {
	case 0:
		return "", "", "", ""
	case 1: // the common case, without builders
		it := &items[0]
		return `"` + it.outlet + "," + it.date + "," + it.headline + `"`, it.outlet, it.date, it.headline
	}
	var a, o, d, h strings.Builder
	for i := range items {
		it := &items[i]
		if i > 0 {
			a.WriteByte(';')
			o.WriteByte(';')
			d.WriteByte(';')
			h.WriteByte(';')
		}
		a.WriteByte('"')
		a.WriteString(it.outlet)
		a.WriteByte(',')
		a.WriteString(it.date)
		a.WriteByte(',')
		a.WriteString(it.headline)
		a.WriteByte('"')
		o.WriteString(it.outlet)
		d.WriteString(it.date)
		h.WriteString(it.headline)
	}
	return a.String(), o.String(), d.String(), h.String()
}

// formatDate writes d as YYYY-MM-DD, as date.Date.String does, with one
// allocation instead of fmt's several.
func formatDate(d date.Date) string {
	return formatDateTime(d, "")
}

// formatDateTime writes d as YYYY-MM-DD followed by suffix (the time part
// of a 20.1+ date).
func formatDateTime(d date.Date, suffix string) string {
	y, m, day := d.Date()
	if y < 0 || y > 9999 {
		return d.String() + suffix
	}
	var buf [40]byte
	b := append(buf[:0], byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+int(m)/10), byte('0'+int(m)%10), '-', byte('0'+day/10), byte('0'+day%10))
	b = append(b, suffix...)
	return string(b)
}
