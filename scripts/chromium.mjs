// Finds a Chromium to run tests and screenshots with: CHROME_PATH, then the usual install paths.
// No tool here may download its own browser, so this never tries to.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

/** The Chromium executable, or undefined when none is found. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const INSTALL_HELP = `No Chromium found. Install one, or point CHROME_PATH at a Chrome/Chromium executable:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          brew install --cask chromium   (or install Google Chrome)
  any system:     CHROME_PATH=/path/to/chrome npm test`;

/** The Chromium executable; exits with install instructions when none is found. */
export function requireChromium() {
  const path = findChromium();
  if (!path) {
    if (process.env.CHROME_PATH)
      console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
    console.error(INSTALL_HELP);
    process.exit(1);
  }
  return path;
}
