/**
 * awscli/customizations/argrename.py: arguments the CLI offers under another name than xform_name
 * gives, for the services modeled here. The renamed argument moves to the end of the model's
 * arguments (utils.rename_argument re-inserts it into the ordered argument table).
 */
import { renameArgument, type ArgumentTable } from '../arguments.ts';

/** ARGUMENT_RENAMES entries of the modeled services: `<service>.<command>.<argument>` → new name. */
const ARGUMENT_RENAMES: Record<string, string> = {
  'sns.subscribe.endpoint': 'notification-endpoint',
};

/** Argument-table edits per service and command. */
export const RENAME_EDITS: Record<string, Record<string, Array<(table: ArgumentTable) => void>>> = {};

for (const [key, newName] of Object.entries(ARGUMENT_RENAMES)) {
  const [service, command, original] = key.split('.');
  const edits = (RENAME_EDITS[service] ??= {});
  (edits[command] ??= []).push((table) => renameArgument(table, original, newName));
}
