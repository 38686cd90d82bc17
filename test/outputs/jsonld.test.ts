import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { isEea } from '../../src/data/countries.js';
import { examples, read } from '../helpers.js';
import { exampleInput, exampleNames, outputsOf, text } from './helpers.js';

const DPV = 'https://w3id.org/dpv#';
const GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#';
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';

/** No network: a document that needs anything fetched fails the test. */
const offline = {
  documentLoader: async (url: string): Promise<never> => {
    throw new Error(`the JSON-LD tried to fetch ${url}`);
  },
};

type Node = Record<string, unknown> & { '@id': string; '@type'?: string[] };
const ids = (node: Node, property: string): string[] => ((node[property] as { '@id': string }[] | undefined) ?? []).map((v) => v['@id']);
const values = (node: Node, property: string): { '@value': string; '@language'?: string }[] => (node[property] as { '@value': string; '@language'?: string }[] | undefined) ?? [];

async function graphOf(doc: object): Promise<Map<string, Node>> {
  const flat = (await jsonld.flatten(doc as jsonld.JsonLdDocument, undefined, offline as never)) as unknown as { '@graph'?: Node[] } | Node[];
  const nodes = Array.isArray(flat) ? flat : (flat['@graph'] ?? []);
  return new Map(nodes.map((n) => [n['@id'], n]));
}

const article6: Record<string, string> = { consent: 'A6-1-a', contract: 'A6-1-b', 'legal-obligation': 'A6-1-c', 'vital-interests': 'A6-1-d', 'public-task': 'A6-1-e', 'legitimate-interests': 'A6-1-f' };
const article9: Record<string, string> = { 'explicit-consent': 'A9-2-a', 'employment-social-security': 'A9-2-b', 'vital-interests': 'A9-2-c', 'not-for-profit-body': 'A9-2-d', 'made-public': 'A9-2-e', 'legal-claims': 'A9-2-f', 'substantial-public-interest': 'A9-2-g', 'health-care': 'A9-2-h', 'public-health': 'A9-2-i', 'archiving-research': 'A9-2-j' };

describe('jsonld output', () => {
  for (const name of exampleNames) {
    it(`${name}: one file for the statement, expands offline, each purpose a dpv:PersonalDataHandling with the right legal basis`, async () => {
      const input = exampleInput(name);
      const outputs = await outputsOf(read(examples[name]), ['jsonld']);
      expect(outputs.map((o) => o.fileName)).toEqual([`${input.statement.id}.jsonld`]);
      expect(outputs[0]!.locales).toEqual(input.statement.locales);
      const doc = JSON.parse(text(outputs[0]!)) as Record<string, unknown>;
      expect(typeof doc['@context']).toBe('object');
      const expanded = (await jsonld.expand(doc as jsonld.JsonLdDocument, offline as never)) as unknown as object[];
      expect(expanded.length).toBeGreaterThan(0);
      const graph = await graphOf(doc);
      const handlings = [...graph.values()].filter((n) => n['@type']?.includes(`${DPV}PersonalDataHandling`) && !ids(n, `${DPV}hasProcessing`).includes(`${DPV}Transfer`));
      expect(handlings).toHaveLength(input.purposes.length);
      for (const p of input.purposes) {
        const node = graph.get(`urn:privacy-statement:${input.statement.id}:purpose:${p.id}`);
        expect(node, p.id).toBeDefined();
        const bases = ids(node!, `${DPV}hasLegalBasis`);
        expect(bases, p.id).toContain(GDPR + article6[p.legalBasis]);
        const special = input.dataCategories.some((c) => c.kind === 'special' && p.dataCategories.includes(c.id));
        if (special && p.specialCategoryCondition) expect(bases, p.id).toContain(GDPR + article9[p.specialCategoryCondition]);
        else expect(bases).toHaveLength(1);
        // Its purpose, data, recipients; labels in every language of the statement.
        const purpose = graph.get(ids(node!, `${DPV}hasPurpose`)[0]!)!;
        expect(purpose['@type']).toEqual([`${DPV}Purpose`]);
        expect(values(node!, RDFS_LABEL).map((v) => v['@language']).sort()).toEqual([...input.statement.locales].sort());
        expect(ids(node!, `${DPV}hasPersonalData`)).toEqual(p.dataCategories.map((c) => `urn:privacy-statement:${input.statement.id}:data:${c}`));
        expect(ids(node!, `${DPV}hasRecipient`)).toEqual((p.recipients ?? []).map((r) => `urn:privacy-statement:${input.statement.id}:recipient:${r}`));
        expect(ids(node!, `${DPV}hasDataController`)).toEqual([`urn:privacy-statement:${input.statement.id}:controller`]);
      }
      // And as RDF: every IRI absolute (a relative one would be dropped).
      const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, { format: 'application/n-quads', ...offline } as never)) as unknown as string;
      expect(nquads.split('\n').length).toBeGreaterThan(50);
    });
  }

  it('names the transfer safeguards and the storage durations', async () => {
    const input = exampleInput('harmony');
    const outputs = await outputsOf(read(examples.harmony), ['jsonld']);
    const graph = await graphOf(JSON.parse(text(outputs[0]!)));
    const transfers = [...graph.values()].filter((n) => ids(n, `${DPV}hasProcessing`).includes(`${DPV}Transfer`));
    const outside = input.recipients.filter((r) => (typeof r.country === 'string' ? [r.country] : (r.country ?? [])).some((c) => !isEea(c)));
    expect(outside.length).toBeGreaterThan(0);
    expect(transfers.length).toBeGreaterThan(0);
    const safeguard: Record<string, string> = { 'standard-contractual-clauses': `${GDPR}A46-2-c`, 'adequacy-decision': `${GDPR}A45-3`, 'eu-us-data-privacy-framework': `${GDPR}A45-3`, 'binding-corporate-rules': `${GDPR}A46-2-b` };
    for (const t of transfers) {
      const recipient = input.recipients.find((r) => ids(t, `${DPV}hasRecipient`)[0]!.endsWith(`:recipient:${r.id}`))!;
      expect(ids(t, `${DPV}hasLegalBasis`)).toEqual([safeguard[recipient.transfer?.safeguard ?? 'adequacy-decision']]);
      expect(ids(t, `${DPV}hasThirdCountry`).every((c) => c.startsWith('https://w3id.org/dpv/loc#'))).toBe(true);
    }
    const durations = [...graph.values()].filter((n) => n['@type']?.includes(`${DPV}Duration`));
    expect(durations.length).toBeGreaterThan(0);
    const periods = new Set(input.retention.flatMap((r) => (r.period ? [r.period] : [])));
    for (const d of durations) expect(periods.has(values(d, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value')[0]!['@value'])).toBe(true);
  });

  it('is in every language of the statement whichever languages the build asks for', async () => {
    const [english] = await outputsOf(read(examples.harmony), ['jsonld'], ['en']);
    const [all] = await outputsOf(read(examples.harmony), ['jsonld']);
    expect(english!.locales).toEqual(['nl', 'en', 'fr']);
    expect(english!.content).toBe(all!.content);
    const graph = await graphOf(JSON.parse(text(english!)));
    expect(values(graph.get('urn:privacy-statement:harmony:purpose:contract')!, RDFS_LABEL).map((v) => v['@language']).sort()).toEqual(['en', 'fr', 'nl']);
  });
});
