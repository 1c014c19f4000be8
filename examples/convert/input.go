package main

import (
	"context"
	"io"
)

// inputWatch passes the input through to the reader and notes what the
// converter needs to classify a failure whatever the reader: whether the
// input held anything but white space (an empty input is no file of any
// format) and its first bytes (UTF-16 and UTF-32 are recognised by them).
type inputWatch struct {
	r    io.Reader
	head []byte // the first bytes, up to 4
	pos  int64  // bytes passed so far
	bom  bool   // the input so far is a prefix of a UTF-8 byte-order mark
	seen bool   // a byte other than white space or a leading BOM has passed
	eof  bool   // the input ended
}

func newInputWatch(r io.Reader) *inputWatch { return &inputWatch{r: r, bom: true} }

func (w *inputWatch) Read(p []byte) (int, error) {
	n, err := w.r.Read(p)
	if len(w.head) < 4 {
		w.head = append(w.head, p[:min(n, 4-len(w.head))]...)
	}
	if !w.seen {
		const utf8BOM = "\xef\xbb\xbf"
		for _, b := range p[:n] {
			switch {
			case w.bom && w.pos < 3 && b == utf8BOM[w.pos]:
			case b == ' ' || b == '\t' || b == '\r' || b == '\n':
				w.bom = false
			default:
				w.seen = true
			}
			if w.seen {
				break
			}
			w.pos++
		}
	}
	if err == io.EOF {
		w.eof = true
	}
	return n, err
}

// empty reports whether the whole input has been read and held nothing but
// white space (and a UTF-8 byte-order mark).
func (w *inputWatch) empty() bool { return w.eof && !w.seen }

// wide reports whether the input starts as UTF-16 or UTF-32 text does:
// with its byte-order mark, or with a NUL byte in the first two (ASCII
// text such as `{"` or `id` encoded in two or four bytes a character).
// JSON must be UTF-8 (RFC 8259), so no JSON reader can take such input.
func (w *inputWatch) wide() bool {
	h := w.head
	switch {
	case len(h) >= 2 && (h[0] == 0xff && h[1] == 0xfe || h[0] == 0xfe && h[1] == 0xff):
		return true
	case len(h) >= 2 && (h[0] == 0 || h[1] == 0):
		return true
	}
	return false
}

// ctxReader makes reading the input stop when ctx is cancelled (by SIGINT
// or SIGTERM), even while a read is waiting for a slow or stalled pipe:
// the reads run in a goroutine, and Read returns as soon as ctx is done.
// A read under way then finishes in the background; the process is about
// to exit.
type ctxReader struct {
	ctx     context.Context
	r       io.Reader
	want    chan struct{}
	got     chan readResult
	left    []byte // data received and not yet handed out
	err     error  // the error that came with the last data
	started bool
}

type readResult struct {
	b   []byte
	err error
}

func newCtxReader(ctx context.Context, r io.Reader) *ctxReader {
	return &ctxReader{ctx: ctx, r: r, want: make(chan struct{}), got: make(chan readResult, 1)}
}

// loop reads into its own buffer, one read per request; the buffer is
// reused only once Read has handed all of it out and asks again.
func (c *ctxReader) loop() {
	buf := make([]byte, 64<<10)
	for range c.want {
		n, err := c.r.Read(buf)
		c.got <- readResult{buf[:n], err}
		if err != nil {
			return
		}
	}
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if len(c.left) == 0 {
		if c.err != nil {
			return 0, c.err
		}
		if !c.started {
			c.started = true
			go c.loop()
		}
		select {
		case c.want <- struct{}{}:
		case <-c.ctx.Done():
			return 0, context.Cause(c.ctx)
		}
		select {
		case res := <-c.got:
			c.left, c.err = res.b, res.err
		case <-c.ctx.Done():
			return 0, context.Cause(c.ctx)
		}
		if len(c.left) == 0 {
			return 0, c.err
		}
	}
	n := copy(p, c.left)
	c.left = c.left[n:]
	return n, nil
}
