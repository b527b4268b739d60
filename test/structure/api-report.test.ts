/**
 * The public surface is reviewed through the committed API reports (docs/api/*.api.md, made by API
 * Extractor from dist/). This test fails when the code's surface differs from them; after an
 * intended change run `node scripts/api-report.js` and commit the report.
 */
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from './import-graph';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { apiReports } = require('../../scripts/api-report.js') as {
  apiReports: (o: { check: boolean; entryPoints?: Record<string, string> }) => string[];
};

function requireBuild(): void {
  if (!fs.existsSync(path.join(REPO, 'dist/lib/index.d.ts'))) throw new Error('dist/ is missing: run "npm run build" first (npm test does)');
}

describe('API reports', () => {
  it('match the compiled entry points', () => {
    requireBuild();
    expect(apiReports({ check: true })).toEqual([]);
  });

  it('fails when an entry point exports a name the report does not list', () => {
    requireBuild();
    const dir = fs.mkdtempSync(path.join(REPO, 'dist', 'api-fixture-'));
    try {
      fs.writeFileSync(path.join(dir, 'testing.d.ts'), '/** Not in the report. */\nexport declare const unreviewed: number;\n');
      const entry = path.relative(REPO, path.join(dir, 'testing.d.ts'));
      expect(apiReports({ check: true, entryPoints: { 'kommunal-cdk-testing': entry } })).toEqual(['kommunal-cdk-testing']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
