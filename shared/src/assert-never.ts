/** For the default branch of an exhaustive switch: a new case is a compile error, not a silent skip. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}
