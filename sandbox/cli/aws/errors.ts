/**
 * Every way `aws` can fail, as data with the real CLI v2's exit status and stderr text. The CLI's
 * error-handler chain decides the status by the kind of error (awscli/constants.py):
 * 252 a usage or parameter problem, 253 configuration (no region, no credentials),
 * 254 the service said no, 255 anything else. Each handler writes "\n<message>\n" to stderr.
 */

export const PARAM_VALIDATION_ERROR_RC = 252;
export const CONFIGURATION_ERROR_RC = 253;
export const CLIENT_ERROR_RC = 254;
export const GENERAL_ERROR_RC = 255;

/** awscli/argparser.py USAGE; printed above argparse errors and unknown options. */
export const USAGE =
  'aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n' +
  '\n' +
  '  aws help\n' +
  '  aws <command> help\n' +
  '  aws <command> <subcommand> help\n';

export abstract class CliError extends Error {
  abstract readonly rc: number;

  /** The exact text the CLI writes to stderr. */
  render(): string {
    return `\n${this.message}\n`;
  }
}

/** argparse's error(): usage block, then `aws: error: <message>`. */
export class ArgParseError extends CliError {
  readonly rc = PARAM_VALIDATION_ERROR_RC;
  readonly detail: string;

  constructor(detail: string) {
    super(`usage: ${USAGE}\naws: error: ${detail}\n`);
    this.name = 'ArgParseException';
    this.detail = detail;
  }
}

/** Arguments the operation does not take: `Unknown options: --foo, bar`, under the usage block. */
export class UnknownArgumentError extends CliError {
  readonly rc = PARAM_VALIDATION_ERROR_RC;

  constructor(message: string) {
    super(message);
    this.name = 'UnknownArgumentError';
  }

  override render(): string {
    return `\nusage: ${USAGE}\n${this.message}\n\n`;
  }
}

/** A value the CLI could not turn into a parameter: `Error parsing parameter '--x': <why>`. */
export class ParamError extends CliError {
  readonly rc = PARAM_VALIDATION_ERROR_RC;
  readonly cliName: string;
  readonly reason: string;

  constructor(cliName: string, reason: string) {
    super(`Error parsing parameter '${cliName}': ${reason}`);
    this.name = 'ParamError';
    this.cliName = cliName;
    this.reason = reason;
  }
}

/** A customization's own validation failure (awscli.customizations.exceptions.ParamValidationError). */
export class ParamValidationError extends CliError {
  readonly rc = PARAM_VALIDATION_ERROR_RC;

  constructor(message: string) {
    super(message);
    this.name = 'ParamValidationError';
  }
}

/** botocore's client-side check of the input against the model. */
export class BotocoreParamValidationError extends CliError {
  readonly rc = PARAM_VALIDATION_ERROR_RC;

  constructor(report: string) {
    super(`Parameter validation failed:\n${report}`);
    this.name = 'ParamValidationError';
  }
}

/** Missing region or credentials. */
export class ConfigurationError extends CliError {
  readonly rc = CONFIGURATION_ERROR_RC;

  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/** The service answered with an error (botocore ClientError). */
export class ClientError extends CliError {
  readonly rc = CLIENT_ERROR_RC;
  readonly code: string;
  readonly errorMessage: string;
  readonly operationName: string;

  constructor(code: string, errorMessage: string, operationName: string, retryAttempts?: number) {
    const retryInfo = retryAttempts !== undefined ? ` (reached max retries: ${retryAttempts})` : '';
    super(`An error occurred (${code}) when calling the ${operationName} operation${retryInfo}: ${errorMessage}`);
    this.name = 'ClientError';
    this.code = code;
    this.errorMessage = errorMessage;
    this.operationName = operationName;
  }
}

/** Any other failure the CLI reports as str(exception) with status 255. */
export class GeneralError extends CliError {
  readonly rc = GENERAL_ERROR_RC;

  constructor(message: string) {
    super(message);
    this.name = 'GeneralError';
  }
}

/** What the error-handler chain writes and returns for any thrown value; never a stack trace. */
export function renderError(error: unknown): { text: string; rc: number } {
  if (error instanceof CliError) return { text: error.render(), rc: error.rc };
  const message = error instanceof Error ? error.message : String(error);
  return { text: `\n${message}\n`, rc: GENERAL_ERROR_RC };
}
