/**
 * A learner's path through lesson 1, in the production build and Debian's Chromium: open the course,
 * pick the lesson, write the handler in the editor, deploy and invoke it from the terminal, read the
 * logs, press Check and see every check pass; reload and find the work still there.
 */
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1440, height: 900 } });

const SOLUTION = `export const handler = async (event, context) => {
  console.log('greeting', event.name);
  return { message: \`Hello, \${event.name}!\` };
};
`;

async function type(page: Page, command: string) {
  await page.getByTestId('terminal').click();
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
}

/** The terminal's whole scrollback (xterm draws only the rows on screen), from the sandbox's transcript hook. */
async function terminalText(page: Page): Promise<string> {
  return page.getByTestId('terminal').evaluate((el) => (el as HTMLElement & { labTranscript: () => string }).labTranscript());
}

async function waitForPrompts(page: Page, count: number) {
  await expect.poll(async () => ((await terminalText(page)).match(/learner@lambda-lab:~\$/g) ?? []).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(count);
}

test('open lesson 1, write the handler, deploy, invoke, read logs, check, reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Your first Lambda function/ }).first().click();
  await expect(page).toHaveURL(/\/lessons\/01-first-function\/?$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your first Lambda function');

  const sandbox = page.getByTestId('sandbox');
  await expect(sandbox).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('[data-testid="file-item"][data-path="index.mjs"]')).toBeVisible();
  await expect(page.getByTestId('editor')).toContainText("Hello, world!");

  // Before any work, Check shows what is missing.
  await page.getByTestId('check-button').click();
  await expect(page.getByTestId('check-summary')).toContainText(/of 5 checks pass/);
  await expect(page.locator('[data-testid="check-result"][data-status="fail"]').first()).toBeVisible();

  // Write the handler in the editor (insertText: CodeMirror would auto-close typed brackets).
  await page.getByTestId('editor').locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(SOLUTION);
  await expect(page.getByTestId('editor')).toContainText('Hello, ${event.name}!');

  await waitForPrompts(page, 1);
  await type(page, 'zip function.zip index.mjs');
  await expect.poll(() => terminalText(page)).toContain('adding: index.mjs');
  await type(page, 'aws lambda create-function --function-name hello --runtime nodejs24.x --handler index.handler \\');
  await type(page, '    --role arn:aws:iam::111111111111:role/lambda-basic --zip-file fileb://function.zip');
  await expect.poll(() => terminalText(page)).toContain('"FunctionArn": "arn:aws:lambda:us-east-1:111111111111:function:hello"');
  await type(page, `aws lambda invoke --function-name hello --payload '{"name":"Ada"}' out.json`);
  await expect.poll(() => terminalText(page)).toContain('"StatusCode": 200');
  await expect.poll(() => terminalText(page)).toContain('"ExecutedVersion": "$LATEST"');
  await type(page, 'cat out.json');
  await expect.poll(() => terminalText(page)).toContain('{"message":"Hello, Ada!"}');
  await type(page, 'aws logs tail /aws/lambda/hello');
  await expect.poll(() => terminalText(page)).toMatch(/START RequestId: [0-9a-f-]{36} Version: \$LATEST/);
  await expect.poll(() => terminalText(page)).toMatch(/Init Duration: [\d.]+ ms/);
  await expect(page.locator('[data-testid="file-item"][data-path="out.json"]')).toBeVisible();

  await page.getByTestId('check-button').click();
  await expect(page.getByTestId('check-summary')).toContainText(/All 5 checks pass/);
  await expect(page.locator('[data-testid="check-result"][data-status="pass"]')).toHaveCount(5);

  // A reload loses nothing: the handler, the files the shell wrote, and the deployed function.
  await page.reload();
  await expect(sandbox).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('editor')).toContainText('Hello, ${event.name}!');
  await expect(page.locator('[data-testid="file-item"][data-path="function.zip"]')).toBeVisible();
  await waitForPrompts(page, 1);
  await type(page, 'aws lambda get-function-configuration --function-name hello --query Handler --output text');
  await expect.poll(() => terminalText(page)).toContain('index.handler');
});

test('bad input gets an AWS answer and the sandbox goes on', async ({ page }) => {
  await page.goto('/lessons/01-first-function/');
  await expect(page.getByTestId('sandbox')).toHaveAttribute('data-state', 'ready');
  await waitForPrompts(page, 1);
  await type(page, 'aws lambda invoke --function-name nope out.json');
  await expect.poll(() => terminalText(page)).toContain(
    'An error occurred (ResourceNotFoundException) when calling the Invoke operation: Function not found: arn:aws:lambda:us-east-1:111111111111:function:nope',
  );
  await type(page, 'aws lambda frobnicate');
  await expect.poll(() => terminalText(page)).toContain('Invalid choice');
  await type(page, 'nosuchcommand');
  await expect.poll(() => terminalText(page)).toContain('nosuchcommand: command not found');
  // An infinite loop is killed at the function's timeout and the next invoke works.
  await type(page, `echo 'export const handler = async (e) => { if (e.spin) while (true) {} return "ok"; };' > loop.mjs`);
  await type(page, 'zip loop.zip loop.mjs && aws lambda create-function --function-name loop --runtime nodejs24.x --handler loop.handler --role arn:aws:iam::111111111111:role/lambda-basic --zip-file fileb://loop.zip --timeout 1 > /dev/null');
  await type(page, `aws lambda invoke --function-name loop --payload '{"spin":true}' spin.json && cat spin.json`);
  await expect.poll(() => terminalText(page), { timeout: 30_000 }).toContain('Task timed out after 1.00 seconds');
  await type(page, `aws lambda invoke --function-name loop --payload '{}' ok.json && cat ok.json`);
  await expect.poll(() => terminalText(page), { timeout: 30_000 }).toContain('"ok"');
  await expect(page.getByTestId('sandbox')).toHaveAttribute('data-state', 'ready');
});
