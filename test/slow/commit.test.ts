// `npm run test:slow`: the crash-consistency tests at every step of the commit, with --archive too.
import '../hardening/commit.test.js';
