#!/usr/bin/env node
// Production entry: runs the bundled CLI (dist/cli, built by scripts/bundle.mjs).
import { main } from '../dist/cli/main.js';

await main(process.argv.slice(2));
