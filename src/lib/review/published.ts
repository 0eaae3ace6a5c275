/** The site's articles as the review pages need them (build time only: it reads the content collections). */
import { articlePath, getArticles } from '../articles';
import { sourceLinker } from './source-links';
import type { ReviewSource } from './points';

/** Links sources to our copy of each article when the build imported it. */
export async function reviewSourceLinker(): Promise<(source: ReviewSource) => string> {
  const articles = await getArticles();
  return sourceLinker(
    articles.map((a) => ({
      path: articlePath(a),
      ...(a.source.kind === 'feed' ? { originalUrl: a.source.originalUrl } : {}),
    })),
  );
}
