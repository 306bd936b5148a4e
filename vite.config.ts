/**
 * Three jobs:
 * - `npm start`: the demo partner page (demo/) with the sample feeds, at http://localhost:5173/.
 * - `vite build`: dist/, one ES module per source module (lit, @lit/context and zod external),
 *   so apps import one widget (`…/contact-card/define.js`) or all (`…/index.js`).
 * - `vite build --mode cdn`: dist/cdn/creative-nodes.js, one self-registering, minified file
 *   with its dependencies inside, for `<script type="module">` on any CMS.
 */
import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';

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

const external = (id: string) => /^(lit|@lit\/context|zod)(\/|$)/.test(id);

const cdnBuild: BuildEnvironmentOptions = {
  outDir: 'dist/cdn',
  emptyOutDir: true,
  target: 'es2022',
  lib: { entry: { 'creative-nodes': 'src/index.ts' }, formats: ['es'] },
  rolldownOptions: { output: { minify: true } },
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
      'contact-card/define': 'src/contact-card/define.ts',
      'programme/define': 'src/programme/define.ts',
      'feed/validate': 'src/feed/validate.ts',
    },
    formats: ['es'],
  },
  rolldownOptions: {
    external,
    output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
  },
};

export default defineConfig(({ mode }) => ({
  plugins: [openDemo()],
  server: { open: false },
  build: mode === 'cdn' ? cdnBuild : libraryBuild,
}));
