/**
 * API Gateway's errors (both versions speak REST-JSON): NotFoundException 404, BadRequestException
 * 400, ConflictException 409, in the words the service uses.
 */
import { AwsError } from '../errors.ts';

export const notFound = (message: string) => new AwsError('NotFoundException', message, 404);
export const badRequest = (message: string) => new AwsError('BadRequestException', message, 400);
export const conflict = (message: string) => new AwsError('ConflictException', message, 409);

/** `Invalid API identifier specified 111111111111:abc123`: both versions word an unknown API so. */
export const invalidApi = (account: string, apiId: unknown) => notFound(`Invalid API identifier specified ${account}:${String(apiId ?? '')}`);
