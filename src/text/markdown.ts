import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { ownCopy } from './own-copy.js';

/**
 * Parses Markdown for the checks: CommonMark as the renderer reads it, plus GitHub's extensions
 * (tables, footnotes, strikethrough, task lists, bare links), so that text written for those
 * is reported rather than shown as stray characters. The tree is shared: do not change it.
 */
export function parseMarkdown(text: string): Root {
  let tree = parsed.get(text);
  if (!tree) {
    if (parsed.size >= 256) parsed.clear();
    text = ownCopy(text);
    parsed.set(text, (tree = fromMarkdown(text, { extensions, mdastExtensions })));
  }
  return tree;
}

const extensions = [gfm()];
const mdastExtensions = [gfmFromMarkdown()];
/** Several rules read the same texts: each is parsed once. The trees are shared, so read only. */
const parsed = new Map<string, Root>();

/**
 * Whether a text can contain anything but plain paragraphs. Cheap, and never wrong in the
 * unsafe direction: when it says no, the text parses to paragraphs of plain text only.
 */
export function mayContainMarkup(text: string): boolean {
  return /[<>`*_[\]!&|~\\#]|^\s*(?:[-+=]|\d{1,9}[.)])|https?:|www\.|@|^ {4}|\t/m.test(text);
}

/**
 * Escapes text so that Markdown shows it literally: every ASCII punctuation character gets a
 * backslash (CommonMark allows that for all of them) and line breaks become spaces. Used for
 * names and titles, which are plain text by definition.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => '\\' + c);
}
