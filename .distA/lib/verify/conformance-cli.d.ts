/** Where the CLI writes. */
export interface CliIo {
    readonly stdout: {
        write(text: string): unknown;
    };
    readonly stderr: {
        write(text: string): unknown;
    };
}
export declare const CONFORMANCE_USAGE = "usage: conformance [--json] <cdk.tf.json | cdktf.out folder | stack folder>...\n\nChecks synthesized Terraform JSON against the committed provider schema facts\n(bpg/proxmox, hashicorp/vault) without running terraform.\n\n  --json       print the findings as a JSON array\n  -h, --help   show this help\n\nexit codes: 0 no findings, 1 findings, 2 usage or I/O error\n";
/** Expands the arguments to cdk.tf.json files; throws with a clear message for paths that hold none. */
export declare function resolveStackFiles(args: readonly string[]): string[];
/** Runs the conformance CLI; returns the exit code (0 clean, 1 findings, 2 usage/IO error). */
export declare function runConformanceCli(argv: readonly string[], io: CliIo): number;
