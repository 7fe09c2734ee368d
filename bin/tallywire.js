#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so `npx tallywire` works right after
// `npm install` with no build step and can never run stale compiled code.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
