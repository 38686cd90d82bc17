// Build and code generation for privacy-statement-compiler.
//
//   node build.config.mjs            bundle src/ into lib/ (run by `npm ci` through `prepare`)
//   node build.config.mjs generate   regenerate the schema validator and input types from
//                                    schemas/privacy-statement.schema.json
//
// The generated files are committed; a test fails when they are stale.
import { existsSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { builtinModules, createRequire } from 'node:module';

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

/**
 * The templates, precompiled: each `.hbs` file becomes a module whose default export is
 * Handlebars' template specification (JavaScript), so that a process renders without parsing
 * and compiling templates first (about 70 ms of a first statement). The options are those the
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

/**
 * commander requires node:child_process when it loads, for the one thing it spawns: a
 * subcommand's own executable, which this command line never has. Loading it cost every
 * command about 4.5 ms (a tenth of `check`'s own time); here commander gets it on first use.
 * Left as it is (and said so) if commander's source no longer has that line.
 */
const commanderChildProcess = {
  name: 'commander-child-process-on-use',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const line = "const childProcess = require('node:child_process');";
      if (!source.includes(line)) return { contents: source, loader: 'js', warnings: [{ text: 'commander no longer requires node:child_process as expected; it is loaded on start' }] };
      return { contents: source.replace(line, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), loader: 'js' };
    });
  },
};

/**
 * fflate's deflate (which compresses the PDFs' streams) allocates its work arrays anew for every
 * stream: the hash chains (64 KB, and a hash table of 8 KB to 2 MB by the stream's size), the
 * symbol buffer (100 KB) and the frequency tables. A PDF has some 25 streams, so a batch
 * allocated and zeroed gigabytes of them, and each worker held ~10 MB more at its peak, waiting
 * for the garbage collector. Here they are allocated once per size and zeroed for each stream:
 * the same zeros the new arrays would have, so the same bytes out (the bundle's PDFs are
 * compared with the sources' in test/speed.test.ts). Left as it is (and said so) if fflate's
 * source no longer has these lines.
 */
const fflateWorkArrays = {
  name: 'fflate-work-arrays-reused',
  setup(build) {
    build.onLoad({ filter: /[\\/]fflate[\\/]esm[\\/]index\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const edits = [
        ['var dflt = function (dat, lvl, plvl, pre, post, st) {', 'var dfltPrev = new u16(32768), dfltHeads = [], dfltSyms = new i32(25000), dfltLf = new u16(288), dfltDf = new u16(32);\nvar dflt = function (dat, lvl, plvl, pre, post, st) {'],
        // A stream compressed in parts keeps its chains between parts: those stay its own.
        ['var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);', 'var prev = st.p || (lst ? dfltPrev.fill(0) : new u16(32768)), head = st.h || (lst ? (dfltHeads[plvl] || (dfltHeads[plvl] = new u16(msk_1 + 1))).fill(0) : new u16(msk_1 + 1));'],
        ['var syms = new i32(25000);', 'var syms = dfltSyms;'],
        ['var lf = new u16(288), df = new u16(32);', 'var lf = dfltLf.fill(0), df = dfltDf.fill(0);'],
      ];
      if (edits.some(([from]) => source.split(from).length !== 2)) {
        return { contents: source, loader: 'js', warnings: [{ text: "fflate's deflate is not as expected; its work arrays are allocated per stream" }] };
      }
      return { contents: edits.reduce((text, [from, to]) => text.replace(from, to), source), loader: 'js' };
    });
  },
};

/**
 * mdast-util-to-markdown escapes each text it prints by running every one of its ~80 "unsafe"
 * patterns (a regular expression each) over the text; that was about half of writing Markdown.
 * Each pattern matches only where its character is: a text without the character cannot match,
 * so skipping the pattern then changes nothing (the Markdown tests compare output with the
 * sources'). Left as it is (and said so) if the library's source no longer has these lines.
 */
const markdownSafePrefilter = {
  name: 'markdown-safe-prefilter',
  setup(build) {
    build.onLoad({ filter: /[\\/]mdast-util-to-markdown[\\/]lib[\\/]util[\\/]safe\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const line = '    const pattern = state.unsafe[index]\n';
      if (source.split(line).length !== 2) {
        return { contents: source, loader: 'js', warnings: [{ text: "mdast-util-to-markdown's safe() is not as expected; every pattern runs on every text" }] };
      }
      return { contents: source.replace(line, line + '    if (!value.includes(pattern.character)) continue\n'), loader: 'js' };
    });
  },
};

