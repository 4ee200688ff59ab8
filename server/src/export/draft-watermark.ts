/**
 * The diagonal DRAFT mark, drawn as strokes rather than text: text would be picked up by copy
 * and paste and by screen readers, mixed into the report's sentences.
 */
const LETTERS: Array<Array<Array<[number, number]>>> = [
  [[[0, 0], [0, 6], [2.4, 6], [4, 4.4], [4, 1.6], [2.4, 0], [0, 0]]],
  [[[0, 0], [0, 6], [3, 6], [4, 5], [4, 4], [3, 3], [0, 3]], [[1.8, 3], [4, 0]]],
  [[[0, 0], [2, 6], [4, 0]], [[0.85, 2.5], [3.15, 2.5]]],
  [[[4, 6], [0, 6], [0, 0]], [[0, 3], [3, 3]]],
  [[[0, 6], [4, 6]], [[2, 6], [2, 0]]],
];

export function draftWatermark(pageSize: { width: number; height: number }): Record<string, unknown> {
  const unit = Math.min(pageSize.width, pageSize.height) / 34;
  const width = (LETTERS.length * 5.6 - 1.6) * unit;
  const angle = -Math.atan2(pageSize.height, pageSize.width);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const place = ([x, y]: [number, number], letter: number) => {
    const px = (letter * 5.6 + x) * unit - width / 2;
    const py = (3 - y) * unit;
    return { x: pageSize.width / 2 + px * cos - py * sin, y: pageSize.height / 2 + px * sin + py * cos };
  };
  const strokes = LETTERS.flatMap((strokes, letter) =>
    strokes.map((points) => ({
      type: "polyline",
      points: points.map((point) => place(point, letter)),
      lineWidth: unit * 1.1,
      lineColor: "#9aa3b5",
      strokeOpacity: 0.22,
      lineCap: "round",
      lineJoin: "round",
    })),
  );
  return { canvas: strokes, absolutePosition: { x: 0, y: 0 } };
}
