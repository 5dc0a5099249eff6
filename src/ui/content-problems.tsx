import { useT } from '../i18n/use-t'

/** Names each broken file and field, so a curator can fix it; the rest of the experience keeps working. */
export function ContentProblems({ problems }: { problems: readonly string[] }) {
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
    </div>
  )
}
