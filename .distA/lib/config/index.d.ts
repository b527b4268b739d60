/** Parameter files: model, vetted catalogue and defaults, loading with positions, resolution. */
export * from './model';
export * from './catalogue';
export * from './defaults';
export * from './flows';
export * from './problems';
export { MSG } from './messages';
export { didYouMean, editDistance } from './did-you-mean';
export { fleetSchema, kommuneSchema, writeJsonSchemas, serializeSchema, SCHEMA_FILES } from './json-schema';
export type { JsonSchema } from './json-schema';
export { writeParameterDocs, renderParameterDocs, parameterTable, flowCatalogueTable } from './param-docs';
export { loadKommuneFile, loadFleetFile, loadFleet, checkKommuneFile, checkFleetFile, checkFleetWithTenants, } from './load';
export type { Loaded, LoadedKommune, LoadedFleet, LoadOptions, FileCheck, FleetCheck } from './load';
export * from './spec';
export { resolveFleet, resolveTenant, backupSchedule, stableHash, segmentPrefixes, specSegments } from './resolve';
export type { ResolvedFleet } from './resolve';
