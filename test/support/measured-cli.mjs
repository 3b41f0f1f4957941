// Runs the built CLI (bin/run.js) in this process and, at exit, writes its peak memory (maxRSS,
// KiB) and CPU time (µs) to file descriptor 3: a child's are not otherwise visible to the test
// that spawned it.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    const usage = process.resourceUsage();
    writeSync(3, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime }));
  } catch {
    /* fd 3 not open: run by hand */
  }
});
await import('../../bin/run.js');
