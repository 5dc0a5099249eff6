import { OfflineAudioContext } from 'node-web-audio-api'
import { describe, expect, it, vi } from 'vitest'
import { AmbientBed } from '../../src/audio/ambient-bed'
import { holdForVoice } from '../../src/audio/voice-first'
import { publicFetch } from './public-files'

const RATE = 44100
const sources = { opus: 'audio/ambient-sizo-cell.webm', aac: 'audio/ambient-sizo-cell.m4a', volume: 0.5 }

function bed(ctx: OfflineAudioContext, fetchImpl: typeof fetch) {
  return new AmbientBed({
    ctx: () => ctx as unknown as BaseAudioContext,
    destination: () => ctx.destination as unknown as AudioNode,
    fetch: fetchImpl,
    // The decoder in these tests reads AAC only, as an older Safari would.
    canPlayType: () => '',
  })
}

const energy = (buffer: { getChannelData(c: number): Float32Array }) =>
  buffer.getChannelData(0).reduce((sum, v) => sum + v * v, 0)

describe("a cell's room tone", () => {
  it('is fetched only while no voice waits for its data, and gives the connection back to one that starts to', async () => {
    const ctx = new OfflineAudioContext(1, RATE * 2, RATE)
    const fetchImpl = publicFetch()
    const asked: string[] = []
    const aborted: string[] = []
    let answer = () => undefined as void
    const slow = ((url: string, init?: RequestInit) => {
      asked.push(url)
      return new Promise<Response>((resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          aborted.push(url)
          reject(new DOMException('aborted', 'AbortError'))
        })
        answer = () => void fetchImpl(url, init).then(resolve, reject)
      })
    }) as typeof fetch
    const a = bed(ctx, slow)
    const tick = () => new Promise((r) => setTimeout(r, 0))

    let release = holdForVoice()
    const started = a.start(sources, '/')
    await tick()
    expect(asked).toEqual([])
    release()
    await tick()
    expect(asked).toHaveLength(1)
    // a voice tapped while the room tone comes in: its request is given up, and made again once the voice is heard
    release = holdForVoice()
    await tick()
    expect(aborted).toHaveLength(1)
    expect(asked).toHaveLength(1)
    release()
    await tick()
    expect(asked).toHaveLength(2)
    answer()
    await started
    expect(a.playing).toBe(true)
    a.stop()
  })

  it('loops quietly from the shared context, and dips under speech', async () => {
    const loud = new OfflineAudioContext(1, RATE * 2, RATE)
    const requested: string[] = []
    const fetchImpl = publicFetch()
    const a = bed(loud, ((url: string, init?: RequestInit) => {
      requested.push(url)
      return fetchImpl(url, init)
    }) as typeof fetch)
    await a.start(sources, '/')
    expect(a.playing).toBe(true)
    expect(requested).toEqual(['/audio/ambient-sizo-cell.m4a'])
    const full = energy(await loud.startRendering())

    const ducked = new OfflineAudioContext(1, RATE * 2, RATE)
    const b = bed(ducked, publicFetch())
    await b.start(sources, '/')
    b.duck(true)
    const under = energy(await ducked.startRendering())
    expect(full).toBeGreaterThan(0)
    expect(under).toBeLessThan(full * 0.6)
  })

  it("has a level of its own: turned down it is quieter, at 0 it is silent, and a voice's level is untouched", async () => {
    const render = async (level: number) => {
      const ctx = new OfflineAudioContext(1, RATE * 2, RATE)
      const a = bed(ctx, publicFetch())
      await a.start(sources, '/')
      a.setLevel(level)
      const buffer = await ctx.startRendering()
      // The second half, once the level has settled.
      return buffer
        .getChannelData(0)
        .subarray(RATE)
        .reduce((sum, v) => sum + v * v, 0)
    }
    const full = await render(1)
    const half = await render(0.5)
    const off = await render(0)
    expect(full).toBeGreaterThan(0)
    expect(half).toBeLessThan(full * 0.4) // energy goes with the square of the level
    expect(half).toBeGreaterThan(full * 0.1)
    expect(off).toBeLessThan(full * 1e-6)
  })

  it('a file that cannot be fetched is said once and nothing else is tried (no fallback, no data: URI)', async () => {
    const ctx = new OfflineAudioContext(1, RATE, RATE)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const requested: string[] = []
    const a = bed(ctx, ((url: string) => {
      requested.push(url)
      return Promise.reject(new TypeError('connection reset'))
    }) as typeof fetch)
    await a.start(sources, '/')
    expect(a.playing).toBe(false)
    expect(requested).toEqual(['/audio/ambient-sizo-cell.m4a'])
    expect(warn).toHaveBeenCalledWith('Ambient sound audio/ambient-sizo-cell.m4a could not be loaded: connection reset')
    a.stop()
    expect(requested).toHaveLength(1)
    warn.mockRestore()
  })

  it('stopped before it arrived, it never starts', async () => {
    const ctx = new OfflineAudioContext(1, RATE, RATE)
    const a = bed(ctx, publicFetch())
    const started = a.start(sources, '/')
    a.stop()
    await started
    expect(a.playing).toBe(false)
  })
})
