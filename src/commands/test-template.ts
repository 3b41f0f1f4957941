import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../cli/base-command.js';

export default class TestTemplate extends BaseCommand {
  static override summary =
    'Render API Gateway mapping templates locally, exactly as AWS would; run golden template tests.';
  static override description = `Renders an operation's request template (or, with --response, the integration response it selects
and its response template) for a sample request, with API Gateway's Velocity semantics, $input/$util/$context/
$stageVariables, template selection, parameter mapping and overrides. Or renders a bare template file.
--cases DIR runs every *.case.yaml|yml|json in DIR and fails on any difference (--update records the failing cases' results).
Exit codes: 0 ok, 1 the template failed (or a case failed), 2 bad input.`;
  static override examples = [
    '<%= config.bin %> test-template openapi.yaml --path /pets/{id} --method GET --event event.yaml',
    '<%= config.bin %> test-template openapi.yaml --path /pets --method GET --event event.yaml --response 200 --json',
    '<%= config.bin %> test-template --template request.vtl --event event.yaml --stage-variable env=prod',
    '<%= config.bin %> test-template --cases examples/template-cases --format junit > template-tests.xml',
    '<%= config.bin %> test-template template.yaml --path /pets --method POST --event event.yaml',
    "<%= config.bin %> test-template template.yaml --route '$default' --event message.yaml",
  ];
  static override args = {
    spec: Args.string({
      description: 'Definition file (YAML or JSON) holding the operation, or a CloudFormation/SAM template.',
    }),
  };
  static override flags = {
    path: Flags.string({ description: 'Resource path of the operation, e.g. /pets/{id}.' }),
    route: Flags.string({
      description:
        "WebSocket route key in a CloudFormation/SAM template, e.g. $default or sendmessage; the event's request.body is the message.",
    }),
    api: Flags.string({ description: 'Logical id of the API when a template holds several.' }),
    method: Flags.string({ description: 'HTTP method of the operation.' }),
    template: Flags.string({ description: "A bare template file to render instead of an operation's." }),
    event: Flags.string({ description: 'Event file (YAML or JSON; our shape or a Lambda proxy event).' }),
    response: Flags.string({
      description: 'Render the response side; optionally the integration response with this status code.',
    }),
    'content-type': Flags.string({ description: 'Pick the request template for this Content-Type.' }),
    'stage-variable': Flags.string({ description: 'Stage variable k=v (repeatable).', multiple: true }),
    context: Flags.string({
      description: '$context override path=value, e.g. identity.sourceIp=203.0.113.9 (repeatable).',
      multiple: true,
    }),
    json: Flags.boolean({
      description:
        'Print one JSON object: output, overrides, selected template, warnings (with --cases: passed, failed, and each case).',
    }),
    cases: Flags.string({ description: 'Run the golden case files in this folder.' }),
    update: Flags.boolean({
      description: 'With --cases: write the actual results into the case files of the cases that fail.',
    }),
    root: Flags.string({
      description:
        'With --cases: the folder case files may read templates, definitions and events from (default: the project holding the cases folder: apigw.yaml or .git).',
    }),
    format: Flags.option({
      options: ['text', 'junit'] as const,
      default: 'text' as const,
      description: 'With --cases: report format.',
    })(),
  };

