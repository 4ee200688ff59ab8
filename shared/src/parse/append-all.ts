/** `target.push(...items)` without the argument limit that a list of 100 000 lines would hit. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
