import jsQR from 'jsqr'
import { PNG } from 'pngjs'

/** Reads every QR code it can find in a screenshot, trying the whole image and then vertical strips. */
export function readQrCodes(png: Buffer, strips = 3): string[] {
  const image = PNG.sync.read(png)
  const found = new Set<string>()
  const tryRegion = (x0: number, width: number) => {
    const data = new Uint8ClampedArray(width * image.height * 4)
    for (let y = 0; y < image.height; y++) {
      const from = (y * image.width + x0) * 4
      data.set(image.data.subarray(from, from + width * 4), y * width * 4)
    }
    const code = jsQR(data, width, image.height)
    if (code?.data) found.add(code.data)
  }
  tryRegion(0, image.width)
  const step = Math.floor(image.width / strips)
  for (let i = 0; i < strips; i++) tryRegion(i * step, step)
  // Strips straddling the borders of the first ones.
  for (let i = 0; i < strips - 1; i++) tryRegion(i * step + (step >> 1), step)
  return [...found]
}
