/** Flags shared by commands that read definitions. */
import { Flags } from '@oclif/core';

export const specFlags = {
  'api-type': Flags.option({
    options: ['rest', 'http'] as const,
    description:
      'REST or HTTP API. Default: apigw.yaml api.type, else detected from the document (the output says why).',
  })(),
  config: Flags.string({
    char: 'c',
    description: 'Project file (default: apigw.yaml found upward from the current folder).',
  }),
};
