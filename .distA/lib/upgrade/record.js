"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recordBlueprintVersion = recordBlueprintVersion;
/**
 * Records `version` as the blueprint version of `keys` in the lock (absent counts as 1). Only raises
 * versions; a tenant recorded with a newer version is reported, never lowered.
 */
function recordBlueprintVersion(lock, keys, version) {
    const tenants = { ...lock.tenants };
    const changed = [];
    const newer = [];
    for (const key of [...keys].sort()) {
        const t = tenants[key];
        if (t === undefined)
            continue;
        const recorded = t.blueprint ?? 1;
        if (recorded > version)
            newer.push(key);
        else if (recorded < version) {
            tenants[key] = { ...t, blueprint: version };
            changed.push(key);
        }
    }
    return { lock: { ...lock, tenants }, changed, newer };
}
