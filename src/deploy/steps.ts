/**
 * Step bookkeeping shared by deploy, canary and rollback: each step is announced as it starts and
 * finishes, and a failure says which steps happened and what the stage still serves.
 */
import { ApigwError, ExitCode } from '../core/errors.js';

export interface StepRecord {
  step: string;
  status: 'done' | 'failed';
  detail?: string;
}

export type Progress = (line: string) => void;

export class StepRunner {
  readonly steps: StepRecord[] = [];
  /** Said after a failure: what the stage serves now (kept current by the caller). */
  servingNote = '';
  /**
   * Set while a step runs that may move the stage (UpdateStage, CreateStage, a canary
   * CreateDeployment): after its failure the stage is re-read instead of assumed.
   */
  private truth?: () => Promise<string>;

  constructor(private readonly progress: Progress) {}

  /** `run` for a step that may move the stage: a failure reports the stage as read afterwards. */
  async runMoving<T>(
    step: string,
    work: () => Promise<T>,
    truth: () => Promise<string>,
    detail?: (value: T) => string | undefined,
  ): Promise<T> {
    this.truth = truth;
    try {
      return await this.run(step, work, detail);
    } finally {
      this.truth = undefined;
    }
  }

  async run<T>(step: string, work: () => Promise<T>, detail?: (value: T) => string | undefined): Promise<T> {
    this.progress(`${step}...`);
    try {
      const value = await work();
      const d = detail?.(value);
      this.steps.push({ step, status: 'done', detail: d });
      this.progress(`${step}: done${d ? ` (${d})` : ''}`);
      return value;
    } catch (error) {
      this.steps.push({ step, status: 'failed' });
      this.progress(`${step}: failed`);
      const done = this.steps.filter((s) => s.status === 'done').map((s) => s.step);
      const base =
        error instanceof ApigwError
          ? error
          : new ApigwError(String((error as Error)?.message ?? error), { exitCode: ExitCode.findings, cause: error });
      const serving = this.truth ? await this.truth() : this.servingNote;
      const context = `[failed at: ${step}; done before it: ${done.length ? done.join(', ') : 'nothing'}${serving ? `; ${serving}` : ''}]`;
      const wrapped = new ApigwError(`${base.message} ${context}`, {
        exitCode: base.exitCode,
        place: base.place,
        cause: error,
      });
      (wrapped as ApigwError & { steps?: StepRecord[] }).steps = this.steps;
      throw wrapped;
    }
  }
}
