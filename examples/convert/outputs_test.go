package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event/table"
)

// asCommand is set in the environment of a test's subprocess: the test
// binary then runs the command's main instead of the tests.
const asCommand = "CONVERT_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asCommand) == "1" {
		main() // exits
	}
	os.Exit(m.Run())
}

// TestOutputsAreNeverInputs checks that an output that is an input or
// another output is refused before anything is touched: every file keeps
// its content and no other file appears.
func TestOutputsAreNeverInputs(t *testing.T) {
	_, ar := acledLines(t, 3)
	ah, _ := acledLines(t, 0)
	acledFile := crlf(ah, ar[0], ar[1])
	nd := lf(ndjsonLines(t)...)

	tests := []struct {
		name  string
		setup func(t *testing.T, dir string) []string // makes files in dir, returns the arguments
		msg   string
	}{
		{
			name: "-in F -out F",
			setup: func(t *testing.T, dir string) []string {
				return []string{"-from", "acled", "-to", "acled", "-in", "F.csv", "-out", "F.csv"}
			},
			msg: "convert: -in and -out are the same file (F.csv): an output is never an input or another output",
		},
		{
			name: "-out F -rejects F",
			setup: func(t *testing.T, dir string) []string {
				return []string{"-from", "acled", "-to", "ndjson", "-in", "F.csv", "-out", "out.ndjson", "-lenient", "-rejects", "out.ndjson"}
			},
			msg: "convert: -out and -rejects are the same file (out.ndjson): an output is never an input or another output",
		},
		{
			name: "-rejects F -warnings F, neither there yet",
			setup: func(t *testing.T, dir string) []string {
				return []string{"-from", "acled", "-to", "ndjson", "-in", "F.csv", "-lenient", "-rejects", "x", "-warnings", "./sub/../x"}
			},
			msg: "convert: -rejects and -warnings are the same file (x): an output is never an input or another output",
		},
		{
			name: "-out a symbolic link to the input",
			setup: func(t *testing.T, dir string) []string {
				require.NoError(t, os.Symlink("F.csv", filepath.Join(dir, "link.csv")))
				return []string{"-from", "acled", "-to", "acled", "-in", "F.csv", "-out", "link.csv"}
			},
			msg: "convert: -in and -out are the same file (F.csv): an output is never an input or another output",
		},
		{
			name: "-out a hard link to the input",
			setup: func(t *testing.T, dir string) []string {
				require.NoError(t, os.Link(filepath.Join(dir, "F.csv"), filepath.Join(dir, "hard.csv")))
				return []string{"-from", "acled", "-to", "acled", "-in", "hard.csv", "-out", "F.csv"}
			},
			msg: "convert: -in and -out are the same file (hard.csv): an output is never an input or another output",
		},
		{
			name: "-out a link to a file not there yet, -warnings that file",
			setup: func(t *testing.T, dir string) []string {
				require.NoError(t, os.Symlink("w.ndjson", filepath.Join(dir, "dangling")))
				return []string{"-from", "acled", "-to", "ndjson", "-in", "F.csv", "-out", "dangling", "-warnings", "w.ndjson"}
			},
			msg: "convert: -out and -warnings are the same file (dangling): an output is never an input or another output",
		},
		{
			name: "-out in a directory reached through a link",
			setup: func(t *testing.T, dir string) []string {
				require.NoError(t, os.Symlink(".", filepath.Join(dir, "here")))
				return []string{"-from", "acled", "-to", "acled", "-in", "F.csv", "-out", "here/F.csv"}
			},
			msg: "convert: -in and -out are the same file (F.csv): an output is never an input or another output",
		},
		{
			name: "an output file inside the input directory of tables",
			setup: func(t *testing.T, dir string) []string {
				r := runConvert(t, nd, "-from", "ndjson", "-to", "csv", "-out", filepath.Join(dir, "tables"))
				require.Equal(t, exitOK, r.status, r.stderr)
				return []string{"-from", "csv", "-in", "tables", "-to", "ndjson", "-out", "tables/events.ndjson"}
			},
			msg: "convert: -out tables/events.ndjson is inside the -in directory tables",
		},
		{
			name: "an output directory that holds the input",
			setup: func(t *testing.T, dir string) []string {
				require.NoError(t, os.Mkdir(filepath.Join(dir, "tables"), 0o777))
				require.NoError(t, os.WriteFile(filepath.Join(dir, "tables", "events.csv"), []byte(acledFile), 0o666))
				return []string{"-from", "acled", "-in", "tables/events.csv", "-to", "csv", "-out", "tables"}
			},
			msg: "convert: -in tables/events.csv is inside the -out directory tables",
		},
		{
			name: "an output directory that is the input directory",
			setup: func(t *testing.T, dir string) []string {
				r := runConvert(t, nd, "-from", "ndjson", "-to", "csv", "-out", filepath.Join(dir, "tables"))
				require.Equal(t, exitOK, r.status, r.stderr)
				return []string{"-from", "csv", "-in", "tables", "-to", "csv", "-out", "tables/"}
			},
			msg: "convert: -in and -out are the same file (tables): an output is never an input or another output",
		},
		{
			name: "-rejects inside the output directory",
			setup: func(t *testing.T, dir string) []string {
				return []string{"-from", "acled", "-in", "F.csv", "-to", "csv", "-out", "tables", "-lenient", "-rejects", "tables/rejects.csv"}
			},
			msg: "convert: -rejects tables/rejects.csv is inside the -out directory tables",
		},
		{
			name: "an output directory holding other files",
			setup: func(t *testing.T, dir string) []string {
				require.NoError(t, os.Mkdir(filepath.Join(dir, "tables"), 0o777))
				require.NoError(t, os.WriteFile(filepath.Join(dir, "tables", "notes.txt"), []byte("mine"), 0o666))
				return []string{"-from", "acled", "-in", "F.csv", "-to", "csv", "-out", "tables"}
			},
			msg: "convert: -out tables: " + errNotTables.Error() + " (notes.txt)",
		},
		{
			name: "an output directory that is a file",
			setup: func(t *testing.T, dir string) []string {
				require.NoError(t, os.WriteFile(filepath.Join(dir, "G.csv"), []byte(acledFile), 0o666))
				return []string{"-from", "acled", "-in", "F.csv", "-to", "csv", "-out", "G.csv"}
			},
			msg: "convert: -out G.csv is not a directory",
		},
		{
			name: "an output file that is a directory",
			setup: func(t *testing.T, dir string) []string {
				require.NoError(t, os.Mkdir(filepath.Join(dir, "d"), 0o777))
				return []string{"-from", "acled", "-in", "F.csv", "-to", "ndjson", "-out", "d"}
			},
			msg: "convert: -out d is a directory",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			require.NoError(t, os.WriteFile("F.csv", []byte(acledFile), 0o666))
			args := tc.setup(t, dir)
			before := snapshot(t, dir)
			r := runConvert(t, "", args...)
			assert.Equal(t, exitUsage, r.status)
			assert.Equal(t, tc.msg, stderrLine(r.stderr, "convert: "))
			assert.Equal(t, "read 0, wrote 0, rejected 0, warnings 0, lost 0", summaryLine(r.stderr))
			assert.Equal(t, before, snapshot(t, dir), "nothing touched")
		})
	}
}

