// Build and code generation for privacy-statement-compiler.
//
//   node build.config.mjs            bundle src/ into lib/ (run by `npm ci` through `prepare`)
//   node build.config.mjs generate   regenerate the schema validator and input types from
//                                    schemas/privacy-statement.schema.json
//
// The generated files are committed; a test fails when they are stale.
import { readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(fileURLToPath(import.meta.url));
const schemaPath = join(root, 'schemas/privacy-statement.schema.json');
export const generatedFiles = {
  validator: join(root, 'src/validate/validator.generated.js'),
  types: join(root, 'src/model/input.generated.ts'),
};

const banner = (what) =>
  `// Generated from schemas/privacy-statement.schema.json by \`node build.config.mjs generate\`.\n// Do not edit: ${what}\n`;

/** ajv standalone code for the schema: compiled once at build time, not on every start. */
export async function generateValidator() {
  const { default: Ajv2020 } = await import('ajv/dist/2020.js');
  const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
  // Annotations are for people and for error messages (read from the schema itself), not for
  // validating: leaving them out, and calling shared definitions rather than inlining them,
  // keeps the generated code small, which is most of the CLI's start-up time.
  const annotations = new Set(['description', 'title', 'default', 'x-gdpr-rule']);
  const strip = (node) => {
    if (Array.isArray(node)) return node.map(strip);
    if (!node || typeof node !== 'object') return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' || key === '$defs') out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v)]));
      else if (!annotations.has(key)) out[key] = strip(value);
    }
    return out;
  };
  const schema = strip(JSON.parse(readFileSync(schemaPath, 'utf8')));
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    inlineRefs: false,
    code: { source: true, esm: true, lines: false, optimize: true },
  });
  const validate = ajv.compile(schema);
  return banner('edit the schema and regenerate.') + '/* eslint-disable */\n' + standaloneCode(ajv, validate);
}

/** TypeScript types of the input, so that code and schema cannot drift apart. */
export async function generateTypes() {
  const { compile } = await import('json-schema-to-typescript');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // Name every definition and point each `$ref` at that name, so that a reference with its
  // own description stays one shared type instead of a numbered copy per use.
  const special = { date: 'IsoDate', duration: 'IsoDuration' };
  const typeName = (def) => special[def] ?? def.replace(/(^|[-_])(\w)/g, (_, __, c) => c.toUpperCase());
  for (const [name, def] of Object.entries(schema.$defs)) def.title = typeName(name);
  schema.title = 'StatementSource';
  (function visit(node) {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/$defs/')) {
      node.tsType = typeName(node.$ref.slice('#/$defs/'.length));
      delete node.$ref;
    }
    Object.values(node).forEach(visit);
  })(schema.properties);
  (function visitDefs(node) {
    if (Array.isArray(node)) return node.forEach(visitDefs);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')) {
        node.tsType = typeName(value.slice('#/$defs/'.length));
        delete node.$ref;
      } else visitDefs(value);
    }
  })(Object.values(schema.$defs).map((d) => d.properties ?? {}));
  const ts = await compile(schema, 'StatementSource', {
    bannerComment: '',
    additionalProperties: false,
    strictIndexSignatures: true,
    unreachableDefinitions: true,
    maxItems: -1,
    format: true,
    style: { singleQuote: true, printWidth: 100 },
  });
  return banner('edit the schema and regenerate.') + ts;
}

async function generate() {
  writeFileSync(generatedFiles.validator, await generateValidator());
  writeFileSync(generatedFiles.types, await generateTypes());
  console.log('generated', Object.values(generatedFiles).map((f) => f.slice(root.length + 1)).join(', '));
}

/** One ESM bundle for the library and one for the CLI, sharing chunks; PDF code is split off. */
export async function bundle({ outdir = join(root, 'lib'), quiet = false } = {}) {
  const esbuild = await import('esbuild');
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { index: 'src/index.ts', cli: 'src/cli/main.ts', 'chunks/worker': 'src/cli/worker.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    chunkNames: 'chunks/[name]-[hash]',
    loader: { '.hbs': 'text' },
    // pdfkit reads its own data files (the sRGB profile for PDF/A) next to its code, so it stays
    // a package of its own; the PDF fonts are likewise read from their package at run time.
    external: ['pdfkit'],
    legalComments: 'none',
    // Smaller code parses faster: start-up time is mostly parsing. `--debug` maps stacks back.
    minify: process.env.PSC_NO_MINIFY !== '1',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: quiet ? 'error' : 'warning',
    // Some bundled CommonJS packages call require() for Node built-ins.
    banner: { js: "import { createRequire as __psc_createRequire } from 'node:module'; const require = __psc_createRequire(import.meta.url);" },
    metafile: true,
  });
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv[2] === 'generate') await generate();
  else await bundle();
}
