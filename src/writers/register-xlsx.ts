import writeXlsxFile, { type Feature, type SheetData } from 'write-excel-file/universal';
import { appendMarkupInsideElement, findElement, getCellAddress, getOrderOfSiblings, getSelfClosingTagMarkup, insertElementMarkupAccordingToOrderOfSiblings, replaceElement, sanitizeTextContent } from 'write-excel-file/utility';
import { parseDate } from '../text/dates.js';
import { registerColumns, registerTable, registerWidths } from './register.js';
import type { Writer } from './types.js';
import { reproducibleZip } from './xlsx-zip.js';

/**
 * A filter button on every column of the header row: write-excel-file's "feature" hooks (its
 * public way to extend the sheet's XML) add the sheet's `<autoFilter>` and the workbook's hidden
 * `_xlnm._FilterDatabase` name that Excel and LibreOffice keep the filter range in.
 */
function autoFilter(sheet: string, columns: number, rows: number): Feature<Blob> {
  const range = `${getCellAddress(0, 0)}:${getCellAddress(Math.max(rows - 1, 0), columns - 1)}`;
  const absolute = range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml) => insertElementMarkupAccordingToOrderOfSiblings(xml, getSelfClosingTagMarkup('autoFilter', { ref: range }), getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [], 'worksheet'),
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

/**
 * The record of processing activities as an Office Open XML workbook (write-excel-file): one
 * sheet named in the locale's language, a bold header row that stays in view, filters, column
 * widths, wrapped text; the same cells as the CSV. Bytes are reproducible (see xlsx-zip.ts).
 */
export const writeRegisterXlsx: Writer<Uint8Array> = async ({ model, locale }) => {
  const { sheet, headers, rows } = registerTable(model, locale);
  const data: SheetData = [
    headers.map((value) => ({ value, type: String, fontWeight: 'bold' as const, alignVertical: 'top' as const, wrap: true })),
    ...rows.map((row) => row.map((value) => (value === '' ? null : { value, type: String, alignVertical: 'top' as const, wrap: true }))),
  ];
  const blob = await writeXlsxFile(data, {
    sheet,
    columns: registerColumns.map((col) => ({ width: registerWidths[col] })),
    stickyRowsCount: 1,
  }, { features: [autoFilter(sheet, headers.length, rows.length + 1)] }).toBlob();
  const date = parseDate(model.input.statement.lastAmended) ?? { year: 1980, month: 1, day: 1 };
  return reproducibleZip(new Uint8Array(await blob.arrayBuffer()), date);
};
