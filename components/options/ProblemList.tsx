import type { PackProblem } from '@/lib/policy/schema';

/** A pack's problems, each with the JSON path it is at, announced when they appear. */
export function ProblemList({ problems, title, testId }: { problems: readonly PackProblem[]; title: string; testId: string }) {
  if (!problems.length) return null;
  return (
    <div className="problems" role="alert" data-testid={testId}>
      <p>{title}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.path}:${i}`}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
