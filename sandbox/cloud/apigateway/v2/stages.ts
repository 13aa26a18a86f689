/**
 * HTTP API stages and deployments. A stage with AutoDeploy serves the API as it is now; any other
 * stage serves the deployment it points at, a snapshot taken by CreateDeployment — so a learner who
 * adds a route without redeploying sees it missing, as on AWS.
 */
import type { ServiceContext } from '../../service.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { pageOf, str, stringMap } from '../input.ts';
import { freshId, isoTimestamp } from '../names.ts';
import type { HttpApi, HttpDeployment, HttpSnapshot, HttpStage } from '../state.ts';
import { requireApi } from './apis.ts';

const STAGE_NAME = /^(\$default|[A-Za-z0-9_-]{1,128})$/;

export function stageView(s: HttpStage): Record<string, unknown> {
  return {
    ...(s.apiGatewayManaged ? { ApiGatewayManaged: true } : {}),
    AutoDeploy: s.autoDeploy,
    CreatedDate: isoTimestamp(s.createdDate),
    DefaultRouteSettings: { DetailedMetricsEnabled: false },
    ...(s.deploymentId !== undefined ? { DeploymentId: s.deploymentId } : {}),
    ...(s.description !== undefined ? { Description: s.description } : {}),
    ...(s.autoDeploy && s.deploymentId !== undefined ? { LastDeploymentStatusMessage: `Successfully deployed stage with deployment ID '${s.deploymentId}'` } : {}),
    LastUpdatedDate: isoTimestamp(s.lastUpdatedDate),
    RouteSettings: {},
    StageName: s.stageName,
    StageVariables: { ...s.stageVariables },
    Tags: {},
  };
}

/** The routes and integrations as they are now, deep-copied so later changes do not leak in. */
export function snapshotOf(api: HttpApi): HttpSnapshot {
  return JSON.parse(JSON.stringify({ routes: Object.values(api.routes), integrations: api.integrations })) as HttpSnapshot;
}

/** What a stage serves right now: the live API (AutoDeploy) or its deployment; null when nothing is deployed. */
export function servedBy(api: HttpApi, stage: HttpStage): HttpSnapshot | null {
  if (stage.autoDeploy) return { routes: Object.values(api.routes), integrations: api.integrations };
  const deployment = stage.deploymentId ? api.deployments[stage.deploymentId] : undefined;
  return deployment?.snapshot ?? null;
}

function deploy(ctx: ServiceContext, api: HttpApi, autoDeployed: boolean, description?: string): HttpDeployment {
  const deployment: HttpDeployment = {
    deploymentId: freshId(ctx.cloud, 6, (id) => id in api.deployments),
    createdDate: ctx.cloud.clock.now(),
    ...(description !== undefined ? { description } : {}),
    autoDeployed,
    snapshot: snapshotOf(api),
  };
  api.deployments[deployment.deploymentId] = deployment;
  return deployment;
}

/** Validates and adds a stage (CreateStage, and quick create). */
export function newStage(ctx: ServiceContext, api: HttpApi, input: Record<string, unknown>, managed = false): HttpStage {
  const name = str(input.StageName);
  if (!name || !STAGE_NAME.test(name)) throw badRequest(`Invalid stage name: ${name ?? 'null'}. A stage name is $default or up to 128 letters, digits, hyphens and underscores.`);
  if (api.stages[name]) throw conflict(`Stage already exists`);
  const deploymentId = str(input.DeploymentId);
  if (deploymentId !== undefined && !api.deployments[deploymentId]) throw notFound(`Invalid Deployment identifier specified ${deploymentId}`);
  const now = ctx.cloud.clock.now();
  const autoDeploy = input.AutoDeploy === true;
  const stage: HttpStage = {
    stageName: name,
    autoDeploy,
    ...(deploymentId !== undefined ? { deploymentId } : autoDeploy ? { deploymentId: deploy(ctx, api, true).deploymentId } : {}),
    createdDate: now,
    lastUpdatedDate: now,
    ...(input.Description !== undefined ? { description: str(input.Description) } : {}),
    stageVariables: stringMap(input.StageVariables),
    ...(managed ? { apiGatewayManaged: true } : {}),
  };
  api.stages[name] = stage;
  return stage;
}

function requireStage(api: HttpApi, name: unknown): HttpStage {
  const stage = api.stages[String(name ?? '')];
  if (!stage) throw notFound(`Invalid stage identifier specified`);
  return stage;
}

export const stageActions = {
  CreateStage(ctx: ServiceContext, input: Record<string, unknown>) {
    return stageView(newStage(ctx, requireApi(ctx, input.ApiId), input));
  },

  GetStage(ctx: ServiceContext, input: Record<string, unknown>) {
    return stageView(requireStage(requireApi(ctx, input.ApiId), input.StageName));
  },

  GetStages(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireApi(ctx, input.ApiId);
    const { page, next } = pageOf(Object.values(api.stages), input.MaxResults, input.NextToken);
    return { Items: page.map(stageView), ...(next ? { NextToken: next } : {}) };
  },

  UpdateStage(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireApi(ctx, input.ApiId);
    const stage = requireStage(api, input.StageName);
    if (input.AutoDeploy !== undefined) stage.autoDeploy = input.AutoDeploy === true;
    if (input.DeploymentId !== undefined) {
      const id = str(input.DeploymentId)!;
      if (!api.deployments[id]) throw notFound(`Invalid Deployment identifier specified ${id}`);
      stage.deploymentId = id;
    }
    if (input.StageVariables !== undefined) stage.stageVariables = stringMap(input.StageVariables);
    if (input.Description !== undefined) stage.description = str(input.Description);
    stage.lastUpdatedDate = ctx.cloud.clock.now();
    return stageView(stage);
  },

  DeleteStage(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireApi(ctx, input.ApiId);
    delete api.stages[requireStage(api, input.StageName).stageName];
    return {};
  },

  CreateDeployment(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireApi(ctx, input.ApiId);
    const stageName = str(input.StageName);
    const stage = stageName === undefined ? undefined : requireStage(api, stageName);
    if (stage?.autoDeploy) throw badRequest(`Stage ${stageName} has AutoDeploy enabled: it deploys every change by itself.`);
    if (Object.keys(api.routes).length === 0) throw badRequest('Unable to deploy API because no routes exist in this API');
    const deployment = deploy(ctx, api, false, str(input.Description));
    if (stage) {
      stage.deploymentId = deployment.deploymentId;
      stage.lastUpdatedDate = deployment.createdDate;
    }
    return {
      AutoDeployed: false,
      CreatedDate: isoTimestamp(deployment.createdDate),
      DeploymentId: deployment.deploymentId,
      DeploymentStatus: 'DEPLOYED',
      ...(deployment.description !== undefined ? { Description: deployment.description } : {}),
    };
  },
};
