/**
 * botocore's xform_name: how an API name becomes a CLI name. Operation `CreateFunction` becomes the
 * command `create-function`; member `KMSKeyArn` becomes `--kms-key-arn`, `S3Bucket` `--s3-bucket`,
 * `logGroupName` `--log-group-name`. The rules are the same regexes botocore applies.
 */
const FIRST_CAP = /(.)([A-Z][a-z]+)/g;
const END_CAP = /([a-z0-9])([A-Z])/g;
const SPECIAL_PLURAL = /[A-Z]{2,}s$/;

export function xformName(name: string, sep = '-'): string {
  if (name.includes(sep)) return name;
  let text = name;
  const special = SPECIAL_PLURAL.exec(text);
  if (special) {
    // `ResourceARNs` -> `resource-arns`, not `resource-ar-ns`.
    text = text.slice(0, text.length - special[0].length) + sep + special[0].toLowerCase();
  }
  text = text.replace(FIRST_CAP, `$1${sep}$2`);
  return text.replace(END_CAP, `$1${sep}$2`).toLowerCase();
}
