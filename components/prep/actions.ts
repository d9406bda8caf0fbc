/** What every section may ask of the card as a whole. */
export interface CardActions {
  /** After the next re-render, focus the first visible, enabled match. */
  focusAfter: (...selectors: string[]) => void;
  /** Deletes now and offers "Undo" for a while; undo puts the record back as it was. */
  deleteWithUndo: (message: string, remove: () => Promise<unknown>, restore: () => Promise<unknown>) => Promise<void>;
}
