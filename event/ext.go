package event

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/conflictkit/conflict/internal/strictjson"
	"github.com/conflictkit/conflict/internal/vocab"
)

// Ext holds extension members: JSON values under namespaced keys such as
// "org.example/weapon". Values are kept as raw JSON, so members written by
// code this program does not know survive a read and a write unchanged
// (compacted, as encoding/json writes raw values).
//
// Use GetExt and SetExt for typed access.
type Ext map[string]json.RawMessage

// UnmarshalJSON decodes the members and compacts each value, so that a
// member reads back byte-for-byte equal however the document around it was
// indented (WriteDataset indents, NDJSON does not).
func (x *Ext) UnmarshalJSON(b []byte) error {
	var m map[string]json.RawMessage
	if err := strictjson.Decode(b, &m); err != nil {
		return err
	}
	for k, v := range m {
		var buf bytes.Buffer
		if err := json.Compact(&buf, v); err != nil {
			return fmt.Errorf("event: extension %q: %w: %w", k, ErrSyntax, err)
		}
		m[k] = buf.Bytes()
	}
	*x = m
	return nil
}

// CheckExtKey reports whether key is a valid extension key: a namespace
// that contains a dot (a reversed domain such as "org.example"), a slash,
// and a name, all in the SDK's code syntax: "org.example/weapon".
func CheckExtKey(key string) error {
	ns, name, ok := strings.Cut(key, "/")
	if !ok || !strings.Contains(ns, ".") || name == "" || vocab.CheckSyntax(key) != nil {
		return fmt.Errorf("event: extension key %q: want a namespaced key such as \"org.example/weapon\": %w", key, ErrBadExt)
	}
	return nil
}

// SetExt stores v under key in x, creating the map if needed.
func SetExt[T any](x *Ext, key string, v T) error {
	if err := CheckExtKey(key); err != nil {
		return err
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("event: extension %q: %w: %w", key, ErrBadExt, err)
	}
	if *x == nil {
		*x = Ext{}
	}
	(*x)[key] = b
	return nil
}

// GetExt decodes the member under key into a T. It reports false, with no
// error, when there is no such member.
func GetExt[T any](x Ext, key string) (T, bool, error) {
	var v T
	raw, ok := x[key]
	if !ok {
		return v, false, nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return v, true, fmt.Errorf("event: extension %q: %w: %w", key, ErrBadExt, err)
	}
	return v, true, nil
}
