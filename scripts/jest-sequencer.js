'use strict';
// Jest test order: the suites known to run longest start first, then jest's own order (by the
// durations it cached on this machine, else by file size). With two workers on two cores, a long
// suite that starts last decides the wall time: in a fresh clone (CI, no cache) the rehearsal
// project started `rehearse-cli.test.ts` (126 s) near the end and took 484 s for 870 s of suites.
// The list is measured (CI run of 2026-12-06); a suite missing from it only loses its head start.
// The three example rehearsals were one 177-204 s suite (rehearse-cli.test.ts); each is now its own
// file under rehearse-cli/ (landkreis-fleet has the most stacks), so the two workers share them.
const Sequencer = require('@jest/test-sequencer').default;

const LONGEST_FIRST = [
  'test/rehearsal/pipeline/gitlab-ci-local.test.ts',
  'test/rehearsal/rehearse-cli/landkreis-fleet.test.ts',
  'test/rehearsal/lifecycle/changes.test.ts',
  'test/rehearsal/lifecycle/onboarding.test.ts',
  'test/rehearsal/rehearse-cli/verbandsgemeinde.test.ts',
  'test/rehearsal/rehearse-cli/musterstadt.test.ts',
  'test/rehearsal/lifecycle/pipeline-identity.test.ts',
  'test/rehearsal/lifecycle/offboarding.test.ts',
  'test/pipeline/gitlab.test.ts',
];

function rank(test) {
  const p = test.path.split('\\').join('/');
  const i = LONGEST_FIRST.findIndex((s) => p.endsWith(s));
  return i < 0 ? LONGEST_FIRST.length : i;
}

class LongestFirstSequencer extends Sequencer {
  sort(tests) {
    const order = (sorted) => sorted.map((t, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i).map((x) => x.t);
    const sorted = super.sort(tests);
    return sorted && typeof sorted.then === 'function' ? sorted.then(order) : order(sorted);
  }
}

module.exports = LongestFirstSequencer;
