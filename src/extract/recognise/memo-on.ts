// A value made once per object and kept as long as the object lives (tables derived from a Knowledge; the finds of
// a sentence that two recognisers ask for).

/** `build(key)` on the first call with `key`, the same value after. */
export function memoOn<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = build(key)));
    return value;
  };
}

/**
 * `find(text, s, k)` once per sentence (its tokens never change) and knowledge: the finds several recognisers ask
 * for (places jieba cut apart, places read in their slots: organization.ts and place.ts both).
 */
export function memoOnSentence<S extends object, K, V>(find: (text: string, s: S, k: K) => V): (text: string, s: S, k: K) => V {
  const made = new WeakMap<S, { k: K; value: V }>();
  return (text, s, k) => {
    const known = made.get(s);
    if (known !== undefined && known.k === k) return known.value;
    const value = find(text, s, k);
    made.set(s, { k, value });
    return value;
  };
}
