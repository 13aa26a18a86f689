/**
 * Python's mimetypes.guess_type for the file types a course handles: `aws s3 cp` and `sync` send the
 * guessed Content-Type with each upload unless told `--content-type` or `--no-guess-mime-type`. An
 * unknown extension sends none, so S3 stores binary/octet-stream.
 */
const TYPES: Record<string, string> = {
  '.txt': 'text/plain', '.text': 'text/plain', '.log': 'text/plain', '.html': 'text/html', '.htm': 'text/html',
  '.css': 'text/css', '.csv': 'text/csv', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json',
  '.xml': 'text/xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.svg': 'image/svg+xml', '.ico': 'image/vnd.microsoft.icon', '.bmp': 'image/bmp', '.tif': 'image/tiff', '.tiff': 'image/tiff',
  '.pdf': 'application/pdf', '.zip': 'application/zip', '.tar': 'application/x-tar', '.mp4': 'video/mp4',
  '.mp3': 'audio/mpeg', '.wav': 'audio/x-wav', '.py': 'text/x-python', '.sh': 'application/x-sh',
};

export function guessMimeType(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot > 0 ? TYPES[name.slice(dot)] : undefined;
}
