import { type ComplianceRule } from '../types';
/** KOM-BAK-3: backups are encrypted on the client: every PBS storage sets an encryption key (from a variable). */
export declare const bak3Encryption: ComplianceRule;
