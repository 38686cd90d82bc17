import { unzipSync, zipSync, type ZipOptions } from 'fflate';

/**
 * The one gap in write-excel-file's public API that the XLSX writer needs filled: it takes no
 * time stamp for the files inside its zip (fflate, under it, stamps each with the current time
 * in the machine's time zone), so the same register would differ from run to run and machine to
 * machine. This re-packs the library's zip with fflate's own public API, unchanged file by file
 * and in the same order, with every entry stamped `date` at noon (the stamp is local time without
 * a zone; the date's own fields are given, so that every time zone writes the same bytes, and
 * noon is never skipped by a change to summer time).
 *
 * test/register-xlsx.test.ts fails when write-excel-file stops stamping the current time (then
 * take its option instead and remove this file) or changes the files of its workbook.
 */
export function reproducibleZip(zip: Uint8Array, date: { year: number; month: number; day: number }): Uint8Array {
  const files = unzipSync(zip);
  const year = Math.min(2099, Math.max(1980, date.year));
  const mtime = new Date(year, date.month - 1, date.day, 12, 0, 0);
  const options: ZipOptions = { level: 6, mtime };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, options]])), options);
}
