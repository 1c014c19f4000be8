"""Makes the pandas, Stata and spreadsheet fixtures of this directory.

Run from this directory (make.sh runs it after make_original.go and
make.R). For each set (seed, spellings) it reads the tables of
<set>/original and writes:

  <set>/pandas        pandas.read_csv, then DataFrame.to_csv, both with
                      their defaults;
  <set>/pandas_twice  <set>/pandas read again by pandas.read_csv and
                      written by to_csv(na_rep="nan");
  <set>/stata         Stata's export rules, applied here (no Stata at hand);
  <set>/excel_utf8    a spreadsheet's "CSV UTF-8" save, applied here;
  <set>/excel_1252    a spreadsheet's Windows "CSV" save of the event
                      tables, applied here.

The pandas sets need pandas (1.5.3, from Debian's python3-pandas, made
them); FOUND.SOURCE.md says exactly what each rule does.
"""
import csv
import io
import os
import re

import pandas as pd

SETS = ("seed", "spellings")
EVENT_TABLES = ("events.csv", "paths.csv", "participants.csv", "casualties.csv", "citations.csv",
                "via.csv", "claims.csv", "about.csv", "relations.csv", "ext.csv")
NUMBER = re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


def tables(src):
    return sorted(f for f in os.listdir(src) if f.endswith(".csv"))


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def write(path, rows, lineterminator, encoding):
    buf = io.StringIO()
    csv.writer(buf, lineterminator=lineterminator).writerows(rows)
    with open(path, "w", newline="", encoding=encoding) as f:
        f.write(buf.getvalue())


def pandas_sets(set_):
    src, once, twice = (os.path.join(set_, d) for d in ("original", "pandas", "pandas_twice"))
    for d in (once, twice):
        os.makedirs(d, exist_ok=True)
    for name in tables(src):
        pd.read_csv(os.path.join(src, name)).to_csv(os.path.join(once, name))
        pd.read_csv(os.path.join(once, name)).to_csv(os.path.join(twice, name), na_rep="nan")


def stata(set_):
    """import delimited, then export delimited: a column whose cells are all
    numbers or empty, the columns with no value at all included, is numeric,
    and its empty cells are written as Stata's missing value "."; other cells
    as read, quoted only where needed; LF line ends."""
    src, out = os.path.join(set_, "original"), os.path.join(set_, "stata")
    os.makedirs(out, exist_ok=True)
    for name in tables(src):
        rows = read(os.path.join(src, name))
        header, data = rows[0], rows[1:]
        numeric = [all(r[i] == "" or NUMBER.match(r[i]) for r in data) for i in range(len(header))]
        data = [["." if numeric[i] and v == "" else v for i, v in enumerate(r)] for r in data]
        write(os.path.join(out, name), [header] + data, "\n", "utf-8")


def excel(set_):
    """Opened with every column's type set to Text, so that no date or number
    is rewritten, and saved as "CSV UTF-8 (Comma delimited)": a byte-order
    mark, CR LF line ends, quotes only around cells holding a comma, a quote
    or a line break. Saved as "CSV (Comma delimited)" on Windows: the same in
    Windows-1252 without a byte-order mark, for the event tables only (the
    dataset tables hold Arabic and Cyrillic names, which Windows-1252
    cannot)."""
    src = os.path.join(set_, "original")
    for d, encoding, names in (("excel_utf8", "utf-8-sig", tables(src)), ("excel_1252", "cp1252", EVENT_TABLES)):
        out = os.path.join(set_, d)
        os.makedirs(out, exist_ok=True)
        for name in names:
            write(os.path.join(out, name), read(os.path.join(src, name)), "\r\n", encoding)


if __name__ == "__main__":
    for s in SETS:
        pandas_sets(s)
        stata(s)
        excel(s)
