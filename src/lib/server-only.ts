/**
 * Island data kept out of a page (a lesson's quiz questions, its simulation's graph): the island's
 * server render gets the data through a ServerOnly prop, and the browser gets it from a JSON file
 * the build writes (src/build-time/island-data.ts), which the island's directive adds to its props
 * before it hydrates (src/client/directives/island-data.ts). Used by the components at build time;
 * Quiz.tsx and ScenarioPlayer.tsx import the class's type alone.
 */

/**
 * A value for an island's server render only. Astro writes an island's props into the page by
 * their own enumerable keys (Object.entries); this keeps its value in a private field, so it is
 * written as `{}`. A symbol-keyed prop would not do: Preact drops symbol keys when it copies props.
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
