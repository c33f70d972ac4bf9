"""Opens a Touchpoint XLSX export with openpyxl (an independent reader) and checks it:
the four sheets in order, a header row, the expected number of attempts, frozen
panes, an autofilter and the print setup (A4 landscape, one page wide, the header row
repeated, a page header) on every sheet, numbers as numbers, dates as dates, yes/no as 1/0 shown
as words, and one Summary row per trainee and cohort.

    python3 tests/xlsx_check.py FILE.xlsx ATTEMPTS
"""
import datetime
import sys

import openpyxl

path, attempts = sys.argv[1], int(sys.argv[2])
wb = openpyxl.load_workbook(path)
names = wb.sheetnames
assert len(names) == 4, names
summary, att, comps, techniques = wb.worksheets
assert att.max_row == attempts + 1, (att.max_row, attempts)
for ws in wb.worksheets:
    assert ws.freeze_panes, f"{ws.title}: no frozen panes"
    assert ws.auto_filter.ref, f"{ws.title}: no autofilter"
    assert all(c.value for c in ws[1]), f"{ws.title}: an empty header"
    # Print setup: A4 landscape, one page wide, the header row on every page.
    assert ws.page_setup.orientation == "landscape", f"{ws.title}: {ws.page_setup.orientation}"
    assert str(ws.page_setup.paperSize) == "9", f"{ws.title}: paper {ws.page_setup.paperSize}"
    assert ws.sheet_properties.pageSetUpPr.fitToPage, f"{ws.title}: not fitted to the page"
    assert ws.page_setup.fitToWidth in (None, 1, "1"), f"{ws.title}: {ws.page_setup.fitToWidth}"
    assert str(ws.page_setup.fitToHeight) == "0", f"{ws.title}: {ws.page_setup.fitToHeight}"
    assert ws.print_title_rows in ("1:1", "$1:$1"), f"{ws.title}: {ws.print_title_rows}"
    assert ws.oddHeader.left.text, f"{ws.title}: no page header"
row = [c.value for c in att[2]]
assert isinstance(row[9], datetime.datetime), row[9]
assert isinstance(row[12], (int, float)) and 0 <= row[12] <= 100, row[12]
# Yes/no columns are the numbers 1 and 0 shown as yes/no in the workbook's language
# (the same on every sheet, so LibreOffice prints them alike).
assert row[13] in (0, 1) and not isinstance(row[13], bool), row[13]
fmt = att.cell(row=2, column=14).number_format
assert fmt.count(";") == 2 and fmt.startswith('"'), fmt
# Summary: one row per trainee and cohort.
trainees = {r[0] for r in summary.iter_rows(min_row=2, values_only=True)}
rows = {(r[0], r[2]) for r in summary.iter_rows(min_row=2, values_only=True)}
assert len(rows) == summary.max_row - 1
assert sum(r[3] for r in summary.iter_rows(min_row=2, values_only=True)) == attempts
print(f"{path}: openpyxl reads {', '.join(names)}; {attempts} attempts, {len(trainees)} trainees, "
      f"{techniques.max_row - 1} broken techniques")
