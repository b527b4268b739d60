#!/usr/bin/env node
'use strict';
/**
 * The API reports of the package's entry points, made by API Extractor from the compiled
 * declarations in dist/ (run `npm run build` first). The reports are committed under docs/api/ so
 * that any change to the public surface shows up in review.
 *
 *   node scripts/api-report.js           writes docs/api/*.api.md (after an intended change)
 *   node scripts/api-report.js --check   exits 1 when a report differs from the code (CI, tests)
 *
 * `kommunal-cdk/proxmox` has no report: it is generated from the provider schema
 * (scripts/gen-proxmox.js), so its surface is the schema's.
 */
const fs = require('fs');
const path = require('path');
const { Extractor, ExtractorConfig } = require('@microsoft/api-extractor');

const REPO = path.resolve(__dirname, '..');

/** Entry points with a report: report name -> compiled declaration file. */
const ENTRY_POINTS = {
  'kommunal-cdk': 'dist/lib/index.d.ts',
  'kommunal-cdk-testing': 'dist/lib/testing.d.ts',
};

function configFor(reportName, entry) {
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: REPO,
      mainEntryPointFilePath: path.join(REPO, entry),
      compiler: {
        // Only the declarations reachable from the entry point are analysed, not the sources.
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022', module: 'commonjs', moduleResolution: 'node', strict: true, skipLibCheck: true,
            esModuleInterop: true, resolveJsonModule: true, types: ['node'],
          },
          files: [path.join(REPO, entry)],
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: `${reportName}.api.md`,
        reportFolder: path.join(REPO, 'docs/api'),
        reportTempFolder: path.join(REPO, 'dist/api-report'),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        // Findings such as a referenced type that is not exported (ae-forgotten-export) are written
        // into the report, where a reviewer sees them; release tags are not used in this package.
        extractorMessageReporting: {
          default: { logLevel: 'none', addToApiReportFile: true },
          'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
        },
        tsdocMessageReporting: { default: { logLevel: 'none', addToApiReportFile: false } },
      },
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: path.join(REPO, 'package.json'),
  });
}

/**
 * Runs API Extractor for every entry point (`entryPoints`: report name -> declaration file relative
 * to the repository). With `check`, nothing in docs/api/ is written and the result lists the
 * reports that differ (the new text is left in dist/api-report/).
 * @returns names of the reports that changed (check) or were rewritten (update)
 */
function apiReports({ check, entryPoints = ENTRY_POINTS }) {
  const changed = [];
  for (const [name, entry] of Object.entries(entryPoints)) {
    if (!fs.existsSync(path.join(REPO, entry))) throw new Error(`${entry} is missing: run "npm run build" first`);
    const result = Extractor.invoke(configFor(name, entry), { localBuild: !check, showVerboseMessages: false, messageCallback: quiet });
    if (result.errorCount > 0) throw new Error(`API Extractor reported ${result.errorCount} error(s) for ${entry}`);
    if (result.apiReportChanged) changed.push(name);
  }
  return changed;
}

/** Keeps API Extractor's progress lines off the console; warnings and errors still print. */
function quiet(message) {
  if (message.logLevel === 'info' || message.logLevel === 'verbose') message.handled = true;
}

module.exports = { apiReports, ENTRY_POINTS };

if (require.main === module) {
  const check = process.argv.includes('--check');
  const changed = apiReports({ check });
  if (check && changed.length > 0) {
    process.stderr.write(`API report(s) out of date: ${changed.join(', ')}. Review the change and run "node scripts/api-report.js" (new text in dist/api-report/).\n`);
    process.exit(1);
  }
  process.stdout.write(check ? 'API reports match the code.\n' : `API reports written${changed.length ? `: ${changed.join(', ')} changed` : ' (no change)'}.\n`);
}
