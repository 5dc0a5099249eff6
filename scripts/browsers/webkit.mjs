/**
 * What the WebKit tests and the playback benchmark run on: Debian's WebKitGTK MiniBrowser driven by its
 * WebKitWebDriver, in a virtual X display (xvfb-run), with a PulseAudio null sink so media plays at real speed and
 * nothing is heard. `npm test` installs the packages first (tests/system-packages.json).
 */
/** @import { ChildProcess } from 'node:child_process' */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { installCommand, packagesFor } from '../../tests/system-packages.mjs'
import { freePort } from './free-port.mjs'
import { driverReady } from './webdriver.mjs'

const MINIBROWSER_CANDIDATES = [
  process.env.WEBKIT_MINIBROWSER,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
]

const MISSING = `Install them with: ${installCommand(packagesFor('webkit2gtk-driver'))}`

/**
 * @param {string} command
 * @returns {boolean}
 */
function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
}

/** @returns {string} */
export function miniBrowserPath() {
  const found = MINIBROWSER_CANDIDATES.find((p) => !!p && existsSync(p))
  if (!found) throw new Error(`WebKitGTK's MiniBrowser was not found (or set WEBKIT_MINIBROWSER). ${MISSING}`)
  return found
}

/**
 * Polls `ready` every 100 ms until it holds, or fails naming `what` after `timeoutMs`.
 * @param {string} what
 * @param {() => Promise<boolean> | boolean} ready
 * @param {number} timeoutMs
 * @param {() => string} [log]
 */
async function until(what, ready, timeoutMs, log) {
  const end = Date.now() + timeoutMs
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`${what} did not start within ${timeoutMs / 1000} s. ${log?.() ?? ''}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/**
 * Collects a child's output, for the error message when it fails to start.
 * @param {ChildProcess} child
 * @returns {() => string}
 */
function capture(child) {
  let out = ''
  /** @param {Buffer} d */
  const keep = (d) => {
    out = (out + d.toString()).slice(-4000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return () => out
}

/**
 * Ends the process group of a child this module started, also when Node itself is ending (e.g. on a signal).
 * @param {ChildProcess} child
 */
function killOnExit(child) {
  const kill = () => {
    try {
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  process.once('exit', kill)
  child.once('exit', () => process.off('exit', kill))
}

/**
 * Ends a process group this module started (xvfb-run starts Xvfb beside the driver).
 * @param {ChildProcess} child
 * @returns {Promise<void>}
 */
function stopGroup(child) {
  const pid = child.pid
  if (child.exitCode !== null || pid === undefined) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }, 5000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    try {
      process.kill(-pid, 'SIGTERM')
    } catch {
      clearTimeout(timer)
      resolve()
    }
  })
}

/** @typedef {{ stop(): Promise<void> }} Service */

/**
 * A PulseAudio server of its own with one null sink (real-time, silent), on a private socket so it neither needs
 * nor disturbs a desktop's sound server; it runs as root too (CI), without --system. Returns its PULSE_SERVER.
 * @param {string} dir
 * @returns {Promise<Service & { server: string }>}
 */
async function startAudioSink(dir) {
  if (!onPath('pulseaudio') || !onPath('pactl')) throw new Error(`PulseAudio is missing. ${MISSING}`)
  const socket = join(dir, 'pulse-native')
  const config = join(dir, 'pulse.pa')
  writeFileSync(
    config,
    [
      'load-module module-null-sink sink_name=webkit_tests rate=48000',
      'set-default-sink webkit_tests',
      `load-module module-native-protocol-unix socket=${socket} auth-anonymous=1`,
    ].join('\n') + '\n',
  )
  const server = `unix:${socket}`
  const child = spawn(
    'pulseaudio',
    ['-n', '-F', config, '--daemonize=no', '--exit-idle-time=-1', '--use-pid-file=no', '--log-target=stderr'],
    // Its own HOME and runtime folder: no cookie, no desktop session, no D-Bus needed.
    { env: { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  killOnExit(child)
  const log = capture(child)
  const env = { ...process.env, PULSE_SERVER: server }
  await until(
    'PulseAudio',
    () => child.exitCode === null && spawnSync('pactl', ['info'], { env }).status === 0,
    15_000,
    log,
  )
  return { server, stop: () => stopGroup(child) }
}

/**
 * WebKitWebDriver on a free port inside a virtual X display. The browser's GTK frame is shrunk by a style sheet
 * of its own (XDG_CONFIG_HOME), since its toolbar would otherwise keep the window wider than a phone (447 px).
 * @param {string} dir
 * @param {string} pulseServer
 * @returns {Promise<Service & { url: string }>}
 */
async function startDriver(dir, pulseServer) {
  if (!onPath('WebKitWebDriver')) throw new Error(`WebKitWebDriver is missing. ${MISSING}`)
  if (!onPath('xvfb-run')) throw new Error(`xvfb-run is missing. ${MISSING}`)
  miniBrowserPath()
  const config = join(dir, 'config')
  mkdirSync(join(config, 'gtk-3.0'), { recursive: true })
  writeFileSync(
    join(config, 'gtk-3.0', 'gtk.css'),
    '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n',
  )
  const port = await freePort()
  const child = spawn(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1920x1080x24', 'WebKitWebDriver', `--port=${port}`, '--host=local'],
    {
      env: { ...process.env, PULSE_SERVER: pulseServer, XDG_CONFIG_HOME: config },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  killOnExit(child)
  const log = capture(child)
  const url = `http://127.0.0.1:${port}`
  await until('WebKitWebDriver', async () => child.exitCode === null && (await driverReady(url)), 30_000, log)
  return { url, stop: () => stopGroup(child) }
}

/**
 * Everything above in one temporary folder, removed when stopped.
 * @returns {Promise<Service & { driverURL: string }>}
 */
export async function startWebKit() {
  const dir = mkdtempSync(join(tmpdir(), 'pv-webkit-'))
  const sink = await startAudioSink(dir)
  try {
    const driver = await startDriver(dir, sink.server)
    return {
      driverURL: driver.url,
      async stop() {
        await driver.stop()
        await sink.stop()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  } catch (e) {
    await sink.stop()
    throw e
  }
}
