import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { check, compile } from '../../src/compile.js';
import { versionId } from '../../src/lifecycle/version.js';
import { edit, examples, minimal, read } from '../helpers.js';

/** The XMP packet of a PDF (the one stream the writer leaves uncompressed for PDF/A), or every inflated stream. */
function xmp(pdf: Uint8Array): string {
  const text = Buffer.from(pdf).toString('latin1');
  const plain = /<x:xmpmeta[\s\S]*?<\/x:xmpmeta>/.exec(text)?.[0];
  if (plain) return plain;
  const streams = [...text.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('utf8');
    } catch {
      return '';
    }
  });
  return streams.find((s) => s.includes('xmpmeta')) ?? '';
}

describe('the version id', () => {
  it('is returned by check and compile, and is the same for YAML and JSON of one content', async () => {
    const yaml = read(examples.harmony);
    const fromYaml = await check(yaml);
    const fromJson = await check(JSON.stringify(parse(yaml), null, 2));
    expect(fromYaml.version).toMatch(/^[0-9a-f]{12}$/);
    expect(fromJson.version).toBe(fromYaml.version);
    expect(fromYaml.version).toBe(versionId(parse(yaml)));
    expect((await check(edit(minimal(), 'period: P7Y', 'period: P8Y'))).version).not.toBe((await check(minimal())).version);
  });

  it('is in the HTML head, on a fragment, and in the PDF metadata (PDF/UA and PDF/A)', async () => {
    const result = await compile(minimal(), { formats: ['html', 'pdf'], locales: ['en'] });
    const version = result.version!;
    const html = result.outputs.find((o) => o.format === 'html')!.content as string;
    expect(html).toContain(`<meta name="privacy-statement-version" content="${version}">`);
    const fragment = (await compile(minimal(), { formats: ['html'], html: 'fragment', locales: ['en'] })).outputs[0]!.content as string;
    expect(fragment).toContain(`data-privacy-statement-version="${version}"`);
    for (const pdfStandard of ['pdf-ua', 'pdf-a-2a'] as const) {
      const pdf = (await compile(minimal(), { formats: ['pdf'], locales: ['en'], pdfStandard })).outputs[0]!.content as Uint8Array;
      expect(xmp(pdf), pdfStandard).toContain(`<xmpMM:VersionID>${version}</xmpMM:VersionID>`);
    }
    expect(result.outputs.every((o) => o.version === version)).toBe(true);
  });
});
