package catalogjson

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	errSyntax = errors.New("syntax")
	errDup    = errors.New("duplicate")
	errBad    = errors.New("bad")
	errText   = errors.New("not UTF-8")
	errCheck  = errors.New("records disagree")
)

type rec struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

var spec = Spec[rec, string]{
	Member: "recs", Noun: "rec", Want: "recs", Syntax: errSyntax, Duplicate: errDup,
	Validate: func(r rec) error {
		if r.Name == "" {
			return errBad
		}
		return nil
	},
	ID:      func(r rec) string { return r.ID },
	BadText: errText,
	// Check refuses a record named "loop" after the first one.
	Check: func(rs []rec) (int, string, error) {
		for i, r := range rs {
			if r.Name == "loop" && i > 0 {
				return i, "name", errCheck
			}
		}
		return 0, "", nil
	},
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  []rec
		probs []Problem // Err compared with errors.Is
	}{
		{name: "bare array", in: `[{"id":"a","name":"A"}]`, want: []rec{{"a", "A"}}},
		{name: "object", in: "{\"recs\": [\n {\"id\":\"a\",\"name\":\"A\"}]}", want: []rec{{"a", "A"}}},
		{name: "empty", in: "  ", probs: []Problem{{Offset: 2, Err: errSyntax, Decoding: true}}},
		{name: "neither", in: `"x"`, probs: []Problem{{Offset: 0, Err: errSyntax, Decoding: true}}},
		{name: "no member", in: `{}`, probs: []Problem{{Offset: 0, Field: "recs", Err: errSyntax, Decoding: true}}},
		{name: "unknown member in a record", in: `[{"id":"a","nam":"A"}]`, probs: []Problem{{Offset: 11, Field: "[0].nam", Err: errSyntax, Decoding: true}}},
		{name: "UTF-8 byte-order mark skipped, offsets count it", in: "\ufeff[{\"id\":\"a\",\"nam\":\"A\"}]", probs: []Problem{{Offset: 14, Field: "[0].nam", Err: errSyntax, Decoding: true}}},
		{name: "UTF-8 byte-order mark", in: "\ufeff[{\"id\":\"a\",\"name\":\"A\"}]", want: []rec{{"a", "A"}}},
		{name: "UTF-16LE", in: "[\x00{\x00", probs: []Problem{{Offset: 0, Err: errText, Decoding: true}}},
		{name: "UTF-32BE with its mark", in: "\x00\x00\xfe\xff\x00\x00\x00[", probs: []Problem{{Offset: 0, Err: errText, Decoding: true}}},
		{name: "invalid UTF-8", in: "[{\"id\":\"a\",\"name\":\"\xff\"}]", probs: []Problem{{Offset: 19, Err: errText, Decoding: true}}}, // the 0xff byte
		{name: "records checked against each other", in: `[{"id":"a","name":"loop"},{"id":"b","name":"loop"}]`,
			probs: []Problem{{Offset: 26, Field: "[1].name", Err: errCheck}}},
		{name: "invalid and duplicate records, each at its offset", in: "{\"recs\":[\n{\"id\":\"a\",\"name\":\"A\"},\n{\"id\":\"b\"},\n{\"id\":\"a\",\"name\":\"A2\"}]}",
			probs: []Problem{{Offset: 33, Field: "recs[1]", Err: errBad}, {Offset: 45, Field: "recs[2].id", Err: errDup}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, probs := Decode([]byte(tc.in), spec)
			assert.Equal(t, tc.want, got)
			require.Len(t, probs, len(tc.probs))
			for i, p := range tc.probs {
				assert.ErrorIs(t, probs[i].Err, p.Err)
				assert.Equal(t, [3]any{p.Offset, p.Field, p.Decoding}, [3]any{probs[i].Offset, probs[i].Field, probs[i].Decoding})
			}
		})
	}
}

func TestPosition(t *testing.T) {
	b := []byte("ab\ncd\n")
	for _, tc := range []struct {
		name      string
		off       int64
		line, col int
		clamped   int64
	}{
		{"start", 0, 1, 1, 0}, {"second line", 4, 2, 2, 4}, {"past the end", 99, 3, 1, 6}, {"negative", -1, 1, 1, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			line, col, off := Position(b, tc.off)
			assert.Equal(t, [3]any{tc.line, tc.col, tc.clamped}, [3]any{line, col, off})
		})
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{`[{"id":"a","name":"A"}]`, `{"recs":[]}`, `{"recs":[{"id":"a"},{"id":"a","name":"x"}]}`, `[`, ``} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, probs := Decode([]byte(s), spec)
		if len(probs) > 0 && got != nil {
			t.Fatal("records and problems together")
		}
		for _, p := range probs {
			if p.Offset < 0 || p.Offset > int64(len(s)) || p.Err == nil {
				t.Fatalf("bad problem %+v", p)
			}
		}
	})
}
