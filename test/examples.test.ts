/** Every example is a runnable cdktf app that synthesizes and conforms to the provider schemas. */
import * as fs from 'fs';
import * as path from 'path';
import { checkConformance } from '../lib/verify/conformance';
import { EXAMPLES, exampleModel, removeDir, synthModel } from './helpers/fleet';

const examples = fs.readdirSync(EXAMPLES).filter((d) => fs.existsSync(path.join(EXAMPLES, d, 'fleet.yaml'))).sort();

describe('examples', () => {
  it('are the three blueprints a Kommune or provider forks', () => {
    expect(examples).toEqual(['landkreis-fleet', 'musterstadt', 'verbandsgemeinde']);
  });

  describe.each(examples)('%s', (example) => {
    const dir = path.join(EXAMPLES, example);

    it('is a self-contained cdktf app with parameters, lock and README', () => {
      for (const f of ['cdktf.json', 'main.ts', 'README.md', 'fleet.yaml', 'fleet.lock.yaml']) expect(fs.existsSync(path.join(dir, f))).toBe(true);
      const cdktf = JSON.parse(fs.readFileSync(path.join(dir, 'cdktf.json'), 'utf8'));
      expect(cdktf).toMatchObject({ language: 'typescript', app: `node ../../dist/examples/${example}/main.js` });
      expect(fs.readFileSync(path.join(dir, 'main.ts'), 'utf8')).toContain("from 'kommunal-cdk'");
    });

    it('synthesizes the platform and every tenant, conforming to the provider schemas', () => {
      const model = exampleModel(example);
      expect(model.lockChanged).toBe(false);
      const synth = synthModel(model);
      try {
        expect(Object.keys(synth.stacks).sort()).toEqual(['platform', ...Object.keys(model.specs)].sort());
        for (const [name, json] of Object.entries(synth.stacks)) {
          expect({ name, findings: checkConformance(json) }).toEqual({ name, findings: [] });
        }
      } finally {
        removeDir(synth.outdir);
      }
    });
  });
});
