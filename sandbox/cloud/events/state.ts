/**
 * EventBridge state as plain data: the events each bus received (for the inspector and checks) and
 * the rules — a schedule or an event pattern, a state, targets — with, per scheduled rule, how far
 * the virtual clock has been checked and when it last fired.
 */

export interface BusEvent {
  id: string;
  time: string;
  source: string;
  'detail-type': string;
  account: string;
  region: string;
  resources: string[];
  detail: unknown;
}

/** A target as PutTargets takes it and ListTargetsByRule returns it (API member names). */
export interface TargetRecord {
  Id: string;
  Arn: string;
  RoleArn?: string;
  Input?: string;
  InputPath?: string;
  InputTransformer?: { InputPathsMap?: Record<string, string>; InputTemplate: string };
  RetryPolicy?: { MaximumRetryAttempts?: number; MaximumEventAgeInSeconds?: number };
  DeadLetterConfig?: { Arn?: string };
  /** FIFO queue targets: the message group every event goes to. */
  SqsParameters?: { MessageGroupId?: string };
}

export interface RuleRecord {
  name: string;
  arn: string;
  eventBusName: string;
  account: string;
  region: string;
  description?: string;
  scheduleExpression?: string;
  eventPattern?: string;
  state: string;
  roleArn?: string;
  createdAt: number;
  /** Rates count whole periods from here: when the rule was created, rescheduled or enabled. */
  anchorAt: number;
  /** Fire times up to here have been delivered (or skipped while disabled). */
  checkedThrough: number;
  lastFiredAt?: number;
  targets: TargetRecord[];
}

export interface EventsState {
  /** Events received, by bus ARN. */
  buses: Record<string, BusEvent[]>;
  /** Rules by ARN; absent in snapshots from before rules existed. */
  rules?: Record<string, RuleRecord>;
}

export const initialEventsState = (): EventsState => ({ buses: {}, rules: {} });

export const defaultBusArn = (region: string, account: string) => `arn:aws:events:${region}:${account}:event-bus/default`;

export const ruleArn = (region: string, account: string, bus: string, name: string) =>
  `arn:aws:events:${region}:${account}:rule/${bus === 'default' ? '' : `${bus}/`}${name}`;

export const isEnabled = (rule: RuleRecord) => rule.state !== 'DISABLED';
