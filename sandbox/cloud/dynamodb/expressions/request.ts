/**
 * The expressions of one request, parsed together: they share ExpressionAttributeNames/Values, and a
 * placeholder none of them uses is an error. Legacy parameters (Expected, AttributesToGet,
 * KeyConditions, QueryFilter, ScanFilter, AttributeUpdates) are refused with the expression to use.
 */
import { invalidExpression, validation } from '../errors.ts';
import type { Condition, Path, UpdateAction } from './ast.ts';
import { ExpressionContext } from './context.ts';
import { checkCondition } from './evaluate.ts';
import { parseCondition, parseProjection, parseUpdate, type ExpressionKind } from './parser.ts';
import { checkProjection } from './projection.ts';

export interface RequestExpressions {
  condition?: Condition;
  filter?: Condition;
  keyCondition?: Condition;
  update?: UpdateAction[];
  updateSource?: string;
  projection?: Path[];
}

type Which = Partial<Record<'ConditionExpression' | 'FilterExpression' | 'KeyConditionExpression' | 'UpdateExpression' | 'ProjectionExpression', true>>;

const LEGACY: Record<string, string> = {
  Expected: 'ConditionExpression',
  ConditionalOperator: 'ConditionExpression or FilterExpression',
  AttributesToGet: 'ProjectionExpression',
  KeyConditions: 'KeyConditionExpression',
  QueryFilter: 'FilterExpression',
  ScanFilter: 'FilterExpression',
  AttributeUpdates: 'UpdateExpression',
};

export function checkNoLegacy(input: Record<string, unknown>): void {
  for (const [name, replacement] of Object.entries(LEGACY)) {
    if (input[name] !== undefined && input[name] !== null) {
      throw validation(`${name} is a legacy parameter that this sandbox does not support; use ${replacement} instead.`);
    }
  }
}

const failer = (kind: ExpressionKind) => (detail: string): never => {
  throw invalidExpression(kind, detail);
};

export function parseExpressions(input: Record<string, unknown>, which: Which): RequestExpressions {
  checkNoLegacy(input);
  const text = (name: keyof Which) => (which[name] && typeof input[name] === 'string' ? (input[name] as string) : undefined);
  const sources = {
    update: text('UpdateExpression'),
    condition: text('ConditionExpression'),
    keyCondition: text('KeyConditionExpression'),
    filter: text('FilterExpression'),
    projection: text('ProjectionExpression'),
  };
  const usesValues = [sources.update, sources.condition, sources.keyCondition, sources.filter].some((s) => s !== undefined);
  const ctx = ExpressionContext.fromInput(input, { any: usesValues || sources.projection !== undefined, usesValues });
  const out: RequestExpressions = {};
  if (sources.update !== undefined) {
    out.update = parseUpdate(sources.update, ctx);
    out.updateSource = sources.update;
  }
  if (sources.condition !== undefined) {
    out.condition = parseCondition(sources.condition, 'ConditionExpression', ctx);
    checkCondition(out.condition, failer('ConditionExpression'));
  }
  if (sources.keyCondition !== undefined) {
    out.keyCondition = parseCondition(sources.keyCondition, 'KeyConditionExpression', ctx);
    checkCondition(out.keyCondition, failer('KeyConditionExpression'));
  }
  if (sources.filter !== undefined) {
    out.filter = parseCondition(sources.filter, 'FilterExpression', ctx);
    checkCondition(out.filter, failer('FilterExpression'));
  }
  if (sources.projection !== undefined) {
    out.projection = parseProjection(sources.projection, ctx);
    checkProjection(out.projection, failer('ProjectionExpression'));
  }
  ctx.checkUnused();
  return out;
}

export const updateFailer = failer('UpdateExpression');
export const keyConditionFailer = failer('KeyConditionExpression');
