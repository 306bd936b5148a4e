/**
 * The emblem of the European Union, drawn from its official geometric description
 * (Commission Implementing Regulation (EU) No 821/2014, Annex II; the same graphic standard
 * that Regulation (EU) 2021/1060, Annex IX points to), so the library never fetches it and
 * never ships a copy that could be cropped, recoloured or stretched.
 *
 * Pure: no DOM, no registration. The geometry is computed here and tested on its own.
 */
import { svg, type SVGTemplateResult } from 'lit';

/** The flag's height in viewBox units: 540 makes every official proportion a whole number. */
export const EMBLEM_HEIGHT = 540;
/** The fly is one and a half times the hoist: 3:2. */
export const EMBLEM_WIDTH = (EMBLEM_HEIGHT * 3) / 2;
export const EMBLEM_VIEWBOX = `0 0 ${EMBLEM_WIDTH} ${EMBLEM_HEIGHT}`;

/** PANTONE Reflex Blue and PANTONE Yellow, as the web values the Annex gives. */
export const EU_BLUE = '#003399';
export const EU_YELLOW = '#FFCC00';

/**
 * `colour`: the emblem to use on websites (blue rectangle, gold stars).
 * `monochrome`: the black version for justified cases (rectangle outlined in black, black
 * stars on white). The white border for coloured backgrounds is not a separate drawing:
 * the widget draws it around the colour emblem in CSS (1/25 of the height).
 */
export type EmblemVariant = 'colour' | 'monochrome';

export interface Point {
  x: number;
  y: number;
}

export interface StarGeometry {
  /** The star's centre, on the circle of stars. */
  centre: Point;
  /** The five outer points then five inner corners, alternating, starting at the top point. */
  points: Point[];
}

export interface EmblemGeometry {
  width: number;
  height: number;
  /** The centre of the circle of stars: where the diagonals of the rectangle cross. */
  centre: Point;
  /** One third of the height. */
  circleRadius: number;
  /** Each star's points lie on a circle of one eighteenth of the height. */
  starRadius: number;
  stars: StarGeometry[];
}

/** Rounded to 1/1000 of a unit: far below a pixel, and the SVG stays short. */
const round = (value: number): number => Math.round(value * 1000) / 1000 || 0;

/** A point at `radius` from `centre`, `degrees` clockwise from twelve o'clock (y grows downwards). */
function polar(centre: Point, radius: number, degrees: number): Point {
  const radians = (degrees * Math.PI) / 180;
  return { x: round(centre.x + radius * Math.sin(radians)), y: round(centre.y - radius * Math.cos(radians)) };
}

/**
 * The inner corners of a regular five-pointed star lie on a circle this much smaller than its
 * points: sin 18° / sin 126° ≈ 0.382.
 */
export const STAR_INNER_RATIO = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);

/** One upright star: one point straight up, the two side points level (at right angles to the mast). */
export function starPoints(centre: Point, radius: number): Point[] {
  return Array.from({ length: 10 }, (_, index) => polar(centre, index % 2 === 0 ? radius : radius * STAR_INNER_RATIO, index * 36));
}

/** The whole emblem for a flag `height` units high: twelve stars at the hours of a clock face. */
export function emblemGeometry(height = EMBLEM_HEIGHT): EmblemGeometry {
  const width = (height * 3) / 2;
  const centre = { x: width / 2, y: height / 2 };
  const circleRadius = height / 3;
  const starRadius = height / 18;
  const stars = Array.from({ length: 12 }, (_, hour) => {
    const starCentre = polar(centre, circleRadius, hour * 30);
    return { centre: starCentre, points: starPoints(starCentre, starRadius) };
  });
  return { width, height, centre, circleRadius, starRadius, stars };
}

/** An SVG path for one star. */
export function starPath(star: StarGeometry): string {
  return `M${star.points.map((point) => `${point.x} ${point.y}`).join('L')}Z`;
}

const GEOMETRY = emblemGeometry();
const STAR_PATHS = GEOMETRY.stars.map(starPath);

/**
 * The emblem as an inline SVG template, never an `<img>`: hidden from assistive technology
 * because the statement beside it is real text and carries the meaning (announced once).
 * `preserveAspectRatio` keeps the whole flag visible whatever box it is given: never cropped.
 */
export function euEmblem(variant: EmblemVariant = 'colour', part = 'emblem'): SVGTemplateResult {
  const monochrome = variant === 'monochrome';
  // The outline of the monochrome flag is drawn inside the rectangle, so it is never cut off.
  const outline = EMBLEM_HEIGHT / 60;
  return svg`<svg
    part=${part}
    class="emblem ${variant}"
    viewBox=${EMBLEM_VIEWBOX}
    width="60"
    height="40"
    preserveAspectRatio="xMidYMid meet"
    aria-hidden="true"
    focusable="false"
  >
    ${monochrome
      ? svg`<rect class="flag" x=${outline / 2} y=${outline / 2} width=${EMBLEM_WIDTH - outline} height=${EMBLEM_HEIGHT - outline} fill="#FFFFFF" stroke="#000000" stroke-width=${outline}></rect>`
      : svg`<rect class="flag" width=${EMBLEM_WIDTH} height=${EMBLEM_HEIGHT} fill=${EU_BLUE}></rect>`}
    <g class="stars" fill=${monochrome ? '#000000' : EU_YELLOW}>${STAR_PATHS.map((d) => svg`<path class="star" d=${d}></path>`)}</g>
  </svg>`;
}
