import { describe, expect, it } from 'vitest'
import { afterVoice, holdForVoice, inTurn, voiceWaiting, yieldingToVoice } from '../../src/audio/voice-first'

const tick = () => new Promise((r) => setTimeout(r, 0))

describe('a voice first on the connection', () => {
  it('holds what can wait until every voice that waits is heard', async () => {
    const a = holdForVoice()
    const b = holdForVoice()
    let went = false
    void afterVoice().then(() => (went = true))
    a()
    a() // a release counts once
    await tick()
    expect(voiceWaiting()).toBe(true)
    expect(went).toBe(false)
    b()
    await tick()
    expect(voiceWaiting()).toBe(false)
    expect(went).toBe(true)
  })

  it("lets the room's textures in a few at a time, and starts none while a voice waits", async () => {
    const turn = inTurn(3)
    const started: number[] = []
    const finish: (() => void)[] = []
    const load = (i: number) => () =>
      new Promise<number>((resolve) => {
        started.push(i)
        finish[i] = () => resolve(i)
      })
    const done = [0, 1, 2, 3, 4, 5].map((i) => turn(load(i)))
    await tick()
    expect(started).toEqual([0, 1, 2])
    const release = holdForVoice()
    finish[0]!()
    await tick()
    expect(started).toEqual([0, 1, 2])
    release()
    await tick()
    expect(started).toEqual([0, 1, 2, 3])
    for (const i of [1, 2, 3, 4, 5]) {
      await tick()
      finish[i]?.()
    }
    await tick()
    finish[4]!()
    finish[5]!()
    await expect(Promise.all(done)).resolves.toEqual([0, 1, 2, 3, 4, 5])
  })

  it('gives a download up to a voice that starts waiting, and starts it again once the voice is heard', async () => {
    const signals: AbortSignal[] = []
    let finish = () => undefined as void
    const done = yieldingToVoice(
      (signal) =>
        new Promise<string>((resolve, reject) => {
          signals.push(signal)
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
          finish = () => resolve('in')
        }),
    )
    await tick()
    expect(signals).toHaveLength(1)
    const release = holdForVoice()
    expect(signals[0]!.aborted).toBe(true)
    await tick()
    expect(signals).toHaveLength(1)
    release()
    await tick()
    expect(signals).toHaveLength(2)
    finish()
    await expect(done).resolves.toBe('in')
  })

  it('lets a stalled download give its place to the next after a while, and lets it go on', async () => {
    const turn = inTurn(1, 50)
    let finishStalled = () => undefined as void
    const stalled = turn(() => new Promise<string>((resolve) => (finishStalled = () => resolve('late'))))
    let started = false
    const after = turn(async () => {
      started = true
      return 'next'
    })
    await tick()
    expect(started).toBe(false)
    await new Promise((r) => setTimeout(r, 80))
    await expect(after).resolves.toBe('next')
    expect(started).toBe(true)
    finishStalled()
    await expect(stalled).resolves.toBe('late')
  })
})
