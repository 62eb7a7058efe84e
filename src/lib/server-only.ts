/**
 * A value for an island's server render only. Astro writes an island's props into the page by
 * their own enumerable keys (Object.entries); this keeps its value in a private field, so it is
 * written as `{}` and the browser gets the value another way (a quiz: its JSON file, see
 * src/client/directives/island-data.ts). A symbol-keyed prop would not do: Preact drops symbol
 * keys when it copies props.
 */
export class ServerOnly<T> {
  readonly #value: T;

  constructor(value: T) {
    this.#value = value;
  }

  /** The value, on the server; undefined in the browser, where the prop arrives as a plain `{}`. */
  get value(): T {
    return this.#value;
  }
}
