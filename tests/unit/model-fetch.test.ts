import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { prefetchModel, takeModel } from '../../src/models/model-fetch'

const PAGE = 'https://site.example/'
const model = readFileSync(new URL('../../public/models/sizo-cell.glb', import.meta.url))
const bytes = () => model.buffer.slice(model.byteOffset, model.byteOffset + model.byteLength)

/** A server that answers every request with `answer()`, counting them. */
function serve(answer: () => Response) {
  const asked: string[] = []
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url)
    return Promise.resolve(answer())
  })
  return asked
}

afterEach(() => vi.unstubAllGlobals())

describe('a model fetched ahead', () => {
  it('is asked for once, and its checked bytes handed to the view that takes it', async () => {
    const asked = serve(() => new Response(bytes()))
    prefetchModel('/models/a.glb', PAGE)
    prefetchModel('/models/a.glb', PAGE)
    expect(asked).toEqual(['/models/a.glb'])
    const taken = await takeModel('/models/a.glb', PAGE)
    expect(taken.byteLength).toBe(model.byteLength)
    expect(asked).toHaveLength(1)
    // Handed over once: the next visit fetches afresh, so no copy outlives its model.
    await takeModel('/models/a.glb', PAGE)
    expect(asked).toHaveLength(2)
  })

  it('is checked before it is parsed: a file that is not a model fails when taken, naming why', async () => {
    serve(() => new Response('not a model at all, just text'))
    prefetchModel('/models/b.glb', PAGE)
    await expect(takeModel('/models/b.glb', PAGE)).rejects.toThrow(/not a binary glTF/)
  })

  it('a failed early fetch is forgotten: the view asks again', async () => {
    let up = false
    const asked = serve(() => (up ? new Response(bytes()) : new Response('', { status: 503 })))
    prefetchModel('/models/c.glb', PAGE)
    await vi.waitFor(() => expect(asked).toHaveLength(1))
    await new Promise((r) => setTimeout(r, 0))
    up = true
    await expect(takeModel('/models/c.glb', PAGE)).resolves.toHaveProperty('byteLength', model.byteLength)
    expect(asked).toHaveLength(2)
  })
})