// TestStandardInputIsAnInput checks that the shell's "< F" counts: F is
// then an input, and -out F is refused.
func TestStandardInputIsAnInput(t *testing.T) {
	dir := t.TempDir()
	ah, ar := acledLines(t, 2)
	path := filepath.Join(dir, "F.csv")
	require.NoError(t, os.WriteFile(path, []byte(crlf(ah, ar[0], ar[1])), 0o666))
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out, errOut bytes.Buffer
	status := run(context.Background(), []string{"-from", "acled", "-to", "acled", "-out", path}, f, &out, &errOut)
	assert.Equal(t, exitUsage, status)
	assert.Equal(t, "convert: -out and standard input are the same file ("+path+"): an output is never an input or another output",
		stderrLine(errOut.String(), "convert: "))
	assert.Equal(t, crlf(ah, ar[0], ar[1]), readFile(t, path))
}

// snapshot returns every file under dir with its content ("" for a
// directory), to tell whether a run touched any.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	require.NoError(t, filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		require.NoError(t, err)
		rel, _ := filepath.Rel(dir, path)
		switch {
		case d.Type()&os.ModeSymlink != 0:
			target, err := os.Readlink(path)
			require.NoError(t, err)
			files[rel] = "-> " + target
		case d.IsDir():
			files[rel] = ""
		default:
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			files[rel] = string(b)
		}
		return nil
	}))
	return files
}

