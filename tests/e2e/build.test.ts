import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const dist = new URL('../../dist/', import.meta.url)
const assets = readdirSync(new URL('assets/', dist)).filter((f) => f.endsWith('.js'))
const code = assets.map((f) => readFileSync(new URL(`assets/${f}`, dist), 'utf8'))

describe('the production build', () => {
  it('ships no WebXR emulator (iwer, its dev UI or its room captures)', () => {
    expect(assets.length).toBeGreaterThan(2)
    for (const [i, source] of code.entries()) {
      expect(source, assets[i]).not.toContain('Meta Quest 3')
      expect(source, assets[i]).not.toContain('iwer/native-override')
      expect(source, assets[i]).not.toContain('SyntheticEnvironmentModule')
    }
  })

  it('declares a Content-Security-Policy that allows only its own origin', () => {
    const html = readFileSync(new URL('index.html', dist), 'utf8')
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/https?:/)
  })

  it('serves WebXR controller layouts itself', () => {
    const list = JSON.parse(readFileSync(new URL('xr-profiles/profilesList.json', dist), 'utf8'))
    expect(Object.keys(list)).toContain('meta-quest-touch-plus')
    expect(() => readFileSync(new URL('xr-profiles/meta-quest-touch-plus/profile.json', dist))).not.toThrow()
  })
})
