/** Profiles, regions and credentials, resolved from ~/.aws and the environment as botocore does. */
import { describe, expect, it } from 'vitest';
import { sandbox } from './harness.ts';

describe('profile and region resolution', () => {
  const whoami = () => sandbox(() => ({ Account: '111111111111' }));

  it('uses the default profile: its region and access key', async () => {
    const run = await whoami().run('aws sts get-caller-identity');
    expect(run.requests[0]).toEqual({ service: 'sts', action: 'GetCallerIdentity', input: {}, region: 'us-east-1', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' });
  });

  it('switches with --profile and AWS_PROFILE', async () => {
    const box = whoami();
    await box.run('aws sts get-caller-identity --profile partner');
    await box.run('aws sts get-caller-identity', { env: { AWS_PROFILE: 'partner' } });
    for (const request of box.requests) expect(request).toMatchObject({ region: 'eu-west-1', accessKeyId: 'AKIAI44QH8DHBEXAMPLE' });
  });

  it('prefers --region, then AWS_REGION, then AWS_DEFAULT_REGION, then the profile', async () => {
    const box = whoami();
    await box.run('aws sts get-caller-identity --region ap-south-1', { env: { AWS_REGION: 'us-west-2' } });
    await box.run('aws sts get-caller-identity', { env: { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'ca-central-1' } });
    await box.run('aws sts get-caller-identity', { env: { AWS_DEFAULT_REGION: 'ca-central-1' } });
    expect(box.requests.map((r) => r.region)).toEqual(['ap-south-1', 'us-west-2', 'ca-central-1']);
  });

  it('takes AWS_ACCESS_KEY_ID from the environment unless --profile is explicit', async () => {
    const box = whoami();
    await box.run('aws sts get-caller-identity', { env: { AWS_ACCESS_KEY_ID: 'AKIAENVEXAMPLE', AWS_SECRET_ACCESS_KEY: 'x' } });
    await box.run('aws sts get-caller-identity --profile partner', { env: { AWS_ACCESS_KEY_ID: 'AKIAENVEXAMPLE' } });
    expect(box.requests.map((r) => r.accessKeyId)).toEqual(['AKIAENVEXAMPLE', 'AKIAI44QH8DHBEXAMPLE']);
  });

  it('fails an unknown profile (255), a missing region or credentials (253)', async () => {
    const box = whoami();
    expect(await box.run('aws sts get-caller-identity --profile nope')).toMatchObject({
      rc: 255, stderr: '\nThe config profile (nope) could not be found\n',
    });
    box.fs.put('/home/learner/.aws/config', '[default]\noutput = json\n');
    expect(await box.run('aws sts get-caller-identity')).toMatchObject({
      rc: 253, stderr: '\nYou must specify a region. You can also configure your region by running "aws configure".\n',
    });
    box.fs.put('/home/learner/.aws/credentials', '');
    expect(await box.run('aws sts get-caller-identity --region us-east-1')).toMatchObject({
      rc: 253, stderr: '\nUnable to locate credentials. You can configure credentials by running "aws configure".\n',
    });
    expect(box.requests).toHaveLength(0);
  });

  it('reads the output format from the profile and AWS_DEFAULT_OUTPUT', async () => {
    const box = sandbox(() => ({ Account: '111111111111' }));
    box.fs.put('/home/learner/.aws/config', '[default]\nregion = us-east-1\noutput = text\n');
    expect((await box.run('aws sts get-caller-identity')).stdout).toBe('111111111111\n');
    expect((await box.run('aws sts get-caller-identity', { env: { AWS_DEFAULT_OUTPUT: 'json' } })).stdout).toBe('{\n    "Account": "111111111111"\n}\n');
  });
});
