import type { LockFile } from '../config/model';
import { AllocationProblem } from './errors';
/** Problems of a lock as a whole; empty when consistent. Paths are `tenants.<key>.<field>`. */
export declare function checkLockConsistency(lock: LockFile): AllocationProblem[];