/**
 * pdfkit and fontkit are bundled on their own as lib/pdfkit.cjs (see src/writers/pdf/vendor.ts),
 * minified, with what this writer never uses left out: loaded from their packages they were
 * some twenty files, 125-145 ms to load, and ~3 MB of source that every process writing PDFs
 * kept (bundled: 80-85 ms and 0.4 MB).
 *
 * - pdfkit finds its sRGB profile (for PDF/A) and its standard fonts next to its own file; in
 *   the bundle they are found in pdfkit's package, which stays installed (a dependency). The
 *   build fails rather than write a bundle that would look for them in lib/.
 * - Image decoding (png-js), encryption (@noble/ciphers) and WOFF2 fonts (brotli) are not part
 *   of the bundle: a statement has no images, its PDFs are not encrypted, and its fonts are
 *   TrueType. Each is a module that throws, saying so, if it were ever called (brotli's
 *   dictionary alone was 740 KB of source, the AES tables 13 ms at load).
 */
const pdfkitBundle = {
  name: 'pdfkit-bundle',
  setup(build) {
    // Left out: each is a module that throws (below).
    const unused = {
      'png-js': 'Image decoding',
      '@noble/ciphers/aes': 'Encryption',
      'brotli/decompress.js': 'WOFF2 font decoding',
    };
    // Every other package as Node's `require` finds it: one build of each (pdfkit's CommonJS
    // build, whose own location is `__filename`, and the fontkit it embeds fonts with, not a
    // second one for its ES module build).
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (Object.hasOwn(unused, args.path)) return { path: args.path, namespace: 'unused' };
      if (args.path.startsWith('node:') || builtinModules.includes(args.path)) return undefined;
      return { path: createRequire(args.importer).resolve(args.path) };
    });
    build.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const own = "require('u' + 'rl').pathToFileURL(__filename).href";
      if (source.split(own).length !== 3) throw new Error("pdfkit no longer finds its files from `__filename` as expected: see pdfkitBundle in build.config.mjs");
      const located = "var __pdfkitFileUrl = require('node:url').pathToFileURL(require('node:module').createRequire(__filename).resolve('pdfkit')).href;\n";
      return { contents: located + source.split(own).join('__pdfkitFileUrl'), loader: 'js' };
    });
    build.onLoad({ filter: /.*/, namespace: 'unused' }, (args) => ({
      contents:
        `function unused() { throw new Error(${JSON.stringify(`${unused[args.path]} is not part of privacy-statement-compiler's PDF writer (${args.path} is left out of lib/pdfkit.cjs)`)}); }\n` +
        'module.exports = unused;\nmodule.exports.cbc = unused;\nmodule.exports.ecb = unused;\n',
      loader: 'js',
    }));
  },
};

/** The version of an installed package, from the package.json above its entry file. */
function installedVersion(name) {
  const entry = createRequire(import.meta.url).resolve(name);
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    if (pkg.name === name && pkg.version) return pkg.version;
  }
  throw new Error(`no version found for ${name}`);
}

/** Where the command line and the library find lib/pdfkit.cjs, from their own files. */
const vendorImport = (fromOutput) => ({
  name: 'vendor-import',
  setup(build) {
    build.onResolve({ filter: /^\.\/vendor\.js$/ }, (args) =>
      /[\\/]src[\\/]writers[\\/]pdf$/.test(args.resolveDir) ? { path: fromOutput, external: true } : undefined,
    );
  },
});

const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  plugins: [precompiledTemplates, commanderChildProcess, fflateWorkArrays, markdownSafePrefilter],
  // Bundled on their own, in lib/pdfkit.cjs (see pdfkitBundle); the PDF fonts are read from
  // their package.
  external: ['pdfkit', 'fontkit'],
  legalComments: 'none',
  // Smaller code parses faster: start-up time is mostly parsing. `--debug` maps stacks back.
  minify: process.env.PSC_NO_MINIFY !== '1',
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
};

