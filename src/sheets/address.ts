/**
 * A1 addresses. Rows and columns are 0-based in code and 1-based / lettered in A1 text.
 * @example a1(0, 27) // "AB1"
 */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/**
 * Column letters of a 0-based column index.
 * @example columnLetter(29) // "AD"
 */
export function columnLetter(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * 0-based row and column of an A1 address (absolute markers ignored).
 * @example parseA1("$C$12") // [11,2]
 */
export function parseA1(address: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not an A1 cell address: ${address}`);
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, column - 1];
}

/**
 * A rectangle's A1 text.
 * @example rangeA1(2, 1, 4, 3) // "B3:D5"
 */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const start = a1(top, left);
  const end = a1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

/**
 * Absolute form of a cell or range address.
 * @example absolute("A19:B34") // "$A$19:$B$34"
 */
export function absolute(address: string): string {
  return address
    .split(":")
    .map((cell) => {
      const [row, column] = parseA1(cell);
      return `$${columnLetter(column)}$${row + 1}`;
    })
    .join(":");
}

/**
 * Every cell of a cell or range address ("$" allowed), row by row.
 * @example cellsIn("A1:B2") // ["A1","B1","A2","B2"]
 */
export function cellsIn(ref: string): string[] {
  const [from, to = from] = ref.replace(/\$/g, "").split(":");
  const [r0, c0] = parseA1(from);
  const [r1, c1] = parseA1(to);
  const out: string[] = [];
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.push(a1(r, c));
  return out;
}
