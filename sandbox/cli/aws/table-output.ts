/**
 * `--output table` (awscli/formatter.py TableFormatter + awscli/table.py): a titled section per
 * object, a header row of its scalar keys (sorted), nested objects and lists as indented sub-sections,
 * columns scaled to the widest section, and single-row sections turned vertical when the table would
 * be wider than the terminal (80 columns unless the shell says otherwise).
 */
import { pyNumber } from './pyrepr.ts';

interface Section {
  title: string;
  headers: string[];
  rows: string[][];
  indent: number;
  maxWidths: number[];
}

function newSection(title = '', indent = 0): Section {
  return { title, headers: [], rows: [], indent, maxWidths: [] };
}

/** Display width: East Asian wide and fullwidth characters take two columns. */
function textLength(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1f300 && code <= 0x1faff) || (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return pyNumber(value);
  return String(value);
}

function updateWidths(section: Section, row: string[]): void {
  if (section.maxWidths.length === 0) section.maxWidths = row.map(textLength);
  else row.forEach((el, i) => (section.maxWidths[i] = Math.max(textLength(el), section.maxWidths[i] ?? 0)));
}

/** Python's round(): halves go to the even neighbour. */
function pyRound(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

function columnWidths(section: Section, padding: number, maxWidth?: number): number[] {
  const unscaled = section.maxWidths.map((w) => w + padding);
  if (maxWidth === undefined || unscaled.length === 0) return unscaled;
  const total = unscaled.reduce((a, b) => a + b, 0);
  const scaled = unscaled.map((w) => pyRound((maxWidth / total) * w));
  let off = scaled.reduce((a, b) => a + b, 0) - maxWidth;
  while (off !== 0) {
    const order = [...scaled.keys()];
    if (off < 0) order.reverse();
    for (const i of order) {
      if (off > 0) {
        scaled[i]--;
        off--;
      } else {
        scaled[i]++;
        off++;
      }
      if (off === 0) break;
    }
  }
  return scaled;
}

function totalWidth(section: Section): number {
  let total = 0;
  for (const w of columnWidths(section, 0)) total += w + 4;
  total += 2 + section.indent * 2;
  return Math.max(textLength(section.title) + 2 + section.indent * 2, total);
}

function centerText(text: string, length: number, left: string, right: string): string {
  const len = textLength(text);
  const start = Math.floor(length / 2) - Math.floor(len / 2) - 1;
  const soFar = textLength(left) + start + len;
  return left + ' '.repeat(Math.max(0, start)) + text + ' '.repeat(Math.max(0, length - textLength(right) - soFar)) + right;
}

function alignLeft(text: string, length: number, left: string, right: string): string {
  const len = textLength(text);
  const padding = length - (len + 2 + left.length + right.length) >= 0 ? 2 : 0;
  return left + ' '.repeat(padding) + text + ' '.repeat(Math.max(0, length - left.length - padding - len - right.length)) + right;
}

class TableBuilder {
  readonly sections: Section[] = [];
  private current: Section | null = null;

  private section(): Section {
    if (!this.current) {
      this.current = newSection();
      this.sections.push(this.current);
    }
    return this.current;
  }

  newSection(title: string, indent: number): void {
    this.current = newSection(title, indent);
    this.sections.push(this.current);
  }

  addHeader(headers: string[]): void {
    const s = this.section();
    updateWidths(s, headers);
    s.headers = headers;
  }

  addRow(row: unknown[]): void {
    const s = this.section();
    const cells = row.map(cell);
    s.rows.push(cells);
    updateWidths(s, cells);
  }

  build(title: string | null, current: unknown, indent = 0): boolean {
    if (current === null || current === undefined || current === false || current === 0 || current === '') return false;
    if (Array.isArray(current) && current.length === 0) return false;
    if (isDict(current) && Object.keys(current).length === 0) return false;
    if (title !== null) this.newSection(title, indent);
    if (Array.isArray(current)) {
      if (isDict(current[0])) {
        this.fromList(current as Record<string, unknown>[], indent, title ?? '');
      } else {
        for (const item of current) {
          if (!isContainer(item)) this.addRow([item]);
          else if (Array.isArray(item) && item.every((el) => !isContainer(el))) this.addRow(item);
          else this.build(null, item);
        }
      }
    }
    if (isDict(current)) this.fromDict(current, indent);
    return true;
  }

  private fromDict(current: Record<string, unknown>, indent: number): void {
    const [headers, more] = groupScalarKeys(current);
    if (headers.length === 1) this.addRow([headers[0], current[headers[0]]]);
    else if (headers.length > 0) {
      this.addHeader(headers);
      this.addRow(headers.map((h) => current[h]));
    }
    for (const key of more) this.build(key, current[key], indent + 1);
  }

  private fromList(current: Record<string, unknown>[], indent: number, title: string): void {
    const headerSet = new Set<string>();
    const moreSet = new Set<string>();
    for (const item of current) {
      const [h, m] = groupScalarKeys(item);
      h.forEach((k) => headerSet.add(k));
      m.forEach((k) => moreSet.add(k));
    }
    const headers = [...headerSet].sort();
    const more = [...moreSet].sort();
    this.addHeader(headers);
    let first = true;
    for (const element of current) {
      if (!first && more.length > 0) {
        this.newSection(title, indent);
        this.addHeader(headers);
      }
      first = false;
      this.addRow(headers.map((h) => (h in element ? element[h] : '')));
      for (const key of more) if (key in element) this.build(key, element[key], indent + 1);
    }
  }
}

function isContainer(value: unknown): boolean {
  return Array.isArray(value) || isDict(value);
}

function isDict(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function groupScalarKeys(current: Record<string, unknown>): [string[], string[]] {
  const headers: string[] = [];
  const more: string[] = [];
  for (const key of Object.keys(current)) (isContainer(current[key]) ? more : headers).push(key);
  return [headers.sort(), more.sort()];
}

function convertToVertical(sections: Section[]): void {
  sections.forEach((section, i) => {
    if (section.rows.length === 1 && section.headers.length > 0) {
      const vertical = newSection(section.title, section.indent);
      section.headers.forEach((header, k) => {
        const row = [header, section.rows[0][k]];
        vertical.rows.push(row);
        updateWidths(vertical, row);
      });
      sections[i] = vertical;
    }
  });
}

function render(sections: Section[], terminalWidth: number): string {
  let maxWidth = Math.max(...sections.map(totalWidth));
  if (maxWidth > terminalWidth) {
    convertToVertical(sections);
    maxWidth = Math.max(...sections.map(totalWidth));
  }
  const out: string[] = ['-'.repeat(maxWidth) + '\n'];
  for (const section of sections) {
    const edge = '|'.repeat(section.indent);
    const write = (line: string) => out.push(edge + line + edge + '\n');
    const width = maxWidth - section.indent * 2;
    if (section.title) {
      write(centerText(section.title, width, '|', '|'));
      if (section.headers.length === 0 && section.rows.length === 0) write(`+${'-'.repeat(width - 2)}+`);
    }
    const widths = columnWidths(section, 4, width);
    const lineBreak = () => write(widths.map((w, i) => (i === 0 ? `+${'-'.repeat(w - 2)}+` : `${'-'.repeat(w - 1)}+`)).join(''));
    if (section.headers.length > 0) {
      lineBreak();
      write(section.headers.map((h, i) => centerText(h, widths[i], i === 0 ? '|' : '', '|')).join(''));
    }
    if (section.rows.length > 0 && widths.length > 0) {
      lineBreak();
      for (const row of section.rows) write(row.map((el, i) => alignLeft(el, widths[i], i === 0 ? '|' : '', '|')).join(''));
      lineBreak();
    }
  }
  return out.join('');
}

/** The table for a response (titled with the operation name), or '' when there is nothing to show. */
export function toTable(operationName: string, value: unknown, terminalWidth = 80): string {
  const builder = new TableBuilder();
  if (!builder.build(operationName, value)) return '';
  return render(builder.sections, terminalWidth);
}
