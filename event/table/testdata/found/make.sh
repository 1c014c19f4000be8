#!/bin/sh
# Remakes every fixture of this directory; run it from here. It needs Go,
# R (Rscript) and Python with pandas; FOUND.SOURCE.md names the versions
# that made the committed files.
set -e
go run make_original.go
Rscript make.R
${PYTHON:-python3} make.py
