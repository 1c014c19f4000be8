package catalog

import (
	"errors"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type rec struct {
	ID    string
	Names []string
}

var (
	errBad       = errors.New("bad record")
	errReadOnly  = errors.New("read-only")
	errDuplicate = errors.New("duplicate")
)

var spec = &Spec[string, rec]{
	Pkg:    "test",
	Plural: "recs",
	ID:     func(r rec) string { return r.ID },
	Validate: func(r rec) error {
		if r.ID == "" {
			return errBad
		}
		return nil
	},
	Clone:     func(r rec) rec { r.Names = slices.Clone(r.Names); return r },
	ReadOnly:  errReadOnly,
	Duplicate: errDuplicate,
}

func TestValid(t *testing.T) {
	tests := []struct {
		name string
		verb string
		recs []rec
		errs []error
		msg  string
	}{
		{name: "fine", verb: "merge", recs: []rec{{ID: "a"}, {ID: "b"}}},
		{name: "invalid", verb: "add", recs: []rec{{}}, errs: []error{errBad}, msg: `test: cannot add "": bad record`},
		{name: "given twice", verb: "merge", recs: []rec{{ID: "a"}, {ID: "a"}}, errs: []error{errDuplicate},
			msg: `test: cannot merge "a": given twice: duplicate`},
		{name: "both, joined", verb: "merge", recs: []rec{{}, {ID: "a"}, {ID: "a"}}, errs: []error{errBad, errDuplicate}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := spec.Valid(tc.verb, tc.recs...)
			if tc.errs == nil {
				assert.NoError(t, err)
				return
			}
			for _, want := range tc.errs {
				assert.ErrorIs(t, err, want)
			}
			if tc.msg != "" {
				assert.EqualError(t, err, tc.msg)
			}
		})
	}
}

func TestRecords(t *testing.T) {
	var c Records[string, rec]
	names := []string{"x"}
	require.NoError(t, spec.Add(&c, rec{ID: "b", Names: names}))
	require.NoError(t, spec.Add(&c, rec{ID: "a"}))
	names[0] = "changed"
	got, ok := spec.Get(&c, "b")
	require.True(t, ok)
	assert.Equal(t, []string{"x"}, got.Names, "stored as a copy")
	got.Names[0] = "edited"
	again, _ := spec.Get(&c, "b")
	assert.Equal(t, []string{"x"}, again.Names, "handed out as a copy")
	_, ok = spec.Get(&c, "z")
	assert.False(t, ok)
	assert.Equal(t, []string{"a", "b"}, c.IDs(), "in ID order")
	assert.Equal(t, 2, c.Len())

	err := spec.Add(&c, rec{ID: "a"})
	assert.ErrorIs(t, err, errDuplicate)
	assert.EqualError(t, err, `test: id "a": duplicate`)

	replaced, err := spec.Merge(&c, []rec{{ID: "c"}})
	require.NoError(t, err)
	assert.False(t, replaced)
	replaced, err = spec.Merge(&c, []rec{{ID: "a", Names: []string{"new"}}, {ID: "d"}})
	require.NoError(t, err)
	assert.True(t, replaced)
	assert.Equal(t, []string{"a", "b", "c", "d"}, c.IDs())
	stored, _ := c.Lookup("a")
	assert.Equal(t, []string{"new"}, stored.Names, "replaced whole")
	assert.Equal(t, []rec{{ID: "d"}, {ID: "a", Names: []string{"new"}}}, spec.Copies(&c, []string{"d", "zz", "a"}))

	cp := c.Clone()
	require.NoError(t, spec.Add(&cp, rec{ID: "e"}))
	assert.Equal(t, 4, c.Len(), "the clone is separate")
	assert.Equal(t, 5, cp.Len())

	c.ReadOnly = true
	err = spec.Add(&c, rec{ID: "f"})
	assert.ErrorIs(t, err, errReadOnly)
	assert.EqualError(t, err, `test: cannot add "f": read-only`)
	_, err = spec.Merge(&c, []rec{{ID: "a"}, {ID: "g"}})
	assert.ErrorIs(t, err, errReadOnly)
	assert.EqualError(t, err, "test: cannot merge 2 recs: read-only")
	assert.Equal(t, 4, c.Len(), "a read-only store does not change")
	assert.False(t, cp.ReadOnly, "a clone is writable")
}
