"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.describeIfGemeinden = exports.describeIfShared = exports.HAS_GEMEINDEN = exports.GEMEINDEN_CSV = exports.HAS_SHARED = exports.SHARED = void 0;
exports.loadGemeinden = loadGemeinden;
/**
 * Access to the shared real-world data in ../shared (outside the repository). Tests that need it
 * use `describeIfShared`, which skips cleanly with a console message when the folder is absent.
 */
const sync_1 = require("csv-parse/sync");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
exports.SHARED = path.resolve(__dirname, '../../../shared');
exports.HAS_SHARED = fs.existsSync(exports.SHARED);
exports.GEMEINDEN_CSV = path.join(exports.SHARED, 'data', 'gemeinden-2021.csv');
exports.HAS_GEMEINDEN = fs.existsSync(exports.GEMEINDEN_CSV);
if (!exports.HAS_SHARED) {
    // eslint-disable-next-line no-console
    console.warn(`Skipping tests on shared data: ${exports.SHARED} not found (the shared folder is not checked out next to the repository).`);
}
else if (!exports.HAS_GEMEINDEN) {
    // eslint-disable-next-line no-console
    console.warn(`Skipping real-municipality tests: ${exports.GEMEINDEN_CSV} not found.`);
}
/** `describe` when ../shared exists, else `describe.skip`. */
exports.describeIfShared = exports.HAS_SHARED ? describe : describe.skip;
/** `describe` when the municipality register exists, else `describe.skip`. */
exports.describeIfGemeinden = exports.HAS_GEMEINDEN ? describe : describe.skip;
let cache;
/** All rows of gemeinden-2021.csv (RFC 4180 quoting: quoted fields may contain commas and ""). */
function loadGemeinden() {
    if (cache)
        return cache;
    const rows = (0, sync_1.parse)(fs.readFileSync(exports.GEMEINDEN_CSV, 'utf8'), { columns: true });
    cache = rows.map((r, i) => {
        if (!/^\d{8}$/.test(r.ags) || !/^[A-Z]{2}$/.test(r.land))
            throw new Error(`${exports.GEMEINDEN_CSV}:${i + 2}: unexpected row ${JSON.stringify(r)}`);
        return { ags: r.ags, name: r.name, land: r.land, mietniveau: Number(r.mietniveau) };
    });
    return cache;
}
