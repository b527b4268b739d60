/**
 * Free address ranges of the supernets (in supernet order, each in address order), with first-fit
 * allocation of aligned blocks. Amortised O(n) per block size over a whole run: for each size a hint
 * remembers the first range that may still hold a block of that size (ranges only shrink).
 */
import { Cidr } from './ipv4';
export declare class FreeList {
    /** [start, end) pairs. */
    private readonly ranges;
    private readonly hints;
    private constructor();
    /** Supernets minus the used blocks (which may lie anywhere, also outside the supernets). */
    static fromSupernets(supernets: readonly Cidr[], used: readonly Cidr[]): FreeList;
    /** Takes the first free block of `size` addresses aligned to `size`; undefined when none is left. */
    take(size: number): number | undefined;
}
