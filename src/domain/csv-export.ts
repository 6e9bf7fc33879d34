/** CSV that Finnish Excel opens as it is: semicolons, UTF-8 with BOM, CRLF, RFC 4180 quoting. */
export function toExcelCsv(rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => {
    // A leading = + - @ would make Excel run the cell as a formula, also after spaces.
    const safe = /^[\s]*[=+\-@]|^[\t\r]/.test(value) ? `'${value}` : value;
    return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
