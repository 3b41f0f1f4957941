#!/usr/bin/env node
// Production entry: runs the compiled CLI from dist/.
import { main } from '../dist/src/cli/main.js';

await main(process.argv.slice(2));
