/**
 * AWS Identity and Access Management (botocore data/iam/2010-05-08, query protocol): roles, users,
 * inline and managed policies — the operations the sandbox engine answers, transcribed from the
 * model (members in its order, `required`, `min`/`max`, enums, the first sentence of each member's
 * documentation) with their paginators (`Marker` / `MaxItems`). Policy documents are plain strings
 * here, so `--policy-document file://policy.json` reads the file as the real CLI does.
 */
import { boolean, integer, list, member, string, structure, type OperationModel, type ServiceModel } from './shapes.ts';

const RoleNameType = string({ name: 'roleNameType', min: 1, max: 64 });
const ArnType = string({ name: 'arnType', min: 20, max: 2048 });
const UserNameType = string({ name: 'userNameType', min: 1, max: 64 });
const PolicyNameType = string({ name: 'policyNameType', min: 1, max: 128 });
const PolicyPathType = string({ name: 'policyPathType', min: 1, max: 512 });
const PolicyDocumentType = string({ name: 'policyDocumentType', min: 1, max: 131072 });
const PolicyDescriptionType = string({ name: 'policyDescriptionType', max: 1000 });
const TagKeyType = string({ name: 'tagKeyType', min: 1, max: 128 });
const TagValueType = string({ name: 'tagValueType', min: 0, max: 256 });
const Tag = structure({
  Key: member(TagKeyType, 'The key name that can be used to look up or retrieve the associated value.'),
  Value: member(TagValueType, 'The value associated with this tag.'),
}, { name: 'Tag', required: ['Key', 'Value'] });
const TagListType = list(Tag, { name: 'tagListType', max: 50 });
const BooleanType = { ...boolean, name: 'booleanType' };
const PathType = string({ name: 'pathType', min: 1, max: 512 });
const RoleDescriptionType = string({ name: 'roleDescriptionType', max: 1000 });
const RoleMaxSessionDurationType = integer({ name: 'roleMaxSessionDurationType', min: 3600, max: 43200 });
const PolicyVersionIdType = string({ name: 'policyVersionIdType' });
const ExistingUserNameType = string({ name: 'existingUserNameType', min: 1, max: 128 });
const MarkerType = string({ name: 'markerType', min: 1, max: 320 });
const MaxItemsType = integer({ name: 'maxItemsType', min: 1, max: 1000 });
const PolicyScopeType = string({ name: 'policyScopeType', enum: ['All', 'AWS', 'Local'] });
const PolicyUsageType = string({ name: 'PolicyUsageType', enum: ['PermissionsPolicy', 'PermissionsBoundary'] });
const PathPrefixType = string({ name: 'pathPrefixType', min: 1, max: 512 });

const AttachRolePolicy: OperationModel = {
  name: 'AttachRolePolicy',
  doc: 'Attaches the specified managed policy to the specified IAM role.',
  input: structure({
    RoleName: member(RoleNameType, 'The name (friendly name, not ARN) of the role to attach the policy to.'),
    PolicyArn: member(ArnType, 'The Amazon Resource Name (ARN) of the IAM policy you want to attach.'),
  }, { name: 'AttachRolePolicyRequest', required: ['RoleName', 'PolicyArn'] }),
};

const AttachUserPolicy: OperationModel = {
  name: 'AttachUserPolicy',
  doc: 'Attaches the specified managed policy to the specified user.',
  input: structure({
    UserName: member(UserNameType, 'The name (friendly name, not ARN) of the IAM user to attach the policy to.'),
    PolicyArn: member(ArnType, 'The Amazon Resource Name (ARN) of the IAM policy you want to attach.'),
  }, { name: 'AttachUserPolicyRequest', required: ['UserName', 'PolicyArn'] }),
};

const CreatePolicy: OperationModel = {
  name: 'CreatePolicy',
  doc: 'Creates a new managed policy for your Amazon Web Services account.',
  input: structure({
    PolicyName: member(PolicyNameType, 'The friendly name of the policy.'),
    Path: member(PolicyPathType, 'The path for the policy.'),
    PolicyDocument: member(PolicyDocumentType, 'The JSON policy document that you want to use as the content for the new policy.'),
    Description: member(PolicyDescriptionType, 'A friendly description of the policy.'),
    Tags: member(TagListType, 'A list of tags that you want to attach to the new IAM customer managed policy.'),
  }, { name: 'CreatePolicyRequest', required: ['PolicyName', 'PolicyDocument'] }),
};

