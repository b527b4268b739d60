/** Parameter files: loading with positions, validation, JSON Schemas, resolution into TenantSpecs. */
export * from './problems';
export { MSG } from './messages';
export { didYouMean, editDistance } from '../core/did-you-mean';
export { fleetSchema, kommuneSchema, writeJsonSchemas, serializeSchema, SCHEMA_FILES } from './json-schema';
export type { JsonSchema } from './json-schema';
export { writeParameterDocs, renderParameterDocs, parameterTable, flowCatalogueTable } from './param-docs';
export {
  loadKommuneFile, loadFleetFile, loadFleet, checkKommuneFile, checkFleetFile, checkFleetWithTenants,
} from './load';
export type { Loaded, LoadedKommune, LoadedFleet, LoadOptions, FileCheck, FleetCheck } from './load';
export { resolveFleet, resolveTenant, backupSchedule, stableHash, segmentPrefixes, specSegments } from './resolve';
export type { ResolvedFleet } from './resolve';