// TestOutputsReplacedOnlyOnSuccess checks what each ending leaves in the
// outputs' places: the whole output on success (with an existing file's
// permissions), the previous content when a record stops the conversion
// (but the -rejects and -warnings files, which say why), and no temporary
// file in any case.
func TestOutputsReplacedOnlyOnSuccess(t *testing.T) {
	ah, ar := acledLines(t, 3)
	bad := replaceOnce(t, ar[1], ",9-May-20,", ",9-May-0025,")
	in := crlf(ah, ar[0], bad, ar[2])
	good := toNDJSON(t, "acled", crlf(ah, ar[0], ar[2]))

	tests := []struct {
		name     string
		args     []string
		status   int
		msg      string
		out      string // -out afterwards
		rejects  string // "": not asked for
		warnings bool   // the -warnings file is written (empty: the rows have no warnings)
	}{
		{
			name: "success replaces the output", args: []string{"-lenient", "-rejects", "rejects.csv"},
			status: exitOK, out: good, rejects: crlf(ah, bad),
		},
		{
			name: "a strict stop leaves the output as it was, and writes the warnings", args: []string{"-warnings", "w.ndjson"},
			status: exitRejected, msg: "convert: removed partial output out.ndjson", out: "previous\n", warnings: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			require.NoError(t, os.WriteFile("out.ndjson", []byte("previous\n"), 0o640))
			r := runConvert(t, in, append([]string{"-from", "acled", "-to", "ndjson", "-out", "out.ndjson"}, tc.args...)...)
			assert.Equal(t, tc.status, r.status, r.stderr)
			if tc.msg != "" {
				assert.Equal(t, tc.msg, stderrLine(r.stderr, tc.msg))
			}
			assert.Equal(t, tc.out, readFile(t, "out.ndjson"))
			fi, err := os.Stat("out.ndjson")
			require.NoError(t, err)
			assert.Equal(t, os.FileMode(0o640), fi.Mode().Perm(), "the file's permissions are kept")
			if tc.rejects != "" {
				assert.Equal(t, tc.rejects, readFile(t, "rejects.csv"))
			}
			if tc.warnings {
				assert.Equal(t, "", readFile(t, "w.ndjson"))
			}
			for _, name := range dirFiles(t, ".") {
				assert.NotContains(t, name, ".convert-", "no temporary file is left")
			}
		})
	}
}

// TestFailOnLoss checks that the first loss stops the conversion: the
// Dataset's actor records have no place in NDJSON.
func TestFailOnLoss(t *testing.T) {
	doc := readFile(t, "testdata/idlib2019.json")
	t.Chdir(t.TempDir())
	r := runConvert(t, doc, "-from", "json", "-to", "ndjson", "-out", "out.ndjson", "-warnings", "w.ndjson", "-fail-on-loss")
	assert.Equal(t, exitRejected, r.status, r.stderr)
	assert.Equal(t, "convert: stopped at the first loss (-fail-on-loss)", stderrLine(r.stderr, "convert: stopped"))
	assert.Equal(t, "read 0, wrote 0, rejected 0, warnings 0, lost 1", summaryLine(r.stderr))
	assert.NoFileExists(t, "out.ndjson")
	assert.Equal(t, `{"stage":"write","path":"actors[0]","code":"not written: the format has no place for it","severity":"warning",`+
		`"message":"actor centcom: -to ndjson has no place for the dataset's actor records"}`+"\n", readFile(t, "w.ndjson"))
}

// TestFullDisk writes to /dev/full, which fails every write with ENOSPC:
// as -out (written directly, a device cannot be renamed onto) and as
// -rejects, whose failure takes back the -out file too.
func TestFullDisk(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full on", runtime.GOOS)
	}
	ah, ar := acledLines(t, 3)
	bad := replaceOnce(t, ar[1], ",9-May-20,", ",9-May-0025,")
	in := crlf(ah, ar[0], bad, ar[2])
	tests := []struct {
		name string
		args []string
		msg  []string
	}{
		{
			name: "-out /dev/full",
			args: []string{"-out", "/dev/full", "-lenient"},
			msg:  []string{"convert: write /dev/full: no space left on device"},
		},
		{
			name: "-rejects /dev/full",
			args: []string{"-out", "out.ndjson", "-warnings", "w.ndjson", "-lenient", "-rejects", "/dev/full"},
			msg:  []string{"convert: write /dev/full: no space left on device", "convert: removed partial output w.ndjson, out.ndjson"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			r := runConvert(t, in, append([]string{"-from", "acled", "-to", "ndjson"}, tc.args...)...)
			assert.Equal(t, exitUsage, r.status, r.stderr)
			for _, m := range tc.msg {
				assert.Equal(t, m, stderrLine(r.stderr, m))
			}
			assert.Empty(t, dirFiles(t, "."), "no output, no temporary file")
		})
	}
}

