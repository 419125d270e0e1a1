import { ImportError } from "./errors.ts";
import type { SourceDir } from "./source.ts";
import { detectEncoding, eachLine } from "./text.ts";

/**
 * Tab-separated file with a header row: `fn` gets each data row as an object keyed by the header
 * names, and its line number. A row with fewer fields than the header fails the import.
 */
export function eachTsvRow(
  src: SourceDir,
  rel: string,
  expectHeader: readonly string[],
  fn: (row: Record<string, string>, lineNo: number) => void,
): void {
  const buf = src.read(rel);
  let header: string[] = [];
  eachLine(buf, detectEncoding(buf), (line, lineNo) => {
    const fields = line.split("\t");
    if (lineNo === 1) {
      header = fields;
      const missing = expectHeader.filter((h) => !header.includes(h));
      if (missing.length) throw new ImportError(rel, 1, missing[0], `header lacks column "${missing[0]}"`);
      return;
    }
    if (line === "") return;
    if (fields.length < header.length) {
      throw new ImportError(rel, lineNo, header[fields.length], `expected ${header.length} tab-separated fields, found ${fields.length}`);
    }
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = fields[i]));
    fn(row, lineNo);
  });
}
