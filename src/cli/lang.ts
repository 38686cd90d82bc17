import { isMessageLanguage, languageOfEnvironment, messagesIn, type MessageLanguage, type Say } from '../messages/index.js';

/**
 * The language of the command's messages: `--lang`, else the environment's (`LC_ALL`,
 * `LC_MESSAGES`, `LANG`), else English. Chosen once per process (build workers get it with each job).
 */
let current: MessageLanguage = 'en';
/** Whether `--lang` or the environment named the language (rather than English by default). */
let named = false;

export function useLanguage(lang: MessageLanguage, chosen = true): void {
  current = lang;
  named = chosen;
}

/** The language `--lang` or the environment named; undefined when English is only the default. */
export function chosenLanguage(): MessageLanguage | undefined {
  return named ? current : undefined;
}

export function cliLanguage(): MessageLanguage {
  return current;
}

/** A catalogue text in the command's language. */
export const say: Say = (id, values) => messagesIn(current)(id, values);

/** `--lang nl` or `--lang=nl` anywhere on the command line (an unknown value is commander's to refuse). */
export function languageOfArgv(argv: readonly string[]): MessageLanguage | undefined {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i]!.startsWith('--lang=') ? argv[i]!.slice('--lang='.length) : undefined;
    if (isMessageLanguage(value)) return value;
  }
  return undefined;
}

/** The language `--lang` names, else the environment's; undefined when neither names one (English then). */
export function namedLanguage(argv: readonly string[], env: Record<string, string | undefined>): MessageLanguage | undefined {
  return languageOfArgv(argv) ?? languageOfEnvironment(env);
}
