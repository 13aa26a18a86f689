/** How a check report is printed: `pretty` for people, `json` for machines (CI, the site). */
import type { CheckReport } from './runner.ts';

const MARK: Record<string, string> = { pass: '✓', fail: '✗', error: '!', timeout: '⧗' };

export function prettyReport(report: CheckReport, color = false): string {
  const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const lines = [report.exercise];
  for (const c of report.checks) {
    lines.push(`  ${paint(c.status === 'pass' ? 32 : 31, MARK[c.status] ?? '?')} ${c.name}`);
    if (c.status !== 'pass') {
      for (const l of (c.message ?? '').split('\n')) lines.push(`      ${l}`);
      if (c.hint) lines.push(`      ${paint(2, `Hint: ${c.hint}`)}`);
    }
  }
  const passed = report.checks.filter((c) => c.status === 'pass').length;
  lines.push('', `${passed} of ${report.checks.length} checks pass${report.passed ? ' — exercise complete.' : '.'}`);
  return `${lines.join('\n')}\n`;
}

export const jsonReport = (report: CheckReport) => `${JSON.stringify(report, null, 2)}\n`;
