/**
 * The parts of the `xliff` package (locize; a devDependency, which ships no types) that the
 * tests use to open the exported XLIFF as translation tools built on it do.
 */
interface XliffUnitJs {
  source: string;
  target?: string;
  note?: string | string[];
  additionalAttributes?: Record<string, string>;
}

interface XliffJs {
  sourceLanguage: string;
  targetLanguage: string;
  /** By the file's `original`, then by unit id. */
  resources: Record<string, Record<string, XliffUnitJs>>;
}

declare module 'xliff/xliff12ToJs' {
  export default function xliff12ToJs(xml: string): Promise<XliffJs>;
}

declare module 'xliff/jsToXliff12' {
  export default function jsToXliff12(js: XliffJs): Promise<string>;
}
