/** Pure logic of <prp-faq>: no DOM, unit-tested in Node. */
import type { Statement } from '../../content/types.js';
import type { AnswerPart, FaqEntry, FaqTopic } from './types.js';

/** The statements of an answer in reading order, lists flattened. */
export function answerStatements(answer: readonly AnswerPart[]): readonly Statement[] {
  return answer.flatMap((part) => ('list' in part ? part.list : [part]));
}

/**
 * The questions to show: those with any of `topics` (all when unset), then picked and ordered by `ids`
 * (all, in content order, when unset). If nothing is left, every question: the widget is never empty.
 */
export function selectQuestions(
  all: readonly FaqEntry[],
  topics?: readonly FaqTopic[],
  ids?: readonly string[],
): readonly FaqEntry[] {
  const byTopic = topics ? all.filter((entry) => entry.topics.some((topic) => topics.includes(topic))) : all;
  const picked = ids
    ? ids.map((id) => byTopic.find((entry) => entry.id === id)).filter((entry): entry is FaqEntry => !!entry)
    : byTopic;
  return picked.length ? picked : all;
}

/** Lower case without accents, so "inyeccion" finds "inyección" and "NSAID" finds "nsaids". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether a question or its answer contains every word of the query (any order). An empty query matches. */
export function matchesQuery(entry: FaqEntry, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText(
    [entry.question, ...answerStatements(entry.answer).map((statement) => statement.text)].join(' '),
  );
  return words.every((word) => haystack.includes(word));
}

/** The id of the question a `#faq-<id>` link names, if any. */
export function questionFromHash(hash: string): string | undefined {
  return /^#faq-([a-z0-9-]+)$/.exec(hash)?.[1];
}

/** schema.org FAQPage for search engines: the shown questions, answers as plain text (`fill` puts in the numbers). */
export function faqPageJsonLd(
  entries: readonly FaqEntry[],
  language: string,
  fill: (text: string) => string = (text) => text,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: language,
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: {
        '@type': 'Answer',
        text: answerStatements(entry.answer)
          .map((statement) => fill(statement.text))
          .join(' '),
      },
    })),
  };
}
