declare module 'virtual:crossriver-term-index' {
  /** The hash of this build's term index (the extension's term-index.json). */
  export const indexHash: string;
}
