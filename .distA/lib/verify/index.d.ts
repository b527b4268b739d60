/** Offline verification of synthesized Terraform JSON against provider schema facts. */
export type { AttributeFacts, AttributeNesting, BlockFacts, BlockNesting, CtyType, KnownProvider, NestedAttributeFacts, NestedBlockFacts, ProviderFacts } from './schema-facts';
export { KNOWN_PROVIDERS, loadProviderFacts, providerFactsPath } from './schema-facts';
export type { ConformanceCode, ConformanceFinding, ConformanceOptions } from './conformance';
export { checkConformance, checkConformanceFile, formatFindings, isExpression } from './conformance';
export type { CliIo } from './conformance-cli';
export { CONFORMANCE_USAGE, resolveStackFiles, runConformanceCli } from './conformance-cli';
