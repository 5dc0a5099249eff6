import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import { join, resolve } from 'node:path'
import { freePort } from '../../scripts/browsers/free-port.mjs'
import { installCommand, packagesFor } from '../system-packages.mjs'
import { LOAD_TIMEOUT } from './limits'

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? null

/** Whether Debian's nginx is here (`npm test` installs it: tests/system-packages.json). */
export const hasNginx = NGINX !== null

/**
 * Serves `dist/` with the repository's production configuration (deploy/nginx/), as a deployment would, on a free
 * port of this machine. Only `root` and `listen` are changed. Its workers run as the user who started the test, so
 * `dist/` is readable wherever the clone lies (as root, nginx would otherwise switch them to `nobody`, who cannot
 * enter a home folder such as `/root`).
 */
export async function startNginx(
  /** The folder served: `dist/` unless a test serves a changed copy of it. @default 'dist' */
  root = 'dist',
): Promise<{
  url: string
  /** The counts' own log (deploy/nginx: `location = /count`). */
  countsLog: string
  /** The server's ordinary access log, in nginx's default format (address, time, request, user agent). */
  accessLog: string
  stop(): Promise<void>
}> {
  if (!NGINX) throw new Error(`nginx is not installed. Install it with: ${installCommand(packagesFor('nginx-light'))}`)
  const prefix = mkdtempSync(join(tmpdir(), 'pv-nginx-'))
  const conf = join(prefix, 'conf')
  mkdirSync(join(conf, 'prisonersvoice'), { recursive: true })
  cpSync(resolve('deploy/nginx'), join(conf, 'prisonersvoice'), { recursive: true })
  copyFileSync('/etc/nginx/mime.types', join(conf, 'mime.types'))
  const port = await freePort()
  const site = readFileSync(resolve('deploy/nginx/prisonersvoice.conf'), 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root [^;]+;/, `root ${resolve(root)};`)
    .replace('/var/log/nginx/prisonersvoice-counts.log', join(prefix, 'counts.log'))
  writeFileSync(join(conf, 'prisonersvoice', 'prisonersvoice.conf'), site)
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `  ${t}_temp_path ${join(prefix, t)};`)
    .join('\n')
  writeFileSync(
    join(conf, 'nginx.conf'),
    `${workerUser()}worker_processes 1;\nerror_log ${join(prefix, 'error.log')};\npid ${join(prefix, 'nginx.pid')};\n` +
      `events { worker_connections 256; }\nhttp {\n  access_log ${join(prefix, 'access.log')};\n${temp}\n  include prisonersvoice/prisonersvoice.conf;\n}\n`,
  )
  const checked = spawnSync(NGINX, ['-t', '-p', prefix, '-c', 'conf/nginx.conf'], { encoding: 'utf8' })
  if (checked.status !== 0) throw new Error(`deploy/nginx does not pass nginx -t:\n${checked.stderr}`)
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', 'conf/nginx.conf', '-g', 'daemon off;'], {
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}/`
  // Asked until it answers: nginx is up within moments, on a busy machine within LOAD_TIMEOUT.
  const deadline = Date.now() + LOAD_TIMEOUT
  while (
    !(await fetch(url).then(
      () => true,
      () => false,
    ))
  ) {
    if (Date.now() > deadline) throw new Error(`nginx did not answer within ${LOAD_TIMEOUT} ms`)
    await new Promise((r) => setTimeout(r, 50))
  }
  return {
    url,
    countsLog: join(prefix, 'counts.log'),
    accessLog: join(prefix, 'access.log'),
    async stop() {
      child.kill('SIGQUIT')
      await new Promise((r) => child.once('exit', r))
      rmSync(prefix, { recursive: true, force: true })
    },
  }
}

/** nginx's `user` directive for the user running the test: only a master started as root switches its workers' user. */
function workerUser(): string {
  if (process.getuid?.() !== 0) return ''
  const group = spawnSync('id', ['-gn'], { encoding: 'utf8' }).stdout.trim()
  return `user ${userInfo().username} ${group};\n`
}
