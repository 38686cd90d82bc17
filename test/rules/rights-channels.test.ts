import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('rights-channels', {
  triggers: [
    { name: 'no channel', edit: (t) => edit(t, '  channels:\n    email: privacy@example.nl\n', '  channels: {}\n'), expect: { line: 'channels: {}', path: '/rights/channels', message: /gives no way to send a request/ } },
    { name: 'a response time over one month', edit: (t) => edit(t, '    email: privacy@example.nl\nautomated', '    email: privacy@example.nl\n  responseTime: P6W\nautomated'), expect: { line: 'responseTime: P6W', path: '/rights/responseTime', message: /longer than the one month Art. 12\(3\) allows/ } },
  ],
  passes: [
    { name: 'four weeks', edit: (t) => edit(t, '    email: privacy@example.nl\nautomated', '    email: privacy@example.nl\n  responseTime: P4W\nautomated') },
    { name: 'one month', edit: (t) => edit(t, '    email: privacy@example.nl\nautomated', '    email: privacy@example.nl\n  responseTime: P1M\nautomated') },
  ],
});
