package event

import (
	"crypto/sha1"
	"fmt"
	"strings"

	"github.com/google/uuid"
)

// namespace is the name-based UUID namespace of this SDK: DeriveID hashes
// foreign keys in it. It is itself derived, as uuid.NewSHA1 of the URL
// namespace and the module's URL, so that nobody has to trust a magic
// number; it is unexported so that nobody can change every derived ID by
// assigning to it.
var namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/conflictkit/conflict"))

// Namespace returns the UUID namespace DeriveID hashes keys in:
// b4dc62c0-7d73-5543-b0ca-d79af0166c23.
func Namespace() uuid.UUID { return namespace }

// NewID mints a fresh, time-ordered ID (UUID version 7) for an event first
// recorded here. It panics only if the system's random source fails, as
// uuid.Must does.
func NewID() uuid.UUID {
	return uuid.Must(uuid.NewV7())
}

// DeriveID returns the stable ID (UUID version 5) of an event known under a
// foreign key, so that importing the same record twice gives the same ID:
// DeriveID("acled", "SYR78126") is the ID of the ACLED event SYR78126, on
// every machine, in every run. It hashes scheme + ":" + key, so a scheme
// must not contain ':' (Key.Validate checks it), or ("a:b", "c") and
// ("a", "b:c") would collide.
func DeriveID(scheme, key string) uuid.UUID {
	// uuid.NewSHA1(namespace, []byte(scheme+":"+key)), computed in a stack
	// buffer: readers derive an ID for every record, and this way it costs
	// no allocation for keys of usual length. A test holds the two equal.
	var buf [128]byte
	b := append(buf[:0], namespace[:]...)
	b = append(b, scheme...)
	b = append(b, ':')
	b = append(b, key...)
	sum := sha1.Sum(b)
	var id uuid.UUID
	copy(id[:], sum[:])
	id[6] = (id[6] & 0x0f) | 0x50 // version 5
	id[8] = (id[8] & 0x3f) | 0x80 // RFC 4122 variant
	return id
}

// Key is an identifier of the event in another dataset, such as
// {Scheme: "acled", Value: "SYR78126"} or {Scheme: "ucdp", Value: "306667"}.
type Key struct {
	Scheme string `json:"scheme"`
	Value  string `json:"value"`
}

// String returns "scheme:value".
func (k Key) String() string { return k.Scheme + ":" + k.Value }

// ID returns DeriveID(k.Scheme, k.Value).
func (k Key) ID() uuid.UUID { return DeriveID(k.Scheme, k.Value) }

// Validate reports a key that cannot identify anything: an empty scheme
// or value, or a scheme containing ':' (see DeriveID). Errors wrap ErrBadID.
func (k Key) Validate() error {
	switch {
	case k.Scheme == "" || k.Value == "":
		return fmt.Errorf("event: key %q: scheme and value are both required: %w", k.String(), ErrBadID)
	case strings.Contains(k.Scheme, ":"):
		return fmt.Errorf("event: key %q: a scheme may not contain ':': %w", k.String(), ErrBadID)
	}
	return nil
}
