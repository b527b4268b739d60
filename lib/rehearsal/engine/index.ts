/**
 * The provider engine of the shadow Terraform providers (see provider.ts): public entry points.
 */
export { createShadowProvider, loadShadowProvider, SHIPPED_PROVIDERS, shippedSchemaDir } from './provider';
export type { ShadowProviderOptions, ShadowProviderSpec, StoreRoute } from './provider';
export type { ProviderBehaviourJson, TypeBehaviour, AttributeBehaviour, ValidatorFact, Origin } from './behaviour';
export { FileObjectStore } from './store';
export type { ObjectStore, StoredObject } from './store';
export { validateConfig } from './validate';
export { planChange } from './plan';
export { resourceId, importedAttributes } from './ids';
