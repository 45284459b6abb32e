import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './launch-extension.ts';

// On a fresh Debian machine (as root) Chromium is installed from Debian's packages; elsewhere the
// user's Chrome or Edge is found, or CHROME_PATH names it.
export function ensureChromium(): string {
  try {
    return findChromium();
  } catch (error) {
    const canInstall = process.platform === 'linux' && existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
    if (!canInstall) throw error;
    process.stderr.write('Chromium not found: installing it from Debian packages (about a minute)...\n');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return findChromium();
  }
}
