import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { XR_PROFILES_DIR, xrInputProfiles, xrProfileFiles } from '../../build/xr-input-profiles'
import { installed } from './dependency-files'

const PATCH = 'build/xr-input-profiles.ts'

describe(`WebXR controller layouts, served from @webxr-input-profiles/assets' folder (${PATCH})`, () => {
  it('are still in that folder: the list, and every layout it names', () => {
    installed('@webxr-input-profiles/assets/dist/profiles/profilesList.json', PATCH)
    const files = xrProfileFiles()
    const list = JSON.parse(readFileSync(join(XR_PROFILES_DIR, 'profilesList.json'), 'utf8')) as Record<
      string,
      { path?: string }
    >
    const paths = Object.values(list).map((entry) => entry.path)
    expect(paths.length, 'profilesList.json lists no profiles').toBeGreaterThan(0)
    for (const [id, { path }] of Object.entries(list))
      expect(files, `profilesList.json names ${path} for ${id}, which is not in the folder: check ${PATCH}`).toContain(
        path,
      )
  })

  it("hold @pmndrs/xr's fallback layout and the Meta Quest's, which the browser tests use", () => {
    const list = JSON.parse(readFileSync(join(XR_PROFILES_DIR, 'profilesList.json'), 'utf8')) as Record<string, unknown>
    const loader = readFileSync(installed('@pmndrs/xr/dist/controller/layout.js', PATCH), 'utf8')
    const fallback = /DefaultDefaultControllerProfileId = '([^']+)'/.exec(loader)?.[1]
    expect(fallback, "@pmndrs/xr's layout loader no longer names its fallback profile as it did").toBeDefined()
    expect(loader, `@pmndrs/xr no longer fetches profilesList.json from its baseAssetPath: check ${PATCH}`).toContain(
      "new URL('profilesList.json', this.baseAssetPath)",
    )
    expect(Object.keys(list)).toContain(fallback)
    expect(Object.keys(list)).toContain('meta-quest-touch-plus')
  })

  it('are all written into the build under xr-profiles/', () => {
    const emitted: string[] = []
    const hook = xrInputProfiles().generateBundle
    const context = { emitFile: (file: { fileName: string }) => void emitted.push(file.fileName) }
    ;(hook as unknown as (this: typeof context) => void).call(context)
    expect(emitted).toContain('xr-profiles/profilesList.json')
    expect(emitted).toContain('xr-profiles/meta-quest-touch-plus/profile.json')
    expect(emitted.length).toBe(xrProfileFiles().length)
  })
})
