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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.specSegments = exports.segmentPrefixes = exports.stableHash = exports.backupSchedule = exports.resolveTenant = exports.resolveFleet = exports.checkFleetWithTenants = exports.checkFleetFile = exports.checkKommuneFile = exports.loadFleet = exports.loadFleetFile = exports.loadKommuneFile = exports.flowCatalogueTable = exports.parameterTable = exports.renderParameterDocs = exports.writeParameterDocs = exports.SCHEMA_FILES = exports.serializeSchema = exports.writeJsonSchemas = exports.kommuneSchema = exports.fleetSchema = exports.editDistance = exports.didYouMean = exports.MSG = void 0;
/** Parameter files: model, vetted catalogue and defaults, loading with positions, resolution. */
__exportStar(require("./model"), exports);
__exportStar(require("./catalogue"), exports);
__exportStar(require("./defaults"), exports);
__exportStar(require("./flows"), exports);
__exportStar(require("./problems"), exports);
var messages_1 = require("./messages");
Object.defineProperty(exports, "MSG", { enumerable: true, get: function () { return messages_1.MSG; } });
var did_you_mean_1 = require("./did-you-mean");
Object.defineProperty(exports, "didYouMean", { enumerable: true, get: function () { return did_you_mean_1.didYouMean; } });
Object.defineProperty(exports, "editDistance", { enumerable: true, get: function () { return did_you_mean_1.editDistance; } });
var json_schema_1 = require("./json-schema");
Object.defineProperty(exports, "fleetSchema", { enumerable: true, get: function () { return json_schema_1.fleetSchema; } });
Object.defineProperty(exports, "kommuneSchema", { enumerable: true, get: function () { return json_schema_1.kommuneSchema; } });
Object.defineProperty(exports, "writeJsonSchemas", { enumerable: true, get: function () { return json_schema_1.writeJsonSchemas; } });
Object.defineProperty(exports, "serializeSchema", { enumerable: true, get: function () { return json_schema_1.serializeSchema; } });
Object.defineProperty(exports, "SCHEMA_FILES", { enumerable: true, get: function () { return json_schema_1.SCHEMA_FILES; } });
var param_docs_1 = require("./param-docs");
Object.defineProperty(exports, "writeParameterDocs", { enumerable: true, get: function () { return param_docs_1.writeParameterDocs; } });
Object.defineProperty(exports, "renderParameterDocs", { enumerable: true, get: function () { return param_docs_1.renderParameterDocs; } });
Object.defineProperty(exports, "parameterTable", { enumerable: true, get: function () { return param_docs_1.parameterTable; } });
Object.defineProperty(exports, "flowCatalogueTable", { enumerable: true, get: function () { return param_docs_1.flowCatalogueTable; } });
var load_1 = require("./load");
Object.defineProperty(exports, "loadKommuneFile", { enumerable: true, get: function () { return load_1.loadKommuneFile; } });
Object.defineProperty(exports, "loadFleetFile", { enumerable: true, get: function () { return load_1.loadFleetFile; } });
Object.defineProperty(exports, "loadFleet", { enumerable: true, get: function () { return load_1.loadFleet; } });
Object.defineProperty(exports, "checkKommuneFile", { enumerable: true, get: function () { return load_1.checkKommuneFile; } });
Object.defineProperty(exports, "checkFleetFile", { enumerable: true, get: function () { return load_1.checkFleetFile; } });
Object.defineProperty(exports, "checkFleetWithTenants", { enumerable: true, get: function () { return load_1.checkFleetWithTenants; } });
__exportStar(require("./spec"), exports);
var resolve_1 = require("./resolve");
Object.defineProperty(exports, "resolveFleet", { enumerable: true, get: function () { return resolve_1.resolveFleet; } });
Object.defineProperty(exports, "resolveTenant", { enumerable: true, get: function () { return resolve_1.resolveTenant; } });
Object.defineProperty(exports, "backupSchedule", { enumerable: true, get: function () { return resolve_1.backupSchedule; } });
Object.defineProperty(exports, "stableHash", { enumerable: true, get: function () { return resolve_1.stableHash; } });
Object.defineProperty(exports, "segmentPrefixes", { enumerable: true, get: function () { return resolve_1.segmentPrefixes; } });
Object.defineProperty(exports, "specSegments", { enumerable: true, get: function () { return resolve_1.specSegments; } });
