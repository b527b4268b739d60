/**
 * Allocation and lock problems as positioned parameter-file problems: every problem of
 * lib/allocation (a request field path such as `tenants.mainz.segments.iot`, or `file:line:column`
 * for a lockfile problem) is mapped to the file and position of the parameter that caused it, so
 * the CLI reports it like any other validation problem (`file:line:column path: message`).
 */
import * as path from 'path';
import type { AllocationProblem } from '../allocation/errors';
import type { LoadedFleet } from './load';
import type { Problem } from './problems';
import { hasField, type PathSegment } from './source';

/**
 * Request-level allocation fields and where they live in fleet.yaml: the fields that limit each, most
 * specific first; a problem is positioned at the first one the file sets (else at the last, its parent).
 * VM ID exhaustion is limited by both compute fields (the message names both), set ones first.
 */
const FLEET_FIELDS: Readonly<Record<string, readonly (readonly PathSegment[])[]>> = {
  zoneType: [['network', 'zoneType']],
  supernets: [['network', 'supernets']],
  vmIdBase: [['compute', 'vmIdBase']],
  vmIdsPerTenant: [['compute', 'vmIdsPerTenant']],
  compute: [['compute', 'vmIdsPerTenant'], ['compute', 'vmIdBase'], ['compute']],
  pbsNamespaceRoot: [['backup', 'namespaceRoot']],
  tenants: [['tenants']],
};

const POSITION = /^(.*):(\d+):(\d+)$/;

/** A path relative to `root` with forward slashes; absolute when outside it. */
export function displayPath(abs: string, root: string): string {
  const rel = path.relative(root, abs);
  return (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel).split(path.sep).join('/');
}

/**
 * Maps allocation problems to positioned problems.
 * @param fleet the loaded fleet whose request was allocated
 * @param problems the AllocationError's problems
 * @param displayRoot folder that file names are shown relative to
 */
export function positionAllocationProblems(fleet: LoadedFleet, problems: readonly AllocationProblem[], displayRoot: string): Problem[] {
  const byKey = new Map(fleet.tenants.map((t) => [t.data.key, t]));
  return problems.map((p): Problem => {
    const at = POSITION.exec(p.path);
    if (at) {
      // A lockfile problem: the parser names the file as it was given (often absolute).
      const file = path.isAbsolute(at[1]) ? displayPath(at[1], displayRoot) : at[1];
      const sep = p.message.indexOf(': ');
      const field = sep > 0 && /^[A-Za-z0-9_.[\]"-]+$/.test(p.message.slice(0, sep)) ? p.message.slice(0, sep) : '';
      return { file, line: Number(at[2]), column: Number(at[3]), path: field, message: field === '' ? p.message : p.message.slice(sep + 2) };
    }
    const tenant = p.tenant !== undefined ? byKey.get(p.tenant) : undefined;
    if (tenant !== undefined) {
      const rest = p.path.split('.').slice(2);
      const field: PathSegment[] = rest[0] === 'size' ? ['size'] : rest[0] === 'segments' && rest[1] !== undefined ? ['segments', rest[1]]
        : rest[0] === 'cluster' && tenant.data.cluster !== undefined ? ['cluster']
          : rest[0] === 'cell' && tenant.data.cell !== undefined ? ['cell']
          : rest[0] === 'guests' && rest[1] !== undefined && tenant.data.guests?.[rest[1]] !== undefined ? ['guests', rest[1]] : ['key'];
      const pos = tenant.position(field);
      return { ...pos, path: field.join('.'), message: p.message };
    }
    // Placement problems name fleet fields directly (lib/allocation/placement.ts). A missing
    // legacyCluster is reported under its own name, at the `clusters` block it belongs beside.
    if (p.path === 'legacyCluster' && !hasField(fleet.data, ['legacyCluster'])) {
      return { ...fleet.position(hasField(fleet.data, ['clusters']) ? ['clusters'] : []), path: 'legacyCluster', message: p.message };
    }
    if (p.path === 'legacyCluster' || p.path.startsWith('clusters.')) {
      const want = p.path.split('.');
      const field = [want, want.slice(0, 2), ['clusters']].find((f) => hasField(fleet.data, f)) ?? [];
      return { ...fleet.position(field), path: field.join('.'), message: p.message };
    }
    const top = p.path.replace(/\[\d+\]$/, '');
    const candidates = FLEET_FIELDS[top] ?? [[]];
    const field = candidates.find((c) => hasField(fleet.data, c)) ?? candidates[candidates.length - 1];
    const pos = fleet.position(field);
    return { ...pos, path: field.join('.'), message: p.message };
  });
}
