import { useEffect, useState } from 'react'
import './qr.css'
import { qrMatrix, qrPath, type QrMatrix } from './qr'

/** A link shown as a QR code to scan with one's own phone (kiosks, headsets): black on white, with a caption. */
export function QrCode({ value, label, size = 168 }: { value: string; label: string; size?: number }) {
  const matrix = useQrMatrix(value)
  return (
    <figure className="qr" data-qr={value}>
      {matrix ? (
        <svg
          role="img"
          aria-label={label}
          width={size}
          height={size}
          viewBox={`0 0 ${matrix.length} ${matrix.length}`}
          shapeRendering="crispEdges"
        >
          <rect width="100%" height="100%" fill="#fff" />
          <path d={qrPath(matrix)} fill="#000" />
        </svg>
      ) : (
        <div className="qr-frame" style={{ width: size, height: size }} />
      )}
      <figcaption>{label}</figcaption>
    </figure>
  )
}

export function useQrMatrix(value: string): QrMatrix | null {
  const [matrix, setMatrix] = useState<{ value: string; matrix: QrMatrix } | null>(null)
  useEffect(() => {
    let live = true
    void qrMatrix(value).then((m) => live && setMatrix({ value, matrix: m }))
    return () => {
      live = false
    }
  }, [value])
  return matrix?.value === value ? matrix.matrix : null
}
