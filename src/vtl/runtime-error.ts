/**
 * The error a template raises at run time, and the string budget methods check. Its own module so
 * java-regex.ts and java.ts need not import each other (Spectral's ruleset bundler warns on cycles).
 */
export class VtlRuntimeError extends Error {
  /** True when a size/time limit, not the template's logic, stopped it. */
  readonly limit: boolean;
  constructor(message: string, limit = false) {
    super(message);
    this.name = 'VtlRuntimeError';
    this.limit = limit;
  }
}

/** Largest string a method may build (the engine sets it from RenderLimits.maxOutputChars). */
export const stringBudget = { max: 10 * 1024 * 1024 };
