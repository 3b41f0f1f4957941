/** The bundled template examples lint clean and render as their docs say. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../support/cli.js';

for (const example of ['sam-rest-api', 'resource-rest-api', 'websocket']) {
  test(`examples/${example}/template.yaml lints clean`, async () => {
    const r = await runCli(['lint', `examples/${example}/template.yaml`, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), []);
  });
}

test('examples/websocket: the $default message renders as docs/test-template.md shows', async () => {
  const r = await runCli([
    'test-template',
    'examples/websocket/template.yaml',
    '--route',
    '$default',
    '--event',
    'examples/websocket/message.yaml',
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stdout,
    'Action=SendMessage&MessageGroupId=g1&MessageDeduplicationId=Ab1=&MessageAttribute.1.Name=connectionId&MessageAttribute.1.Value.StringValue=Cd2=&MessageAttribute.1.Value.DataType=String&MessageBody=%7B%22MessageGroupId%22%3A%22g1%22%2C%22hello%22%3A%22world%22%7D',
  );
});
