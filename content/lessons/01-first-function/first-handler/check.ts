import { check, defineExercise } from 'lambda-lab/grader';

const FUNCTION = 'hello';

export default defineExercise({
  title: 'Your first handler',
  checks: [
    check('index.mjs exports an async handler that Lambda can load', async (t) => {
      t.assert(t.file('index.mjs') !== undefined, 'There is no index.mjs in your workspace. Create it (or restore the starter) and write the handler there.');
      const fn = await t.deployWorkspace({ handler: 'index.handler' });
      const out = await t.invoke(fn, { name: 'Grace' });
      t.assert(!out.functionError, `Lambda could not run your handler: ${out.errorType}: ${out.errorMessage}`);
    }, { hint: 'Keep `export const handler = async (event, context) => { … }` in index.mjs; the handler setting index.handler means "the export named handler in index.mjs".' }),

    check('returns a greeting with the name from the event', async (t) => {
      const fn = await t.deployWorkspace({ handler: 'index.handler' });
      for (const name of ['Grace', 'Linus']) {
        const out = await t.invoke(fn, { name });
        t.assert(!out.functionError, `Your handler failed for the event {"name":"${name}"}: ${out.errorType}: ${out.errorMessage}`);
        t.equal(out.payload, { message: `Hello, ${name}!` }, `For the event {"name":"${name}"} the handler should return { message: "Hello, ${name}!" }.`);
      }
    }, { hint: 'Read the name with event.name and build the text with a template literal: `Hello, ${event.name}!`.' }),

    check(`the function "${FUNCTION}" is deployed with the Node.js runtime and handler index.handler`, async (t) => {
      const fn = t.need(await t.find('lambda', 'GetFunctionConfiguration', { FunctionName: FUNCTION }),
        `There is no function named ${FUNCTION} yet. Zip index.mjs and run aws lambda create-function --function-name ${FUNCTION} … (see step 2).`);
      t.assert(String(fn.Runtime).startsWith('nodejs'), `${FUNCTION} uses the runtime ${fn.Runtime}; create it with --runtime nodejs24.x.`);
      t.equal(fn.Handler, 'index.handler', `${FUNCTION}'s handler setting should point at the handler export in index.mjs.`);
    }, { hint: 'zip function.zip index.mjs, then aws lambda create-function with --zip-file fileb://function.zip.' }),

    check(`"${FUNCTION}" runs your finished handler`, async (t) => {
      t.need(await t.find('lambda', 'GetFunctionConfiguration', { FunctionName: FUNCTION }), `Deploy the function ${FUNCTION} first.`);
      const out = await t.invoke(FUNCTION, { name: 'Margaret' });
      t.assert(!out.functionError, `Invoking ${FUNCTION} failed: ${out.errorType}: ${out.errorMessage}`);
      t.equal(out.payload, { message: 'Hello, Margaret!' }, `The code deployed as ${FUNCTION} is not the finished handler.`);
    }, { hint: 'Deployed code does not change when you edit the file. Zip again and run aws lambda update-function-code --function-name hello --zip-file fileb://function.zip.' }),

    check(`you invoked "${FUNCTION}" and it wrote its logs`, async (t) => {
      const messages = await t.logMessages(`/aws/lambda/${FUNCTION}`);
      t.assert(messages.some((m) => m.startsWith('START RequestId:')), `${FUNCTION} has not been invoked yet: run aws lambda invoke --function-name ${FUNCTION} --payload '{"name":"Ada"}' out.json.`);
      t.assert(messages.some((m) => m.startsWith('REPORT RequestId:')), `${FUNCTION}'s log stream has no REPORT line yet.`);
    }, { hint: 'Invoke it once, then read the logs with aws logs tail /aws/lambda/hello.' }),
  ],
});