  async run(): Promise<void> {
    // `--response` may come without a value: give oclif one.
    const argv = [...this.argv];
    const i = argv.indexOf('--response');
    if (i >= 0 && (i === argv.length - 1 || argv[i + 1].startsWith('-'))) argv.splice(i + 1, 0, 'auto');
    const { args, flags } = await this.parse({ flags: TestTemplate.flags, args: TestTemplate.args }, argv);
    const { InputError, ExitCode } = await import('../core/errors.js');
    // Case names, failures and warnings come from templates and case files (a pull request's):
    // control characters are shown escaped, line breaks kept.
    const { escapeControl } = await import('../core/control-chars.js');
    const lines = (text: string) => escapeControl(text, { keepLineBreaks: true });

    if (!flags.cases) {
      if (flags.update) throw new InputError('--update works with --cases only');
      if (flags.format !== 'text')
        throw new InputError('--format works with --cases only (one render prints its output, or --json)');
    }
    if (flags.cases) {
      if (args.spec || flags.template || flags.route !== undefined || flags.path || flags.method || flags.event)
        throw new InputError(
          '--cases runs the case files: do not also pass a definition, --template, --route, --path, --method or --event',
        );
      if (flags.json && flags.format === 'junit')
        throw new InputError('--json and --format junit are two reports: pick one');
      const { runCases, casesToJunit, casesToJson } = await import('../vtl/cases.js');
      const outcomes = await runCases(flags.cases, flags.update, flags.root);
      if (flags.format === 'junit') this.write(casesToJunit(outcomes, process.cwd()));
      else if (flags.json) this.write(`${JSON.stringify(casesToJson(outcomes, process.cwd()), null, 2)}\n`);
      else {
        for (const o of outcomes) {
          this.write(
            `${o.ok ? (o.updated ? 'updated' : 'ok  ') : 'FAIL'}  ${escapeControl(o.name)}  (${escapeControl(o.file)})\n`,
          );
          for (const f of o.failures) this.write(`${lines(f).replace(/^/gm, '      ')}\n`);
        }
        const failed = outcomes.filter((o) => !o.ok).length;
        this.write(
          `\n${outcomes.length - failed} passed, ${failed} failed${flags.update ? ` (${outcomes.filter((o) => o.updated).length} updated)` : ''}\n`,
        );
      }
      if (outcomes.some((o) => !o.ok)) this.exit(ExitCode.findings);
      return;
    }

    const { readEventFile } = await import('../vtl/event.js');
    const { setPath } = await import('../vtl/context.js');
    const { runTarget } = await import('../vtl/run.js');
    const input = flags.event ? await readEventFile(flags.event) : {};
    for (const kv of flags['stage-variable'] ?? []) {
      const eq = kv.indexOf('=');
      if (eq <= 0) throw new InputError(`--stage-variable expects NAME=VALUE, got "${kv}"`);
      input.stageVariables = { ...(input.stageVariables ?? {}), [kv.slice(0, eq)]: kv.slice(eq + 1) };
    }
    for (const kv of flags.context ?? []) {
      const eq = kv.indexOf('=');
      if (eq <= 0) throw new InputError(`--context expects PATH=VALUE, got "${kv}"`);
      input.context = input.context ?? {};
      setPath(input.context, kv.slice(0, eq), kv.slice(eq + 1));
    }
    let response: boolean | number | undefined;
    if (flags.response !== undefined) {
      if (flags.response === 'auto') response = true;
      else if (/^[1-5]\d\d$/.test(flags.response)) response = Number(flags.response);
      else throw new InputError(`--response takes an HTTP status code (e.g. 200), got "${flags.response}"`);
    }

    let result;
    if (flags.route !== undefined) {
      if (!args.spec)
        throw new InputError('--route needs the CloudFormation/SAM template that defines the WebSocket API');
      if (flags.path || flags.method || flags.template)
        throw new InputError(
          "--route renders a WebSocket route's templates: do not also pass --path, --method or --template",
        );
      const { runRoute } = await import('../vtl/run-route.js');
      result = await runRoute({ file: args.spec, routeKey: flags.route, api: flags.api }, input, { response });
    } else if (flags.template) {
      if (args.spec || flags.path || flags.method)
        throw new InputError('--template renders a bare template: do not also pass a definition, --path or --method');
      result = await runTarget({ kind: 'template', file: flags.template }, input, { response: response !== undefined });
    } else {
      if (!args.spec)
        throw new InputError('pass a definition with --path and --method, or --template FILE, or --cases DIR');
      if (!flags.path || !flags.method)
        throw new InputError('a definition needs --path and --method to pick the operation');
      result = await runTarget(
        { kind: 'operation', spec: args.spec, path: flags.path, method: flags.method, api: flags.api },
        input,
        { response, contentType: flags['content-type'] },
      );
    }
    if (flags.json) this.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      // The rendered text stays byte-exact for a pipe or a file; a terminal gets it escaped (an ESC
      // sequence in a template's output would repaint it).
      this.write(process.stdout.isTTY ? lines(result.output) : result.output);
      for (const w of result.warnings) process.stderr.write(`apigw: warning: ${escapeControl(w)}\n`);
    }
    if (result.template.action === 'reject') this.exit(ExitCode.findings);
  }
}