const CreatePolicyVersion: OperationModel = {
  name: 'CreatePolicyVersion',
  doc: 'Creates a new version of the specified managed policy.',
  input: structure({
    PolicyArn: member(ArnType, 'The Amazon Resource Name (ARN) of the IAM policy to which you want to add a new version.'),
    PolicyDocument: member(PolicyDocumentType, 'The JSON policy document that you want to use as the content for this new version of the policy.'),
    SetAsDefault: member(BooleanType, 'Specifies whether to set this version as the policy\'s default version.'),
  }, { name: 'CreatePolicyVersionRequest', required: ['PolicyArn', 'PolicyDocument'] }),
};

const CreateRole: OperationModel = {
  name: 'CreateRole',
  doc: 'Creates a new role for your Amazon Web Services account.',
  input: structure({
    Path: member(PathType, 'The path to the role.'),
    RoleName: member(RoleNameType, 'The name of the role to create.'),
    AssumeRolePolicyDocument: member(PolicyDocumentType, 'The trust relationship policy document that grants an entity permission to assume the role.'),
    Description: member(RoleDescriptionType, 'A description of the role.'),
    MaxSessionDuration: member(RoleMaxSessionDurationType, 'The maximum session duration (in seconds) that you want to set for the specified role.'),
    PermissionsBoundary: member(ArnType, 'The ARN of the managed policy that is used to set the permissions boundary for the role.'),
    Tags: member(TagListType, 'A list of tags that you want to attach to the new role.'),
  }, { name: 'CreateRoleRequest', required: ['RoleName', 'AssumeRolePolicyDocument'] }),
};

const CreateUser: OperationModel = {
  name: 'CreateUser',
  doc: 'Creates a new IAM user for your Amazon Web Services account.',
  input: structure({
    Path: member(PathType, 'The path for the user name.'),
    UserName: member(UserNameType, 'The name of the user to create.'),
    PermissionsBoundary: member(ArnType, 'The ARN of the managed policy that is used to set the permissions boundary for the user.'),
    Tags: member(TagListType, 'A list of tags that you want to attach to the new user.'),
  }, { name: 'CreateUserRequest', required: ['UserName'] }),
};

const DeletePolicy: OperationModel = {
  name: 'DeletePolicy',
  doc: 'Deletes the specified managed policy.',
  input: structure({
    PolicyArn: member(ArnType, 'The Amazon Resource Name (ARN) of the IAM policy you want to delete.'),
  }, { name: 'DeletePolicyRequest', required: ['PolicyArn'] }),
};

const DeletePolicyVersion: OperationModel = {
  name: 'DeletePolicyVersion',
  doc: 'Deletes the specified version from the specified managed policy.',
  input: structure({
    PolicyArn: member(ArnType, 'The Amazon Resource Name (ARN) of the IAM policy from which you want to delete a version.'),
    VersionId: member(PolicyVersionIdType, 'The policy version to delete.'),
  }, { name: 'DeletePolicyVersionRequest', required: ['PolicyArn', 'VersionId'] }),
};

const DeleteRole: OperationModel = {
  name: 'DeleteRole',
  doc: 'Deletes the specified role.',
  input: structure({
    RoleName: member(RoleNameType, 'The name of the role to delete.'),
  }, { name: 'DeleteRoleRequest', required: ['RoleName'] }),
};

const DeleteRolePolicy: OperationModel = {
  name: 'DeleteRolePolicy',
  doc: 'Deletes the specified inline policy that is embedded in the specified IAM role.',
  input: structure({
    RoleName: member(RoleNameType, 'The name (friendly name, not ARN) identifying the role that the policy is embedded in.'),
    PolicyName: member(PolicyNameType, 'The name of the inline policy to delete from the specified IAM role.'),
  }, { name: 'DeleteRolePolicyRequest', required: ['RoleName', 'PolicyName'] }),
};

const DeleteUser: OperationModel = {
  name: 'DeleteUser',
  doc: 'Deletes the specified IAM user.',
  input: structure({
    UserName: member(ExistingUserNameType, 'The name of the user to delete.'),
  }, { name: 'DeleteUserRequest', required: ['UserName'] }),
};

