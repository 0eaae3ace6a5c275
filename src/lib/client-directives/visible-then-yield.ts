/**
 * `client:visible-then-yield`: Astro's client:visible, except that the island's modules are evaluated in one task and
 * its first render runs in the next. A large tool then never holds the main thread in one long task, which is what
 * Total Blocking Time (and a visitor's first tap) pays for.
 */
import type { ClientDirective } from 'astro';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const visibleThenYield: ClientDirective = (load, _options, element) => {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    void (async () => {
      const hydrate = await load();
      await nextTask();
      await hydrate();
    })();
  });
  // <astro-island> is display: contents, so its children are what becomes visible.
  for (const child of element.children) observer.observe(child);
};

export default visibleThenYield;
