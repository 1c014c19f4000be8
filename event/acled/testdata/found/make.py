"""Makes the transformed fixtures of this directory from its real rows.

Run from this directory: python3 make.py. Neither R, pandas, Stata nor a
spreadsheet program was at hand, so each program's output is produced here
by following its writing rules; FOUND.SOURCE.md says, file by file, which.
The inputs are the verbatim files afghanistan2020_export2019.csv,
africa2016_realtime.csv, somalia2025_current.csv, bangladesh2015_v5.csv and
algeria2001_v5.csv.
"""
import csv
import io

MONTHS = {"January": "Jan", "February": "Feb", "March": "Mar", "April": "Apr", "May": "May",
          "June": "Jun", "July": "Jul", "August": "Aug", "September": "Sep", "October": "Oct",
          "November": "Nov", "December": "Dec"}


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def write(path, rows, crlf=False):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n" if crlf else "\n").writerows(rows)
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write(buf.getvalue())


def r_write_csv():
    """readr::read_csv (empty cells become NA), then utils::write.csv: row
    names first under an empty header, text quoted, numbers and NA not."""
    rows = read("afghanistan2020_export2019.csv")
    header, data = rows[0], rows[1:]
    numeric = {"data_id", "iso", "event_id_no_cnty", "year", "time_precision", "inter1", "inter2",
               "interaction", "latitude", "longitude", "geo_precision", "fatalities", "timestamp"}

    def quote(s):
        return '"' + s.replace('"', '""') + '"'

    lines = [",".join([quote("")] + [quote(h) for h in header])]
    for i, row in enumerate(data, 1):
        cells = [quote(str(i))]
        for name, v in zip(header, row):
            if v == "":
                cells.append("NA")
            elif name in numeric:
                cells.append(v)
            else:
                cells.append(quote(v))
        lines.append(",".join(cells))
    with open("afghanistan2020_r_writecsv.csv", "w", newline="", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def pandas_resave():
    """pandas.read_csv then to_csv: the unnamed column becomes "Unnamed: 0",
    pandas' index is written first under an empty name."""
    rows = read("africa2016_realtime.csv")
    header, data = rows[0], rows[1:]
    out = [[""] + ["Unnamed: 0" if h == "" else h for h in header]]
    out += [[str(i)] + row for i, row in enumerate(data)]
    write("africa2016_pandas_resave.csv", out)


def pandas_tz_and_iso_utc():
    """event_date as pandas writes a UTC date-time column, coordinates as
    floats, the index first; and event_date as an ISO date-time in UTC."""
    rows = read("somalia2025_current.csv")
    header, data = rows[0], rows[1:]
    day, lat, lon = header.index("event_date"), header.index("latitude"), header.index("longitude")
    out = [[""] + header]
    for i, row in enumerate(data):
        row = list(row)
        row[day] += " 00:00:00+00:00"
        row[lat], row[lon] = repr(float(row[lat])), repr(float(row[lon]))
        out.append([str(i)] + row)
    write("somalia2025_pandas_tz.csv", out)
    out = [header]
    for row in data:
        row = list(row)
        row[day] += "T00:00:00Z"
        out.append(row)
    write("somalia2025_iso_utc.csv", out)


def spreadsheet_dates():
    """Dates in the format d-mmm-yyyy, numbers in the General format, CR LF."""
    rows = read("bangladesh2015_v5.csv")
    header, data = rows[0], rows[1:]
    day = header.index("EVENT_DATE")
    out = [header]
    for row in data:
        row = list(row)
        d, m, y = row[day].split("-")
        row[day] = "%d-%s-%s" % (int(d), MONTHS[m], y)
        for name in ("LATITUDE", "LONGITUDE"):
            k = header.index(name)
            row[k] = repr(float(row[k]))
        out.append(row)
    write("bangladesh2015_spreadsheet.csv", out, crlf=True)


def trailing_columns():
    """Seven empty, unnamed columns on every line; CR LF."""
    rows = read("afghanistan2020_export2019.csv")
    write("afghanistan2020_trailing_columns.csv", [row + [""] * 7 for row in rows], crlf=True)


def spaces():
    """No-break and ordinary spaces around numbers."""
    rows = read("algeria2001_v5.csv")
    header, data = rows[0], rows[1:]
    at = {h: i for i, h in enumerate(header)}
    data[0][at["LONGITUDE"]] = "\u00a0" + data[0][at["LONGITUDE"]]
    data[1][at["LATITUDE"]] += "\u202f"
    data[2][at["FATALITIES"]] = "\u2007" + data[2][at["FATALITIES"]]
    data[3][at["INTER1"]] = " " + data[3][at["INTER1"]] + " "
    data[3][at["GEO_PRECISION"]] += "\u00a0"
    write("algeria2001_spaces.csv", [header] + data)


def stata_dots():
    """Stata's missing value in the empty cells of numeric columns."""
    rows = read("africa2016_realtime.csv")
    header, data = rows[0], rows[1:]
    numeric = {"data_id", "event_id_no_cnty", "fatalities", "geo_precision", "gwno", "inter1", "inter2",
               "interaction", "latitude", "longitude", "time_precision", "year"}
    out = [header]
    for row in data:
        out.append(["." if h in numeric and v == "" else v for h, v in zip(header, row)])
    write("africa2016_stata_dots.csv", out)


if __name__ == "__main__":
    r_write_csv()
    pandas_resave()
    pandas_tz_and_iso_utc()
    spreadsheet_dates()
    trailing_columns()
    spaces()
    stata_dots()
