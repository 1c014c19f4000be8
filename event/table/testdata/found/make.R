# Makes the R fixtures of this directory: each table of <set>/original
# read by utils::read.csv, with every empty cell read as NA, and written
# by utils::write.csv, into <set>/r. Run from this directory with
# Rscript make.R (make.sh runs it); FOUND.SOURCE.md says what it changes.
for (set in c("seed", "spellings")) {
  src <- file.path(set, "original")
  out <- file.path(set, "r")
  dir.create(out, showWarnings = FALSE)
  for (f in sort(list.files(src, pattern = "\\.csv$"))) {
    d <- read.csv(file.path(src, f), na.strings = c("", "NA"), check.names = FALSE,
                  stringsAsFactors = FALSE, fileEncoding = "UTF-8", encoding = "UTF-8")
    write.csv(d, file.path(out, f), fileEncoding = "UTF-8")
  }
}
