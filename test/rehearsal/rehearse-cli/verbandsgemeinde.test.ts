/**
 * `kommunal rehearse` on examples/verbandsgemeinde: every stack applies, and the datacenter model refuses only
 * the known findings (test/helpers/rehearse-example.ts says what is checked).
 */
import { expectExampleRehearses } from '../../helpers/rehearse-example';
import { describeRehearsal } from '../../helpers/rehearsal';

describeRehearsal('kommunal rehearse: verbandsgemeinde', () => {
  it('verbandsgemeinde: every stack applies, and the datacenter model refuses only the known findings', () => {
    expectExampleRehearses('verbandsgemeinde');
  }, 600000);
});
