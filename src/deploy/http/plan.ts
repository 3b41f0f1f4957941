/**
 * The plan printed before an HTTP API deploy: the diff engine's comparison of what the API and the
 * stage hold now with what the definition and apigw.yaml ask for (every change kind, classified as
 * `apigw diff` classifies it), plus how the change is released to the stage.
 */
import type { Change } from '../../diff/change.js';
import { redactValue } from '../../core/redact.js';

export interface HttpPlan {
  api: string;
  stage: string;
  changes: Change[];
  /** Routes in the definition. */
  routeCount: number;
  stageExists: boolean;
  autoDeploy: boolean;
  currentDeploymentId?: string;
  /** The stage's deployment was made from this very body: no new deployment. */
  unchanged?: boolean;
  /** Other stages with auto-deploy: the reimport releases to them too. */
  alsoReleased: string[];
  /** Stage variables on the stage that apigw.yaml and --stage-variable do not mention (kept). */
  undeclaredVariables: string[];
}

const MARK: Record<string, string> = { 'operation-added': '+', 'operation-removed': '-' };

export function renderHttpPlan(plan: HttpPlan): string[] {
  const lines = [`Plan for stage '${plan.stage}' of ${plan.api}:`];
  const touched = new Set<string>();
  let added = 0;
  let removed = 0;
  for (const c of plan.changes) {
    if (c.rule === 'operation-added') added++;
    else if (c.rule === 'operation-removed') removed++;
    else if (/^[A-Z]+ \//.test(c.scope)) touched.add(c.scope);
    lines.push(`  ${MARK[c.rule] ?? '~'} ${c.scope}  ${shown(c)} (${c.classification})`);
  }
  const unchanged = plan.routeCount - added - touched.size;
  lines.push(
    `  routes: ${added} to add, ${touched.size} to change, ${removed} to remove, ${Math.max(0, unchanged)} unchanged`,
  );
  if (!plan.stageExists) {
    lines.push(
      `  stage '${plan.stage}': will be created${plan.autoDeploy ? ' with auto-deploy (each import of the API is released to it at once)' : ' on a new deployment'}`,
    );
  } else if (plan.autoDeploy) {
    lines.push(`  stage '${plan.stage}': auto-deploy is on: the reimport is the release`);
  } else if (plan.unchanged) {
    lines.push(
      `  stage '${plan.stage}': deployment ${plan.currentDeploymentId} was made from this same definition: no new deployment`,
    );
  } else {
    lines.push(`  stage '${plan.stage}': deployment ${plan.currentDeploymentId ?? '(none)'} -> new deployment`);
  }
  if (plan.alsoReleased.length)
    lines.push(`  also released at once (auto-deploy on): stage ${plan.alsoReleased.map((s) => `'${s}'`).join(', ')}`);
  if (plan.undeclaredVariables.length)
    lines.push(`  stage variables not in apigw.yaml (kept): ${plan.undeclaredVariables.join(', ')}`);
  return lines;
}

/** The change's message, with stage-variable values masked when their name or value looks secret. */
function shown(c: Change): string {
  if (c.path[0] === 'stage' && c.path[1] === 'variables') {
    const name = String(c.path[2]);
    const show = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(redactValue(name, String(v))));
    return `variable ${name}: ${show(c.before)} → ${show(c.after)}`;
  }
  return c.message;
}
