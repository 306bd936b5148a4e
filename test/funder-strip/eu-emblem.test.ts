import { expect } from '@open-wc/testing';
import { render } from 'lit';
import {
  EMBLEM_HEIGHT,
  EMBLEM_VIEWBOX,
  EMBLEM_WIDTH,
  EU_BLUE,
  EU_YELLOW,
  STAR_INNER_RATIO,
  emblemGeometry,
  euEmblem,
  starPath,
  type Point,
} from '../../src/funder-strip/eu-emblem.js';

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const CLOSE = 0.002;

function drawn(variant?: 'colour' | 'monochrome'): SVGSVGElement {
  const host = document.createElement('div');
  render(euEmblem(variant), host);
  return host.querySelector('svg')!;
}

describe('EU emblem geometry (Implementing Regulation (EU) No 821/2014, Annex II)', () => {
  it('is a 3:2 rectangle, in its viewBox too', () => {
    expect(EMBLEM_WIDTH / EMBLEM_HEIGHT).to.equal(1.5);
    expect(EMBLEM_VIEWBOX).to.equal('0 0 810 540');
    const [, , width, height] = drawn().getAttribute('viewBox')!.split(' ').map(Number);
    expect(width / height).to.equal(1.5);
    const geometry = emblemGeometry(200);
    expect(geometry.width).to.equal(300);
  });

  it('has twelve stars on a circle of one third of the height, centred where the diagonals cross', () => {
    const geometry = emblemGeometry();
    expect(geometry.stars).to.have.length(12);
    expect(geometry.centre).to.deep.equal({ x: 405, y: 270 });
    expect(geometry.circleRadius).to.equal(180);
    for (const star of geometry.stars) expect(distance(star.centre, geometry.centre)).to.be.closeTo(180, CLOSE);
  });

  it('places the stars like the hours on a clock face, equally spaced', () => {
    const { stars, centre } = emblemGeometry();
    // Twelve o'clock straight above the centre, three o'clock to its right, six below, nine left.
    expect(stars[0].centre).to.deep.equal({ x: 405, y: 90 });
    expect(stars[3].centre).to.deep.equal({ x: 585, y: 270 });
    expect(stars[6].centre).to.deep.equal({ x: 405, y: 450 });
    expect(stars[9].centre).to.deep.equal({ x: 225, y: 270 });
    for (let hour = 0; hour < 12; hour++) {
      const next = stars[(hour + 1) % 12].centre;
      // A chord of 30°: 2 · 180 · sin 15°.
      expect(distance(stars[hour].centre, next)).to.be.closeTo(2 * 180 * Math.sin(Math.PI / 12), CLOSE);
      const angle = (Math.atan2(stars[hour].centre.x - centre.x, centre.y - stars[hour].centre.y) * 180) / Math.PI;
      expect((angle + 360) % 360).to.be.closeTo(hour * 30, 0.01);
    }
  });

  it('draws each star with five points on a circle of one eighteenth of the height', () => {
    const geometry = emblemGeometry();
    expect(geometry.starRadius).to.equal(30);
    for (const star of geometry.stars) {
      expect(star.points).to.have.length(10);
      star.points.forEach((point, index) => {
        const expected = index % 2 === 0 ? 30 : 30 * STAR_INNER_RATIO;
        expect(distance(point, star.centre)).to.be.closeTo(expected, CLOSE);
      });
    }
    expect(STAR_INNER_RATIO).to.be.closeTo(0.382, 0.001);
  });

  it('keeps every star upright: one point straight up, the two side points level', () => {
    for (const star of emblemGeometry().stars) {
      const [top, , right, , , , , , left] = star.points;
      expect(top.x).to.be.closeTo(star.centre.x, CLOSE);
      expect(top.y).to.be.below(star.centre.y);
      expect(right.y).to.be.closeTo(left.y, CLOSE);
      expect(right.x - star.centre.x).to.be.closeTo(star.centre.x - left.x, CLOSE);
    }
  });

  it('renders an inline SVG in the official colours, hidden from assistive technology', () => {
    const svg = drawn();
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.getAttribute('focusable')).to.equal('false');
    expect(svg.getAttribute('preserveAspectRatio')).to.equal('xMidYMid meet');
    expect(svg.querySelector('rect.flag')!.getAttribute('fill')).to.equal(EU_BLUE);
    expect(EU_BLUE).to.equal('#003399');
    expect(EU_YELLOW).to.equal('#FFCC00');
    expect(svg.querySelector('g.stars')!.getAttribute('fill')).to.equal(EU_YELLOW);
    const stars = svg.querySelectorAll('path.star');
    expect(stars).to.have.length(12);
    expect(stars[0].getAttribute('d')).to.equal(starPath(emblemGeometry().stars[0]));
    expect(svg.querySelector('image, use, foreignObject, text')).to.equal(null);
  });

  it('has the monochrome version: black stars on white inside a black outline that is not cut off', () => {
    const svg = drawn('monochrome');
    const flag = svg.querySelector('rect.flag')!;
    expect(flag.getAttribute('fill')).to.equal('#FFFFFF');
    expect(flag.getAttribute('stroke')).to.equal('#000000');
    const inset = Number(flag.getAttribute('x'));
    expect(inset).to.equal(Number(flag.getAttribute('stroke-width')) / 2);
    expect(svg.querySelector('g.stars')!.getAttribute('fill')).to.equal('#000000');
    expect(svg.querySelectorAll('path.star')).to.have.length(12);
  });
});
