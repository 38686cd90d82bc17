import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { resolveStatement } from '../../src/model/statement.js';
import { formatDuration } from '../../src/render/format.js';
import { translatorOf } from '../../src/render/document.js';
import { inertCell, registerColumns, registerTable } from '../../src/writers/register.js';
import { rowHeight, writeRegisterXlsx } from '../../src/writers/register-xlsx.js';
import { reproducibleZip } from '../../src/writers/xlsx-zip.js';
import { edit, examples, read } from '../helpers.js';
import { exampleInput, exampleNames, outputsOf, text } from './helpers.js';

/** RFC 4180, strictly: fields separated by commas, records by CRLF, quotes doubled inside quoted fields. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let value = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        const quote = csv.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quoted field');
        value += csv.slice(i, quote);
        i = quote + 1;
        if (csv[i] === '"') {
          value += '"';
          i++;
        } else break;
      }
    } else {
      const end = csv.slice(i).search(/,|\r\n/);
      if (end < 0) throw new Error('a record does not end with CRLF');
      value = csv.slice(i, i + end);
      if (/["\r\n]/.test(value)) throw new Error(`unquoted field with a quote or line break: ${value}`);
      i += end;
    }
    row.push(value);
    if (csv.startsWith(',', i)) i++;
    else if (csv.startsWith('\r\n', i)) {
      i += 2;
      rows.push(row);
      row = [];
      if (i === csv.length) return rows;
    } else throw new Error(`unexpected character at ${i}`);
  }
}

async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

/** The cells of a sheet as strings, row by row (empty cells as ''). */
function cellsOf(sheet: ExcelJS.Worksheet, columns: number): string[][] {
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: columns }, (_, c) => {
      const value = row.getCell(c + 1).value;
      return value === null || value === undefined ? '' : String(value);
    }));
  }
  return rows;
}

