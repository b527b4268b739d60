"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const fleet_1 = require("../helpers/fleet");
describe('determinism', () => {
    it.each(['musterstadt', 'verbandsgemeinde'])('synthesizes %s byte-identically twice', (example) => {
        const a = (0, fleet_1.synthModel)((0, fleet_1.exampleModel)(example));
        const b = (0, fleet_1.synthModel)((0, fleet_1.exampleModel)(example));
        try {
            expect(Object.keys(a.texts)).toEqual(Object.keys(b.texts));
            for (const name of Object.keys(a.texts))
                expect(b.texts[name]).toBe(a.texts[name]);
        }
        finally {
            (0, fleet_1.removeDir)(a.outdir);
            (0, fleet_1.removeDir)(b.outdir);
        }
    });
    it('resolves the same lock and specs from the same input', () => {
        const a = (0, fleet_1.exampleModel)('musterstadt');
        const b = (0, fleet_1.exampleModel)('musterstadt');
        expect(JSON.stringify(b.specs)).toBe(JSON.stringify(a.specs));
        expect(b.lock).toEqual(a.lock);
        expect(a.lockChanged).toBe(false); // the committed lock is up to date
    });
});
