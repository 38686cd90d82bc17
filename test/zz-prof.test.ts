import { it } from 'vitest';
import { compile } from '../src/compile.js';
import { readFileSync } from 'node:fs';
it('p', async () => {
const src = readFileSync('test/fixtures/full.yaml','utf8');
for (const f of [['md'],['md','html'],['html'],[]]) {
  for (let i=0;i<4;i++){ const t=performance.now(); await compile(src,{file:'x.yaml',formats:f as any}); console.log(f.join()||'none', (performance.now()-t).toFixed(0)); }
}
}, 60000);
