"""Makes the transformed fixtures of this directory from real rows.

Run from this directory: python3 make.py. Neither R, pandas nor Excel
was at hand, so each program's output is produced here by following its
documented writing rules; FOUND.SOURCE.md says, file by file, which rules.
The inputs are bgd_hdx.csv (verbatim HDX rows) and ../ged19.csv,
../ged20.csv (see ../README.md).
"""
import csv
import datetime
import io
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def write(path, rows, crlf=False, bom=False, quote_all_text=None):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n" if crlf else "\n").writerows(rows)
    text = buf.getvalue()
    with open(path, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as f:
        f.write(text)


def iso_day(s):
    return re.fullmatch(r"\d{4}-\d\d-\d\d", s) is not None


def iso_datetime(s):
    return re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?", s) is not None


def number(s):
    try:
        float(s)
        return True
    except ValueError:
        return False


def guess(values):
    """readr's column guess over the values of a column."""
    vals = [v for v in values if v != ""]
    if not vals:
        return "logical"
    if all(v in ("true", "false", "TRUE", "FALSE", "True", "False") for v in vals):
        return "logical"
    if all(number(v) for v in vals):
        return "double"
    if all(iso_day(v) for v in vals):
        return "date"
    if all(iso_datetime(v) for v in vals):
        return "datetime"
    return "character"


def r_double(s):
    """R's print form of a double (15 significant digits, fixed unless
    the scientific form is shorter)."""
    v = float(s)
    if v == int(v):
        fixed = str(int(v))
        mant, exp = ("%.14e" % v).split("e")
        mant = mant.rstrip("0").rstrip(".")
        sci = "%se%s%02d" % (mant, exp[0], abs(int(exp)))
        return sci if len(sci) < len(fixed) else fixed
    return repr(v)


def readr_double(s):
    """readr's write_csv form of a double: the shortest text that reads
    back, 1e5 style for large round numbers."""
    v = float(s)
    if v == int(v):
        fixed = str(int(v))
        t = fixed.rstrip("0")
        zeros = len(fixed) - len(t)
        return t + "e" + str(zeros) if zeros >= 5 else fixed
    return repr(v)


def r_write_csv(header, rows):
    """d <- readr::read_csv(f); write.csv(d, out): row names, every text
    quoted, NA for missing values."""
    types = [guess([r[i] for r in rows]) for i in range(len(header))]
    lines = ['"",' + ",".join('"%s"' % h for h in header)]
    for n, r in enumerate(rows, 1):
        cells = ['"%d"' % n]
        for v, t in zip(r, types):
            if v == "":
                cells.append("NA")
            elif t == "character":
                cells.append('"' + v.replace('"', '""') + '"')
            elif t == "double":
                cells.append(r_double(v))
            elif t == "logical":
                cells.append(v.upper())
            else:
                cells.append(v)
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def readr_write_csv(header, rows):
    """d <- readr::read_csv(f); readr::write_csv(d, out)."""
    types = [guess([r[i] for r in rows]) for i in range(len(header))]
    out = [header]
    for r in rows:
        cells = []
        for v, t in zip(r, types):
            if v == "":
                cells.append("NA")
            elif t == "double":
                cells.append(readr_double(v))
            elif t == "logical":
                cells.append(v.upper())
            elif t == "datetime":
                cells.append(v[:10] + "T" + v[11:19] + "Z")
            else:
                cells.append(v)
        out.append(cells)
    return out


def pandas_to_csv(header, rows, index, str_cols=()):
    """df = pd.read_csv(f); df[c] = df[c].astype(str) for c in str_cols;
    df.to_csv(out, index=index)."""
    out = [([""] if index else []) + header]
    cols = list(zip(*rows))
    kinds = []
    for i, vals in enumerate(cols):
        present = [v for v in vals if v != ""]
        if present and all(v in ("true", "false") for v in present) and len(present) == len(vals):
            kinds.append("bool")
        elif present and all(re.fullmatch(r"-?\d+", v) for v in present):
            kinds.append("int" if len(present) == len(vals) else "float")
        elif not present:
            kinds.append("float")  # all NaN
        elif all(number(v) for v in present):
            kinds.append("float")
        else:
            kinds.append("object")
    for n, r in enumerate(rows):
        cells = [str(n)] if index else []
        for h, v, k in zip(header, r, kinds):
            if k == "bool":
                v = "True" if v == "true" else "False"
            elif k == "float":
                v = repr(float(v)) if v != "" else ("nan" if h in str_cols else "")
            cells.append(v)
        out.append(cells)
    return out


def excel_date(s, layout):
    d = datetime.date.fromisoformat(s)
    if layout == "long":  # custom format dd-mmmm-yyyy
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1], d.year)
    if layout == "short":  # custom format d-mmm-yyyy
        return "%d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    return "%d/%d/%d" % (d.month, d.day, d.year)  # en-US short date m/d/yyyy


def main():
    bgd = read("bgd_hdx.csv")
    header, hxl, data = bgd[0], bgd[1], bgd[2:]

    g19 = read("../ged19.csv")
    with open("ged19_r.csv", "w", newline="", encoding="utf-8") as f:
        f.write(r_write_csv(g19[0], g19[1:]))
    write("ged19_pandas.csv", pandas_to_csv(g19[0], g19[1:], True, str_cols=("gwnob",)))

    g20 = read("../ged20.csv")
    write("ged20_readr.csv", readr_write_csv(g20[0], g20[1:]))
    write("ged20_pandas.csv", pandas_to_csv(g20[0], g20[1:], False))

    dates = [header.index(c) for c in ("date_start", "date_end", "source_date")]
    for name, layout, rows in (("bgd_excel_long.csv", "long", data), ("bgd_excel_short.csv", "short", data[:8]),
                               ("bgd_excel_us.csv", "us", data[:5])):
        out = [header, hxl]
        for r in rows:
            r = list(r)
            for i in dates:
                r[i] = ";".join(excel_date(p, layout) for p in r[i].split(";")) if r[i] else ""
            out.append(r)
        write(name, out, crlf=True, bom=True)

    lon, best = header.index("longitude"), header.index("best")
    out = [header, hxl]
    for r in data[:6]:
        r = list(r)
        r[lon] = "\u00a0" + r[lon]
        r[best] = r[best] + " "
        out.append(r)
    write("bgd_nbsp.csv", out)

    write("bgd_unnamed.csv", [header + ["", "", ""], hxl + ["", "", ""]] + [r + ["", "", ""] for r in data[:6]], crlf=True)
    write("bgd_noheader.csv", data[:6])


main()