const DeleteUserPolicy: OperationModel = {
  name: 'DeleteUserPolicy',
  doc: 'Deletes the specified inline policy that is embedded in the specified IAM user.',
  input: structure({
    UserName: member(ExistingUserNameType, 'The name (friendly name, not ARN) identifying the user that the policy is embedded in.'),
    PolicyName: member(PolicyNameType, 'The name identifying the policy document to delete.'),
  }, { name: 'DeleteUserPolicyRequest', required: ['UserName', 'PolicyName'] }),
};

const DetachRolePolicy: OperationModel = {
  name: 'DetachRolePolicy',
  doc: 'Removes the specified managed policy from the specified role.',
  input: structure({
    RoleName: member(RoleNameType, 'The name (friendly name, not ARN) of the IAM role to detach the policy from.'),
    PolicyArn: member(ArnType, 'The Amazon Resource Name (ARN) of the IAM policy you want to detach.'),
  }, { name: 'DetachRolePolicyRequest', required: ['RoleName', 'PolicyArn'] }),
};

const DetachUserPolicy: OperationModel = {
  name: 'DetachUserPolicy',
  doc: 'Removes the specified managed policy from the specified user.',
  input: structure({
    UserName: member(UserNameType, 'The name (friendly name, not ARN) of the IAM user to detach the policy from.'),
    PolicyArn: member(ArnType, 'The Amazon Resource Name (ARN) of the IAM policy you want to detach.'),
  }, { name: 'DetachUserPolicyRequest', required: ['UserName', 'PolicyArn'] }),
};

const GetPolicy: OperationModel = {
  name: 'GetPolicy',
  doc: 'Retrieves information about the specified managed policy, including the policy\'s default version and the total number of IAM users, groups, and roles to which the policy is attached.',
  input: structure({
    PolicyArn: member(ArnType, 'The Amazon Resource Name (ARN) of the managed policy that you want information about.'),
  }, { name: 'GetPolicyRequest', required: ['PolicyArn'] }),
};

const GetPolicyVersion: OperationModel = {
  name: 'GetPolicyVersion',
  doc: 'Retrieves information about the specified version of the specified managed policy, including the policy document.',
  input: structure({
    PolicyArn: member(ArnType, 'The Amazon Resource Name (ARN) of the managed policy that you want information about.'),
    VersionId: member(PolicyVersionIdType, 'Identifies the policy version to retrieve.'),
  }, { name: 'GetPolicyVersionRequest', required: ['PolicyArn', 'VersionId'] }),
};

const GetRole: OperationModel = {
  name: 'GetRole',
  doc: 'Retrieves information about the specified role, including the role\'s path, GUID, ARN, and the role\'s trust policy that grants permission to assume the role.',
  input: structure({
    RoleName: member(RoleNameType, 'The name of the IAM role to get information about.'),
  }, { name: 'GetRoleRequest', required: ['RoleName'] }),
};

const GetRolePolicy: OperationModel = {
  name: 'GetRolePolicy',
  doc: 'Retrieves the specified inline policy document that is embedded with the specified IAM role.',
  input: structure({
    RoleName: member(RoleNameType, 'The name of the role associated with the policy.'),
    PolicyName: member(PolicyNameType, 'The name of the policy document to get.'),
  }, { name: 'GetRolePolicyRequest', required: ['RoleName', 'PolicyName'] }),
};

const GetUser: OperationModel = {
  name: 'GetUser',
  doc: 'Retrieves information about the specified IAM user, including the user\'s creation date, path, unique ID, and ARN.',
  input: structure({
    UserName: member(ExistingUserNameType, 'The name of the user to get information about.'),
  }, { name: 'GetUserRequest' }),
};

const GetUserPolicy: OperationModel = {
  name: 'GetUserPolicy',
  doc: 'Retrieves the specified inline policy document that is embedded in the specified IAM user.',
  input: structure({
    UserName: member(ExistingUserNameType, 'The name of the user who the policy is associated with.'),
    PolicyName: member(PolicyNameType, 'The name of the policy document to get.'),
  }, { name: 'GetUserPolicyRequest', required: ['UserName', 'PolicyName'] }),
};

