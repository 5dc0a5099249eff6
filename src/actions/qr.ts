/** A QR code as rows of dark (true) and light modules, with a quiet zone; made on the device, no network. */
export type QrMatrix = readonly (readonly boolean[])[]

export async function qrMatrix(text: string): Promise<QrMatrix> {
  // Loaded only when a QR code is first shown: most visitors tap links instead.
  const { encode } = await import('uqr')
  return encode(text, { ecc: 'M', border: 4 }).data
}

/** The dark modules as one SVG path in module units (for a viewBox of `size × size`). */
export function qrPath(matrix: QrMatrix): string {
  let d = ''
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`
    }),
  )
  return d
}
