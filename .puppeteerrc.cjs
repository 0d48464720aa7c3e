// Puppeteer (used to drive Debian's Firefox ESR in tests) must never download a browser of its own.
module.exports = { skipDownload: true };
