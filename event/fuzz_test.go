package event_test

import (
	"bytes"
	"encoding"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
)

// Seeds shared by the JSON fuzzers; more are in testdata/fuzz.
var fxJSONSeeds = []string{
	`{"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","type":"air-drone-strike"}`,
	`{"id":"ce58a2d3-27d1-546c-8b01-4e01a6572b53","type":"battles","when":{"start":"2019-08-31","end":"2019-08-31","precision":"day"},` +
		`"where":{"place":{"id":"idlib-city","name":"Idlib","level":"locality","path":[{"level":"country","id":"sy","code":"SY","name":"Syria"}]},` +
		`"relation":"near","point":{"lat":35.93062,"lon":36.63393},"precision":"near"},` +
		`"participants":[{"actor":{"id":"hurras-al-din","name":"Hurras al-Din","kind":"rebel-group"},"role":"target","citations":["sohr"]}],` +
		`"casualties":[{"outcome":"killed","group":"combatants","count":{"at_least":40},"text":"at least 40","citation":"sohr"},` +
		`{"outcome":"killed","count":{"exact":0}},{"outcome":"injured","count":{"low":3,"best":1,"high":5}}],` +
		`"citations":[{"id":"sohr","source":{"id":"sohr","name":"Syrian Observatory for Human Rights"},"published":"2019-08-31","accessed":"2019-09-01T12:30:00+01:00"}],` +
		`"claims":[{"citation":"sohr","kind":"asserts","aspect":"weapon","value":"missile"}],` +
		`"related":[{"kind":"follows","event":"f1e3f0a8-6f8e-5a53-9f1e-2f3c4d5e6f70"}],"tags":["idlib",""],` +
		`"ext":{"org.example/weapon":{ "kind" : "missile", "n":[1, 2.5e3, null] },"bad":true}}`,
	`{"type":"battles","colour":"red"}`,
	`{"when":{"start":"2019-02-30","end":"2019-03-01"}}`,
	`{"where":{"point":{"lat":0,"lon":0}}}`,
	`null`,
	`[]`,
	`{"id":`,
	"{\"title\":\"\xff\"}",
	`{"ext":{}}`,
	`{"keys":[],"tags":null}`,
}

// fxCheckParseError checks the shape of a decoding error: a *ParseError
// with a position inside the input.
func fxCheckParseError(t *testing.T, err error, input []byte) *event.ParseError {
	t.Helper()
	var pe *event.ParseError
	require.ErrorAs(t, err, &pe, "%v", err)
	require.NotNil(t, pe.Err)
	assert.GreaterOrEqual(t, pe.Line, 1)
	assert.GreaterOrEqual(t, pe.Column, 1)
	assert.GreaterOrEqual(t, pe.Offset, int64(0))
	assert.LessOrEqual(t, pe.Offset, int64(len(input)))
	assert.NotEmpty(t, pe.Error())
	return pe
}

func FuzzUnmarshalEvent(f *testing.F) {
	for _, s := range fxJSONSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := event.UnmarshalEvent(data)
		if err != nil {
			fxCheckParseError(t, err, data)
			assert.Zero(t, e)
			return
		}
		b, err := event.MarshalEvent(e)
		require.NoError(t, err, "a decoded event must encode")
		e2, err := event.UnmarshalEvent(b)
		require.NoError(t, err, "an encoded event must decode: %s", b)
		b2, err := event.MarshalEvent(e2)
		require.NoError(t, err)
		assert.Equal(t, string(b), string(b2), "encoding is stable")
		assert.Equal(t, e, e2)
	})
}

func FuzzReader(f *testing.F) {
	for _, s := range fxJSONSeeds {
		f.Add([]byte(s + "\n" + s + "\r\n\n" + s))
	}
	f.Add([]byte("\n\n"))
	f.Add([]byte("{}\r\n{"))
	f.Add([]byte("\xff\xfe{\x00}\x00"))
	f.Add([]byte("{\x00\"\x00"))
	f.Add([]byte("\ufeff" + fxJSONSeeds[0] + "\n" + fxJSONSeeds[0]))
	f.Fuzz(func(t *testing.T, data []byte) {
		// The input's lines as the Reader sees them: split at '\n', with
		// trailing '\r's dropped.
		var lines []string
		for l := range strings.SplitSeq(string(data), "\n") {
			lines = append(lines, strings.TrimRight(l, "\r"))
		}
		lines[0] = strings.TrimPrefix(lines[0], "\ufeff") // the byte-order mark is not part of the record
		r := event.NewReader(bytes.NewReader(data))
		for range len(lines) + 1 { // each Read consumes at least one line
			e, err := r.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				pe := fxCheckParseError(t, err, data)
				if pe.Record == nil { // UTF-16 or UTF-32 input: nothing can be read
					require.ErrorIs(t, err, event.ErrBadText)
					_, again := r.Read()
					require.Same(t, err, again, "the error ends the stream")
					return
				}
				require.LessOrEqual(t, pe.Line, len(lines))
				assert.Equal(t, lines[pe.Line-1], string(pe.Record), "Record is line %d of the input", pe.Line)
				assert.LessOrEqual(t, pe.Column, len(pe.Record)+1)
				continue
			}
			_, err = event.MarshalEvent(e)
			require.NoError(t, err)
		}
		_, err := r.Read()
		assert.Equal(t, io.EOF, err, "the reader ends")
	})
}

