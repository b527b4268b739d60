#!/usr/bin/env node
'use strict';
// Copies the provider schemas and behaviour files that the shadow providers serve at run time
// (lib/rehearsal/engine) from the shared schema folder into lib/rehearsal/schemas/.
// Usage: node scripts/copy-provider-schemas.js [source folder]   (default: ../shared/schemas)
const fs = require('fs');
const path = require('path');

const FILES = [
  'bpg-proxmox-0.111.1.json',
  'bpg-proxmox-0.111.1.behaviour.json',
  'vault-5.6.0.json',
  'vault-5.6.0.behaviour.json',
];

const root = path.resolve(__dirname, '..');
const source = path.resolve(process.argv[2] || path.join(root, '..', 'shared', 'schemas'));
const target = path.join(root, 'lib', 'rehearsal', 'schemas');

if (!fs.existsSync(source) || !fs.statSync(source).isDirectory()) {
  process.stderr.write(`copy-provider-schemas: source folder ${source} does not exist; pass the folder that holds ${FILES.join(', ')} as the first argument\n`);
  process.exit(1);
}
const missing = FILES.filter((f) => !fs.existsSync(path.join(source, f)));
if (missing.length > 0) {
  process.stderr.write(`copy-provider-schemas: ${source} lacks ${missing.join(', ')}\n`);
  process.exit(1);
}
fs.mkdirSync(target, { recursive: true });
for (const f of FILES) {
  const text = fs.readFileSync(path.join(source, f), 'utf8');
  JSON.parse(text); // refuse to ship a file that is not JSON
  fs.writeFileSync(path.join(target, f), text);
  process.stdout.write(`copied ${f} (${Buffer.byteLength(text)} bytes)\n`);
}