// TestTablesDirectoryReplaced checks that -out DIR of tables replaces an
// earlier run's tables as a whole: a Dataset's tables (dataset.csv and the
// record tables) do not stay beside a stream of events, where they would
// make the directory read as the old Dataset.
func TestTablesDirectoryReplaced(t *testing.T) {
	doc := readFile(t, "testdata/idlib2019.json")
	ah, ar := acledLines(t, 2)
	t.Chdir(t.TempDir())
	first := runConvert(t, doc, "-from", "json", "-to", "csv", "-out", "tables")
	require.Equal(t, exitOK, first.status, first.stderr)
	require.FileExists(t, "tables/dataset.csv")

	second := runConvert(t, crlf(ah, ar[0], ar[1]), "-from", "acled", "-to", "csv", "-out", "tables")
	require.Equal(t, exitOK, second.status, second.stderr)
	assert.ElementsMatch(t, table.EventTables(), dirFiles(t, "tables"), "only the new run's tables")
	assert.Equal(t, []string{"tables"}, dirFiles(t, "."), "no temporary directory left")

	back := runConvert(t, "", "-from", "csv", "-in", "tables", "-to", "ndjson")
	require.Equal(t, exitOK, back.status, back.stderr)
	assert.Equal(t, toNDJSON(t, "acled", crlf(ah, ar[0], ar[1])), back.stdout)

	bad := replaceOnce(t, ar[1], ",9-May-20,", ",9-May-0025,")
	failed := runConvert(t, crlf(ah, ar[0], bad), "-from", "acled", "-to", "csv", "-out", "tables")
	assert.Equal(t, exitRejected, failed.status)
	assert.Equal(t, "convert: removed partial output tables", stderrLine(failed.stderr, "convert: removed"))
	again := runConvert(t, "", "-from", "csv", "-in", "tables", "-to", "ndjson")
	assert.Equal(t, back.stdout, again.stdout, "a failed run leaves the tables as they were")
}