func FuzzReadDataset(f *testing.F) {
	f.Add([]byte(`{"schema":"conflictkit/dataset/1"}`))
	f.Add([]byte(`{"schema":"conflictkit/dataset/2"}`))
	f.Add([]byte(`{"schema":"conflictkit/dataset/1.1","title":"t","actors":[{"id":"hts","kind":"rebel-group","name":"Hay'at Tahrir al-Sham"}]}`))
	f.Add([]byte("{\"schema\":\"conflictkit/dataset/1\",\n\"places\":[{\"id\":\"sy07\",\"level\":\"admin1\",\"name\":\"Idleb\",\"parent\":\"sy\"}],\n" +
		"\"sources\":[{\"id\":\"sohr\",\"name\":\"SOHR\"}],\n\"events\":[" + fxJSONSeeds[1] + "]}"))
	f.Add([]byte(`null`))
	f.Add([]byte("\ufeff{\"schema\":\"conflictkit/dataset/1\",\"events\":[" + fxJSONSeeds[0] + "," + fxJSONSeeds[0] + "]}"))
	f.Add([]byte("\xff\xfe{\x00}\x00"))
	f.Add([]byte(`{"schema":"conflictkit/dataset/1","events":[{}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := event.ReadDataset(bytes.NewReader(data))
		if err != nil {
			fxCheckParseError(t, err, data)
			assert.Nil(t, d)
			return
		}
		var b bytes.Buffer
		require.NoError(t, event.WriteDataset(&b, d), "a decoded dataset must encode")
		out := b.String()
		d2, err := event.ReadDataset(&b)
		require.NoError(t, err, "an encoded dataset must decode: %s", out)
		var b2 bytes.Buffer
		require.NoError(t, event.WriteDataset(&b2, d2))
		assert.Equal(t, out, b2.String(), "encoding is stable")
		assert.Equal(t, d, d2)
	})
}

// fxFuzzCode checks one open code set's parser: errors wrap the set's
// sentinel and give the zero value; a parsed code round-trips through
// String and text; UnmarshalText agrees with Parse on well-formed input.
func fxFuzzCode[T fxCode, PT interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, s string, parse func(string) (T, error), sentinel error) {
	v, err := parse(s)
	var u T
	uerr := PT(&u).UnmarshalText([]byte(s))
	if err != nil {
		assert.ErrorIs(t, err, sentinel)
		assert.Zero(t, v)
		if uerr != nil {
			assert.ErrorIs(t, uerr, sentinel)
			return
		}
		// Well formed but not registered: text decoding keeps it.
		assert.Equal(t, s, string(u))
		assert.False(t, u.Known())
		b, merr := u.MarshalText()
		require.NoError(t, merr)
		assert.Equal(t, s, string(b))
		return
	}
	assert.Equal(t, s, v.String())
	assert.True(t, v.Known())
	require.NoError(t, uerr)
	assert.Equal(t, v, u)
	b, err := v.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, s, string(b))
	again, err := parse(string(b))
	require.NoError(t, err)
	assert.Equal(t, v, again)
}

func fxAddCodeSeeds(f *testing.F, codes ...string) {
	for _, c := range codes {
		f.Add(c)
		f.Add(strings.ToUpper(c))
		f.Add(" " + c)
	}
	f.Add("")
	f.Add("org.example/x")
	f.Add("a--b")
	f.Add("-")
}

func FuzzParseRole(f *testing.F) {
	fxAddCodeSeeds(f, "perpetrator", "target-associate", "observer")
	f.Fuzz(func(t *testing.T, s string) {
		fxFuzzCode[event.Role](t, s, event.ParseRole, event.ErrUnknownRole)
	})
}

func FuzzParseClaimKind(f *testing.F) {
	fxAddCodeSeeds(f, "asserts", "declines-to-say", "claims-responsibility")
	f.Fuzz(func(t *testing.T, s string) {
		fxFuzzCode[event.ClaimKind](t, s, event.ParseClaimKind, event.ErrUnknownClaim)
	})
}

func FuzzParseAspect(f *testing.F) {
	fxAddCodeSeeds(f, "occurrence", "weapon", "control")
	f.Fuzz(func(t *testing.T, s string) {
		fxFuzzCode[event.Aspect](t, s, event.ParseAspect, event.ErrUnknownAspect)
	})
}

func FuzzParseRelationKind(f *testing.F) {
	fxAddCodeSeeds(f, "same-as", "part-of", "violates")
	f.Fuzz(func(t *testing.T, s string) {
		fxFuzzCode[event.RelationKind](t, s, event.ParseRelationKind, event.ErrUnknownRelation)
	})
}
