// A neo4j-driver Driver that counts every statement sent through it (driver.executeQuery, session.run and tx.run
// inside executeRead/executeWrite), independently of the store's own bookkeeping.
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

type Fn = (...args: unknown[]) => unknown;

function wrap<T extends object>(target: T, hooks: Record<string, (orig: Fn) => Fn>): T {
  return new Proxy(target, {
    get(t, key) {
      const v = Reflect.get(t, key, t) as unknown;
      if (typeof v !== 'function') return v;
      const bound = (v as Fn).bind(t);
      return typeof key === 'string' && hooks[key] ? hooks[key](bound) : bound;
    },
  });
}

export function countingDriver(driver: Driver): { driver: Driver; statements: () => number } {
  let n = 0;
  const counted = (orig: Fn): Fn => (...a) => { n++; return orig(...a); };
  const tx = (t: ManagedTransaction): ManagedTransaction => wrap(t, { run: counted });
  const inTx = (orig: Fn): Fn => (work, ...rest) => orig((t: ManagedTransaction) => (work as (t: ManagedTransaction) => unknown)(tx(t)), ...rest);
  const session = (s: Session): Session => wrap(s, { run: counted, executeRead: inTx, executeWrite: inTx });
  const wrapped = wrap(driver, { executeQuery: counted, session: (orig) => (...a) => session(orig(...a) as Session) });
  return { driver: wrapped, statements: () => n };
}
