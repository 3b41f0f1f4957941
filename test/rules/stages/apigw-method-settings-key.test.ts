import methodSettingsKey from '../../../src/lint/config-rules/method-settings-key.js';
import type { LoadedSpec } from '../../../src/definition/types.js';
import { configRuleTester } from '../../support/rule-tester.js';

const specs = [
  {
    resolved: { paths: { '/pets': { get: {} }, '/pets/{id}': { 'x-amazon-apigateway-any-method': {} } } },
  } as unknown as LoadedSpec,
];

// DG set-up-stages (method settings keyed resourcePath/httpMethod, * wildcards).
configRuleTester(methodSettingsKey, {
  valid: [
    {
      name: 'accepts existing methods, ANY methods and wildcards',
      code: 'stages:\n  prod:\n    methodSettings:\n      /pets/GET: {metrics: true}\n      /pets/{id}/DELETE: {metrics: true}\n      "*/*": {metrics: true}\n',
      options: { specs },
    },
  ],
  invalid: [
    {
      name: 'flags a malformed key and a key matching no method',
      code: 'stages:\n  prod:\n    methodSettings:\n      pets/get: {metrics: true}\n      /pets/POST: {metrics: true}\n',
      options: { specs },
      errors: [
        { path: 'stages.prod.methodSettings.pets/get', line: 4 },
        { path: 'stages.prod.methodSettings./pets/POST', line: 5, message: /matches no method in the definition/ },
      ],
    },
  ],
});
