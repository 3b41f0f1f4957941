/**
 * Flags shared by every command that reports findings (validate, lint, diff). Spread them into a
 * command's `flags`, then hand the parsed values to `reportOptionsFrom`.
 */
import { Flags } from '@oclif/core';
import { FORMATS } from '../report/types.js';

export const SEVERITIES = ['error', 'warn', 'info', 'hint'] as const;

export const reportFlags = {
  format: Flags.option({
    char: 'f',
    options: FORMATS,
    default: 'stylish' as const,
    description:
      'Output format: stylish (people), json (Spectral-compatible), sarif (GitHub code scanning), junit, github (workflow annotations).',
    helpGroup: 'OUTPUT',
  })(),
  output: Flags.string({
    char: 'o',
    description: 'Write the report to this file instead of stdout (its folder must exist).',
    helpGroup: 'OUTPUT',
  }),
  'fail-severity': Flags.option({
    char: 'F',
    options: SEVERITIES,
    default: 'error' as const,
    description: 'Exit 1 when a finding has this severity or a more severe one.',
    helpGroup: 'OUTPUT',
  })(),
  quiet: Flags.boolean({
    char: 'q',
    default: false,
    description: "Print findings only: no notes, and nothing at all when there are none (as Spectral's --quiet).",
    helpGroup: 'OUTPUT',
  }),
};

// The parsed values are the report layer's input; the type lives there (report imports only core).
export type { ReportFlagValues } from '../report/types.js';