const ListAttachedRolePolicies: OperationModel = {
  name: 'ListAttachedRolePolicies',
  doc: 'Lists all managed policies that are attached to the specified IAM role.',
  input: structure({
    RoleName: member(RoleNameType, 'The name (friendly name, not ARN) of the role to list attached policies for.'),
    PathPrefix: member(PolicyPathType, 'The path prefix for filtering the results.'),
    Marker: member(MarkerType, 'Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated.'),
    MaxItems: member(MaxItemsType, 'Use this only when paginating results to indicate the maximum number of items you want in the response.'),
  }, { name: 'ListAttachedRolePoliciesRequest', required: ['RoleName'] }),
  paginator: { inputToken: ['Marker'], outputToken: ['Marker'], limitKey: 'MaxItems', resultKeys: ['AttachedPolicies'] },
};

const ListAttachedUserPolicies: OperationModel = {
  name: 'ListAttachedUserPolicies',
  doc: 'Lists all managed policies that are attached to the specified IAM user.',
  input: structure({
    UserName: member(UserNameType, 'The name (friendly name, not ARN) of the user to list attached policies for.'),
    PathPrefix: member(PolicyPathType, 'The path prefix for filtering the results.'),
    Marker: member(MarkerType, 'Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated.'),
    MaxItems: member(MaxItemsType, 'Use this only when paginating results to indicate the maximum number of items you want in the response.'),
  }, { name: 'ListAttachedUserPoliciesRequest', required: ['UserName'] }),
  paginator: { inputToken: ['Marker'], outputToken: ['Marker'], limitKey: 'MaxItems', resultKeys: ['AttachedPolicies'] },
};

const ListPolicies: OperationModel = {
  name: 'ListPolicies',
  doc: 'Lists all the managed policies that are available in your Amazon Web Services account, including your own customer-defined managed policies and all Amazon Web Services managed policies.',
  input: structure({
    Scope: member(PolicyScopeType, 'The scope to use for filtering the results.'),
    OnlyAttached: member(BooleanType, 'A flag to filter the results to only the attached policies.'),
    PathPrefix: member(PolicyPathType, 'The path prefix for filtering the results.'),
    PolicyUsageFilter: member(PolicyUsageType, 'The policy usage method to use for filtering the results.'),
    Marker: member(MarkerType, 'Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated.'),
    MaxItems: member(MaxItemsType, 'Use this only when paginating results to indicate the maximum number of items you want in the response.'),
  }, { name: 'ListPoliciesRequest' }),
  paginator: { inputToken: ['Marker'], outputToken: ['Marker'], limitKey: 'MaxItems', resultKeys: ['Policies'] },
};

const ListPolicyVersions: OperationModel = {
  name: 'ListPolicyVersions',
  doc: 'Lists information about the versions of the specified managed policy, including the version that is currently set as the policy\'s default version.',
  input: structure({
    PolicyArn: member(ArnType, 'The Amazon Resource Name (ARN) of the IAM policy for which you want the versions.'),
    Marker: member(MarkerType, 'Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated.'),
    MaxItems: member(MaxItemsType, 'Use this only when paginating results to indicate the maximum number of items you want in the response.'),
  }, { name: 'ListPolicyVersionsRequest', required: ['PolicyArn'] }),
  paginator: { inputToken: ['Marker'], outputToken: ['Marker'], limitKey: 'MaxItems', resultKeys: ['Versions'] },
};

const ListRolePolicies: OperationModel = {
  name: 'ListRolePolicies',
  doc: 'Lists the names of the inline policies that are embedded in the specified IAM role.',
  input: structure({
    RoleName: member(RoleNameType, 'The name of the role to list policies for.'),
    Marker: member(MarkerType, 'Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated.'),
    MaxItems: member(MaxItemsType, 'Use this only when paginating results to indicate the maximum number of items you want in the response.'),
  }, { name: 'ListRolePoliciesRequest', required: ['RoleName'] }),
  paginator: { inputToken: ['Marker'], outputToken: ['Marker'], limitKey: 'MaxItems', resultKeys: ['PolicyNames'] },
};

