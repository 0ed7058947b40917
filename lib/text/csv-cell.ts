// A spreadsheet runs a cell that starts like a formula. Excel, LibreOffice and Google Sheets skip
// leading blanks and line breaks before deciding, so the guard looks past them too: papaparse's
// own `escapeFormulae` tests only the first character of the first line, and "\n=HYPERLINK(…)"
// or "=HYPERLINK(…)" followed by U+2028 went out live (issue 14).

// Leading whitespace of any kind (\s covers tab, CR, LF, U+2028/U+2029, NBSP), then a formula
// character; the full-width forms are read as the ASCII ones by Sheets and by Excel in CJK
// locales. A cell that starts with a tab or CR is guarded whatever follows (OWASP's rule).
const LIVE = /^(?:[\t\r]|[\s\u0085\u180E\u200B\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** The cell as written: a leading `'` when a spreadsheet could read it as a formula. */
export function guardCell<T>(value: T): T | string {
  return typeof value === 'string' && LIVE.test(value) ? `'${value}` : value;
}
