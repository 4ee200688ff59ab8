import { useEffect, useState } from "react";
import type * as Y from "yjs";

type ObservedType = Y.Map<unknown> | Y.Array<unknown>;

/**
 * `read(type)`, re-read into React state whenever anyone changes the Y map or array or anything inside
 * it. `read` should be a stable (module-level) function: a new one re-subscribes. Without a
 * type (no document yet) the value is undefined.
 */
export function useObservedY<T extends ObservedType, R>(type: T, read: (type: T) => R): R;
export function useObservedY<T extends ObservedType, R>(type: T | undefined, read: (type: T) => R): R | undefined;
export function useObservedY<T extends ObservedType, R>(type: T | undefined, read: (type: T) => R): R | undefined {
  const [value, setValue] = useState(() => (type ? read(type) : undefined));
  useEffect(() => {
    if (!type) return;
    const update = () => setValue(read(type));
    update();
    type.observeDeep(update);
    return () => type.unobserveDeep(update);
  }, [type, read]);
  return value;
}
