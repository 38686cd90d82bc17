import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/**
 * Parses Markdown for the checks: CommonMark as the renderer reads it, plus GitHub's extensions
 * (tables, footnotes, strikethrough, task lists, bare links), so that text written for those
 * is reported rather than shown as stray characters.
 */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions, mdastExtensions });
}

const extensions = [gfm()];
const mdastExtensions = [gfmFromMarkdown()];

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