/**
 * The library: ESM, split so that each writer (and pdfkit behind the PDF writer) is loaded only
 * when its format is asked for.
 *
 * The command line: one CommonJS file, which bin/privacy-statement.cjs compiles with V8's code
 * cache (lib/cli.cjs.cache, made below by a warm-up run): a cached bundle starts faster than any
 * set of ES modules, which Node 20 cannot cache. pdfkit stays outside it, required only by the
 * PDF writer.
 */
export async function bundle({ outdir = join(root, 'lib'), quiet = false } = {}) {
  const esbuild = await import('esbuild');
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
    // The PDF writer's chunk is in lib/chunks.
    plugins: [...shared.plugins, vendorImport('../pdfkit.cjs')],
    // Some bundled CommonJS packages call require() for Node built-ins.
    banner: { js: "import { createRequire as __psc_createRequire } from 'node:module'; const require = __psc_createRequire(import.meta.url);" },
  });
  const cli = await esbuild.build({
    ...shared,
    entryPoints: ['src/cli/entry.ts'],
    outfile: join(outdir, 'cli.cjs'),
    format: 'cjs',
    logLevel,
    plugins: [...shared.plugins, vendorImport('./pdfkit.cjs')],
    define: { 'import.meta.url': '__psc_import_meta_url' },
    banner: { js: "var __psc_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  });
  const pdfkit = await esbuild.build({
    ...shared,
    entryPoints: ['src/writers/pdf/vendor.ts'],
    outfile: join(outdir, 'pdfkit.cjs'),
    format: 'cjs',
    logLevel,
    plugins: [pdfkitBundle],
    external: [],
    // The versions bundled, for the key of the shaped words (src/writers/pdf/vendor.ts).
    define: {
      __PSC_BUNDLED_VERSIONS__: JSON.stringify({ fontkit: installedVersion('fontkit'), pdfkit: installedVersion('pdfkit') }),
      'import.meta.url': '__psc_import_meta_url',
    },
    banner: { js: "var __psc_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  });
  await codeCache(outdir, quiet);
  await shapingCache(outdir, quiet);
  return { library, cli, pdfkit };
}

/**
 * V8's code cache for lib/cli.cjs, taken after checking the Harmony example, so that it holds
 * the compiled code of everything `check` runs. (A cache taken after a build as well is half
 * as large again, and then costs `check` more to read than it saves.) It is valid for this
 * Node.js version; under another, V8 ignores it and the command line compiles as usual.
 */
async function codeCache(outdir, quiet) {
  const { spawnSync } = await import('node:child_process');
  const example = join(root, 'examples/harmony/statement.yaml');
  const args = existsSync(example) ? ['check', example] : ['--version'];
  const run = spawnSync(process.execPath, [join(root, 'bin/privacy-statement.cjs'), ...args], {
    env: { ...process.env, PRIVACY_STATEMENT_WRITE_CODE_CACHE: join(outdir, 'cli.cjs.cache') },
    encoding: 'utf8',
  });
  if (run.status !== 0 && !quiet) console.warn(`code cache not made: ${run.stderr || run.error}`);
}

/**
 * The words of the examples, shaped for the PDF fonts once (lib/shaped-words.json), so that a
 * process writing a PDF does not start by shaping every word with fontkit. The file carries a key
 * of the fonts, fontkit and pdfkit it was made with, and is ignored when they change.
 */
async function shapingCache(outdir, quiet) {
  const { spawnSync } = await import('node:child_process');
  const examples = ['harmony', 'kmo-verzekeringen', 'adviseur'].map((name) => join(root, 'examples', name, 'statement.yaml')).filter((f) => existsSync(f));
  const script =
    `import { readFileSync } from 'node:fs';\n` +
    `const { compile } = await import(${JSON.stringify(pathToFileURL(join(outdir, 'index.js')).href)});\n` +
    `for (const file of ${JSON.stringify(examples)}) await compile(readFileSync(file, 'utf8'), { formats: ['pdf'] });\n`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, PRIVACY_STATEMENT_WRITE_SHAPING_CACHE: join(outdir, 'shaped-words.json') },
    encoding: 'utf8',
  });
  if (run.status !== 0 && !quiet) console.warn(`shaping cache not made: ${run.stderr || run.error}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv[2] === 'generate') await generate();
  else await bundle();
}
