import { useT } from '../i18n/use-t'

/**
 * Names each broken file and field, so a curator can fix it; the rest of the experience keeps working. Where a
 * request failed, Try again (`retry`: offered, or `trying` while the request is made again).
 */
export function ContentProblems({
  problems,
  retry,
  onRetry,
}: {
  problems: readonly string[]
  retry?: 'offered' | 'trying'
  onRetry?(): void
}) {
  const t = useT()
  return (
    <div className="content-problems" role="alert" data-role="content-problems">
      <p>{t('contentProblem')}</p>
      <ul>
        {problems.map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
      {retry && (
        <button type="button" data-role="retry-content" aria-busy={retry === 'trying'} onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  )
}
