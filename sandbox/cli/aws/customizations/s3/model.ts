/**
 * `aws s3` as the driver sees a service: its name, help and the real command list. The commands are
 * code over s3api operations (S3_COMMANDS in ./index.ts), not operations of a model. Kept free of
 * runtime imports so models/index.ts can list it without an import cycle.
 */
import type { ServiceModel } from '../../models/shapes.ts';

export const s3Model: ServiceModel = {
  cliName: 's3',
  endpointPrefix: 's3',
  fullName: 'Amazon Simple Storage Service',
  doc: 'High-level S3 commands: paths are local paths or S3 URIs (s3://bucket/key); cp, mv, rm and sync work on one object or, with --recursive, on every object under a prefix; ls lists buckets and objects; mb and rb make and remove buckets.',
  operations: {},
  commands: ['cp', 'ls', 'mb', 'mv', 'presign', 'rb', 'rm', 'sync', 'website'],
};
