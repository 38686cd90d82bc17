import type { Say } from '../messages/index.js';

/**
 * Commander's own error lines (an unknown option, a missing argument, an unknown command…) in
 * the language of the messages.
 *
 * The gap: commander's public API lets a program replace how an error is printed
 * (`configureOutput({ outputError })`), but it hands over only the finished English line, not
 * the kind of error and its parts (the error's `code` comes later, to `exitOverride`). So the
 * line is read back here, by the wording commander 14 gives each kind of error, and said again
 * from the message catalogue. test/commander-messages.test.ts makes commander produce each kind
 * and fails when an upgrade changes a wording; a line this file does not recognise is printed as
 * commander wrote it, in English.
 */

type Rewrite = [RegExp, (say: Say, m: RegExpExecArray) => string];

const rewrites: Rewrite[] = [
  [/^unknown option '(.*)'$/, (say, m) => say('command.unknown-option', { option: m[1]! })],
  [/^unknown command '(.*)'$/, (say, m) => say('command.unknown-command', { command: m[1]! })],
  [/^missing required argument '(.*)'$/, (say, m) => say('command.missing-argument', { argument: m[1]! })],
  [/^option '(.*)' argument missing$/, (say, m) => say('command.option-missing-argument', { option: m[1]! })],
  [/^required option '(.*)' not specified$/, (say, m) => say('command.required-option', { option: m[1]! })],
  [
    /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (say, m) => say(m[1] !== undefined ? 'command.too-many-arguments-for' : 'command.too-many-arguments', { ...(m[1] !== undefined ? { command: m[1] } : {}), count: Number(m[2]), got: Number(m[3]) }),
  ],
  [/^option '(.*)' argument '(.*)' is invalid\. ([^]*)$/, (say, m) => say('command.invalid-option-value', { option: m[1]!, value: m[2]!, reason: reason(say, m[3]!) })],
  [/^command-argument value '(.*)' is invalid for argument '(.*)'\. ([^]*)$/, (say, m) => say('command.invalid-argument-value', { argument: m[2]!, value: m[1]!, reason: reason(say, m[3]!) })],
];

/** Why a value was refused: commander's list of choices, or the program's own words (already in the language). */
function reason(say: Say, text: string): string {
  const choices = /^Allowed choices are (.*)\.$/.exec(text);
  return choices ? say('command.allowed-choices', { choices: choices[1]! }) : text;
}

/** Commander's suggestion under an error: `(Did you mean --out?)`. */
function suggestion(say: Say, line: string): string {
  const one = /^\(Did you mean (\S+)\?\)$/.exec(line);
  if (one) return say('command.did-you-mean', { suggestion: one[1]! });
  const several = /^\(Did you mean one of (.*)\?\)$/.exec(line);
  if (several) return say('command.did-you-mean-one-of', { suggestions: several[1]! });
  return line;
}

/**
 * One of commander's error texts (`error: unknown option '--outt'\n(Did you mean --out?)\n`) in
 * the language of `say`; English is returned exactly as commander wrote it.
 */
export function commanderErrorIn(say: Say, text: string, english: boolean): string {
  if (english) return text;
  const [first = '', ...rest] = text.split('\n');
  const message = messageOf(say, first);
  if (message === undefined) return text;
  return [say('command.error', { message }), ...rest.map((l) => suggestion(say, l))].join('\n');
}

/** The message of commander's first line, without `error: ` (for a JSON usage error); undefined when it is not recognised. */
export function commanderMessageIn(say: Say, text: string, english: boolean): string | undefined {
  const first = text.split('\n')[0] ?? '';
  return (english ? undefined : messageOf(say, first)) ?? /^error: ([^]*)$/.exec(first)?.[1];
}

/** The message of commander's first line in the language of `say`; undefined when it is not one this file knows. */
function messageOf(say: Say, first: string): string | undefined {
  const body = /^error: ([^]*)$/.exec(first)?.[1];
  if (body === undefined) return undefined;
  const rewrite = rewrites.find(([pattern]) => pattern.test(body));
  return rewrite ? rewrite[1](say, rewrite[0].exec(body)!) : undefined;
}
