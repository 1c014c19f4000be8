package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/conflictkit/conflict/event"
)

// Stages of the conversion a warning comes from.
const (
	stageRead     = "read"
	stageResolve  = "resolve"
	stageValidate = "validate"
	stageWrite    = "write"
)

// shownWarnings is how many warnings standard error lists with their
// record, as they come: enough to find the first ones without -warnings,
// few enough not to bury the summary.
const shownWarnings = 10

// recordRef names a record of the input: its line (0: unknown), its number
// among the records read (1-based; 0 for what is not about one record),
// and the event read from it.
type recordRef struct {
	line   int
	number int
	id     uuid.UUID
	key    string // the event's first key, "acled:SYR78126"
}

// refOf names the event e read as record number at line.
func refOf(e *event.Event, number, line int) recordRef {
	r := recordRef{line: line, number: number, id: e.ID}
	if len(e.Keys) > 0 {
		r.key = e.Keys[0].String()
	}
	return r
}

// String gives "line 4, record 3, event 2d0c… (acled:SYR78126)", leaving
// out what is unknown.
func (r recordRef) String() string {
	var parts []string
	if r.line > 0 {
		parts = append(parts, "line "+strconv.Itoa(r.line))
	}
	if r.number > 0 {
		parts = append(parts, "record "+strconv.Itoa(r.number))
	}
	if r.id != uuid.Nil {
		ev := "event " + r.id.String()
		if r.key != "" {
			ev += " (" + clip(r.key) + ")"
		}
		parts = append(parts, ev)
	}
	return strings.Join(parts, ", ")
}

// warningLine is one line of the -warnings file.
type warningLine struct {
	Line     int    `json:"line,omitzero"`
	Record   int    `json:"record,omitzero"`
	ID       string `json:"id,omitzero"`
	Key      string `json:"key,omitzero"`
	Stage    string `json:"stage"`
	Path     string `json:"path"` // "" is the whole event
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

// warnLog counts every warning and loss, writes each to the -warnings file
// (if any) with its record, and lists the first few on standard error.
type warnLog struct {
	st     *stats
	out    *bufio.Writer // nil: no -warnings file
	stderr io.Writer
	shown  int
	hidden int
	err    error // the first error writing out
}

// add records problem p found at stage about record r, lists it on
// standard error if it is among the first, and reports whether it is a
// loss (event.ErrLost).
func (l *warnLog) add(r recordRef, stage string, p event.Problem) (lost bool) {
	lost = l.record(r, stage, p)
	if l.shown == shownWarnings {
		l.hidden++
		return lost
	}
	l.shown++
	what := "warning"
	if lost {
		what = "lost"
	}
	where := r.String()
	if where != "" {
		where = " at " + where
	}
	path := p.Path + ": "
	if p.Path == "" {
		path = "" // the whole event
	}
	fmt.Fprintf(l.stderr, "convert: %s%s: %s: %s%s\n", what, where, stage, path, p.Message)
	return lost
}

// record counts problem p and writes it to the -warnings file, without
// listing it on standard error.
func (l *warnLog) record(r recordRef, stage string, p event.Problem) (lost bool) {
	lost = errors.Is(p.Code, event.ErrLost)
	if lost {
		l.st.lose(p.Path)
	} else {
		l.st.warn(warningKey(stage, p), 1)
	}
	if l.out != nil && l.err == nil {
		w := warningLine{Line: r.line, Record: r.number, Key: r.key, Stage: stage, Path: p.Path,
			Code: codeName(p.Code), Severity: p.Severity.String(), Message: p.Message}
		if r.id != uuid.Nil {
			w.ID = r.id.String()
		}
		b, err := json.Marshal(w)
		if err == nil {
			_, err = l.out.Write(append(b, '\n'))
		}
		l.err = err
	}
	return lost
}

// done says how many warnings were not listed, and where to find them.
func (l *warnLog) done() {
	if l.hidden == 0 {
		return
	}
	if l.out != nil {
		fmt.Fprintf(l.stderr, "convert: %d more warnings and losses, each in the -warnings file\n", l.hidden)
	} else {
		fmt.Fprintf(l.stderr, "convert: %d more warnings and losses; -warnings FILE lists each one with its record\n", l.hidden)
	}
}

// warningKey is the key a warning is counted under in the breakdown: its
// code, and for resolution what was not resolved.
func warningKey(stage string, p event.Problem) string {
	code := codeName(p.Code)
	if stage != stageResolve {
		return code
	}
	what := "actor"
	switch {
	case strings.HasPrefix(p.Path, "where."):
		what = "place"
	case strings.HasPrefix(p.Path, "citations["):
		what = "source"
	}
	return code + " (" + what + ")"
}

// codeName names a problem code: the message of the sentinel error at the
// bottom of it, which is short and stable, and the same whichever package
// wrapped it (UCDP's "ucdp: low/best/high out of order: casualty low/best/
// high out of order" is the validator's "casualty low/best/high out of
// order").
func codeName(err error) string {
	if err == nil {
		return "unspecified"
	}
	for {
		var next error
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			next = u.Unwrap()
		case interface{ Unwrap() []error }:
			if es := u.Unwrap(); len(es) > 0 {
				next = es[0]
			}
		}
		if next == nil {
			return err.Error()
		}
		err = next
	}
}

// index matches the list indexes of a JSON path.
var index = regexp.MustCompile(`\[[0-9]+\]`)

// lossKind is the key a loss is counted under: its path without list
// indexes ("casualties[]"), or "whole events".
func lossKind(path string) string {
	if path == "" {
		return "whole events"
	}
	return index.ReplaceAllString(path, "[]")
}

// clip cuts s for a message: at most 64 bytes of it, at a rune boundary,
// so that no message echoes a huge cell; quoted if it holds anything but
// printable text, so that it cannot break the line.
func clip(s string) string {
	const most = 64
	n := len(s)
	if n > most {
		cut := most
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsPrint(r) }) {
		s = strconv.Quote(s)
	}
	if n > most {
		s += " (" + strconv.Itoa(n) + " bytes)"
	}
	return s
}
