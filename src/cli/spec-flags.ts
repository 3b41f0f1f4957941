/** Flags shared by commands that read definitions. */
import { Flags } from '@oclif/core';

/** Where `$ref`s may lead and how much apigw reads: the trust settings of every command that loads a definition. */
export const readFlags = {
  root: Flags.string({
    multiple: true,
    helpValue: 'DIR',
    description:
      "Also let $refs read files under DIR (repeatable). Default: the definition's folder and apigw.yaml's folder.",
  }),
  'max-file-size': Flags.integer({
    min: 1,
    helpValue: 'MB',
    description: 'Largest file apigw reads, in MB (default 50).',
  }),
  'max-depth': Flags.integer({
    min: 1,
    helpValue: 'N',
    description: 'Deepest nesting of mappings and lists apigw parses (default 500).',
  }),
  'max-aliases': Flags.integer({
    min: 1,
    helpValue: 'N',
    description: 'Most YAML aliases in one file (default 10000); also raises the expanded-size limit.',
  }),
};

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
  ...readFlags,
};

/** `--root` (relative to the current folder) and the read limits, as the loaders take them. */
export function readOptionsFrom(flags: {
  root?: string[];
  'max-file-size'?: number;
  'max-depth'?: number;
  'max-aliases'?: number;
}): {
  roots?: string[];
  limits: { maxBytes?: number; maxDepth?: number; maxAliases?: number };
} {
  return {
    roots: flags.root?.length ? flags.root : undefined,
    limits: {
      maxBytes: flags['max-file-size'] ? flags['max-file-size'] * 1024 * 1024 : undefined,
      maxDepth: flags['max-depth'],
      maxAliases: flags['max-aliases'],
    },
  };
}
