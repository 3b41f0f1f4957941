// Loaded into every measured process through NODE_OPTIONS=--require (bench/run.mjs): at exit it
// writes the process's peak resident set size (getrusage ru_maxrss, in KiB, the number
// `/usr/bin/time -v` prints) to the file named by APIGW_BENCH_RSS_FILE. Costs well under 1 ms.
'use strict';
const out = process.env.APIGW_BENCH_RSS_FILE;
if (out) {
  // Child processes of the measured CLI must not overwrite the parent's number.
  delete process.env.APIGW_BENCH_RSS_FILE;
  process.on('exit', () => {
    try {
      require('node:fs').writeFileSync(out, String(process.resourceUsage().maxRSS));
    } catch {
      /* the runner reports a missing number */
    }
  });
}
