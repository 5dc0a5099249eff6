import { useEffect, useState } from 'react'
import { PHONE_QUERY, watchMedia } from './phone-layout'

/** Whether the cell is shown in the phone's compact form (`PHONE_QUERY`), following the screen as it turns. */
export function usePhoneLayout(): boolean {
  const [phone, setPhone] = useState(() => typeof window !== 'undefined' && window.matchMedia(PHONE_QUERY).matches)
  useEffect(() => watchMedia(PHONE_QUERY, setPhone), [])
  return phone
}
