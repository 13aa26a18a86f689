/**
 * IAM users: CreateUser, GetUser, ListUsers, DeleteUser — enough for a least-privilege exercise
 * (a user with only the permissions a task needs). GetUser without a name describes the caller.
 */
import type { ServiceContext } from '../service.ts';
import { deleteConflict, entityAlreadyExists, noSuchEntity, validationError } from './errors.ts';
import { findUserByArn } from './identity.ts';
import { checkMembers, EXISTING_USER_NAME, USER_NAME, type MemberRule } from './input.ts';
import { userOutput } from './output.ts';
import { byName, page } from './paging.ts';
import { INVALID_PATH, tagsOf, VALID_PATH } from './roles.ts';
import type { UserRecord } from './state.ts';
import { entityArn, findUser, iamOf, usersOf } from './store.ts';
import { uniqueId } from './unique-ids.ts';

const PATH: MemberRule = { name: 'Path', member: 'path', min: 1, max: 512 };

/** The user named in the request (`member` rule: userNameType or existingUserNameType). */
export function requireUser(ctx: ServiceContext, input: Record<string, unknown>, rule: MemberRule = USER_NAME): UserRecord {
  checkMembers(input, [rule]);
  const name = String(input.UserName);
  const user = findUser(ctx.cloud, ctx.identity.account, name);
  if (!user) throw noSuchEntity(`The user with name ${name} cannot be found.`);
  return user;
}

export const userActions = {
  CreateUser(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [PATH, USER_NAME]);
    const path = typeof input.Path === 'string' ? input.Path : '/';
    if (!VALID_PATH.test(path)) throw validationError(INVALID_PATH);
    const name = String(input.UserName);
    const account = ctx.identity.account;
    if (findUser(ctx.cloud, account, name)) throw entityAlreadyExists(`User with name ${name} already exists.`);
    const arn = entityArn(account, 'user', path, name);
    const tags = tagsOf(input);
    const user: UserRecord = {
      UserName: name,
      UserId: uniqueId(ctx.cloud.ids, 'AIDA'),
      Arn: arn,
      Path: path,
      CreateDate: ctx.cloud.clock.now(),
      AttachedPolicyArns: [],
      InlinePolicies: {},
      ...(tags ? { Tags: tags } : {}),
    };
    iamOf(ctx.cloud).users[arn] = user;
    return { User: userOutput(user, true) };
  },

  GetUser(ctx: ServiceContext, input: Record<string, unknown>) {
    if (input.UserName === undefined) {
      // Without a name IAM describes the caller, which must then be a user.
      const self = findUserByArn(ctx.cloud, ctx.identity.arn);
      if (!self) throw validationError('Must specify userName when calling with non-User credentials');
      return { User: userOutput(self, true) };
    }
    return { User: userOutput(requireUser(ctx, input, EXISTING_USER_NAME), true) };
  },

  ListUsers(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [{ name: 'PathPrefix', member: 'pathPrefix', min: 1, max: 512, pattern: '\\u002F[\\u0021-\\u007F]*' }]);
    const prefix = typeof input.PathPrefix === 'string' ? input.PathPrefix : '/';
    const users = usersOf(ctx.cloud, ctx.identity.account)
      .filter((u) => u.Path.startsWith(prefix))
      .sort((a, b) => byName(a.UserName, b.UserName))
      .map((u) => userOutput(u));
    return page(users, input, 'Users');
  },

  DeleteUser(ctx: ServiceContext, input: Record<string, unknown>) {
    const user = requireUser(ctx, input, EXISTING_USER_NAME);
    if (user.AttachedPolicyArns.length) throw deleteConflict('Cannot delete entity, must detach all policies first.');
    if (Object.keys(user.InlinePolicies).length) throw deleteConflict('Cannot delete entity, must delete policies first.');
    delete iamOf(ctx.cloud).users[user.Arn];
    return {};
  },
};
