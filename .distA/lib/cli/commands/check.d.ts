import type { Command } from 'commander';
import { CliContext } from '../io';
/** Report file names written to --out. */
export declare const REPORT_FILES: {
    readonly json: "compliance.json";
    readonly markdown: "compliance.md";
    readonly junit: "compliance.junit.xml";
};
export declare function register(program: Command, ctx: CliContext): void;
