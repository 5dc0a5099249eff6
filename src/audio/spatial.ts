/**
 * The spatial part of the audio graph, free of media elements so it can be built on any AudioContext
 * (the page's one context, or an OfflineAudioContext in tests).
 */

/** A point or direction in world space; three's Vector3 satisfies it. */
export interface XYZ {
  x: number
  y: number
  z: number
}

/** HRTF panner for speech: full level within a metre, fading gently with distance like a voice in a small room. */
export function createSpeechPanner(ctx: BaseAudioContext): PannerNode {
  const panner = ctx.createPanner()
  panner.panningModel = 'HRTF'
  panner.distanceModel = 'inverse'
  panner.refDistance = 1
  panner.maxDistance = 50
  panner.rolloffFactor = 0.8
  return panner
}

/** Places a panner at a world position. */
export function setPannerPosition(panner: PannerNode, p: XYZ): void {
  if (panner.positionX) {
    panner.positionX.value = p.x
    panner.positionY.value = p.y
    panner.positionZ.value = p.z
  } else {
    // Safari before 14.1 has only the deprecated setter.
    ;(panner as unknown as { setPosition(x: number, y: number, z: number): void }).setPosition(p.x, p.y, p.z)
  }
}

/** Moves the ears: position, the direction the face looks at, and the top of the head. */
export function setListenerPose(listener: AudioListener, position: XYZ, forward: XYZ, up: XYZ): void {
  if (listener.positionX) {
    listener.positionX.value = position.x
    listener.positionY.value = position.y
    listener.positionZ.value = position.z
    listener.forwardX.value = forward.x
    listener.forwardY.value = forward.y
    listener.forwardZ.value = forward.z
    listener.upX.value = up.x
    listener.upY.value = up.y
    listener.upZ.value = up.z
  } else {
    const legacy = listener as unknown as {
      setPosition(x: number, y: number, z: number): void
      setOrientation(x: number, y: number, z: number, ux: number, uy: number, uz: number): void
    }
    legacy.setPosition(position.x, position.y, position.z)
    legacy.setOrientation(forward.x, forward.y, forward.z, up.x, up.y, up.z)
  }
}

/** Reads where the listener currently is (for tests and diagnostics). */
export function listenerPosition(listener: AudioListener): [number, number, number] {
  return [listener.positionX.value, listener.positionY.value, listener.positionZ.value]
}

export function pannerPosition(panner: PannerNode): [number, number, number] {
  return [panner.positionX.value, panner.positionY.value, panner.positionZ.value]
}

/**
 * Routes a spatial voice to the ears: as panned (stereo), or the same to both ears (mono) for a visitor who hears
 * with one ear. Mono goes through a one-channel node, which the Web Audio mixing rules fill with (L + R) / 2 and
 * the two-channel destination copies to both ears.
 */
export class EarRouting {
  private readonly monoNode: GainNode
  private on = false

  constructor(
    private readonly input: AudioNode,
    private readonly destination: AudioNode,
  ) {
    const mono = input.context.createGain()
    mono.channelCount = 1
    mono.channelCountMode = 'explicit'
    mono.channelInterpretation = 'speakers'
    mono.connect(destination)
    this.monoNode = mono
    input.connect(destination)
  }

  get mono(): boolean {
    return this.on
  }

  setMono(on: boolean): void {
    if (on === this.on) return
    this.on = on
    this.input.disconnect()
    this.input.connect(on ? this.monoNode : this.destination)
  }

  dispose(): void {
    this.input.disconnect()
    this.monoNode.disconnect()
  }
}
