package event_test

import (
	"encoding"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
)

// fxSeq numbers the codes tests register, which stay registered for the
// life of the process.
var fxSeq atomic.Int64

// fxCode is what the four open code sets of the package have in common.
type fxCode interface {
	~string
	String() string
	Label() string
	Known() bool
	IsZero() bool
	MarshalText() ([]byte, error)
}

// fxCodeSet describes one code set, with its built-in codes typed out by
// hand in registration order and some labels, to test the code against.
type fxCodeSet[T fxCode] struct {
	parse    func(string) (T, error)
	register func(code, label, description string) error
	all      func() []T
	sentinel error
	builtin  []T
	codes    []string // builtin spelled out, so that a wrong constant is caught
	labels   map[T]string
	prefix   string // a namespace for codes registered by the test
}

func TestRoles(t *testing.T) {
	fxTestCodeSet[event.Role](t, fxCodeSet[event.Role]{
		parse: event.ParseRole, register: event.RegisterRole, all: event.Roles, sentinel: event.ErrUnknownRole,
		builtin: []event.Role{event.Perpetrator, event.Target, event.PerpetratorAssociate, event.TargetAssociate,
			event.Party, event.Sponsor, event.Mediator, event.Observer},
		codes: []string{"perpetrator", "target", "perpetrator-associate", "target-associate", "party", "sponsor", "mediator", "observer"},
		labels: map[event.Role]string{event.Perpetrator: "Perpetrator", event.PerpetratorAssociate: "Associate of the perpetrator",
			event.TargetAssociate: "Associate of the target", event.Mediator: "Mediator"},
		prefix: "org.conflictkit-test.role/",
	})
}

func TestClaimKinds(t *testing.T) {
	fxTestCodeSet[event.ClaimKind](t, fxCodeSet[event.ClaimKind]{
		parse: event.ParseClaimKind, register: event.RegisterClaimKind, all: event.ClaimKinds, sentinel: event.ErrUnknownClaim,
		builtin: []event.ClaimKind{event.Asserts, event.Denies, event.Alleges, event.DeclinesToSay, event.Acknowledges,
			event.ClaimsResponsibility},
		codes:  []string{"asserts", "denies", "alleges", "declines-to-say", "acknowledges", "claims-responsibility"},
		labels: map[event.ClaimKind]string{event.DeclinesToSay: "Declines to say", event.ClaimsResponsibility: "Claims responsibility"},
		prefix: "org.conflictkit-test.claim/",
	})
}

func TestAspects(t *testing.T) {
	fxTestCodeSet[event.Aspect](t, fxCodeSet[event.Aspect]{
		parse: event.ParseAspect, register: event.RegisterAspect, all: event.Aspects, sentinel: event.ErrUnknownAspect,
		builtin: []event.Aspect{event.AspectOccurrence, event.AspectPerpetrator, event.AspectTarget, event.AspectWeapon,
			event.AspectCasualties, event.AspectLocation, event.AspectDate, event.AspectPurpose, event.AspectLegality,
			event.AspectNotification, event.AspectConsequence, event.AspectAssessment, event.AspectControl},
		codes: []string{"occurrence", "perpetrator", "target", "weapon", "casualties", "location", "date", "purpose",
			"legality", "notification", "consequence", "assessment", "control"},
		labels: map[event.Aspect]string{event.AspectWeapon: "Weapon", event.AspectLegality: "Legality"},
		prefix: "org.conflictkit-test.aspect/",
	})
}

func TestRelationKinds(t *testing.T) {
	fxTestCodeSet[event.RelationKind](t, fxCodeSet[event.RelationKind]{
		parse: event.ParseRelationKind, register: event.RegisterRelationKind, all: event.RelationKinds, sentinel: event.ErrUnknownRelation,
		builtin: []event.RelationKind{event.SameAs, event.PartOf, event.ResponseTo, event.Follows, event.Violates},
		codes:   []string{"same-as", "part-of", "response-to", "follows", "violates"},
		labels:  map[event.RelationKind]string{event.SameAs: "Same as", event.ResponseTo: "Response to"},
		prefix:  "org.conflictkit-test.relation/",
	})
}

