// The extension's content scripts in a page, and the functions it runs there with
// scripting.executeScript, share one isolated world, which the page cannot see: a property of
// that world's global object is a private meeting point between them.

export interface WorldSlot<T> {
  get(): T | undefined;
  set(value: T): void;
  /** The value, removed from the slot. */
  take(): T | undefined;
}

/** The slot named `name` on the global object of the extension's world in this page. */
export function worldSlot<T>(name: string): WorldSlot<T> {
  const world = globalThis as Record<string, unknown>;
  return {
    get: () => world[name] as T | undefined,
    set: (value) => {
      world[name] = value;
    },
    take: () => {
      const value = world[name] as T | undefined;
      delete world[name];
      return value;
    },
  };
}
