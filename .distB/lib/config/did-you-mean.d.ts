/** Near-miss suggestions for unknown keys and values ("did you mean ...?"). */
/** Levenshtein distance (insert, delete, substitute: cost 1 each). */
export declare function editDistance(a: string, b: string): number;
/** Largest edit distance still offered as a suggestion. */
export declare const SUGGESTION_MAX_DISTANCE = 2;
/**
 * The closest candidate within SUGGESTION_MAX_DISTANCE (case-insensitive), ties broken by candidate
 * order; undefined when nothing is close.
 */
export declare function didYouMean(input: string, candidates: readonly string[]): string | undefined;
