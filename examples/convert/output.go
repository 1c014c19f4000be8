package main

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"

	"github.com/conflictkit/conflict/event/table"
)

// output is one file or directory the command writes. It is written under
// a temporary name beside its target and renamed to it by commit, so that
// the target holds either what it held before or the whole new output,
// never part of it. discard removes the temporary file instead.
//
// An output that exists and is not a regular file or directory (a device
// such as /dev/stdout or /dev/full, a named pipe) cannot be renamed onto:
// it is written directly and, like standard output, cannot be taken back.
type output struct {
	flag   string // "-out", "-rejects", "-warnings"
	target string // the path given (messages name it)
	final  string // the target with its links followed: renamed onto
	tmp    string // the temporary file or directory; "" when written directly
	file   *os.File
	dir    bool
	done   bool // committed or discarded
}

// tableNames lists every file the table writers write.
func tableNames() []string { return slices.Concat(table.EventTables(), table.DatasetTables()) }

// tempName returns a fresh name in final's directory for a temporary
// output: hidden, and recognisable as the command's if one is left behind.
func tempName(final, kind string) string {
	return filepath.Join(filepath.Dir(final), "."+filepath.Base(final)+".convert-"+strconv.FormatUint(rand.Uint64(), 36)+kind)
}

// createFile starts the output file path.
func createFile(flag, path string) (*output, error) {
	final, err := canonical(path)
	if err != nil {
		return nil, err
	}
	o := &output{flag: flag, target: path, final: final}
	fi, err := os.Stat(final)
	if err == nil && !fi.Mode().IsRegular() {
		if o.file, err = os.OpenFile(final, os.O_WRONLY|os.O_TRUNC, 0); err != nil {
			return nil, err
		}
		return o, nil
	}
	perm := fs.FileMode(0o666) // less the umask, as os.Create does
	for range 100 {
		o.tmp = tempName(final, ".tmp")
		o.file, err = os.OpenFile(o.tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", flag, path, err)
	}
	if fi != nil { // replacing a file: keep its permissions
		if err := o.file.Chmod(fi.Mode().Perm()); err != nil {
			o.discard()
			return nil, err
		}
	}
	return o, nil
}

// createDir starts the output directory path, for the tables. An existing
// directory is replaced as a whole on commit (checkPaths has made sure it
// holds only tables), so that no table of an earlier run is left beside
// the new ones: a stale dataset.csv would make the directory read as a
// different Dataset.
func createDir(flag, path string) (*output, error) {
	final, err := canonical(path)
	if err != nil {
		return nil, err
	}
	o := &output{flag: flag, target: path, final: final, dir: true}
	if err := os.MkdirAll(filepath.Dir(final), 0o777); err != nil {
		return nil, err
	}
	for range 100 {
		o.tmp = tempName(final, ".tmp")
		err = os.Mkdir(o.tmp, 0o777)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", flag, path, err)
	}
	if fi, err := os.Stat(final); err == nil {
		if err := os.Chmod(o.tmp, fi.Mode().Perm()); err != nil {
			o.discard()
			return nil, err
		}
	}
	return o, nil
}

// commit puts the output in place.
func (o *output) commit() error {
	if o.done {
		return nil
	}
	o.done = true
	if o.file != nil {
		if err := o.file.Close(); err != nil {
			if o.tmp != "" {
				os.Remove(o.tmp)
			}
			return fmt.Errorf("%s %s: %w", o.flag, o.target, err)
		}
	}
	if o.tmp == "" {
		return nil
	}
	if !o.dir {
		if err := os.Rename(o.tmp, o.final); err != nil {
			os.Remove(o.tmp)
			return fmt.Errorf("%s %s: %w", o.flag, o.target, err)
		}
		return nil
	}
	// A directory cannot be renamed onto a non-empty one: move the old one
	// aside, put the new one in place, then delete the old one (or put it
	// back if the new one could not take its place).
	old := ""
	if _, err := os.Stat(o.final); err == nil {
		old = tempName(o.final, ".old")
		if err := os.Rename(o.final, old); err != nil {
			os.RemoveAll(o.tmp)
			return fmt.Errorf("%s %s: %w", o.flag, o.target, err)
		}
	}
	if err := os.Rename(o.tmp, o.final); err != nil {
		if old != "" {
			os.Rename(old, o.final)
		}
		os.RemoveAll(o.tmp)
		return fmt.Errorf("%s %s: %w", o.flag, o.target, err)
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// discard removes the temporary output, leaving the target as it was. It
// reports whether there was something to take back: false for an output
// written directly.
func (o *output) discard() bool {
	if o.done {
		return false
	}
	o.done = true
	if o.file != nil {
		o.file.Close()
	}
	if o.tmp == "" {
		return false
	}
	if o.dir {
		os.RemoveAll(o.tmp)
	} else {
		os.Remove(o.tmp)
	}
	return true
}