const ListRoles: OperationModel = {
  name: 'ListRoles',
  doc: 'Lists the IAM roles that have the specified path prefix.',
  input: structure({
    PathPrefix: member(PathPrefixType, 'The path prefix for filtering the results.'),
    Marker: member(MarkerType, 'Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated.'),
    MaxItems: member(MaxItemsType, 'Use this only when paginating results to indicate the maximum number of items you want in the response.'),
  }, { name: 'ListRolesRequest' }),
  paginator: { inputToken: ['Marker'], outputToken: ['Marker'], limitKey: 'MaxItems', resultKeys: ['Roles'] },
};

const ListUserPolicies: OperationModel = {
  name: 'ListUserPolicies',
  doc: 'Lists the names of the inline policies embedded in the specified IAM user.',
  input: structure({
    UserName: member(ExistingUserNameType, 'The name of the user to list policies for.'),
    Marker: member(MarkerType, 'Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated.'),
    MaxItems: member(MaxItemsType, 'Use this only when paginating results to indicate the maximum number of items you want in the response.'),
  }, { name: 'ListUserPoliciesRequest', required: ['UserName'] }),
  paginator: { inputToken: ['Marker'], outputToken: ['Marker'], limitKey: 'MaxItems', resultKeys: ['PolicyNames'] },
};

const ListUsers: OperationModel = {
  name: 'ListUsers',
  doc: 'Lists the IAM users that have the specified path prefix.',
  input: structure({
    PathPrefix: member(PathPrefixType, 'The path prefix for filtering the results.'),
    Marker: member(MarkerType, 'Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated.'),
    MaxItems: member(MaxItemsType, 'Use this only when paginating results to indicate the maximum number of items you want in the response.'),
  }, { name: 'ListUsersRequest' }),
  paginator: { inputToken: ['Marker'], outputToken: ['Marker'], limitKey: 'MaxItems', resultKeys: ['Users'] },
};

const PutRolePolicy: OperationModel = {
  name: 'PutRolePolicy',
  doc: 'Adds or updates an inline policy document that is embedded in the specified IAM role.',
  input: structure({
    RoleName: member(RoleNameType, 'The name of the role to associate the policy with.'),
    PolicyName: member(PolicyNameType, 'The name of the policy document.'),
    PolicyDocument: member(PolicyDocumentType, 'The policy document.'),
  }, { name: 'PutRolePolicyRequest', required: ['RoleName', 'PolicyName', 'PolicyDocument'] }),
};

const PutUserPolicy: OperationModel = {
  name: 'PutUserPolicy',
  doc: 'Adds or updates an inline policy document that is embedded in the specified IAM user.',
  input: structure({
    UserName: member(ExistingUserNameType, 'The name of the user to associate the policy with.'),
    PolicyName: member(PolicyNameType, 'The name of the policy document.'),
    PolicyDocument: member(PolicyDocumentType, 'The policy document.'),
  }, { name: 'PutUserPolicyRequest', required: ['UserName', 'PolicyName', 'PolicyDocument'] }),
};

const SetDefaultPolicyVersion: OperationModel = {
  name: 'SetDefaultPolicyVersion',
  doc: 'Sets the specified version of the specified policy as the policy\'s default (operative) version.',
  input: structure({
    PolicyArn: member(ArnType, 'The Amazon Resource Name (ARN) of the IAM policy whose default version you want to set.'),
    VersionId: member(PolicyVersionIdType, 'The version of the policy to set as the default (operative) version.'),
  }, { name: 'SetDefaultPolicyVersionRequest', required: ['PolicyArn', 'VersionId'] }),
};

const UpdateAssumeRolePolicy: OperationModel = {
  name: 'UpdateAssumeRolePolicy',
  doc: 'Updates the policy that grants an IAM entity permission to assume a role.',
  input: structure({
    RoleName: member(RoleNameType, 'The name of the role to update with the new policy.'),
    PolicyDocument: member(PolicyDocumentType, 'The policy that grants an entity permission to assume the role.'),
  }, { name: 'UpdateAssumeRolePolicyRequest', required: ['RoleName', 'PolicyDocument'] }),
};

const UpdateRole: OperationModel = {
  name: 'UpdateRole',
  doc: 'Updates the description or maximum session duration setting of a role.',
  input: structure({
    RoleName: member(RoleNameType, 'The name of the role that you want to modify.'),
    Description: member(RoleDescriptionType, 'The new description that you want to apply to the specified role.'),
    MaxSessionDuration: member(RoleMaxSessionDurationType, 'The maximum session duration (in seconds) that you want to set for the specified role.'),
  }, { name: 'UpdateRoleRequest', required: ['RoleName'] }),
};

