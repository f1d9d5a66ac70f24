/**
 * A deterministic synthetic corpus for benchmarks: articles stitched from the seed sentences
 * with their place names swapped for others from the gazetteer, so the matcher does real work.
 */
export function syntheticArticles(
  seedTexts: readonly string[],
  names: readonly string[],
  count: number,
): string[] {
  const sentences = seedTexts.flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 40);
  let state = 42;
  // A small linear congruential generator: the same corpus on every run and machine.
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const articles: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = Array.from({ length: 12 }, () =>
      pick(sentences).replace(/\b(Idlib|Hama|Atme|Kansafra|Latakia|Homs)\b/g, () => pick(names)),
    );
    articles.push(
      `Synthetic report ${i + 1}\n\nPublished ${String((i % 28) + 1).padStart(2, "0")}.05.2019\n\n${body.join(" ")}`,
    );
  }
  return articles;
}
