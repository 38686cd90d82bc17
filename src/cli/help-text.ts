import type { EventEmitter } from 'node:events';
import { Help, type Argument, type Command, type Option } from 'commander';
import type { MessageId, Say } from '../messages/index.js';

/**
 * `--help` in the language of the messages. The program is written in English (main.ts); in
 * another language each description, summary and block of examples is replaced by its catalogue
 * entry, found by its place: `help.<command>.description`, `.summary`, `.option.<long flag>`,
 * `.argument.<name>` and `.after` (`<command>` is `program` for the program itself).
 *
 * Commander's public API covers almost all of it: the setters of a command, the `description` of
 * its options and arguments, `configureHelp` (titles, and the "default"/"choices" notes, which
 * are written here as commander writes them) and `helpOption`/`helpCommand`. The gap: a block
 * added with `addHelpText('after', …)` cannot be read back or replaced. A command is an
 * EventEmitter (its typings do not say so) and `addHelpText` registers the block as a listener
 * of its `afterHelp` event: the block is read here by running those listeners, and replaced by
 * removing them (`events` below). test/help-text.test.ts fails if an upgrade changes that, and
 * keeps the English entries of the catalogue equal to main.ts.
 */

/** The text a command's `addHelpText('after', …)` blocks write, without the last line break; undefined when it has none. */
export function afterTextOf(c: Command): string | undefined {
  let text = '';
  for (const listener of events(c).listeners('afterHelp')) (listener as (context: unknown) => void)({ error: false, command: c, write: (s: string) => (text += s) });
  return text === '' ? undefined : text.replace(/\n$/, '');
}

/** The command as the EventEmitter it is. */
const events = (c: Command): EventEmitter => c as unknown as EventEmitter;

const optionId = (command: string, o: Option): string => `help.${command}.option.${(o.long ?? o.short ?? o.flags).replace(/^-+/, '')}`;
const argumentId = (command: string, a: Argument): string => `help.${command}.argument.${a.name()}`;

/** Every text of the help of `cmd` and its commands, by catalogue id, as the program has it. */
export function helpTexts(cmd: Command): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (c: Command, name: string): void => {
    out.set(`help.${name}.description`, c.description());
    if (c.summary()) out.set(`help.${name}.summary`, c.summary());
    for (const o of c.options) out.set(optionId(name, o), o.description ?? '');
    for (const a of c.registeredArguments) out.set(argumentId(name, a), a.description ?? '');
    const after = afterTextOf(c);
    if (after !== undefined) out.set(`help.${name}.after`, after);
    for (const sub of c.commands) walk(sub, sub.name());
  };
  walk(cmd, 'program');
  return out;
}

/** Puts the help of `cmd` and its commands into the language of `say` (call it when that is not English). */
export function translateHelp(cmd: Command, say: Say): void {
  // A text the catalogue does not have (yet) stays as the program has it.
  const text = (id: string, english: string): string => {
    const said = say(id as MessageId);
    return said === id ? english : said;
  };
  const titles: Record<string, string> = {
    'Usage:': say('help.title.usage'),
    'Options:': say('help.title.options'),
    'Commands:': say('help.title.commands'),
    'Arguments:': say('help.title.arguments'),
    'Global Options:': say('help.title.global-options'),
  };
  const described = (description: string | undefined, choices: readonly string[] | undefined, value: unknown, valueText: string | undefined): string => {
    const extra = [
      ...(choices ? [say('help.choices', { choices: choices.map((c) => JSON.stringify(c)).join(', ') })] : []),
      ...(value !== undefined ? [say('help.default', { value: valueText || JSON.stringify(value) })] : []),
    ];
    if (extra.length === 0) return description ?? '';
    return description ? `${description} (${extra.join(', ')})` : `(${extra.join(', ')})`;
  };
  // `[options]` and `[command]` in the usage lines and the list of commands.
  const placeholders = (usage: string): string => usage.replace('[options]', say('help.usage.options')).replace('[command]', say('help.usage.command'));
  const english = new Help();
  const configuration: Partial<Help> = {
    styleTitle: (title: string) => titles[title] ?? title,
    subcommandTerm: (sub: Command) => placeholders(english.subcommandTerm(sub)),
    optionDescription: (o: Option) => described(o.description, o.argChoices, o.required || o.optional || (o.isBoolean() && typeof o.defaultValue === 'boolean') ? o.defaultValue : undefined, o.defaultValueDescription),
    argumentDescription: (a: Argument) => described(a.description, a.argChoices, a.defaultValue, a.defaultValueDescription),
  };
  const walk = (c: Command, name: string): void => {
    c.description(text(`help.${name}.description`, c.description()));
    if (c.summary()) c.summary(text(`help.${name}.summary`, c.summary()));
    for (const o of c.options) o.description = text(optionId(name, o), o.description ?? '');
    for (const a of c.registeredArguments) a.description = text(argumentId(name, a), a.description ?? '');
    c.configureHelp({ ...c.configureHelp(), ...configuration });
    c.usage(placeholders(c.usage()));
    c.helpOption('-h, --help', say('help.option.help'));
    const after = afterTextOf(c);
    if (after !== undefined) {
      events(c).removeAllListeners('afterHelp');
      c.addHelpText('after', text(`help.${name}.after`, after));
    }
    for (const sub of c.commands) walk(sub, sub.name());
  };
  walk(cmd, 'program');
  cmd.helpCommand('help [command]', say('help.command.help'));
}
