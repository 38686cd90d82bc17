import { messagesIn, type Say } from '../messages/index.js';
import type { Locale } from '../model/input.generated.js';
import { formatDate } from '../render/format.js';
import { translator } from '../render/i18n.js';
import { changeClasses } from './changes.js';
import type { DiffReport, VersionInfo } from './diff.js';

/** A side of the comparison for people: the file (and revision), its date and version id. */
export function sideLabel(side: VersionInfo, say: Say = messagesIn('en')): string {
  const name = side.file !== undefined ? (side.revision !== undefined ? say('diff.at-revision', { file: side.file, revision: side.revision }) : side.file) : say('diff.source');
  return say('diff.side', { name, date: side.lastAmended, version: side.version });
}

export interface TextStyle {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
}

/**
 * One line per change, grouped by class, for a terminal. The headings and labels are in
 * `locale` (the language of the messages); the summaries are as `diff` wrote them.
 */
export function diffText(report: DiffReport, locale: Locale, style: TextStyle): string {
  const t = translator(locale);
  const say = messagesIn(locale);
  const [from, to] = [say('diff.from'), say('diff.to')];
  const width = Math.max(from.length, to.length) + 1;
  const out = [`${style.bold(from)}${' '.repeat(width - from.length)}${sideLabel(report.from, say)}`, `${style.bold(to)}${' '.repeat(width - to.length)}${sideLabel(report.to, say)}`];
  const kinds = { added: say('diff.kind.added'), removed: say('diff.kind.removed'), changed: say('diff.kind.changed') };
  const kindWidth = Math.max(...Object.values(kinds).map((k) => k.length)) + 1;
  const colour = { material: style.red, favourable: style.green, editorial: style.dim };
  for (const cls of changeClasses) {
    const changes = report.changes.filter((c) => c.class === cls);
    if (changes.length === 0) continue;
    out.push('', colour[cls](style.bold(`${t(`lifecycle.classes.${cls}`)} (${changes.length})`)) + style.dim(say('diff.note', { note: t(`lifecycle.classes.${cls}Note`) })));
    for (const c of changes) {
      out.push(`  ${kinds[c.kind].padEnd(kindWidth)} ${c.summary}  ${style.dim(`${c.path}${c.references.length > 0 && cls !== 'editorial' ? ' · ' + c.references.join(', ') : ''}`)}`);
    }
  }
  out.push('', report.changes.length === 0 ? t('lifecycle.memo.none') : t('lifecycle.memo.counts', { ...report.counts }));
  return out.join('\n') + '\n';
}

/** A change memo a lawyer can paste: headings and a list per class, in the statement's language. */
export function diffMarkdown(report: DiffReport, statementId: string, locale: Locale): string {
  const t = translator(locale);
  const date = (iso: string) => formatDate(iso, locale, t);
  const out = [
    `# ${t('lifecycle.memo.title', { id: statementId })}`,
    '',
    t('lifecycle.memo.versions', { from: `\`${report.from.version}\``, fromDate: date(report.from.lastAmended), to: `\`${report.to.version}\``, toDate: date(report.to.lastAmended) }),
  ];
  if (report.to.effectiveFrom) out.push('', t('lifecycle.memo.effective', { date: date(report.to.effectiveFrom) }));
  for (const cls of changeClasses) {
    const changes = report.changes.filter((c) => c.class === cls);
    if (changes.length === 0) continue;
    out.push('', `## ${t(`lifecycle.classes.${cls}`)}`, '', `*${t(`lifecycle.classes.${cls}Note`)}*`, '');
    for (const c of changes) out.push(`- ${escapeInline(c.summary)}${cls !== 'editorial' && c.references.length > 0 ? ` (${c.references.join('; ')})` : ''}`);
  }
  out.push('', report.changes.length === 0 ? t('lifecycle.memo.none') : t('lifecycle.memo.counts', { ...report.counts }));
  return out.join('\n') + '\n';
}

/** Summaries quote the statement's own names: they are shown as written, not read as Markdown. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => '\\' + c);
}