const COMMANDS = [
  'accept-delegation-request', 'add-client-id-to-open-id-connect-provider', 'add-role-to-instance-profile',
  'add-user-to-group', 'associate-delegation-request', 'attach-group-policy', 'attach-role-policy',
  'attach-user-policy', 'change-password', 'create-access-key', 'create-account-alias', 'create-delegation-request',
  'create-group', 'create-instance-profile', 'create-login-profile', 'create-open-id-connect-provider',
  'create-policy', 'create-policy-version', 'create-role', 'create-saml-provider', 'create-service-linked-role',
  'create-service-specific-credential', 'create-user', 'create-virtual-mfa-device', 'deactivate-mfa-device',
  'delete-access-key', 'delete-account-alias', 'delete-account-password-policy', 'delete-group',
  'delete-group-policy', 'delete-instance-profile', 'delete-login-profile', 'delete-open-id-connect-provider',
  'delete-policy', 'delete-policy-version', 'delete-role', 'delete-role-permissions-boundary', 'delete-role-policy',
  'delete-saml-provider', 'delete-server-certificate', 'delete-service-linked-role',
  'delete-service-specific-credential', 'delete-signing-certificate', 'delete-ssh-public-key', 'delete-user',
  'delete-user-permissions-boundary', 'delete-user-policy', 'delete-virtual-mfa-device', 'detach-group-policy',
  'detach-role-policy', 'detach-user-policy', 'disable-organizations-root-credentials-management',
  'disable-organizations-root-sessions', 'disable-outbound-web-identity-federation', 'enable-mfa-device',
  'enable-organizations-root-credentials-management', 'enable-organizations-root-sessions',
  'enable-outbound-web-identity-federation', 'generate-credential-report', 'generate-organizations-access-report',
  'generate-service-last-accessed-details', 'get-access-key-last-used', 'get-account-authorization-details',
  'get-account-password-policy', 'get-account-summary', 'get-context-keys-for-custom-policy',
  'get-context-keys-for-principal-policy', 'get-credential-report', 'get-delegation-request', 'get-group',
  'get-group-policy', 'get-human-readable-summary', 'get-instance-profile', 'get-login-profile', 'get-mfa-device',
  'get-open-id-connect-provider', 'get-organizations-access-report', 'get-outbound-web-identity-federation-info',
  'get-policy', 'get-policy-version', 'get-role', 'get-role-policy', 'get-saml-provider', 'get-server-certificate',
  'get-service-last-accessed-details', 'get-service-last-accessed-details-with-entities',
  'get-service-linked-role-deletion-status', 'get-ssh-public-key', 'get-user', 'get-user-policy', 'list-access-keys',
  'list-account-aliases', 'list-attached-group-policies', 'list-attached-role-policies',
  'list-attached-user-policies', 'list-delegation-requests', 'list-entities-for-policy', 'list-group-policies',
  'list-groups', 'list-groups-for-user', 'list-instance-profile-tags', 'list-instance-profiles',
  'list-instance-profiles-for-role', 'list-mfa-device-tags', 'list-mfa-devices',
  'list-open-id-connect-provider-tags', 'list-open-id-connect-providers', 'list-organizations-features',
  'list-policies', 'list-policies-granting-service-access', 'list-policy-tags', 'list-policy-versions',
  'list-role-policies', 'list-role-tags', 'list-roles', 'list-saml-provider-tags', 'list-saml-providers',
  'list-server-certificate-tags', 'list-server-certificates', 'list-service-specific-credentials',
  'list-signing-certificates', 'list-ssh-public-keys', 'list-user-policies', 'list-user-tags', 'list-users',
  'list-virtual-mfa-devices', 'put-group-policy', 'put-role-permissions-boundary', 'put-role-policy',
  'put-user-permissions-boundary', 'put-user-policy', 'reject-delegation-request',
  'remove-client-id-from-open-id-connect-provider', 'remove-role-from-instance-profile', 'remove-user-from-group',
  'reset-service-specific-credential', 'resync-mfa-device', 'send-delegation-token', 'set-default-policy-version',
  'set-security-token-service-preferences', 'simulate-custom-policy', 'simulate-principal-policy',
  'tag-instance-profile', 'tag-mfa-device', 'tag-open-id-connect-provider', 'tag-policy', 'tag-role',
  'tag-saml-provider', 'tag-server-certificate', 'tag-user', 'untag-instance-profile', 'untag-mfa-device',
  'untag-open-id-connect-provider', 'untag-policy', 'untag-role', 'untag-saml-provider', 'untag-server-certificate',
  'untag-user', 'update-access-key', 'update-account-password-policy', 'update-assume-role-policy',
  'update-delegation-request', 'update-group', 'update-login-profile', 'update-open-id-connect-provider-thumbprint',
  'update-role', 'update-role-description', 'update-saml-provider', 'update-server-certificate',
  'update-service-specific-credential', 'update-signing-certificate', 'update-ssh-public-key', 'update-user',
  'upload-server-certificate', 'upload-signing-certificate', 'upload-ssh-public-key', 'wait',
];

