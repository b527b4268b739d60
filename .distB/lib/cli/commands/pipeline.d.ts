import type { Command } from 'commander';
import { CliContext } from '../io';
export declare function register(program: Command, ctx: CliContext): void;
