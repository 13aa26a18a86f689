/**
 * The parsed form of a command line. Words keep their quoting per part, because what happens to an
 * expansion (field splitting, globbing) depends on whether it was quoted; expansion itself happens
 * when the command runs, so `ROLE=$(…); echo $ROLE` sees the new value.
 */
export type ParamOp = ':-' | '-' | ':+' | '+' | ':=' | '=' | ':?' | '?' | '#' | '##' | '%' | '%%';

export type WordPart =
  /** Literal text; `quoted` text is never split or globbed. */
  | { kind: 'text'; value: string; quoted: boolean }
  /** A leading `~` (or `~` after `NAME=`): the home directory. */
  | { kind: 'tilde' }
  /** `$NAME`, `${NAME}`, `${NAME:-word}`, `${#NAME}`, `$?` … */
  | { kind: 'param'; name: string; quoted: boolean; op?: ParamOp; arg?: Word; length?: boolean }
  /** `$( … )` or `` `…` ``: the body runs in a subshell, its stdout (minus trailing newlines) is the value. */
  | { kind: 'subst'; body: Script; source: string; quoted: boolean }
  /** `$(( … ))`: the expression text is expanded first, then evaluated. */
  | { kind: 'arith'; expr: Word; quoted: boolean }
  /** A `${…}` this shell cannot expand; reported as bash does ("bad substitution") when the command runs. */
  | { kind: 'bad'; text: string };

export interface Word {
  parts: WordPart[];
  /** The source text, for messages such as `bash: $F: ambiguous redirect`. */
  raw: string;
}

export interface Assignment {
  name: string;
  value: Word;
}

export type RedirectOp = '>' | '>>' | '>|' | '<' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Redirect {
  fd: number;
  op: RedirectOp;
  target: Word;
  /** For `<<`: the body, expanded unless the delimiter was quoted. Filled in after the line that holds the operator. */
  heredoc?: { body: Word; expand: boolean };
}

export interface SimpleCommand {
  type: 'simple';
  assigns: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

export interface Subshell {
  type: 'subshell';
  body: Script;
  redirects: Redirect[];
}

export interface ForLoop {
  type: 'for';
  name: string;
  /** null for `for NAME; do` (the positional parameters: none in this shell). */
  items: Word[] | null;
  body: Script;
  redirects: Redirect[];
}

export type CommandNode = SimpleCommand | Subshell | ForLoop;

export interface Pipeline {
  negate: boolean;
  commands: CommandNode[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

/** Commands run one after another (`;`, `&` and newlines). */
export type Script = AndOr[];
