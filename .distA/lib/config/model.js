"use strict";
/**
 * The parameter model of kommunal-cdk: what a Kommune may choose (KommuneFile), what the provider
 * engineers set once (FleetFile), what allocation records forever (LockFile), and the fully
 * resolved, frozen TenantSpec that constructs render.
 *
 * Principle: decide in resolution, render in constructs. Every name, identifier and address of a
 * tenant is decided in `resolveTenant()` (lib/config/resolve.ts) from these plain types.
 *
 * Collections are maps keyed by stable names, never positional arrays: an index shift would be a
 * destroy-and-recreate of a municipality's network.
 */
Object.defineProperty(exports, "__esModule", { value: true });
