/** Every example is a runnable cdktf app that synthesizes and conforms to the provider schemas. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { platformStacksOf } from '../lib/blueprint/fleet';
import { checkConformance } from '../lib/verify/conformance';
import { hasTwoSiteCopy } from '../lib/model/sites';
import { EXAMPLES, exampleModel, removeDir, synthModel } from './helpers/fleet';

const examples = fs.readdirSync(EXAMPLES).filter((d) => fs.existsSync(path.join(EXAMPLES, d, 'fleet.yaml'))).sort();

describe('examples', () => {
  it('are the three blueprints a Kommune or provider forks', () => {
    expect(examples).toEqual(['landkreis-fleet', 'musterstadt', 'verbandsgemeinde']);
  });

  describe.each(examples)('%s', (example) => {
    const dir = path.join(EXAMPLES, example);

    it('is a self-contained cdktf app with parameters, lock and README', () => {
      for (const f of ['package.json', 'tsconfig.json', 'cdktf.json', 'main.ts', 'README.md', 'fleet.yaml', 'fleet.lock.yaml']) expect(fs.existsSync(path.join(dir, f))).toBe(true);
      // The project files are those `kommunal init --fleet` writes (scripts/example-projects.js; the
      // copy outside the repository runs in test/examples-fork.test.ts).
      const { exampleFiles } = require('../scripts/example-projects.js') as { exampleFiles: (e: string) => Record<string, string> };
      for (const [rel, text] of Object.entries(exampleFiles(example))) expect({ rel, text: fs.readFileSync(path.join(dir, rel), 'utf8') }).toEqual({ rel, text });
      const cdktf = JSON.parse(fs.readFileSync(path.join(dir, 'cdktf.json'), 'utf8'));
      expect(cdktf).toMatchObject({ language: 'typescript', app: 'npx tsc && node dist/main.js' });
      expect(fs.readFileSync(path.join(dir, 'main.ts'), 'utf8')).toContain("from 'kommunal-cdk'");
    });

    it('runs as an app (compiled main.js): stacks, documents, lock untouched', () => {
      const main = path.join(EXAMPLES, '..', 'dist', 'examples', example, 'main.js');
      if (!fs.existsSync(main)) throw new Error(`${main} is missing: run "npm run build" first (npm test does)`);
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-example-'));
      const lockBefore = fs.readFileSync(path.join(dir, 'fleet.lock.yaml'), 'utf8');
      try {
        const r = spawnSync(process.execPath, [main], { cwd: dir, env: { ...process.env, CDKTF_OUTDIR: out }, encoding: 'utf8' });
        expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
        const stacks = fs.readdirSync(path.join(out, 'stacks')).sort();
        expect(stacks).toContain('platform');
        // `platform` and, in a fleet with clusters, `platform-<id>` per cluster (tenant keys may not take these names).
        const tenants = stacks.filter((s) => !/^platform(-|$)/.test(s));
        expect(fs.readdirSync(path.join(out, 'documents')).sort()).toEqual([...tenants, 'platform'].sort());
        for (const t of tenants) expect(fs.readdirSync(path.join(out, 'documents', t)).sort()).toEqual(['access-matrix.md', 'backup-plan.md', 'network-plan.md']);
        // The platform's listing of every tenant's PBS prune job (lib/backup/prune-job.ts); with two
        // sites also the second copies' sync jobs and the site-failure document (lib/blueprint/site-documents.ts).
        const twoSites = hasTwoSiteCopy(exampleModel(example).fleet.data);
        expect(fs.readdirSync(path.join(out, 'documents', 'platform')).sort()).toEqual(twoSites ? ['pbs-prune-jobs.md', 'pbs-sync-jobs.json', 'pbs-sync-jobs.md', 'site-failure.md'] : ['pbs-prune-jobs.md']);
        expect(fs.readFileSync(path.join(dir, 'fleet.lock.yaml'), 'utf8')).toBe(lockBefore);
      } finally {
        removeDir(out);
      }
    });

    it('synthesizes the platform and every tenant, conforming to the provider schemas', () => {
      const model = exampleModel(example);
      expect(model.lockChanged).toBe(false);
      const synth = synthModel(model);
      try {
        expect(Object.keys(synth.stacks).sort()).toEqual([...platformStacksOf(model.platform).map((p) => p.name), ...Object.keys(model.specs)].sort());
        for (const [name, json] of Object.entries(synth.stacks)) {
          expect({ name, findings: checkConformance(json) }).toEqual({ name, findings: [] });
        }
      } finally {
        removeDir(synth.outdir);
      }
    });
  });
});
