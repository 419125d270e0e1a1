import { ImportError } from "./errors.ts";
import { eachLine, type TextEncoding } from "./text.ts";

/** A quoted field longer than this many lines is taken for a stray quote rather than read to the end of the file. */
const MAX_RECORD_LINES = 100;

/**
 * RFC-4180 records: comma-separated, fields optionally in double quotes (commas, quotes doubled as
 * `""`, and line breaks allowed inside). `fn` gets each record's fields and the line it starts on.
 */
export function eachCsvRecord(
  buf: Buffer,
  encoding: TextEncoding,
  file: string,
  fn: (fields: string[], lineNo: number) => void,
): void {
  let pending: string | null = null;
  let pendingLine = 0;
  eachLine(buf, encoding, (line, lineNo) => {
    const text: string = pending === null ? line : `${pending}\n${line}`;
    const startLine = pending === null ? lineNo : pendingLine;
    const fields = parseCsvLine(text);
    if (fields === null) {
      if (lineNo - startLine >= MAX_RECORD_LINES) throw new ImportError(file, startLine, "", "unterminated quoted field");
      pending = text;
      pendingLine = startLine;
      return;
    }
    pending = null;
    fn(fields, startLine);
  });
  if (pending !== null) throw new ImportError(file, pendingLine, "", "unterminated quoted field");
}

/** Fields of one record, or null when a quoted field is still open at the end (it continues on the next line). */
export function parseCsvLine(line: string): string[] | null {
  if (!line.includes('"')) return line.split(",");
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return null;
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const comma = line.indexOf(",", i);
      // Anything between the closing quote and the comma is kept, as lenient readers do.
      value += line.slice(i, comma < 0 ? line.length : comma);
      fields.push(value);
      if (comma < 0) return fields;
      i = comma + 1;
    } else {
      const comma = line.indexOf(",", i);
      if (comma < 0) {
        fields.push(line.slice(i));
        return fields;
      }
      fields.push(line.slice(i, comma));
      i = comma + 1;
    }
  }
}
