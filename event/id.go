package event

import (
	"fmt"

	"github.com/google/uuid"
)

// Namespace is the name-based UUID namespace of this SDK: DeriveID hashes
// foreign keys in it. It is itself derived, as uuid.NewSHA1 of the URL
// namespace and the module path, so that nobody has to trust a magic number.
var Namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/conflictkit/conflict"))

// NewID mints a fresh, time-ordered ID (UUID version 7) for an event first
// recorded here. It panics only if the system's random source fails, as
// uuid.Must does.
func NewID() uuid.UUID {
	return uuid.Must(uuid.NewV7())
}

// DeriveID returns the stable ID (UUID version 5) of an event known under a
// foreign key, so that importing the same record twice gives the same ID:
// DeriveID("acled", "SYR78126") is the ID of the ACLED event SYR78126, on
// every machine, in every run.
func DeriveID(scheme, key string) uuid.UUID {
	return uuid.NewSHA1(Namespace, []byte(scheme+":"+key))
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

func (k Key) validate() error {
	if k.Scheme == "" || k.Value == "" {
		return fmt.Errorf("key %q: scheme and value are both required: %w", k.String(), ErrBadID)
	}
	return nil
}
