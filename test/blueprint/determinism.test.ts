import { exampleModel, removeDir, synthModel } from '../helpers/fleet';

describe('determinism', () => {
  it.each(['musterstadt', 'verbandsgemeinde'])('synthesizes %s byte-identically twice', (example) => {
    const a = synthModel(exampleModel(example));
    const b = synthModel(exampleModel(example));
    try {
      expect(Object.keys(a.texts)).toEqual(Object.keys(b.texts));
      for (const name of Object.keys(a.texts)) expect(b.texts[name]).toBe(a.texts[name]);
    } finally {
      removeDir(a.outdir);
      removeDir(b.outdir);
    }
  });

  it('resolves the same lock and specs from the same input', () => {
    const a = exampleModel('musterstadt');
    const b = exampleModel('musterstadt');
    expect(JSON.stringify(b.specs)).toBe(JSON.stringify(a.specs));
    expect(b.lock).toEqual(a.lock);
    expect(a.lockChanged).toBe(false); // the committed lock is up to date
  });
});
