import type { Retention } from '../../config/model';
import { type ComplianceRule } from '../types';
/** PBS keep-option names of the keep-policy fields. */
export declare const PRUNE_KEYS: Readonly<Record<keyof Retention, string>>;
/**
 * KOM-BAK-1: every tenant pool is covered by an enabled, scheduled backup job whose keep-policy
 * (prune_backups) lies within RETENTION_BOUNDS.
 */
export declare const bak1Coverage: ComplianceRule;
