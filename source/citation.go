package source

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/rickb777/date/v2"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/isodate"
	"github.com/conflictkit/conflict/internal/strictjson"
)

// Citation records where one account of an event comes from: who originated
// the statement, through which intermediaries it reached us, when and where
// it was published, by whom, the supporting passage, and how far it can be
// trusted. An event holds one Citation per account; claims and casualty
// figures refer to it by ID.
//
// Attribution chains are explicit. "Russia's defence ministry said,
// according to TASS, as reported by Al Jazeera" is Source = the ministry,
// Via = [TASS, Al Jazeera]: the originator is never replaced by the outlet
// that carried the words.
//
// The document fields (Published, Accessed, Title, URL, ArchiveURL, Author,
// Quote, Language, ContentHash) describe the document actually read: the
// one published by Publisher().
//
// The zero value is an empty citation that fails Validate (ID and Source are
// required).
type Citation struct {
	// ID is a key local to one event, e.g. "sohr-2019-08-31"; same slug
	// rules as an ID.
	ID string `json:"id"`
	// Source is the originator of the statement.
	Source Ref `json:"source"`
	// Via lists the intermediaries that relayed the statement, nearest to
	// the originator first; the last one is where it was read.
	Via []Ref `json:"via,omitzero"`
	// Published is the publication date, as the publisher dates it; nil
	// when unknown. In JSON it is "YYYY-MM-DD", parsed strictly
	// (2019-02-30 is an error, not 2 March).
	Published *date.Date `json:"published,omitzero"`
	// Accessed is when the page was read or captured, in UTC; the zero
	// time when unknown.
	Accessed   time.Time `json:"accessed,omitzero"`
	Title      string    `json:"title,omitzero"`
	URL        string    `json:"url,omitzero"`
	ArchiveURL string    `json:"archive_url,omitzero"` // a preserved copy, e.g. in a web archive
	// Author is the byline or the person quoted as reporting, e.g.
	// "Bernard Smith".
	Author string `json:"author,omitzero"`
	// AuthorActor is the actor ID of Author, when that person is also an
	// actor record.
	AuthorActor string `json:"author_actor,omitzero"`
	// ReportedFrom is the place ID the report was filed from (e.g. Hatay for
	// a report about Idlib); the event package validates the reference.
	ReportedFrom string `json:"reported_from,omitzero"`
	// ReportedFromName is the display name of ReportedFrom, so the citation
	// reads without a gazetteer.
	ReportedFromName string `json:"reported_from_name,omitzero"`
	// Quote is the supporting passage, verbatim, in its original language.
	Quote string `json:"quote,omitzero"`
	// Language is the language of the cited text (and of Quote).
	Language language.Tag `json:"language,omitzero"`
	// Grade is the Admiralty grade of this piece of information, e.g. B2.
	// It may differ from the source's default Reliability.
	Grade Grade `json:"grade,omitzero"`
	// ContentHash fingerprints a capture of the cited page as
	// "sha256:<64 lower-case hex digits>" (see HashContent), so that the
	// capture can later be shown to be unaltered (Berkeley Protocol
	// paras 153-154).
	ContentHash string `json:"content_hash,omitzero"`
}

// Chain returns the attribution chain from originator to the outlet where
// the statement was read: Source followed by Via. The slice is new.
func (c Citation) Chain() []Ref {
	chain := make([]Ref, 0, 1+len(c.Via))
	return append(append(chain, c.Source), c.Via...)
}

// Publisher returns the outlet the statement was read in: the last of Via, or
// Source when the statement was read first-hand.
func (c Citation) Publisher() Ref {
	if len(c.Via) > 0 {
		return c.Via[len(c.Via)-1]
	}
	return c.Source
}

// Fields returns the JSON names of the members c sets, in the order of the
// JSON form: "id", "source", "via", "published", "accessed", "title", "url",
// "archive_url", "author", "author_actor", "reported_from",
// "reported_from_name", "quote", "language", "grade", "content_hash". A
// writer that holds some of them lists the others as lost.
func (c Citation) Fields() []string {
	var out []string
	add := func(name string, set bool) {
		if set {
			out = append(out, name)
		}
	}
	add("id", c.ID != "")
	add("source", !c.Source.IsZero())
	add("via", len(c.Via) > 0)
	add("published", c.Published != nil)
	add("accessed", !c.Accessed.IsZero())
	add("title", c.Title != "")
	add("url", c.URL != "")
	add("archive_url", c.ArchiveURL != "")
	add("author", c.Author != "")
	add("author_actor", c.AuthorActor != "")
	add("reported_from", c.ReportedFrom != "")
	add("reported_from_name", c.ReportedFromName != "")
	add("quote", c.Quote != "")
	add("language", c.Language != language.Und)
	add("grade", !c.Grade.IsZero())
	add("content_hash", c.ContentHash != "")
	return out
}

// HashContent returns the ContentHash of a captured document,
// "sha256:<hex>". Hash the capture exactly as stored (Berkeley Protocol
// para 153: keep it as close to its original format as possible).
func HashContent(capture []byte) string {
	sum := sha256.Sum256(capture)
	return "sha256:" + hex.EncodeToString(sum[:])
}