/** The date and time stamped on a zip's first entry (its local header's DOS fields). */
function firstStamp(zip: Uint8Array): string {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const time = view.getUint16(10, true);
  const date = view.getUint16(12, true);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}`;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the register (csv)', () => {
  for (const name of exampleNames) {
    it(`${name}: RFC 4180 with a byte-order mark, a header row, one row per purpose with its basis, recipients and retention`, async () => {
      const input = exampleInput(name);
      const outputs = await outputsOf(read(examples[name]), ['csv']);
      expect(outputs.map((o) => o.fileName)).toEqual(input.statement.locales.map((l) => `${input.statement.id}.${l}.register.csv`));
      for (const output of outputs) {
        const csv = text(output);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        const [header, ...rows] = parseCsv(csv.slice(1));
        expect(header).toHaveLength(registerColumns.length);
        expect(rows).toHaveLength(input.purposes.length);
        // In the variant of the language the statement's jurisdiction writes (Belgian Dutch for KMO).
        const t = translatorOf(resolveStatement(input), output.locale);
        const col = (key: (typeof registerColumns)[number]) => registerColumns.indexOf(key);
        input.purposes.forEach((p, i) => {
          const row = rows[i]!;
          expect(row).toHaveLength(registerColumns.length);
          expect(row[col('id')]).toBe(p.id);
          expect(row[col('legalBasis')]).toContain(t(`outputs.basis.${p.legalBasis}`));
          const recipients = input.recipients.filter((r) => p.recipients?.includes(r.id));
          for (const r of recipients) expect(row[col('recipients')]).toContain(typeof r.name === 'string' ? r.name : r.name[output.locale]!);
          const periods = input.retention.filter((r) => (r.purposes?.length ? r.purposes.includes(p.id) : r.dataCategories.some((c) => p.dataCategories.includes(c)))).flatMap((r) => (r.period ? [r.period] : []));
          for (const period of periods) expect(row[col('retention')]).toContain(formatDuration(period, t));
          expect(row[col('controller')]).toContain(input.controller.legalName ?? input.controller.name);
        });
      }
    });
  }

  it('says in words what Harmony writes, cell by cell (a Dutch and a French row)', async () => {
    const outputs = await outputsOf(read(examples.harmony), ['csv']);
    const row = (locale: string, id: string) => {
      const [header, ...rows] = parseCsv(text(outputs.find((o) => o.locale === locale)!).slice(1));
      const found = rows.find((r) => r[0] === id)!;
      return (column: string) => found[header!.indexOf(column)];
    };
    const nl = row('nl', 'application');
    expect(nl('Rechtsgrond (artikel 6 AVG)')).toBe('uitvoering van een overeenkomst (artikel 6 lid 1 onder b AVG)');
    expect(nl('Categorieën van ontvangers')).toBe('Risicodrager (zelfstandig verwerkingsverantwoordelijke); Partners (zelfstandig verwerkingsverantwoordelijke)');
    // Several retention rules: each named by its data, how the period was set in brackets.
    expect(nl('Bewaartermijn')).toBe(
      'Financiële gegevens: zeven jaar, te rekenen vanaf het einde van het boekjaar waarin de gegevens zijn ontstaan (de wettelijke bewaarplicht voor onze administratie, zoals voor facturen); Persoonsgegevens, Contactgegevens en Productgegevens: zeven jaar, te rekenen vanaf het einde van de verzekeringsovereenkomst, of de afwijzing van uw aanvraag',
    );
    const fr = row('fr', 'application');
    expect(fr('Base juridique (article 6 du RGPD)')).toBe('exécution d’un contrat (article 6, paragraphe 1, point b), du RGPD)');
    // An elided article is lowered like any other first word: "(l’obligation", not "(L’obligation".
    expect(fr('Délai de conservation')).toContain('(l’obligation légale de conserver notre comptabilité, comme les factures)');
    expect(fr('Transferts vers des pays tiers et garanties appropriées')).toBe('aucun');
  });

  it('is written in the variant and citation style of the statement’s jurisdiction (KMO: Belgian)', async () => {
    const outputs = await outputsOf(read(examples.kmo), ['csv']);
    const cells = (locale: string) => parseCsv(text(outputs.find((o) => o.locale === locale)!).slice(1)).flat();
    expect(cells('nl')).toContain('Rechtsgrond (artikel 6 AVG)');
    expect(cells('nl').some((c) => c.includes('(artikel 6.1.b) AVG)'))).toBe(true);
    expect(cells('nl').some((c) => c.includes('lid 1 onder'))).toBe(false);
    expect(cells('fr').some((c) => c.includes('(article 6.1.b) du RGPD)'))).toBe(true);
  });

  it('has its columns in the language of the file, after the GBA/APD model register and Art. 30(1)', async () => {
    const outputs = await outputsOf(read(examples.harmony), ['csv']);
    const header = (locale: string) => parseCsv(text(outputs.find((o) => o.locale === locale)!).slice(1))[0]!;
    expect(header('nl')).toEqual([
      'Kenmerk',
      'Verwerkingsactiviteit',
      'Verwerkingsverantwoordelijke (naam en contactgegevens)',
      'Functionaris voor gegevensbescherming (contactgegevens)',
      'Doeleinden van de verwerking',
      'Rechtsgrond (artikel 6 AVG)',
      'Uitzonderingsgrond voor bijzondere of strafrechtelijke gegevens (art. 9 en 10 AVG)',
      'Categorieën van betrokkenen',
      'Categorieën van persoonsgegevens',
      'Bijzondere categorieën van persoonsgegevens',
      'Categorieën van ontvangers',
      'Doorgifte naar derde landen en passende waarborgen',
      'Bewaartermijn',
      'Herkomst van de gegevens',
      'Geautomatiseerde besluitvorming',
      'Technische en organisatorische beveiligingsmaatregelen',
      'Gegevensbeschermingseffectbeoordeling (DPIA)',
    ]);
    expect(header('fr')).toContain('Base juridique (article 6 du RGPD)');
    expect(header('fr')).toContain('Catégories de personnes concernées');
    expect(header('fr')).toContain('Délai de conservation');
    expect(header('en')).toContain('Categories of data subjects');
  });

  it('fills the register-only fields from the input, and quotes what needs quoting', async () => {
    const source = edit(
      read('test/fixtures/minimal.yaml'),
      '    recipients: [printer]\n',
      '    recipients: [printer]\n    dataSubjects: { en: [policyholders, "insured persons, and their heirs"], nl: [verzekeringnemers, verzekerden] }\n    securityMeasures: { en: \'Encrypted; logged "always".\', nl: Versleuteld. }\n    dpia: { status: completed, date: 2023-11-02 }\n',
    );
    const [en, nl] = await outputsOf(source, ['csv']);
    const csv = text(en!);
    expect(csv).toContain(',"policyholders; insured persons, and their heirs",');
    expect(csv).toContain(',"Encrypted; logged ""always"".",');
    const row = parseCsv(csv.slice(1))[1]!;
    expect(row[registerColumns.indexOf('dataSubjects')]).toBe('policyholders; insured persons, and their heirs');
    expect(row[registerColumns.indexOf('security')]).toBe('Encrypted; logged "always".');
    expect(row[registerColumns.indexOf('dpia')]).toBe('carried out on 2 November 2023');
    expect(parseCsv(text(nl!).slice(1))[1]![registerColumns.indexOf('dpia')]).toBe('uitgevoerd op 2 november 2023');
  });

  it('keeps the French no-break spaces before a colon, as the statement has them', async () => {
    const [csv] = await outputsOf(read(examples.harmony), ['csv'], ['fr']);
    const cells = text(csv!);
    expect(cells).toContain('\u00a0:');
    expect(cells).not.toMatch(/\S :/);
  });

  it('turns nothing from the input into a formula', () => {
    expect(inertCell('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    for (const start of ['+', '-', '@', '\t']) expect(inertCell(`${start}1`)).toBe(`'${start}1`);
    expect(inertCell('Contract')).toBe('Contract');
    const input = exampleInput('harmony');
    const named = { ...input, purposes: input.purposes.map((p, i) => (i === 0 ? { ...p, name: { nl: '=1+1', fr: '@SUM(A1)', en: '+31 number' } } : p)) };
    const table = registerTable(resolveStatement(named as typeof input), 'nl');
    expect(table.rows[0]![registerColumns.indexOf('activity')]).toBe("'=1+1");
  });
});

