// Offsets to 1-based line:column, shared by every stage that places an error in a text (specs, templates, output).

/** A 1-based place in a text. */
export interface TextPlace {
  readonly line: number;
  readonly column: number;
}

/** Offsets where each line starts; compute once per text when placing many offsets. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The place of an offset, by binary search over the text's line starts. */
export function placeAt(starts: readonly number[], offset: number): TextPlace {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}

/** The place of one offset in a text. */
export function placeOf(text: string, offset: number): TextPlace {
  return placeAt(lineStarts(text), offset);
}
