// A value made once per object and kept as long as the object lives (tables derived from a Knowledge).

/** `build(key)` on the first call with `key`, the same value after. */
export function memoOn<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = build(key)));
    return value;
  };
}
