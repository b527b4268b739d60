#!/usr/bin/env node
'use strict';
// The kommunal CLI. The TypeScript sources are compiled to dist/ by `npm run build`.
let cli;
try {
  cli = require('../dist/lib/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('dist/lib/cli/main.js')) {
    process.stderr.write('kommunal: dist/lib/cli/main.js is missing; run `npm run build` first.\n');
    process.exit(2);
  }
  throw e;
}
cli.run();
