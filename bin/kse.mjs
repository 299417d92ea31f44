#!/usr/bin/env node
// The `kse` bin: runs the TypeScript CLI through tsx's loader, from wherever the package lives.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
