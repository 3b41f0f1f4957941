/**
 * Start-up work in dependencies that the bundled CLI does not need at start-up, removed at bundle
 * time by exact text replacements. Each one states why it keeps behaviour; if a dependency's
 * code changes, the build stops instead of bundling an unpatched or half-patched file.
 */
import { readFileSync } from 'node:fs';

const PREVALIDATED_MARK = "Symbol.for('apigw.prevalidated')";

export const patches = [
  {
    // Spectral validates a ruleset definition with an Ajv schema compiled on first use (about
    // 60 ms, a fifth of linting a small file). apigw's own ruleset never changes after the build
    // and is validated by the test suite (test/lint/spectral-ruleset.test.ts builds it through
    // Spectral's checks) and by every plain Spectral user; src/lint/spectral.ts marks that one
    // definition, and only a marked definition skips the check. Users' rulesets are checked as always.
    file: /@stoplight[\\/]spectral-core[\\/]dist[\\/]ruleset[\\/]validation[\\/]assertions\.js$/,
    replace: [
      [
        "function assertValidRuleset(ruleset, format = 'js', sourceContext) {",
        `function assertValidRuleset(ruleset, format = 'js', sourceContext) {\n    if (ruleset !== null && typeof ruleset === 'object' && ruleset[${PREVALIDATED_MARK}] === true) return;`,
      ],
      // The validator module (Ajv 2020, ajv-formats, ajv-errors, the meta-schemas) loads when a ruleset is checked.
      ['const ajv_1 = require("./ajv");\n', ''],
      [
        'const validate = (0, ajv_1.createValidator)(format);',
        'const validate = (0, require("./ajv").createValidator)(format);',
      ],
    ],
  },
  {
    // Spectral loads Ajv and builds an instance with ajv-errors and ajv-formats when the module
    // loads, which compiles a meta-schema (about 30 ms, and Ajv's compiler is 170 KB to parse). It
    // serves only createRulesetFunction (custom functions with option schemas); apigw's rules are
    // plain functions. The same modules and instance, loaded and made on first use.
    file: /@stoplight[\\/]spectral-core[\\/]dist[\\/]ruleset[\\/]function\.js$/,
    replace: [
      [
        'const ajv_1 = tslib_1.__importDefault(require("ajv"));\nconst ajv_formats_1 = tslib_1.__importDefault(require("ajv-formats"));\nconst ajv_errors_1 = tslib_1.__importDefault(require("ajv-errors"));\n',
        '',
      ],
      [
        "const ajv = new ajv_1.default({ allErrors: true, allowUnionTypes: true, strict: true, keywords: ['x-internal'] });\n(0, ajv_errors_1.default)(ajv);\n(0, ajv_formats_1.default)(ajv);",
        'let lazyAjv;\nconst getAjv = () => {\n    if (lazyAjv === undefined) {\n        const ajv_1 = tslib_1.__importDefault(require("ajv"));\n        const ajv_formats_1 = tslib_1.__importDefault(require("ajv-formats"));\n        const ajv_errors_1 = tslib_1.__importDefault(require("ajv-errors"));\n        lazyAjv = new ajv_1.default({ allErrors: true, allowUnionTypes: true, strict: true, keywords: [\'x-internal\'] });\n        (0, ajv_errors_1.default)(lazyAjv);\n        (0, ajv_formats_1.default)(lazyAjv);\n    }\n    return lazyAjv;\n};',
      ],
      ['DEFAULT_OPTIONS_VALIDATOR : ajv.compile(options);', 'DEFAULT_OPTIONS_VALIDATOR : getAjv().compile(options);'],
      ['input !== null ? ajv.compile(input) : input;', 'input !== null ? getAjv().compile(input) : input;'],
    ],
  },
  {
    // Spectral loads its default $ref resolver (json-ref-resolver, immer, urijs, dependency-graph)
    // when the module loads, for a Spectral made without a resolver. apigw always passes one
    // (src/lint/spectral.ts); the default is required where it is used, if ever.
    file: /@stoplight[\\/]spectral-core[\\/]dist[\\/]spectral\.js$/,
    replace: [
      ['const spectral_ref_resolver_1 = require("@stoplight/spectral-ref-resolver");\n', ''],
      [
        'this._resolver = (0, spectral_ref_resolver_1.createHttpAndFileResolver)();',
        'this._resolver = (0, require("@stoplight/spectral-ref-resolver").createHttpAndFileResolver)();',
      ],
    ],
  },
  {
    // oclif checks the Node version against its own package.json's `engines`, which the bundle does
    // not ship: there the check always failed silently, after loading semver. npm checks apigw's own
    // `engines` (node >= 20) at install.
    file: /@oclif[\\/]core[\\/]lib[\\/]index\.js$/,
    replace: [['checkCWD();\ncheckNodeVersion();', 'checkCWD();']],
    dropFunction: 'checkNodeVersion',
  },
  {
    // Only the `pattern` command discovery globs for command files; apigw lists its commands
    // (`explicit`), so tinyglobby (with picomatch and fdir) is required only if ever used.
    file: /@oclif[\\/]core[\\/]lib[\\/]config[\\/]plugin\.js$/,
    replace: [
      ['const tinyglobby_1 = require("tinyglobby");\n', ''],
      ['await (0, tinyglobby_1.glob)(', 'await (0, require("tinyglobby").glob)('],
    ],
  },
  {
    // The JSON parser's duplicate-key check keeps each object's keys in an array and searches it
    // for every key: O(keys²) per object. A generated definition of 20,000 operations has 10,000
    // schemas in one object, where that was 2–3 s of a 6 s parse (issue 19). A Set answers the
    // same question (string keys, the same SameValueZero equality) in O(1); the diagnostics, and
    // the order they are reported in, are unchanged.
    file: /@stoplight[\\/]json[\\/]index\.cjs\.js$/,
    replace: [
      ['!1===r.ignoreDuplicateKeys&&s.set(o,[])', '!1===r.ignoreDuplicateKeys&&s.set(o,new Set)'],
      ['r&&(0!==r.length&&r.includes(e)?t.push(', 'r&&(r.has(e)?t.push('],
      [':r.push(e))}!0===r.preserveKeyOrder', ':r.add(e))}!0===r.preserveKeyOrder'],
    ],
  },
  {
    // The same O(keys²) duplicate-key check in the YAML parser, per mapping; the same change.
    file: /@stoplight[\\/]yaml[\\/]parseWithPointers\.js$/,
    replace: [
      ['const seenKeys = [];', 'const seenKeys = new Set();'],
      ['if (seenKeys.includes(key)) {', 'if (seenKeys.has(key)) {'],
      ['seenKeys.push(key);', 'seenKeys.add(key);'],
    ],
  },
  {
    // The spinner's frames (cli-spinners, 30 KB of JSON) are read when a spinner starts, not at start-up.
    file: /@oclif[\\/]core[\\/]lib[\\/]ux[\\/]action[\\/]spinner\.js$/,
    replace: [
      ['const cli_spinners_1 = __importDefault(require("cli-spinners"));\n', ''],
      [
        'return cli_spinners_1.default[opts.style].frames;',
        'return __importDefault(require("cli-spinners")).default[opts.style].frames;',
      ],
      [
        "return cli_spinners_1.default[process.platform === 'win32' ? 'line' : 'dots2'].frames;",
        "return __importDefault(require(\"cli-spinners\")).default[process.platform === 'win32' ? 'line' : 'dots2'].frames;",
      ],
    ],
  },
];

