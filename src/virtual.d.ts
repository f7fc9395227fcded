declare module 'virtual:crossriver-term-index' {
  const index: import('./core/term-index').TermIndex;
  export default index;
  /** JSON of TermCards, parsed when a card is first shown. */
  export const cardsJson: string;
}