// TestInterrupt runs the command as a process of its own, reading an
// input that stalls (as a slow download does) or never ends, and sends it
// SIGINT or SIGTERM: it must exit 130 or 143, say that it removed the
// partial output, and leave no file behind. For the stalled input the
// signal comes once the command has said a warning about the first record
// (UCDP 306667, whose best is above its high): it is then waiting for
// input that does not come.
func TestInterrupt(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT to send on windows")
	}
	uh, ur := ucdpLines(t)
	first := slices.IndexFunc(ur, func(r string) bool { return strings.HasPrefix(r, "306667,") })
	require.GreaterOrEqual(t, first, 0)
	tests := []struct {
		name    string
		sig     syscall.Signal
		status  int
		endless bool // the sample over and over (-lenient: the repeats are rejected)
	}{
		{name: "SIGINT while the input stalls", sig: syscall.SIGINT, status: exitInterrupted},
		{name: "SIGTERM while the input stalls", sig: syscall.SIGTERM, status: exitTerminated},
		{name: "SIGINT during an endless input", sig: syscall.SIGINT, status: exitInterrupted, endless: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out.ndjson")
			args := []string{"-from", "ucdp", "-to", "ndjson", "-out", out}
			if tc.endless {
				args = append(args, "-lenient")
			}
			cmd := exec.Command(os.Args[0], args...)
			cmd.Env = append(os.Environ(), asCommand+"=1")
			stdin, err := cmd.StdinPipe()
			require.NoError(t, err)
			stderrPipe, err := cmd.StderrPipe()
			require.NoError(t, err)
			require.NoError(t, cmd.Start())

			warned := make(chan struct{})
			var stderr strings.Builder
			readDone := make(chan struct{})
			go func() { // collect standard error, noting the first warning
				defer close(readDone)
				sc := bufio.NewScanner(stderrPipe)
				once := false
				for sc.Scan() {
					stderr.WriteString(sc.Text() + "\n")
					if !once && strings.HasPrefix(sc.Text(), "convert: warning at line 2, record 1,") {
						once = true
						close(warned)
					}
				}
			}()
			feeding := make(chan struct{})
			go func() {
				defer close(feeding)
				if _, err := io.WriteString(stdin, lf(uh, ur[first])); err != nil || !tc.endless {
					return // the input stalls: the pipe stays open, with nothing more
				}
				for {
					if _, err := io.WriteString(stdin, lf(ur...)); err != nil {
						return // the command has gone
					}
				}
			}()
			if tc.endless {
				// Wait until some of the output has reached its file.
				require.Eventually(t, func() bool {
					m, _ := filepath.Glob(filepath.Join(dir, ".out.ndjson.convert-*.tmp"))
					if len(m) != 1 {
						return false
					}
					fi, err := os.Stat(m[0])
					return err == nil && fi.Size() > 0
				}, 30*time.Second, time.Millisecond)
			} else {
				select {
				case <-warned:
				case <-time.After(30 * time.Second):
					t.Fatal("no warning about the first record")
				}
			}
			require.NoError(t, cmd.Process.Signal(tc.sig))
			<-readDone
			err = cmd.Wait()
			stdin.Close()
			<-feeding
			var exit *exec.ExitError
			require.ErrorAs(t, err, &exit)
			assert.Equal(t, tc.status, exit.ExitCode(), stderr.String())
			assert.Equal(t, "convert: interrupted; removed partial output "+out, stderrLine(stderr.String(), "convert: interrupted"))
			if !tc.endless {
				assert.Equal(t, "read 1, wrote 1, rejected 0, warnings 1, lost 0", summaryLine(stderr.String()))
			}
			assert.Empty(t, dirFiles(t, dir), "no output, no temporary file")
		})
	}
}

// TestStandardOutputIsNotTakenBack checks that a conversion stopped after
// writing to standard output says that what went there is incomplete, and
// that one stopped before writing anything there says nothing of it.
func TestStandardOutputIsNotTakenBack(t *testing.T) {
	ah, ar := acledLines(t, 2)
	bad := func(row string) string { return replaceOnce(t, row, ",9-May-20,", ",9-May-0025,") }
	const msg = "convert: what went to standard output is incomplete"
	tests := []struct {
		name, in, stdout, stderr string
	}{
		{name: "stopped at the second record", in: crlf(ah, ar[0], bad(ar[1])), stdout: toNDJSON(t, "acled", crlf(ah, ar[0])), stderr: msg},
		{name: "not in the format: nothing written", in: crlf("x"), stdout: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runConvert(t, tc.in, "-from", "acled", "-to", "ndjson")
			assert.NotEqual(t, exitOK, r.status)
			assert.Equal(t, tc.stdout, r.stdout)
			assert.Equal(t, tc.stderr, stderrLine(r.stderr, msg))
		})
	}
}

// TestCancelWhileReading cancels an in-process run, as a signal does,
// while its input has stalled: the read returns at once, the partial
// output is removed, and the status is the signal's.
func TestCancelWhileReading(t *testing.T) {
	uh, ur := ucdpLines(t)
	tests := []struct {
		name   string
		sig    os.Signal
		status int
	}{
		{name: "SIGINT", sig: os.Interrupt, status: exitInterrupted},
		{name: "SIGTERM", sig: syscall.SIGTERM, status: exitTerminated},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out.ndjson")
			ctx, cancel := context.WithCancelCause(context.Background())
			pr, pw := io.Pipe()
			var stderr bytes.Buffer
			done := make(chan int)
			go func() {
				done <- run(ctx, []string{"-from", "ucdp", "-to", "ndjson", "-out", out}, pr, io.Discard, &stderr)
			}()
			// A write to a pipe returns once all of it has been read.
			_, err := io.WriteString(pw, lf(uh, ur[0]))
			require.NoError(t, err)
			cancel(signalled{tc.sig})
			status := <-done
			pw.Close()
			assert.Equal(t, tc.status, status)
			assert.Equal(t, "convert: interrupted; removed partial output "+out, stderrLine(stderr.String(), "convert: interrupted"))
			assert.Empty(t, dirFiles(t, dir), "no output, no temporary file")
		})
	}
}
