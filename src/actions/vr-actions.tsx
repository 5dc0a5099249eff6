import { localize } from '../content/localize'
import { ACTION_ROLES, type Manifest } from '../content/schema'
import { useLanguage } from '../i18n/i18n'
import { useT } from '../i18n/use-t'
import { letterAddress } from './letter-address'
import { useQrMatrix } from './qr-code'
import { useAppStore } from '../state/app-store'
import { CanvasPanel } from '../xr/canvas-panel'
import { HUD_BUTTON, VR_ACTIONS } from '../xr/vr-layout'
import { useActionsT } from './messages'

/**
 * Take action in a headset: each link as a QR code to scan with one's own phone, and "open after I leave VR",
 * which offers the link as a button on the page when the session ends.
 * @param share this cell's own address to take home and its hint, from Share (the HUD that composes the panels)
 */
export function VRActions({ manifest, share }: { manifest: Manifest; share: { url: string; hint: string } }) {
  const t = useT()
  const at = useActionsT()
  const lang = useLanguage()
  const openLater = useAppStore((s) => s.openLater)
  const toggle = useAppStore((s) => s.toggleOpenLater)
  const letterUrl = letterAddress(manifest.publicUrl, new URL(import.meta.env.BASE_URL, location.href).href)
  // A link the content got wrong is left out; the others stay where they are.
  const links = ACTION_ROLES.flatMap((role) => {
    const link = manifest.actions[role]
    return link ? [{ role, title: localize(link.title, lang).text, url: link.url }] : []
  })
  const items = [...links, { role: 'letter' as const, title: t('writeLetter'), url: letterUrl }]
  return (
    <group name="vr-actions" position={[0, VR_ACTIONS.y, -0.02]}>
      {/* This cell, to take home on one's own phone: the site's own address, not a link that leaves it. */}
      <group position={[VR_ACTIONS.columns.share, 0, 0]}>
        <VRQrCard title={t('share')} url={share.url} hint={share.hint} name="vr-qr-share" />
      </group>
      {items.map((item) => {
        const marked = openLater.some((l) => l.url === item.url)
        return (
          <group key={item.role} position={[VR_ACTIONS.columns[item.role], 0, 0]}>
            <VRQrCard title={item.title} url={item.url} hint={at('scanQr')} name={`vr-qr-${item.role}`} />
            <CanvasPanel
              name={`vr-open-later-${item.role}`}
              align="center"
              width={VR_ACTIONS.width}
              height={HUD_BUTTON.height}
              position={[0, -VR_ACTIONS.buttonY, 0]}
              background={marked ? 'rgba(18,50,71,0.95)' : 'rgba(36,35,31,0.95)'}
              border={marked ? '#7ad3ff' : undefined}
              blocks={[
                { text: marked ? `✓ ${at('openAfterVRMarked')}` : at('openAfterVR'), size: 0.026, weight: 'bold' },
              ]}
              onClick={() => toggle({ title: item.title, url: item.url })}
            />
          </group>
        )
      })}
    </group>
  )
}

function VRQrCard({ title, url, hint, name }: { title: string; url: string; hint: string; name: string }) {
  const matrix = useQrMatrix(url)
  return (
    <CanvasPanel
      name={name}
      width={VR_ACTIONS.width}
      height={VR_ACTIONS.height}
      background="rgba(250,248,244,0.97)"
      blocks={[
        { text: title, size: 0.03, weight: 'bold', color: '#1a1712' },
        ...(matrix ? [{ qr: matrix, size: 0.27 }] : []),
        { text: hint, size: 0.02, color: '#3a3630' },
      ]}
    />
  )
}
