import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

const source = (locale: string) => (t: string) => edit(t, 'locales: [en, nl]', `locales: [en, nl]\n  sourceLocale: ${locale}`);

describeRule('source-locale', {
  triggers: [
    {
      name: 'a source language the statement is not published in',
      edit: source('fr'),
      expect: {
        line: 'sourceLocale: fr',
        path: '/statement/sourceLocale',
        message: '`statement.sourceLocale` is `fr` (French), but the statement is published in English (`en`), Dutch (`nl`) only. The language the texts are written in must be one of them: set `sourceLocale` to `en` or `nl`, add `fr` to `statement.locales`, or leave `sourceLocale` out (then it is `en`, the first of `locales`).',
      },
    },
  ],
  passes: [
    { name: 'no sourceLocale: the first of locales', edit: (t) => t },
    { name: 'the second language as the source', edit: source('nl') },
    { name: 'the first language, said explicitly', edit: source('en') },
  ],
});
