import { spawnSync } from 'node:child_process'
import { installCommand, packagesFor } from '../system-packages.mjs'

/** The pipeline's tests run the content tool, which needs ffmpeg: without it they stop at once, naming the command. */
export default function setup() {
  for (const command of ['ffmpeg', 'ffprobe'])
    if (spawnSync(command, ['-version']).error)
      throw new Error(
        `${command} is missing: the content pipeline's tests need it. Install it with: ${installCommand(packagesFor('ffmpeg'))}`,
      )
}
