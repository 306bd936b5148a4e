/**
 * Three jobs:
 * - `npm start`: the demo partner page (demo/) with the sample feeds, at http://localhost:5173/.
 * - `vite build`: dist/, one ES module per source module (lit, @lit/context and zod external),
 *   so apps import one widget (`…/contact-card.js`) or all (`…/index.js`).
 * - `vite build --mode cdn`: dist/cdn/, self-registering minified files with their dependencies
 *   inside, for `<script type="module">` on any CMS: `creative-nodes.js` (everything) and one
 *   file per widget, sharing one chunk of Lit and the core so that two widget files on one page
 *   load Lit once.
 */
import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';
import { minifyLiteralsPlugin, SHIPPED_COMMENTS } from './scripts/minify-literals.mjs';

/** The widgets, by folder under src/; each has a self-registering `define.ts`. */
export const WIDGETS = ['programme', 'contact-card', 'funder-strip', 'event-calendar', 'phase-meter', 'member-roster'] as const;

/** The Trusted Types policy the CDN files create (Lit's own name, `lit-html`, is left to the page's Lit). */
export const TRUSTED_TYPES_POLICY = 'creative-nodes';

/** The dev server's front door leads to the demo page. */
function openDemo(): Plugin {
  return {
    name: 'creative-nodes:open-demo',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url !== '/') return next();
        response.writeHead(302, { Location: '/demo/' });
        response.end();
      });
    },
  };
}

/**
 * Gives the Lit bundled into the CDN files a Trusted Types policy of its own, shared by every
 * copy of those files on the page. A page that runs its own Lit (policy `lit-html`) and allows
 * each name once would refuse a second `lit-html`; a second copy of our CDN file would be
 * refused a second `creative-nodes`, so the first copy's policy is kept on `globalThis` and
 * reused. Partners list `trusted-types creative-nodes` in their CSP.
 */
function ownTrustedTypesPolicy(): Plugin {
  const call = /(\w+)\.createPolicy\(\s*(["'`])lit-html\2\s*,\s*\{\s*createHTML:\s*\(?\s*(\w+)\s*\)?\s*=>\s*\3\s*,?\s*\}\s*\)/g;
  return {
    name: 'creative-nodes:trusted-types-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]/.test(id) || !code.includes('createPolicy(')) return null;
      const shared = `globalThis[Symbol.for("creative-nodes.trusted-types-policy")]`;
      const renamed = code.replace(call, (_match, factory) => `(${shared} ??= ${factory}.createPolicy("${TRUSTED_TYPES_POLICY}", { createHTML: (html) => html }))`);
      if (renamed === code) this.error('lit-html no longer creates its policy as expected: update ownTrustedTypesPolicy()');
      return { code: renamed, map: null };
    },
  };
}

const external = (id: string) => /^(lit|@lit\/context|zod)(\/|$)/.test(id);

const cdnBuild: BuildEnvironmentOptions = {
  outDir: 'dist/cdn',
  emptyOutDir: true,
  target: 'es2022',
  lib: {
    entry: {
      'creative-nodes': 'src/index.ts',
      ...Object.fromEntries(WIDGETS.map((widget) => [widget, `src/${widget}/define.ts`])),
    },
    formats: ['es'],
  },
  rolldownOptions: { output: { minify: true, comments: SHIPPED_COMMENTS, chunkFileNames: 'chunks/[name]-[hash].js' } },
};

const libraryBuild: BuildEnvironmentOptions = {
  outDir: 'dist',
  emptyOutDir: true,
  target: 'es2022',
  minify: false,
  lib: {
    entry: {
      index: 'src/index.ts',
      classes: 'src/classes.ts',
      'feed/validate': 'src/feed/validate.ts',
      ...Object.fromEntries(WIDGETS.map((widget) => [`${widget}/define`, `src/${widget}/define.ts`])),
    },
    formats: ['es'],
  },
  rolldownOptions: {
    external,
    output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
  },
};

export default defineConfig(({ mode }) => ({
  // Template and style text squeezed in every build (the dev server and tests run the source).
  plugins: [{ ...minifyLiteralsPlugin(), apply: 'build' }, ...(mode === 'cdn' ? [ownTrustedTypesPolicy()] : [openDemo()])],
  server: { open: false },
  build: mode === 'cdn' ? cdnBuild : libraryBuild,
}));
