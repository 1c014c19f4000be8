package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
)

// step is one answer of a scripted reader: an event (the nth of the seed
// article's), or an error.
type step struct {
	event int
	err   error
}

// scripted is a reader that gives the steps in order, then, like the real
// readers, returns its last error again if it ends the stream (sticky),
// else io.EOF.
func scripted(t *testing.T, sticky bool, steps ...step) *source {
	t.Helper()
	var events []event.Event
	for _, l := range ndjsonLines(t) {
		e, err := event.UnmarshalEvent([]byte(l))
		require.NoError(t, err)
		events = append(events, e)
	}
	var last error
	return &source{read: func() (event.Event, error) {
		if len(steps) == 0 {
			if sticky && last != nil {
				return event.Event{}, last
			}
			return event.Event{}, io.EOF
		}
		s := steps[0]
		steps = steps[1:]
		if s.err != nil {
			last = s.err
			return event.Event{}, s.err
		}
		return events[s.event], nil
	}}
}

// memSink counts what it is given.
type memSink struct{ n int }

func (m *memSink) Write(event.Event) (bool, error) { m.n++; return true, nil }
func (m *memSink) Warnings() event.Problems        { return nil }
func (m *memSink) Close() error                    { return nil }

// TestClassification drives the command's loop with scripted readers: the
// exit status follows from what the reader does (an error it cannot go
// past, before or after the first record; one it goes past; an I/O error),
// not from which reader it is.
func TestClassification(t *testing.T) {
	bad := func(line int) error {
		return &event.ParseError{Line: line, Column: 1, Err: event.ErrSyntax, Record: []byte("x")}
	}
	ioErr := errors.New("read /dev/sdz: input/output error")
	tests := []struct {
		name    string
		lenient bool
		sticky  bool // the last error ends the stream
		steps   []step
		status  int
		wrote   int
		msg     string
		summary string
	}{
		{name: "an error it cannot go past, before the first record", sticky: true, lenient: true,
			steps: []step{{err: bad(1)}}, status: exitUsage, msg: "convert: not readable as -from ndjson: event: line 1, column 1: malformed JSON",
			summary: "read 0, wrote 0, rejected 0, warnings 0, lost 0"},
		{name: "a first record it goes past, strict", steps: []step{{err: bad(1)}, {event: 0}},
			status: exitRejected, msg: "convert: rejected: event: line 1, column 1: malformed JSON",
			summary: "read 1, wrote 0, rejected 1, warnings 0, lost 0"},
		{name: "a first record it goes past, lenient", lenient: true, steps: []step{{err: bad(1)}, {event: 0}, {event: 1}},
			status: exitOK, wrote: 2, msg: "convert: rejected: event: line 1, column 1: malformed JSON",
			summary: "read 3, wrote 2, rejected 1, warnings 0, lost 0"},
		{name: "the last record bad, lenient", lenient: true, steps: []step{{event: 0}, {err: bad(2)}},
			status: exitOK, wrote: 1, msg: "convert: rejected: event: line 2, column 1: malformed JSON",
			summary: "read 2, wrote 1, rejected 1, warnings 0, lost 0"},
		{name: "an error it cannot go past, after records, lenient", lenient: true, sticky: true, steps: []step{{event: 0}, {err: bad(2)}},
			status: exitRejected, wrote: 1, msg: "convert: stopped: the ndjson reader cannot go past the record it rejected last; the rest of the input is not read",
			summary: "read 2, wrote 1, rejected 1, warnings 0, lost 0"},
		{name: "an I/O error", lenient: true, sticky: true, steps: []step{{event: 0}, {err: ioErr}},
			status: exitUsage, wrote: 1, msg: "convert: read /dev/sdz: input/output error",
			summary: "read 1, wrote 1, rejected 0, warnings 0, lost 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			var st stats
			dst := &memSink{}
			c := &conversion{ctx: context.Background(), o: &options{from: "ndjson", to: "ndjson", lenient: tc.lenient},
				stderr: &stderr, st: &st, src: scripted(t, tc.sticky, tc.steps...), dst: dst,
				log: &warnLog{st: &st, stderr: &stderr}, ids: map[uuid.UUID]idPos{}}
			assert.Equal(t, tc.status, c.pump())
			assert.Equal(t, tc.wrote, dst.n)
			assert.Equal(t, tc.msg, stderrLine(stderr.String(), tc.msg))
			var sum strings.Builder
			fmtSummary(&sum, &st)
			assert.Equal(t, tc.summary, strings.TrimSuffix(sum.String(), "\n"))
		})
	}
}
