import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const exec = promisify(execFile)

/**
 * Runs a tool, resolving with its output; large buffers because ffmpeg is talkative.
 * @param {string} command
 * @param {readonly string[]} args
 * @returns {Promise<{ stdout: string; stderr: string }>}
 */
export function run(command, args) {
  return exec(command, args, { maxBuffer: 64 * 1024 * 1024 })
}

/** @type {Promise<true> | null} */
let ffmpegChecked = null

/**
 * Fails with installation advice when ffmpeg/ffprobe are missing.
 * @returns {Promise<true>}
 */
export function requireFfmpeg() {
  ffmpegChecked ??= Promise.all([run('ffmpeg', ['-version']), run('ffprobe', ['-version'])]).then(
    () => true,
    () => {
      throw new Error(
        'ffmpeg is not installed, and the content tool needs it for audio. Install it, then run the command again:\n' +
          '  Debian/Ubuntu: sudo apt-get install ffmpeg\n  macOS: brew install ffmpeg\n  Windows: winget install ffmpeg',
      )
    },
  )
  return ffmpegChecked
}

/** @returns {Promise<boolean>} */
export async function hasFfmpeg() {
  try {
    await requireFfmpeg()
    return true
  } catch {
    ffmpegChecked = null
    return false
  }
}
