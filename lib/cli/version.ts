import pkg from '../../package.json' with { type: 'json' };

/** The CLI's version: the package version, bundled in at build time. */
export const VERSION: string = pkg.version;
