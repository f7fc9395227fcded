// A news page in English of an ordinary size, for the eager script's cost where there is no
// Chinese: a header with navigation, an article of about 1,800 words with links and emphasis,
// a sidebar of headlines, a footer, markup laid out on lines as sites serve it, and 40 KB of
// inline script data, which the eager script reads too. The words are drawn from a short list by a seeded
// generator, so every run reads the same page; only its size and shape matter here.

const WORDS = (
  'the city council said on monday that new rail links across the river would open next year ' +
  'while officials expect trade between the two banks to grow as ports factories and warehouses ' +
  'move closer to the bridges analysts noted that investment in roads power and water has risen ' +
  'for three years and that local budgets remain under pressure from debt housing and pensions ' +
  'residents welcomed shorter commutes but some worried about rents schools and clinics in the ' +
  'fast growing districts near the new stations the provincial government promised more parks'
).split(' ');

/** A small linear congruential generator: the same page on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export function englishNewsPage(): string {
  const random = seeded(20261125);
  const word = () => WORDS[Math.floor(random() * WORDS.length)]!;
  const words = (count: number) => Array.from({ length: count }, word).join(' ');
  const sentence = () => {
    const text = words(12 + Math.floor(random() * 14));
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => {
    const sentences = Array.from({ length: 3 + Math.floor(random() * 3) }, sentence);
    // Some paragraphs carry a link and some emphasis, as articles do.
    if (random() < 0.4)
      sentences[1] = `<a href="/related/${Math.floor(random() * 1000)}">${sentences[1]}</a>`;
    if (random() < 0.3) sentences[0] = `<strong>${sentences[0]}</strong>`;
    return `<p>${sentences.join(' ')}</p>`;
  };
  const links = (count: number, path: string) =>
    Array.from(
      { length: count },
      (_, i) => `<li><a href="/${path}/${i}">${words(2 + (i % 4))}</a></li>`,
    ).join('\n');
  const data = Array.from({ length: 800 }, (_, i) => ({
    id: i,
    slug: words(3).replaceAll(' ', '-'),
    views: i * 37,
  }));
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>New river crossings to open next year</title>
<style>body { font: 16px/1.5 Georgia, serif; } nav li, aside li { display: inline-block; margin-right: 1em; }</style>
</head>
<body>
<header><a href="/">The River Times</a><nav><ul>${links(40, 'section')}</ul></nav></header>
<main>
<article>
<h1>New river crossings to open next year</h1>
<p class="byline">By a staff reporter · <time datetime="2026-11-25">25 November 2026</time></p>
${Array.from({ length: 24 }, paragraph).join('\n')}
</article>
<aside><h2>Most read</h2><ul>${links(30, 'story')}</ul></aside>
</main>
<footer><ul>${links(20, 'about')}</ul><p>© 2026 The River Times. All rights reserved.</p></footer>
<script>window.__PAGE_DATA__ = ${JSON.stringify(data)};</script>
</body>
</html>
`;
}
