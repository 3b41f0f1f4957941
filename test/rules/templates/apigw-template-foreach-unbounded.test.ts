import rule from '../../../rules/templates/template-foreach-unbounded.js';
import { requestTemplateDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG api-gateway-execution-service-limits-table: 1,000 #foreach iterations.
ruleTester(rule, {
  valid: [
    {
      name: 'bounded loops pass',
      code: requestTemplateDoc(`#foreach($i in $input.path('$.items').subList(0, 10))$i#end
#foreach($j in $input.path('$.more'))#if($foreach.count > 100)#break#end$j#end
#foreach($k in $input.params().header.keySet())$k#end
`),
    },
  ],
  invalid: [
    {
      name: 'loop over the request body',
      code: requestTemplateDoc(`#set($items = $input.path('$.items'))
[#foreach($i in $items)"$i"#if($foreach.hasNext),#end#end]
`),
      errors: [
        {
          path: 'paths./pets.post.x-amazon-apigateway-integration.requestTemplates.application/json',
          line: 12,
          message: /#foreach over \$items iterates over client-supplied data.*\(file line 14\)\]$/,
        },
      ],
    },
  ],
});
