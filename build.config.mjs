// Build and code generation for privacy-statement-compiler.
//
//   node build.config.mjs            bundle src/ into lib/ (run by `npm ci` through `prepare`)
//   node build.config.mjs generate   regenerate the schema validator and input types from
//                                    schemas/privacy-statement.schema.json
//
// The generated files are committed; a test fails when they are stale.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/**
 * Keywords of the schema for editors (VS Code's JSON and YAML support): help text in Markdown,
 * a description per allowed value, and snippets to insert. Annotations only: the validator is
 * generated from the schema without them, and the bundle leaves them out.
 */
export const editorKeywords = ['markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets'];

/** A schema without the given keywords, wherever they are (`properties` and `$defs` hold names, not keywords: a field may be called `examples`). */
function withoutKeywords(node, keywords) {
  const drop = new Set(keywords);
  const strip = (n) => {
    if (Array.isArray(n)) return n.map(strip);
    if (!n || typeof n !== 'object') return n;
    const out = {};
    for (const [key, value] of Object.entries(n)) {
      if (key === 'properties' || key === '$defs') out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v)]));
      else if (!drop.has(key)) out[key] = strip(value);
    }
    return out;
  };
  return strip(node);
}

/** ajv standalone code for the schema: compiled once at build time, not on every start. */
export async function generateValidator() {
  const { default: Ajv2020 } = await import('ajv/dist/2020.js');
  const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
  // Annotations are for people and for error messages (read from the schema itself), not for
  // validating: leaving them out, and calling shared definitions rather than inlining them,
  // keeps the generated code small, which is most of the CLI's start-up time.
  const schema = withoutKeywords(JSON.parse(readFileSync(schemaPath, 'utf8')), ['description', 'title', 'default', 'examples', 'x-gdpr-rule', ...editorKeywords]);
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

/**
 * The templates, precompiled: each `.hbs` file becomes a module whose default export is
 * Handlebars' template specification (JavaScript), so that a process renders without parsing
 * and compiling templates first. The options are those the
 * templates were compiled with at run time: no HTML escaping (values are Markdown made safe by
 * the view builder), and a partial's lines are not indented by where it is called. The Vite
 * plugin of the tests (vitest.config.ts) uses this too.
 */
export const templateOptions = { noEscape: true, preventIndent: true };

export async function precompileTemplate(source) {
  const { default: Handlebars } = await import('handlebars');
  return `export default ${Handlebars.precompile(source, { ...templateOptions })};\n`;
}

const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(build) {
    build.onLoad({ filter: /\.hbs$/ }, async (args) => ({ contents: await precompileTemplate(readFileSync(args.path, 'utf8')), loader: 'js' }));
  },
};

/** The input schema without what only editors read, which the compiler never needs at run time. */
const schemaWithoutEditorHelp = {
  name: 'schema-without-editor-help',
  setup(build) {
    build.onLoad({ filter: /privacy-statement\.schema\.json$/ }, (args) => {
      const schema = withoutKeywords(JSON.parse(readFileSync(args.path, 'utf8')), ['examples', ...editorKeywords]);
      return { contents: JSON.stringify(schema), loader: 'json' };
    });
  },
};

const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  plugins: [precompiledTemplates, schemaWithoutEditorHelp],
  // Loaded from their installed packages by the PDF writer, and only when a PDF is written; the
  // PDF fonts are read from their package too.
  external: ['pdfkit', 'fontkit'],
  legalComments: 'none',
  // Smaller code parses faster, and start-up is mostly parsing. `--debug` maps stacks back.
  minify: process.env.PSC_NO_MINIFY !== '1',
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
};

/**
 * Bundles src/ into `<into>/lib`:
 *
 * - the library (lib/index.js): ESM, split so that each writer, and pdfkit behind the PDF
 *   writer, is loaded only when its format is asked for;
 * - the command line (lib/cli.cjs): one CommonJS file, which bin/privacy-statement.cjs compiles
 *   with V8's code cache (lib/cli.cjs.cache, made below by a run of the command line).
 *
 * `into` is the package itself by default. The tests build into a directory of their own (see
 * test/global-setup.ts), with a copy of bin/ beside its lib/, so that they never touch the
 * package's lib/. `cacheFormats` are the formats of the build the code cache is taken after, and
 * `cacheExample` the statement it builds.
 */
export async function bundle({ into = root, quiet = false, cacheFormats = 'md,html,pdf', cacheExample = 'examples/harmony/statement.yaml' } = {}) {
  const esbuild = await import('esbuild');
  const outdir = join(into, 'lib');
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const logLevel = quiet ? 'error' : 'warning';
  const library = await esbuild.build({
    ...shared,
    entryPoints: { index: 'src/index.ts' },
    outdir,
    splitting: true,
    format: 'esm',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel,
    // Some bundled CommonJS packages call require() for Node built-ins.
    banner: { js: "import { createRequire as __psc_createRequire } from 'node:module'; const require = __psc_createRequire(import.meta.url);" },
  });
  const cli = await esbuild.build({
    ...shared,
    entryPoints: ['src/cli/entry.ts'],
    outfile: join(outdir, 'cli.cjs'),
    format: 'cjs',
    logLevel,
    define: { 'import.meta.url': '__psc_import_meta_url' },
    banner: { js: "var __psc_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  });
  const bin = join(into, 'bin/privacy-statement.cjs');
  if (into !== root) {
    mkdirSync(dirname(bin), { recursive: true });
    copyFileSync(join(root, 'bin/privacy-statement.cjs'), bin);
  }
  await codeCache(bin, join(outdir, 'cli.cjs.cache'), cacheFormats, cacheExample, quiet);
  return { library, cli };
}

/**
 * V8's code cache for lib/cli.cjs, through Node's `vm.Script` (`cachedData`), taken after a
 * build of a statement (for the package, the Harmony example in every format), so that it holds
 * the compiled code of what a `check` and a `build` run (docs/performance.md compares it with a
 * cache taken after a `check`).
 * It is valid for this Node.js version; under another, V8 ignores it and the command line
 * compiles as usual.
 */
async function codeCache(bin, cacheFile, formats, statement, quiet) {
  const { spawnSync } = await import('node:child_process');
  const example = join(root, statement);
  const out = mkdtempSync(join(tmpdir(), 'privacy-statement-code-cache-'));
  const args = existsSync(example) ? ['build', example, '--to', formats, '--out', out, '--quiet'] : ['--version'];
  try {
    const run = spawnSync(process.execPath, [bin, ...args], {
      env: { ...process.env, PRIVACY_STATEMENT_WRITE_CODE_CACHE: cacheFile },
      encoding: 'utf8',
    });
    if (run.status !== 0 && !quiet) console.warn(`code cache not made: ${run.stderr || run.error}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv[2] === 'generate') await generate();
  else await bundle();
}
