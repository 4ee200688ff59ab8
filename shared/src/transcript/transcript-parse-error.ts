/** A transcript file that cannot be read: the 1-based line at fault and what was expected there. */
export class TranscriptParseError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = "TranscriptParseError";
  }
}
