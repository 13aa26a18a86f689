/**
 * REST API deployments and stages. CreateDeployment freezes the resource tree; the stage named in
 * it (created if need be) serves that snapshot until the next deployment — a change to a method
 * is not live until it is deployed, as on AWS.
 */
import type { ServiceContext } from '../../service.ts';
import { badRequest, notFound } from '../errors.ts';
import { str, stringMap } from '../input.ts';
import { freshId, isoTimestamp } from '../names.ts';
import type { RestApi, RestStage } from '../state.ts';
import { requireRestApi } from './rest-apis.ts';

const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;

export function restStageView(s: RestStage): Record<string, unknown> {
  return {
    deploymentId: s.deploymentId,
    stageName: s.stageName,
    ...(s.description !== undefined ? { description: s.description } : {}),
    cacheClusterEnabled: false,
    cacheClusterStatus: 'NOT_AVAILABLE',
    methodSettings: {},
    ...(Object.keys(s.variables).length ? { variables: { ...s.variables } } : {}),
    tracingEnabled: false,
    createdDate: isoTimestamp(s.createdDate),
    lastUpdatedDate: isoTimestamp(s.lastUpdatedDate),
  };
}

function checkDeployable(api: RestApi): void {
  const methods = Object.values(api.resources).flatMap((r) => Object.values(r.methods));
  if (methods.length === 0) throw badRequest("The REST API doesn't contain any methods");
  if (methods.some((m) => !m.integration)) throw badRequest('No integration defined for method');
}

export const deploymentActions = {
  CreateDeployment(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireRestApi(ctx, input.restApiId);
    const stageName = str(input.stageName);
    if (stageName !== undefined && !STAGE_NAME.test(stageName)) {
      throw badRequest('Stage name only allows a-zA-Z0-9_ and - characters');
    }
    checkDeployable(api);
    const now = ctx.cloud.clock.now();
    const id = freshId(ctx.cloud, 6, (x) => x in api.deployments);
    api.deployments[id] = {
      id,
      createdDate: now,
      ...(input.description !== undefined ? { description: str(input.description) } : {}),
      resources: JSON.parse(JSON.stringify(api.resources)) as RestApi['resources'],
    };
    if (stageName !== undefined) {
      const existing = api.stages[stageName];
      api.stages[stageName] = {
        stageName,
        deploymentId: id,
        ...(input.stageDescription !== undefined ? { description: str(input.stageDescription) } : existing?.description !== undefined ? { description: existing.description } : {}),
        createdDate: existing?.createdDate ?? now,
        lastUpdatedDate: now,
        variables: input.variables !== undefined ? stringMap(input.variables) : (existing?.variables ?? {}),
      };
    }
    ctx.cloud.trace({ type: 'apigateway.deployed', apiId: api.id, deploymentId: id, stage: stageName });
    return { id, ...(input.description !== undefined ? { description: str(input.description) } : {}), createdDate: isoTimestamp(now) };
  },

  GetStages(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireRestApi(ctx, input.restApiId);
    return { item: Object.values(api.stages).map(restStageView) };
  },

  GetStage(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireRestApi(ctx, input.restApiId);
    const stage = api.stages[String(input.stageName ?? '')];
    if (!stage) throw notFound('Invalid Stage identifier specified');
    return restStageView(stage);
  },

  DeleteStage(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireRestApi(ctx, input.restApiId);
    const name = String(input.stageName ?? '');
    if (!api.stages[name]) throw notFound('Invalid Stage identifier specified');
    delete api.stages[name];
    return {};
  },
};
