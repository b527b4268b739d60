"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bak2SecondCopy = void 0;
const types_1 = require("../types");
/**
 * KOM-BAK-2: backups have a second copy in another place: the tenant's backup concept names a
 * second PBS server (sync target) that is not the primary server. The sync job lives on PBS, so
 * this needs the TenantSpec.
 */
exports.bak2SecondCopy = {
    id: 'KOM-BAK-2',
    level: 'error',
    title: { en: 'Second copy of backups in another place', de: 'Zweite Kopie der Datensicherung an anderem Ort' },
    cause: 'The backup has no second copy, or the second copy is on the same backup server as the first.',
    fix: 'Set backup.secondCopy in fleet.yaml to a different PBS server (off-site) and configure the PBS sync job there.',
    grundschutz: ['CON.3.A12'],
    grundschutzPlusPlus: [],
    usesSpec: 'required',
    evaluate: ({ spec }) => {
        if (spec === undefined)
            return (0, types_1.unknown)('the second copy is a PBS sync job outside the stack; without the TenantSpec it cannot be checked');
        const b = spec.backup;
        const copy = b.secondCopy;
        if (copy === undefined || copy.server === '' || copy.datastore === '')
            return (0, types_1.failIfAny)([{ message: `tenant ${spec.key} has no second backup copy` }]);
        return (0, types_1.failIfAny)(copy.server === b.pbsServer
            ? [{ message: `second copy ${copy.server}:${copy.datastore} is on the primary backup server ${b.pbsServer}; it must be another server (off-site)` }]
            : []);
    },
};
