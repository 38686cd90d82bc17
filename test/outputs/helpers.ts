import { parse } from 'yaml';
import { compile, type Output } from '../../src/compile.js';
import type { StatementSource } from '../../src/model/input.generated.js';
import type { Format } from '../../src/writers/types.js';
import { examples, read } from '../helpers.js';

export const exampleNames = Object.keys(examples) as (keyof typeof examples)[];

/** An example (or any source) compiled to some formats; fails on errors. */
export async function outputsOf(source: string | object, formats: Format[], locales?: StatementSource['statement']['locales']): Promise<Output[]> {
  const result = await compile(source, { formats, ...(locales ? { locales } : {}) });
  if (result.errorCount > 0) throw new Error(JSON.stringify(result.diagnostics.filter((d) => d.severity === 'error'), null, 1));
  return result.outputs;
}

export function exampleInput(name: keyof typeof examples): StatementSource {
  return parse(read(examples[name])) as StatementSource;
}

export const text = (o: Output): string => o.content as string;