func fxTestCodeSet[T fxCode, PT interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, cs fxCodeSet[T]) {
	t.Helper()
	require.Len(t, cs.codes, len(cs.builtin))

	t.Run("built-in codes in order", func(t *testing.T) {
		all := cs.all()
		require.GreaterOrEqual(t, len(all), len(cs.builtin))
		assert.Equal(t, cs.builtin, all[:len(cs.builtin)])
		for i, c := range cs.builtin {
			assert.Equal(t, cs.codes[i], string(c))
		}
	})

	t.Run("parse round trip", func(t *testing.T) {
		for _, c := range cs.builtin {
			got, err := cs.parse(c.String())
			require.NoError(t, err, "%q", c)
			assert.Equal(t, c, got)
			assert.True(t, c.Known())
			assert.False(t, c.IsZero())
			assert.NotEmpty(t, c.Label())

			b, err := c.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, string(c), string(b))
			var back T
			require.NoError(t, PT(&back).UnmarshalText(b))
			assert.Equal(t, c, back)

			j, err := json.Marshal(c)
			require.NoError(t, err)
			assert.Equal(t, strconv.Quote(string(c)), string(j))
		}
	})

	t.Run("labels", func(t *testing.T) {
		for c, want := range cs.labels {
			assert.Equal(t, want, c.Label())
		}
		assert.Equal(t, cs.prefix+"unregistered", T(cs.prefix+"unregistered").Label(), "an unregistered code labels itself")
	})

	t.Run("parse errors", func(t *testing.T) {
		first := string(cs.builtin[0])
		for _, in := range []string{
			"", strings.ToUpper(first), " " + first, first + " ", first + "\n", "-" + first, first + "-",
			strings.ReplaceAll(cs.codes[0], "-", "--") + "-x", "1" + first, first + " x", "é",
			cs.prefix + "unregistered", // well formed but not registered
			cs.prefix + strings.Repeat("a", 64),
		} {
			got, err := cs.parse(in)
			assert.ErrorIs(t, err, cs.sentinel, "%q", in)
			assert.Zero(t, got, "%q", in)
			if err != nil {
				assert.True(t, strings.HasPrefix(err.Error(), "event: "), "%q: %v", in, err)
				assert.Contains(t, err.Error(), fielderr.Quote(in), "the input is quoted, clipped when long")
			}
		}
	})

	t.Run("zero value", func(t *testing.T) {
		var z T
		assert.True(t, z.IsZero())
		assert.False(t, z.Known())
		assert.Equal(t, "", z.String())
		b, err := z.MarshalText()
		assert.NoError(t, err)
		assert.Empty(t, b)
		var back T = cs.builtin[0]
		require.NoError(t, PT(&back).UnmarshalText(nil))
		assert.True(t, back.IsZero(), "empty text gives the zero value")
	})

	t.Run("text accepts unregistered well-formed codes", func(t *testing.T) {
		var v T
		require.NoError(t, PT(&v).UnmarshalText([]byte(cs.prefix+"from-an-extension")))
		assert.Equal(t, T(cs.prefix+"from-an-extension"), v)
		assert.False(t, v.Known())
		b, err := v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, cs.prefix+"from-an-extension", string(b))
	})

	t.Run("text refuses malformed codes", func(t *testing.T) {
		for _, in := range []string{"Bad Code", " x", "x-", "ünïcode"} {
			var v T
			err := PT(&v).UnmarshalText([]byte(in))
			assert.ErrorIs(t, err, cs.sentinel, "%q", in)
			_, err = T(in).MarshalText()
			assert.ErrorIs(t, err, cs.sentinel, "%q", in)
			if err != nil {
				assert.True(t, strings.HasPrefix(err.Error(), "event: "), "%v", err)
			}
		}
	})

	t.Run("register", func(t *testing.T) {
		code := fmt.Sprintf("%sregistered-%d", cs.prefix, fxSeq.Add(1)) // unique, so that -count=N works
		require.NoError(t, cs.register(code, "Registered by a test", "a code added by the tests"))
		got, err := cs.parse(code)
		require.NoError(t, err)
		assert.Equal(t, T(code), got)
		assert.True(t, got.Known())
		assert.Equal(t, "Registered by a test", got.Label())
		all := cs.all()
		assert.Contains(t, all[len(cs.builtin):], T(code), "registered codes come after the built-in ones")

		err = cs.register(code, "again", "")
		assert.ErrorIs(t, err, event.ErrDuplicate)
		assert.Contains(t, err.Error(), strconv.Quote(code))
		err = cs.register(string(cs.builtin[0]), "built-in", "")
		assert.ErrorIs(t, err, event.ErrDuplicate)

		err = cs.register("Not A Code", "", "")
		assert.ErrorIs(t, err, cs.sentinel)
		assert.True(t, strings.HasPrefix(err.Error(), "event: "), "%v", err)
		assert.ErrorIs(t, cs.register("", "", ""), cs.sentinel)

		unlabelled := fmt.Sprintf("%sunlabelled-%d", cs.prefix, fxSeq.Add(1))
		require.NoError(t, cs.register(unlabelled, "", ""))
		assert.Equal(t, unlabelled, T(unlabelled).Label(), "without a label, the code stands in")
	})

	t.Run("register concurrently", func(t *testing.T) {
		var wg sync.WaitGroup
		errs := make([]error, 16)
		run := fxSeq.Add(1)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				code := fmt.Sprintf("%sconcurrent-%d-%d", cs.prefix, run, i)
				errs[i] = cs.register(code, "", "")
				_, _ = cs.parse(code)
				_ = cs.all()
			}()
		}
		wg.Wait()
		for i, err := range errs {
			assert.NoError(t, err, "goroutine %d", i)
			assert.True(t, T(fmt.Sprintf("%sconcurrent-%d-%d", cs.prefix, run, i)).Known())
		}
	})
}
