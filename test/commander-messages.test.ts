import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commanderErrorIn, commanderMessageIn } from '../src/cli/commander-messages.js';
import { messagesIn } from '../src/messages/index.js';
import { runCli, runHere } from './helpers.js';

/** What commander prints for a command line: its error text, as `outputError` receives it. */
function errorOf(args: string[]): string {
  let text = '';
  const cmd = new Command('p').exitOverride().showSuggestionAfterError(true).allowExcessArguments(false);
  cmd.configureOutput({ writeErr: () => undefined, writeOut: () => undefined, outputError: (s) => (text += s) });
  cmd
    .command('build')
    .argument('<input>')
    .option('--out <dir>')
    .option('--output-format <f>')
    .requiredOption('--owner <name>')
    .addOption(new Option('--format <format>').choices(['text', 'json']))
    .option('--level <n>', '', (v: string) => {
      throw new InvalidArgumentError(`${v} is not a level`);
    })
    .action(() => undefined);
  cmd.command('check').argument('<input>').action(() => undefined);
  try {
    cmd.parse(args, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
  }
  return text;
}

const fr = messagesIn('fr');
const nl = messagesIn('nl');

/**
 * commander 14's wording of each error, which src/cli/commander-messages.ts reads back: when an
 * upgrade changes one, these fail (and that error would otherwise stay English).
 */
describe("commander's error lines in the language of the messages", () => {
  const cases: [string[], string, string][] = [
    [['build', 'a', '--owner', 'x', '--outt', 'd'], "error: unknown option '--outt'\n(Did you mean --out?)\n", "erreur : option inconnue '--outt'\n(Vouliez-vous dire --out ?)\n"],
    [['buld'], "error: unknown command 'buld'\n(Did you mean build?)\n", "erreur : commande inconnue 'buld'\n(Vouliez-vous dire build ?)\n"],
    [['check'], "error: missing required argument 'input'\n", "erreur : l'argument obligatoire 'input' est manquant\n"],
    [['build', 'a', '--owner'], "error: option '--owner <name>' argument missing\n", "erreur : la valeur de l'option '--owner <name>' est manquante\n"],
    [['build', 'a'], "error: required option '--owner <name>' not specified\n", "erreur : l'option obligatoire '--owner <name>' n'est pas indiquée\n"],
    [['check', 'a', 'b'], "error: too many arguments for 'check'. Expected 1 argument but got 2.\n", "erreur : trop d'arguments pour 'check'. Attendu : 1 argument ; reçu : 2.\n"],
    [['build', 'a', '--owner', 'x', '--format', 'xml'], "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json.\n", "erreur : la valeur 'xml' de l'option '--format <format>' n'est pas valable. Valeurs admises : text, json.\n"],
    [['build', 'a', '--owner', 'x', '--level', '9'], "error: option '--level <n>' argument '9' is invalid. 9 is not a level\n", "erreur : la valeur '9' de l'option '--level <n>' n'est pas valable. 9 is not a level\n"],
    [['build', 'a', '--owner', 'x', '--out'], "error: option '--out <dir>' argument missing\n", "erreur : la valeur de l'option '--out <dir>' est manquante\n"],
  ];
  for (const [args, english, french] of cases) {
    it(english.split('\n')[0]!, () => {
      const text = errorOf(args);
      expect(text).toBe(english);
      expect(commanderErrorIn(fr, text, false)).toBe(french);
      expect(commanderErrorIn(fr, text, true)).toBe(english);
    });
  }

  it('gives the message alone for a JSON usage error, and leaves a line it does not know as it is', () => {
    expect(commanderMessageIn(nl, "error: unknown option '--x'\n", false)).toBe("onbekende optie '--x'");
    expect(commanderMessageIn(nl, "error: unknown option '--x'\n", true)).toBe("unknown option '--x'");
    expect(commanderErrorIn(nl, 'error: something new\n', false)).toBe('error: something new\n');
  });

  it('privacy-statement --format json --lang nl: the usage error in Dutch, without its prefix', async () => {
    const r = await runCli(['check', 'x.yaml', '--bogus', '--format', 'json', '--lang', 'nl'], { cwd: mkdtempSync(join(tmpdir(), 'psc-cmd-')) });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toEqual({ type: 'usage', message: "onbekende optie '--bogus'" });
  });

  it('privacy-statement --lang fr: an unknown option in French, with the hint after it', async () => {
    const r = await runHere(['check', 'x.yaml', '--strictt', '--lang', 'fr'], { cwd: mkdtempSync(join(tmpdir(), 'psc-cmd-')) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("erreur : option inconnue '--strictt'\n(Vouliez-vous dire --strict ?)\n(lancez privacy-statement --help pour le mode d'emploi)\n");
  });
});
