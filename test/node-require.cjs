// The CommonJS build must load with plain require(), without Node's require(esm) (absent before
// Node 20.19): `npm test` runs this file with --no-experimental-require-module.
const { checkEntries } = require('./node-entries.cjs');

const summary = checkEntries({
  root: require('react-permutive-errors'),
  core: require('react-permutive-errors/core'),
  server: require('react-permutive-errors/server'),
  de: require('react-permutive-errors/locales/de').de,
  fr: require('react-permutive-errors/locales/fr').fr,
  fixtures: require('react-permutive-errors/testing/fixtures'),
  es: require('react-permutive-errors/locales/es').es,
});
console.log(`node require: ${summary}`);
