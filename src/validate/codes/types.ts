import type { Severity } from '../../core/finding.js';

/** The registry entry of a code validate emits (the same fields as a lint rule's metadata). */
export interface CodeInfo {
  id: string;
  category: 'structure' | 'validation' | 'extensions';
  /** Default severity; some findings of a code are raised or lowered where the message says why. */
  severity: Severity;
  /** Only this API type (omitted = both). */
  apiType?: 'rest' | 'http';
  description: string;
  /** The AWS documentation page that states the fact the check enforces. */
  awsSource: string;
}
