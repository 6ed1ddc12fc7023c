// `npm run zip`: the store packages and the sources a store reviewer rebuilds them from, in .output/:
//   phi-guard-<version>-chrome.zip    Chrome Web Store (and Edge Add-ons) upload
//   phi-guard-<version>-firefox.zip   addons.mozilla.org upload
//   phi-guard-<version>-sources.zip   the project's own files (not node_modules, build output, test files or
//                                     anything .gitignore names), for AMO's source-code review
// Then it proves the sources zip is complete: it unpacks it into a temporary folder, builds the Firefox
// package there (with this checkout's node_modules, which `npm ci` would reproduce from package-lock.json)
// and compares every built file with the one in the Firefox package.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from 'wxt';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Files a reviewer needs: everything git tracks or would track (so a file not yet committed is not silently
 * missing), minus the end-to-end tests and fixture pages, which the build never reads. WXT's own source
 * exclusions (node_modules, .output, *.test.*) still apply on top.
 */
function sourceFiles() {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return listed
    .split('\0')
    .filter((path) => path && !path.startsWith('tests/') && existsSync(join(ROOT, path)));
}

const includeSources = sourceFiles();
const [chromeZip] = await zip({ root: ROOT, browser: 'chrome', zip: { zipSources: false } });
const [firefoxZip, sourcesZip] = await zip({
  root: ROOT,
  browser: 'firefox',
  manifestVersion: 3,
  // Dot files are listed explicitly above: .npmrc carries an install setting the rebuild depends on.
  zip: { zipSources: true, includeSources, excludeSources: ['tests/**'], dotSources: true },
});
if (!chromeZip || !firefoxZip || !sourcesZip) throw new Error('wxt zip did not produce all three archives');
await verifySources(sourcesZip, join(ROOT, '.output/firefox-mv3'));
for (const file of [chromeZip, firefoxZip, sourcesZip]) console.log(relative(ROOT, file));

async function verifySources(archive, expectedDir) {
  const dir = await mkdtemp(join(tmpdir(), 'phi-guard-sources-'));
  try {
    execFileSync('unzip', ['-q', archive, '-d', dir]);
    await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox', '--mv3'], { cwd: dir, stdio: 'ignore' });
    const rebuilt = join(dir, '.output/firefox-mv3');
    const expected = await listFiles(expectedDir);
    const actual = await listFiles(rebuilt);
    const differing = [...new Set([...expected, ...actual])].filter((file) => !expected.includes(file) || !actual.includes(file));
    for (const file of expected.filter((f) => actual.includes(f))) {
      const [a, b] = await Promise.all([readFile(join(expectedDir, file)), readFile(join(rebuilt, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    if (differing.length > 0) {
      throw new Error(`the sources zip does not rebuild the Firefox package; these files differ: ${differing.join(', ')}`);
    }
    console.log(`Rebuilt the Firefox package from ${relative(ROOT, archive)}: ${expected.length} files identical.`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}
