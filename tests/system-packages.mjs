// The system packages the tests need (tests/system-packages.json), checked before `npm test` runs anything: present,
// nothing is done; missing and run as root on Debian or Ubuntu, they are installed (as `playwright install-deps`
// does); missing otherwise, it stops at once and names the one command that installs them.
// Run: node tests/system-packages.mjs   (npm test runs it first)
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

/**
 * @typedef {object} PackageGroup
 * @property {string} for what needs them
 * @property {string[]} packages
 * @property {string[]} [commands] the commands they bring: present, the group counts as installed
 */

/** @type {{ install: string; groups: PackageGroup[] }} */
const { groups, install } = JSON.parse(readFileSync(new URL('./system-packages.json', import.meta.url), 'utf8'))

/** Every package in the list. */
export const SYSTEM_PACKAGES = groups.flatMap((g) => g.packages)

/**
 * The command that installs `packages`.
 * @param {readonly string[]} [packages]
 */
export const installCommand = (packages = SYSTEM_PACKAGES) => `${install} ${packages.join(' ')}`

/**
 * The packages of the group that lists `name` (e.g. `webkit2gtk-driver`: everything the WebKit tests need).
 * @param {string} name
 * @returns {string[]}
 */
export function packagesFor(name) {
  const group = groups.find((g) => g.packages.includes(name))
  if (!group) throw new Error(`tests/system-packages.json lists no package ${name}`)
  return group.packages
}

/** @param {string} command */
const onPath = (command) =>
  command.startsWith('/') ? existsSync(command) : spawnSync('sh', ['-c', `command -v ${command}`]).status === 0

/**
 * Whether dpkg says `name` is installed; null where there is no dpkg (not Debian or Ubuntu).
 * @param {string} name
 * @returns {boolean | null}
 */
function installed(name) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' })
  if (r.error) return null
  return r.status === 0 && r.stdout.includes('install ok installed')
}

/** The packages missing here: a group with commands counts as present when its commands are (any nginx will do). */
export function missingPackages() {
  return groups.flatMap((g) =>
    g.commands ? (g.commands.every(onPath) ? [] : g.packages) : g.packages.filter((p) => installed(p) === false),
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = missingPackages()
  if (missing.length === 0) process.exit(0)
  const root = process.getuid?.() === 0
  const apt = spawnSync('sh', ['-c', 'command -v apt-get']).status === 0
  if (!root || !apt) {
    console.error(
      `The tests need system packages that are missing: ${missing.join(' ')}.\n` +
        (apt
          ? `Install them with:\n  ${installCommand(missing)}`
          : 'Install their equivalents (see tests/system-packages.json).'),
    )
    process.exit(1)
  }
  console.log(`Installing the system packages the tests need: ${missing.join(' ')}`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...missing]]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (r.status !== 0) process.exit(r.status ?? 1)
  }
  // nginx's package starts a server of its own on port 80; the tests start theirs
  if (missing.includes('nginx-light')) spawnSync('sh', ['-c', 'service nginx stop'], { stdio: 'ignore' })
}
