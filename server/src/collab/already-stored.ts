/** Origin of changes that are already stored (read back, or relayed by another instance): broadcast, never stored again. */
export const ALREADY_STORED = Symbol("already-stored");
