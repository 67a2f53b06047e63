/** A piece of a document's stored text: `text === document.text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
