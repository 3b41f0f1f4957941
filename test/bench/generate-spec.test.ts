import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { stringify } from 'yaml';
// @ts-expect-error plain ESM script without types
import { generateSpec } from '../../bench/generate-spec.mjs';
import { loadSpec } from '../../src/definition/load.js';

const work = mkdtempSync(join(tmpdir(), 'apigw-bench-gen-'));
after(() => rmSync(work, { recursive: true, force: true }));

const METHODS = new Set(['get', 'put', 'post', 'delete']);

describe('bench/generate-spec.mjs', () => {
  it('gives N operations, each with an integration carrying request and response templates', () => {
    const spec = generateSpec(1000);
    const operations = Object.values(spec.paths as Record<string, Record<string, any>>).flatMap((item) =>
      Object.entries(item)
        .filter(([method]) => METHODS.has(method))
        .map(([, op]) => op),
    );
    assert.equal(operations.length, 1000);
    for (const op of operations) {
      const integration = op['x-amazon-apigateway-integration'];
      assert.ok(integration, op.operationId);
      assert.ok(Object.keys(integration.requestTemplates ?? {}).length > 0, `${op.operationId}: request template`);
      const responseTemplates = Object.values(integration.responses as Record<string, any>).filter(
        (r) => r.responseTemplates,
      );
      assert.ok(responseTemplates.length > 0, `${op.operationId}: response template`);
    }
    const types = new Set(operations.map((op) => op['x-amazon-apigateway-integration'].type));
    assert.deepEqual([...types].sort(), ['aws', 'http', 'mock']);
  });

  it('is deterministic (runs are comparable)', () => {
    assert.equal(stringify(generateSpec(40)), stringify(generateSpec(40)));
  });

  it('loads as an OpenAPI 3.0 REST API with every $ref resolved', async () => {
    const file = join(work, 'gen.yaml');
    writeFileSync(file, stringify(generateSpec(40), { lineWidth: 0 }));
    const spec = await loadSpec(file);
    assert.equal(spec.version, 'oas30');
    assert.equal(spec.flavour.type, 'rest');
    assert.deepEqual(spec.problems, []);
    const schema =
      spec.resolved.paths['/area1/items1/{itemId}'].get.responses['200'].content['application/json'].schema;
    assert.equal(schema.properties.owner.properties.email.format, 'email');
    assert.equal(schema.properties.related.items, spec.resolved.components.schemas.Item0);
    assert.match(readFileSync(file, 'utf8'), /x-amazon-apigateway-integration:/);
  });
});