/** Removes `function name() {...}` (a top-level declaration ending at the first `\n}\n`) once nothing calls it. */
function dropTopLevelFunction(source, name, path) {
  const start = source.indexOf(`\nfunction ${name}(`);
  const end = start === -1 ? -1 : source.indexOf('\n}\n', start);
  if (start === -1 || end === -1 || source.indexOf(`${name}(`, end) !== -1)
    throw new Error(`${path}: cannot drop function ${name}; update scripts/bundle-patches.mjs`);
  return source.slice(0, start) + source.slice(end + 2);
}

/** `source` (the file at `path`) with one patch applied; throws when the dependency's code changed. */
export function applyPatch(patch, path, source) {
  for (const [from, to] of patch.replace) {
    if (source.split(from).length !== 2)
      throw new Error(
        `${path}: expected exactly one '${from.split('\n')[0]}'; the dependency changed, update scripts/bundle-patches.mjs`,
      );
    source = source.replace(from, () => to);
  }
  if (patch.dropFunction) source = dropTopLevelFunction(source, patch.dropFunction, path);
  return source;
}

/** The esbuild plugin applying `patches`. */
export const patchPlugin = {
  name: 'apigw-dependency-patches',
  setup(build) {
    for (const patch of patches) {
      build.onLoad({ filter: patch.file }, (args) => ({
        contents: applyPatch(patch, args.path, readFileSync(args.path, 'utf8')),
        loader: 'js',
      }));
    }
  },
};
