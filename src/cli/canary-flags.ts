/** Flags of the canary commands that change a stage (set, promote, rollback). */
import { Flags } from '@oclif/core';
import { awsCommandFlags } from './aws-flags.js';

export const canaryChangeFlags = {
  ...awsCommandFlags,
  stage: Flags.string({ description: 'Stage.', required: true }),
  yes: Flags.boolean({ char: 'y', description: 'Do not ask for confirmation on a terminal.' }),
  json: Flags.boolean({ description: 'Print one JSON result on stdout.' }),
};
