/**
 * Geometry of the radar chart, shared by the SVG on screen and the vector drawing in the PDF.
 * Coordinates are in a unit box: centre (0.5, 0.5), radius 0.36, the first axis pointing up.
 */
export const RADAR = { centre: 0.5, radius: 0.36, min: 0, max: 5, rings: [1, 2, 3, 4, 5] } as const;

export type Point = { x: number; y: number };

export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/** The point of a value on an axis; values are clamped to the scale. */
export function radarPoint(index: number, count: number, value: number): Point {
  const clamped = Math.min(RADAR.max, Math.max(RADAR.min, value));
  const distance = (RADAR.radius * clamped) / RADAR.max;
  const angle = axisAngle(index, count);
  return {
    x: RADAR.centre + distance * Math.cos(angle),
    y: RADAR.centre + distance * Math.sin(angle),
  };
}

export function ringPolygon(count: number, value: number): Point[] {
  return Array.from({ length: count }, (_, index) => radarPoint(index, count, value));
}

/**
 * The polygon of a series; axes without a value (null) are skipped, so a missing rating
 * leaves a visible notch rather than a false zero.
 */
export function seriesPolygon(values: readonly (number | null)[]): Point[] {
  return values.flatMap((value, index) =>
    value === null ? [] : [radarPoint(index, values.length, value)],
  );
}

export type LabelPlacement = Point & { align: 'left' | 'center' | 'right' };

/** Where an axis label goes: just outside the outer ring, aligned away from the centre. */
export function labelPlacement(index: number, count: number): LabelPlacement {
  const angle = axisAngle(index, count);
  const distance = RADAR.radius + 0.05;
  const x = RADAR.centre + distance * Math.cos(angle);
  const y = RADAR.centre + distance * Math.sin(angle);
  const cos = Math.cos(angle);
  return { x, y, align: Math.abs(cos) < 0.2 ? 'center' : cos > 0 ? 'left' : 'right' };
}
