/**
 * API Gateway evaluates `identityValidationExpression` with Java's regex engine. JavaScript's
 * engine is close enough to compile-check it once the Java-only constructs are rewritten to
 * equivalents JavaScript accepts (they do not change whether the pattern is well formed).
 */

/** The compile error of a Java regular expression, or undefined when it compiles. */
export function javaRegexProblem(pattern: string): string | undefined {
  let js = pattern;
  let flags = '';
  // Leading inline flags (?i), (?s), (?m), (?x)… : JavaScript takes them as flags.
  js = js.replace(/^\(\?([imsxu]+)\)/, (_, f: string) => {
    flags = [...new Set(f.replace(/[xu]/g, ''))].join('');
    return '';
  });
  js = js
    .replace(/\\[AG]/g, '^')
    .replace(/\\[Zz]/g, '$')
    .replace(/\(\?>/g, '(?:') // atomic group
    .replace(/([*+?}])\+/g, '$1') // possessive quantifiers
    .replace(
      /\\p\{(Alpha|Alnum|Digit|Lower|Upper|Punct|Space|XDigit|Blank|Cntrl|Graph|Print|ASCII|java\w+|Is\w+|In\w+)\}/g,
      'a',
    )
    .replace(/\\P\{\w+\}/g, 'a')
    .replace(/\\Q([\s\S]*?)(\\E|$)/g, (_, lit: string) => lit.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  try {
    new RegExp(js, flags);
    return undefined;
  } catch (error) {
    return String((error as Error).message).replace(/^Invalid regular expression: \/.*\/\w*: /, '');
  }
}
