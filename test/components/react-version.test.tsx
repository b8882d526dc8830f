import { version } from 'react';
import { version as domVersion } from 'react-dom';

// Each jsdom project must really run the React it names, or the React 18.2 run proves nothing.
it('runs the React its project names', () => {
  const expected = process.env.EXPECTED_REACT ?? '';
  expect(expected).not.toBe('');
  expect(version.startsWith(expected) && domVersion.startsWith(expected)).toBe(true);
});
