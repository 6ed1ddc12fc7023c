import type { CompiledPolicy } from './policy';

/**
 * The situations the comment being replied to is in, most urgent first (crisis outranks everything), from the
 * policy's situation matchers. Empty when nothing matches.
 */
export function classifySituation(replyTo: string, policy: CompiledPolicy): string[] {
  const text = replyTo.length > 20_000 ? replyTo.slice(0, 20_000) : replyTo;
  return policy.situations.filter((s) => s.matches(text)).map((s) => s.situation.id);
}
