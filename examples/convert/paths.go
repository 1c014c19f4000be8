package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// namedPath is one file or directory the command reads or writes.
type namedPath struct {
	flag   string // "-in", "-out", "-rejects", "-warnings", or "standard input"
	path   string // as given; "" for standard input or output
	dir    bool   // a directory of tables
	output bool
	canon  string      // absolute, links followed (the parent's, for a file not yet there)
	info   os.FileInfo // nil: does not exist (or standard input is not a file)
}

// resolve fills in canon and info.
func (p *namedPath) resolve() error {
	c, err := canonical(p.path)
	if err != nil {
		return err
	}
	p.canon = c
	if fi, err := os.Stat(c); err == nil {
		p.info = fi
	}
	return nil
}

// canonical returns path made absolute with every symbolic link followed:
// the path's own links (even one that points to a file not yet created)
// and its directory's. Two names of the same file that does not exist yet
// thus compare equal, as os.SameFile tells for files that do.
func canonical(path string) (string, error) {
	p, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	for range 40 { // as many links as a system follows
		fi, err := os.Lstat(p)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			break
		}
		target, err := os.Readlink(p)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(p), target)
		}
		p = filepath.Clean(target)
	}
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r, nil
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(p)); err == nil {
		return filepath.Join(dir, filepath.Base(p)), nil
	}
	return p, nil // in a directory that does not exist: opening it will say so
}

// same reports whether a and b name the same file or directory.
func same(a, b *namedPath) bool {
	if a.info != nil && b.info != nil {
		return os.SameFile(a.info, b.info)
	}
	return a.canon != "" && a.canon == b.canon
}

// within reports whether p lies inside the directory dir (not dir itself).
func within(p, dir *namedPath) bool {
	if p.canon == "" || dir.canon == "" {
		return false
	}
	rel, err := filepath.Rel(dir.canon, p.canon)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// checkPaths refuses, before anything is opened or created, an output that
// is an input or another output: -in F -out F would empty F, -out F
// -rejects F would mix two outputs in one file. For the tables (a
// directory), an output inside the input directory, and an output
// directory that is or holds an input or another output, are refused too.
// An existing -out directory must hold nothing but tables (see
// tablesOutput). Standard input counts as an input when it is a file (the
// shell's < F), and standard output as an output when it is one (> F).
func checkPaths(o *options, stdin io.Reader, stdout io.Writer) error {
	var paths []*namedPath
	add := func(flag, path string, dir, output bool) {
		if path != "" {
			paths = append(paths, &namedPath{flag: flag, path: path, dir: dir, output: output})
		}
	}
	add("-in", o.in, lookup(o.from).dir, false)
	add("-out", o.out, lookup(o.to).dir, true)
	add("-rejects", o.rejects, false, true)
	add("-warnings", o.warnings, false, true)
	for _, p := range paths {
		if err := p.resolve(); err != nil {
			return err
		}
	}
	if f, ok := stdin.(*os.File); ok && o.in == "" {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			paths = append(paths, &namedPath{flag: "standard input", info: fi})
		}
	}
	if f, ok := stdout.(*os.File); ok && o.out == "" {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			paths = append(paths, &namedPath{flag: "standard output", info: fi, output: true})
		}
	}
	for i, a := range paths {
		for _, b := range paths[i+1:] {
			if !a.output && !b.output {
				continue // reading one file twice harms nothing
			}
			switch {
			case same(a, b):
				return fmt.Errorf("%s and %s are the same file (%s): an output is never an input or another output", a.flag, b.flag, name(a, b))
			case a.dir && within(b, a):
				return fmt.Errorf("%s %s is inside the %s directory %s", b.flag, b.path, a.flag, a.path)
			case b.dir && within(a, b):
				return fmt.Errorf("%s %s is inside the %s directory %s", a.flag, a.path, b.flag, b.path)
			}
		}
	}
	for _, p := range paths {
		if !p.output || p.info == nil {
			continue
		}
		switch {
		case p.dir && !p.info.IsDir():
			return fmt.Errorf("%s %s is not a directory", p.flag, p.path)
		case p.dir:
			if err := checkTablesDir(p.canon); err != nil {
				return fmt.Errorf("%s %s: %w", p.flag, p.path, err)
			}
		case p.info.IsDir():
			return fmt.Errorf("%s %s is a directory", p.flag, p.path)
		}
	}
	return nil
}

func name(a, b *namedPath) string {
	if a.path != "" {
		return a.path
	}
	return b.path
}

// errNotTables refuses to replace a directory that holds more than tables.
var errNotTables = errors.New("holds files that are not tables; give a new or empty directory, or one of tables")

// checkTablesDir checks that an existing output directory holds only the
// files the table writers write, so that replacing it as a whole loses
// nothing of the user's.
func checkTablesDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	known := map[string]bool{}
	for _, n := range tableNames() {
		known[n] = true
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !known[e.Name()] {
			return fmt.Errorf("%w (%s)", errNotTables, e.Name())
		}
	}
	return nil
}
