import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { afterTextOf, helpTexts, translateHelp } from '../src/cli/help-text.js';
import { useLanguage } from '../src/cli/lang.js';
import { program } from '../src/cli/main.js';
import { messagesIn } from '../src/messages/index.js';

/** The program's help in a language, as main() makes it. */
function programIn(lang: 'en' | 'nl' | 'fr'): Command {
  try {
    useLanguage(lang, lang !== 'en');
    return program();
  } finally {
    useLanguage('en', false);
  }
}

/** What `--help` of a command prints, the examples after it included. */
function helpOf(cmd: Command): string {
  let out = '';
  cmd.configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (out += s) });
  cmd.outputHelp();
  return out;
}

describe('--help in the language of the messages', () => {
  it('has every text of the program in the catalogue, the English as main.ts writes it', () => {
    const en = messagesIn('en');
    const texts = helpTexts(programIn('en'));
    expect(texts.size).toBeGreaterThan(60);
    for (const [id, english] of texts) expect(en(id as Parameters<typeof en>[0]), id).toBe(english);
  });

  it("reads and replaces a block of addHelpText('after', …) (commander's afterHelp event)", () => {
    const cmd = new Command('x').description('d').addHelpText('after', '\nExamples:\n  $ x');
    expect(afterTextOf(cmd)).toBe('\nExamples:\n  $ x');
    expect(afterTextOf(new Command('y'))).toBeUndefined();
    translateHelp(cmd, messagesIn('fr'));
    // Its texts are the program's (`help.program.*`): the English block is replaced, not repeated.
    const help = helpOf(cmd);
    expect(help).not.toContain('$ x');
    expect(help.match(/\nExemples :\n/g)).toHaveLength(1);
    expect(help).toMatch(/^Utilisation : x \[options\]\n/);
  });

  it('prints the help of a command in French and in Dutch, English untouched', () => {
    const init = (lang: 'en' | 'nl' | 'fr') => programIn(lang).commands.find((c) => c.name() === 'init')!;
    const fr = helpOf(init('fr'));
    expect(fr).toMatch(/^Utilisation : privacy-statement init \[options\] \[dir\]\n\nÉcrit <dir>\/statement\.yaml : une déclaration de départ complète et commentée/);
    expect(fr).toContain('--template <template>  nl-insurer, be-insurer ou intermediary (choix :');
    expect(fr).toContain("-h, --help             affiche l'aide");
    expect(fr).toContain('\nExemples :\n  $ privacy-statement init statements/harmony --template nl-insurer --locales nl,en\n');
    const nl = helpOf(init('nl'));
    expect(nl).toMatch(/^Gebruik: privacy-statement init \[opties\] \[dir\]\n/);
    expect(nl).toContain('Argumenten:\n  dir  ');
    expect(nl).toContain('(standaard: ".")');
    const en = helpOf(init('en'));
    expect(en).toMatch(/^Usage: privacy-statement init \[options\] \[dir\]\n\nWrite <dir>\/statement\.yaml/);
    expect(en).toContain('(default: ".")');
    expect(helpOf(programIn('nl'))).toContain("Commando's:\n  check [opties] <input...>");
  });
});
