export { synthFleet, UnknownTenantError } from './synth-fleet';
export type { FleetSynthOptions, FleetSynthResult, SynthProgress, SynthRunner, WorkerReport } from './synth-fleet';
export { SYNTH_MANIFEST_NAME, readSynthManifest, engineHash } from './inputs';
export type { SynthManifest } from './inputs';
export { CrossStackReferenceError } from './cdktf-internals';
