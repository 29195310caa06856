// The contract's version, in a module of its own so that `--version` can print it without
// loading zod. Bump it on any change a consumer could notice (semver: major when a document
// valid before may be invalid now).
// 2.0.0: lists of types not asked for with --types are left out; people[].formerRanks.
export const SCHEMA_VERSION = '2.0.0';
