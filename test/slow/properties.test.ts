// `npm run test:slow`: the property tests of test/hardening/ and of the loader with many more cases
// each (their `runs` grow with PRIVACY_STATEMENT_SLOW_TESTS; FUZZ_RUNS sets a number of its own).
import '../hardening/properties.test.js';
import '../hardening/options.test.js';
import '../hardening/escapes.test.js';
import '../hardening/glyphs.test.js';
import '../hardening/markdown-depth.test.js';
import '../load-property.test.js';
