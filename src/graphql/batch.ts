// A small per-request batcher (the DataLoader idea, written here): keys asked for in the same tick are
// fetched together with one store call, and every key is fetched once per request.

export class Batcher<K, V> {
  private readonly cache = new Map<string, Promise<V>>();
  private pending: { key: K; id: string; resolve: (v: V) => void; reject: (e: unknown) => void }[] = [];

  constructor(
    private readonly fetchMany: (keys: K[]) => Promise<Map<string, V>>,
    private readonly idOf: (key: K) => string,
    private readonly missing: V,
  ) {}

  load(key: K): Promise<V> {
    const id = this.idOf(key);
    let p = this.cache.get(id);
    if (p) return p;
    p = new Promise<V>((resolve, reject) => {
      if (this.pending.length === 0) queueMicrotask(() => void this.dispatch());
      this.pending.push({ key, id, resolve, reject });
    });
    this.cache.set(id, p);
    return p;
  }

  /** A value already in hand (a node that came with an edge): later loads of it cost nothing. */
  prime(key: K, value: V): void {
    const id = this.idOf(key);
    if (!this.cache.has(id)) this.cache.set(id, Promise.resolve(value));
  }

  private async dispatch(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const got = await this.fetchMany(batch.map((b) => b.key));
      for (const b of batch) b.resolve(got.get(b.id) ?? this.missing);
    } catch (err) {
      for (const b of batch) b.reject(err);
    }
  }
}
