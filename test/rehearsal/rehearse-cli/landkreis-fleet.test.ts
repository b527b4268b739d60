/**
 * `kommunal rehearse` on examples/landkreis-fleet: every stack applies, and the datacenter model refuses only
 * the known findings (test/helpers/rehearse-example.ts says what is checked).
 */
import { expectExampleRehearses } from '../../helpers/rehearse-example';
import { describeRehearsal } from '../../helpers/rehearsal';

describeRehearsal('kommunal rehearse: landkreis-fleet', () => {
  it('landkreis-fleet: every stack applies, and the datacenter model refuses only the known findings', () => {
    expectExampleRehearses('landkreis-fleet');
  }, 600000);
});
