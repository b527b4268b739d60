export { synthFleet, UnknownTenantError } from './synth-fleet';
export type { FleetSynthOptions, FleetSynthResult, SynthProgress, SynthRunner, WorkerReport } from './synth-fleet';
export { SYNTH_MANIFEST_NAME, readSynthManifest, engineHash } from './inputs';
export type { SynthManifest } from './inputs';
export { CrossStackReferenceError } from './cdktf-internals';
export { loadFleetModelForTenants, extractLockEntries } from './select';
export type { SelectedFleetModel } from './select';
