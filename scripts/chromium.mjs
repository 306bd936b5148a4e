// Debian's Chromium for every headless run (tests, benchmarks): never a downloaded browser.
// As root it needs --no-sandbox; the background-networking flags stop it calling hosts this
// machine cannot reach.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