describe('the register (xlsx)', () => {
  for (const name of exampleNames) {
    it(`${name}: read back with a spreadsheet reader, equals the CSV cell by cell`, async () => {
      const outputs = await outputsOf(read(examples[name]), ['csv', 'xlsx']);
      const input = exampleInput(name);
      for (const locale of input.statement.locales) {
        const csv = parseCsv(text(outputs.find((o) => o.locale === locale && o.format === 'csv')!).slice(1));
        const xlsx = outputs.find((o) => o.locale === locale && o.format === 'xlsx')!;
        expect(xlsx.fileName).toBe(`${input.statement.id}.${locale}.register.xlsx`);
        expect(xlsx.content).toBeInstanceOf(Uint8Array);
        const sheet = await readXlsx(xlsx.content as Uint8Array);
        expect(sheet.rowCount).toBe(csv.length);
        expect(sheet.columnCount).toBe(registerColumns.length);
        expect(cellsOf(sheet, registerColumns.length)).toEqual(csv);
      }
    });
  }

  it('is one sheet named in the language of the file, with a bold header row that stays in view, filters and column widths', async () => {
    const outputs = await outputsOf(read(examples.kmo), ['xlsx']);
    const names: Record<string, string> = { nl: 'Verwerkingsregister', fr: 'Registre des traitements', en: 'Record of processing' };
    for (const output of outputs) {
      const sheet = await readXlsx(output.content as Uint8Array);
      expect(sheet.name).toBe(names[output.locale]);
      const last = String.fromCharCode(64 + registerColumns.length);
      expect(sheet.autoFilter).toBe(`A1:${last}${sheet.rowCount}`);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2' });
      for (let c = 1; c <= registerColumns.length; c++) {
        expect(sheet.getRow(1).getCell(c).font?.bold, `header ${c} bold`).toBe(true);
        expect(sheet.getRow(2).getCell(c).font?.bold ?? false, `cell ${c} of row 2 not bold`).toBe(false);
        expect(sheet.getColumn(c).width, `column ${c} width`).toBeGreaterThanOrEqual(16);
      }
      expect(sheet.getColumn(registerColumns.indexOf('purpose') + 1).width).toBe(50);
      expect(sheet.getRow(2).getCell(1).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
      // Rows as tall as their wrapped text (not every program fits them on opening); printed landscape, as wide as the page.
      const description = String(sheet.getRow(2).getCell(registerColumns.indexOf('purpose') + 1).value);
      expect(sheet.getRow(2).height).toBeGreaterThanOrEqual(15 * Math.ceil(description.length / 60));
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    }
    // In Dutch and French, the headers a privacy office reads.
    const nl = await readXlsx(outputs.find((o) => o.locale === 'nl')!.content as Uint8Array);
    expect(nl.getRow(1).getCell(registerColumns.indexOf('legalBasis') + 1).value).toBe('Rechtsgrond (artikel 6 AVG)');
    const fr = await readXlsx(outputs.find((o) => o.locale === 'fr')!.content as Uint8Array);
    expect(fr.getRow(1).getCell(registerColumns.indexOf('legalBasis') + 1).value).toBe('Base juridique (article 6 du RGPD)');
  });

  it('gives a row the height of its longest wrapped cell', () => {
    expect(rowHeight(['a', 'b'], [10, 10])).toBe(18);
    // 30 words of 9 characters in a column of 20: two words (19 characters) to a line, 15 lines.
    expect(rowHeight(['x', Array(30).fill('abcdefghi').join(' ')], [10, 20])).toBe(15 * 15 + 3);
    expect(rowHeight(['one\ntwo\nthree'], [30])).toBe(3 * 15 + 3);
    expect(rowHeight(['word '.repeat(5000)], [10])).toBe(409);
  });

  it('has the same bytes whatever the clock says; its files are stamped with the statement date at noon', async () => {
    const model = resolveStatement(exampleInput('harmony'));
    const write = () => writeRegisterXlsx({ model, locale: 'nl', locales: ['nl'], options: { html: 'document' }, get document(): never { throw new Error('not needed'); }, documentIn: () => { throw new Error('not needed'); } });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-12-31T23:59:30Z'));
    const late = await write();
    vi.setSystemTime(new Date('1999-03-01T04:00:00Z'));
    const early = await write();
    expect(Buffer.from(early).equals(Buffer.from(late))).toBe(true);
    expect(firstStamp(late)).toBe('2022-04-05 12:00');
  });

  // The adapter's reason to be (src/writers/xlsx-zip.ts). If this fails after an upgrade of
  // write-excel-file, it no longer stamps the current time: use what it offers and remove the adapter.
  it('write-excel-file still stamps its zip with the current time, which xlsx-zip.ts replaces', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const at = new Date(2031, 6, 15, 9, 41);
    vi.setSystemTime(at);
    const blob = await writeXlsxFile([[{ value: 'x', type: String }]], { sheet: 'S' }).toBlob();
    const own = new Uint8Array(await blob.arrayBuffer());
    expect(firstStamp(own), 'write-excel-file stamps the clock (local time)').toBe('2031-07-15 09:41');
    const fixed = reproducibleZip(own, { year: 2024, month: 1, day: 31 });
    expect(firstStamp(fixed)).toBe('2024-01-31 12:00');
    // The same files, in the same order, with the same content.
    const before = unzipSync(own);
    const after = unzipSync(fixed);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(Object.keys(after)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']));
    for (const name of Object.keys(before)) expect(Buffer.from(after[name]!).equals(Buffer.from(before[name]!)), name).toBe(true);
  });
});
