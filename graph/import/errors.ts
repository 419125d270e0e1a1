/** A bad source row: names the file (relative to the import's source directory), the 1-based line and the field. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}${line > 0 ? `:${line}` : ""}${field ? `: field ${field}` : ""}: ${reason}`);
  }
}
