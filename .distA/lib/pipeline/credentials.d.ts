/** One credential: satisfied when any of the environment variables is set and not empty. */
export interface CredentialNeed {
    /** What it is for, e.g. `state backend "pg"` or `variable pbs_password`. */
    readonly what: string;
    readonly anyOf: readonly string[];
}
/** Everything the stack needs from the environment, in a stable order. */
export declare function credentialNeeds(stack: unknown): CredentialNeed[];
/** The needs that the environment does not satisfy. */
export declare function missingCredentials(needs: readonly CredentialNeed[], env: Readonly<Record<string, string | undefined>>): CredentialNeed[];
