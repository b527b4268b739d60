#!/usr/bin/env node
/**
 * Writes the project files of every example (package.json, tsconfig.json, cdktf.json, main.ts,
 * .gitignore) from lib/cli/fleet-project.ts, the same files `kommunal init --fleet` writes, so that a
 * copy of an example outside this repository is a project of its own. `--check` exits 1 when a file
 * differs (test/examples-fork.test.ts runs the same comparison). Needs `npm run build` first.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { fleetProjectFiles } = require('../dist/lib/cli/fleet-project');

const root = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const DESCRIPTIONS = {
  'landkreis-fleet': 'kommunal-cdk example: a Landkreis provider fleet (EVPN, Vault namespaces, GitLab-managed state)',
  musterstadt: 'kommunal-cdk example: one Stadt on the shared platform',
  verbandsgemeinde: 'kommunal-cdk example: a Verbandsgemeinde with its Ortsgemeinden (VXLAN, Vault namespaces)',
};

/** The project files of one example. */
function exampleFiles(example) {
  return fleetProjectFiles({
    packageName: `kommunal-example-${example}`,
    description: DESCRIPTIONS[example] ?? `kommunal-cdk example ${example}`,
    libraryVersion: pkg.version,
    typescriptVersion: pkg.devDependencies.typescript,
    nodeTypesVersion: pkg.devDependencies['@types/node'],
  });
}

/** Writes (or with --check compares) every example's project files. */
function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const example of fs.readdirSync(path.join(root, 'examples')).sort()) {
    const dir = path.join(root, 'examples', example);
    if (!fs.existsSync(path.join(dir, 'fleet.yaml'))) continue;
    for (const [rel, text] of Object.entries(exampleFiles(example))) {
      const file = path.join(dir, rel);
      const now = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
      if (now === text) continue;
      if (check) {
        console.error(`${path.relative(root, file)} is out of date: run node scripts/example-projects.js`);
        stale++;
      } else {
        fs.writeFileSync(file, text);
        console.log(`wrote ${path.relative(root, file)}`);
      }
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}

if (require.main === module) main();
module.exports = { exampleFiles };
