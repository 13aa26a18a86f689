/**
 * The shared config and credentials files, read the way botocore reads them: the profile comes from
 * --profile, else AWS_PROFILE, else `default`; config sections are `[default]` and `[profile NAME]`,
 * credentials sections are `[NAME]`; the region from --region, AWS_REGION, AWS_DEFAULT_REGION, then
 * the profile; the access key from AWS_ACCESS_KEY_ID (unless --profile was given explicitly), then
 * the credentials file, then the config file.
 */
import type { CommandContext } from './context.ts';
import { fsErrorCode } from './context.ts';
import { ConfigurationError, GeneralError } from './errors.ts';
import { utf8Decode } from './base64.ts';

export type IniSections = Map<string, Map<string, string>>;

/** configparser's view of an INI file: sections of lower-cased keys; nested blocks kept as raw text. */
export function parseIni(text: string): IniSections {
  const sections: IniSections = new Map();
  let current: Map<string, string> | null = null;
  let lastKey: string | null = null;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/\s+$/, '');
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const header = /^\[([^\]]+)\]/.exec(trimmed);
    if (header && !/^\s/.test(line)) {
      const name = header[1].trim();
      current = sections.get(name) ?? new Map();
      sections.set(name, current);
      lastKey = null;
      continue;
    }
    if (!current) continue;
    if (/^\s/.test(line) && lastKey) {
      // A continuation line: part of a nested block such as `s3 =\n  max_concurrent_requests = 20`.
      current.set(lastKey, `${current.get(lastKey) ?? ''}\n${trimmed}`);
      continue;
    }
    const sep = /[=:]/.exec(line);
    if (!sep) continue;
    lastKey = line.slice(0, sep.index).trim().toLowerCase();
    current.set(lastKey, line.slice(sep.index + 1).trim());
  }
  return sections;
}

async function readIni(ctx: CommandContext, path: string): Promise<IniSections> {
  try {
    return parseIni(utf8Decode(await ctx.fs.readFile(ctx.resolve(path))));
  } catch (error) {
    if (fsErrorCode(error) !== undefined) return new Map();
    throw error;
  }
}

export interface SessionConfig {
  profile: string;
  /** Whether the profile came from --profile (which turns off the environment credential provider). */
  explicitProfile: boolean;
  /** Merged config-file settings of the profile (config file, then credentials file for keys). */
  profileConfig: ReadonlyMap<string, string>;
  /** Whether the profile exists in either file. */
  profileExists: boolean;
  credentialsSection: ReadonlyMap<string, string> | undefined;
  env: Readonly<Record<string, string>>;
}

/** Loads ~/.aws/config and ~/.aws/credentials (or AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE). */
export async function loadSession(ctx: CommandContext, profileFlag: string | null): Promise<SessionConfig> {
  const env = ctx.env;
  const home = env.HOME || ctx.home;
  const configPath = env.AWS_CONFIG_FILE || `${home}/.aws/config`;
  const credentialsPath = env.AWS_SHARED_CREDENTIALS_FILE || `${home}/.aws/credentials`;
  const [config, credentials] = await Promise.all([readIni(ctx, configPath), readIni(ctx, credentialsPath)]);
  const profile = profileFlag ?? (env.AWS_DEFAULT_PROFILE || undefined) ?? (env.AWS_PROFILE || undefined) ?? 'default';
  const configSection = profile === 'default'
    ? config.get('default') ?? config.get('profile default')
    : config.get(`profile ${profile}`);
  const credentialsSection = credentials.get(profile);
  return {
    profile,
    explicitProfile: profileFlag !== null,
    profileConfig: configSection ?? new Map(),
    profileExists: configSection !== undefined || credentialsSection !== undefined,
    credentialsSection,
    env,
  };
}

/** botocore ProfileNotFound: the CLI reports it as a general error (255). */
export function requireProfile(session: SessionConfig): void {
  if (!session.profileExists && session.profile !== 'default') {
    throw new GeneralError(`The config profile (${session.profile}) could not be found`);
  }
}

/** A config-file setting of the active profile (output, cli_binary_format …). */
export function profileSetting(session: SessionConfig, key: string): string | undefined {
  const value = session.profileConfig.get(key);
  return value === undefined || value === '' ? undefined : value;
}

export function resolveRegion(session: SessionConfig, regionFlag: string | null): string {
  const region = regionFlag ?? (session.env.AWS_REGION || undefined) ?? (session.env.AWS_DEFAULT_REGION || undefined)
    ?? profileSetting(session, 'region');
  if (!region) {
    throw new ConfigurationError('You must specify a region. You can also configure your region by running "aws configure".');
  }
  // botocore's validate_region_name when the client is created: a region must be a valid host label.
  if (!/^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{0,63}(?<!-)$/.test(region)) {
    throw new GeneralError(`Provided region_name '${region}' doesn't match a supported format.`);
  }
  return region;
}

/** The access key id the request is signed with. */
export function resolveAccessKeyId(session: SessionConfig): string {
  if (!session.explicitProfile && session.env.AWS_ACCESS_KEY_ID) return session.env.AWS_ACCESS_KEY_ID;
  const fromCredentials = session.credentialsSection?.get('aws_access_key_id');
  if (fromCredentials) return fromCredentials;
  const fromConfig = session.profileConfig.get('aws_access_key_id');
  if (fromConfig) return fromConfig;
  throw new ConfigurationError('Unable to locate credentials. You can configure credentials by running "aws configure".');
}