export const iamModel: ServiceModel = {
  cliName: 'iam',
  endpointPrefix: 'iam',
  fullName: 'AWS Identity and Access Management',
  doc: 'IAM controls who can do what in an AWS account: users, roles, and the policies that grant or deny them access.',
  operations: { AttachRolePolicy, AttachUserPolicy, CreatePolicy, CreatePolicyVersion, CreateRole, CreateUser, DeletePolicy, DeletePolicyVersion, DeleteRole, DeleteRolePolicy, DeleteUser, DeleteUserPolicy, DetachRolePolicy, DetachUserPolicy, GetPolicy, GetPolicyVersion, GetRole, GetRolePolicy, GetUser, GetUserPolicy, ListAttachedRolePolicies, ListAttachedUserPolicies, ListPolicies, ListPolicyVersions, ListRolePolicies, ListRoles, ListUserPolicies, ListUsers, PutRolePolicy, PutUserPolicy, SetDefaultPolicyVersion, UpdateAssumeRolePolicy, UpdateRole },
  commands: COMMANDS,
};

/**
 * botocore's `json_decode_policies` (handlers.py, registered for `after-call.iam`): IAM returns
 * policy documents (members of shape policyDocumentType) URL-encoded, and botocore hands them to
 * the CLI URL-decoded and parsed, so `aws iam get-role-policy` prints the document as JSON. These
 * are the members of the modeled operations' responses that hold one; `[]` steps into a list.
 */
export const POLICY_DOCUMENT_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  CreateRole: ['Role.AssumeRolePolicyDocument'],
  GetRole: ['Role.AssumeRolePolicyDocument'],
  ListRoles: ['Roles[].AssumeRolePolicyDocument'],
  GetRolePolicy: ['PolicyDocument'],
  GetUserPolicy: ['PolicyDocument'],
  CreatePolicyVersion: ['PolicyVersion.Document'],
  GetPolicyVersion: ['PolicyVersion.Document'],
  ListPolicyVersions: ['Versions[].Document'],
};

/** decode_quoted_jsondoc: unquote, then json.loads; a value that does not decode stays as it was. */
function decodeQuotedJsonDoc(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(decodeURIComponent(value));
  } catch {
    return value;
  }
}

function decodeAt(node: unknown, path: readonly string[]): void {
  if (typeof node !== 'object' || node === null || path.length === 0) return;
  const [head, ...rest] = path;
  const isList = head!.endsWith('[]');
  const key = isList ? head!.slice(0, -2) : head!;
  const record = node as Record<string, unknown>;
  if (!(key in record)) return;
  if (isList) {
    const items = record[key];
    if (Array.isArray(items)) items.forEach((item) => decodeAt(item, rest));
  } else if (rest.length === 0) {
    record[key] = decodeQuotedJsonDoc(record[key]);
  } else {
    decodeAt(record[key], rest);
  }
}

/** The IAM response as botocore leaves it after `json_decode_policies` (changes it in place). */
export function decodePolicyDocuments(operation: string, response: Record<string, unknown>): Record<string, unknown> {
  for (const path of POLICY_DOCUMENT_MEMBERS[operation] ?? []) decodeAt(response, path.split('.'));
  return response;
}
