import { isUtf8 } from "node:buffer";

export type TextEncoding = "utf8" | "latin1";

/** UTF-8 when the bytes are valid UTF-8, else Latin-1 (older GroupLens and hetrec files). */
export function detectEncoding(buf: Buffer): TextEncoding {
  return isUtf8(buf) ? "utf8" : "latin1";
}

const CHUNK = 1 << 22;

/**
 * Calls `fn` for every line of `buf` with its 1-based number; CR before LF and a UTF-8 BOM are
 * dropped, a trailing empty line is not reported. Decodes in chunks cut at line ends, so files
 * larger than the biggest JavaScript string (ml-10m, ml-25m) still stream through.
 */
export function eachLine(buf: Buffer, encoding: TextEncoding, fn: (line: string, lineNo: number) => void): void {
  let start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  let lineNo = 0;
  while (start < buf.length) {
    let end = Math.min(start + CHUNK, buf.length);
    if (end < buf.length) {
      const nl = buf.indexOf(0x0a, end);
      end = nl < 0 ? buf.length : nl + 1;
    }
    const lines = buf.toString(encoding, start, end).split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    for (const raw of lines) {
      const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
      fn(line, ++lineNo);
    }
    start = end;
  }
}

/** The 1-based line holding the first byte that is not valid UTF-8, or 0 when `buf` is valid UTF-8. */
export function firstNonUtf8Line(buf: Buffer): number {
  if (isUtf8(buf)) return 0;
  let line = 1;
  for (let start = 0; start < buf.length; line++) {
    const nl = buf.indexOf(0x0a, start);
    const end = nl < 0 ? buf.length : nl;
    if (!isUtf8(buf.subarray(start, end))) return line;
    start = end + 1;
  }
  return line;
}
