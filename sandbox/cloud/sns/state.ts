/** SNS state as plain data: topics and their subscriptions. */

export interface TopicRecord {
  arn: string;
  name: string;
  account: string;
  region: string;
  fifo: boolean;
  /** Settable attributes as strings (DisplayName, Policy, DeliveryPolicy, FifoTopic, …). */
  attributes: Record<string, string>;
  tags: Array<{ Key: string; Value: string }>;
  subscriptionsDeleted: number;
  /** FIFO topics: deduplication window by id, and the sequence counter. */
  deduplication: Record<string, { messageId: string; sequenceNumber: string; expiresAt: number }>;
  sequence: number;
}

export interface SubscriptionRecord {
  arn: string;
  topicArn: string;
  protocol: string;
  endpoint: string;
  owner: string;
  /** The ARN of whoever subscribed (GetSubscriptionAttributes' SubscriptionPrincipal). */
  principal: string;
  pendingConfirmation: boolean;
  /** RawMessageDelivery, FilterPolicy, FilterPolicyScope, RedrivePolicy, DeliveryPolicy, SubscriptionRoleArn … */
  attributes: Record<string, string>;
}

export interface SnsState {
  /** By ARN. */
  topics: Record<string, TopicRecord>;
  /** By ARN, in the order they were made. */
  subscriptions: Record<string, SubscriptionRecord>;
}

export const initialSnsState = (): SnsState => ({ topics: {}, subscriptions: {} });
