/**
 * The commands of `kse`, in the order help lists them. Adding one (trace, proxy, render) is one
 * entry here and one file beside this one.
 */
import type { Command } from '../command.ts';
import { checkCommand } from './check.ts';
import { describeCommand } from './describe.ts';
import { dnsCommand } from './dns.ts';
import { getCommand } from './get.ts';
import { proxyCommand } from './proxy.ts';
import { renderCommand } from './render.ts';
import { traceCommand } from './trace.ts';

export const COMMANDS: readonly Command[] = [checkCommand, getCommand, describeCommand, dnsCommand, traceCommand, proxyCommand, renderCommand];
