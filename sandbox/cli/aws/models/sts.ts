/** AWS Security Token Service (botocore data/sts/2011-06-15): who am I, for profile lessons. */
import { structure, type OperationModel, type ServiceModel } from './shapes.ts';

const GetCallerIdentity: OperationModel = {
  name: 'GetCallerIdentity',
  doc: 'Returns details about the IAM user or role whose credentials are used to call the operation.',
  input: structure({}, { name: 'GetCallerIdentityRequest' }),
};

export const stsModel: ServiceModel = {
  cliName: 'sts',
  endpointPrefix: 'sts',
  fullName: 'AWS Security Token Service',
  doc: 'STS issues temporary credentials and tells a caller which identity its credentials belong to.',
  operations: { GetCallerIdentity },
  commands: [
    'assume-role', 'assume-role-with-saml', 'assume-role-with-web-identity', 'assume-root',
    'decode-authorization-message', 'get-access-key-info', 'get-caller-identity', 'get-federation-token',
    'get-session-token',
  ],
};
