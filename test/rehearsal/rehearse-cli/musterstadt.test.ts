/**
 * `kommunal rehearse` on examples/musterstadt: every stack applies, and the datacenter model refuses only
 * the known findings (test/helpers/rehearse-example.ts says what is checked).
 */
import { expectExampleRehearses } from '../../helpers/rehearse-example';
import { describeRehearsal } from '../../helpers/rehearsal';

describeRehearsal('kommunal rehearse: musterstadt', () => {
  it('musterstadt: every stack applies, and the datacenter model refuses only the known findings', () => {
    expectExampleRehearses('musterstadt');
  }, 600000);
});
