import writeXlsxFile, { type Feature, type SheetData } from 'write-excel-file/universal';
import { appendMarkupInsideElement, findElement, getCellAddress, getOrderOfSiblings, getSelfClosingTagMarkup, insertElementMarkupAccordingToOrderOfSiblings, replaceElement, sanitizeTextContent } from 'write-excel-file/utility';
import { parseDate } from '../text/dates.js';
import { registerColumns, registerTable, registerWidths } from './register.js';
import type { Writer } from './types.js';
import { reproducibleZip } from './xlsx-zip.js';

/**
 * A filter button on every column of the header row, and printing fitted to the page's width:
 * write-excel-file's "feature" hooks (its public way to extend the sheet's XML) add the sheet's
 * `<autoFilter>`, the workbook's hidden `_xlnm._FilterDatabase` name that Excel and LibreOffice
 * keep the filter range in, and the page set-up.
 */
function sheetExtras(sheet: string, columns: number, rows: number): Feature<Blob> {
  const range = `${getCellAddress(0, 0)}:${getCellAddress(Math.max(rows - 1, 0), columns - 1)}`;
  const absolute = range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml) => {
            const order = getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [];
            let out = insertElementMarkupAccordingToOrderOfSiblings(xml, getSelfClosingTagMarkup('autoFilter', { ref: range }), order, 'worksheet');
            // Printed, the register is as wide as the page (and as long as it needs).
            const setup = findElement(out, 'pageSetup');
            if (setup) out = replaceElement(out, setup, getSelfClosingTagMarkup('pageSetup', { ...setup.openingTagAttributes, fitToWidth: 1, fitToHeight: 0 }));
            if (!findElement(out, 'sheetPr')) out = insertElementMarkupAccordingToOrderOfSiblings(out, '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>', order, 'worksheet');
            return out;
          },
        },
        'xl/workbook.xml': {
          transform: (xml) => {
            const name = `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${sanitizeTextContent(`'${sheet.replace(/'/g, "''")}'!${absolute}`)}</definedName>`;
            const names = findElement(xml, 'definedNames');
            if (!names) return insertElementMarkupAccordingToOrderOfSiblings(xml, `<definedNames>${name}</definedNames>`, getOrderOfSiblings('xl/workbook.xml', 'workbook') ?? [], 'workbook');
            return names.selfClosingTag ? replaceElement(xml, names, `<definedNames>${name}</definedNames>`) : appendMarkupInsideElement(xml, names, name);
          },
        },
      },
    },
  };
}

/** Points per line of 11-point Calibri, and the most a row may be (Excel's limit is 409). */
const lineHeight = 15;
const maxRowHeight = 409;

/**
 * A row's height for its wrapped text, as an estimate of the lines its longest cell takes
 * (a column `width` holds about that many average characters). Spreadsheet programs do not all
 * fit rows to wrapped text when they open a file (LibreOffice does not), so the height is given.
 */
export function rowHeight(row: readonly string[], widths: readonly number[]): number {
  const lines = row.map((value, i) => {
    const perLine = Math.max(1, Math.floor((widths[i] ?? 10) * 1.1));
    return value.split('\n').reduce((n, paragraph) => {
      // Words are not split: count the lines greedily, as the wrap does.
      let count = 1;
      let used = 0;
      for (const word of paragraph.split(' ')) {
        const needed = (used > 0 ? 1 : 0) + word.length;
        if (used > 0 && used + needed > perLine) {
          count++;
          used = word.length;
        } else used += needed;
      }
      return n + count;
    }, 0);
  });
  return Math.min(maxRowHeight, Math.max(1, ...lines) * lineHeight + 3);
}

/**
 * The record of processing activities as an Office Open XML workbook (write-excel-file): one
 * sheet named in the locale's language, a bold header row that stays in view, filters, column
 * widths, wrapped text; the same cells as the CSV. Bytes are reproducible (see xlsx-zip.ts).
 */
export const writeRegisterXlsx: Writer<Uint8Array> = async ({ model, locale }) => {
  const { sheet, headers, rows } = registerTable(model, locale);
  const widths = registerColumns.map((col) => registerWidths[col]);
  const cells = (row: string[], bold: boolean) => {
    const height = rowHeight(row, widths);
    return row.map((value, i) => (value === '' && i > 0 ? null : { value, type: String, alignVertical: 'top' as const, wrap: true, ...(bold ? { fontWeight: 'bold' as const } : {}), ...(i === 0 ? { height } : {}) }));
  };
  const data: SheetData = [cells(headers, true), ...rows.map((row) => cells(row, false))];
  const blob = await writeXlsxFile(data, {
    sheet,
    columns: widths.map((width) => ({ width })),
    stickyRowsCount: 1,
    orientation: 'landscape',
  }, { fontFamily: 'Calibri', fontSize: 11, features: [sheetExtras(sheet, headers.length, rows.length + 1)] }).toBlob();
  const date = parseDate(model.input.statement.lastAmended) ?? { year: 1980, month: 1, day: 1 };
  return reproducibleZip(new Uint8Array(await blob.arrayBuffer()), date);
};