// Validate reports every problem of c at once, joined with errors.Join; each
// is a *FieldError whose Path is the JSON path ("source.id", "via[1].name",
// "content_hash") and whose error wraps one of: ErrMissing (no ID; source or
// via reference without ID or name; AuthorActor without Author or
// ReportedFrom without ReportedFromName), ErrBadID (malformed ID, source or
// via ID, AuthorActor or ReportedFrom), ErrBadChain (a source repeated in
// Source and Via), ErrBadDate (Published outside years 1000-9999, or Accessed
// more than a day before Published, which allows for time zones), ErrBadTime
// (Accessed not in UTC), ErrBadURL (URL or ArchiveURL not absolute http(s)),
// ErrBadGrade (partial or out-of-range Grade), ErrBadHash and ErrBadText
// (text that is not UTF-8). It returns nil for a valid citation.
func (c Citation) Validate() error {
	p := problems{Prefix: "source"}
	switch {
	case c.ID == "":
		p.Add("id", "", ErrMissing)
	case checkID(c.ID) != nil:
		p.Add("id", c.ID, ErrBadID)
	}
	c.Source.check(&p, "source.")
	seen := map[ID]bool{c.Source.ID: true}
	for i, v := range c.Via {
		path := "via[" + strconv.Itoa(i) + "]"
		v.check(&p, path+".")
		if v.ID != "" && seen[v.ID] {
			p.Add(path+".id", string(v.ID), ErrBadChain)
		}
		seen[v.ID] = true
	}
	if c.Published != nil {
		if err := isodate.CheckYear(c.Published.Year()); err != nil {
			p.Add("published", c.Published.String(), fmt.Errorf("%w: %v", ErrBadDate, err))
		}
	}
	if !c.Accessed.IsZero() {
		if _, offset := c.Accessed.Zone(); offset != 0 {
			p.Add("accessed", c.Accessed.Format(time.RFC3339Nano), ErrBadTime)
		} else if c.Published != nil && date.NewAt(c.Accessed) < *c.Published-1 {
			p.Add("accessed", c.Accessed.Format(time.RFC3339Nano),
				fmt.Errorf("%w: more than a day before published date %s", ErrBadDate, c.Published))
		}
	}
	checkText(&p, "title", c.Title, false)
	checkURL(&p, "url", c.URL)
	checkURL(&p, "archive_url", c.ArchiveURL)
	checkText(&p, "author", c.Author, c.AuthorActor != "")
	checkOtherID(&p, "author_actor", c.AuthorActor)
	checkOtherID(&p, "reported_from", c.ReportedFrom)
	checkText(&p, "reported_from_name", c.ReportedFromName, c.ReportedFrom != "")
	checkText(&p, "quote", c.Quote, false)
	if !c.Grade.IsZero() && !c.Grade.Valid() {
		p.Add("grade", c.Grade.String(), ErrBadGrade)
	}
	if c.ContentHash != "" && !validHash(c.ContentHash) {
		p.Add("content_hash", c.ContentHash, ErrBadHash)
	}
	return p.Join()
}

// validHash reports whether s is "sha256:" and 64 lower-case hex digits.
func validHash(s string) bool {
	const prefix = "sha256:"
	if len(s) != len(prefix)+2*sha256.Size || s[:len(prefix)] != prefix {
		return false
	}
	for i := len(prefix); i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// citationJSON is Citation without its methods, so that UnmarshalJSON can
// reuse the standard decoder.
type citationJSON Citation

// UnmarshalJSON decodes a citation, replacing all of c. It differs from the
// default decoding in two fields. "published" must be exactly "YYYY-MM-DD"
// naming a real day (rickb777/date alone would turn 2019-02-30 into 2 March
// and accept other layouts); errors wrap ErrBadDate. In "language" an empty
// string means language.Und and a malformed tag is an error wrapping
// ErrBadLanguage. Errors in other fields wrap their own sentinels (ErrBadID,
// ErrBadGrade, ...). Unknown and repeated members are errors, so that no
// input is silently dropped; errors carry the member's path.
func (c *Citation) UnmarshalJSON(b []byte) error {
	var aux struct {
		citationJSON
		Published *string `json:"published,omitzero"` // shadows citationJSON.Published
		Language  *string `json:"language,omitzero"`  // shadows citationJSON.Language
	}
	if err := strictjson.Decode(b, &aux); err != nil {
		return err
	}
	v := Citation(aux.citationJSON)
	// time.Time gives "+00:00" the local zone when that is UTC, and "Z" the
	// UTC zone: the same instant, unequal values. Accessed is documented as
	// UTC, so a zero offset is stored as UTC; other offsets are kept for
	// Validate to refuse.
	if _, off := v.Accessed.Zone(); off == 0 && !v.Accessed.IsZero() {
		v.Accessed = v.Accessed.UTC()
	}
	if err := isodate.CheckYear(v.Accessed.Year()); err != nil && !v.Accessed.IsZero() {
		// As for every date of the SDK: year 0025 is a typo for 2025.
		return &strictjson.Error{Offset: strictjson.MemberOffset(b, "accessed"), Path: "accessed",
			Err: fmt.Errorf("source: accessed %s: %w: %v", v.Accessed.Format(time.RFC3339), ErrBadDate, err)}
	}
	if aux.Published != nil {
		d, err := parseDay(*aux.Published)
		if err != nil {
			return &strictjson.Error{Offset: strictjson.MemberOffset(b, "published"), Path: "published", Err: err}
		}
		v.Published = &d
	}
	tag, err := decodeTag("language", aux.Language)
	if err != nil {
		return &strictjson.Error{Offset: strictjson.MemberOffset(b, "language"), Path: "language", Err: err}
	}
	v.Language = tag
	*c = v
	return nil
}

// parseDay parses exactly "YYYY-MM-DD" (years 1000 to 9999) and refuses
// days that do not exist, which rickb777/date would roll over.
func parseDay(s string) (date.Date, error) {
	d, err := isodate.ParseDay(s)
	if errors.Is(err, isodate.ErrYear) {
		return 0, fmt.Errorf("source: published %s: %w: %v", fielderr.Quote(s), ErrBadDate, err) // name the year
	}
	if err != nil {
		return 0, fmt.Errorf("source: published %s: %w", fielderr.Quote(s), ErrBadDate)
	}
	return d, nil
}
