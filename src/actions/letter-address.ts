/**
 * The letter page as a phone can open it from a QR code: the site's public address where content names one (a kiosk
 * or headset served from localhost has no address a phone can reach), else this device's.
 * @example letterAddress('https://prisonersvoice.example/', 'http://127.0.0.1:4173/') // 'https://prisonersvoice.example/#letter'
 */
export function letterAddress(publicUrl: string | undefined, here: string): string {
  const page = new URL(publicUrl ?? here)
  page.hash = 'letter'
  return page.href
}
